//! What each command line does.

use std::{future::Future, sync::Arc};

use allora_runtime::opaque::Block;
use polkadot_sdk::{
	frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE},
	polkadot_omni_node_lib::cli::{CliConfig as RelayCliConfig, RelayChainCli},
	sc_chain_spec::ChainSpec,
	sc_cli::{self, SubstrateCli},
	sc_consensus::DefaultImportQueue,
	sc_network,
	sc_service::Configuration,
	sc_sysinfo,
};

use crate::{
	chain_spec,
	cli::{Cli, Subcommand},
	nodes, service,
};

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Allora on Polkadot collator".into()
	}

	fn impl_version() -> String {
		format!("{}-{}", env!("CARGO_PKG_VERSION"), env!("SUBSTRATE_CLI_COMMIT_HASH"))
	}

	fn description() -> String {
		"The collator node of Allora on Polkadot.\n\n\
		 `allora-node --dev` runs a dev chain alone; `allora-node --chain <dev|local|PATH> \
		 [--collator] -- <relay chain options>` runs a node of the parachain."
			.into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		env!("CARGO_PKG_REPOSITORY").into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		chain_spec::load(id)
	}
}

/// How the embedded relay-chain node presents itself.
pub struct RelayChainCliConfig;

impl RelayCliConfig for RelayChainCliConfig {
	fn impl_version() -> String {
		Cli::impl_version()
	}

	fn author() -> String {
		Cli::author()
	}

	fn support_url() -> String {
		Cli::support_url()
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

/// Parses the command line and runs it.
pub fn run() -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	cli.apply_default_database();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::ExportChainSpec(cmd)) => cmd.run(cli.load_spec(&cmd.chain)?),
		Some(Subcommand::CheckBlock(cmd)) => {
			chain_op(&cli, cmd, |client, _, queue, _| cmd.run(client, queue))
		},
		Some(Subcommand::ExportBlocks(cmd)) => {
			chain_op(&cli, cmd, |client, _, _, config| cmd.run(client, config.database))
		},
		Some(Subcommand::ExportState(cmd)) => {
			chain_op(&cli, cmd, |client, _, _, config| cmd.run(client, config.chain_spec))
		},
		Some(Subcommand::ImportBlocks(cmd)) => {
			chain_op(&cli, cmd, |client, _, queue, _| cmd.run(client, queue))
		},
		Some(Subcommand::Revert(cmd)) => {
			chain_op(&cli, cmd, |client, backend, _, _| cmd.run(client, backend, None))
		},
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			let relay_cli = RelayChainCli::<RelayChainCliConfig>::new(
				runner.config(),
				cli.relay_chain_args.iter(),
			);
			runner.sync_run(|config| {
				let relay_config = SubstrateCli::create_configuration(
					&relay_cli,
					&relay_cli,
					config.tokio_handle.clone(),
				)
				.map_err(|e| format!("relay chain arguments: {e}"))?;
				cmd.run(config, relay_config)
			})
		},
		Some(Subcommand::ExportGenesisHead(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(service::new_partial(&config)?.client))
		},
		Some(Subcommand::ExportGenesisWasm(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|_config| {
				let spec = cli.load_spec(cmd.shared_params.chain.as_deref().unwrap_or_default())?;
				cmd.run(&*spec)
			})
		},
		Some(Subcommand::Benchmark(cmd)) => benchmark(&cli, cmd),
		None => run_node(&cli),
	}
}

/// Runs a subcommand that works on the chain's database (check, export, import, revert): `op`
/// gets the node's client, backend and import queue, and the configuration.
fn chain_op<C, Fut>(
	cli: &Cli,
	cmd: &C,
	op: impl FnOnce(
		Arc<service::Client>,
		Arc<service::Backend>,
		DefaultImportQueue<Block>,
		Configuration,
	) -> Fut,
) -> sc_cli::Result<()>
where
	C: sc_cli::CliConfiguration,
	Fut: Future<Output = sc_cli::Result<()>>,
{
	let runner = cli.create_runner(cmd)?;
	runner.async_run(|config| {
		let parts = service::new_partial(&config)?;
		Ok((op(parts.client, parts.backend, parts.import_queue, config), parts.task_manager))
	})
}

