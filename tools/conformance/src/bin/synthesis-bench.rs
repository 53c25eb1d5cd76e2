//! `synthesis-bench N [REPEAT]`: one synthesis step of a topic with N inferers and N forecasters
//! (12 forecast elements each, every regret table the chain stores filled), repeated REPEAT times (default 1);
//! prints the mean wall-clock time per step. REPEAT 0 builds the inputs only, so that
//! `valgrind --tool=callgrind` totals of REPEAT 1 minus REPEAT 0 give the instructions of one
//! step (see `benchmarks/synthesis.sh`).

use allora_conformance::pseudo_random;
use allora_synthesis::{
	inference::network_inferences,
	regrets::{RegretKey, RegretTables},
	Fixed, SynthesisParams,
};
use std::{collections::BTreeMap, hint::black_box, time::Instant};

const ELEMENTS: usize = 12;
const U: i128 = 1_000_000_000_000_000_000;

/// A deterministic pseudo-random value in `[lo, hi)`.
fn val(seed: u64, lo: i128, hi: i128) -> Fixed {
	Fixed::from_raw(pseudo_random(seed, lo, hi))
}

fn main() {
	let mut args = std::env::args().skip(1);
	let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or_else(|| {
		eprintln!("usage: synthesis-bench N [REPEAT]");
		std::process::exit(2)
	});
	let repeat: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
	let inferers: Vec<u32> = (0..n as u32).collect();
	let forecasters: Vec<u32> = (0..n as u32).map(|k| 100_000 + k).collect();
	let mut seed = 1u64;
	let mut next = |lo, hi| {
		seed += 1;
		val(seed, lo, hi)
	};
	let mut st = RegretTables::new(next(-3 * U, -U));
	let inferences: BTreeMap<u32, Fixed> =
		inferers.iter().map(|j| (*j, next(U / 10, U / 5))).collect();
	let mut forecasts = BTreeMap::new();
	for (i, k) in forecasters.iter().enumerate() {
		let els = (0..ELEMENTS.min(n))
			.map(|e| ((i + e * 7) % n) as u32)
			.map(|j| (j, next(-5 * U, -3 * U)));
		forecasts.insert(*k, els.collect::<Vec<_>>());
	}
	for j in &inferers {
		st.values.insert(RegretKey::Inferer(*j), next(-3 * U, 0));
		st.values.insert(RegretKey::Naive(*j), next(-3 * U, 0));
		for w in &inferers {
			st.values.insert(
				RegretKey::OneOutInfererInferer { withheld: *w, inferer: *j },
				next(-3 * U, 0),
			);
		}
		for k in &forecasters {
			st.values.insert(
				RegretKey::OneOutForecasterInferer { withheld: *k, inferer: *j },
				next(-3 * U, 0),
			);
			st.values.insert(RegretKey::OneIn { forecaster: *k, worker: *j }, next(-3 * U, 0));
		}
	}
	for k in &forecasters {
		st.values.insert(RegretKey::Forecaster(*k), next(-3 * U, 0));
		st.values.insert(RegretKey::OneIn { forecaster: *k, worker: *k }, next(-3 * U, 0));
		for w in &forecasters {
			st.values.insert(
				RegretKey::OneOutForecasterForecaster { withheld: *w, forecaster: *k },
				next(-3 * U, 0),
			);
		}
		// No `OneOutInfererForecaster` regret: the chain never stores one (reputers report no
		// one-out-inferer forecaster losses), so those rows all take the initial regret.
	}
	let loss = Some(next(-5 * U, -3 * U));
	let params = SynthesisParams::reference();
	let start = Instant::now();
	for _ in 0..repeat {
		let out =
			network_inferences(&st, &inferences, &forecasts, loss, &params).expect("synthesis");
		black_box(out);
	}
	if repeat > 0 {
		let per = start.elapsed() / repeat;
		println!(
			"inferers={n} forecasters={n} elements={} time_per_step_ms={:.3}",
			ELEMENTS.min(n),
			per.as_secs_f64() * 1e3
		);
	}
}
