//! The chain specs built into the node, from the runtime's genesis presets.

use allora_runtime::genesis_config_presets::PARACHAIN_ID;
use polkadot_sdk::{
	polkadot_omni_node_lib::chain_spec::{Extensions, GenericChainSpec},
	sc_chain_spec::{ChainSpec, ChainType},
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
};

/// Token symbol, decimals and SS58 prefix, as polkadot.js apps shows them.
fn properties() -> polkadot_sdk::sc_chain_spec::Properties {
	let mut p = polkadot_sdk::sc_chain_spec::Properties::new();
	p.insert("tokenSymbol".into(), "ALLO".into());
	p.insert("tokenDecimals".into(), 18.into());
	p.insert("ss58Format".into(), 42.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	allora_runtime::WASM_BINARY
		.ok_or_else(|| "allora-node was built without the runtime's WASM (SKIP_WASM_BUILD)".into())
}

/// A spec of our runtime from one of its genesis presets.
fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<GenericChainSpec, String> {
	Ok(GenericChainSpec::builder(wasm()?, Extensions::new("westend-local".into(), PARACHAIN_ID))
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_protocol_id(id)
		.with_properties(properties())
		.build())
}

/// The `development` spec: one node, `--dev`.
pub fn development() -> Result<GenericChainSpec, String> {
	from_preset("Allora Development", "allora_dev", ChainType::Development, DEV_RUNTIME_PRESET)
}

/// The `local_testnet` spec: Alice and Bob collating on a local relay chain.
pub fn local_testnet() -> Result<GenericChainSpec, String> {
	from_preset(
		"Allora Local Testnet",
		"allora_local_testnet",
		ChainType::Local,
		LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// Loads the spec named by `--chain`: `dev`, `local`, or a path to a JSON spec.
pub fn load(id: &str) -> Result<Box<dyn ChainSpec>, String> {
	Ok(match id {
		"" | "dev" | "development" => Box::new(development()?),
		"local" | "local_testnet" => Box::new(local_testnet()?),
		path => Box::new(GenericChainSpec::from_json_file(path.into())?),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The spec as JSON, without the WASM code: the code embeds build paths, so it differs
	/// between checkouts; everything else must match the committed file exactly.
	fn without_code(json: &str) -> serde_json::Value {
		let mut v: serde_json::Value = serde_json::from_str(json).expect("a chain spec is JSON");
		if let Some(g) = v.pointer_mut("/genesis/runtimeGenesis").and_then(|g| g.as_object_mut()) {
			g.remove("code");
		}
		v
	}

	fn committed(file: &str) -> String {
		// Read at run time: a test binary reused by another checkout looks in that checkout.
		let node_dir = std::env::var("CARGO_MANIFEST_DIR")
			.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
		let path = format!("{node_dir}/../chain-specs/{file}");
		std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
	}

	#[test]
	fn committed_specs_match_the_presets() {
		for (spec, file) in [
			(development().unwrap(), "development.json"),
			(local_testnet().unwrap(), "local_testnet.json"),
		] {
			let generated = spec.as_json(false).unwrap();
			assert_eq!(
				without_code(&generated),
				without_code(&committed(file)),
				"chain-specs/{file} drifted from the runtime preset: run scripts/chain-specs"
			);
		}
	}

	#[test]
	fn ids_resolve() {
		assert_eq!(load("dev").unwrap().id(), "allora_dev");
		assert_eq!(load("local").unwrap().id(), "allora_local_testnet");
		assert!(load("/nonexistent/spec.json").is_err());
	}
}
