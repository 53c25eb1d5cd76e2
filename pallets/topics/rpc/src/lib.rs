//! The topics pallet's JSON-RPC methods, in the node's `allora` namespace (the conventions every
//! `allora_*` method follows: `allora-rpc-common`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `allora_topic` | `topicId`, `at?` | the topic with its parameters and state |
//! | `allora_topicCount` | `at?` | how many topics were ever created |
//! | `allora_topicsParams` | `at?` | the topics pallet's parameters |
//! | `allora_roles` | `topicId`, `account`, `at?` | the roles the account holds in the topic |
//! | `allora_score` | `topicId`, `task`, `account`, `at?` | its score EMA in a task, or `null` |

#![warn(missing_docs)]

use allora_rpc_common::{answer, value, AlloraRpc, RpcAmount, RpcBlockHash, RpcValue};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_topics_runtime_api::TopicsApi as TopicsRuntimeApi;
use pallet_topics_runtime_api::{RewardTask, Role, ScoreEma, TopicId, TopicView, TopicsParams};
use polkadot_sdk::{
	sp_api::ProvideRuntimeApi, sp_blockchain::HeaderBackend, sp_runtime::traits::Block as BlockT,
};

/// The topics pallet's methods of the `allora` namespace.
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
pub trait TopicsRpc<AccountId, BlockNumber, Balance, BlockHash> {
	/// A topic with its parameters and state.
	#[method(name = "topic")]
	fn topic(
		&self,
		topic_id: TopicId,
		at: Option<BlockHash>,
	) -> RpcResult<TopicView<AccountId, BlockNumber, Balance>>;

	/// How many topics were ever created: topic ids are `1..=topicCount`.
	#[method(name = "topicCount")]
	fn topic_count(&self, at: Option<BlockHash>) -> RpcResult<TopicId>;

	/// The topics pallet's parameters.
	#[method(name = "topicsParams")]
	fn topics_params(&self, at: Option<BlockHash>) -> RpcResult<TopicsParams>;

