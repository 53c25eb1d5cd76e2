//! Unit tests of the submission call, every error, the window clock, the synthesis at window
//! close and pruning. `assert_noop!` checks that a failed call leaves the storage as it was;
//! every test ends with both pallets' `try_state`.

mod commit_reveal;
mod regret_storage;
mod staged_closes;
mod vectors;

use crate::{mock::*, *};
use pallet_topics::TopicsParam;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::DispatchError,
};

fn f(s: &str) -> Fixed {
	s.parse().unwrap()
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Inference(e) = r.event { Some(e) } else { None })
		.collect()
}

/// A forecast of `(inferer, value)` elements; none if empty.
fn forecast(elements: &[(AccountId, &str)]) -> Option<ForecastOf<Test>> {
	(!elements.is_empty()).then(|| {
		elements
			.iter()
			.map(|(inferer, v)| ForecastElement { inferer: *inferer, value: f(v) })
			.collect::<Vec<_>>()
			.try_into()
			.unwrap()
	})
}

fn submit(
	who: AccountId,
	nonce: u64,
	inference: Option<&str>,
	elements: &[(AccountId, &str)],
) -> DispatchResult {
	let forecast = forecast(elements);
	Inference::submit_worker_payload(
		RuntimeOrigin::signed(who),
		1,
		nonce,
		inference.map(f),
		forecast,
	)
}

