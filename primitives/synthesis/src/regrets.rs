//! Regrets (spec §1.3 and §2.12): nine keyed tables per topic, read with the topic's initial
//! regret as the default, updated by an EMA from each epoch's network losses, and the topic's
//! initial regret re-estimated from its experienced workers.

use crate::{
	losses::LossBundle,
	stats::{ema, quantile, std_dev},
	Fixed, SynthesisError,
};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The key of one stored regret: which table, and which participant(s).
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RegretKey<W> {
	/// `R_j`: an inferer's regret in the combined network.
	Inferer(W),
	/// `R_k`: a forecaster's regret in the combined network.
	Forecaster(W),
	/// `R⁻_j`: an inferer's regret in the naive (inferers-only) network.
	Naive(W),
	/// `R⁻_j'j`: inferer `inferer`'s regret in the network without inferer `withheld`.
	OneOutInfererInferer {
		/// The withheld inferer `j'`.
		withheld: W,
		/// The inferer `j`.
		inferer: W,
	},
	/// `R⁻_j'k`: forecaster `forecaster`'s regret in the network without inferer `withheld`.
	OneOutInfererForecaster {
		/// The withheld inferer `j'`.
		withheld: W,
		/// The forecaster `k`.
		forecaster: W,
	},
	/// `R⁻_k'j`: inferer `inferer`'s regret in the network without forecaster `withheld`.
	OneOutForecasterInferer {
		/// The withheld forecaster `k'`.
		withheld: W,
		/// The inferer `j`.
		inferer: W,
	},
	/// `R⁻_k'k`: forecaster `forecaster`'s regret in the network without forecaster `withheld`.
	OneOutForecasterForecaster {
		/// The withheld forecaster `k'`.
		withheld: W,
		/// The forecaster `k`.
		forecaster: W,
	},
	/// `R⁺_kj` (or `R⁺_kk` when `worker == forecaster`): a worker's regret in the naive network
	/// plus forecaster `forecaster` alone.
	OneIn {
		/// The one forecaster `k` added to the naive network.
		forecaster: W,
		/// An inferer `j`, or `k` itself.
		worker: W,
	},
}

/// Read access to a topic's stored regrets.
pub trait RegretSource<W> {
	/// The topic's initial regret `R0`: the default of every missing entry. 0 means "all new".
	fn initial_regret(&self) -> Fixed;
	/// The stored regret, if any.
	fn stored(&self, key: &RegretKey<W>) -> Option<Fixed>;
	/// The stored regret, or `R0`.
	fn regret(&self, key: &RegretKey<W>) -> Fixed {
		self.stored(key).unwrap_or_else(|| self.initial_regret())
	}
}

/// Regret tables held in memory (tests, tools, and the pallets' scratch copy).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct RegretTables<W: Ord> {
	/// The topic's initial regret.
	pub initial_regret: Fixed,
	/// Every stored regret.
	pub values: BTreeMap<RegretKey<W>, Fixed>,
}

impl<W: Ord> RegretTables<W> {
	/// Empty tables with the given initial regret.
	pub fn new(initial_regret: Fixed) -> Self {
		RegretTables { initial_regret, values: BTreeMap::new() }
	}

	/// Stores the updates (later entries win).
	pub fn apply(&mut self, updates: Vec<(RegretKey<W>, Fixed)>) {
		for (k, v) in updates {
			self.values.insert(k, v);
		}
	}
}

impl<W: Ord> RegretSource<W> for RegretTables<W> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<W>) -> Option<Fixed> {
		self.values.get(key).copied()
	}
}

