//! Rebuilds the client when the chain's metadata changes: the `subxt` macro reads
//! `metadata.scale` at compile time without telling cargo, so a regenerated file alone would
//! leave a client whose static runtime API checks fail against the new chain.
fn main() {
	println!("cargo:rerun-if-changed=metadata.scale");
}