fn set(updates: Vec<InferenceParam>) {
	assert_ok!(Inference::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

fn set_topics(updates: Vec<TopicsParam>) {
	assert_ok!(Topics::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

#[test]
fn an_epoch_start_opens_a_nonce_with_its_window() {
	run_test(|| {
		topic_with_workers(6, 3);
		run_to_block(13);
		assert_eq!(OpenNonces::<Test>::get(1).to_vec(), vec![13]);
		assert_eq!(ClosingQueue::<Test>::get().to_vec(), vec![(20, 1, 13)]);
		assert_eq!(
			events(),
			vec![Event::NonceOpened { topic_id: 1, nonce: 13, opens_at: 14, closes_at: 19 }]
		);
	});
}

#[test]
fn payloads_are_accepted_exactly_inside_the_window() {
	run_test(|| {
		topic_with_workers(6, 4);
		run_to_block(13);
		// The block that opens the nonce is not in its window.
		assert_noop!(submit(worker(0), 13, Some("1"), &[]), Error::<Test>::OutsideSubmissionWindow);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		run_to_block(19);
		assert_ok!(submit(worker(1), 13, Some("2"), &[]));
		// Block 20 closes the window before any transaction.
		run_to_block(20);
		assert_noop!(submit(worker(2), 13, Some("3"), &[]), Error::<Test>::NonceNotOpen);
	});
}

#[test]
fn a_one_block_window_and_a_whole_epoch_window_both_work() {
	run_test(|| {
		topic_with_workers(1, 2);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		run_to_block(15);
		assert_noop!(submit(worker(1), 13, Some("1"), &[]), Error::<Test>::NonceNotOpen);
		assert!(events().contains(&Event::NetworkInferenceComputed {
			topic_id: 1,
			nonce: 13,
			combined: f("1"),
			naive: f("1"),
			inferers: 1,
			forecasters: 0,
		}));
	});
	run_test(|| {
		topic_with_workers(12, 2);
		run_to_block(25);
		// Nonce 13's window (14..=25) overlaps nonce 25's opening block.
		assert_eq!(OpenNonces::<Test>::get(1).to_vec(), vec![13, 25]);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		assert_noop!(submit(worker(1), 25, Some("1"), &[]), Error::<Test>::OutsideSubmissionWindow);
		run_to_block(26);
		assert_eq!(OpenNonces::<Test>::get(1).to_vec(), vec![25]);
		assert_ok!(submit(worker(1), 25, Some("1"), &[]));
	});
}

#[docify::export]
#[test]
fn submit_stores_the_payload_pays_the_fee_and_tells() {
	run_test(|| {
		topic_with_workers(6, 3);
		run_to_block(14);
		let revenue = pallet_topics::FeeRevenue::<Test>::get(1);
		assert_ok!(submit(
			worker(0),
			13,
			Some("3000.5"),
			&[(worker(1), "-1.25"), (worker(2), "0.5")]
		));
		assert_eq!(Inferences::<Test>::get((1, 13), worker(0)), Some(f("3000.5")));
		let stored = Forecasts::<Test>::get((1, 13), worker(0)).unwrap();
		assert_eq!(
			stored.to_vec(),
			vec![
				ForecastElement { inferer: worker(1), value: f("-1.25") },
				ForecastElement { inferer: worker(2), value: f("0.5") }
			]
		);
		assert_eq!(pallet_topics::FeeRevenue::<Test>::get(1), revenue + 10);
		assert_eq!(
			events().last(),
			Some(&Event::WorkerPayloadSubmitted {
				topic_id: 1,
				nonce: 13,
				worker: worker(0),
				inference: Some(f("3000.5")),
				forecast_elements: 2,
			})
		);
		// A forecast alone is a payload too.
		assert_ok!(submit(worker(1), 13, None, &[(worker(0), "1")]));
		assert_eq!(Inferences::<Test>::get((1, 13), worker(1)), None);
	});
}

#[test]
fn repeated_forecast_inferers_keep_their_first_element_and_do_not_count() {
	run_test(|| {
		topic_with_workers(6, 3);
		set(vec![InferenceParam::MaxElementsPerForecast(2)]);
		run_to_block(14);
		assert_ok!(submit(
			worker(0),
			13,
			None,
			&[(worker(1), "1"), (worker(2), "2"), (worker(1), "3"), (worker(2), "4")]
		));
		let stored = Forecasts::<Test>::get((1, 13), worker(0)).unwrap();
		let values: Vec<_> = stored.iter().map(|e| (e.inferer, e.value)).collect();
		assert_eq!(values, vec![(worker(1), f("1")), (worker(2), f("2"))]);
		assert_noop!(
			submit(worker(1), 13, None, &[(worker(0), "1"), (worker(1), "2"), (worker(2), "3")]),
			Error::<Test>::TooManyForecastElements
		);
	});
}

#[test]
fn every_bad_submission_fails_with_its_error_and_changes_nothing() {
	run_test(|| {
		topic_with_workers(6, 3);
		run_to_block(14);
		let too_big = "1000000000.000000000000000001";
		assert_noop!(
			Inference::submit_worker_payload(
				RuntimeOrigin::signed(worker(0)),
				2,
				13,
				Some(f("1")),
				None
			),
			Error::<Test>::NoSuchTopic
		);
		assert_noop!(submit(OUTSIDER, 13, Some("1"), &[]), Error::<Test>::NotRegisteredWorker);
		assert_noop!(submit(worker(0), 12, Some("1"), &[]), Error::<Test>::NonceNotOpen);
		assert_noop!(submit(worker(0), 13, None, &[]), Error::<Test>::EmptyPayload);
		assert_noop!(
			Inference::submit_worker_payload(
				RuntimeOrigin::signed(worker(0)),
				1,
				13,
				None,
				Some(Default::default())
			),
			Error::<Test>::EmptyForecast
		);
		assert_noop!(submit(worker(0), 13, Some(too_big), &[]), Error::<Test>::ValueOutOfRange);
		assert_noop!(
			submit(worker(0), 13, Some(&format!("-{too_big}")), &[]),
			Error::<Test>::ValueOutOfRange
		);
		assert_noop!(
			submit(worker(0), 13, Some("1"), &[(worker(1), too_big)]),
			Error::<Test>::ValueOutOfRange
		);
		assert_noop!(
			Inference::submit_worker_payload(RuntimeOrigin::none(), 1, 13, Some(f("1")), None),
			DispatchError::BadOrigin
		);
		// The bound itself is accepted.
		assert_ok!(submit(worker(0), 13, Some("1000000000"), &[]));
		// Once per worker and nonce, whatever the second payload holds.
		assert_noop!(submit(worker(0), 13, Some("2"), &[]), Error::<Test>::AlreadySubmitted);
		assert_noop!(
			submit(worker(0), 13, None, &[(worker(1), "1")]),
			Error::<Test>::AlreadySubmitted
		);
		assert_ok!(submit(worker(1), 13, None, &[(worker(0), "1")]));
		assert_noop!(submit(worker(1), 13, Some("1"), &[]), Error::<Test>::AlreadySubmitted);
	});
}

#[test]
fn a_payload_cannot_be_replayed_into_another_epoch() {
	run_test(|| {
		topic_with_workers(6, 2);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		run_to_block(26);
		// The old nonce is closed; the new one takes a fresh payload only.
		assert_noop!(submit(worker(0), 13, Some("1"), &[]), Error::<Test>::NonceNotOpen);
		assert_ok!(submit(worker(0), 25, Some("2"), &[]));
		assert_eq!(Inferences::<Test>::get((1, 13), worker(0)), Some(f("1")));
		assert_eq!(Inferences::<Test>::get((1, 25), worker(0)), Some(f("2")));
	});
}

#[test]
fn leaving_a_topic_withdraws_open_payloads_only() {
	run_test(|| {
		topic_with_workers(12, 3);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[(worker(1), "1")]));
		assert_ok!(submit(worker(1), 13, Some("2"), &[]));
		run_to_block(26);
		assert_ok!(submit(worker(0), 25, Some("3"), &[]));
		assert_ok!(Topics::unregister(
			RuntimeOrigin::signed(worker(0)),
			1,
			pallet_topics::Role::Worker
		));
		// Nonce 25 is open: withdrawn. Nonce 13 is closed: its record stays.
		assert_eq!(Inferences::<Test>::get((1, 25), worker(0)), None);
		assert_eq!(Inferences::<Test>::get((1, 13), worker(0)), Some(f("1")));
		assert!(Forecasts::<Test>::get((1, 13), worker(0)).is_some());
	});
}

#[test]
fn without_a_network_loss_the_network_inference_is_the_median() {
	run_test(|| {
		topic_with_workers(6, 3);
		run_to_block(14);
		for (i, v) in ["1", "10", "2"].iter().enumerate() {
			assert_ok!(submit(worker(i as u64), 13, Some(v), &[]));
		}
		run_to_block(20);
		let latest = LatestNetworkInference::<Test>::get(1).unwrap();
		assert_eq!(latest, LatestInference { nonce: 13, combined: f("2"), naive: Fixed::ZERO });
		let record = NetworkInferencesAt::<Test>::get(1, 13).unwrap();
		assert_eq!(record.combined, f("2"));
		assert!(record.confidence_interval.is_empty());
		assert_eq!(
			events().last(),
			Some(&Event::NetworkInferenceComputed {
				topic_id: 1,
				nonce: 13,
				combined: f("2"),
				naive: Fixed::ZERO,
				inferers: 3,
				forecasters: 0,
			})
		);
		assert!(OpenNonces::<Test>::get(1).is_empty());
		assert_eq!(History::<Test>::get(1).to_vec(), vec![13]);
	});
}

/// A forecast element may name any account (no registration read per element keeps a
/// payload's proof small); the close uses only the elements about the nonce's inferers, so an
/// element about an outsider, or about a worker that sent no inference, changes nothing.
#[test]
fn forecast_elements_about_non_inferers_are_accepted_and_ignored() {
	let record = |extra: &[(AccountId, &str)]| {
		let mut record = None;
		run_test(|| {
			topic_with_workers(6, 5);
			run_to_block(14);
			for (i, v) in ["1", "10", "2"].iter().enumerate() {
				assert_ok!(submit(worker(i as u64), 13, Some(v), &[]));
			}
			let forecast = [&[(worker(0), "0.5"), (worker(1), "0.25")][..], extra].concat();
			assert_ok!(submit(worker(4), 13, None, &forecast));
			assert_eq!(
				Forecasts::<Test>::get((1, 13), worker(4)).map(|f| f.len()),
				Some(forecast.len())
			);
			LatestNetworkLoss::<Test>::insert(1, f("0.5"));
			run_to_block(20);
			record = NetworkInferencesAt::<Test>::get(1, 13);
			assert!(record.as_ref().is_some_and(|r| !r.confidence_interval.is_empty()));
		});
		record.expect("a record")
	};
	let plain = record(&[]);
	assert_eq!(plain.forecast_implied.len(), 1);
	let with_others = record(&[(OUTSIDER, "1"), (worker(3), "2")]);
	assert_eq!(codec::Encode::encode(&with_others), codec::Encode::encode(&plain));
}

#[test]
fn a_nonce_without_inferences_closes_empty() {
	run_test(|| {
		topic_with_workers(6, 2);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, None, &[(worker(1), "1")]));
		run_to_block(20);
		assert_eq!(events().last(), Some(&Event::NonceClosedEmpty { topic_id: 1, nonce: 13 }));
		assert_eq!(LatestNetworkInference::<Test>::get(1), None);
		assert!(OpenNonces::<Test>::get(1).is_empty());
	});
}

