//! What both shapes of the node ([`crate::nodes`]) are built from: the client and its database,
//! the transaction pool and the import queue ([`new_partial`], enough for the chain
//! subcommands), the offchain workers, and the RPC ([`crate::rpc`]) they both serve.

use std::{sync::Arc, time::Duration};

use allora_runtime::{apis::RuntimeApi, opaque::Block};
use futures::FutureExt;
use polkadot_sdk::{
	cumulus_client_consensus_aura::equivocation_import_queue,
	cumulus_client_consensus_common::ParachainBlockImport as TParachainBlockImport,
	cumulus_primitives_core::{GetParachainInfo, ParaId},
	sc_client_api::Backend as _,
	sc_consensus::DefaultImportQueue,
	sc_executor::{HeapAllocStrategy, WasmExecutor, DEFAULT_HEAP_ALLOC_STRATEGY},
	sc_offchain, sc_rpc, sc_service,
	sc_service::{Configuration, PartialComponents, TFullBackend, TFullClient, TaskManager},
	sc_telemetry,
	sc_telemetry::{Telemetry, TelemetryWorker, TelemetryWorkerHandle},
	sc_transaction_pool,
	sc_transaction_pool::TransactionPoolHandle,
	sc_transaction_pool_api::OffchainTransactionPoolFactory,
	sp_api::ProvideRuntimeApi,
	sp_blockchain::HeaderBackend,
	sp_consensus_aura::sr25519::AuthorityPair as AuraPair,
	sp_keystore::KeystorePtr,
	sp_timestamp,
};

/// The host functions the runtime may call (and, in a benchmarking build, the benchmarks').
#[cfg(not(feature = "runtime-benchmarks"))]
pub type HostFunctions = polkadot_sdk::cumulus_client_service::ParachainHostFunctions;
/// The host functions the runtime may call (and, in a benchmarking build, the benchmarks').
#[cfg(feature = "runtime-benchmarks")]
pub type HostFunctions = (
	polkadot_sdk::cumulus_client_service::ParachainHostFunctions,
	polkadot_sdk::frame_benchmarking::benchmarking::HostFunctions,
);

/// The client of the chain: its database and the runtime it executes.
pub type Client = TFullClient<Block, RuntimeApi, WasmExecutor<HostFunctions>>;
/// The database backend.
pub type Backend = TFullBackend<Block>;
/// The transaction pool.
pub type TransactionPool = TransactionPoolHandle<Block, Client>;
/// Imports blocks, holding back those that are not yet backed on the relay chain.
pub(crate) type BlockImport = TParachainBlockImport<Block, Arc<Client>, Backend>;

/// The parts every command needs: client, backend, import queue, pool; plus the block import
/// and telemetry.
pub type Service = PartialComponents<
	Client,
	Backend,
	(),
	DefaultImportQueue<Block>,
	TransactionPool,
	(BlockImport, Option<Telemetry>, Option<TelemetryWorkerHandle>),
>;

/// The relay chain's slot duration.
pub(crate) const RELAY_CHAIN_SLOT_DURATION: Duration = Duration::from_secs(6);

/// Builds the client, the pool and the import queue (enough for the chain subcommands).
pub fn new_partial(config: &Configuration) -> Result<Service, sc_service::Error> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let heap_pages = config
		.executor
		.default_heap_pages
		.map_or(DEFAULT_HEAP_ALLOC_STRATEGY, |h| HeapAllocStrategy::Static { extra_pages: h as _ });
	let executor = WasmExecutor::<HostFunctions>::builder()
		.with_execution_method(config.executor.wasm_method)
		.with_max_runtime_instances(config.executor.max_runtime_instances)
		.with_runtime_cache_size(config.executor.runtime_cache_size)
		.with_onchain_heap_alloc_strategy(heap_pages)
		.with_offchain_heap_alloc_strategy(heap_pages)
		.build();

	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts_record_import::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			true,
			Vec::new(),
		)?;
	let client = Arc::new(client);
	let telemetry_worker_handle = telemetry.as_ref().map(|(worker, _)| worker.handle());
	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let block_import = BlockImport::new(client.clone(), backend.clone());
	let import_queue =
		equivocation_import_queue::fully_verifying_import_queue::<AuraPair, _, _, _, _>(
			client.clone(),
			block_import.clone(),
			move |_, ()| async move { Ok(sp_timestamp::InherentDataProvider::from_system_time()) },
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
			telemetry.as_ref().map(|t| t.handle()),
		);

	Ok(PartialComponents {
		client,
		backend,
		import_queue,
		keystore_container,
		task_manager,
		transaction_pool,
		select_chain: (),
		other: (block_import, telemetry, telemetry_worker_handle),
	})
}

/// The parachain id: the runtime's, or the chain spec's for a runtime that does not say.
pub(crate) fn parachain_id(
	client: &Client,
	config: &Configuration,
) -> Result<ParaId, sc_service::Error> {
	let best = client.info().best_hash;
	client.runtime_api().parachain_id(best).or_else(|e| {
		polkadot_sdk::polkadot_omni_node_lib::chain_spec::Extensions::try_get(&*config.chain_spec)
			.and_then(|ext| ext.para_id())
			.map(ParaId::from)
			.ok_or_else(|| format!("no parachain id in the runtime ({e}) or the chain spec").into())
	})
}

/// The RPC builder both node shapes hand to `sc-service`.
pub(crate) fn rpc_builder(
	client: Arc<Client>,
	pool: Arc<TransactionPool>,
) -> Box<
	dyn Fn(sc_rpc::SubscriptionTaskExecutor) -> Result<jsonrpsee::RpcModule<()>, sc_service::Error>,
> {
	Box::new(move |_| {
		let deps = crate::rpc::FullDeps { client: client.clone(), pool: pool.clone() };
		crate::rpc::create_full(deps).map_err(sc_service::Error::Application)
	})
}

/// Runs the runtime's offchain workers on each imported block, if the configuration enables them.
pub(crate) fn spawn_offchain_workers(
	config: &Configuration,
	task_manager: &TaskManager,
	client: &Arc<Client>,
	backend: &Arc<Backend>,
	transaction_pool: &Arc<TransactionPool>,
	keystore: KeystorePtr,
	network: Arc<dyn sc_offchain::NetworkProvider + Send + Sync>,
) -> Result<(), sc_service::Error> {
	if !config.offchain_worker.enabled {
		return Ok(());
	}
	let offchain_workers = sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
		runtime_api_provider: client.clone(),
		keystore: Some(keystore),
		offchain_db: backend.offchain_storage(),
		transaction_pool: Some(OffchainTransactionPoolFactory::new(transaction_pool.clone())),
		network_provider: network,
		is_validator: config.role.is_authority(),
		enable_http_requests: true,
		custom_extensions: |_| vec![],
	})?;
	task_manager.spawn_handle().spawn(
		"offchain-workers-runner",
		"offchain-work",
		offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
	);
	Ok(())
}
