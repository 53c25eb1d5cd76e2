//! What the runtime's integration tests share: a chain built from a genesis preset, as the
//! node builds it.

use allora_runtime::RuntimeGenesisConfig;
use polkadot_sdk::{
	sp_genesis_builder::PresetId, sp_io::TestExternalities, sp_runtime::BuildStorage,
};
use serde_json::Value;

/// Overlays `patch` on `base`, object by object (what the node does with a preset).
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(b), Value::Object(p)) => {
			for (k, v) in p {
				merge(b.entry(k).or_insert(Value::Null), v);
			}
		},
		(b, p) => *b = p,
	}
}

/// The genesis state of the runtime preset `preset` (`development`, `local_testnet`).
pub fn externalities(preset: &str) -> TestExternalities {
	let patch = allora_runtime::genesis_config_presets::get_preset(&PresetId::from(preset))
		.expect("the preset exists");
	let patch: Value = serde_json::from_slice(&patch).expect("a preset is JSON");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("the preset fits");
	config.build_storage().expect("genesis builds").into()
}
