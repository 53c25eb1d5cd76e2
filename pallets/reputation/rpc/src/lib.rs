//! The reputation pallet's JSON-RPC methods, in the node's `allora` namespace (conventions:
//! `allora-rpc-common`): amounts and scores as exact decimal strings, a `QueryError` as a
//! JSON-RPC error with its own code and message, the best block unless `at` names another.
//!
//! | method | params | result |
//! |---|---|---|
//! | `allora_reputerStake` | `topicId`, `reputer`, `at?` | own and delegated stake, listening coefficient, pending removal |
//! | `allora_delegation` | `topicId`, `reputer`, `delegator`, `at?` | delegated amount, pending reward, pending removal |
//! | `allora_stakeTotals` | `topicId`, `at?` | the topic's stake and the network's |
//! | `allora_reputerScores` | `topicId`, `nonce`, `at?` | the reputer scores of a closed reputer nonce |
//! | `allora_openReputerNonces` | `topicId`, `at?` | the open reputer nonces, when each closes, who committed |
//! | `allora_reputationParams` | `at?` | the reputation pallet's parameters |

#![warn(missing_docs)]

use allora_rpc_common::{answer, value, AlloraRpc, RpcAmount, RpcBlockHash, RpcValue};
use allora_synthesis::Fixed;
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_reputation_runtime_api::ReputationApi as ReputationRuntimeApi;
use pallet_reputation_runtime_api::{
	DelegationView, ReputationParams, ReputerStakeView, ReputerWindowView, StakeTotals,
};
use pallet_topics::TopicId;
use polkadot_sdk::{
	sp_api::ProvideRuntimeApi, sp_blockchain::HeaderBackend, sp_runtime::traits::Block as BlockT,
};