	/// The roles `account` holds in a topic (`"worker"`, `"reputer"`).
	#[method(name = "roles")]
	fn roles(
		&self,
		topic_id: TopicId,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Role>>;

	/// A participant's score EMA in a topic's task (`"inference"`, `"forecast"`,
	/// `"reputation"`); `null` if it was never scored.
	#[method(name = "score")]
	fn score(
		&self,
		topic_id: TopicId,
		task: RewardTask,
		account: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ScoreEma<BlockNumber>>>;
}

impl<C, Block, AccountId, BlockNumber, Balance>
	TopicsRpcServer<AccountId, BlockNumber, Balance, Block::Hash> for AlloraRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TopicsRuntimeApi<Block, AccountId, BlockNumber, Balance>,
	AccountId: RpcValue,
	BlockNumber: RpcValue,
	Balance: RpcAmount,
{
	fn topic(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<TopicView<AccountId, BlockNumber, Balance>> {
		let (api, at) = self.api_at(at);
		answer(api.topic(at, topic_id))
	}

	fn topic_count(&self, at: Option<Block::Hash>) -> RpcResult<TopicId> {
		let (api, at) = self.api_at(at);
		value(api.topic_count(at))
	}

	fn topics_params(&self, at: Option<Block::Hash>) -> RpcResult<TopicsParams> {
		let (api, at) = self.api_at(at);
		value(api.params(at))
	}

	fn roles(
		&self,
		topic_id: TopicId,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Role>> {
		let (api, at) = self.api_at(at);
		answer(api.roles(at, topic_id, account))
	}

	fn score(
		&self,
		topic_id: TopicId,
		task: RewardTask,
		account: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ScoreEma<BlockNumber>>> {
		let (api, at) = self.api_at(at);
		answer(api.score(at, topic_id, task, account))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use allora_rpc_common::testing::{Block, MockClient};
	use allora_synthesis::Fixed;
	use pallet_topics::TopicConfig;
	use pallet_topics_runtime_api::QueryError;
	use serde_json::{json, Value};
	use std::sync::Arc;

	/// One topic (1) whose creator (7) is a worker and was scored once for inference.
	#[derive(Clone)]
	struct MockApi;

	polkadot_sdk::sp_api::mock_impl_runtime_apis! {
		impl TopicsRuntimeApi<Block, u64, u32, u128> for MockApi {
			fn topic(topic_id: TopicId) -> Result<TopicView<u64, u32, u128>, QueryError> {
				known(topic_id)?;
				Ok(TopicView {
					id: 1,
					creator: 7,
					config: TopicConfig {
						metadata: b"ETH/USD in 5 min".to_vec().try_into().unwrap(),
						loss_method: b"mse".to_vec().try_into().unwrap(),
						epoch_length: 10,
						ground_truth_lag: 10,
						worker_submission_window: 5,
						p_norm: "3".parse().unwrap(),
						alpha_regret: "0.1".parse().unwrap(),
						allow_negative: false,
						epsilon: "0.01".parse().unwrap(),
						merit_sortition_alpha: "0.1".parse().unwrap(),
						active_inferer_quantile: "0.25".parse().unwrap(),
						active_forecaster_quantile: "0.25".parse().unwrap(),
						active_reputer_quantile: "0.25".parse().unwrap(),
						commit_reveal: Some(pallet_topics::RevealPhases { worker: 2, reputer: 5 }),
					},
					initial_regret: Fixed::ZERO,
					current_epoch_start: 20,
					next_epoch_start: Some(30),
					fee_revenue: 12_345_678_901_234_567_890_123,
					weight: None,
					workers: 1,
					reputers: 0,
				})
			}
			fn topic_count() -> TopicId {
				1
			}
			fn params() -> TopicsParams {
				TopicsParams::default()
			}
			fn roles(topic_id: TopicId, account: u64) -> Result<Vec<Role>, QueryError> {
				known(topic_id)?;
				Ok(if account == 7 { vec![Role::Worker] } else { vec![] })
			}
			fn score(topic_id: TopicId, task: RewardTask, account: u64) -> Result<Option<ScoreEma<u32>>, QueryError> {
				known(topic_id)?;
				Ok((task == RewardTask::Inference && account == 7)
					.then(|| ScoreEma { nonce: 20, score: "-0.5".parse().unwrap() }))
			}
		}
	}

	fn known(topic_id: TopicId) -> Result<(), QueryError> {
		if topic_id == 1 {
			Ok(())
		} else {
			Err(QueryError::NoSuchTopic)
		}
	}

	fn module() -> jsonrpsee::RpcModule<AlloraRpc<MockClient<MockApi>, Block>> {
		TopicsRpcServer::<u64, u32, u128, _>::into_rpc(AlloraRpc::new(Arc::new(MockClient(
			MockApi,
		))))
	}

	/// Calls `method` as a JSON-RPC client would; the result or the error object.
	async fn call(method: &str, params: Value) -> Result<Value, (i32, String)> {
		let request = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
		let (response, _) = module().raw_json_request(&request.to_string(), 1).await.unwrap();
		let response: Value = serde_json::from_str(&response).unwrap();
		match response.get("error") {
			Some(e) => Err((e["code"].as_i64().unwrap() as i32, e["message"].to_string())),
			None => Ok(response["result"].clone()),
		}
	}

	#[tokio::test]
	async fn a_topic_crosses_with_text_as_strings_and_amounts_as_decimal_strings() {
		let topic = call("allora_topic", json!([1])).await.unwrap();
		assert_eq!(topic["creator"], 7);
		assert_eq!(topic["config"]["metadata"], "ETH/USD in 5 min");
		assert_eq!(topic["config"]["lossMethod"], "mse");
		assert_eq!(topic["config"]["alphaRegret"], "0.1");
		assert_eq!(topic["feeRevenue"], "12345678901234567890123");
		assert_eq!(topic["nextEpochStart"], 30);
		assert_eq!(topic["weight"], Value::Null);
		assert_eq!(call("allora_topicCount", json!([])).await.unwrap(), 1);
		let params = call("allora_topicsParams", json!([])).await.unwrap();
		assert_eq!(params["createTopicFee"], "75000");
		assert_eq!(params["topicRewardAlpha"], "0.5");
	}

	#[tokio::test]
	async fn roles_and_scores_take_json_arguments() {
		assert_eq!(call("allora_roles", json!([1, 7])).await.unwrap(), json!(["worker"]));
		assert_eq!(call("allora_roles", json!([1, 8])).await.unwrap(), json!([]));
		assert_eq!(
			call("allora_score", json!([1, "inference", 7])).await.unwrap(),
			json!({ "nonce": 20, "score": "-0.5" })
		);
		assert_eq!(call("allora_score", json!([1, "forecast", 7])).await.unwrap(), Value::Null);
		// A task that does not exist is refused by the JSON-RPC layer.
		assert_eq!(call("allora_score", json!([1, "mining", 7])).await.unwrap_err().0, -32602);
	}

	#[tokio::test]
	async fn an_unknown_topic_is_error_8000_with_its_message() {
		for (method, params) in [
			("allora_topic", json!([2])),
			("allora_roles", json!([2, 7])),
			("allora_score", json!([2, "reputation", 7])),
		] {
			let (code, message) = call(method, params).await.unwrap_err();
			assert_eq!(code, 8000, "{method}");
			assert!(message.contains("no such topic"), "{method}: {message}");
		}
	}
}
