//! Forecast-implied inferences (spec §2.4): each forecaster's predicted losses become regrets
//! against the previous network loss, and its inference is the regret-weighted mean of the
//! inferences it forecast.

use crate::{
	network::{ExactSum, Network},
	Fixed, SynthesisError, SynthesisParams,
};
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
/// See [`implied_inference`] for one forecast.
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
	let member =
		|j: &W| if sorted { inferers.binary_search(j).is_ok() } else { inferers.contains(j) };
	let mut network = Network::new();
	for k in forecasters {
		let Some(elements) = forecasts.get(k) else { continue };
		let value = implied_inference(
			all_new,
			elements,
			inferences,
			member,
			previous_loss,
			params,
			&mut network,
		)?;
		if let Some(v) = value {
			out.insert(k.clone(), v);
		}
	}
	Ok(out)
}

/// One forecast's implied inference (spec §2.4), `None` when it has none.
///
/// The forecast's elements about an inferer with an inference count, in order; the last element
/// per inferer gives its regret `L_prev − loss`. The weights come from the regrets of the
/// elements' inferers that are `member`s (σ and the maximum over those only); with exactly one
/// counted element its weight is 1. The value is `Σ w·I / Σ w` (summed exactly) over the counted
/// elements with a weight above 0, and there is none when that sum of weights is 0 or the
/// forecast is empty. When `all_new` the value is instead the median of the counted elements'
/// inferences. `network` is scratch space, reused between calls.
pub fn implied_inference<W: Ord + Clone>(
	all_new: bool,
	elements: &[(W, Fixed)],
	inferences: &BTreeMap<W, Fixed>,
	member: impl Fn(&W) -> bool,
	previous_loss: Fixed,
	params: &SynthesisParams,
	network: &mut Network,
) -> Result<Option<Fixed>, SynthesisError> {
	if elements.is_empty() {
		return Ok(None);
	}
	// The counted elements: (inferer, its inference, the element's loss), in order.
	let counted: Vec<(&W, Fixed, Fixed)> =
		elements.iter().filter_map(|(j, loss)| inferences.get(j).map(|v| (j, *v, *loss))).collect();
	if all_new {
		let values: Vec<Fixed> = counted.iter().map(|(_, v, _)| *v).collect();
		return Ok(Some(crate::stats::median(&values)?));
	}
	// Each counted element's weight.
	let weights: Vec<Fixed> = match counted.len() {
		0 => return Ok(None),
		1 => alloc::vec![Fixed::ONE],
		_ => {
			// The members, once each (the last element per inferer), sorted.
			let mut members: Vec<(&W, Fixed)> = Vec::with_capacity(counted.len());
			for (j, _, loss) in counted.iter().rev() {
				if member(j) && !members.iter().any(|(m, _)| m == j) {
					members.push((j, *loss));
				}
			}
			members.sort_by(|a, b| a.0.cmp(b.0));
			network.clear();
			for (_, loss) in &members {
				network.inferer(previous_loss.checked_sub(*loss)?, None);
			}
			if members.is_empty() {
				alloc::vec![Fixed::ZERO; counted.len()]
			} else {
				network.weigh(params)?;
				let (w, _) = network.weights();
				counted
					.iter()
					.map(|(j, _, _)| {
						members
							.binary_search_by(|(m, _)| m.cmp(j))
							.ok()
							.and_then(|i| w.get(i).copied())
							.unwrap_or(Fixed::ZERO)
					})
					.collect()
			}
		},
	};
	let mut num = ExactSum::default();
	let mut den = Fixed::ZERO;
	for ((_, v, _), w) in counted.iter().zip(&weights) {
		if !w.is_zero() {
			num.add_product(*w, *v)?;
			den = den.checked_add(*w)?;
		}
	}
	if den.is_zero() {
		return Ok(None);
	}
	num.div(den).map(Some)
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
