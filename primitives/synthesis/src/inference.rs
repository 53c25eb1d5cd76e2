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
/// - otherwise the full synthesis ([`full_base`] and [`Counterfactuals`]).
///
/// It is [`synthesis_base`] followed by every network of [`Counterfactuals`]; a chain that
/// cannot afford them in one block computes the same in stages, from the same inputs.
pub fn network_inferences<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	inferences: &BTreeMap<W, Fixed>,
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Option<Fixed>,
	params: &SynthesisParams,
) -> Result<NetworkInferences<W>, SynthesisError> {
	let (mut result, full) = synthesis_base(regrets, inferences, forecasts, previous_loss, params)?;
	if let (true, Some(loss)) = (full, previous_loss) {
		let networks =
			Counterfactuals::new(inferences, forecasts, &result.forecast_implied, loss, params);
		let mut scratch = Scratch::default();
		for index in 0..networks.len() {
			let (which, value) = networks.compute(regrets, index, &mut scratch)?;
			result.insert(which, value);
		}
	}
	Ok(result)
}

/// A synthesis without its counterfactual networks (its first stage), and whether they
/// follow: they do on the full synthesis ([`full_base`]) only.
pub fn synthesis_base<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	inferences: &BTreeMap<W, Fixed>,
	forecasts: &BTreeMap<W, Forecast<W>>,
	previous_loss: Option<Fixed>,
	params: &SynthesisParams,
) -> Result<(NetworkInferences<W>, bool), SynthesisError> {
	params.validate()?;
	match (inferences.len(), previous_loss) {
		(0, _) => Err(SynthesisError::NoInferences),
		(1, _) => {
			let v = inferences.values().next().copied().unwrap_or(Fixed::ZERO);
			Ok((NetworkInferences::plain(v, v, inferences.clone()), false))
		},
		(_, None) => {
			let values: Vec<Fixed> = inferences.values().copied().collect();
			Ok((NetworkInferences::plain(median(&values)?, Fixed::ZERO, inferences.clone()), false))
		},
		(_, Some(loss)) => Ok((full_base(regrets, inferences, forecasts, loss, params)?, true)),
	}
}

/// The full synthesis with at least two inferences and a previous network loss (spec
/// §2.2–2.8), without its counterfactual networks ([`Counterfactuals`]): the forecast-implied
/// inferences, the combined network and its weights, the naive network and the confidence
/// interval. It reads three regret rows.
///
/// The workers are indexed once and each regret row is read once ([`RegretSource::row_regrets`]);
/// every network goes through the same dense [`Network`].
pub fn full_base<W: Ord + Clone>(
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
	let forecasters: Vec<W> = implied.keys().cloned().collect();
	let mut network = Network::new();

	// Combined: its weights are the result's even for an all-new topic.
	let r_inf = regrets.row_regrets(&RegretRow::Inferers, &inferers);
	let r_fc = regrets.row_regrets(&RegretRow::Forecasters, &forecasters);
	network.inferers(&r_inf, &values);
	for (r, v) in r_fc.iter().zip(implied.values()) {
		network.forecaster(*r, Some(*v));
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

	// Naive: inferers only.
	network.clear();
	network.inferers(&row_or_zero(regrets, all_new, RegretRow::Naive, &inferers), &values);
	let naive = network.value(all_new, params)?;

	let confidence_interval =
		confidence_interval(inferences, &implied, &inferer_weights, &forecaster_weights)?;
	Ok(NetworkInferences {
		combined,
		naive,
		inferer_values: inferences.clone(),
		forecast_implied: implied,
		one_out_inferers: BTreeMap::new(),
		one_out_forecasters: BTreeMap::new(),
		one_in_forecasters: BTreeMap::new(),
		inferer_weights,
		forecaster_weights,
		confidence_interval,
	})
}

/// The regrets of `row` over `who`, unless the topic is all new (then none are used).
fn row_or_zero<W: Ord + Clone>(
	regrets: &impl RegretSource<W>,
	all_new: bool,
	row: RegretRow<W>,
	who: &[W],
) -> Vec<Fixed> {
	if all_new {
		alloc::vec![Fixed::ZERO; who.len()]
	} else {
		regrets.row_regrets(&row, who)
	}
}

/// One counterfactual network of a full synthesis and the worker it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Counterfactual<W> {
	/// `I⁻_j'i`: the network without inferer `j`.
	OneOutInferer(W),
	/// `I⁻_k'i`: the network without forecaster `k`.
	OneOutForecaster(W),
	/// `I⁺_ki`: the naive network plus forecaster `k` alone.
	OneInForecaster(W),
}

