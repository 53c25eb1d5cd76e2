//! One network's weighted mean over dense vectors (spec §2.2–2.3, `calcWeightsGivenWorkers` and
//! `calcWeightedInference`): the kernel every network of a synthesis step (the combined, the
//! naive, and each one-out and one-in network) goes through, hundreds of times per step at
//! Bittensor scale.
//!
//! A [`Network`] is filled member by member (inferers first, then forecasters), each with its
//! regret and its value (an inferer's inference, a forecaster's forecast-implied inference; a
//! member without a value still enters the standard deviation and the maximum, as in the
//! reference), then evaluated. Nothing is looked up by worker: the caller indexes the workers of
//! the epoch once and reads each regret row once. The standard deviation and the weighted sum
//! are accumulated exactly (256-bit) and divided once, so the only roundings are the normalised
//! regrets', the weights' and the final quotient's.

use crate::{
	stats::std_dev, weights::WeightFunction, wide::U256, Fixed, FixedError, SynthesisError,
	SynthesisParams,
};
use alloc::vec::Vec;

/// A network being filled, and the buffers it reuses from one network to the next.
#[derive(Default)]
pub struct Network {
	regrets: Vec<Fixed>,
	values: Vec<Option<Fixed>>,
	inferers: usize,
	weights: Vec<Fixed>,
}

/// An exact signed sum of products of [`Fixed`] values (256-bit), divided once at the end.
#[derive(Default)]
pub struct ExactSum {
	positive: U256,
	negative: U256,
}

impl ExactSum {
	/// Adds `a · b`, exactly.
	pub fn add_product(&mut self, a: Fixed, b: Fixed) -> Result<(), SynthesisError> {
		let p = U256::mul_u128(a.raw().unsigned_abs(), b.raw().unsigned_abs());
		let acc = if a.is_negative() != b.is_negative() {
			&mut self.negative
		} else {
			&mut self.positive
		};
		*acc = acc.checked_add(p).ok_or(FixedError::Overflow)?;
		Ok(())
	}

	/// `trunc(sum / d)`: the sum counts units of 10^-36 and `d` of 10^-18, so the
	/// quotient is at 18 digits.
	pub fn div(&self, d: Fixed) -> Result<Fixed, SynthesisError> {
		let (magnitude, negative) = if self.positive >= self.negative {
			(self.positive.wrapping_sub(self.negative), d.is_negative())
		} else {
			(self.negative.wrapping_sub(self.positive), !d.is_negative())
		};
		let d = d.raw().unsigned_abs();
		let q = magnitude
			.checked_div_u128(d)
			.ok_or(FixedError::DivisionByZero)?
			.to_u128()
			.and_then(|q| i128::try_from(q).ok())
			.ok_or(FixedError::Overflow)?;
		Ok(Fixed::from_raw(if negative { -q } else { q }))
	}
}

impl Network {
	/// An empty network.
	pub fn new() -> Self {
		Self::default()
	}

	/// Empties the network, keeping its buffers.
	pub fn clear(&mut self) {
		self.regrets.clear();
		self.values.clear();
		self.inferers = 0;
		self.weights.clear();
	}

	/// Adds an inferer (after the inferers already added, before the forecasters).
	pub fn inferer(&mut self, regret: Fixed, value: Option<Fixed>) {
		self.regrets.insert(self.inferers, regret);
		self.values.insert(self.inferers, value);
		self.inferers += 1;
	}

	/// Adds inferers with these regrets and these values, in order.
	pub fn inferers(&mut self, regrets: &[Fixed], values: &[Fixed]) {
		for (r, v) in regrets.iter().zip(values) {
			self.inferer(*r, Some(*v));
		}
	}

	/// Adds a forecaster.
	pub fn forecaster(&mut self, regret: Fixed, value: Option<Fixed>) {
		self.regrets.push(regret);
		self.values.push(value);
	}

