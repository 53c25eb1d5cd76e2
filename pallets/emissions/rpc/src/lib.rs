//! The emissions pallet's JSON-RPC method, in the node's `allora` namespace (conventions:
//! `allora-rpc-common`): every amount an exact decimal string.
//!
//! | method | params | result |
//! |---|---|---|
//! | `allora_emission` | `at?` | the schedule's parameters, the current rates and the running totals |

#![warn(missing_docs)]

use allora_rpc_common::{value, AlloraRpc, RpcAmount, RpcBlockHash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use pallet_emissions_runtime_api::EmissionView;
pub use pallet_emissions_runtime_api::EmissionsApi as EmissionsRuntimeApi;
use polkadot_sdk::{
	sp_api::ProvideRuntimeApi, sp_blockchain::HeaderBackend, sp_runtime::traits::Block as BlockT,
};

/// The emissions pallet's method of the `allora` namespace.
#[rpc(
	server,
	namespace = "allora",
	server_bounds(Balance: RpcAmount, BlockHash: RpcBlockHash)
)]
pub trait EmissionsRpc<Balance, BlockHash> {
	/// The emission schedule's parameters, the current emission rates and the running totals.
	#[method(name = "emission")]
	fn emission(&self, at: Option<BlockHash>) -> RpcResult<EmissionView<Balance>>;
}

impl<C, Block, Balance> EmissionsRpcServer<Balance, Block::Hash> for AlloraRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: EmissionsRuntimeApi<Block, Balance>,
	Balance: RpcAmount,
{
	fn emission(&self, at: Option<Block::Hash>) -> RpcResult<EmissionView<Balance>> {
		let (api, at) = self.api_at(at);
		value(api.emission(at))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use allora_rpc_common::testing::{Block, Hash, MockClient};
	use pallet_emissions_runtime_api::{MintParams, RewardParams};
	use std::sync::Arc;

	#[derive(Clone)]
	struct MockApi;

	polkadot_sdk::sp_api::mock_impl_runtime_apis! {
		impl EmissionsRuntimeApi<Block, u128> for MockApi {
			fn emission() -> EmissionView<u128> {
				EmissionView {
					params: MintParams::default(),
					reward_params: RewardParams::default(),
					emission_per_staked_token: None,
					block_emission: 2_831_000_000_000_000_000_000,
					network_block_emission: 2_123_250_000_000_000_000_000,
					validator_rewards_owed: 7,
					reputers_reward_share: "0.5".parse().unwrap(),
					ecosystem_minted: 1,
					network_emitted: 2,
					rewards_paid: 3,
					burnt: 4,
				}
			}
		}
	}

	#[test]
	fn every_amount_is_an_exact_decimal_string() {
		let rpc = AlloraRpc::new(Arc::new(MockClient(MockApi)));
		let view = EmissionsRpcServer::<u128, Hash>::emission(&rpc, None).unwrap();
		let json = serde_json::to_value(&view).unwrap();
		assert_eq!(json["blockEmission"], "2831000000000000000000");
		assert_eq!(json["networkBlockEmission"], "2123250000000000000000");
		assert_eq!(json["reputersRewardShare"], "0.5");
		assert_eq!(json["emissionPerStakedToken"], serde_json::Value::Null);
		for total in
			["validatorRewardsOwed", "ecosystemMinted", "networkEmitted", "rewardsPaid", "burnt"]
		{
			assert!(json[total].is_string(), "{total}: {}", json[total]);
		}
		assert!(json["params"].is_object());
		assert_eq!(json["rewardParams"]["betaEntropy"], "0.25");
	}
}
