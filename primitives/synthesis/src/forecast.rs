//! Forecast-implied inferences (spec §2.4): each forecaster's predicted losses become regrets
//! against the previous network loss, and its inference is the regret-weighted mean of the
//! inferences it forecast.

use crate::{weights::calc_weights, Fixed, SynthesisError, SynthesisParams};
use alloc::{collections::BTreeMap, vec::Vec};

/// A forecast: `(inferer, predicted log10 loss)` elements, in submission order.
pub type Forecast<W> = Vec<(W, Fixed)>;

/// The forecast-implied inference of every forecaster in `forecasters` that has one.
///
/// - `inferers`: the inferers that may take part in the weights (σ and the maximum); sorted
///   ascending for speed (any order is accepted).
/// - `inferences`: every inference of the epoch; elements naming other inferers are ignored.
/// - `previous_loss`: the topic's latest network loss `L_prev` (log10 domain).
/// - `all_new`: when the topic's initial regret is 0, each value is the median of the forecast
///   inferers' inferences instead.
///
/// With one usable element the weight is exactly 1; a forecaster whose weights sum to 0 gets no
/// value and is absent from the result.
pub fn forecast_implied_inferences<W: Ord + Clone>(
	all_new: bool,
	inferers: &[W],
	inferences: &BTreeMap<W, Fixed>,
	forecasters: &[W],
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Fixed,
	params: &SynthesisParams,
) -> Result<BTreeMap<W, Fixed>, SynthesisError> {
	let mut out = BTreeMap::new();
	let sorted = inferers.windows(2).all(|w| w[0] < w[1]);
	for k in forecasters {
		let Some(elements) = forecasts.get(k) else { continue };
		if elements.is_empty() {
			continue;
		}
		// Elements about inferers with an inference, in order; the map keeps the last per inferer.
		let mut by_inferer: BTreeMap<W, Fixed> = BTreeMap::new();
		let mut order: Vec<W> = Vec::new();
		for (j, loss) in elements {
			if inferences.contains_key(j) {
				by_inferer.insert(j.clone(), *loss);
				order.push(j.clone());
			}
		}
		if all_new {
			let values: Vec<Fixed> =
				order.iter().filter_map(|j| inferences.get(j).copied()).collect();
			out.insert(k.clone(), crate::stats::median(&values)?);
			continue;
		}
		let weights: BTreeMap<W, Fixed> = match order.len() {
			0 => BTreeMap::new(),
			1 => BTreeMap::from([(order[0].clone(), Fixed::ONE)]),
			_ => {
				let mut regrets = BTreeMap::new();
				for j in &order {
					let loss = by_inferer.get(j).copied().unwrap_or(Fixed::ZERO);
					regrets.insert(j.clone(), previous_loss.checked_sub(loss)?);
				}
				// Only the forecast's own inferers that are also in `inferers` enter σ and the
				// maximum, and only their weights are used: computing just those gives the
				// reference's numbers without a weight for every inferer of the epoch.
				let members = members_in(&order, inferers, sorted);
				calc_weights(&members, &[], &regrets, &BTreeMap::new(), params)?.0
			},
		};
		let mut num = Fixed::ZERO;
		let mut den = Fixed::ZERO;
		for j in &order {
			let w = weights.get(j).copied().unwrap_or(Fixed::ZERO);
			if let (Some(v), false) = (inferences.get(j), w.is_zero()) {
				num = num.checked_add(w.checked_mul(*v)?)?;
				den = den.checked_add(w)?;
			}
		}
		if !den.is_zero() {
			out.insert(k.clone(), num.checked_div(den)?);
		}
	}
	Ok(out)
}

