//! What workers submit and what the network computes from it.

pub use allora_primitives::{per_worker, PerWorker, RegretsUpdated, WorkerTask};
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

/// A worker's place in its topic's regrets: every stored row holds the worker's regret at the
/// slot's index, and the rows about the worker (its one-out and one-in rows) are keyed by it.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct RegretSlot<AccountId, BlockNumber> {
	/// The worker, or `None` while the slot is free.
	pub worker: Option<AccountId>,
	/// Advanced whenever the slot changes hands: a cell written under an older generation
	/// belongs to a former holder and reads as missing. Never 0 (0 marks an empty cell).
	pub generation: u16,
	/// The block the worker's regrets were last written in: when a topic's slots are full,
	/// the least recently written worker gives its slot up to a newcomer.
	pub last_written: BlockNumber,
}

/// One regret in a stored row, compact: the generation of the slot it was written under and
/// the regret's 18-decimal value, zigzag-encoded (`2v` for `v ≥ 0`, `−2v − 1` below) so that
/// small magnitudes of either sign take few bytes (SCALE compact). `generation` 0: no regret.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct RegretCell {
	/// The generation of the slot when the regret was written; 0 for an empty cell.
	pub generation: u16,
	/// The regret's raw 18-decimal value, zigzag-encoded.
	#[codec(compact)]
	pub zigzag: u128,
}

impl RegretCell {
	/// The cell holding `value` under `generation`.
	pub fn new(generation: u16, value: Fixed) -> Self {
		let v = value.raw();
		RegretCell { generation, zigzag: ((v << 1) ^ (v >> 127)) as u128 }
	}

	/// The regret, if the cell was written under `generation`.
	pub fn value(&self, generation: u16) -> Option<Fixed> {
		if self.generation == 0 || self.generation != generation {
			return None;
		}
		let z = self.zigzag;
		Some(Fixed::from_raw(((z >> 1) as i128) ^ -((z & 1) as i128)))
	}
}
