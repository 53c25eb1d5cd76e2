//! The inference pallet's JSON-RPC methods, in the node's `allora` namespace: the runtime API
//! ([`InferenceApi`](InferenceRuntimeApi)) at a block (the best one by default), with every number of the answer as
//! an exact decimal string (`"3001.5"`, never a float that JavaScript would round) and every
//! `QueryError` as a JSON-RPC error with its own code (8000 + its index) and message (the
//! conventions of every `allora_*` method: `allora-rpc-common`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `allora_latestNetworkInference` | `topicId`, `at?` | the topic's latest network inference |
//! | `allora_networkInference` | `topicId`, `nonce`, `at?` | the network inference of a kept nonce |
//! | `allora_payloads` | `topicId`, `nonce`, `at?` | the inferences and forecasts of a nonce, and who committed |
//! | `allora_regrets` | `topicId`, `worker`, `at?` | the stored regrets about a worker |
//! | `allora_openNonces` | `topicId`, `at?` | the open worker nonces |
//! | `allora_keptNonces` | `topicId`, `at?` | the kept closed worker nonces |
//! | `allora_inferenceParams` | `at?` | the inference pallet's parameters |

#![warn(missing_docs)]

use allora_rpc_common::{answer, value, AlloraRpc, RpcBlockHash, RpcValue};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_inference_runtime_api::InferenceApi as InferenceRuntimeApi;
use pallet_inference_runtime_api::{
	InferenceParams, NetworkInferenceView, PayloadsView, RegretList,
};
use pallet_topics::TopicId;
use polkadot_sdk::{
	sp_api::ProvideRuntimeApi, sp_blockchain::HeaderBackend, sp_runtime::traits::Block as BlockT,
};

/// The inference pallet's methods of the `allora` namespace.
#[rpc(
	server,
	namespace = "allora",
	server_bounds(AccountId: RpcValue, BlockNumber: RpcValue, BlockHash: RpcBlockHash)
)]
pub trait InferenceRpc<AccountId, BlockNumber, BlockHash> {
	/// The topic's latest network inference, whole.
	#[method(name = "latestNetworkInference")]
	fn latest_network_inference(
		&self,
		topic_id: TopicId,
		at: Option<BlockHash>,
	) -> RpcResult<NetworkInferenceView<AccountId, BlockNumber>>;

	/// The network inference of a worker nonce the topic keeps.
	#[method(name = "networkInference")]
	fn network_inference(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<BlockHash>,
	) -> RpcResult<NetworkInferenceView<AccountId, BlockNumber>>;

	/// The inferences and forecasts of an open or kept worker nonce, and (commit–reveal
	/// topics) the workers that committed: a payload shows only once revealed.
	#[method(name = "payloads")]
	fn payloads(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<BlockHash>,
	) -> RpcResult<PayloadsView<AccountId>>;

	/// Every stored regret of the topic about `worker`.
	#[method(name = "regrets")]
	fn regrets(
		&self,
		topic_id: TopicId,
		worker: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<RegretList<AccountId>>;

	/// The worker nonces whose windows are open, oldest first.
	#[method(name = "openNonces")]
	fn open_nonces(&self, topic_id: TopicId, at: Option<BlockHash>) -> RpcResult<Vec<BlockNumber>>;

	/// The closed worker nonces whose records the topic keeps, oldest first.
	#[method(name = "keptNonces")]
	fn kept_nonces(&self, topic_id: TopicId, at: Option<BlockHash>) -> RpcResult<Vec<BlockNumber>>;

	/// The inference pallet's parameters.
	#[method(name = "inferenceParams")]
	fn inference_params(&self, at: Option<BlockHash>) -> RpcResult<InferenceParams>;
}

impl<C, Block, AccountId, BlockNumber> InferenceRpcServer<AccountId, BlockNumber, Block::Hash>
	for AlloraRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: InferenceRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: RpcValue,
	BlockNumber: RpcValue,
{
	fn latest_network_inference(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<NetworkInferenceView<AccountId, BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.latest_network_inference(at, topic_id))
	}

