//! Commit–reveal of loss reports: every outcome of the two calls, that an unrevealed
//! commitment is not scored, and that no report is readable before its reveal.

use super::*;
use allora_primitives::commit_reveal::{commitment, Salt};
use polkadot_sdk::frame_support::dispatch::Pays;

/// Topic 1 with commit–reveal (worker window 14..=19 revealing in 18..=19; reputer windows an
/// epoch long revealing in their last 4 blocks), 3 workers and 3 reputers of which the first
/// two are staked; the workers commit and reveal at nonce 13, whose reputer window is
/// 25..=36: commit 25..=32, reveal 33..=36. Returns at block 20.
fn commit_reveal_topic_with_a_closed_nonce() {
	let config = pallet_topics::TopicConfig::example_commit_reveal(12, 6, 2, 4);
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), config));
	for i in 0..3 {
		assert_ok!(Topics::register(RuntimeOrigin::signed(worker(i)), 1, Role::Worker));
		assert_ok!(Topics::register(RuntimeOrigin::signed(reputer(i)), 1, Role::Reputer));
	}
	stake(reputer(0), 1_000_000);
	stake(reputer(1), 3_000_000);
	run_to_block(14);
	let payload = |v: &str| (Some(f(v)), None::<pallet_inference::ForecastOf<Test>>);
	for (i, v) in ["10", "20", "30"].iter().enumerate() {
		let w = worker(i as u64);
		assert_ok!(Inference::commit_worker_payload(
			RuntimeOrigin::signed(w),
			1,
			13,
			commitment(&payload(v), &[1; 32], &w)
		));
	}
	run_to_block(18);
	for (i, v) in ["10", "20", "30"].iter().enumerate() {
		let (inference, forecast) = payload(v);
		assert_ok!(Inference::reveal_worker_payload(
			RuntimeOrigin::signed(worker(i as u64)),
			1,
			13,
			inference,
			forecast,
			[1; 32]
		));
	}
	run_to_block(20);
	assert!(pallet_inference::NetworkInferencesAt::<Test>::get(1, 13).is_some());
}

fn commit(who: AccountId, hash: Commitment) -> DispatchResult {
	Reputation::commit_reputer_payload(RuntimeOrigin::signed(who), 1, 13, hash)
}

fn commit_report(who: AccountId, r: &LossReportOf<Test>, salt: &Salt) -> DispatchResult {
	commit(who, commitment(r, salt, &who))
}

fn reveal(who: AccountId, r: &LossReportOf<Test>, salt: Salt) -> DispatchResultWithPostInfo {
	Reputation::reveal_reputer_payload(RuntimeOrigin::signed(who), 1, 13, r.clone(), salt)
}

#[test]
fn a_committed_report_revealed_is_scored_and_an_unrevealed_one_is_not() {
	run_test(|| {
		commit_reveal_topic_with_a_closed_nonce();
		run_to_block(25);
		let (r0, r1) = (report("1", ["1", "2", "3"]), report("2", ["1", "2", "4"]));
		let revenue = pallet_topics::FeeRevenue::<Test>::get(1);
		let balance = Balances::free_balance(reputer(0));
		let balance_1 = Balances::free_balance(reputer(1));
		assert_ok!(commit_report(reputer(0), &r0, &[7; 32]));
		assert_eq!(
			events().last(),
			Some(&Event::ReportCommitted { topic_id: 1, nonce: 13, reputer: reputer(0) })
		);
		assert_ok!(commit_report(reputer(1), &r1, &[8; 32]));
		// Each commitment paid the data fee and counts as the window's report.
		assert_eq!(pallet_topics::FeeRevenue::<Test>::get(1), revenue + 20);
		assert_eq!(Balances::free_balance(reputer(0)), balance - 10);
		assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 2);
		run_to_block(33);
		let revealed = reveal(reputer(0), &r0, [7; 32]).unwrap();
		assert_eq!(revealed.pays_fee, Pays::No);
		assert_eq!(Balances::free_balance(reputer(0)), balance - 10);
		assert_eq!(
			events().last(),
			Some(&Event::LossesReported { topic_id: 1, nonce: 13, reputer: reputer(0) })
		);
		assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 2);
		assert_noop!(reveal(reputer(0), &r0, [7; 32]), Error::<Test>::AlreadyReported);
		// Reputer 1 never reveals: only reputer 0 is scored, and its network losses are r0's.
		run_to_block(37);
		let scores = ReputerScores::<Test>::get(1, 13).unwrap();
		assert_eq!(scores.iter().map(|(who, _)| *who).collect::<Vec<_>>(), vec![reputer(0)]);
		assert_eq!(NetworkLossesAt::<Test>::get(1, 13).unwrap().combined, f("1"));
		// Its fee is not refunded.
		assert_eq!(Balances::free_balance(reputer(1)), balance_1 - 10);
	});
}

