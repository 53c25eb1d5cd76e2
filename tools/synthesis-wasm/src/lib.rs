//! The synthesis as a WASM module: `synthesize(ptr, len)` takes a SCALE-encoded [`Case`] and
//! returns `(ptr << 32) | len` of the SCALE-encoded result. The host side (the conformance
//! tests) runs the same cases natively and in this module and requires identical bytes.
//!
//! `allora-synthesis` is built here without its `std` feature, as in the runtime.

use allora_synthesis::{
	forecast::Forecast,
	inference::{network_inferences, NetworkInferences},
	regrets::RegretTables,
	Fixed, SynthesisError, SynthesisParams,
};
use codec::{Decode, Encode};
use std::collections::BTreeMap;

/// One synthesis input: regrets, inferences, forecasts, previous loss, parameters.
pub type Case = (
	RegretTables<String>,
	BTreeMap<String, Fixed>,
	BTreeMap<String, Forecast<String>>,
	Option<Fixed>,
	SynthesisParams,
);

/// The synthesis result of a case.
pub type Outcome = Result<NetworkInferences<String>, SynthesisError>;

/// Runs one case.
pub fn run(case: &Case) -> Outcome {
	network_inferences(&case.0, &case.1, &case.2, case.3, &case.4)
}

/// Runs one SCALE-encoded case; `None` if it does not decode.
pub fn run_encoded(input: &[u8]) -> Option<Vec<u8>> {
	let case = Case::decode(&mut &input[..]).ok()?;
	Some(run(&case).encode())
}

/// Allocates `len` bytes in the module's memory for the host to write a case into.
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn alloc(len: u32) -> *mut u8 {
	let mut v = Vec::<u8>::with_capacity(len as usize);
	let p = v.as_mut_ptr();
	core::mem::forget(v);
	p
}

/// Runs the case at `ptr..ptr+len`; returns `(result ptr << 32) | result len` (0 when the input
/// does not decode).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn synthesize(ptr: *const u8, len: u32) -> u64 {
	// SAFETY: the host wrote `len` bytes at `ptr`, a buffer it got from `alloc(len)`.
	let input = unsafe { core::slice::from_raw_parts(ptr, len as usize) };
	match run_encoded(input) {
		Some(out) => {
			let (p, l) = (out.as_ptr() as u64, out.len() as u64);
			core::mem::forget(out);
			(p << 32) | l
		},
		None => 0,
	}
}
