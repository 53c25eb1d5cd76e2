//! Commit–reveal: every outcome of the two calls, the phases over every valid window and
//! reveal length, and that no payload is readable before its reveal.

use super::*;
use allora_primitives::commit_reveal::commitment;
use polkadot_sdk::frame_support::dispatch::Pays;

/// Topic 1 with 12-block epochs, a window of `window` blocks whose last `reveal` are the reveal
/// phase, and `workers` workers; its first nonce is 13 (window `14 ..= 13 + window`).
fn commit_reveal_topic(window: u32, reveal: u32, workers: u64) {
	let config = pallet_topics::TopicConfig::example_commit_reveal(12, window, reveal, 6);
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), config));
	for i in 0..workers {
		assert_ok!(Topics::register(RuntimeOrigin::signed(worker(i)), 1, Role::Worker));
	}
}

type Payload = PayloadOf<Test>;

fn payload(inference: &str, elements: &[(AccountId, &str)]) -> Payload {
	(Some(f(inference)), forecast(elements))
}

fn salt(i: u8) -> Salt {
	[i; 32]
}

fn commit(who: AccountId, nonce: u64, hash: Commitment) -> DispatchResult {
	Inference::commit_worker_payload(RuntimeOrigin::signed(who), 1, nonce, hash)
}

/// Commits `p` with `salt` as `who`.
fn commit_payload(who: AccountId, p: &Payload, salt: &Salt) -> DispatchResult {
	commit(who, 13, commitment(p, salt, &who))
}

fn reveal(who: AccountId, p: &Payload, salt: Salt) -> DispatchResultWithPostInfo {
	Inference::reveal_worker_payload(RuntimeOrigin::signed(who), 1, 13, p.0, p.1.clone(), salt)
}

#[test]
fn a_commitment_then_its_reveal_is_a_submission_and_the_reveal_is_free() {
	run_test(|| {
		// Window 14..=19: commit 14..=17, reveal 18..=19.
		commit_reveal_topic(6, 2, 3);
		run_to_block(14);
		let p = payload("3000.5", &[(worker(1), "-1.25")]);
		let (revenue, balance) =
			(pallet_topics::FeeRevenue::<Test>::get(1), Balances::free_balance(worker(0)));
		assert_ok!(commit_payload(worker(0), &p, &salt(7)));
		// The commitment pays the data fee, as a submission does.
		assert_eq!(pallet_topics::FeeRevenue::<Test>::get(1), revenue + 10);
		assert_eq!(Balances::free_balance(worker(0)), balance - 10);
		assert_eq!(
			events().last(),
			Some(&Event::WorkerPayloadCommitted { topic_id: 1, nonce: 13, worker: worker(0) })
		);
		assert_eq!(
			WorkerCommitments::<Test>::get((1, 13), worker(0)),
			Some(commitment(&p, &salt(7), &worker(0)))
		);
		run_to_block(18);
		let revealed = reveal(worker(0), &p, salt(7)).unwrap();
		assert_eq!(revealed.pays_fee, Pays::No);
		assert_eq!(Balances::free_balance(worker(0)), balance - 10);
		assert_eq!(Inferences::<Test>::get((1, 13), worker(0)), Some(f("3000.5")));
		assert_eq!(Forecasts::<Test>::get((1, 13), worker(0)).unwrap().len(), 1);
		assert_eq!(
			events().last(),
			Some(&Event::WorkerPayloadSubmitted {
				topic_id: 1,
				nonce: 13,
				worker: worker(0),
				inference: Some(f("3000.5")),
				forecast_elements: 1,
			})
		);
		// A second reveal of the same payload is a second submission: refused, and paid.
		assert_noop!(reveal(worker(0), &p, salt(7)), Error::<Test>::AlreadySubmitted);
		run_to_block(20);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::NetworkInferenceComputed { topic_id: 1, nonce: 13, inferers: 1, .. }
		)));
	});
}

