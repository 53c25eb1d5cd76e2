//! The participants' client types its calls, storage and runtime APIs from a copy of this
//! runtime's metadata (`client/metadata.scale`, subxt's input). This test keeps the copy the
//! runtime's: a runtime change the client would not know fails here until the copy is
//! rewritten with `ALLORA_WRITE_METADATA=1 cargo test -p allora-runtime --test metadata` (and
//! the client compiled against it).

use allora_runtime::Runtime;
use std::path::PathBuf;

/// The metadata version the client reads (subxt reads 14 to 16; 15 carries the runtime APIs).
const VERSION: u32 = 15;

#[test]
fn the_clients_metadata_is_the_runtimes() {
	// Building the metadata reads the runtime's parameter types' defaults (some from storage).
	let metadata = polkadot_sdk::sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(VERSION))
		.expect("the runtime offers metadata v15");
	let bytes: &[u8] = &metadata;
	let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../client/metadata.scale");
	if std::env::var_os("ALLORA_WRITE_METADATA").is_some() {
		std::fs::write(&path, bytes).expect("client/metadata.scale is writable");
	}
	let copy = std::fs::read(&path).unwrap_or_default();
	assert!(
		copy == bytes,
		"client/metadata.scale is not this runtime's metadata: rewrite it with \
		 `ALLORA_WRITE_METADATA=1 cargo test -p allora-runtime --test metadata`"
	);
}
