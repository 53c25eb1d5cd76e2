//! What workers submit and what the network computes from it.

use alloc::{collections::BTreeMap, vec::Vec};
pub use allora_primitives::{per_worker, PerWorker, WorkerTask};
pub use allora_synthesis::regret_storage::{RegretCell, RegretSlot, StoredRow};
use allora_synthesis::{
	inference::{Counterfactual, NetworkInferences},
	Fixed,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{
	traits::{ConstU32, Get},
	BoundedVec,
};
use scale_info::TypeInfo;

/// One element of a forecast: the loss a forecaster expects an inferer's inference to have.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ForecastElement<AccountId> {
	/// The inferer whose inference is forecast (an element about an account that sent no
	/// inference at the nonce is ignored).
	pub inferer: AccountId,
	/// The forecasted loss (18-decimal fixed point, in the loss's log10 domain unless the topic
	/// allows negative losses).
	pub value: Fixed,
}

/// The network inferences of one topic's worker nonce (synthesis spec §2), as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(N))]
pub struct NetworkInferenceRecord<AccountId, N: Get<u32>> {
	/// The network inference: the regret-weighted combination of inferences and
	/// forecast-implied inferences.
	pub combined: Fixed,
	/// The inferers-only ("naive") network inference.
	pub naive: Fixed,
	/// Each forecaster's forecast-implied inference.
	pub forecast_implied: PerWorker<AccountId, N>,
	/// The network inference without each inferer.
	pub one_out_inferers: PerWorker<AccountId, N>,
	/// The network inference without each forecaster (with at least two forecasters).
	pub one_out_forecasters: PerWorker<AccountId, N>,
	/// The naive inference plus each forecaster alone (with at least two forecasters).
	pub one_in_forecasters: PerWorker<AccountId, N>,
	/// The inferers whose inferences went in (the nonce's inferers, sorted): a reputer's report
	/// names them, and reading them here spares reading the nonce's inferences.
	pub inferers: BoundedVec<AccountId, N>,
	/// Each inferer's weight in the combined inference, in the order of `inferers` (empty on
	/// the simple paths: one inference, or no network loss yet).
	pub inferer_weights: BoundedVec<Fixed, N>,
	/// Each forecaster's weight in the combined inference.
	pub forecaster_weights: PerWorker<AccountId, N>,
	/// The weighted 2.28, 15.87, 50, 84.13 and 97.72 percentiles of the weighted values (empty
	/// on the simple paths: one inference, or no network loss yet).
	pub confidence_interval: BoundedVec<Fixed, ConstU32<5>>,
}

impl<AccountId: Ord, N: Get<u32>> From<NetworkInferences<AccountId>>
	for NetworkInferenceRecord<AccountId, N>
{
	/// Keeps at most `N` entries per list; a nonce never has more than `N` workers.
	fn from(n: NetworkInferences<AccountId>) -> Self {
		NetworkInferenceRecord {
			combined: n.combined,
			naive: n.naive,
			forecast_implied: per_worker(n.forecast_implied),
			one_out_inferers: per_worker(n.one_out_inferers),
			one_out_forecasters: per_worker(n.one_out_forecasters),
			one_in_forecasters: per_worker(n.one_in_forecasters),
			inferers: BoundedVec::truncate_from(n.inferer_values.into_keys().collect()),
			// Keyed by the same inferers (the full path) or empty.
			inferer_weights: BoundedVec::truncate_from(n.inferer_weights.into_values().collect()),
			forecaster_weights: per_worker(n.forecaster_weights),
			confidence_interval: BoundedVec::truncate_from(n.confidence_interval),
		}
	}
}

impl<AccountId: Ord, N: Get<u32>> NetworkInferenceRecord<AccountId, N> {
	/// Appends a counterfactual network's value to its list. The networks come in the
	/// workers' order, so each list stays sorted; a list holds one entry per worker of the
	/// nonce, within `N`.
	pub fn push(&mut self, which: Counterfactual<AccountId>, value: Fixed) {
		let (list, worker) = match which {
			Counterfactual::OneOutInferer(w) => (&mut self.one_out_inferers, w),
			Counterfactual::OneOutForecaster(w) => (&mut self.one_out_forecasters, w),
			Counterfactual::OneInForecaster(w) => (&mut self.one_in_forecasters, w),
		};
		let _ = list.try_push((worker, value));
	}
}