/// The new regrets after one closed reputer nonce (spec §2.12), from the network losses `losses`
/// and the EMA weight `alpha`; every new value is `EMA(α, Δ, previous or R0)`. The result is
/// sorted by key, one entry per key (when two steps write one key, the later step wins, as in the
/// reference: the one-in self regret `R⁺_kk` over `R⁺_kj` for a forecaster that is also an inferer).
pub fn regret_updates<W: Ord + Clone>(
	source: &impl RegretSource<W>,
	losses: &LossBundle<W>,
	alpha: Fixed,
) -> Result<Vec<(RegretKey<W>, Fixed)>, SynthesisError> {
	let mut new: BTreeMap<RegretKey<W>, Fixed> = BTreeMap::new();
	let mut put = |key: RegretKey<W>, delta: Fixed| -> Result<(), SynthesisError> {
		let v = ema(alpha, delta, source.regret(&key))?;
		new.insert(key, v);
		Ok(())
	};
	let inf = &losses.inferer;
	let fc = &losses.forecaster;
	for (j, l) in inf {
		put(RegretKey::Inferer(j.clone()), losses.combined.checked_sub(*l)?)?;
	}
	for (k, l) in fc {
		put(RegretKey::Forecaster(k.clone()), losses.combined.checked_sub(*l)?)?;
	}
	for (j, l) in inf {
		put(RegretKey::Naive(j.clone()), losses.naive.checked_sub(*l)?)?;
	}
	for (wj, lw) in &losses.one_out_inferer {
		for (j, l) in inf {
			let key = RegretKey::OneOutInfererInferer { withheld: wj.clone(), inferer: j.clone() };
			put(key, lw.checked_sub(*l)?)?;
		}
		for (k, per) in &losses.one_out_inferer_forecaster {
			let l = per.get(wj).copied().unwrap_or(Fixed::ZERO);
			let key =
				RegretKey::OneOutInfererForecaster { withheld: wj.clone(), forecaster: k.clone() };
			put(key, lw.checked_sub(l)?)?;
		}
	}
	for (wk, lw) in &losses.one_out_forecaster {
		for (j, l) in inf {
			let key =
				RegretKey::OneOutForecasterInferer { withheld: wk.clone(), inferer: j.clone() };
			put(key, lw.checked_sub(*l)?)?;
		}
		for (k, l) in fc {
			let key = RegretKey::OneOutForecasterForecaster {
				withheld: wk.clone(),
				forecaster: k.clone(),
			};
			put(key, lw.checked_sub(*l)?)?;
		}
	}
	for (k, lk) in &losses.one_in_forecaster {
		for (j, l) in inf {
			put(
				RegretKey::OneIn { forecaster: k.clone(), worker: j.clone() },
				lk.checked_sub(*l)?,
			)?;
		}
		let own = fc.get(k).copied().unwrap_or(Fixed::ZERO);
		put(RegretKey::OneIn { forecaster: k.clone(), worker: k.clone() }, lk.checked_sub(own)?)?;
	}
	Ok(new.into_iter().collect())
}

/// The topic's initial regret from its experienced workers' new regrets:
/// `Quantile_q(R) + (c − d/p)·(StdDev(R) + ε)`; `None` when there is no experienced worker
/// (the initial regret then stays as it is).
pub fn initial_regret(
	experienced: &[Fixed],
	epsilon: Fixed,
	p_norm: Fixed,
	c_norm: Fixed,
	quantile_q: Fixed,
	p_norm_safe_div: Fixed,
) -> Result<Option<Fixed>, SynthesisError> {
	if experienced.is_empty() {
		return Ok(None);
	}
	let den = std_dev(experienced)?.checked_add(epsilon)?;
	let offset = c_norm.checked_sub(p_norm_safe_div.checked_div(p_norm)?)?;
	Ok(Some(quantile(experienced, quantile_q)?.checked_add(offset.checked_mul(den)?)?))
}

/// Whether a worker counts as experienced for the initial regret: it had a stored regret before
/// this update and was included (paid) at least `1/α` times in its role.
pub fn is_experienced(
	had_prior: bool,
	inclusions: u64,
	alpha: Fixed,
) -> Result<bool, SynthesisError> {
	if !had_prior {
		return Ok(false);
	}
	let threshold = Fixed::ONE.checked_div(alpha)?;
	Ok(Fixed::from_int(inclusions.min(i64::MAX as u64) as i64) >= threshold)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn initial_regret_reference_example() {
		// TestCalcTopicInitialRegret → 0.33548207605264121
		let regs: Vec<Fixed> = [
			"0.6445506208021189",
			"1.0216386898413485",
			"0.6092049398135028",
			"0.6971588004566455",
			"0.9030751421888253",
			"0.8219035038858344",
		]
		.iter()
		.map(|s| f(s))
		.collect();
		let r = initial_regret(&regs, f("0.0001"), f("3"), f("0.75"), f("0.25"), f("8.25"))
			.unwrap()
			.unwrap();
		let want = f("0.335482076052641209");
		assert!(r.checked_sub(want).unwrap().abs().unwrap() <= f("0.000000000000001"), "{r}");
		assert_eq!(
			initial_regret(&[], f("0.01"), f("3"), f("0.75"), f("0.25"), f("8.25")),
			Ok(None)
		);
	}

	#[test]
	fn experience_needs_prior_and_inclusions() {
		assert!(!is_experienced(false, 100, f("0.1")).unwrap());
		assert!(!is_experienced(true, 9, f("0.1")).unwrap());
		assert!(is_experienced(true, 10, f("0.1")).unwrap());
	}

	#[test]
	fn newcomer_starts_from_the_initial_regret() {
		let src = RegretTables::<u8>::new(f("-2"));
		let losses = LossBundle {
			combined: f("1"),
			naive: f("1"),
			inferer: BTreeMap::from([(7u8, f("0.5"))]),
			..Default::default()
		};
		let ups = regret_updates(&src, &losses, f("0.1")).unwrap();
		// Δ = 0.5; EMA = 0.1·0.5 + 0.9·(−2) = −1.75
		assert_eq!(
			ups,
			vec![(RegretKey::Inferer(7), f("-1.75")), (RegretKey::Naive(7), f("-1.75"))]
		);
	}
}
