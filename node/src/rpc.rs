//! The node's own JSON-RPC methods, on top of the standard ones `sc-service` serves (`chain_*`,
//! `state_*`, `author_*`, `system_*` …):
//!
//! - `system_accountNextIndex`, `payment_queryInfo`/`payment_queryFeeDetails`, `dev_getBlockStats`;
//! - the `allora_*` namespace of our four pallets (`docs/rpc.md`).

use std::sync::Arc;

use allora_runtime::{AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use pallet_emissions_rpc::EmissionsRpcServer;
use pallet_inference_rpc::InferenceRpcServer;
use pallet_reputation_rpc::ReputationRpcServer;
use pallet_topics_rpc::{AlloraRpc, TopicsRpcServer};
use polkadot_sdk::{
	pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer},
	sc_rpc::dev::{Dev, DevApiServer},
	substrate_frame_rpc_system::{System, SystemApiServer},
};

use crate::service::{Client, TransactionPool};

/// Every extra RPC module of the node, merged into one.
pub fn extensions(
	client: Arc<Client>,
	pool: Arc<TransactionPool>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>> {
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