/// The forecast-implied inferences of the network without inferer `withheld` (spec §2.6),
/// from those of the whole network (`implied`, over `inferers`): only a forecast that names
/// `withheld` can change, so only those are recomputed, over `inferers` without it. A forecast
/// that does not name it has the same elements, the same members and so the same weights, and a
/// topic whose regrets are all new takes medians of the named inferences, which do not depend on
/// the inferer set at all. Equal to [`forecast_implied_inferences`] over the inferers without
/// `withheld`, bit for bit (a property test holds the two together), at `F·K` work per withheld
/// inferer instead of a recomputation of every forecast.
#[allow(clippy::too_many_arguments)]
pub fn implied_without_inferer<W: Ord + Clone>(
	all_new: bool,
	withheld: &W,
	rest: &[W],
	inferences: &BTreeMap<W, Fixed>,
	forecasters: &[W],
	forecasts: &BTreeMap<W, Forecast<W>>,
	implied: &BTreeMap<W, Fixed>,
	previous_loss: Fixed,
	params: &SynthesisParams,
) -> Result<BTreeMap<W, Fixed>, SynthesisError> {
	let mut out = BTreeMap::new();
	for k in forecasters {
		let names_withheld = forecasts.get(k).is_some_and(|f| f.iter().any(|(j, _)| j == withheld));
		if names_withheld && !all_new {
			let one = forecast_implied_inferences(
				all_new,
				rest,
				inferences,
				core::slice::from_ref(k),
				forecasts,
				previous_loss,
				params,
			)?;
			out.extend(one);
		} else if let Some(v) = implied.get(k) {
			out.insert(k.clone(), *v);
		}
	}
	Ok(out)
}

/// The inferers of `order` that are in `inferers`, once each, in `inferers`' order.
fn members_in<W: Ord + Clone>(order: &[W], inferers: &[W], sorted: bool) -> Vec<W> {
	if sorted {
		let mut m: Vec<W> =
			order.iter().filter(|j| inferers.binary_search(j).is_ok()).cloned().collect();
		m.sort();
		m.dedup();
		m
	} else {
		inferers.iter().filter(|j| order.contains(j)).cloned().collect()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	fn params(p: &str, eps: &str) -> SynthesisParams {
		SynthesisParams { p_norm: f(p), epsilon: f(eps), ..SynthesisParams::reference() }
	}

	/// Forecaster `f0`'s implied inference with inferences w0 = 1, w1 = 2, L = 0.5, p = 2,
	/// ε = 1e-4 (the reference's two-worker setup).
	fn f0_with_two_inferers(elements: Forecast<&'static str>) -> Option<Fixed> {
		let inf = BTreeMap::from([("w0", f("1")), ("w1", f("2"))]);
		let fc = BTreeMap::from([("f0", elements)]);
		let params = params("2", "0.0001");
		let out = forecast_implied_inferences(
			false,
			&["w0", "w1"],
			&inf,
			&["f0"],
			&fc,
			f("0.5"),
			&params,
		)
		.unwrap();
		out.get("f0").copied()
	}

	#[test]
	fn two_workers_one_forecaster() {
		// forecast_implied_test.go: L=0.5, ε=1e-4, p=2, c=0.75 → 1.0558412537421773204 (±1e-4).
		let got = f0_with_two_inferers(vec![("w0", f("3")), ("w1", f("4"))]).unwrap();
		let want = f("1.05584125374217732");
		assert!(got.checked_sub(want).unwrap().abs().unwrap() < f("0.0001"), "{got}");
	}

	#[test]
	fn single_element_has_weight_one() {
		assert_eq!(f0_with_two_inferers(vec![("w1", f("3"))]), Some(f("2")));
	}

	#[test]
	fn forecasts_about_unknown_inferers_give_nothing() {
		let inf = BTreeMap::from([("w0", f("1")), ("w1", f("2"))]);
		let fc = BTreeMap::from([("f0", vec![("zz", f("3"))]), ("f1", vec![])]);
		let out = forecast_implied_inferences(
			false,
			&["w0", "w1"],
			&inf,
			&["f0", "f1"],
			&fc,
			f("0.5"),
			&SynthesisParams::reference(),
		)
		.unwrap();
		assert!(out.is_empty());
	}
}
