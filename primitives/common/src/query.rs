//! The errors of the Allora pallets' runtime-API queries.

use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// Why a runtime-API query of the Allora pallets has no answer (the node's RPC turns each into a
/// JSON-RPC error with this variant's text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum QueryError {
	/// No topic has this id.
	NoSuchTopic,
	/// The nonce's submission window is still open: nothing is computed yet.
	NonceOpen,
	/// The topic keeps no records of this nonce: never opened, dropped, or pruned.
	NonceNotKept,
	/// The nonce closed without a network inference (no inference was submitted, or the
	/// synthesis failed; the pallet's events say which).
	NoInference,
	/// The topic has no network inference yet.
	NoInferenceYet,
	/// The nonce's window is closing in stages: its network inference comes in a few blocks.
	NonceClosing,
}

impl QueryError {
	/// The JSON-RPC error code of the node's RPC for this error: 8000 and the variant's index.
	pub fn code(&self) -> i32 {
		8000 + match self {
			QueryError::NoSuchTopic => 0,
			QueryError::NonceOpen => 1,
			QueryError::NonceNotKept => 2,
			QueryError::NoInference => 3,
			QueryError::NoInferenceYet => 4,
			QueryError::NonceClosing => 5,
		}
	}

	/// What the error means, for a person.
	pub fn message(&self) -> &'static str {
		match self {
			QueryError::NoSuchTopic => "no such topic: no topic has this id",
			QueryError::NonceOpen => "the nonce's window is still open: nothing is computed yet",
			QueryError::NonceNotKept => {
				"the topic keeps no records of this nonce (never opened, dropped, or pruned)"
			},
			QueryError::NoInference => "the nonce closed without a network inference",
			QueryError::NoInferenceYet => "the topic has no network inference yet",
			QueryError::NonceClosing => {
				"the nonce's window is closing in stages: its network inference comes in a few blocks"
			},
		}
	}
}
