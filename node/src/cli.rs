//! The command line of `allora-node`.

use std::path::PathBuf;

use polkadot_sdk::{
	cumulus_client_cli, frame_benchmarking_cli::BenchmarkCmd, sc_cli, sc_cli::Database,
};

/// Block time of `--dev`, in milliseconds.
pub const DEFAULT_DEV_BLOCK_TIME_MS: u64 = 2000;

/// The database a node opens unless `--database` says otherwise: ParityDB (RocksDB is compiled
/// in for the embedded relay-chain node, but builds slowly and is not the parachain's default).
pub const DEFAULT_DATABASE: Database = Database::ParityDb;

/// The subcommands of `allora-node`.
// Parsed once per run: the size of the benchmark variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export a built-in chain spec (`--chain dev|local`) or a JSON one, plain or `--raw`.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Remove the whole chain (the parachain's and the embedded relay chain's databases).
	PurgeChain(cumulus_client_cli::PurgeChainCmd),

	/// Export the genesis head data of the parachain (to register it on the relay chain).
	#[command(alias = "export-genesis-state")]
	ExportGenesisHead(cumulus_client_cli::ExportGenesisHeadCommand),

	/// Export the genesis WASM of the parachain (to register it on the relay chain).
	ExportGenesisWasm(cumulus_client_cli::ExportGenesisWasmCommand),

	/// Benchmarks: `pallet` (needs a build with `--features runtime-benchmarks`), `storage`,
	/// `block`, `machine`, `overhead`.
	#[command(subcommand)]
	Benchmark(BenchmarkCmd),
}

/// `allora-node [SUBCOMMAND] [OPTIONS] [-- RELAY CHAIN OPTIONS]`.
#[derive(Debug, clap::Parser)]
#[command(
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The options of a cumulus node.
	#[command(flatten)]
	pub run: cumulus_client_cli::RunCmd,

	/// With `--dev`: seal a block every this many milliseconds.
	#[arg(long, value_name = "MS", default_value_t = DEFAULT_DEV_BLOCK_TIME_MS)]
	pub dev_block_time: u64,

	/// With `--dev` (refused without it: a node on a real chain spec is sealed by its relay
	/// chain): seal a block as soon as a transaction arrives, instead of on a timer.
	#[arg(long, requires = "dev")]
	pub instant_seal: bool,

	/// Do not run the hardware benchmarks at start-up (they measure CPU, memory and disk and
	/// warn a collator below the reference hardware).
	#[arg(long)]
	pub no_hardware_benchmarks: bool,

	/// Export every PoV this collator builds to this folder (to debug a candidate the relay
	/// chain rejects).
	#[arg(long)]
	pub export_pov_to_path: Option<PathBuf>,

	/// The embedded relay-chain node's options, after `--`.
	#[arg(raw = true)]
	pub relay_chain_args: Vec<String>,
}

/// How `--dev` seals blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DevSeal {
	/// A block every this many milliseconds, empty or not.
	Every(u64),
	/// A block per transaction.
	Instant,
}

impl std::fmt::Display for DevSeal {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			DevSeal::Every(ms) => write!(f, "every {ms} ms"),
			DevSeal::Instant => write!(f, "per transaction"),
		}
	}
}

impl Cli {
	/// The seal of a `--dev` node; `None` runs a parachain node.
	pub fn dev_seal(&self) -> Option<DevSeal> {
		let dev = self.run.base.shared_params.dev;
		let seal =
			if self.instant_seal { DevSeal::Instant } else { DevSeal::Every(self.dev_block_time) };
		dev.then_some(seal)
	}

	/// ParityDB wherever the command line names no database.
	pub fn apply_default_database(&mut self) {
		let default = |p: &mut sc_cli::DatabaseParams| {
			p.database.get_or_insert(DEFAULT_DATABASE);
		};
		default(&mut self.run.base.import_params.database_params);
		match &mut self.subcommand {
			Some(Subcommand::CheckBlock(c)) => default(&mut c.import_params.database_params),
			Some(Subcommand::ExportBlocks(c)) => default(&mut c.database_params),
			Some(Subcommand::ExportState(c)) => default(&mut c.database_params),
			Some(Subcommand::ImportBlocks(c)) => default(&mut c.import_params.database_params),
			Some(Subcommand::Revert(c)) => default(&mut c.database_params),
			Some(Subcommand::PurgeChain(c)) => default(&mut c.base.database_params),
			_ => {},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use clap::{CommandFactory, FromArgMatches};

	/// Parses as the binary does (`SubstrateCli::from_args` gives the command its version).
	fn parse(args: &str) -> Cli {
		let matches = Cli::command()
			.version("test")
			.try_get_matches_from(args.split_whitespace())
			.expect("valid arguments");
		let mut cli = Cli::from_arg_matches(&matches).expect("valid arguments");
		cli.apply_default_database();
		cli
	}

	#[test]
	fn dev_seals_every_two_seconds_on_paritydb() {
		let cli = parse("allora-node --dev");
		assert_eq!(cli.dev_seal(), Some(DevSeal::Every(2000)));
		assert_eq!(cli.run.base.import_params.database_params.database, Some(Database::ParityDb));
	}

	#[test]
	fn explicit_choices_are_kept() {
		let cli = parse("allora-node --dev --dev-block-time 500 --database rocksdb");
		assert_eq!(cli.dev_seal(), Some(DevSeal::Every(500)));
		assert_eq!(cli.run.base.import_params.database_params.database, Some(Database::RocksDb));
		assert_eq!(parse("allora-node --dev --instant-seal").dev_seal(), Some(DevSeal::Instant));
	}

	#[test]
	fn instant_seal_without_dev_is_refused() {
		let refused = Cli::command()
			.version("test")
			.try_get_matches_from(["allora-node", "--chain", "local", "--instant-seal"])
			.expect_err("refused");
		assert_eq!(refused.kind(), clap::error::ErrorKind::MissingRequiredArgument);
		assert!(refused.to_string().contains("--dev"), "{refused}");
	}

	#[test]
	fn without_dev_a_parachain_node_runs() {
		let cli = parse("allora-node --chain local --collator -- --chain relay.json");
		assert_eq!(cli.dev_seal(), None);
		assert_eq!(cli.relay_chain_args, ["--chain", "relay.json"]);
	}

	#[test]
	fn subcommands_that_open_the_database_get_paritydb() {
		let cli = parse("allora-node purge-chain --dev");
		let Some(Subcommand::PurgeChain(cmd)) = cli.subcommand else { panic!("purge-chain") };
		assert_eq!(cmd.base.database_params.database, Some(Database::ParityDb));
		assert!(matches!(
			parse("allora-node benchmark machine").subcommand,
			Some(Subcommand::Benchmark(BenchmarkCmd::Machine(_)))
		));
	}
}
