//! The local relay network of Allora on Polkadot, as `scripts/relay-net` starts it for a person
//! and `tests/relay` tests it: a `westend-local` relay chain of two validators (our
//! `tools/relay` build of the `polkadot` node) and our parachain, id 2000, of two collators
//! (`allora-node --chain local`), orchestrated by zombienet-sdk's native provider.
//!
//! zombienet writes the para's chain spec from `allora-node build-spec --chain local`, with the
//! session keys of the nodes it names; the collators are named `alice` and `bob` so that their
//! keys (`//Alice`, `//Bob`) are those of the `local` spec's staked collators. The genesis head
//! and WASM come from the node's own `export-genesis-head` and `export-genesis-wasm`; the para
//! is registered in the relay's genesis, which is also given a core for it.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use zombienet_sdk::{
	subxt::{
		self,
		backend::{legacy::LegacyRpcMethods, rpc::RpcClient},
		config::substrate::DigestItem,
		ext::codec::{Compact, Decode},
		OnlineClient, PolkadotConfig,
	},
	LocalFileSystem, Network, NetworkConfig, NetworkConfigBuilder, NetworkConfigExt,
};

/// The parachain's id on the relay chain.
pub const PARA_ID: u32 = 2000;
/// The relay chain's validators (zombienet derives their keys from the names).
pub const VALIDATORS: [&str; 2] = ["validator-a", "validator-b"];
/// The collators: their names give them the keys of the `local` spec's staked collators.
pub const COLLATORS: [&str; 2] = ["alice", "bob"];
/// The best-block height that every node exports.
pub const BEST: &str = "block_height{status=\"best\"}";
/// The finalized height that every node exports.
pub const FINALIZED: &str = "block_height{status=\"finalized\"}";

/// The binaries the network runs.
#[derive(Clone, Debug)]
pub struct Binaries {
	/// The `polkadot` relay node; `polkadot-prepare-worker` and `polkadot-execute-worker` sit
	/// beside it.
	pub polkadot: PathBuf,
	/// `allora-node`.
	pub node: PathBuf,
}

impl Binaries {
	/// `ALLORA_POLKADOT` and `ALLORA_NODE`, or the debug builds in [`main_target_dir`]. Every
	/// one must exist.
	pub fn from_env() -> Result<Self> {
		let target = main_target_dir();
		let pick = |var: &str, name: &str| {
			std::env::var_os(var)
				.map(PathBuf::from)
				.unwrap_or_else(|| target.join("debug").join(name))
		};
		let bins = Binaries {
			polkadot: pick("ALLORA_POLKADOT", "polkadot"),
			node: pick("ALLORA_NODE", "allora-node"),
		};
		let dir = bins.polkadot.parent().unwrap_or(Path::new("."));
		for path in [
			bins.polkadot.clone(),
			dir.join("polkadot-prepare-worker"),
			dir.join("polkadot-execute-worker"),
			bins.node.clone(),
		] {
			if !path.is_file() {
				bail!(
					"{} is missing (build it: cargo build -p allora-relay -p allora-node)",
					path.display()
				);
			}
		}
		Ok(bins)
	}
}

/// The main workspace's target dir, where the node and the relay node are built:
/// `CARGO_TARGET_DIR` (without the `/zombienet` that this crate's own builds add, see
/// scripts/relay-build), or `~/.cache/allora-target`.
pub fn main_target_dir() -> PathBuf {
	match std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from) {
		Some(dir) if dir.ends_with("zombienet") => {
			dir.parent().map(Path::to_path_buf).unwrap_or(dir)
		},
		Some(dir) => dir,
		None => {
			PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/allora-target")
		},
	}
}

