//! Builds the WASM blob of the runtime (only when the `std` feature is on).

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("ALLO", 18)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The WASM builder is off when this crate itself is compiled to WASM.
#[cfg(not(feature = "std"))]
fn main() {}