#[test]
fn a_failing_synthesis_is_reported_and_the_topic_goes_on() {
	run_test(|| {
		topic_with_workers(6, 2);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		assert_ok!(submit(worker(1), 13, Some("2"), &[]));
		// An out-of-range p_norm can only come from storage corruption or a bad migration.
		pallet_topics::Topics::<Test>::mutate(1, |t| t.as_mut().unwrap().config.p_norm = f("9"));
		run_to_block(20);
		assert_eq!(
			events().last(),
			Some(&Event::SynthesisFailed {
				topic_id: 1,
				nonce: 13,
				error: SynthesisError::InvalidParameter
			})
		);
		pallet_topics::Topics::<Test>::mutate(1, |t| t.as_mut().unwrap().config.p_norm = f("3"));
		run_to_block(26);
		assert_ok!(submit(worker(0), 25, Some("5"), &[]));
		run_to_block(32);
		assert_eq!(LatestNetworkInference::<Test>::get(1).unwrap().combined, f("5"));
	});
}

#[test]
fn old_nonces_are_pruned_after_the_kept_epochs() {
	run_test(|| {
		topic_with_workers(6, 1);
		let topic = Topics::topic(1).unwrap();
		// 3 record epochs + 1 epoch of lag + 1.
		assert_eq!(Inference::records_kept(&topic), 5);
		for epoch in 0..7u64 {
			let nonce = 13 + 12 * epoch;
			run_to_block(nonce + 1);
			assert_ok!(submit(worker(0), nonce, Some("1"), &[]));
			run_to_block(nonce + 7);
		}
		assert_eq!(History::<Test>::get(1).to_vec(), vec![37, 49, 61, 73, 85]);
		// The last close retired nonce 25; its records go in the next block's hook.
		assert_eq!(PruneQueue::<Test>::get().to_vec(), vec![(1, 25)]);
		run_to_block(13 + 12 * 6 + 8);
		assert!(PruneQueue::<Test>::get().is_empty());
		for pruned in [13, 25] {
			assert_eq!(Inferences::<Test>::get((1, pruned), worker(0)), None);
			assert!(NetworkInferencesAt::<Test>::get(1, pruned).is_none());
			assert!(events().contains(&Event::NoncePruned { topic_id: 1, nonce: pruned }));
		}
		assert!(NetworkInferencesAt::<Test>::get(1, 37).is_some());
	});
}

