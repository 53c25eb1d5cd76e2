//! Network inferences (spec §2.1–2.8): the combined inference, the naive one, the one-out and
//! one-in counterfactuals, the forecast-implied inferences and the confidence interval.

use crate::{
	forecast::{forecast_implied_inferences, implied_without_inferer, Forecast},
	regrets::{RegretKey, RegretSource},
	stats::{median, weighted_percentiles},
	weights::calc_weights,
	Fixed, SynthesisError, SynthesisParams,
};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// The percentiles of the confidence interval: ±2σ, ±1σ and the median of a normal law.
pub const CONFIDENCE_PERCENTILES: [Fixed; 5] = [
	Fixed::from_raw(2_280_000_000_000_000_000),
	Fixed::from_raw(15_870_000_000_000_000_000),
	Fixed::from_raw(50_000_000_000_000_000_000),
	Fixed::from_raw(84_130_000_000_000_000_000),
	Fixed::from_raw(97_720_000_000_000_000_000),
];

/// Everything one synthesis step produces for a topic's epoch.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct NetworkInferences<W: Ord> {
	/// `I_i`: the network inference.
	pub combined: Fixed,
	/// `I⁻_i`: the inferers-only network inference.
	pub naive: Fixed,
	/// `I_ij`: the inferences that went in.
	pub inferer_values: BTreeMap<W, Fixed>,
	/// `Î_k`: each usable forecaster's forecast-implied inference.
	pub forecast_implied: BTreeMap<W, Fixed>,
	/// `I⁻_j'i`: the network inference without each inferer.
	pub one_out_inferers: BTreeMap<W, Fixed>,
	/// `I⁻_k'i`: the network inference without each forecaster (only with ≥ 2 forecasters).
	pub one_out_forecasters: BTreeMap<W, Fixed>,
	/// `I⁺_ki`: the naive inference plus each forecaster alone (only with ≥ 2 forecasters).
	pub one_in_forecasters: BTreeMap<W, Fixed>,
	/// The inferers' weights in the combined inference.
	pub inferer_weights: BTreeMap<W, Fixed>,
	/// The forecasters' weights in the combined inference.
	pub forecaster_weights: BTreeMap<W, Fixed>,
	/// The weighted percentiles [`CONFIDENCE_PERCENTILES`] of the weighted values (empty
	/// without weights).
	pub confidence_interval: Vec<Fixed>,
}

impl<W: Ord> NetworkInferences<W> {
	/// A result with only the combined and naive values and the inferences (the one-inference
	/// and no-previous-loss paths).
	fn plain(combined: Fixed, naive: Fixed, inferer_values: BTreeMap<W, Fixed>) -> Self {
		NetworkInferences {
			combined,
			naive,
			inferer_values,
			forecast_implied: BTreeMap::new(),
			one_out_inferers: BTreeMap::new(),
			one_out_forecasters: BTreeMap::new(),
			one_in_forecasters: BTreeMap::new(),
			inferer_weights: BTreeMap::new(),
			forecaster_weights: BTreeMap::new(),
			confidence_interval: Vec::new(),
		}
	}
}

/// The inputs of one weighted mean (`calcWeightedInference`).
struct WeightedMean<'a, W: Ord> {
	all_new: bool,
	inferers: &'a [W],
	inferences: &'a BTreeMap<W, Fixed>,
	inferer_regrets: &'a BTreeMap<W, Fixed>,
	forecasters: &'a [W],
	forecaster_regrets: &'a BTreeMap<W, Fixed>,
	implied: &'a BTreeMap<W, Fixed>,
	inferer_weights: &'a BTreeMap<W, Fixed>,
	forecaster_weights: &'a BTreeMap<W, Fixed>,
}

impl<W: Ord> WeightedMean<'_, W> {
	/// `Σ w·I / max(Σ w, ε_div)`, or the plain mean of the inferers when all are new.
	fn value(&self, epsilon_safe_div: Fixed) -> Result<Fixed, SynthesisError> {
		let mut num = Fixed::ZERO;
		let mut den = Fixed::ZERO;
		if self.all_new {
			for j in self.inferers {
				num = num.checked_add(self.inferences.get(j).copied().unwrap_or(Fixed::ZERO))?;
				den = den.checked_add(Fixed::ONE)?;
			}
		} else {
			let terms = |ws: &BTreeMap<W, Fixed>,
			             values: &BTreeMap<W, Fixed>,
			             regrets: &BTreeMap<W, Fixed>,
			             who: &[W],
			             num: &mut Fixed,
			             den: &mut Fixed|
			 -> Result<(), SynthesisError> {
				for x in who {
					let (Some(v), Some(w)) = (values.get(x), ws.get(x)) else { continue };
					if !regrets.contains_key(x) || w.is_zero() {
						continue;
					}
					*num = num.checked_add(w.checked_mul(*v)?)?;
					*den = den.checked_add(*w)?;
				}
				Ok(())
			};
			terms(
				self.inferer_weights,
				self.inferences,
				self.inferer_regrets,
				self.inferers,
				&mut num,
				&mut den,
			)?;
			terms(
				self.forecaster_weights,
				self.implied,
				self.forecaster_regrets,
				self.forecasters,
				&mut num,
				&mut den,
			)?;
		}
		if den < epsilon_safe_div {
			den = epsilon_safe_div;
		}
		Ok(num.checked_div(den)?)
	}
}

