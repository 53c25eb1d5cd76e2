//! The reference simulator's epochs through the pallet: for every epoch of
//! `inference_synthesis.json` that has a previous epoch, store that previous epoch's regrets and
//! network loss, submit the epoch's five inferences and three forecasts through the call, close
//! the window (in one block, and in stages), and compare the stored network inferences with the
//! table (relative 1e-5).

use crate::{mock::*, *};
use allora_conformance::{
	rel_error,
	synthesis::{epoch_inputs, map_key, row_forecasts},
	vectors::{fixed, Row},
	vectors_dir, Vectors, REL_TOLERANCE,
};
use codec::Encode;
use pallet_topics::Role;
use polkadot_sdk::frame_support::{assert_ok, weights::Weight};

/// The simulator's participants as accounts: inferers `I0..I4` are workers 0..4, forecasters
/// `F0..F2` workers 5..7.
pub fn account(name: &str) -> AccountId {
	let (kind, n) = name.split_at(1);
	let n: u64 = n.parse().expect("a participant name is a letter and a number");
	match kind {
		"I" => worker(n),
		"F" => worker(5 + n),
		_ => panic!("unknown participant {name}"),
	}
}

/// Compares `got` with the table's `column`; returns the relative error, or a message.
fn compare(row: &Row, epoch: i64, column: &str, got: Option<Fixed>) -> Result<f64, String> {
	let want = fixed(row, column)?;
	let got = got.ok_or_else(|| format!("epoch {epoch}: nothing stored for {column}"))?;
	let err = rel_error(got, want);
	if err > REL_TOLERANCE {
		return Err(format!("epoch {epoch} {column}: got {got}, want {want} (rel. error {err:e})"));
	}
	Ok(err)
}

fn lookup(list: &[(AccountId, Fixed)], who: AccountId) -> Option<Fixed> {
	list.iter().find(|(a, _)| *a == who).map(|(_, v)| *v)
}

/// Runs one epoch through the pallet and returns the stored record.
fn run_epoch(
	regrets: &allora_synthesis::regrets::RegretTables<String>,
	prev_loss: Fixed,
	row: &Row,
) -> RecordOf<Test> {
	let topic = topic_with_workers(6, 8);
	pallet_topics::Pallet::<Test>::set_initial_regret(topic, regrets.initial_regret);
	let stored = regrets.values.iter().map(|(key, v)| (map_key(key, |n| account(n)), *v));
	crate::regrets::write_regrets::<Test>(topic, stored.collect());
	LatestNetworkLoss::<Test>::insert(topic, prev_loss);
	run_to_block(14);
	for j in 0..5 {
		let v = fixed(row, &format!("inference_{j}")).unwrap();
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(worker(j)),
			topic,
			13,
			Some(v),
			None
		));
	}
	for (forecaster, elements) in row_forecasts(row).unwrap() {
		let forecast: Vec<_> = elements
			.into_iter()
			.map(|(inferer, value)| ForecastElement { inferer: account(&inferer), value })
			.collect();
		assert!(pallet_topics::Pallet::<Test>::is_registered(
			topic,
			Role::Worker,
			&account(&forecaster)
		));
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(account(&forecaster)),
			topic,
			13,
			None,
			Some(forecast.try_into().unwrap())
		));
	}
	run_to_block(20);
	while crate::CloseInProgress::<Test>::exists() {
		run_to_block(System::block_number() + 1);
	}
	NetworkInferencesAt::<Test>::get(topic, 13).expect("the window closed with a record")
}

#[test]
fn every_simulator_epoch_through_the_calls_matches_the_table() {
	let v = Vectors::load(&vectors_dir()).expect("the shared vectors load");
	let table = &v.inference_synthesis;
	let inputs = epoch_inputs(table).unwrap();
	assert!(!inputs.is_empty(), "no epoch with a previous epoch in the table");
	let mut worst = 0f64;
	let mut checks = 0usize;
	for (epoch, regrets, _, _, prev_loss) in &inputs {
		let row = &table[epoch];
		// In one block, and in stages of one counterfactual network each.
		let [record, staged] = [Weight::MAX, Weight::zero()].map(|budget| {
			new_test_ext().execute_with(|| {
				MaxClosingWeight::set(budget);
				let record = run_epoch(regrets, *prev_loss, row);
				Topics::do_try_state().unwrap();
				Inference::do_try_state().unwrap();
				MaxClosingWeight::set(Weight::MAX);
				record
			})
		});
		assert_eq!(record.encode(), staged.encode(), "epoch {epoch}: the staged close differs");
		let mut expect = |column: String, got: Option<Fixed>| {
			worst = worst.max(compare(row, *epoch, &column, got).unwrap());
			checks += 1;
		};
		expect("network_inference".into(), Some(record.combined));
		expect("network_naive_inference".into(), Some(record.naive));
		for j in 0..5u64 {
			let got = lookup(&record.one_out_inferers, worker(j));
			expect(format!("network_inference_oneout_{j}"), got);
		}
		for k in 0..3u64 {
			let fk = worker(5 + k);
			expect(format!("forecast_implied_inference_{k}"), lookup(&record.forecast_implied, fk));
			expect(
				format!("network_inference_oneout_{}", k + 5),
				lookup(&record.one_out_forecasters, fk),
			);
			expect(
				format!("network_naive_inference_onein_{k}"),
				lookup(&record.one_in_forecasters, fk),
			);
		}
		for (i, v) in record.confidence_interval.iter().enumerate() {
			expect(format!("network_inference_errorbar_{i}"), Some(*v));
		}
		assert_eq!(record.confidence_interval.len(), 5, "epoch {epoch}: confidence interval");
	}
	println!("{} epochs, {checks} values, worst relative error {worst:e}", inputs.len());
}

#[test]
fn a_wrong_expected_value_fails_the_comparison() {
	let v = Vectors::load(&vectors_dir()).unwrap();
	let (epoch, row) = v.inference_synthesis.iter().next_back().unwrap();
	let want = fixed(row, "network_inference").unwrap();
	let off = want.checked_mul(Fixed::from_raw(1_001_000_000_000_000_000)).unwrap();
	assert!(compare(row, *epoch, "network_inference", Some(want)).is_ok());
	assert!(compare(row, *epoch, "network_inference", Some(off)).is_err());
}
