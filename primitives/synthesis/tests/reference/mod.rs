//! The synthesis transcribed straight from the spec, for the property tests to hold the dense
//! implementation to: every network weighs its own maps of regrets with the single-shot weight
//! function, every regret is looked up by key, and every forecast-implied inference of a
//! one-out-inferer network is recomputed over the remaining inferers. Slow on purpose; only the
//! exact sums ([`ExactSum`]) are shared with the implementation under test.

use allora_synthesis::{
	forecast::Forecast,
	losses::LossBundle,
	network::ExactSum,
	regrets::{RegretKey, RegretSource},
	stats::{ema, median, std_dev},
	weights::weight_from_normalized_regret,
	Fixed, SynthesisError, SynthesisParams,
};
use std::collections::BTreeMap;

type Map = BTreeMap<u32, Fixed>;

/// `calcWeightsGivenWorkers`: every listed worker has a regret.
fn weights(
	inferers: &Map,
	forecasters: &Map,
	p: &SynthesisParams,
) -> Result<(Map, Map), SynthesisError> {
	let all: Vec<Fixed> = inferers.values().chain(forecasters.values()).copied().collect();
	let den = std_dev(&all)?.abs()?.checked_add(p.epsilon)?;
	let norm = |m: &Map| -> Result<Map, SynthesisError> {
		m.iter().map(|(w, r)| Ok((*w, r.checked_div(den)?))).collect()
	};
	let (ni, nf) = (norm(inferers)?, norm(forecasters)?);
	let max = ni.values().chain(nf.values()).copied().max().ok_or(SynthesisError::NoRegrets)?;
	let weigh = |m: &Map| -> Result<Map, SynthesisError> {
		m.iter()
			.map(|(w, x)| Ok((*w, weight_from_normalized_regret(*x, max, p.p_norm, p.c_norm)?)))
			.collect()
	};
	Ok((weigh(&ni)?, weigh(&nf)?))
}

/// `Σ w·v / max(Σ w, ε_div)` over the workers with a value and a weight above 0.
fn weighted_mean(parts: &[(&Map, &Map)], eps_div: Fixed) -> Result<Fixed, SynthesisError> {
	let mut num = ExactSum::default();
	let mut den = Fixed::ZERO;
	for (weights, values) in parts {
		for (w, weight) in weights.iter() {
			if let (Some(v), false) = (values.get(w), weight.is_zero()) {
				num.add_product(*weight, *v)?;
				den = den.checked_add(*weight)?;
			}
		}
	}
	num.div(if den < eps_div { eps_div } else { den })
}

/// One forecast's implied inference over the inferers `members`.
fn implied(
	elements: &Forecast<u32>,
	inferences: &Map,
	members: &[u32],
	all_new: bool,
	loss: Fixed,
	p: &SynthesisParams,
) -> Result<Option<Fixed>, SynthesisError> {
	if elements.is_empty() {
		return Ok(None);
	}
	let counted: Vec<(u32, Fixed)> =
		elements.iter().filter(|(j, _)| inferences.contains_key(j)).copied().collect();
	if all_new {
		let vs: Vec<Fixed> = counted.iter().map(|(j, _)| inferences[j]).collect();
		return Ok(Some(median(&vs)?));
	}
	let ws: Map = match counted.len() {
		0 => return Ok(None),
		1 => Map::from([(counted[0].0, Fixed::ONE)]),
		_ => {
			let mut regrets = Map::new();
			for (j, l) in &counted {
				if members.contains(j) {
					regrets.insert(*j, loss.checked_sub(*l)?);
				}
			}
			if regrets.is_empty() {
				Map::new()
			} else {
				weights(&regrets, &Map::new(), p)?.0
			}
		},
	};
	let mut num = ExactSum::default();
	let mut den = Fixed::ZERO;
	for (j, _) in &counted {
		let w = ws.get(j).copied().unwrap_or(Fixed::ZERO);
		if !w.is_zero() {
			num.add_product(w, inferences[j])?;
			den = den.checked_add(w)?;
		}
	}
	if den.is_zero() {
		Ok(None)
	} else {
		num.div(den).map(Some)
	}
}

/// Every value of the full synthesis: combined, naive, implied, one-out inferers, one-out and
/// one-in forecasters, and the combined weights.
#[derive(Debug, PartialEq)]
pub struct Values {
	pub combined: Fixed,
	pub naive: Fixed,
	pub implied: Map,
	pub one_out_inferers: Map,
	pub one_out_forecasters: Map,
	pub one_in_forecasters: Map,
	pub inferer_weights: Map,
	pub forecaster_weights: Map,
}

