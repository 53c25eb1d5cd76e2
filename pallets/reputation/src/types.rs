//! Loss reports, stake removals and what the reputation pallet stores about them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use pallet_topics::TopicId;
use scale_info::TypeInfo;

pub use allora_primitives::{per_worker, LossReport, PerWorker};

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