#[test]
fn the_oldest_open_nonce_is_dropped_beyond_the_limit() {
	run_test(|| {
		topic_with_workers(12, 1);
		set_topics(vec![TopicsParam::MaxUnfulfilledWorkerRequests(1)]);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		run_to_block(25);
		assert!(events().contains(&Event::NonceDropped { topic_id: 1, nonce: 13 }));
		assert_eq!(OpenNonces::<Test>::get(1).to_vec(), vec![25]);
		// Its window's close is then a no-op: no network inference for it.
		run_to_block(26);
		assert_eq!(LatestNetworkInference::<Test>::get(1), None);
		assert_eq!(History::<Test>::get(1).to_vec(), vec![13]);
	});
}

/// Topic 1 with two workers and topic 2 with one, both with windows of `window` blocks.
fn two_topics_with_windows_of(window: u32) {
	topic_with_workers(window, 2);
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), topic_config(window)));
	assert_ok!(Topics::register(RuntimeOrigin::signed(worker(0)), 2, pallet_topics::Role::Worker));
}

#[test]
fn windows_due_together_close_one_topic_per_block_in_id_order() {
	run_test(|| {
		two_topics_with_windows_of(6);
		// Topic 2's epoch starts a block late (one topic per block), so both windows are due at
		// block 21 at the earliest; make them coincide by raising the cap for the starts only.
		set_topics(vec![TopicsParam::MaxActiveTopicsPerBlock(2)]);
		run_to_block(13);
		set_topics(vec![TopicsParam::MaxActiveTopicsPerBlock(1)]);
		assert_eq!(ClosingQueue::<Test>::get().to_vec(), vec![(20, 1, 13), (20, 2, 13)]);
		run_to_block(20);
		assert_eq!(ClosingQueue::<Test>::get().to_vec(), vec![(20, 2, 13)]);
		run_to_block(21);
		assert!(ClosingQueue::<Test>::get().is_empty());
		let closed: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::NonceClosedEmpty { topic_id, .. } => Some(topic_id),
				_ => None,
			})
			.collect();
		assert_eq!(closed, vec![1, 2]);
	});
}

