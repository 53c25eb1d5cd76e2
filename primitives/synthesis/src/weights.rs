//! From regrets to weights (spec §2.3): regrets are normalised by one joint standard deviation
//! (plus ε) over inferers and forecasters, and each normalised regret goes through the gradient
//! of the potential function, capped above, shifted so that the best sits at least at the
//! anchor, and cut to zero far below it.

use crate::{gradient::Gradient, Fixed, SynthesisError, SynthesisParams};
use alloc::{collections::BTreeMap, vec::Vec};

/// The weight of normalised regret `x` when the largest normalised regret is `max`
/// (`CalcWeightFromNormalizedRegret`): `x` is capped at `c + 6.75/p`; if `max < c − 8.25/p`
/// everything shifts up by `c − 8.25/p − max`; below `c − 17.25/p` the weight is exactly 0.
pub fn weight_from_normalized_regret(
	x: Fixed,
	max: Fixed,
	p: Fixed,
	c: Fixed,
) -> Result<Fixed, SynthesisError> {
	WeightFunction::new(max, p, c)?.weight(x)
}

/// [`weight_from_normalized_regret`] for one network (one `max`, `p`, `c`): its thresholds and
/// its [`Gradient`] computed once, and a normalised regret equal to the one before it not
/// evaluated again (networks whose regrets coincide, e.g. rows of regrets never stored, which
/// all take the initial regret, cost one evaluation instead of one per worker). The weights are
/// the single-shot function's, bit for bit.
pub struct WeightFunction {
	max: Fixed,
	gradient: Gradient,
	upper: Fixed,
	lower: Fixed,
	zero_below: Fixed,
	last: Option<(Fixed, Fixed)>,
}

impl WeightFunction {
	/// The weight function of a network whose largest normalised regret is `max`.
	pub fn new(max: Fixed, p: Fixed, c: Fixed) -> Result<Self, SynthesisError> {
		Ok(WeightFunction {
			max,
			gradient: Gradient::new(p, c)?,
			upper: c.checked_add(Fixed::from_raw(6_750_000_000_000_000_000).checked_div(p)?)?,
			lower: c.checked_sub(Fixed::from_raw(8_250_000_000_000_000_000).checked_div(p)?)?,
			zero_below: c
				.checked_sub(Fixed::from_raw(17_250_000_000_000_000_000).checked_div(p)?)?,
			last: None,
		})
	}

	/// The weight of normalised regret `x`.
	pub fn weight(&mut self, x: Fixed) -> Result<Fixed, SynthesisError> {
		if let Some((seen, w)) = self.last {
			if seen == x {
				return Ok(w);
			}
		}
		let mut shifted = if x > self.upper { self.upper } else { x };
		if self.max < self.lower {
			shifted = shifted.checked_sub(self.max)?.checked_add(self.lower)?;
		}
		let w = if shifted < self.zero_below { Fixed::ZERO } else { self.gradient.at(shifted)? };
		self.last = Some((x, w));
		Ok(w)
	}
}

/// The weights of inferers and of forecasters.
pub type Weights<W> = (BTreeMap<W, Fixed>, BTreeMap<W, Fixed>);

/// Weights of an inferer list and a forecaster list (`calcWeightsGivenWorkers`).
///
/// Only participants that have a regret in `inferer_regrets` / `forecaster_regrets` enter the
/// standard deviation and the maximum; the others get the weight of a normalised regret of 0.
/// Forecasters get weights only when at least one of them has a regret; otherwise the second
/// map is empty. With no regret at all it is [`SynthesisError::NoRegrets`].
pub fn calc_weights<W: Ord + Clone>(
	inferers: &[W],
	forecasters: &[W],
	inferer_regrets: &BTreeMap<W, Fixed>,
	forecaster_regrets: &BTreeMap<W, Fixed>,
	params: &SynthesisParams,
) -> Result<Weights<W>, SynthesisError> {
	let r_inf: Vec<Fixed> =
		inferers.iter().filter_map(|j| inferer_regrets.get(j).copied()).collect();
	let r_fc: Vec<Fixed> =
		forecasters.iter().filter_map(|k| forecaster_regrets.get(k).copied()).collect();
	let with_forecasters = !r_fc.is_empty();
	let mut all = r_inf;
	all.extend(r_fc);
	if all.is_empty() {
		return Err(SynthesisError::NoRegrets);
	}
	let den = crate::stats::std_dev(&all)?.abs()?.checked_add(params.epsilon)?;

	let mut norm_inf = BTreeMap::new();
	let mut norm_fc = BTreeMap::new();
	let mut max: Option<Fixed> = None;
	let mut note = |v: Fixed| max = Some(max.map_or(v, |m| if v > m { v } else { m }));
	for j in inferers {
		if let Some(r) = inferer_regrets.get(j) {
			let v = r.checked_div(den)?;
			norm_inf.insert(j.clone(), v);
			note(v);
		}
	}
	if with_forecasters {
		for k in forecasters {
			if let Some(r) = forecaster_regrets.get(k) {
				let v = r.checked_div(den)?;
				norm_fc.insert(k.clone(), v);
				note(v);
			}
		}
	}
	let mut weight = WeightFunction::new(max.unwrap_or(Fixed::ZERO), params.p_norm, params.c_norm)?;

	let mut w_inf = BTreeMap::new();
	for j in inferers {
		let x = norm_inf.get(j).copied().unwrap_or(Fixed::ZERO);
		w_inf.insert(j.clone(), weight.weight(x)?);
	}
	let mut w_fc = BTreeMap::new();
	if with_forecasters {
		for k in forecasters {
			let x = norm_fc.get(k).copied().unwrap_or(Fixed::ZERO);
			w_fc.insert(k.clone(), weight.weight(x)?);
		}
	}
	Ok((w_inf, w_fc))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn weight_is_zero_far_below_the_anchor() {
		// p=3, c=0.75: zero below -5 once the maximum sits at the anchor -2.
		let w = weight_from_normalized_regret(f("-5.5"), f("1"), f("3"), f("0.75")).unwrap();
		assert_eq!(w, Fixed::ZERO);
	}

	#[test]
	fn weight_is_capped() {
		let capped = weight_from_normalized_regret(f("3"), f("3"), f("3"), f("0.75")).unwrap();
		let above = weight_from_normalized_regret(f("300"), f("300"), f("3"), f("0.75")).unwrap();
		assert_eq!(capped, above);
	}

	#[test]
	fn no_regrets_is_an_error() {
		let r = calc_weights::<u8>(
			&[1, 2],
			&[],
			&BTreeMap::new(),
			&BTreeMap::new(),
			&SynthesisParams::reference(),
		);
		assert_eq!(r, Err(SynthesisError::NoRegrets));
	}
}
