//! `scoring-bench R C [REPEAT]`: the reputers' scoring of one reputer-nonce close with R
//! reputers reporting C losses each (every loss reported, as a reputer reports every worker of
//! the network inference), for the full `GradientDescentMaxIters` = 10 steps (the threshold is
//! set to 0 so that the ascent never stops early), repeated REPEAT times (default 1); prints the
//! mean wall-clock time per scoring. REPEAT 0 builds the inputs only, so that callgrind totals
//! of REPEAT 1 minus REPEAT 0 give one scoring's instructions (see `benchmarks/scoring.sh`).

use allora_conformance::pseudo_random;
use allora_rewards::reputers::{reputer_scores, stake_fractions, LossRow, ReputerParams};
use allora_synthesis::Fixed;
use std::{hint::black_box, time::Instant};

const U: i128 = 1_000_000_000_000_000_000;

fn main() {
	let mut args = std::env::args().skip(1);
	let mut arg = |name: &str| -> Option<u64> {
		args.next().map(|a| a.parse().unwrap_or_else(|_| panic!("{name}: a number")))
	};
	let (Some(r), Some(c)) = (arg("R"), arg("C")) else {
		eprintln!("usage: scoring-bench R C [REPEAT]");
		std::process::exit(2)
	};
	let repeat = arg("REPEAT").unwrap_or(1);
	let mut seed = 1u64;
	// Each column has a true loss; each reputer reports it with its own noise.
	let truth: Vec<i128> = (0..c).map(|j| pseudo_random(j + 7, -3 * U, -U)).collect();
	let losses: Vec<LossRow> = (0..r)
		.map(|_| {
			truth
				.iter()
				.map(|t| {
					seed += 1;
					Some(Fixed::from_raw(t + pseudo_random(seed, -U / 10, U / 10)))
				})
				.collect()
		})
		.collect();
	let stakes: Vec<u128> =
		(0..r).map(|m| 1_000_000_000_000_000_000 + pseudo_random(m + 99, 0, U) as u128).collect();
	let fractions = stake_fractions(&stakes).expect("fractions");
	let initial = vec![Fixed::ONE; r as usize];
	let params =
		ReputerParams { max_gradient_threshold: Fixed::ZERO, ..ReputerParams::reference() };
	let start = Instant::now();
	for _ in 0..repeat {
		let out = reputer_scores(&losses, &fractions, &initial, &params).expect("scoring");
		black_box(out);
	}
	if repeat > 0 {
		let per = start.elapsed() / repeat as u32;
		println!("reputers={r} columns={c} time_per_scoring_ms={:.3}", per.as_secs_f64() * 1e3);
	}
}