#[test]
fn the_closing_weight_budget_defers_the_windows_that_do_not_fit() {
	// Windows due at or before `block` still in the queue.
	let late =
		|block: u64| ClosingQueue::<Test>::get().iter().filter(|(at, _, _)| *at <= block).count();
	run_test(|| {
		two_topics_with_windows_of(6);
		// Both topics' windows are due together (blocks 20, 32, 44), two closes are allowed by
		// the parameter, but the budget holds one worst-case first stage: the first close
		// leaves less than that, so the second waits.
		set_topics(vec![TopicsParam::MaxActiveTopicsPerBlock(2)]);
		run_to_block(13);
		let worst = Inference::worst_first_stage_weight(&Params::<Test>::get());
		MaxClosingWeight::set(worst);
		run_to_block(20);
		assert_eq!(late(20), 1);
		run_to_block(21);
		assert_eq!(late(21), 0);
		// A budget smaller than one close still closes one window per block.
		MaxClosingWeight::set(Weight::zero());
		run_to_block(32);
		assert_eq!(late(32), 1);
		run_to_block(33);
		assert_eq!(late(33), 0);
		// With room for both, both close in their block.
		MaxClosingWeight::set(worst.saturating_mul(2));
		run_to_block(44);
		assert_eq!(late(44), 0);
		MaxClosingWeight::set(Weight::MAX);
	});
}

#[test]
fn beyond_the_caps_the_best_score_emas_make_the_active_sets() {
	run_test(|| {
		topic_with_workers(6, 4);
		set(vec![
			InferenceParam::MaxTopInferersToReward(2),
			InferenceParam::MaxTopForecastersToReward(1),
		]);
		let topic = Topics::topic(1).unwrap();
		// Score EMAs: worker 2 best, then 1, then 0; worker 3 has none (0).
		let scores = [(worker(0), f("0.1")), (worker(1), f("0.2")), (worker(2), f("0.3"))];
		Topics::record_scores(1, &topic, RewardTask::Inference, 1, &scores);
		Topics::record_scores(1, &topic, RewardTask::Forecast, 1, &scores);
		run_to_block(14);
		assert_ok!(submit(worker(0), 13, Some("1"), &[(worker(0), "1"), (worker(2), "2")]));
		for i in 1..3 {
			assert_ok!(submit(worker(i), 13, Some("1"), &[]));
		}
		assert_ok!(submit(worker(3), 13, None, &[(worker(1), "3")]));
		run_to_block(20);
		// Inferers 1 and 2 stay: 0's inference is gone, and so is the element about it in its
		// own forecast; forecaster 0 (EMA 0.1) beats forecaster 3 (0), whose forecast is gone.
		assert_eq!(Inference::inferers(1, 13), vec![worker(1), worker(2)]);
		let kept: Vec<_> =
			Forecasts::<Test>::get((1, 13), worker(0)).unwrap().iter().map(|e| e.inferer).collect();
		assert_eq!(kept, vec![worker(2)]);
		assert!(Forecasts::<Test>::get((1, 13), worker(3)).is_none());
		let selections: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Topics(pallet_topics::Event::ActiveSetSelected {
					task,
					selected,
					excluded,
					..
				}) => Some((task, selected, excluded)),
				_ => None,
			})
			.collect();
		assert_eq!(selections, vec![(RewardTask::Inference, 2, 1), (RewardTask::Forecast, 1, 1)]);
		// The excluded candidates' EMAs moved towards the quantile, stamped with the nonce.
		for w in [worker(0), worker(3)] {
			let ema = pallet_topics::ScoreEmas::<Test>::get((1, RewardTask::Inference, w));
			assert_eq!(ema.map(|e| e.nonce), (w == worker(0)).then_some(13));
		}
	});
}

/// A reputer nonce's bundle as the chain builds it (no one-out-inferer-forecaster losses) over
/// inferers `0..i` and forecasters `first_forecaster..first_forecaster + f`, every list full.
fn full_bundle(i: u64, f: u64, first_forecaster: u64) -> LossBundle<AccountId> {
	let inferers: Vec<AccountId> = (0..i).collect();
	let forecasters: Vec<AccountId> = (first_forecaster..first_forecaster + f).collect();
	let losses = |of: &[AccountId]| of.iter().map(|w| (*w, Fixed::from_int(*w as i64))).collect();
	LossBundle {
		combined: Fixed::ONE,
		naive: Fixed::ONE,
		inferer: losses(&inferers),
		forecaster: losses(&forecasters),
		one_out_inferer: losses(&inferers),
		one_out_forecaster: losses(&forecasters),
		one_in_forecaster: losses(&forecasters),
		one_out_inferer_forecaster: Default::default(),
	}
}

