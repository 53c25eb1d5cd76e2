//! The synthesis gives the same bytes natively and compiled to `wasm32-unknown-unknown` (no
//! `std`, as in the runtime), run by a WASM interpreter: on every epoch of the vectors and on
//! random topics.

use allora_conformance::{synthesis::epoch_inputs, vectors_dir, Vectors};
use allora_synthesis::{
	regrets::{RegretKey, RegretTables},
	Fixed, SynthesisParams,
};
use allora_synthesis_wasm::{run, Case};
use codec::Encode;
use std::{collections::BTreeMap, path::PathBuf, process::Command};
use wasmi::{Engine, Linker, Module, Store};

/// Builds the module with cargo into its own target directory.
fn build_module() -> Vec<u8> {
	let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("synthesis-wasm");
	let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
	let status = Command::new(cargo)
		.args([
			"build",
			"-q",
			"-p",
			"allora-synthesis-wasm",
			"--release",
			"--target",
			"wasm32-unknown-unknown",
		])
		.arg("--target-dir")
		.arg(&target_dir)
		.current_dir(allora_conformance::workspace_root())
		.status()
		.expect("running cargo");
	assert!(status.success(), "building the synthesis WASM module failed");
	std::fs::read(target_dir.join("wasm32-unknown-unknown/release/allora_synthesis_wasm.wasm"))
		.unwrap()
}

struct Guest {
	store: Store<()>,
	memory: wasmi::Memory,
	alloc: wasmi::TypedFunc<u32, u32>,
	synthesize: wasmi::TypedFunc<(u32, u32), u64>,
}

impl Guest {
	fn new(wasm: &[u8]) -> Self {
		let engine = Engine::default();
		let module = Module::new(&engine, wasm).unwrap();
		let mut store = Store::new(&engine, ());
		let linker = <Linker<()>>::new(&engine);
		let instance = linker.instantiate(&mut store, &module).unwrap().start(&mut store).unwrap();
		let memory = instance.get_memory(&store, "memory").unwrap();
		let alloc = instance.get_typed_func::<u32, u32>(&store, "alloc").unwrap();
		let synthesize = instance.get_typed_func::<(u32, u32), u64>(&store, "synthesize").unwrap();
		Guest { store, memory, alloc, synthesize }
	}

	fn run(&mut self, input: &[u8]) -> Vec<u8> {
		let ptr = self.alloc.call(&mut self.store, input.len() as u32).unwrap();
		self.memory.write(&mut self.store, ptr as usize, input).unwrap();
		let packed = self.synthesize.call(&mut self.store, (ptr, input.len() as u32)).unwrap();
		assert_ne!(packed, 0, "the module could not decode its input");
		let (p, l) = ((packed >> 32) as usize, (packed & 0xffff_ffff) as usize);
		let mut out = vec![0u8; l];
		self.memory.read(&self.store, p, &mut out).unwrap();
		out
	}
}

/// A small deterministic generator (xorshift64*), enough for test inputs.
struct Rng(u64);
impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
	}
	fn range(&mut self, lo: i128, hi: i128) -> i128 {
		lo + (self.next() as i128).rem_euclid(hi - lo)
	}
}

fn random_case(rng: &mut Rng) -> Case {
	const U: i128 = 1_000_000_000_000_000_000;
	let n = rng.range(1, 9) as usize;
	let m = rng.range(0, 5) as usize;
	let name = |p: &str, i: usize| format!("{p}{i:02}");
	let r0 =
		if rng.range(0, 4) == 0 { Fixed::ZERO } else { Fixed::from_raw(rng.range(-5 * U, 5 * U)) };
	let mut st = RegretTables::new(r0);
	let mut inferences = BTreeMap::new();
	for j in 0..n {
		inferences.insert(name("i", j), Fixed::from_raw(rng.range(-100 * U, 100 * U)));
		if rng.range(0, 3) > 0 {
			st.values.insert(
				RegretKey::Inferer(name("i", j)),
				Fixed::from_raw(rng.range(-8 * U, 8 * U)),
			);
			st.values
				.insert(RegretKey::Naive(name("i", j)), Fixed::from_raw(rng.range(-8 * U, 8 * U)));
		}
	}
	let mut forecasts = BTreeMap::new();
	for k in 0..m {
		let mut els = Vec::new();
		for j in 0..n {
			if rng.range(0, 3) > 0 {
				els.push((name("i", j), Fixed::from_raw(rng.range(-6 * U, 0))));
			}
		}
		forecasts.insert(name("f", k), els);
		for j in 0..n {
			st.values.insert(
				RegretKey::OneIn { forecaster: name("f", k), worker: name("i", j) },
				Fixed::from_raw(rng.range(-8 * U, 8 * U)),
			);
		}
	}
	let loss =
		if rng.range(0, 5) == 0 { None } else { Some(Fixed::from_raw(rng.range(-6 * U, 0))) };
	(st, inferences, forecasts, loss, SynthesisParams::reference())
}

#[test]
fn wasm_and_native_agree() {
	let mut guest = Guest::new(&build_module());
	let v = Vectors::load(&vectors_dir()).unwrap();
	let mut cases: Vec<Case> = epoch_inputs(&v.inference_synthesis)
		.unwrap()
		.into_iter()
		.map(|(_, st, inf, fc, loss)| (st, inf, fc, Some(loss), SynthesisParams::reference()))
		.collect();
	assert!(!cases.is_empty());
	let mut rng = Rng(0x5eed_1234_abcd_0001);
	cases.extend((0..200).map(|_| random_case(&mut rng)));
	for (i, case) in cases.iter().enumerate() {
		let native = run(case).encode();
		let wasm = guest.run(&case.encode());
		assert_eq!(native, wasm, "case {i} differs");
	}
}
