//! What the topics pallet stores about a topic's participants (the topic types themselves are
//! `allora_primitives::topic`'s).

use allora_synthesis::Fixed;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A registration as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Registration<Balance, BlockNumber> {
	/// The deposit held from the account while it is registered.
	pub deposit: Balance,
	/// The block the registration began.
	pub since: BlockNumber,
}

/// A participant's score EMA in a task, stamped with the nonce that last moved it.
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
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ScoreEma<BlockNumber> {
	/// The nonce (worker nonce block) of the last update.
	pub nonce: BlockNumber,
	/// The EMA of the participant's instant scores.
	pub score: Fixed,
}