	fn network_inference(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<Block::Hash>,
	) -> RpcResult<NetworkInferenceView<AccountId, BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.network_inference(at, topic_id, nonce))
	}

	fn payloads(
		&self,
		topic_id: TopicId,
		nonce: BlockNumber,
		at: Option<Block::Hash>,
	) -> RpcResult<PayloadsView<AccountId>> {
		let (api, at) = self.api_at(at);
		answer(api.payloads(at, topic_id, nonce))
	}

	fn regrets(
		&self,
		topic_id: TopicId,
		worker: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<RegretList<AccountId>> {
		let (api, at) = self.api_at(at);
		answer(api.regrets(at, topic_id, worker))
	}

	fn open_nonces(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.open_nonces(at, topic_id))
	}

	fn kept_nonces(
		&self,
		topic_id: TopicId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<BlockNumber>> {
		let (api, at) = self.api_at(at);
		answer(api.kept_nonces(at, topic_id))
	}

	fn inference_params(&self, at: Option<Block::Hash>) -> RpcResult<InferenceParams> {
		let (api, at) = self.api_at(at);
		value(api.params(at))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use allora_rpc_common::testing::{Block, Hash, MockClient};
	use allora_synthesis::{regrets::RegretKey, Fixed};
	use pallet_topics::QueryError;
	use std::sync::Arc;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	/// One topic (1) with one closed nonce (13) and one open one (25).
	#[derive(Clone)]
	struct MockApi;

	polkadot_sdk::sp_api::mock_impl_runtime_apis! {
		impl InferenceRuntimeApi<Block, u64, u32> for MockApi {
			fn latest_network_inference(topic_id: TopicId) -> Result<NetworkInferenceView<u64, u32>, QueryError> {
				view(topic_id, 13)
			}
			fn network_inference(topic_id: TopicId, nonce: u32) -> Result<NetworkInferenceView<u64, u32>, QueryError> {
				view(topic_id, nonce)
			}
			fn payloads(topic_id: TopicId, nonce: u32) -> Result<PayloadsView<u64>, QueryError> {
				view(topic_id, nonce)?;
				Ok(PayloadsView { inferences: vec![(7, f("3001.5"))], forecasts: vec![(8, vec![(7, f("-1.25"))])], committed: vec![9] })
			}
			fn regrets(topic_id: TopicId, worker: u64) -> Result<RegretList<u64>, QueryError> {
				view(topic_id, 13)?;
				Ok(vec![(RegretKey::Inferer(worker), f("0.1"))])
			}
			fn open_nonces(topic_id: TopicId) -> Result<Vec<u32>, QueryError> {
				view(topic_id, 13).map(|_| vec![25])
			}
			fn kept_nonces(topic_id: TopicId) -> Result<Vec<u32>, QueryError> {
				view(topic_id, 13).map(|_| vec![13])
			}
			fn params() -> InferenceParams {
				InferenceParams::default()
			}
		}
	}

	fn view(topic_id: TopicId, nonce: u32) -> Result<NetworkInferenceView<u64, u32>, QueryError> {
		match (topic_id, nonce) {
			(1, 13) => Ok(NetworkInferenceView {
				nonce,
				combined: f("3001.123456789012345678"),
				naive: f("-0.5"),
				forecast_implied: vec![(8, f("2999"))],
				one_out_inferers: vec![],
				one_out_forecasters: vec![],
				one_in_forecasters: vec![],
				inferer_weights: vec![(7, f("1"))],
				forecaster_weights: vec![],
				confidence_interval: vec![],
			}),
			(1, 25) => Err(QueryError::NonceOpen),
			(1, _) => Err(QueryError::NonceNotKept),
			_ => Err(QueryError::NoSuchTopic),
		}
	}

	fn rpc() -> AlloraRpc<MockClient<MockApi>, Block> {
		AlloraRpc::new(Arc::new(MockClient(MockApi)))
	}

	#[test]
	fn numbers_cross_as_exact_decimal_strings() {
		let latest =
			InferenceRpcServer::<u64, u32, Hash>::latest_network_inference(&rpc(), 1, None)
				.unwrap();
		let json = serde_json::to_value(&latest).unwrap();
		assert_eq!(json["nonce"], 13);
		assert_eq!(json["combined"], "3001.123456789012345678");
		assert_eq!(json["naive"], "-0.5");
		assert_eq!(json["forecastImplied"], serde_json::json!([[8, "2999"]]));
		assert_eq!(json["infererWeights"], serde_json::json!([[7, "1"]]));
		let payloads = InferenceRpcServer::<u64, u32, Hash>::payloads(&rpc(), 1, 13, None).unwrap();
		assert_eq!(
			serde_json::to_value(&payloads).unwrap(),
			serde_json::json!({
				"inferences": [[7, "3001.5"]],
				"forecasts": [[8, [[7, "-1.25"]]]],
				"committed": [9]
			})
		);
		let regrets = InferenceRpcServer::<u64, u32, Hash>::regrets(&rpc(), 1, 7, None).unwrap();
		assert_eq!(
			serde_json::to_value(&regrets).unwrap(),
			serde_json::json!([[{ "inferer": 7 }, "0.1"]])
		);
		let params = InferenceRpcServer::<u64, u32, Hash>::inference_params(&rpc(), None).unwrap();
		let json = serde_json::to_value(&params).unwrap();
		assert_eq!(
			(json["cNorm"].clone(), json["maxElementsPerForecast"].clone()),
			("0.75".into(), 12.into())
		);
	}

	#[test]
	fn query_errors_are_json_rpc_errors_with_their_code_and_message() {
		let err = |r: RpcResult<NetworkInferenceView<u64, u32>>| r.unwrap_err();
		let unknown =
			err(InferenceRpcServer::<u64, u32, Hash>::latest_network_inference(&rpc(), 2, None));
		assert_eq!(unknown.code(), 8000);
		assert!(unknown.message().starts_with("no such topic"), "{}", unknown.message());
		let open =
			err(InferenceRpcServer::<u64, u32, Hash>::network_inference(&rpc(), 1, 25, None));
		assert_eq!((open.code(), open.message()), (8001, QueryError::NonceOpen.message()));
		let pruned =
			err(InferenceRpcServer::<u64, u32, Hash>::network_inference(&rpc(), 1, 1, None));
		assert_eq!(pruned.code(), 8002);
	}
}