#[test]
fn nothing_of_a_report_is_readable_before_its_reveal() {
	run_test(|| {
		commit_reveal_topic_with_a_closed_nonce();
		run_to_block(25);
		let r = report("123.456", ["7.25", "8.5", "9.75"]);
		assert_ok!(commit_report(reputer(0), &r, &[3; 32]));
		run_to_block(32);
		assert_eq!(LossReports::<Test>::iter_prefix((1, 13)).count(), 0);
		let open = Reputation::open_reputer_nonces(1).unwrap();
		assert_eq!((open[0].nonce, open[0].committed.clone()), (13, vec![reputer(0)]));
		check_invariants();
		let encoded = System::events().encode();
		for v in ["123.456", "7.25", "8.5", "9.75"] {
			let needle = f(v).encode();
			assert!(
				!encoded.windows(needle.len()).any(|w| w == needle),
				"an event carries the loss {v}"
			);
		}
		run_to_block(33);
		assert_ok!(reveal(reputer(0), &r, [3; 32]));
		assert!(LossReports::<Test>::get((1, 13), reputer(0)).is_some());
	});
}

#[test]
fn each_wrong_moment_order_or_payload_fails_with_its_own_error() {
	run_test(|| {
		commit_reveal_topic_with_a_closed_nonce();
		let r = report("1", ["1", "1", "1"]);
		let hash = |who| commitment(&r, &[1; 32], &who);
		run_to_block(24);
		assert_noop!(commit(reputer(0), hash(reputer(0))), Error::<Test>::NotCommitPhase);
		run_to_block(25);
		assert_ok!(commit(reputer(0), hash(reputer(0))));
		assert_noop!(commit(reputer(0), hash(reputer(0))), Error::<Test>::AlreadyCommitted);
		// Reputer 1 copies reputer 0's commitment: it can never open it.
		assert_ok!(commit(reputer(1), hash(reputer(0))));
		// Unstaked, unregistered, the direct report.
		assert_noop!(commit(reputer(2), hash(reputer(2))), Error::<Test>::BelowMinimumStake);
		stake(reputer(2), 1_000_000);
		assert_noop!(commit(OUTSIDER, hash(OUTSIDER)), Error::<Test>::NotRegisteredReputer);
		assert_noop!(submit(reputer(1), 13, r.clone()), Error::<Test>::CommitRevealOn);
		run_to_block(32);
		assert_noop!(reveal(reputer(0), &r, [1; 32]), Error::<Test>::NotRevealPhase);
		run_to_block(33);
		assert_noop!(commit(reputer(2), hash(reputer(2))), Error::<Test>::NotCommitPhase);
		assert_noop!(commit(reputer(0), hash(reputer(0))), Error::<Test>::NotCommitPhase);
		assert_noop!(reveal(reputer(2), &r, [1; 32]), Error::<Test>::NoCommitment);
		assert_noop!(reveal(reputer(0), &r, [2; 32]), Error::<Test>::RevealMismatch);
		assert_noop!(
			reveal(reputer(0), &report("1", ["1", "1", "2"]), [1; 32]),
			Error::<Test>::RevealMismatch
		);
		assert_noop!(reveal(reputer(1), &r, [1; 32]), Error::<Test>::RevealMismatch);
		assert_ok!(reveal(reputer(0), &r, [1; 32]));
		// Late reveal: the window closed at 37.
		run_to_block(37);
		assert_noop!(reveal(reputer(1), &r, [1; 32]), Error::<Test>::ReputerNonceNotOpen);
	});
}

#[test]
fn a_topic_without_commit_reveal_refuses_both_calls() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(25);
		let r = report("1", ["1", "1", "1"]);
		assert_noop!(commit(reputer(0), [0; 32]), Error::<Test>::CommitRevealOff);
		assert_noop!(reveal(reputer(0), &r, [0; 32]), Error::<Test>::CommitRevealOff);
		assert_ok!(submit(reputer(0), 13, r));
	});
}

#[test]
fn a_leaving_reputer_takes_its_commitment_and_its_count_with_it() {
	run_test(|| {
		commit_reveal_topic_with_a_closed_nonce();
		run_to_block(25);
		assert_ok!(commit_report(reputer(0), &report("1", ["1", "1", "1"]), &[1; 32]));
		assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 1);
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(reputer(0)), 1, Role::Reputer));
		assert_eq!(ReputerCommitments::<Test>::get((1, 13), reputer(0)), None);
		assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 0);
	});
}