/// The synthesis of one epoch (`GetNetworkInferences`, spec §2.1):
///
/// - no inference: [`SynthesisError::NoInferences`];
/// - one inference: combined = naive = that value, nothing else;
/// - no previous network loss (`previous_loss == None`): combined = median of the inferences,
///   naive = 0, nothing else;
/// - otherwise the full synthesis ([`full_synthesis`]).
pub fn network_inferences<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	inferences: &BTreeMap<W, Fixed>,
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Option<Fixed>,
	params: &SynthesisParams,
) -> Result<NetworkInferences<W>, SynthesisError> {
	params.validate()?;
	match (inferences.len(), previous_loss) {
		(0, _) => Err(SynthesisError::NoInferences),
		(1, _) => {
			let v = inferences.values().next().copied().unwrap_or(Fixed::ZERO);
			Ok(NetworkInferences::plain(v, v, inferences.clone()))
		},
		(_, None) => {
			let values: Vec<Fixed> = inferences.values().copied().collect();
			Ok(NetworkInferences::plain(median(&values)?, Fixed::ZERO, inferences.clone()))
		},
		(_, Some(loss)) => full_synthesis(regrets, inferences, forecasts, loss, params),
	}
}

/// The full synthesis with at least two inferences and a previous network loss (spec §2.2–2.8).
pub fn full_synthesis<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	inferences: &BTreeMap<W, Fixed>,
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Fixed,
	params: &SynthesisParams,
) -> Result<NetworkInferences<W>, SynthesisError> {
	let all_new = regrets.initial_regret().is_zero();
	let eps_div = params.epsilon_safe_div;
	let inferers: Vec<W> = inferences.keys().cloned().collect();
	let all_forecasters: Vec<W> = forecasts.keys().cloned().collect();
	let implied = forecast_implied_inferences(
		all_new,
		&inferers,
		inferences,
		&all_forecasters,
		forecasts,
		previous_loss,
		params,
	)?;
	// Forecasters without a forecast-implied inference take no further part.
	let forecasters: Vec<W> =
		all_forecasters.iter().filter(|k| implied.contains_key(*k)).cloned().collect();
	let table = |f: &dyn Fn(&W) -> RegretKey<W>, who: &[W]| -> BTreeMap<W, Fixed> {
		who.iter().map(|x| (x.clone(), regrets.regret(&f(x)))).collect()
	};
	let inferer_regrets = table(&|j| RegretKey::Inferer(j.clone()), &inferers);
	let forecaster_regrets = table(&|k| RegretKey::Forecaster(k.clone()), &forecasters);

	// Combined.
	let (w_inf, w_fc) =
		calc_weights(&inferers, &forecasters, &inferer_regrets, &forecaster_regrets, params)?;
	let combined = WeightedMean {
		all_new,
		inferers: &inferers,
		inferences,
		inferer_regrets: &inferer_regrets,
		forecasters: &forecasters,
		forecaster_regrets: &forecaster_regrets,
		implied: &implied,
		inferer_weights: &w_inf,
		forecaster_weights: &w_fc,
	}
	.value(eps_div)?;

	// Naive: inferers only.
	let naive_regrets = table(&|j| RegretKey::Naive(j.clone()), &inferers);
	let empty = BTreeMap::new();
	let (wn_inf, wn_fc) = calc_weights(&inferers, &forecasters, &naive_regrets, &empty, params)?;
	let naive = WeightedMean {
		all_new,
		inferers: &inferers,
		inferences,
		inferer_regrets: &naive_regrets,
		forecasters: &forecasters,
		forecaster_regrets: &forecaster_regrets,
		implied: &implied,
		inferer_weights: &wn_inf,
		forecaster_weights: &wn_fc,
	}
	.value(eps_div)?;

	// One-out inferers: the forecast-implied inferences are recomputed without the inferer.
	let mut one_out_inferers = BTreeMap::new();
	for withheld in &inferers {
		let rest: Vec<W> = inferers.iter().filter(|j| *j != withheld).cloned().collect();
		let rest_inferences: BTreeMap<W, Fixed> =
			rest.iter().filter_map(|j| inferences.get(j).map(|v| (j.clone(), *v))).collect();
		let ri = table(
			&|j| RegretKey::OneOutInfererInferer { withheld: withheld.clone(), inferer: j.clone() },
			&inferers,
		);
		let rf = table(
			&|k| RegretKey::OneOutInfererForecaster {
				withheld: withheld.clone(),
				forecaster: k.clone(),
			},
			&forecasters,
		);
		let implied_without = implied_without_inferer(
			all_new,
			withheld,
			&rest,
			inferences,
			&forecasters,
			forecasts,
			&implied,
			previous_loss,
			params,
		)?;
		let (w1, w2) = calc_weights(&rest, &forecasters, &ri, &rf, params)?;
		let v = WeightedMean {
			all_new,
			inferers: &rest,
			inferences: &rest_inferences,
			inferer_regrets: &ri,
			forecasters: &forecasters,
			forecaster_regrets: &rf,
			implied: &implied_without,
			inferer_weights: &w1,
			forecaster_weights: &w2,
		}
		.value(eps_div)?;
		one_out_inferers.insert(withheld.clone(), v);
	}

	// One-out and one-in forecasters, only with at least two forecasters.
	let mut one_out_forecasters = BTreeMap::new();
	let mut one_in_forecasters = BTreeMap::new();
	if forecasters.len() > 1 {
		for withheld in &forecasters {
			let rest: Vec<W> = forecasters.iter().filter(|k| *k != withheld).cloned().collect();
			let rf = table(
				&|k| RegretKey::OneOutForecasterForecaster {
					withheld: withheld.clone(),
					forecaster: k.clone(),
				},
				&rest,
			);
			let ri = table(
				&|j| RegretKey::OneOutForecasterInferer {
					withheld: withheld.clone(),
					inferer: j.clone(),
				},
				&inferers,
			);
			let (w1, w2) = calc_weights(&inferers, &rest, &ri, &rf, params)?;
			let v = WeightedMean {
				all_new,
				inferers: &inferers,
				inferences,
				inferer_regrets: &inferer_regrets,
				forecasters: &rest,
				forecaster_regrets: &rf,
				implied: &implied,
				inferer_weights: &w1,
				forecaster_weights: &w2,
			}
			.value(eps_div)?;
			one_out_forecasters.insert(withheld.clone(), v);
		}
		for k in &forecasters {
			let one = [k.clone()];
			let rf = BTreeMap::from([(
				k.clone(),
				regrets.regret(&RegretKey::OneIn { forecaster: k.clone(), worker: k.clone() }),
			)]);
			let ri = table(
				&|j| RegretKey::OneIn { forecaster: k.clone(), worker: j.clone() },
				&inferers,
			);
			let (w1, w2) = calc_weights(&inferers, &one, &ri, &rf, params)?;
			let v = WeightedMean {
				all_new,
				inferers: &inferers,
				inferences,
				inferer_regrets: &ri,
				forecasters: &one,
				forecaster_regrets: &rf,
				implied: &implied,
				inferer_weights: &w1,
				forecaster_weights: &w2,
			}
			.value(eps_div)?;
			one_in_forecasters.insert(k.clone(), v);
		}
	}

	let confidence_interval = confidence_interval(inferences, &implied, &w_inf, &w_fc)?;
	Ok(NetworkInferences {
		combined,
		naive,
		inferer_values: inferences.clone(),
		forecast_implied: implied,
		one_out_inferers,
		one_out_forecasters,
		one_in_forecasters,
		inferer_weights: w_inf,
		forecaster_weights: w_fc,
		confidence_interval,
	})
}

/// The confidence interval (spec §2.8): weighted percentiles of the inferences and
/// forecast-implied inferences that have a combined-inference weight.
pub fn confidence_interval<W: Ord>(
	inferences: &BTreeMap<W, Fixed>,
	implied: &BTreeMap<W, Fixed>,
	inferer_weights: &BTreeMap<W, Fixed>,
	forecaster_weights: &BTreeMap<W, Fixed>,
) -> Result<Vec<Fixed>, SynthesisError> {
	let mut pairs = Vec::new();
	for (j, v) in inferences {
		if let Some(w) = inferer_weights.get(j) {
			pairs.push((*v, *w));
		}
	}
	for (k, v) in implied {
		if let Some(w) = forecaster_weights.get(k) {
			pairs.push((*v, *w));
		}
	}
	weighted_percentiles(&pairs, &CONFIDENCE_PERCENTILES)
}