impl<W: Ord> NetworkInferences<W> {
	/// Records a counterfactual network's value.
	pub fn insert(&mut self, which: Counterfactual<W>, value: Fixed) {
		match which {
			Counterfactual::OneOutInferer(w) => self.one_out_inferers.insert(w, value),
			Counterfactual::OneOutForecaster(w) => self.one_out_forecasters.insert(w, value),
			Counterfactual::OneInForecaster(w) => self.one_in_forecasters.insert(w, value),
		};
	}
}

/// The buffers the counterfactual networks reuse.
#[derive(Default)]
pub struct Scratch {
	network: Network,
	forecast: Network,
}

/// The counterfactual networks of a full synthesis, by index: each inferer's one-out network
/// (in the inferers' order), then, with at least two forecasters, each forecaster's one-out
/// network and each one's one-in network (in the forecasters' order). They are independent of
/// each other given the payloads and the forecast-implied inferences ([`full_base`]'s),
/// so a chain may compute them in any number of stages: network `n` reads only its own
/// regret rows (two, or the one-in network's one).
pub struct Counterfactuals<'a, W> {
	inferences: &'a BTreeMap<W, Fixed>,
	forecasts: &'a BTreeMap<W, Forecast<W>>,
	inferers: Vec<W>,
	values: Vec<Fixed>,
	forecasters: Vec<W>,
	implied: Vec<Option<Fixed>>,
	/// For each inferer, the forecasters (indices) whose forecast names it.
	naming: Vec<Vec<usize>>,
	previous_loss: Fixed,
	params: &'a SynthesisParams,
}

impl<'a, W: Ord + Clone> Counterfactuals<'a, W> {
	/// The counterfactual networks of the full synthesis of these payloads, whose
	/// forecast-implied inferences are `implied`.
	pub fn new(
		inferences: &'a BTreeMap<W, Fixed>,
		forecasts: &'a BTreeMap<W, Forecast<W>>,
		implied: &BTreeMap<W, Fixed>,
		previous_loss: Fixed,
		params: &'a SynthesisParams,
	) -> Self {
		let inferers: Vec<W> = inferences.keys().cloned().collect();
		let forecasters: Vec<W> = implied.keys().cloned().collect();
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
		Counterfactuals {
			inferences,
			forecasts,
			values: inferences.values().copied().collect(),
			inferers,
			implied: implied.values().map(|v| Some(*v)).collect(),
			forecasters,
			naming,
			previous_loss,
			params,
		}
	}

	/// How many networks: one per inferer, and two per forecaster if there are at least two.
	pub fn len(&self) -> usize {
		let f = self.forecasters.len();
		self.inferers.len().saturating_add(if f > 1 { f.saturating_mul(2) } else { 0 })
	}

	/// Whether there is none.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// The elements of forecaster `k`'s forecast (none past the last forecaster).
	fn elements(&self, k: usize) -> &[(W, Fixed)] {
		let forecast = self.forecasters.get(k).and_then(|f| self.forecasts.get(f));
		forecast.map(Vec::as_slice).unwrap_or_default()
	}

	/// The forecasters (indices) whose forecast names inferer `j`.
	fn naming(&self, j: usize) -> &[usize] {
		self.naming.get(j).map(Vec::as_slice).unwrap_or_default()
	}

	/// Which network `index` is.
	fn which(&self, index: usize) -> Option<Counterfactual<(usize, &W)>> {
		let (i, f) = (self.inferers.len(), self.forecasters.len());
		let forecaster = |k: usize| Some((k, self.forecasters.get(k)?));
		if index < i {
			Some(Counterfactual::OneOutInferer((index, self.inferers.get(index)?)))
		} else if f < 2 {
			None
		} else if index < i + f {
			forecaster(index - i).map(Counterfactual::OneOutForecaster)
		} else {
			forecaster(index - i - f).map(Counterfactual::OneInForecaster)
		}
	}

