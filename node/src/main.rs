//! `allora-node`: the collator node of Allora on Polkadot.
//!
//! - `allora-node --chain <dev|local|PATH>` runs a collator (`--collator`) or full node of the
//!   parachain, with an in-process relay-chain node configured after `--` (or
//!   `--relay-chain-rpc-url`).
//! - `allora-node --dev` runs the same runtime alone, with no relay chain: a block is sealed every
//!   `--dev-block-time` ms (2000 by default) or per transaction (`--instant-seal`, refused
//!   without `--dev`) on a mocked relay-chain inherent, each finalized at once; state lives in a
//!   temporary directory unless `--base-path` is given.
//! - Our Prometheus metrics (`allora_*`, [`metrics`]) join Substrate's on `--prometheus-port`.
//! - ParityDB is the default database (`--database` chooses another).
//! - Both serve the standard RPC plus the `allora_*` methods of our pallets (`docs/rpc.md`).
//! - `allora-node benchmark ...` runs the benchmarks (pallet and storage benchmarks need a build
//!   with the `runtime-benchmarks` feature).

#![warn(missing_docs)]
// `sc_service::Error` and `sc_cli::Error` are the SDK's error types, large by design; every
// node of the SDK returns them as they are.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod metrics;
mod nodes;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
