//! A window close in stages against the same close in one block: whatever the topic (its
//! payloads, stored regrets, initial regret and latest network loss) and whatever the budget,
//! the staged close stores the same record and reports the same result, nothing the synthesis
//! reads changes between its stages, and the chain's invariants hold after every block. A
//! regret update in stages likewise writes the regrets, slots, network loss and initial regret
//! of the update in one block.

use crate::{base_units, synthesis_units, worst_network_units};
use crate::{
	mock::*, regrets::write_regrets, CloseInProgress, ClosingInputs, Event, ForecastElement,
	LatestNetworkLoss, NetworkInferencesAt, OpenNonces, PartialRecord, RecordOf,
};
use allora_primitives::TopicLifecycle;
use allora_synthesis::{
	inference::Counterfactuals, losses::LossBundle, regrets::RegretKey, Fixed, SynthesisParams,
};
use codec::Encode;
use pallet_topics::Role;
use polkadot_sdk::frame_support::{assert_ok, traits::Hooks, weights::Weight};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The worker nonce every case submits to (the first epoch start of [`topic_with_workers`]).
const NONCE: u64 = 13;
/// The block the window of [`NONCE`] closes at (a 6-block window).
const CLOSES_AT: u64 = 20;

/// One topic's epoch: its payloads, stored regrets, initial regret and latest network loss.
#[derive(Clone, Debug)]
struct Case {
	/// Inferences of workers `0..inferences.len()`.
	inferences: Vec<i128>,
	/// Forecasts: `(forecaster, [(inferer, value)])`.
	forecasts: Vec<(u64, Vec<(u64, i128)>)>,
	regrets: Vec<(RegretKey<AccountId>, Fixed)>,
	initial_regret: i128,
	previous_loss: Option<i128>,
}

fn value() -> impl Strategy<Value = i128> {
	-5_000_000_000_000_000_000i128..5_000_000_000_000_000_000
}

fn key() -> impl Strategy<Value = RegretKey<AccountId>> {
	(0u8..8, 0u64..8, 0u64..8).prop_map(|(kind, about, w)| {
		RegretKey::from_row(super::regret_storage::row(kind, worker(about)), worker(w))
	})
}

fn case() -> impl Strategy<Value = Case> {
	(1usize..=6).prop_flat_map(|i| {
		let forecast = proptest::collection::vec((0..i as u64 + 1, value()), 1..=i + 1);
		let forecasts = proptest::collection::btree_map(0u64..8, forecast, 0..=5);
		(
			proptest::collection::vec(value(), i),
			forecasts,
			proptest::collection::vec((key(), value().prop_map(Fixed::from_raw)), 0..40),
			prop_oneof![Just(0i128), 1i128..3_000_000_000_000_000_000],
			proptest::option::weighted(0.8, value()),
		)
			.prop_map(|(inferences, forecasts, regrets, initial_regret, previous_loss)| Case {
				inferences,
				forecasts: forecasts.into_iter().collect(),
				regrets,
				initial_regret,
				previous_loss,
			})
	})
}

/// What a close left: the record (if any, encoded) and its counterfactual networks, the close's
/// result events, and the blocks the close took.
#[derive(Debug, PartialEq)]
struct Outcome {
	record: Option<Vec<u8>>,
	networks: Option<u64>,
	results: Vec<Event<Test>>,
	stages: u64,
}

