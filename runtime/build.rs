//! Builds the WASM blob of the runtime (only when the `std` feature is on).
//!
//! With `ALLORA_NEXT_SPEC_WASM` set, it also builds the same runtime with the
//! `next-spec-version` feature (`spec_version` + 1) as a second blob,
//! `allora_runtime_next.compact.compressed.wasm` beside the first in the WASM builder's
//! `wbuild/allora-runtime`: the runtime upgrade that tests/relay enacts through the relay chain.
//! Only the runtime crate itself is compiled twice; its dependencies are shared.

#[cfg(feature = "std")]
fn main() {
	println!("cargo:rerun-if-env-changed=ALLORA_NEXT_SPEC_WASM");
	builder().build();
	if std::env::var_os("ALLORA_NEXT_SPEC_WASM").is_some() {
		builder().set_file_name("allora_runtime_next").enable_feature("next-spec-version").build();
	}
}

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn builder() -> substrate_wasm_builder::WasmBuilder {
	substrate_wasm_builder::WasmBuilder::init_with_defaults().enable_metadata_hash("ALLO", 18)
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn builder() -> substrate_wasm_builder::WasmBuilder {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
}

/// The WASM builder is off when this crate itself is compiled to WASM.
#[cfg(not(feature = "std"))]
fn main() {}