/// The reputation pallet's methods of the `allora` namespace.
#[rpc(
	server,
	namespace = "allora",
	server_bounds(
		AccountId: RpcValue,
		BlockNumber: RpcValue,
		Balance: RpcAmount,
		BlockHash: RpcBlockHash,
	)
)]
pub trait ReputationRpc<AccountId, BlockNumber, Balance, BlockHash> {
	/// A reputer's own and delegated stake in a topic, its listening coefficient and its own
	/// stake's pending removal.
	#[method(name = "reputerStake")]
	fn reputer_stake(
		&self,
		topic_id: TopicId,
		reputer: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<ReputerStakeView<Balance, BlockNumber>>;

	/// A delegator's stake on a reputer, the rewards it may claim now and its pending removal.
	#[method(name = "delegation")]
	fn delegation(
		&self,
		topic_id: TopicId,
		reputer: AccountId,
		delegator: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<DelegationView<Balance, BlockNumber>>;

	/// A topic's stake and the stake of all topics.
	#[method(name = "stakeTotals")]
	fn stake_totals(
		&self,
		topic_id: TopicId,
		at: Option<BlockHash>,
	) -> RpcResult<StakeTotals<Balance>>;

	/// The reputer scores of a closed reputer nonce the topic keeps.
	#[method(name = "reputerScores")]
	fn reputer_scores(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<(AccountId, Fixed)>>;

	/// The open reputer nonces, oldest first, with the block each closes at and (commit–reveal
	/// topics) who committed.
	#[method(name = "openReputerNonces")]
	fn open_reputer_nonces(
		&self,
		topic_id: TopicId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ReputerWindowView<AccountId, BlockNumber>>>;

	/// The reputation pallet's parameters.
	#[method(name = "reputationParams")]
	fn reputation_params(&self, at: Option<BlockHash>) -> RpcResult<ReputationParams>;
}

impl<C, Block, AccountId, BlockNumber, Balance>
	ReputationRpcServer<AccountId, BlockNumber, Balance, Block::Hash> for AlloraRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ReputationRuntimeApi<Block, AccountId, BlockNumber, Balance>,
	AccountId: RpcValue,
	BlockNumber: RpcValue,
	Balance: RpcAmount,
{
	fn reputer_stake(
		&self,
		topic_id: TopicId,
		reputer: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<ReputerStakeView<Balance, BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.reputer_stake(at, topic_id, reputer))
	}

	fn delegation(
		&self,
		topic_id: TopicId,
		reputer: AccountId,
		delegator: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<DelegationView<Balance, BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.delegation(at, topic_id, reputer, delegator))
	}

	fn stake_totals(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<StakeTotals<Balance>> {
		let (api, at) = self.api_at(at);
		answer(api.stake_totals(at, topic_id))
	}

	fn reputer_scores(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<(AccountId, Fixed)>> {
		let (api, at) = self.api_at(at);
		answer(api.reputer_scores(at, topic_id, nonce))
	}

	fn open_reputer_nonces(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ReputerWindowView<AccountId, BlockNumber>>> {
		let (api, at) = self.api_at(at);
		answer(api.open_reputer_nonces(at, topic_id))
	}

	fn reputation_params(&self, at: Option<Block::Hash>) -> RpcResult<ReputationParams> {
		let (api, at) = self.api_at(at);
		value(api.params(at))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use allora_rpc_common::testing::{Block, MockClient};
	use pallet_reputation::Removal;
	use pallet_topics::QueryError;
	use serde_json::{json, to_value};
	use std::sync::Arc;

	/// Topic 1: reputer 7 staked 10^21 with 5·10^20 delegated by 8, who is removing 10^20;
	/// nonce 20 is scored, nonce 30 is open until 45.
	#[derive(Clone)]
	struct MockApi;

	const ALLO: u128 = 1_000_000_000_000_000_000;

	polkadot_sdk::sp_api::mock_impl_runtime_apis! {
		impl ReputationRuntimeApi<Block, u64, u32, u128> for MockApi {
			fn reputer_stake(topic_id: TopicId, reputer: u64) -> Result<ReputerStakeView<u128, u32>, QueryError> {
				known(topic_id)?;
				let own = if reputer == 7 { 1000 * ALLO } else { 0 };
				Ok(ReputerStakeView { own, delegated: 500 * ALLO, listening_coefficient: Fixed::ONE, pending_removal: None })
			}
			fn delegation(topic_id: TopicId, _reputer: u64, _delegator: u64) -> Result<DelegationView<u128, u32>, QueryError> {
				known(topic_id)?;
				Ok(DelegationView {
					amount: 500 * ALLO,
					pending_reward: 123_456_789_012_345_678_901,
					pending_removal: Some(Removal { amount: 100 * ALLO, due: 99 }),
				})
			}
			fn stake_totals(topic_id: TopicId) -> Result<StakeTotals<u128>, QueryError> {
				known(topic_id)?;
				Ok(StakeTotals { topic: 1500 * ALLO, total: 1500 * ALLO })
			}
			fn reputer_scores(topic_id: TopicId, nonce: u32) -> Result<Vec<(u64, Fixed)>, QueryError> {
				known(topic_id)?;
				match nonce {
					20 => Ok(vec![(7, "0.731".parse().unwrap())]),
					30 => Err(QueryError::NonceOpen),
					_ => Err(QueryError::NonceNotKept),
				}
			}
			fn open_reputer_nonces(topic_id: TopicId) -> Result<Vec<ReputerWindowView<u64, u32>>, QueryError> {
				known(topic_id)?;
				Ok(vec![ReputerWindowView { nonce: 30, opens_at: 33, closes_at: 45, reports: 2, committed: vec![7] }])
			}
			fn params() -> ReputationParams {
				ReputationParams::default()
			}
		}
	}

	fn known(topic_id: TopicId) -> Result<(), QueryError> {
		(topic_id == 1).then_some(()).ok_or(QueryError::NoSuchTopic)
	}

	fn rpc() -> AlloraRpc<MockClient<MockApi>, Block> {
		AlloraRpc::new(Arc::new(MockClient(MockApi)))
	}

	#[test]
	fn stakes_and_rewards_are_exact_decimal_strings() {
		let stake = rpc().reputer_stake(1, 7, None).unwrap();
		assert_eq!(
			to_value(&stake).unwrap(),
			json!({
				"own": "1000000000000000000000",
				"delegated": "500000000000000000000",
				"listeningCoefficient": "1",
				"pendingRemoval": null,
			})
		);
		let delegation = rpc().delegation(1, 7, 8, None).unwrap();
		assert_eq!(
			to_value(&delegation).unwrap(),
			json!({
				"amount": "500000000000000000000",
				"pendingReward": "123456789012345678901",
				"pendingRemoval": { "amount": "100000000000000000000", "due": 99 },
			})
		);
		let totals = rpc().stake_totals(1, None).unwrap();
		assert_eq!(to_value(&totals).unwrap()["total"], "1500000000000000000000");
		let scores = rpc().reputer_scores(1, 20, None).unwrap();
		assert_eq!(to_value(&scores).unwrap(), json!([[7, "0.731"]]));
		let open = rpc().open_reputer_nonces(1, None).unwrap();
		assert_eq!(
			to_value(&open).unwrap(),
			json!([{ "nonce": 30, "opensAt": 33, "closesAt": 45, "reports": 2, "committed": [7] }])
		);
		let params = to_value(rpc().reputation_params(None).unwrap()).unwrap();
		assert_eq!(params["requiredMinimumStake"], "10000");
		assert_eq!(params["learningRate"], "0.05");
	}

	#[test]
	fn refusals_carry_their_query_error() {
		assert_eq!(rpc().stake_totals(2, None).unwrap_err().code(), 8000);
		assert_eq!(rpc().reputer_scores(1, 30, None).unwrap_err().code(), 8001);
		let pruned = rpc().reputer_scores(1, 10, None).unwrap_err();
		assert_eq!((pruned.code(), pruned.message()), (8002, QueryError::NonceNotKept.message()));
	}
}
