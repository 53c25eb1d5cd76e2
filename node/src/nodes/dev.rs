//! The `--dev` node: the runtime alone, no relay chain and no peers; blocks are sealed on a timer
//! or per transaction, on a mocked relay-chain inherent.

use std::{sync::Arc, time::Duration};

use allora_runtime::{opaque::Block, Hash};
use codec::Encode;
use polkadot_sdk::{
	cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider,
	cumulus_primitives_core::{
		relay_chain::HeadData, CollectCollationInfo, ParaId, RelayParentOffsetApi,
	},
	polkadot_primitives::UpgradeGoAhead,
	sc_basic_authorship::ProposerFactory,
	sc_consensus::LongestChain,
	sc_consensus_aura,
	sc_consensus_manual_seal::{self as manual_seal, consensus::aura::AuraConsensusDataProvider},
	sc_network::{config::FullNetworkConfiguration, NotificationMetrics},
	sc_service,
	sc_service::{Configuration, PartialComponents, TaskManager},
	sp_api::ProvideRuntimeApi,
	sp_consensus_aura,
	sp_runtime::traits::Header as _,
	sp_timestamp,
};

use crate::cli::DevSeal;
use crate::service::{
	new_partial, parachain_id, rpc_builder, spawn_offchain_workers, Client,
	RELAY_CHAIN_SLOT_DURATION,
};

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
	crate::metrics::spawn(config.prometheus_registry(), client.clone(), &task_manager)
		.map_err(|e| sc_service::Error::Application(Box::new(e)))?;

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
			let sealing =
				manual_seal::run_instant_seal_and_finalize(manual_seal::InstantSealParams {
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
