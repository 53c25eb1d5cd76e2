//! The node's services: the client and its database, the transaction pool, networking, RPC and
//! block production, in two shapes:
//!
//! - [`start_parachain_node`]: a collator or full node of the parachain, following an embedded
//!   (or RPC) relay-chain node; collators author with Aura and the lookahead collator.
//! - [`start_dev_node`]: the runtime alone, no relay chain and no peers; blocks are sealed on a
//!   timer or per transaction, on a mocked relay-chain inherent.
//!
//! Both serve the same RPC ([`crate::rpc`]).

use std::{sync::Arc, time::Duration};

use allora_runtime::{apis::RuntimeApi, opaque::Block, Hash};
use codec::Encode;
use futures::FutureExt;
use polkadot_sdk::{
	cumulus_client_bootnodes::{start_bootnode_tasks, StartBootnodeTasksParams},
	cumulus_client_cli::CollatorOptions,
	cumulus_client_collator::service::CollatorService,
	cumulus_client_consensus_aura::{
		collators::lookahead::{self as aura, Params as AuraParams, ParamsWithExport},
		equivocation_import_queue,
	},
	cumulus_client_consensus_common::ParachainBlockImport as TParachainBlockImport,
	cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider,
	cumulus_client_service::{
		build_network, build_relay_chain_interface, prepare_node_config, start_relay_chain_tasks,
		BuildNetworkParams, DARecoveryProfile, ParachainTracingExecuteBlock,
		StartRelayChainTasksParams,
	},
	cumulus_primitives_core::{
		relay_chain::{HeadData, ValidationCode},
		CollectCollationInfo, GetParachainInfo, ParaId, RelayParentOffsetApi,
	},
	polkadot_primitives::UpgradeGoAhead,
	sc_basic_authorship::ProposerFactory,
	sc_client_api::Backend as _,
	sc_consensus::{DefaultImportQueue, ImportQueue, LongestChain},
	sc_consensus_aura,
	sc_consensus_manual_seal::{self as manual_seal, consensus::aura::AuraConsensusDataProvider},
	sc_executor::{HeapAllocStrategy, WasmExecutor, DEFAULT_HEAP_ALLOC_STRATEGY},
	sc_network::{
		config::FullNetworkConfiguration, NetworkBackend, NetworkBlock, NotificationMetrics,
	},
	sc_offchain, sc_rpc, sc_service,
	sc_service::{Configuration, PartialComponents, TFullBackend, TFullClient, TaskManager},
	sc_sysinfo, sc_telemetry,
	sc_telemetry::{Telemetry, TelemetryWorker, TelemetryWorkerHandle},
	sc_transaction_pool,
	sc_transaction_pool::TransactionPoolHandle,
	sc_transaction_pool_api::OffchainTransactionPoolFactory,
	sp_api::ProvideRuntimeApi,
	sp_blockchain::HeaderBackend,
	sp_consensus_aura,
	sp_consensus_aura::sr25519::AuthorityPair as AuraPair,
	sp_keystore::KeystorePtr,
	sp_runtime::traits::Header as _,
	sp_timestamp,
};

use crate::cli::DevSeal;

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
type BlockImport = TParachainBlockImport<Block, Arc<Client>, Backend>;

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
const RELAY_CHAIN_SLOT_DURATION: Duration = Duration::from_secs(6);

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
fn parachain_id(client: &Client, config: &Configuration) -> Result<ParaId, sc_service::Error> {
	let best = client.info().best_hash;
	client.runtime_api().parachain_id(best).or_else(|e| {
		polkadot_sdk::polkadot_omni_node_lib::chain_spec::Extensions::try_get(&*config.chain_spec)
			.and_then(|ext| ext.para_id())
			.map(ParaId::from)
			.ok_or_else(|| format!("no parachain id in the runtime ({e}) or the chain spec").into())
	})
}

/// The RPC builder both node shapes hand to `sc-service`.
fn rpc_builder(
	client: Arc<Client>,
	pool: Arc<TransactionPool>,
) -> Box<
	dyn Fn(sc_rpc::SubscriptionTaskExecutor) -> Result<jsonrpsee::RpcModule<()>, sc_service::Error>,
> {
	Box::new(move |_| {
		crate::rpc::extensions(client.clone(), pool.clone()).map_err(sc_service::Error::Application)
	})
}

