//! The runtime API of the inference pallet: what a node, its RPC and `api.call.inferenceApi` in
//! @polkadot/api can ask the runtime about a topic's network inferences, payloads, regrets and
//! nonces, and its parameters. Every query of a topic that does not exist, or of a nonce the topic does not keep,
//! answers with a [`QueryError`] that says so.
//!
//! Values are 18-decimal fixed-point numbers (`Fixed`, SCALE-encoded as their raw `i128`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_inference::{InferenceParams, NetworkInferenceView, PayloadsView, RegretList};
pub use pallet_topics::{QueryError, TopicId};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// A topic's network inferences, payloads, regrets and nonces.
	pub trait InferenceApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The topic's latest network inference, whole (`NoInferenceYet` before its first).
		fn latest_network_inference(
			topic_id: TopicId,
		) -> Result<NetworkInferenceView<AccountId, BlockNumber>, QueryError>;
		/// The network inference of a worker nonce the topic keeps (`NonceOpen` while its
		/// window is open, `NonceNotKept` once pruned, `NoInference` if it closed without one).
		fn network_inference(
			topic_id: TopicId,
			nonce: BlockNumber,
		) -> Result<NetworkInferenceView<AccountId, BlockNumber>, QueryError>;
		/// The inferences and forecasts of an open or kept worker nonce.
		fn payloads(topic_id: TopicId, nonce: BlockNumber) -> Result<PayloadsView<AccountId>, QueryError>;
		/// Every stored regret of the topic about `worker`; any other is the topic's initial
		/// regret.
		fn regrets(topic_id: TopicId, worker: AccountId) -> Result<RegretList<AccountId>, QueryError>;
		/// The worker nonces whose windows are open, oldest first.
		fn open_nonces(topic_id: TopicId) -> Result<Vec<BlockNumber>, QueryError>;
		/// The closed worker nonces whose records the topic keeps, oldest first.
		fn kept_nonces(topic_id: TopicId) -> Result<Vec<BlockNumber>, QueryError>;
		/// The inference pallet's parameters.
		fn params() -> InferenceParams;
	}
}