/// Runs `case` on a fresh chain with `budget` for the closing hook, to the end of its close,
/// checking at every block of a staged close that it keeps its topic busy and its inputs fixed.
fn run(case: &Case, budget: Weight) -> Result<Outcome, TestCaseError> {
	new_test_ext().execute_with(|| {
		MaxClosingWeight::set(budget);
		let topic = topic_with_workers(6, 8);
		pallet_topics::Pallet::<Test>::set_initial_regret(
			topic,
			Fixed::from_raw(case.initial_regret),
		);
		write_regrets::<Test>(topic, case.regrets.clone());
		if let Some(loss) = case.previous_loss {
			LatestNetworkLoss::<Test>::insert(topic, Fixed::from_raw(loss));
		}
		run_to_block(NONCE + 1);
		for (j, v) in case.inferences.iter().enumerate() {
			let inference = Some(Fixed::from_raw(*v));
			assert_ok!(Inference::submit_worker_payload(
				RuntimeOrigin::signed(worker(j as u64)),
				topic,
				NONCE,
				inference,
				None
			));
		}
		for (k, elements) in &case.forecasts {
			let forecast: Vec<_> = elements
				.iter()
				.map(|(j, v)| ForecastElement { inferer: worker(*j), value: Fixed::from_raw(*v) })
				.collect();
			let inference = crate::Inferences::<Test>::get((topic, NONCE), worker(*k));
			let _ = crate::Inferences::<Test>::take((topic, NONCE), worker(*k));
			assert_ok!(Inference::submit_worker_payload(
				RuntimeOrigin::signed(worker(*k)),
				topic,
				NONCE,
				inference,
				Some(forecast.try_into().expect("within the bound"))
			));
		}
		run_to_block(CLOSES_AT - 1);
		// A block's closes weigh at most the budget, or one worst stage.
		let params = crate::Params::<Test>::get();
		let most = budget
			.max(Inference::worst_first_stage_weight(&params))
			.max(Inference::worst_next_stage_weight(&params))
			.saturating_add(<() as crate::WeightInfo>::on_initialize_idle());
		let block = || -> Result<(), TestCaseError> {
			let next = System::block_number() + 1;
			System::set_block_number(next);
			<Topics as Hooks<u64>>::on_initialize(next);
			let used = <Inference as Hooks<u64>>::on_initialize(next);
			prop_assert!(used.all_lte(most), "block {}: {} over {}", next, used, most);
			Ok(())
		};
		block()?;
		let regrets = crate::stored_regrets::<Test>(topic);
		let mut stages = 1;
		while CloseInProgress::<Test>::exists() {
			prop_assert!(Inference::has_open_nonces(topic), "a closing topic cannot retire");
			// The first stage may have only chosen the active sets (no record yet).
			prop_assert!(ClosingInputs::<Test>::exists());
			prop_assert!(stages == 1 || PartialRecord::<Test>::exists());
			prop_assert!(!NetworkInferencesAt::<Test>::contains_key(topic, NONCE));
			// The queries tell a closing nonce apart, and show its payloads.
			prop_assert_eq!(
				Inference::network_inference(topic, NONCE).err(),
				Some(pallet_topics::QueryError::NonceClosing)
			);
			prop_assert!(Inference::payloads(topic, NONCE).is_ok());
			// A worker leaving the topic keeps its regrets until the close is done.
			if stages == 1 {
				assert_ok!(Topics::unregister(
					RuntimeOrigin::signed(worker(0)),
					topic,
					Role::Worker
				));
			}
			prop_assert_eq!(&crate::stored_regrets::<Test>(topic), &regrets);
			Inference::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
			block()?;
			stages += 1;
		}
		prop_assert!(!OpenNonces::<Test>::get(topic).contains(&NONCE));
		prop_assert!(!PartialRecord::<Test>::exists() && !ClosingInputs::<Test>::exists());
		Inference::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
		let results = super::events()
			.into_iter()
			.filter(|e| {
				matches!(
					e,
					Event::NetworkInferenceComputed { .. }
						| Event::SynthesisFailed { .. }
						| Event::NonceClosedEmpty { .. }
				)
			})
			.collect();
		let record = NetworkInferencesAt::<Test>::get(topic, NONCE);
		let networks = record.as_ref().map(networks);
		Ok(Outcome { record: record.map(|r| r.encode()), networks, results, stages })
	})
}

/// The counterfactual networks of a record: one per inferer, two per forecaster if two or more.
fn networks(record: &RecordOf<Test>) -> u64 {
	let f = record.forecast_implied.len() as u64;
	record.one_out_inferers.len() as u64 + if f > 1 { 2 * f } else { 0 }
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(96))]

	#[test]
	fn a_staged_close_stores_the_one_block_record(case in case(), share in 0u64..=100) {
		let whole = run(&case, Weight::MAX)?;
		prop_assert_eq!(whole.stages, 1);
		// No budget: the active sets chosen in the first block, then the base with the first
		// counterfactual network, then one network per block.
		let staged = run(&case, Weight::zero())?;
		prop_assert_eq!(&staged.record, &whole.record);
		prop_assert_eq!(&staged.results, &whole.results);
		if let Some(networks) = whole.networks {
			prop_assert_eq!(staged.stages, 1 + networks.max(1));
		}
		// Any budget up to one worst close.
		let worst = new_test_ext()
			.execute_with(|| Inference::worst_close_weight(&crate::Params::<Test>::get()));
		let budget = Weight::from_parts(
			worst.ref_time() / 100 * share,
			worst.proof_size() / 100 * share,
		);
		let some = run(&case, budget)?;
		prop_assert_eq!(&some.record, &whole.record);
		prop_assert_eq!(&some.results, &whole.results);
		prop_assert!(some.stages <= staged.stages);
	}
}

/// Network losses over some of workers `0..8`: inferers, forecasters, and the one-out and one-in
/// networks' losses about some of them.
fn losses() -> impl Strategy<Value = LossBundle<AccountId>> {
	let some = || {
		proptest::collection::btree_map(
			(0u64..8).prop_map(worker),
			value().prop_map(Fixed::from_raw),
			0..6,
		)
	};
	(value(), value(), some(), some(), some(), some(), some()).prop_map(
		|(combined, naive, inferer, forecaster, one_out_inferer, one_out_forecaster, one_in)| {
			LossBundle {
				combined: Fixed::from_raw(combined),
				naive: Fixed::from_raw(naive),
				inferer,
				forecaster,
				one_out_inferer,
				one_out_forecaster,
				one_in_forecaster: one_in,
				one_out_inferer_forecaster: Default::default(),
			}
		},
	)
}