/// `(inferer, weight)` pairs as a record's `inferers` and `inferer_weights` (at most `N`).
pub fn inferer_columns<AccountId: Clone, N: Get<u32>>(
	pairs: &[(AccountId, Fixed)],
) -> (BoundedVec<AccountId, N>, BoundedVec<Fixed, N>) {
	let inferers = pairs.iter().map(|(a, _)| a.clone()).collect();
	let weights = pairs.iter().map(|(_, w)| *w).collect();
	(BoundedVec::truncate_from(inferers), BoundedVec::truncate_from(weights))
}

/// The latest network inference of a topic, in brief.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct LatestInference<BlockNumber> {
	/// The worker nonce (epoch start block) it belongs to.
	pub nonce: BlockNumber,
	/// The network inference.
	pub combined: Fixed,
	/// The inferers-only network inference.
	pub naive: Fixed,
}

/// A window close that did not fit in its block (see [`crate::CloseInProgress`]): what its next
/// stage needs besides the payloads and the record so far.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct CloseProgress<BlockNumber> {
	/// The topic.
	pub topic_id: pallet_topics::TopicId,
	/// The worker nonce whose window is closing.
	pub nonce: BlockNumber,
	/// The synthesis parameters as the close's first stage read them.
	pub params: allora_synthesis::SynthesisParams,
	/// The topic's latest network loss as the close's first stage read it (none yet: the
	/// network inference is the inferences' median).
	pub previous_loss: Option<Fixed>,
	/// The counterfactual networks computed so far (the next one's index).
	pub computed: u32,
	/// The counterfactual networks in all.
	pub networks: u32,
}

/// The active payloads of the close in progress, compactly: the inferences, and each forecast's
/// elements naming their inferer by its index among the inferences (accounts in order).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(N, E))]
pub struct ClosingPayloads<AccountId, N: Get<u32>, E: Get<u32>> {
	/// The active inferers' inferences, by account.
	pub inferences: PerWorker<AccountId, N>,
	/// The active forecasters' forecasts, by account.
	pub forecasts: BoundedVec<(AccountId, IndexedForecast<E>), N>,
}

/// A forecast's elements as `(inferer index, value)`: the index among the nonce's inferences.
pub type IndexedForecast<E> = BoundedVec<(u16, Fixed), E>;

/// The synthesis inputs as maps by account: the inferences, and the forecasts as
/// `(inferer, value)` lists.
pub type SynthesisInputs<A> = (BTreeMap<A, Fixed>, BTreeMap<A, Vec<(A, Fixed)>>);

impl<AccountId: Ord + Clone, N: Get<u32>, E: Get<u32>> ClosingPayloads<AccountId, N, E> {
	/// The compact form of these inputs (entries beyond the bounds are dropped: the active sets
	/// and forecasts never exceed them).
	pub fn from_inputs(
		inferences: &BTreeMap<AccountId, Fixed>,
		forecasts: &BTreeMap<AccountId, Vec<(AccountId, Fixed)>>,
	) -> Self {
		let inferers: Vec<&AccountId> = inferences.keys().collect();
		let index = |a: &AccountId| inferers.binary_search(&a).ok().map(|i| i as u16);
		let forecasts = forecasts.iter().map(|(k, elements)| {
			let compact = elements.iter().filter_map(|(j, v)| Some((index(j)?, *v)));
			(k.clone(), BoundedVec::truncate_from(compact.collect()))
		});
		ClosingPayloads {
			inferences: per_worker(inferences.clone()),
			forecasts: BoundedVec::truncate_from(forecasts.collect()),
		}
	}

	/// The inputs back as maps.
	pub fn to_inputs(&self) -> SynthesisInputs<AccountId> {
		let inferences: BTreeMap<AccountId, Fixed> = self.inferences.iter().cloned().collect();
		let forecasts = self.forecasts.iter().map(|(k, elements)| {
			let named = elements
				.iter()
				.filter_map(|(j, v)| Some((self.inferences.get(usize::from(*j))?.0.clone(), *v)));
			(k.clone(), named.collect())
		});
		(inferences, forecasts.collect())
	}
}

/// A regret update waiting for its stages (see [`crate::RegretUpdates`]).
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct RegretUpdate<BlockNumber, Losses> {
	/// The worker nonce whose network losses these are.
	pub nonce: BlockNumber,
	/// The topic's `alpha_regret` when the losses came.
	pub alpha: Fixed,
	/// The topic's initial regret re-estimated when the losses came, set once every row is
	/// written (`None`: no experienced worker, it stays).
	pub new_initial_regret: Option<Fixed>,
	/// The rows written so far (the next one's index among the update's rows).
	pub written: u32,
	/// The regrets written so far.
	pub regrets: u32,
	/// The network losses.
	pub losses: Losses,
}