/// Starts a collator or full node of the parachain.
pub async fn start_parachain_node<Net: NetworkBackend<Block, Hash>>(
	parachain_config: Configuration,
	relay_chain_config: Configuration,
	collator_options: CollatorOptions,
	hwbench: Option<sc_sysinfo::HwBench>,
	export_pov: Option<std::path::PathBuf>,
	max_pov_percentage: Option<u32>,
) -> Result<TaskManager, sc_service::Error> {
	let parachain_config = prepare_node_config(parachain_config);
	let PartialComponents {
		client,
		backend,
		import_queue,
		keystore_container,
		mut task_manager,
		transaction_pool,
		select_chain: (),
		other: (block_import, mut telemetry, telemetry_worker_handle),
	} = new_partial(&parachain_config)?;
	let para_id = parachain_id(&client, &parachain_config)?;
	log::info!("🪪 Parachain id: {para_id:?}");

	let parachain_public_addresses = parachain_config.network.public_addresses.clone();
	let parachain_fork_id = parachain_config.chain_spec.fork_id().map(ToString::to_string);
	let advertise_non_global_ips = parachain_config.network.allow_non_globals_in_dht;
	let relay_chain_fork_id = relay_chain_config.chain_spec.fork_id().map(ToString::to_string);
	let (relay_chain_interface, collator_key, relay_chain_network, paranode_rx) =
		build_relay_chain_interface(
			relay_chain_config,
			&parachain_config,
			telemetry_worker_handle,
			&mut task_manager,
			collator_options.clone(),
			hwbench.clone(),
		)
		.await
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;

	let validator = parachain_config.role.is_authority();
	let prometheus_registry = parachain_config.prometheus_registry().cloned();
	let import_queue_service = import_queue.service();
	let net_config = FullNetworkConfiguration::<_, _, Net>::new(
		&parachain_config.network,
		prometheus_registry.clone(),
	);
	let metrics = Net::register_notification_metrics(prometheus_registry.as_ref());
	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		build_network(BuildNetworkParams {
			parachain_config: &parachain_config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			para_id,
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			relay_chain_interface: relay_chain_interface.clone(),
			import_queue,
			metrics,
			gap_sync_body_policy: None,
		})
		.await?;

	spawn_offchain_workers(
		&parachain_config,
		&task_manager,
		&client,
		&backend,
		&transaction_pool,
		keystore_container.keystore(),
		Arc::new(network.clone()),
	)?;

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		rpc_builder: rpc_builder(client.clone(), transaction_pool.clone()),
		client: client.clone(),
		transaction_pool: transaction_pool.clone(),
		task_manager: &mut task_manager,
		config: parachain_config,
		keystore: keystore_container.keystore(),
		backend: backend.clone(),
		network: network.clone(),
		sync_service: sync_service.clone(),
		system_rpc_tx,
		tx_handler_controller,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: Some(Arc::new(ParachainTracingExecuteBlock::new(client.clone()))),
	})?;

	if let Some(hwbench) = hwbench {
		sc_sysinfo::print_hwbench(&hwbench);
		if validator {
			if let Err(e) = polkadot_sdk::frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE
				.check_hardware(&hwbench, false)
			{
				log::warn!("⚠️  This machine is below the reference hardware of a collator: {e}");
			}
		}
		if let Some(telemetry) = telemetry.as_ref() {
			task_manager.spawn_handle().spawn(
				"telemetry_hwbench",
				None,
				sc_sysinfo::initialize_hwbench_telemetry(telemetry.handle(), hwbench),
			);
		}
	}

	let announce_block = {
		let sync_service = sync_service.clone();
		Arc::new(move |hash, data| sync_service.announce_block(hash, data))
	};
	let overseer_handle = relay_chain_interface
		.overseer_handle()
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;
	start_relay_chain_tasks(StartRelayChainTasksParams {
		client: client.clone(),
		announce_block: announce_block.clone(),
		para_id,
		relay_chain_interface: relay_chain_interface.clone(),
		task_manager: &mut task_manager,
		da_recovery_profile: if validator {
			DARecoveryProfile::Collator
		} else {
			DARecoveryProfile::FullNode
		},
		import_queue: import_queue_service,
		relay_chain_slot_duration: RELAY_CHAIN_SLOT_DURATION,
		recovery_handle: Box::new(overseer_handle.clone()),
		sync_service: sync_service.clone(),
		prometheus_registry: prometheus_registry.as_ref(),
	})?;

	start_bootnode_tasks(StartBootnodeTasksParams {
		embedded_dht_bootnode: collator_options.embedded_dht_bootnode,
		dht_bootnode_discovery: collator_options.dht_bootnode_discovery,
		para_id,
		task_manager: &mut task_manager,
		relay_chain_interface: relay_chain_interface.clone(),
		relay_chain_fork_id,
		relay_chain_network,
		request_receiver: paranode_rx,
		parachain_network: network.clone(),
		advertise_non_global_ips,
		parachain_genesis_hash: client.chain_info().genesis_hash.encode(),
		parachain_fork_id,
		parachain_public_addresses,
	});

	if validator {
		let collator_key = collator_key.ok_or("a collator needs its relay-chain collator key")?;
		let proposer = ProposerFactory::new(
			task_manager.spawn_handle(),
			client.clone(),
			transaction_pool,
			prometheus_registry.as_ref(),
			telemetry.as_ref().map(|t| t.handle()),
		);
		let collator_service = CollatorService::new(client.clone(), announce_block, client.clone());
		let params = AuraParams {
			create_inherent_data_providers: move |_, ()| async move { Ok(()) },
			block_import,
			para_client: client.clone(),
			para_backend: backend,
			relay_client: relay_chain_interface,
			code_hash_provider: {
				let client = client.clone();
				move |block_hash| {
					client.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())
				}
			},
			keystore: keystore_container.keystore(),
			collator_key,
			collator_peer_id: network.local_peer_id(),
			para_id,
			overseer_handle,
			relay_chain_slot_duration: RELAY_CHAIN_SLOT_DURATION,
			proposer,
			collator_service,
			authoring_duration: Duration::from_millis(2000),
			reinitialize: false,
			max_pov_percentage,
		};
		let collation =
			aura::run_with_export::<Block, AuraPair, _, _, _, _, _, _, _, _>(ParamsWithExport {
				params,
				export_pov,
			});
		task_manager.spawn_essential_handle().spawn("aura", None, collation);
	}

	Ok(task_manager)
}