/// `allora-node benchmark ...`.
fn benchmark(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	match cmd {
		#[cfg(feature = "runtime-benchmarks")]
		BenchmarkCmd::Pallet(cmd) => {
			use polkadot_sdk::{
				cumulus_client_service::storage_proof_size::HostFunctions as ProofSize,
				sp_runtime::traits::HashingFor,
			};
			// A failing benchmark says why only in the log (`-l benchmark=debug` for more).
			sc_cli::LoggerBuilder::new(cmd.shared_params.log_filters().join(",")).init()?;
			let chain = cmd.shared_params.chain.as_ref().map(|c| cli.load_spec(c)).transpose()?;
			cmd.run_with_spec::<HashingFor<allora_runtime::opaque::Block>, ProofSize>(chain)
		},
		#[cfg(feature = "runtime-benchmarks")]
		BenchmarkCmd::Storage(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				let parts = service::new_partial(&config)?;
				let db = parts.backend.expose_db();
				let storage = parts.backend.expose_storage();
				let trie_cache = parts.backend.expose_shared_trie_cache();
				cmd.run(config, parts.client, db, storage, trie_cache)
			})
		},
		BenchmarkCmd::Block(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(service::new_partial(&config)?.client))
		},
		BenchmarkCmd::Machine(cmd) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()))
		},
		#[cfg(not(feature = "runtime-benchmarks"))]
		BenchmarkCmd::Pallet(_) | BenchmarkCmd::Storage(_) => Err("`benchmark pallet` and \
			`benchmark storage` need a node built with `--features runtime-benchmarks` \
			(`benchmarks/run` builds one)"
			.into()),
		BenchmarkCmd::Overhead(_) | BenchmarkCmd::Extrinsic(_) => {
			Err("allora-node does not run `benchmark overhead` or `benchmark extrinsic`: the \
			     runtime's weights come from `benchmark pallet` (benchmarks/README.md)"
				.into())
		},
	}
}

/// Runs the node: `--dev` alone, or a node of the parachain.
fn run_node(cli: &Cli) -> sc_cli::Result<()> {
	let runner = cli.create_runner(&cli.run.normalize())?;
	let relay_cli =
		RelayChainCli::<RelayChainCliConfig>::new(runner.config(), cli.relay_chain_args.iter());
	let collator_options = cli.run.collator_options();

	runner.run_node_until_exit(|config| async move {
		if let Some(seal) = cli.dev_seal() {
			log::info!("🛠️  Dev chain: no relay chain, blocks sealed {seal}");
			return nodes::dev::start_dev_node(config, seal).map_err(Into::into);
		}

		let hwbench = (!cli.no_hardware_benchmarks)
			.then(|| {
				config.database.path().map(|path| {
					let _ = std::fs::create_dir_all(path);
					sc_sysinfo::gather_hwbench(Some(path), &SUBSTRATE_REFERENCE_HARDWARE)
				})
			})
			.flatten();
		let relay_config =
			SubstrateCli::create_configuration(&relay_cli, &relay_cli, config.tokio_handle.clone())
				.map_err(|e| format!("relay chain arguments: {e}"))?;
		log::info!("✍️  Collating: {}", if config.role.is_authority() { "yes" } else { "no" });

		let export_pov = cli.export_pov_to_path.clone();
		let max_pov = cli.run.experimental_max_pov_percentage;
		match config.network.network_backend {
			sc_network::config::NetworkBackendType::Libp2p => {
				nodes::parachain::start_parachain_node::<sc_network::NetworkWorker<_, _>>(
					config,
					relay_config,
					collator_options,
					hwbench,
					export_pov,
					max_pov,
				)
				.await
			},
			sc_network::config::NetworkBackendType::Litep2p => {
				nodes::parachain::start_parachain_node::<sc_network::Litep2pNetworkBackend>(
					config,
					relay_config,
					collator_options,
					hwbench,
					export_pov,
					max_pov,
				)
				.await
			},
		}
		.map_err(Into::into)
	})
}
