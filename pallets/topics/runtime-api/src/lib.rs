//! The runtime API of the topics pallet: what a node, its RPC and `api.call.topicsApi` in
//! @polkadot/api can ask the runtime about topics, the pallet's parameters, registrations and
//! score EMAs. A query about a topic that does not exist answers `Err(QueryError::NoSuchTopic)`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_topics::{QueryError, RewardTask, Role, ScoreEma, TopicId, TopicView, TopicsParams};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Topics, the topics pallet's parameters, registrations and score EMAs.
	pub trait TopicsApi<AccountId, BlockNumber, Balance>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Balance: Codec,
	{
		/// A topic with its parameters and state.
		fn topic(topic_id: TopicId) -> Result<TopicView<AccountId, BlockNumber, Balance>, QueryError>;
		/// How many topics were ever created: topic ids are `1..=topic_count`.
		fn topic_count() -> TopicId;
		/// The topics pallet's parameters.
		fn params() -> TopicsParams;
		/// The roles `account` holds in a topic.
		fn roles(topic_id: TopicId, account: AccountId) -> Result<Vec<Role>, QueryError>;
		/// A participant's score EMA in a topic's task (`None`: never scored).
		fn score(topic_id: TopicId, task: RewardTask, account: AccountId) -> Result<Option<ScoreEma<BlockNumber>>, QueryError>;
	}
}