/// Runs the runtime's offchain workers on each imported block, if the configuration enables them.
fn spawn_offchain_workers(
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

/// Starts a `--dev` node: no relay chain, no peers, blocks sealed as `seal` says.
pub fn start_dev_node(
	mut config: Configuration,
	seal: DevSeal,
) -> Result<TaskManager, sc_service::Error> {
	let PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain: (),
		transaction_pool,
		other: (_, mut telemetry, _),
	} = new_partial(&config)?;
	let para_id = parachain_id(&client, &config)?;

	// Alone: no peers in or out.
	config.network.default_peers_set.in_peers = 0;
	config.network.default_peers_set.out_peers = 0;
	let net_config = FullNetworkConfiguration::<
		_,
		_,
		polkadot_sdk::sc_network::Litep2pNetworkBackend,
	>::new(&config.network, None);
	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			net_config,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics: NotificationMetrics::new(None),
			gap_sync_body_policy: None,
		})?;

	spawn_offchain_workers(
		&config,
		&task_manager,
		&client,
		&backend,
		&transaction_pool,
		keystore_container.keystore(),
		Arc::new(network.clone()),
	)?;

	let proposer = ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		None,
		None,
	);
	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
	let consensus_data_provider =
		Box::new(AuraConsensusDataProvider::<Block>::new_with_slot_duration(slot_duration));
	let mock_relay_chain = MockRelayChain::new(client.clone(), para_id, slot_duration);
	let create_inherent_data_providers =
		move |parent, ()| futures::future::ready(mock_relay_chain.inherent_data(parent));
	let select_chain = LongestChain::new(backend.clone());

	match seal {
		DevSeal::Instant => {
			let sealing = manual_seal::run_instant_seal(manual_seal::InstantSealParams {
				block_import: client.clone(),
				env: proposer,
				client: client.clone(),
				pool: transaction_pool.clone(),
				select_chain,
				consensus_data_provider: Some(consensus_data_provider),
				create_inherent_data_providers,
			});
			task_manager.spawn_essential_handle().spawn_blocking("instant-seal", None, sealing);
		},
		DevSeal::Every(block_time_ms) => {
			let (mut seal_sink, seal_stream) = futures::channel::mpsc::channel(1024);
			let timer = async move {
				loop {
					futures_timer::Delay::new(Duration::from_millis(block_time_ms)).await;
					let command = manual_seal::EngineCommand::SealNewBlock {
						create_empty: true,
						finalize: true,
						parent_hash: None,
						sender: None,
					};
					// The sealing task is essential: if it is gone, so is the node.
					if seal_sink.try_send(command).is_err() && seal_sink.is_closed() {
						break;
					}
				}
			};
			task_manager.spawn_essential_handle().spawn("dev-block-timer", None, timer);
			let sealing = manual_seal::run_manual_seal(manual_seal::ManualSealParams {
				block_import: client.clone(),
				env: proposer,
				client: client.clone(),
				pool: transaction_pool.clone(),
				select_chain,
				commands_stream: Box::pin(seal_stream),
				consensus_data_provider: Some(consensus_data_provider),
				create_inherent_data_providers,
			});
			task_manager.spawn_essential_handle().spawn_blocking("manual-seal", None, sealing);
		},
	}

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		rpc_builder: rpc_builder(client.clone(), transaction_pool.clone()),
		client,
		transaction_pool,
		task_manager: &mut task_manager,
		config,
		keystore: keystore_container.keystore(),
		backend,
		network,
		sync_service,
		system_rpc_tx,
		tx_handler_controller,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;
	Ok(task_manager)
}