/// The network's configuration; `base_dir` keeps the nodes' files (a temporary dir if `None`).
pub fn network_config(bins: &Binaries, base_dir: Option<&Path>) -> Result<NetworkConfig> {
	let polkadot = bins.polkadot.to_string_lossy().into_owned();
	let node = bins.node.to_string_lossy().into_owned();
	NetworkConfigBuilder::new()
		.with_relaychain(|r| {
			r.with_chain("westend-local")
				.with_default_command(polkadot.as_str())
				.with_validator(|v| v.with_name(VALIDATORS[0]))
				.with_validator(|v| v.with_name(VALIDATORS[1]))
		})
		.with_parachain(|p| {
			p.with_id(PARA_ID)
				.with_chain("local")
				.cumulus_based(true)
				.with_default_command(node.as_str())
				.with_collator(|c| c.with_name(COLLATORS[0]))
				.with_collator(|c| c.with_name(COLLATORS[1]))
		})
		// No teardown (and `exit(1)`) when a node stops answering: the test stops a collator on
		// purpose, and a person's network should not vanish with one node.
		.with_global_settings(|g| {
			let g = g.with_tear_down_on_failure(false);
			match base_dir {
				Some(dir) => g.with_base_dir(dir),
				None => g,
			}
		})
		.build()
		.map_err(|errs| {
			anyhow!(
				"network config: {}",
				errs.into_iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
			)
		})
}

/// Spawns the network with the native provider.
pub async fn spawn(bins: &Binaries, base_dir: Option<&Path>) -> Result<Network<LocalFileSystem>> {
	network_config(bins, base_dir)?.spawn_native().await.context("spawning the network")
}

/// A node's legacy RPC methods (block hashes and headers by number).
pub async fn legacy_rpc(ws: &str) -> Result<LegacyRpcMethods<PolkadotConfig>> {
	let rpc =
		RpcClient::from_insecure_url(ws).await.with_context(|| format!("connecting to {ws}"))?;
	Ok(LegacyRpcMethods::new(rpc))
}

/// The Aura slot of a block, from its pre-runtime digest.
pub fn aura_slot(logs: &[DigestItem]) -> Option<u64> {
	logs.iter().find_map(|log| match log {
		DigestItem::PreRuntime(engine, data) if *engine == *b"aura" => {
			u64::decode(&mut &data[..]).ok()
		},
		_ => None,
	})
}

/// The block number in a parachain head as the relay chain stores it (`Paras::Heads`): the
/// SCALE-encoded `HeadData` (a byte vector) of a header that starts with the parent hash.
pub fn head_number(stored: &[u8]) -> Result<u32> {
	let head = Vec::<u8>::decode(&mut &stored[..]).context("head data")?;
	let mut rest = head.get(32..).ok_or_else(|| anyhow!("a head of {} bytes", head.len()))?;
	Ok(Compact::<u32>::decode(&mut rest).context("head number")?.0)
}

/// The number of the parachain's head that the relay chain holds at block `at`.
pub async fn included_head(
	relay: &OnlineClient<PolkadotConfig>,
	at: subxt::utils::H256,
) -> Result<Option<u32>> {
	let query = subxt::dynamic::storage(
		"Paras",
		"Heads",
		vec![subxt::dynamic::Value::u128(PARA_ID.into())],
	);
	match relay.storage().at(at).fetch(&query).await? {
		Some(value) => Ok(Some(head_number(value.encoded())?)),
		None => Ok(None),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use zombienet_sdk::subxt::ext::codec::Encode;

	#[test]
	fn head_number_reads_a_stored_head() {
		let mut header = vec![7u8; 32];
		header.extend(Compact(4242u32).encode());
		header.extend([1u8; 64]);
		assert_eq!(head_number(&header.encode()).unwrap(), 4242);
		assert!(head_number(&vec![0u8; 10].encode()).is_err());
	}

	#[test]
	fn aura_slot_reads_the_pre_runtime_digest() {
		let logs = vec![
			DigestItem::PreRuntime(*b"CMLS", vec![1]),
			DigestItem::PreRuntime(*b"aura", 77u64.encode()),
		];
		assert_eq!(aura_slot(&logs), Some(77));
		assert_eq!(aura_slot(&logs[..1]), None);
	}
}
