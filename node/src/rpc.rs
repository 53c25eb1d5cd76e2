//! The node's own JSON-RPC methods, on top of the standard ones `sc-service` serves (`chain_*`,
//! `state_*`, `author_*`, `system_*` …):
//!
//! - `system_accountNextIndex`, `payment_queryInfo`/`payment_queryFeeDetails`, `dev_getBlockStats`;
//! - the `allora_*` namespace of our four pallets (`docs/rpc.md`).
//!
//! Generic over the client and the pool, as the parachain template's: this module knows only
//! the runtime APIs it calls, not how the node is built (`crate::service` builds it).

use std::sync::Arc;

use allora_rpc_common::AlloraRpc;
use allora_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use pallet_emissions_rpc::EmissionsRpcServer;
use pallet_emissions_runtime_api::EmissionsApi;
use pallet_inference_rpc::InferenceRpcServer;
use pallet_inference_runtime_api::InferenceApi;
use pallet_reputation_rpc::ReputationRpcServer;
use pallet_reputation_runtime_api::ReputationApi;
use pallet_topics_rpc::TopicsRpcServer;
use pallet_topics_runtime_api::TopicsApi;
use polkadot_sdk::{
	pallet_transaction_payment_rpc::{
		TransactionPayment, TransactionPaymentApiServer, TransactionPaymentRuntimeApi,
	},
	sc_client_api::BlockBackend,
	sc_rpc::dev::{Dev, DevApiServer},
	sc_transaction_pool_api::TransactionPool,
	sp_api::ProvideRuntimeApi,
	sp_block_builder::BlockBuilder,
	sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata},
	substrate_frame_rpc_system::{AccountNonceApi, System, SystemApiServer},
};

/// What the RPC methods need of the node.
pub struct FullDeps<C, P> {
	/// The client: the chain's database and runtime.
	pub client: Arc<C>,
	/// The transaction pool (for the next account index).
	pub pool: Arc<P>,
}

/// Every extra RPC module of the node, merged into one.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ BlockBackend<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: AccountNonceApi<Block, AccountId, Nonce>
		+ TransactionPaymentRuntimeApi<Block, Balance>
		+ BlockBuilder<Block>
		+ TopicsApi<Block, AccountId, BlockNumber, Balance>
		+ InferenceApi<Block, AccountId, BlockNumber>
		+ ReputationApi<Block, AccountId, BlockNumber, Balance>
		+ EmissionsApi<Block, Balance>,
	P: TransactionPool + 'static,
{
	let FullDeps { client, pool } = deps;
	let mut module = RpcModule::new(());
	module.merge(SystemApiServer::<_, AccountId, Nonce>::into_rpc(System::new(
		client.clone(),
		pool,
	)))?;
	module.merge(TransactionPaymentApiServer::<_, _>::into_rpc(TransactionPayment::new(
		client.clone(),
	)))?;
	module.merge(Dev::new(client.clone()).into_rpc())?;
	module.merge(TopicsRpcServer::<AccountId, BlockNumber, Balance, _>::into_rpc(
		AlloraRpc::new(client.clone()),
	))?;
	module.merge(InferenceRpcServer::<AccountId, BlockNumber, _>::into_rpc(AlloraRpc::new(
		client.clone(),
	)))?;
	module.merge(ReputationRpcServer::<AccountId, BlockNumber, Balance, _>::into_rpc(
		AlloraRpc::new(client.clone()),
	))?;
	module.merge(EmissionsRpcServer::<Balance, _>::into_rpc(AlloraRpc::new(client)))?;
	Ok(module)
}