#[test]
fn nothing_of_a_payload_is_readable_before_its_reveal() {
	run_test(|| {
		commit_reveal_topic(6, 2, 3);
		run_to_block(14);
		let p = payload("4242", &[(worker(1), "0.5")]);
		assert_ok!(commit_payload(worker(0), &p, &salt(1)));
		run_to_block(17);
		// Storage: only the hash, under the worker's key.
		assert_eq!(Inferences::<Test>::iter_prefix((1, 13)).count(), 0);
		assert_eq!(Forecasts::<Test>::iter_prefix((1, 13)).count(), 0);
		// The runtime API (and the RPC over it): who committed, no value.
		let view = Inference::payloads(1, 13).unwrap();
		assert_eq!(
			view,
			PayloadsView { inferences: vec![], forecasts: vec![], committed: vec![worker(0)] }
		);
		// Events: none carries the value.
		let encoded: Vec<u8> = System::events().encode();
		assert!(!contains(&encoded, &f("4242").encode()), "an event carries the inference");
		assert!(!contains(&encoded, &f("0.5").encode()), "an event carries the forecast");
		run_to_block(18);
		assert_ok!(reveal(worker(0), &p, salt(1)));
		let view = Inference::payloads(1, 13).unwrap();
		assert_eq!(view.inferences, vec![(worker(0), f("4242"))]);
		assert_eq!(view.committed, vec![worker(0)]);
	});
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
	haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_reveal_that_does_not_match_fails_with_its_own_error() {
	run_test(|| {
		commit_reveal_topic(6, 2, 3);
		run_to_block(14);
		let p = payload("1", &[]);
		assert_ok!(commit_payload(worker(0), &p, &salt(1)));
		// Worker 1 copies worker 0's commitment: the account is in the hash, so it can never
		// open it, even with worker 0's payload and salt.
		assert_ok!(commit(worker(1), 13, commitment(&p, &salt(1), &worker(0))));
		run_to_block(18);
		assert_noop!(reveal(worker(0), &payload("2", &[]), salt(1)), Error::<Test>::RevealMismatch);
		assert_noop!(reveal(worker(0), &p, salt(2)), Error::<Test>::RevealMismatch);
		assert_noop!(
			reveal(worker(0), &(p.0, payload("1", &[(worker(1), "1")]).1), salt(1)),
			Error::<Test>::RevealMismatch
		);
		assert_noop!(reveal(worker(1), &p, salt(1)), Error::<Test>::RevealMismatch);
		// A failed reveal is paid (Pays::Yes): only a matching one is free.
		assert_eq!(
			Inference::reveal_worker_payload(
				RuntimeOrigin::signed(worker(0)),
				1,
				13,
				None,
				None,
				salt(1)
			)
			.unwrap_err()
			.post_info
			.pays_fee,
			Pays::Yes
		);
		assert_ok!(reveal(worker(0), &p, salt(1)));
	});
}

#[test]
fn each_wrong_moment_or_order_fails_with_its_own_error() {
	run_test(|| {
		commit_reveal_topic(6, 2, 3);
		let p = payload("1", &[]);
		let hash = |who| commitment(&p, &salt(1), &who);
		run_to_block(13);
		// Before the window: not its commit phase.
		assert_noop!(commit(worker(0), 13, hash(worker(0))), Error::<Test>::NotCommitPhase);
		run_to_block(14);
		assert_ok!(commit(worker(0), 13, hash(worker(0))));
		// Double commit.
		assert_noop!(commit(worker(0), 13, hash(worker(0))), Error::<Test>::AlreadyCommitted);
		// Early reveal: still the commit phase.
		run_to_block(17);
		assert_noop!(reveal(worker(0), &p, salt(1)), Error::<Test>::NotRevealPhase);
		// Late commit: the reveal phase has begun.
		run_to_block(18);
		assert_noop!(commit(worker(1), 13, hash(worker(1))), Error::<Test>::NotCommitPhase);
		// Reveal without commit.
		assert_noop!(reveal(worker(2), &p, salt(1)), Error::<Test>::NoCommitment);
		// The direct submission is not this topic's way.
		assert_noop!(submit(worker(2), 13, Some("1"), &[]), Error::<Test>::CommitRevealOn);
		// Outsiders and unknown nonces.
		assert_noop!(commit(OUTSIDER, 13, hash(OUTSIDER)), Error::<Test>::NotRegisteredWorker);
		assert_noop!(commit(worker(0), 14, hash(worker(0))), Error::<Test>::NonceNotOpen);
		// Late reveal: the window closed at 20.
		run_to_block(20);
		assert_noop!(reveal(worker(0), &p, salt(1)), Error::<Test>::NonceNotOpen);
	});
}

#[test]
fn a_topic_without_commit_reveal_refuses_both_calls() {
	run_test(|| {
		topic_with_workers(6, 2);
		run_to_block(14);
		assert_noop!(commit(worker(0), 13, [0; 32]), Error::<Test>::CommitRevealOff);
		assert_noop!(
			reveal(worker(0), &payload("1", &[]), salt(1)),
			Error::<Test>::CommitRevealOff
		);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
	});
}

#[test]
fn an_unrevealed_commitment_takes_no_part_keeps_its_fee_and_is_pruned_with_the_nonce() {
	run_test(|| {
		commit_reveal_topic(6, 2, 3);
		run_to_block(14);
		let (p0, p1) = (payload("10", &[]), payload("20", &[]));
		assert_ok!(commit_payload(worker(0), &p0, &salt(1)));
		assert_ok!(commit_payload(worker(1), &p1, &salt(2)));
		let revenue = pallet_topics::FeeRevenue::<Test>::get(1);
		run_to_block(18);
		assert_ok!(reveal(worker(0), &p0, salt(1)));
		run_to_block(20);
		// Only worker 0 is in the synthesis: its inference is the network's.
		assert!(events().iter().any(|e| matches!(
			e,
			Event::NetworkInferenceComputed { topic_id: 1, nonce: 13, inferers: 1, combined, .. }
				if *combined == f("10")
		)));
		assert_eq!(Inference::record(1, 13).unwrap().inferers.to_vec(), vec![worker(0)]);
		assert_eq!(pallet_topics::FeeRevenue::<Test>::get(1), revenue);
		// Who committed and did not reveal stays visible while the nonce is kept...
		assert_eq!(Inference::payloads(1, 13).unwrap().committed, vec![worker(0), worker(1)]);
		// ...and goes with its payloads when the nonce is pruned.
		let kept = Inference::records_kept(&pallet_topics::Pallet::<Test>::topic(1).unwrap());
		run_to_block(13 + 12 * (kept as u64 + 1) + 8);
		assert!(!History::<Test>::get(1).contains(&13));
		assert_eq!(WorkerCommitments::<Test>::iter_prefix((1, 13)).count(), 0);
	});
}

#[test]
fn a_leaving_worker_takes_its_commitments_at_open_nonces_with_it() {
	run_test(|| {
		commit_reveal_topic(6, 2, 3);
		run_to_block(14);
		assert_ok!(commit_payload(worker(0), &payload("1", &[]), &salt(1)));
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(worker(0)), 1, Role::Worker));
		assert_eq!(WorkerCommitments::<Test>::get((1, 13), worker(0)), None);
	});
}