	/// Computes the members' weights (`calcWeightsGivenWorkers`; read them with
	/// [`Network::weights`]): regrets normalised by their joint standard deviation plus `ε`,
	/// each through the network's [`WeightFunction`].
	pub fn weigh(&mut self, params: &SynthesisParams) -> Result<(), SynthesisError> {
		self.weights.clear();
		if self.regrets.is_empty() {
			return Err(SynthesisError::NoRegrets);
		}
		let den = std_dev(&self.regrets)?.abs()?.checked_add(params.epsilon)?;
		for r in &self.regrets {
			self.weights.push(r.checked_div(den)?);
		}
		let max = self.weights.iter().copied().max().unwrap_or(Fixed::ZERO);
		let mut weight = WeightFunction::new(max, params.p_norm, params.c_norm)?;
		for x in self.weights.iter_mut() {
			*x = weight.weight(*x)?;
		}
		Ok(())
	}

	/// The network's value (`calcWeightedInference`): `Σ w·v / max(Σ w, ε_div)` over the members
	/// with a value and a weight above 0, or, when `all_new`, the plain mean of the inferers'
	/// values (no weights are computed then).
	pub fn value(
		&mut self,
		all_new: bool,
		params: &SynthesisParams,
	) -> Result<Fixed, SynthesisError> {
		if all_new {
			self.weights.clear();
			let mut sum = Fixed::ZERO;
			for v in &self.values[..self.inferers] {
				sum = sum.checked_add(v.unwrap_or(Fixed::ZERO))?;
			}
			let den = Fixed::from_int(self.inferers as i64);
			let den = if den < params.epsilon_safe_div { params.epsilon_safe_div } else { den };
			return Ok(sum.checked_div(den)?);
		}
		self.weigh(params)?;
		let mut num = ExactSum::default();
		let mut den = Fixed::ZERO;
		for (w, v) in self.weights.iter().zip(&self.values) {
			if let (Some(v), false) = (v, w.is_zero()) {
				num.add_product(*w, *v)?;
				den = den.checked_add(*w)?;
			}
		}
		if den < params.epsilon_safe_div {
			den = params.epsilon_safe_div;
		}
		// `num` counts units of 10^-36 and `den` of 10^-18: the quotient counts units of 10^-18.
		num.div(den)
	}

	/// The weights of the last [`Network::weigh`] (which [`Network::value`] calls unless the
	/// topic is all new): the inferers', then the forecasters'.
	pub fn weights(&self) -> (&[Fixed], &[Fixed]) {
		let split = self.inferers.min(self.weights.len());
		self.weights.split_at(split)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn no_regrets_is_an_error() {
		let mut network = Network::new();
		assert_eq!(network.weigh(&SynthesisParams::reference()), Err(SynthesisError::NoRegrets));
		assert_eq!(
			network.value(false, &SynthesisParams::reference()),
			Err(SynthesisError::NoRegrets)
		);
	}

	#[test]
	fn inferers_added_late_still_come_first() {
		let mut network = Network::new();
		network.forecaster(Fixed::from_int(-1), Some(Fixed::from_int(7)));
		network.inferer(Fixed::ZERO, Some(Fixed::from_int(1)));
		network.weigh(&SynthesisParams::reference()).unwrap();
		let (wi, wf) = network.weights();
		assert_eq!((wi.len(), wf.len()), (1, 1));
		// The inferer's regret is the higher: its weight is the larger.
		assert!(wi[0] > wf[0]);
	}

	#[test]
	fn exact_sums_divide_once() {
		let mut s = ExactSum::default();
		let third = Fixed::from_raw(333_333_333_333_333_333);
		for _ in 0..3 {
			s.add_product(third, Fixed::from_int(3)).unwrap();
		}
		s.add_product(Fixed::from_int(-2), Fixed::from_raw(1)).unwrap();
		// 3 · 0.999999999999999999 − 2e-18, over 1, exactly.
		assert_eq!(s.div(Fixed::ONE), Ok(Fixed::from_raw(2_999_999_999_999_999_995)));
		assert_eq!(s.div(Fixed::from_int(-2)), Ok(Fixed::from_raw(-1_499_999_999_999_999_997)));
		assert_eq!(s.div(Fixed::ZERO), Err(SynthesisError::Arithmetic(FixedError::DivisionByZero)));
	}
}
