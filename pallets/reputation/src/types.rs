//! Loss reports, stake removals and what the reputation pallet stores about them.

use alloc::collections::BTreeMap;
use allora_synthesis::{losses::LossBundle, Fixed};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use pallet_topics::TopicId;
use polkadot_sdk::frame_support::{
	traits::Get, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

pub use allora_primitives::{per_worker, PerWorker};

/// A reputer's losses of one worker nonce, once the ground truth is known (synthesis spec
/// §2.11): the loss of every value the network produced at that nonce. Losses are 18-decimal
/// fixed point, in the log10 domain unless the topic allows negative losses.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(N))]
pub struct LossReport<AccountId: Clone + PartialEq + Eq + core::fmt::Debug, N: Get<u32>> {
	/// Loss of the combined network inference.
	pub combined: Fixed,
	/// Loss of the naive (inferers-only) network inference.
	pub naive: Fixed,
	/// Loss of each inferer's inference: exactly the nonce's inferers.
	pub inferer: PerWorker<AccountId, N>,
	/// Loss of each forecaster's forecast-implied inference: exactly those of the nonce.
	pub forecaster: PerWorker<AccountId, N>,
	/// Loss of the network inference without each inferer: exactly those of the nonce.
	pub one_out_inferer: PerWorker<AccountId, N>,
	/// Loss of the network inference without each forecaster: exactly those of the nonce.
	pub one_out_forecaster: PerWorker<AccountId, N>,
	/// Loss of the naive inference plus each forecaster: exactly those of the nonce.
	pub one_in_forecaster: PerWorker<AccountId, N>,
}

fn map<A: Ord + Clone, N: Get<u32>>(v: &PerWorker<A, N>) -> BTreeMap<A, Fixed> {
	v.iter().cloned().collect()
}

impl<A: Ord + Clone + core::fmt::Debug, N: Get<u32>> LossReport<A, N> {
	/// The report as the synthesis crate's bundle.
	pub fn to_bundle(&self) -> LossBundle<A> {
		LossBundle {
			combined: self.combined,
			naive: self.naive,
			inferer: map(&self.inferer),
			forecaster: map(&self.forecaster),
			one_out_inferer: map(&self.one_out_inferer),
			one_out_forecaster: map(&self.one_out_forecaster),
			one_in_forecaster: map(&self.one_in_forecaster),
			one_out_inferer_forecaster: BTreeMap::new(),
		}
	}

	/// A bundle as a report (lists longer than `N` are cut; a nonce never has more workers).
	pub fn from_bundle(b: LossBundle<A>) -> Self {
		LossReport {
			combined: b.combined,
			naive: b.naive,
			inferer: per_worker(b.inferer),
			forecaster: per_worker(b.forecaster),
			one_out_inferer: per_worker(b.one_out_inferer),
			one_out_forecaster: per_worker(b.one_out_forecaster),
			one_in_forecaster: per_worker(b.one_in_forecaster),
		}
	}

	/// Every loss value of the report, in a fixed order (for range checks).
	pub fn values(&self) -> impl Iterator<Item = Fixed> + '_ {
		[self.combined, self.naive].into_iter().chain(
			[
				&self.inferer,
				&self.forecaster,
				&self.one_out_inferer,
				&self.one_out_forecaster,
				&self.one_in_forecaster,
			]
			.into_iter()
			.flat_map(|l| l.iter().map(|(_, v)| *v)),
		)
	}
}

/// Whose stake a removal takes back.
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
pub enum StakeKey<AccountId> {
	/// A reputer's own stake in a topic.
	Own { topic_id: TopicId, reputer: AccountId },
	/// A delegator's stake on a reputer in a topic.
	Delegated { topic_id: TopicId, reputer: AccountId, delegator: AccountId },
}

impl<AccountId: Clone> StakeKey<AccountId> {
	/// The account whose funds are held for this stake.
	pub fn staker(&self) -> AccountId {
		match self {
			StakeKey::Own { reputer, .. } => reputer.clone(),
			StakeKey::Delegated { delegator, .. } => delegator.clone(),
		}
	}

	/// The topic.
	pub fn topic_id(&self) -> TopicId {
		match self {
			StakeKey::Own { topic_id, .. } | StakeKey::Delegated { topic_id, .. } => *topic_id,
		}
	}

	/// The reputer the stake stands behind.
	pub fn reputer(&self) -> AccountId {
		match self {
			StakeKey::Own { reputer, .. } | StakeKey::Delegated { reputer, .. } => reputer.clone(),
		}
	}
}

/// A requested stake removal: `amount` returns to the staker at block `due`.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		rename_all = "camelCase",
		bound(
			serialize = "Balance: core::fmt::Display, BlockNumber: serde::Serialize",
			deserialize = "Balance: core::str::FromStr + TryFrom<u128>, BlockNumber: serde::Deserialize<'de>"
		)
	)
)]
pub struct Removal<Balance, BlockNumber> {
	/// How much.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub amount: Balance,
	/// From which block it executes.
	pub due: BlockNumber,
}

/// An open reputer nonce: losses for worker nonce `nonce` are accepted in the blocks
/// `opens_at ..= closes_at − 1`.
#[derive(
	Clone,
	Copy,
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
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ReputerNonce<BlockNumber> {
	/// The worker nonce whose values are evaluated.
	pub nonce: BlockNumber,
	/// The first block that accepts reports: the later of the ground truth's block
	/// (`nonce + ground_truth_lag`) and the block after the worker window closed.
	pub opens_at: BlockNumber,
	/// The first block that no longer accepts reports (`opens_at + epoch_length`); the
	/// window is closed at its start, or in a following block when more are due than fit.
	pub closes_at: BlockNumber,
	/// The reports stored for this nonce so far: at most `MaxReputersPerTopic` (a reputer that
	/// leaves the topic takes its reports at open nonces with it).
	pub reports: u32,
}
