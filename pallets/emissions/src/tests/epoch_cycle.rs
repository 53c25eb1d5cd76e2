//! The epoch cycle over every topic setting `create_topic` accepts (issue 16).
//!
//! For a few epoch lengths `E`, every submission window `W` in `1..=E` and every ground-truth
//! lag `L` in `E..=3E`, with 1–3 workers and 1–3 staked reputers, a topic plays several epochs
//! through the mock's real hook order. Each block a *probe* reputer (staked, never reporting for
//! real) tries to report every synthesised nonce, and the attempt is rolled back: that counts
//! the blocks in which a reputer could report, as a reputer would find out. The property: every
//! epoch in which the workers submitted gets exactly one reputer window (one run of accepting
//! blocks) of at least `E` blocks, and the reports sent in its first block give network
//! losses, regret updates and, for a nonce synthesised after the topic's first network losses
//! with two or more inferers, a paid epoch.

use super::payouts::report_for;
use super::{next_block, set, staffed_topic};
use crate::{mock::*, *};
use alloc::collections::{BTreeMap, BTreeSet};
use pallet_topics::TopicsParam;
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		storage::{with_transaction, TransactionOutcome},
	},
	sp_runtime::DispatchError,
};

/// The staked reputer that only probes.
const PROBE: u64 = 5;
/// Epochs of workers' submissions per setting.
const EPOCHS: u64 = 6;

/// What one setting's run saw of one synthesised nonce.
#[derive(Default, Debug)]
struct Seen {
	/// The block its network inference was computed in.
	computed_at: u64,
	/// Blocks in which a report of the nonce was accepted.
	accepting: Vec<u64>,
	losses: bool,
	regrets: bool,
	rewarded: bool,
}

/// What went wrong with one setting, if anything.
fn play(e: u64, w: u64, l: u64, workers: u64, reputers: u64) -> Result<(), String> {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		set(vec![TopicsParam::MinEpochLength(1)]);
		set_collator_stake(50_000 * UNIT);
		let mut config = pallet_topics::TopicConfig::example(e as u32, w as u32);
		config.ground_truth_lag = l;
		let staked = (0..reputers).chain([PROBE]);
		let t = staffed_topic(config, workers, staked, 20_000 * UNIT, 1_000 * UNIT);
		let first_epoch = System::block_number() + e;
		let last_submitted = first_epoch + (EPOCHS - 1) * e;
		// Long enough for the last epoch's window at its latest (`n + L + 1`) plus `2E`.
		let horizon = last_submitted + l + 3 * e + 4;
		let mut submitted: BTreeSet<u64> = BTreeSet::new();
		let mut seen: BTreeMap<u64, Seen> = BTreeMap::new();
		let mut reported: BTreeSet<u64> = BTreeSet::new();
		let mut first_losses_at: Option<u64> = None;
		while System::block_number() < horizon {
			let now = next_block();
			for record in System::events() {
				match record.event {
					RuntimeEvent::Inference(
						pallet_inference::Event::NetworkInferenceComputed { nonce, .. },
					) => seen.entry(nonce).or_default().computed_at = now,
					RuntimeEvent::Inference(pallet_inference::Event::RegretsUpdated {
						nonce,
						..
					}) => seen.entry(nonce).or_default().regrets = true,
					RuntimeEvent::Reputation(pallet_reputation::Event::NetworkLossesComputed {
						nonce,
						..
					}) => {
						seen.entry(nonce).or_default().losses = true;
						first_losses_at.get_or_insert(now);
					},
					RuntimeEvent::Emissions(Event::EpochRewarded { nonce, .. }) => {
						seen.entry(nonce).or_default().rewarded = true
					},
					_ => {},
				}
			}
			// Workers submit in the first block of each window, for the first epochs.
			for n in pallet_inference::OpenNonces::<Test>::get(t) {
				if n + 1 == now && n <= last_submitted && submitted.insert(n) {
					for i in 0..workers {
						let value = Fixed::from_int(n as i64 + i as i64);
						assert_ok!(Inference::submit_worker_payload(
							RuntimeOrigin::signed(worker(i)),
							t,
							n,
							Some(value),
							None
						));
					}
				}
			}
			// Every synthesised nonce whose record is kept: would a report be accepted now?
			for (&n, s) in seen.iter_mut() {
				if pallet_inference::Pallet::<Test>::record(t, n).is_none() {
					continue;
				}
				let truth = Fixed::from_int(n as i64);
				let report = report_for(t, n, truth, Fixed::ZERO);
				let accepted = with_transaction(|| {
					let r = Reputation::submit_reputer_payload(
						RuntimeOrigin::signed(reputer(PROBE)),
						t,
						n,
						report.clone(),
					);
					TransactionOutcome::Rollback(Ok::<_, DispatchError>(r.is_ok()))
				})
				.unwrap_or(false);
				if accepted {
					s.accepting.push(now);
					if reported.insert(n) {
						for i in 0..reputers {
							assert_ok!(Reputation::submit_reputer_payload(
								RuntimeOrigin::signed(reputer(i)),
								t,
								n,
								report.clone()
							));
						}
					}
				}
			}
			check_invariants();
		}
		let mut problems = Vec::new();
		for n in &submitted {
			let Some(s) = seen.get(n) else {
				problems.push(format!("nonce {n}: no network inference"));
				continue;
			};
			let runs = s.accepting.windows(2).filter(|p| p[1] != p[0] + 1).count() + 1;
			if s.accepting.is_empty() {
				problems.push(format!("nonce {n}: no block accepted a report"));
			} else if runs != 1 {
				problems.push(format!("nonce {n}: {runs} reputer windows"));
			} else if (s.accepting.len() as u64) < e {
				problems.push(format!("nonce {n}: a window of {} blocks", s.accepting.len()));
			}
			let processed = s.losses && s.regrets;
			if !s.accepting.is_empty() && !processed {
				problems.push(format!("nonce {n}: reported but no losses or regrets"));
			}
			// A nonce synthesised before the topic's first network losses is the median of the
			// inferences, with no one-out losses to score inferers by; one inferer has no
			// one-out network either.
			let scored = first_losses_at.is_some_and(|at| s.computed_at > at) && workers > 1;
			if s.losses && scored && !s.rewarded {
				problems.push(format!("nonce {n}: losses but no reward"));
			}
		}
		if problems.is_empty() {
			Ok(())
		} else {
			Err(problems.join("; "))
		}
	})
}

/// Every `(E, W, L)` of the grid, with the worker and reputer counts cycling through 1–3.
fn settings() -> Vec<(u64, u64, u64, u64, u64)> {
	let mut all = Vec::new();
	let mut k = 0u64;
	for e in [4u64, 5, 6] {
		for w in 1..=e {
			for l in e..=3 * e {
				all.push((e, w, l, 1 + k % 3, 1 + (k / 3) % 3));
				k += 1;
			}
		}
	}
	all
}

#[test]
fn every_setting_gets_one_reputer_window_per_epoch_losses_and_rewards() {
	let failures: Vec<String> = settings()
		.into_iter()
		.filter_map(|(e, w, l, workers, reputers)| {
			play(e, w, l, workers, reputers)
				.err()
				.map(|p| format!("E={e} W={w} L={l} workers={workers} reputers={reputers}: {p}"))
		})
		.collect();
	assert!(
		failures.is_empty(),
		"{} of {} settings failed:\n{}",
		failures.len(),
		settings().len(),
		failures.join("\n")
	);
}