/// Applies a nonce's network losses and writes the staged rows at once (as the closing hook
/// does from the next block on); returns the regrets the update wrote and its rows.
fn apply_now(topic: TopicId, nonce: u64, losses: &LossBundle<AccountId>) -> (u32, u32) {
	System::reset_events();
	Inference::apply_network_losses(topic, nonce, losses).unwrap();
	let (_, done) = Inference::write_staged_regrets(Weight::zero(), false, Weight::MAX);
	assert!(done);
	let mut staged = None;
	let mut written = None;
	for event in events() {
		match event {
			Event::RegretUpdateStaged { rows, .. } => staged = Some(rows),
			Event::RegretsUpdated { regrets, .. } => written = Some(regrets),
			_ => {},
		}
	}
	(written.expect("updated"), staged.expect("staged"))
}

#[test]
fn a_reputer_close_updates_the_bounded_number_of_regrets() {
	use allora_synthesis::regrets::{keyed, regret_rows_bound, regret_updates, RegretTables};
	let source = RegretTables::new(Fixed::ZERO);
	let alpha = Fixed::from_raw(100_000_000_000_000_000);
	for (i, f) in [(1, 0), (3, 2), (32, 6), (24, 24)] {
		// Disjoint inferers and forecasters: exactly the bound.
		let rows = regret_updates(&source, &full_bundle(i, f, i), alpha).unwrap();
		assert!(rows.len() as u32 <= regret_rows_bound(i as u32, f as u32), "{i}/{f}");
		let updates = keyed(rows);
		assert_eq!(updates.len() as u32, regret_updates_bound((i + f) as u32), "{i}/{f}");
		// Every forecaster also an inferer: one fewer each (its one-in self regret).
		let updates = keyed(regret_updates(&source, &full_bundle(i, f.min(i), 0), alpha).unwrap());
		let p = (i + f.min(i)) as u32;
		assert_eq!(updates.len() as u32, regret_updates_bound(p) - f.min(i) as u32, "{i}/{f}");
	}
}

#[test]
fn regrets_are_stored_for_the_most_recently_written_workers() {
	use allora_synthesis::regrets::{regret_rows_bound, RegretRow};
	run_test(|| {
		let topic = topic_with_workers(6, 8);
		let capacity = <<Test as Config>::MaxRegretSlots as Get<u32>>::get() as u64;
		// Inferers 0..6 and forecasters 6..8: every row of their sets, and no more.
		let (regrets, rows) = apply_now(topic, 13, &full_bundle(6, 2, 6));
		assert_eq!(regrets, regret_updates_bound(8));
		assert_eq!(rows, Regrets::<Test>::iter_prefix(topic).count() as u32);
		assert!(rows <= regret_rows_bound(6, 2));
		assert_eq!(RegretSlots::<Test>::get(topic).len(), 8);
		// Inferer 0's regret is in the inferers' row: EMA(0.1, 1 − 0, R0 = 0) = 0.1.
		assert_eq!(stored_regret::<Test>(topic, RegretKey::Inferer(0)), Some(f("0.1")));
		// Newcomers fill the slots, then take those of the least recently written workers:
		// 8 more at block 2 fill the 16 slots, 4 more at block 3 evict 0..4 (all written at
		// block 1, the lowest slots first).
		System::set_block_number(2);
		let newcomers = |from: u64, to: u64| LossBundle {
			inferer: (from..to).map(|w| (w, Fixed::ONE)).collect(),
			..full_bundle(0, 0, 0)
		};
		apply_now(topic, 25, &newcomers(100, 100 + capacity - 8));
		System::set_block_number(3);
		apply_now(topic, 37, &newcomers(200, 204));
		let slots = RegretSlots::<Test>::get(topic);
		assert_eq!(slots.len() as u64, capacity);
		let held: Vec<AccountId> = slots.iter().filter_map(|s| s.worker).collect();
		assert!((0..4).all(|w| !held.contains(&w)) && (4..8).all(|w| held.contains(&w)));
		assert_eq!(stored_regret::<Test>(topic, RegretKey::Inferer(0)), None);
		assert_eq!(stored_regret::<Test>(topic, RegretKey::Inferer(4)), Some(f("-0.3")));
		assert_eq!(stored_regret::<Test>(topic, RegretKey::Inferer(200)), Some(Fixed::ZERO));
		// The newcomer in an evicted worker's slot starts afresh: the row about the slot is
		// still stored, but about the former holder (its generation), and reads as empty.
		let slot = held.iter().position(|w| *w == 200).unwrap() as SlotIndex;
		let stored = Regrets::<Test>::get(topic, RegretRow::OneOutInfererInferers(slot));
		assert!(
			!stored.cells.is_empty() && stored.about_generation != slots[slot as usize].generation
		);
		let key = RegretKey::OneOutInfererInferer { withheld: 200, inferer: 4 };
		assert_eq!(stored_regret::<Test>(topic, key), None);
		let key = RegretKey::OneOutInfererInferer { withheld: 4, inferer: 200 };
		assert_eq!(stored_regret::<Test>(topic, key), None);
	});
}