/// The inherent data of a `--dev` block: a timestamp and a mocked relay-chain parent.
///
/// Para block `n` sits on relay slot `first_relay_slot + n × k` (`k` relay slots per para slot),
/// and its timestamp is that slot's start, so Aura's slot and the relay slot agree as the
/// runtime's consensus hook demands. The first slot is two hours before the node started: the
/// chain's clock runs ahead of the wall clock (a para slot per sealed block) without reaching
/// the future soon; a restart moves it on, never back.
struct MockRelayChain {
	client: Arc<Client>,
	para_id: ParaId,
	first_relay_slot: u64,
	relay_slots_per_para_block: u32,
}

impl MockRelayChain {
	fn new(
		client: Arc<Client>,
		para_id: ParaId,
		slot_duration: sp_consensus_aura::SlotDuration,
	) -> Self {
		let relay_slot_ms = RELAY_CHAIN_SLOT_DURATION.as_millis() as u64;
		let two_hours_ago = std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.unwrap_or_default()
			.saturating_sub(Duration::from_secs(2 * 60 * 60));
		MockRelayChain {
			client,
			para_id,
			first_relay_slot: two_hours_ago.as_millis() as u64 / relay_slot_ms,
			relay_slots_per_para_block: (slot_duration.as_millis() / relay_slot_ms).max(1) as u32,
		}
	}

	fn inherent_data(
		&self,
		parent: Hash,
	) -> Result<
		(sp_timestamp::InherentDataProvider, MockValidationDataInherentDataProvider<()>),
		Box<dyn std::error::Error + Send + Sync>,
	> {
		let parent_header =
			self.client.header(parent)?.ok_or_else(|| format!("parent {parent} is not known"))?;
		let api = self.client.runtime_api();
		// A pending runtime upgrade gets its go-ahead at once (the relay chain would wait).
		let upgrade_pending = api
			.collect_collation_info(parent, &parent_header)
			.map(|info| info.new_validation_code.is_some())
			.unwrap_or_default();
		let number = parent_header.number().saturating_add(1);
		let k = self.relay_slots_per_para_block;
		let relay_slot = self.first_relay_slot.saturating_add(u64::from(number) * u64::from(k));
		let validation_data = MockValidationDataInherentDataProvider::<()> {
			current_para_block: number,
			para_id: self.para_id,
			current_para_block_head: Some(HeadData(parent_header.encode())),
			relay_blocks_per_para_block: k,
			relay_offset: (relay_slot as u32).saturating_sub(k.saturating_mul(number)),
			relay_parent_offset: api.relay_parent_offset(parent).unwrap_or_default(),
			para_blocks_per_relay_epoch: 10,
			upgrade_go_ahead: upgrade_pending.then_some(UpgradeGoAhead::GoAhead),
			..Default::default()
		};
		let timestamp = relay_slot.saturating_mul(RELAY_CHAIN_SLOT_DURATION.as_millis() as u64);
		Ok((sp_timestamp::InherentDataProvider::new(timestamp.into()), validation_data))
	}
}
