//! `scripts/relay-net`: starts the local relay network (see the library's docs) and keeps it
//! running until Ctrl-C, printing each node's endpoints and a polkadot.js apps link.

use allora_relay_tests::{spawn, Binaries, COLLATORS, PARA_ID, VALIDATORS};
use anyhow::Result;
use std::path::PathBuf;

#[tokio::main]
async fn main() -> Result<()> {
	let bins = Binaries::from_env()?;
	let base = std::env::args().nth(1).map(PathBuf::from);
	println!(
		"relay-net: spawning a westend-local relay ({}) and para {PARA_ID} ({})",
		VALIDATORS.join(", "),
		COLLATORS.join(", ")
	);
	let network = spawn(&bins, base.as_deref()).await?;
	println!("relay-net: up; files and logs in {}", network.base_dir().unwrap_or("?"));
	for node in network.nodes() {
		let ws = node.ws_uri();
		let role = if COLLATORS.contains(&node.name()) { "collator" } else { "validator" };
		println!(
			"  {:<12} {role:<9} {ws}  https://polkadot.js.org/apps/?rpc={}#/explorer",
			node.name(),
			ws.replace(':', "%3A").replace('/', "%2F"),
		);
	}
	println!("relay-net: para blocks start within a minute or two; Ctrl-C stops the network");
	tokio::signal::ctrl_c().await?;
	network.destroy().await.ok();
	Ok(())
}