#[test]
fn queries_answer_each_nonce_state_with_its_data_or_its_error() {
	use pallet_topics::QueryError;
	run_test(|| {
		assert_eq!(Inference::latest_network_inference(1), Err(QueryError::NoSuchTopic));
		assert_eq!(Inference::open_nonces(1), Err(QueryError::NoSuchTopic));
		assert_eq!(Inference::regrets_of(1, &worker(0)), Err(QueryError::NoSuchTopic));
		topic_with_workers(6, 3);
		assert_eq!(Inference::latest_network_inference(1), Err(QueryError::NoInferenceYet));
		run_to_block(14);
		assert_eq!(Inference::open_nonces(1), Ok(vec![13]));
		assert_ok!(submit(worker(1), 13, Some("10"), &[(worker(0), "0.5")]));
		assert_ok!(submit(worker(0), 13, Some("1"), &[]));
		// While the window is open: the payloads so far, and no inference yet.
		assert_eq!(Inference::network_inference(1, 13), Err(QueryError::NonceOpen));
		let payloads = Inference::payloads(1, 13).unwrap();
		assert_eq!(payloads.inferences, vec![(worker(0), f("1")), (worker(1), f("10"))]);
		assert_eq!(payloads.forecasts, vec![(worker(1), vec![(worker(0), f("0.5"))])]);
		assert_eq!(Inference::payloads(1, 12), Err(QueryError::NonceNotKept));
		run_to_block(20);
		// Closed: the record, whole, and the same as the latest.
		let view = Inference::network_inference(1, 13).unwrap();
		let record = NetworkInferencesAt::<Test>::get(1, 13).unwrap();
		assert_eq!(view.nonce, 13);
		assert_eq!(view.combined, record.combined);
		assert_eq!(view.forecast_implied, record.forecast_implied.to_vec());
		assert_eq!(record.inferers.to_vec(), vec![worker(0), worker(1)]);
		let weights: Vec<_> = record.inferers.iter().cloned().zip(record.inferer_weights).collect();
		assert_eq!(view.inferer_weights, weights);
		assert_eq!(Inference::latest_network_inference(1), Ok(view));
		assert_eq!(Inference::kept_nonces(1), Ok(vec![13]));
		assert_eq!(Inference::open_nonces(1), Ok(vec![]));
		// An empty close keeps the nonce without an inference.
		run_to_block(26);
		run_to_block(32);
		assert_eq!(Inference::network_inference(1, 25), Err(QueryError::NoInference));
		assert_eq!(Inference::latest_network_inference(1).unwrap().nonce, 13);
	});
}

#[test]
fn a_workers_regrets_are_found_in_both_of_their_places() {
	use allora_synthesis::regrets::RegretKey;
	run_test(|| {
		let topic = topic_with_workers(6, 8);
		apply_now(topic, 13, &full_bundle(2, 1, 2));
		let about = Inference::regrets_of(topic, &0).unwrap();
		let keys: Vec<_> = about.iter().map(|(k, _)| k.clone()).collect();
		// Inferer 0's own regrets, and those of the networks without it.
		for key in [
			RegretKey::Inferer(0),
			RegretKey::Naive(0),
			RegretKey::OneOutInfererInferer { withheld: 0, inferer: 1 },
			RegretKey::OneOutInfererInferer { withheld: 1, inferer: 0 },
			RegretKey::OneIn { forecaster: 2, worker: 0 },
		] {
			assert!(keys.contains(&key), "{key:?} missing");
		}
		assert!(keys.windows(2).all(|w| w[0] < w[1]), "sorted, each once");
		assert!(!keys.contains(&RegretKey::Inferer(1)));
		assert_eq!(Inference::regrets_of(topic, &7), Ok(vec![]));
	});
}