pub fn full_synthesis(
	src: &impl RegretSource<u32>,
	inferences: &Map,
	forecasts: &BTreeMap<u32, Forecast<u32>>,
	loss: Fixed,
	p: &SynthesisParams,
) -> Result<Values, SynthesisError> {
	let all_new = src.initial_regret().is_zero();
	let inferers: Vec<u32> = inferences.keys().copied().collect();
	let implied_over = |members: &[u32]| -> Result<Map, SynthesisError> {
		let mut out = Map::new();
		for (k, f) in forecasts {
			if let Some(v) = implied(f, inferences, members, all_new, loss, p)? {
				out.insert(*k, v);
			}
		}
		Ok(out)
	};
	let imp = implied_over(&inferers)?;
	let forecasters: Vec<u32> = imp.keys().copied().collect();
	let table = |key: &dyn Fn(u32) -> RegretKey<u32>, who: &[u32]| -> Map {
		who.iter().map(|w| (*w, src.regret(&key(*w)))).collect()
	};
	let plain_mean = |who: &[u32]| -> Result<Fixed, SynthesisError> {
		let mut s = Fixed::ZERO;
		for w in who {
			s = s.checked_add(inferences[w])?;
		}
		Ok(s.checked_div(Fixed::from_int(who.len() as i64))?)
	};
	let network =
		|ri: &Map, rf: &Map, values_f: &Map, who_i: &[u32]| -> Result<Fixed, SynthesisError> {
			if all_new {
				return plain_mean(who_i);
			}
			let (wi, wf) = weights(ri, rf, p)?;
			weighted_mean(&[(&wi, inferences), (&wf, values_f)], p.epsilon_safe_div)
		};

	let ri = table(&RegretKey::Inferer, &inferers);
	let rf = table(&RegretKey::Forecaster, &forecasters);
	let (inferer_weights, forecaster_weights) = weights(&ri, &rf, p)?;
	let combined = if all_new {
		plain_mean(&inferers)?
	} else {
		weighted_mean(
			&[(&inferer_weights, inferences), (&forecaster_weights, &imp)],
			p.epsilon_safe_div,
		)?
	};
	let naive = network(&table(&RegretKey::Naive, &inferers), &Map::new(), &Map::new(), &inferers)?;

	let mut one_out_inferers = Map::new();
	for w in &inferers {
		let rest: Vec<u32> = inferers.iter().filter(|j| *j != w).copied().collect();
		let imp_rest: Map =
			implied_over(&rest)?.into_iter().filter(|(k, _)| imp.contains_key(k)).collect();
		let ri = table(&|j| RegretKey::OneOutInfererInferer { withheld: *w, inferer: j }, &rest);
		let rf = table(
			&|k| RegretKey::OneOutInfererForecaster { withheld: *w, forecaster: k },
			&forecasters,
		);
		one_out_inferers.insert(*w, network(&ri, &rf, &imp_rest, &rest)?);
	}
	let mut one_out_forecasters = Map::new();
	let mut one_in_forecasters = Map::new();
	if forecasters.len() > 1 {
		for w in &forecasters {
			let rest: Vec<u32> = forecasters.iter().filter(|k| *k != w).copied().collect();
			let ri = table(
				&|j| RegretKey::OneOutForecasterInferer { withheld: *w, inferer: j },
				&inferers,
			);
			let rf = table(
				&|k| RegretKey::OneOutForecasterForecaster { withheld: *w, forecaster: k },
				&rest,
			);
			one_out_forecasters.insert(*w, network(&ri, &rf, &imp, &inferers)?);
		}
		for k in &forecasters {
			let ri = table(&|j| RegretKey::OneIn { forecaster: *k, worker: j }, &inferers);
			let rf = table(&|j| RegretKey::OneIn { forecaster: *k, worker: j }, &[*k]);
			one_in_forecasters.insert(*k, network(&ri, &rf, &imp, &inferers)?);
		}
	}
	Ok(Values {
		combined,
		naive,
		implied: imp,
		one_out_inferers,
		one_out_forecasters,
		one_in_forecasters,
		inferer_weights,
		forecaster_weights,
	})
}

/// The regret updates key by key (spec §2.12): every new value `EMA(α, Δ, previous or R0)`,
/// the later of two writes of one key winning.
pub fn regret_updates_by_key(
	source: &impl RegretSource<u32>,
	losses: &LossBundle<u32>,
	alpha: Fixed,
) -> Result<Vec<(RegretKey<u32>, Fixed)>, SynthesisError> {
	let mut new: BTreeMap<RegretKey<u32>, Fixed> = BTreeMap::new();
	let mut put = |key: RegretKey<u32>, delta: Fixed| -> Result<(), SynthesisError> {
		let v = ema(alpha, delta, source.regret(&key))?;
		new.insert(key, v);
		Ok(())
	};
	let (inf, fc) = (&losses.inferer, &losses.forecaster);
	for (j, l) in inf {
		put(RegretKey::Inferer(*j), losses.combined.checked_sub(*l)?)?;
		put(RegretKey::Naive(*j), losses.naive.checked_sub(*l)?)?;
	}
	for (k, l) in fc {
		put(RegretKey::Forecaster(*k), losses.combined.checked_sub(*l)?)?;
	}
	for (w, lw) in &losses.one_out_inferer {
		for (j, l) in inf {
			put(
				RegretKey::OneOutInfererInferer { withheld: *w, inferer: *j },
				lw.checked_sub(*l)?,
			)?;
		}
		for (k, per) in &losses.one_out_inferer_forecaster {
			let l = per.get(w).copied().unwrap_or(Fixed::ZERO);
			put(
				RegretKey::OneOutInfererForecaster { withheld: *w, forecaster: *k },
				lw.checked_sub(l)?,
			)?;
		}
	}
	for (w, lw) in &losses.one_out_forecaster {
		for (j, l) in inf {
			put(
				RegretKey::OneOutForecasterInferer { withheld: *w, inferer: *j },
				lw.checked_sub(*l)?,
			)?;
		}
		for (k, l) in fc {
			put(
				RegretKey::OneOutForecasterForecaster { withheld: *w, forecaster: *k },
				lw.checked_sub(*l)?,
			)?;
		}
	}
	for (k, lk) in &losses.one_in_forecaster {
		for (j, l) in inf {
			put(RegretKey::OneIn { forecaster: *k, worker: *j }, lk.checked_sub(*l)?)?;
		}
		let own = fc.get(k).copied().unwrap_or(Fixed::ZERO);
		put(RegretKey::OneIn { forecaster: *k, worker: *k }, lk.checked_sub(own)?)?;
	}
	Ok(new.into_iter().collect())
}