	/// The work of network `index` in weights computed (the synthesis units of the weight
	/// formulas): its members, and for a one-out-inferer network the elements of each
	/// forecast it recomputes. 0 past the last network.
	pub fn units(&self, index: usize) -> u32 {
		let (i, f) = (self.inferers.len() as u32, self.forecasters.len() as u32);
		let elements = |k: &usize| self.elements(*k).len() as u32;
		match self.which(index) {
			Some(Counterfactual::OneOutInferer((j, _))) => self
				.naming(j)
				.iter()
				.fold(i.saturating_sub(1).saturating_add(f), |u, k| u.saturating_add(elements(k))),
			Some(Counterfactual::OneOutForecaster(_)) => i.saturating_add(f).saturating_sub(1),
			Some(Counterfactual::OneInForecaster(_)) => i.saturating_add(1),
			None => 0,
		}
	}

	/// Computes network `index` (reading its regret rows): which it is and its value.
	pub fn compute(
		&self,
		regrets: &impl RegretSource<W>,
		index: usize,
		scratch: &mut Scratch,
	) -> Result<(Counterfactual<W>, Fixed), SynthesisError> {
		let all_new = regrets.initial_regret().is_zero();
		let row = |row: RegretRow<W>, who: &[W]| row_or_zero(regrets, all_new, row, who);
		let params = self.params;
		let network = &mut scratch.network;
		network.clear();
		let which = self.which(index).ok_or(SynthesisError::NoInferences)?;
		match which {
			// The forecasts naming the withheld inferer are recomputed without it.
			Counterfactual::OneOutInferer((i, withheld)) => {
				let ri = row(RegretRow::OneOutInfererInferers(withheld.clone()), &self.inferers);
				let rf =
					row(RegretRow::OneOutInfererForecasters(withheld.clone()), &self.forecasters);
				let mut implied_without = self.implied.clone();
				if !all_new {
					for &k in self.naming(i) {
						let Some(slot) = implied_without.get_mut(k) else { continue };
						*slot = implied_inference(
							false,
							self.elements(k),
							self.inferences,
							|j| j != withheld,
							self.previous_loss,
							params,
							&mut scratch.forecast,
						)?;
					}
				}
				for (j, (r, v)) in ri.iter().zip(&self.values).enumerate() {
					if j != i {
						network.inferer(*r, Some(*v));
					}
				}
				for (r, v) in rf.iter().zip(&implied_without) {
					network.forecaster(*r, *v);
				}
				let value = network.value(all_new, params)?;
				Ok((Counterfactual::OneOutInferer(withheld.clone()), value))
			},
			Counterfactual::OneOutForecaster((k, withheld)) => {
				let ri = row(RegretRow::OneOutForecasterInferers(withheld.clone()), &self.inferers);
				let rf = row(
					RegretRow::OneOutForecasterForecasters(withheld.clone()),
					&self.forecasters,
				);
				network.inferers(&ri, &self.values);
				for (m, (r, v)) in rf.iter().zip(&self.implied).enumerate() {
					if m != k {
						network.forecaster(*r, *v);
					}
				}
				let value = network.value(all_new, params)?;
				Ok((Counterfactual::OneOutForecaster(withheld.clone()), value))
			},
			Counterfactual::OneInForecaster((k, forecaster)) => {
				let ri = row(RegretRow::OneIn(forecaster.clone()), &self.inferers);
				let own = if all_new {
					Fixed::ZERO
				} else {
					regrets.regret(&RegretKey::OneIn {
						forecaster: forecaster.clone(),
						worker: forecaster.clone(),
					})
				};
				network.inferers(&ri, &self.values);
				network.forecaster(own, self.implied.get(k).copied().flatten());
				let value = network.value(all_new, params)?;
				Ok((Counterfactual::OneInForecaster(forecaster.clone()), value))
			},
		}
	}
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
