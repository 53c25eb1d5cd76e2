//! The runtime API of the reputation pallet: what a node, its RPC and `api.call.reputationApi`
//! in @polkadot/api can ask the runtime about stakes, delegations (with the rewards a delegator
//! may collect), pending removals, reputer scores, reputer nonces and its parameters. A query about a topic that
//! does not exist answers `Err(QueryError::NoSuchTopic)`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use allora_synthesis::Fixed;
use codec::Codec;
pub use pallet_reputation::{
	DelegationView, ReputationParams, ReputerStakeView, ReputerWindowView, StakeTotals,
};
pub use pallet_topics::{QueryError, TopicId};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Stakes, delegations, pending removals, reputer scores and nonces.
	pub trait ReputationApi<AccountId, BlockNumber, Balance>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Balance: Codec,
	{
		/// A reputer's own and delegated stake in a topic, its listening coefficient and its
		/// pending removal.
		fn reputer_stake(topic_id: TopicId, reputer: AccountId) -> Result<ReputerStakeView<Balance, BlockNumber>, QueryError>;
		/// A delegator's stake on a reputer, the rewards it may collect and its pending removal.
		fn delegation(topic_id: TopicId, reputer: AccountId, delegator: AccountId) -> Result<DelegationView<Balance, BlockNumber>, QueryError>;
		/// A topic's stake and the network's.
		fn stake_totals(topic_id: TopicId) -> Result<StakeTotals<Balance>, QueryError>;
		/// The reputer scores of a closed reputer nonce the topic keeps.
		fn reputer_scores(topic_id: TopicId, nonce: BlockNumber) -> Result<Vec<(AccountId, Fixed)>, QueryError>;
		/// The open reputer windows, oldest first, with who committed in each (commit–reveal
		/// topics).
		fn open_reputer_nonces(topic_id: TopicId) -> Result<Vec<ReputerWindowView<AccountId, BlockNumber>>, QueryError>;
		/// The reputation pallet's parameters.
		fn params() -> ReputationParams;
	}
}