/// What a regret update left: the stored regrets and slots (encoded), the topic's latest
/// network loss and initial regret, its `RegretsUpdated` and `InitialRegretUpdated` events; and
/// the blocks it took.
#[derive(Debug, PartialEq)]
struct Updated {
	stored: Vec<u8>,
	loss: Option<Fixed>,
	initial: Fixed,
	events: Vec<Event<Test>>,
}

fn update(
	regrets: &[(RegretKey<AccountId>, Fixed)],
	inclusions: &[(u64, u64)],
	losses: &LossBundle<AccountId>,
	budget: Weight,
) -> Result<(Updated, u64), TestCaseError> {
	new_test_ext().execute_with(|| {
		let topic = topic_with_workers(6, 8);
		pallet_topics::Pallet::<Test>::set_initial_regret(topic, Fixed::from_int(1));
		write_regrets::<Test>(topic, regrets.to_vec());
		for (w, n) in inclusions {
			let paid = alloc::vec![(crate::WorkerTask::Inference, worker(*w)); *n as usize];
			Inference::note_inclusions(topic, &paid);
		}
		MaxClosingWeight::set(budget);
		prop_assert!(Inference::apply_network_losses(topic, NONCE, losses).is_ok());
		let mut blocks = 0;
		while crate::RegretUpdates::<Test>::contains_key(topic) {
			prop_assert!(Inference::has_open_nonces(topic), "a busy topic cannot retire");
			prop_assert!(crate::LatestNetworkLoss::<Test>::get(topic).is_none());
			Inference::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
			blocks += 1;
			run_to_block(System::block_number() + 1);
		}
		MaxClosingWeight::set(Weight::MAX);
		Inference::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
		let stored = (crate::stored_regrets::<Test>(topic), crate::RegretSlots::<Test>::get(topic));
		let events = super::events()
			.into_iter()
			.filter(|e| {
				matches!(e, Event::RegretsUpdated { .. } | Event::InitialRegretUpdated { .. })
			})
			.collect();
		let initial = pallet_topics::Pallet::<Test>::topic(topic).expect("exists").initial_regret;
		let loss = crate::LatestNetworkLoss::<Test>::get(topic);
		Ok((Updated { stored: stored.encode(), loss, initial, events }, blocks))
	})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(96))]

	#[test]
	fn a_staged_regret_update_writes_the_one_block_regrets(
		regrets in proptest::collection::vec((key(), value().prop_map(Fixed::from_raw)), 0..40),
		inclusions in proptest::collection::vec((0u64..8, 0u64..40), 0..8),
		losses in losses(),
	) {
		let rows = allora_synthesis::regrets::regret_row_plans(&losses).len() as u64;
		// A whole budget: every row in the next block (none: at once).
		let (whole, blocks) = update(&regrets, &inclusions, &losses, Weight::MAX)?;
		prop_assert_eq!(blocks, rows.min(1));
		// No budget: one row a block.
		let (staged, blocks) = update(&regrets, &inclusions, &losses, Weight::zero())?;
		prop_assert_eq!(&staged, &whole);
		prop_assert_eq!(blocks, rows);
	}
}

proptest! {
	/// The units the stages charge add up to the weight formula's for the whole synthesis: the
	/// base's and every counterfactual network's, none above the costliest network's.
	#[test]
	fn the_stages_units_add_up_to_the_synthesis_units(i in 2u32..16, f in 2u32..16, per in 1u32..8) {
		// Each forecast names `per` distinct inferers.
		let per = per.min(i);
		let inferences: BTreeMap<u64, Fixed> = (0..u64::from(i)).map(|j| (j, Fixed::ONE)).collect();
		let forecasts: BTreeMap<u64, Vec<(u64, Fixed)>> = (0..u64::from(f))
			.map(|k| {
				let named = (0..u64::from(per)).map(|j| ((j + k) % u64::from(i), Fixed::ONE));
				(100 + k, named.collect())
			})
			.collect();
		let implied: BTreeMap<u64, Fixed> = forecasts.keys().map(|k| (*k, Fixed::ONE)).collect();
		let params = SynthesisParams::reference();
		let networks = Counterfactuals::new(&inferences, &forecasts, &implied, Fixed::ONE, &params);
		let units: Vec<u32> = (0..networks.len()).map(|n| networks.units(n)).collect();
		let elements = f * per;
		prop_assert_eq!(
			base_units(i, f, elements) + units.iter().sum::<u32>(),
			synthesis_units(i, f, elements, elements * per)
		);
		prop_assert!(units.iter().all(|u| *u <= worst_network_units(i, f, per)));
	}
}
