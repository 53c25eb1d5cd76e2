//! A collator or full node of the parachain, following an embedded (or RPC) relay-chain node;
//! collators author with Aura and the lookahead collator.

use std::{sync::Arc, time::Duration};

use allora_runtime::{opaque::Block, Hash};
use codec::Encode;
use polkadot_sdk::{
	cumulus_client_bootnodes::{start_bootnode_tasks, StartBootnodeTasksParams},
	cumulus_client_cli::CollatorOptions,
	cumulus_client_collator::service::CollatorService,
	cumulus_client_consensus_aura::collators::lookahead::{
		self as aura, Params as AuraParams, ParamsWithExport,
	},
	cumulus_client_service::{
		build_network, build_relay_chain_interface, prepare_node_config, start_relay_chain_tasks,
		BuildNetworkParams, DARecoveryProfile, ParachainTracingExecuteBlock,
		StartRelayChainTasksParams,
	},
	cumulus_primitives_core::relay_chain::ValidationCode,
	sc_basic_authorship::ProposerFactory,
	sc_consensus::ImportQueue,
	sc_network::{config::FullNetworkConfiguration, NetworkBackend, NetworkBlock},
	sc_service,
	sc_service::{Configuration, PartialComponents, TaskManager},
	sc_sysinfo,
	sp_consensus_aura::sr25519::AuthorityPair as AuraPair,
};

use crate::service::{
	new_partial, parachain_id, rpc_builder, spawn_offchain_workers, RELAY_CHAIN_SLOT_DURATION,
};

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
	crate::metrics::spawn(prometheus_registry.as_ref(), client.clone(), &task_manager)
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;
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
