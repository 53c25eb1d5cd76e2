//! `allora-node`: the collator node of Allora on Polkadot.
//!
//! It is a cumulus collator built on `polkadot-omni-node-lib` with the Allora runtime and its
//! chain specs built in:
//!
//! - `allora-node --chain <dev|local|PATH>` runs a collator or full node of the parachain, with an
//!   in-process relay-chain node configured after `--`.
//! - `allora-node --dev` runs the same runtime alone, with no relay chain: blocks are sealed every
//!   `--dev-block-time` ms (default 2000 here) on a mocked relay-chain inherent, state lives in a
//!   temporary directory unless `--base-path` is given, and RPC listens on 127.0.0.1.
//! - ParityDB is the default database (`--database` chooses another).
//! - `allora-node benchmark ...` runs the benchmarks (pallet benchmarks need a build with the
//!   `runtime-benchmarks` feature).

#![warn(missing_docs)]

mod chain_spec;
mod defaults;

use polkadot_sdk::{
	polkadot_omni_node_lib::{
		chain_spec::LoadSpec, run, runtime::DefaultRuntimeResolver, CliConfig as CliConfigT,
		RunConfig,
	},
	sc_chain_spec,
};

/// How the binary presents itself in `--help` and `--version`.
struct CliConfig;

impl CliConfigT for CliConfig {
	fn impl_version() -> String {
		let commit_hash = env!("SUBSTRATE_CLI_COMMIT_HASH");
		format!("{}-{commit_hash}", env!("CARGO_PKG_VERSION"))
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		env!("CARGO_PKG_REPOSITORY").into()
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

/// Resolves `--chain` ids to the built-in specs, and anything else to a JSON file.
struct ChainSpecLoader;

impl LoadSpec for ChainSpecLoader {
	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_chain_spec::ChainSpec>, String> {
		chain_spec::load(id)
	}
}

fn main() -> Result<(), Box<polkadot_sdk::sc_cli::Error>> {
	// ParityDB, and a 2 s block time for `--dev` (see `defaults`).
	defaults::reexec_with_defaults();

	let config = RunConfig::new(Box::new(DefaultRuntimeResolver), Box::new(ChainSpecLoader));
	run::<CliConfig>(config).map_err(Box::new)
}