#[test]
fn integrity_test_accepts_the_mock_and_rejects_a_zero_value_bound() {
	new_test_ext().execute_with(|| {
		<Inference as Hooks<u64>>::integrity_test();
		let bound = MaxAbsValue::get();
		MaxAbsValue::set(Fixed::ZERO);
		let rejected = std::panic::catch_unwind(<Inference as Hooks<u64>>::integrity_test);
		MaxAbsValue::set(bound);
		let message = rejected.expect_err("MaxAbsValue = 0 accepted");
		assert!(message.downcast_ref::<&str>().unwrap().contains("MaxAbsValue"));
	});
}

#[test]
fn set_params_checks_each_rule_and_bound_and_needs_the_admin() {
	run_test(|| {
		set(vec![InferenceParam::CNorm(f("0.5")), InferenceParam::MaxElementsPerForecast(3)]);
		let p = Params::<Test>::get();
		assert_eq!((p.c_norm, p.max_elements_per_forecast), (f("0.5"), 3));
		assert_eq!(
			events().last(),
			Some(&Event::ParamsUpdated {
				updates: vec![
					InferenceParam::CNorm(f("0.5")),
					InferenceParam::MaxElementsPerForecast(3)
				]
				.try_into()
				.unwrap()
			})
		);
		let bad = |u: Vec<InferenceParam>| {
			Inference::set_params(RuntimeOrigin::root(), u.try_into().unwrap())
		};
		assert_noop!(
			Inference::set_params(
				RuntimeOrigin::signed(1),
				vec![InferenceParam::CNorm(f("0.5"))].try_into().unwrap()
			),
			DispatchError::BadOrigin
		);
		assert_noop!(bad(vec![]), Error::<Test>::NoParamUpdates);
		// One bad value rejects the whole call, including the good ones before it.
		assert_noop!(
			bad(vec![InferenceParam::CNorm(f("0.1")), InferenceParam::EpsilonSafeDiv(Fixed::ZERO)]),
			Error::<Test>::ParamNotPositive
		);
		assert_noop!(
			bad(vec![InferenceParam::InitialRegretQuantile(f("1.5"))]),
			Error::<Test>::ParamNotAFraction
		);
		assert_noop!(bad(vec![InferenceParam::CNorm(f("-1"))]), Error::<Test>::ParamNegative);
		assert_noop!(
			bad(vec![InferenceParam::MaxElementsPerForecast(0)]),
			Error::<Test>::ParamZero
		);
		let elements = <<Test as pallet_topics::Config>::MaxForecastElements as Get<u32>>::get();
		assert_noop!(
			bad(vec![InferenceParam::MaxElementsPerForecast(elements + 1)]),
			Error::<Test>::ParamAboveLimit
		);
		// The two active sets together fit in `MaxActiveWorkers`.
		let workers = <<Test as pallet_topics::Config>::MaxActiveWorkers as Get<u32>>::get();
		assert_noop!(
			bad(vec![
				InferenceParam::MaxTopInferersToReward(workers),
				InferenceParam::MaxTopForecastersToReward(1)
			]),
			Error::<Test>::ParamAboveLimit
		);
		set(vec![
			InferenceParam::MaxTopInferersToReward(workers - 1),
			InferenceParam::MaxTopForecastersToReward(1),
		]);
	});
}

/// The staged updates' queue is bounded: once it is full every topic's regrets are busy (its
/// reputer closes wait) and no update can be handed over, so nothing is lost or overwritten.
#[test]
fn a_full_update_queue_makes_every_topic_wait() {
	run_test(|| {
		let topic = topic_with_workers(6, 8);
		assert!(!Inference::regrets_busy(topic));
		let capacity = <<Test as Config>::MaxOpenWindows as Get<u32>>::get();
		let others: Vec<TopicId> = (1_000..1_000 + u64::from(capacity)).collect();
		RegretUpdateQueue::<Test>::put(BoundedVec::truncate_from(others));
		assert!(Inference::regrets_busy(topic));
		assert!(Inference::apply_network_losses(topic, 13, &full_bundle(2, 1, 2)).is_err());
		assert!(!RegretUpdates::<Test>::contains_key(topic));
		assert!(RegretSlots::<Test>::get(topic).is_empty());
		// The fillers have no update behind them: gone before the end-of-test checks.
		RegretUpdateQueue::<Test>::kill();
		assert!(!Inference::regrets_busy(topic));
	});
}
