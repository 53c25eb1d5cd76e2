//! What workers submit and what the network computes from it.

pub use allora_primitives::{per_worker, PerWorker, RegretsUpdated, WorkerTask};
pub use allora_synthesis::regret_storage::{RegretCell, RegretSlot, StoredRow};
use allora_synthesis::{inference::NetworkInferences, Fixed};
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
	/// Each inferer's weight in the combined inference.
	pub inferer_weights: PerWorker<AccountId, N>,
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
			inferer_weights: per_worker(n.inferer_weights),
			forecaster_weights: per_worker(n.forecaster_weights),
			confidence_interval: BoundedVec::truncate_from(n.confidence_interval),
		}
	}
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
