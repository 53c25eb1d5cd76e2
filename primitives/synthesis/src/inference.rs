//! Network inferences (spec §2.1–2.8): the combined inference, the naive one, the one-out and
//! one-in counterfactuals, the forecast-implied inferences and the confidence interval.

use crate::{
	forecast::{forecast_implied_inferences, implied_inference, Forecast},
	network::Network,
	regrets::{RegretKey, RegretRow, RegretSource},
	stats::{median, weighted_percentiles},
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
///
/// The workers are indexed once and each regret row is read once ([`RegretSource::row_regrets`]);
/// every network goes through the same dense [`Network`]. A forecast-implied inference changes
/// in the network without inferer `j` only if the forecast names `j`, so only those are
/// recomputed. When the topic is all new, the networks other than the combined one are plain
/// means of their inferers: no weight and no regret is computed for them.
pub fn full_synthesis<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	inferences: &BTreeMap<W, Fixed>,
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Fixed,
	params: &SynthesisParams,
) -> Result<NetworkInferences<W>, SynthesisError> {
	let all_new = regrets.initial_regret().is_zero();
	let inferers: Vec<W> = inferences.keys().cloned().collect();
	let values: Vec<Fixed> = inferences.values().copied().collect();
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
	let implied_values: Vec<Option<Fixed>> =
		forecasters.iter().map(|k| implied.get(k).copied()).collect();
	let mut network = Network::new();

	// Combined: its weights are the result's even for an all-new topic.
	let r_inf = regrets.row_regrets(&RegretRow::Inferers, &inferers);
	let r_fc = regrets.row_regrets(&RegretRow::Forecasters, &forecasters);
	network.inferers(&r_inf, &values);
	for (r, v) in r_fc.iter().zip(&implied_values) {
		network.forecaster(*r, *v);
	}
	let combined = network.value(all_new, params)?;
	if all_new {
		network.weigh(params)?;
	}
	let (wi, wf) = network.weights();
	let inferer_weights: BTreeMap<W, Fixed> =
		inferers.iter().cloned().zip(wi.iter().copied()).collect();
	let forecaster_weights: BTreeMap<W, Fixed> =
		forecasters.iter().cloned().zip(wf.iter().copied()).collect();

	// The regrets of `row` over `who`, unless the topic is all new (then none are used).
	let row = |row: RegretRow<W>, who: &[W]| {
		if all_new {
			alloc::vec![Fixed::ZERO; who.len()]
		} else {
			regrets.row_regrets(&row, who)
		}
	};

	// Naive: inferers only.
	network.clear();
	network.inferers(&row(RegretRow::Naive, &inferers), &values);
	let naive = network.value(all_new, params)?;

	// One-out inferers: the forecasts naming the withheld inferer are recomputed without it.
	let mut naming: Vec<Vec<usize>> = alloc::vec![Vec::new(); inferers.len()];
	for (k, f) in forecasters.iter().enumerate() {
		for (j, _) in forecasts.get(f).map(Vec::as_slice).unwrap_or_default() {
			if let Ok(i) = inferers.binary_search(j) {
				if naming[i].last() != Some(&k) {
					naming[i].push(k);
				}
			}
		}
	}
	let mut one_out_inferers = BTreeMap::new();
	let mut forecast_network = Network::new();
	for (i, withheld) in inferers.iter().enumerate() {
		let ri = row(RegretRow::OneOutInfererInferers(withheld.clone()), &inferers);
		let rf = row(RegretRow::OneOutInfererForecasters(withheld.clone()), &forecasters);
		let mut implied_without = implied_values.clone();
		if !all_new {
			for &k in naming.get(i).map(Vec::as_slice).unwrap_or_default() {
				let elements =
					forecasts.get(&forecasters[k]).map(Vec::as_slice).unwrap_or_default();
				implied_without[k] = implied_inference(
					false,
					elements,
					inferences,
					|j| j != withheld,
					previous_loss,
					params,
					&mut forecast_network,
				)?;
			}
		}
		network.clear();
		for (j, (r, v)) in ri.iter().zip(&values).enumerate() {
			if j != i {
				network.inferer(*r, Some(*v));
			}
		}
		for (r, v) in rf.iter().zip(&implied_without) {
			network.forecaster(*r, *v);
		}
		one_out_inferers.insert(withheld.clone(), network.value(all_new, params)?);
	}

	// One-out and one-in forecasters, only with at least two forecasters.
	let mut one_out_forecasters = BTreeMap::new();
	let mut one_in_forecasters = BTreeMap::new();
	if forecasters.len() > 1 {
		for (k, withheld) in forecasters.iter().enumerate() {
			let ri = row(RegretRow::OneOutForecasterInferers(withheld.clone()), &inferers);
			let rf = row(RegretRow::OneOutForecasterForecasters(withheld.clone()), &forecasters);
			network.clear();
			network.inferers(&ri, &values);
			for (m, (r, v)) in rf.iter().zip(&implied_values).enumerate() {
				if m != k {
					network.forecaster(*r, *v);
				}
			}
			one_out_forecasters.insert(withheld.clone(), network.value(all_new, params)?);
		}
		for (k, forecaster) in forecasters.iter().enumerate() {
			let ri = row(RegretRow::OneIn(forecaster.clone()), &inferers);
			let own = if all_new {
				Fixed::ZERO
			} else {
				regrets.regret(&RegretKey::OneIn {
					forecaster: forecaster.clone(),
					worker: forecaster.clone(),
				})
			};
			network.clear();
			network.inferers(&ri, &values);
			network.forecaster(own, implied_values.get(k).copied().flatten());
			one_in_forecasters.insert(forecaster.clone(), network.value(all_new, params)?);
		}
	}

	let confidence_interval =
		confidence_interval(inferences, &implied, &inferer_weights, &forecaster_weights)?;
	Ok(NetworkInferences {
		combined,
		naive,
		inferer_values: inferences.clone(),
		forecast_implied: implied,
		one_out_inferers,
		one_out_forecasters,
		one_in_forecasters,
		inferer_weights,
		forecaster_weights,
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