proptest::proptest! {
	/// Over every window length, reveal length and pair of blocks: a commitment is accepted
	/// exactly in the window's first `window − reveal` blocks, its reveal exactly in the last
	/// `reveal`, and a revealed payload is in the nonce's synthesis.
	#[test]
	fn commits_and_reveals_are_accepted_exactly_in_their_phases(
		window in 2u32..=12,
		reveal_pick in 0u32..12,
		commit_at in 12u64..=26,
		reveal_at in 12u64..=26,
	) {
		let reveal_len = 1 + reveal_pick % (window - 1);
		let (first, last) = (14u64, 13 + window as u64);
		let reveal_from = last - reveal_len as u64 + 1;
		run_test(|| {
			commit_reveal_topic(window, reveal_len, 1);
			let p = payload("5", &[]);
			run_to_block(commit_at);
			let committed = commit_payload(worker(0), &p, &salt(3));
			let commit_phase = (first..reveal_from).contains(&commit_at);
			assert_eq!(committed.is_ok(), commit_phase, "commit at {commit_at}: {committed:?}");
			if !commit_phase || reveal_at < commit_at {
				return;
			}
			run_to_block(reveal_at);
			let revealed = reveal(worker(0), &p, salt(3));
			let reveal_phase = (reveal_from..=last).contains(&reveal_at);
			assert_eq!(revealed.is_ok(), reveal_phase, "reveal at {reveal_at}: {revealed:?}");
			run_to_block(last + 1);
			assert_eq!(Inference::record(1, 13).is_some(), reveal_phase);
		});
	}
}
