//! The reference simulator's epochs through the three pallets: for every epoch of
//! `inference_synthesis.json` with a previous epoch, seed the previous epoch's regrets, network
//! loss and listening coefficients, submit the epoch's inferences and forecasts, then the five
//! reputers' loss bundles with their stakes, close the reputer window, and compare with the
//! table (relative 1e-5): the network losses, every regret, the reputer scores and listening
//! coefficients.

use crate::{mock::*, *};
use allora_conformance::{
	rel_error,
	synthesis::{
		all_forecasters, all_inferers, epoch_inputs, map_key, row_forecasts, row_network_losses,
		row_reputer_bundles, state_from_row,
	},
	vectors::{fixed, Row},
	vectors_dir, Vectors, REL_TOLERANCE,
};
use allora_synthesis::regrets::{RegretKey, RegretSource};
use pallet_topics::Role;
use polkadot_sdk::frame_support::assert_ok;

/// Inferers `I0..I4` are workers 0..4, forecasters `F0..F2` workers 5..7, reputers `R0..R4`.
fn account(name: &str) -> AccountId {
	let (kind, n) = name.split_at(1);
	let n: u64 = n.parse().expect("a participant name is a letter and a number");
	match kind {
		"I" => worker(n),
		"F" => worker(5 + n),
		_ => panic!("unknown participant {name}"),
	}
}

fn per(m: &alloc::collections::BTreeMap<String, Fixed>) -> PerWorker<AccountId, ConstU32<8>> {
	let mut v: Vec<_> = m.iter().map(|(k, v)| (account(k), *v)).collect();
	v.sort();
	v.try_into().unwrap()
}

struct Outcome {
	losses: LossReportOf<Test>,
	regrets: Vec<(RegretKey<AccountId>, Fixed)>,
	scores: Vec<(AccountId, Fixed)>,
	coefficients: Vec<Fixed>,
}

fn run_epoch(
	prev: &Row,
	row: &Row,
	seed: &allora_synthesis::regrets::RegretTables<String>,
	prev_loss: Fixed,
) -> Outcome {
	topic(8, 5);
	let bundles = row_reputer_bundles(row).unwrap();
	for (m, (stake, _)) in bundles.iter().enumerate() {
		assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(m as u64)), 1, *stake));
		let c = fixed(prev, &format!("reputer_listening_coefficient_{m}")).unwrap();
		ListeningCoefficients::<Test>::insert(1, reputer(m as u64), c);
	}
	pallet_topics::Pallet::<Test>::set_initial_regret(1, seed.initial_regret);
	let stored = seed.values.iter().map(|(key, v)| (map_key(key, |n| account(n)), *v));
	pallet_inference::write_regrets::<Test>(1, stored.collect());
	pallet_inference::LatestNetworkLoss::<Test>::insert(1, prev_loss);
	run_to_block(14);
	for j in 0..5 {
		let v = fixed(row, &format!("inference_{j}")).unwrap();
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(worker(j)),
			1,
			13,
			Some(v),
			None
		));
	}
	for (forecaster, elements) in row_forecasts(row).unwrap() {
		let forecast: Vec<_> = elements
			.into_iter()
			.map(|(inferer, value)| pallet_inference::ForecastElement {
				inferer: account(&inferer),
				value,
			})
			.collect();
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(account(&forecaster)),
			1,
			13,
			None,
			Some(forecast.try_into().unwrap())
		));
	}
	run_to_block(26);
	for (m, (_, b)) in bundles.iter().enumerate() {
		let report = LossReport {
			combined: b.combined,
			naive: b.naive,
			inferer: per(&b.inferer),
			forecaster: per(&b.forecaster),
			one_out_inferer: per(&b.one_out_inferer),
			one_out_forecaster: per(&b.one_out_forecaster),
			one_in_forecaster: per(&b.one_in_forecaster),
		};
		assert!(pallet_topics::Pallet::<Test>::is_registered(1, Role::Reputer, &reputer(m as u64)));
		assert_ok!(Reputation::submit_reputer_payload(
			RuntimeOrigin::signed(reputer(m as u64)),
			1,
			13,
			report
		));
	}
	// The reputer close at 37, its regret update written at 38.
	run_to_block(38);
	check_invariants();
	Outcome {
		losses: NetworkLossesAt::<Test>::get(1, 13).expect("the reputer window closed with losses"),
		regrets: pallet_inference::stored_regrets::<Test>(1),
		scores: ReputerScores::<Test>::get(1, 13).unwrap().to_vec(),
		coefficients: (0..5)
			.map(|m| ListeningCoefficients::<Test>::get(1, reputer(m)).unwrap())
			.collect(),
	}
}

#[test]
fn every_simulator_epoch_through_the_pallets_matches_the_table() {
	let v = Vectors::load(&vectors_dir()).expect("the shared vectors load");
	let table = &v.inference_synthesis;
	let inputs = epoch_inputs(table).unwrap();
	assert!(!inputs.is_empty());
	let mut worst = 0f64;
	let mut checks = 0usize;
	for (epoch, seed, _, _, prev_loss) in &inputs {
		let (prev, row) = (&table[&(epoch - 1)], &table[epoch]);
		let out = new_test_ext().execute_with(|| run_epoch(prev, row, seed, *prev_loss));
		let mut check = |what: String, got: Fixed, want: Fixed| {
			let err = rel_error(got, want);
			assert!(err <= REL_TOLERANCE, "epoch {epoch} {what}: got {got}, want {want} ({err:e})");
			worst = worst.max(err);
			checks += 1;
		};
		// Network losses: every value a report carries.
		let (want, _) = row_network_losses(row).unwrap();
		check("network loss".into(), out.losses.combined, want.combined);
		check("naive network loss".into(), out.losses.naive, want.naive);
		for (list, wanted) in [
			(&out.losses.inferer, &want.inferer),
			(&out.losses.forecaster, &want.forecaster),
			(&out.losses.one_out_inferer, &want.one_out_inferer),
			(&out.losses.one_out_forecaster, &want.one_out_forecaster),
			(&out.losses.one_in_forecaster, &want.one_in_forecaster),
		] {
			assert_eq!(list.len(), wanted.len());
			for (name, w) in wanted {
				let got = list.iter().find(|(a, _)| *a == account(name)).unwrap().1;
				check(format!("loss of {name}"), got, *w);
			}
		}
		// Regrets: the table's, except R⁻_j'k. Its update runs over the forecasters of the
		// one-out-inferer-forecaster losses (synthesis spec §2.12 step 5), which no chain report
		// carries (the chain publishes no such values), so those regrets keep their value.
		let expected =
			state_from_row(row, Fixed::ONE, &all_inferers(), &all_forecasters()).unwrap();
		for (key, want) in &expected.values {
			let got =
				out.regrets.iter().find(|(k, _)| *k == map_key(key, |n| account(n))).unwrap().1;
			let want = match key {
				RegretKey::OneOutInfererForecaster { .. } => seed.regret(key),
				_ => *want,
			};
			check(format!("regret {key:?}"), got, want);
		}
		// Reputer scores and listening coefficients. A chain report has no
		// one-out-inferer-forecaster losses, so the reputers are scored on the other 21 of the
		// simulator's 36 values: compare with the scoring of the table's bundles without them
		// (`allora-conformance` checks that scoring against the table's own columns).
		let (scores, coefficients) = scores_without_one_out_forecasts(prev, row);
		for (m, (who, score)) in out.scores.iter().enumerate() {
			assert_eq!(*who, reputer(m as u64));
			check(format!("reputer_score_{m}"), *score, scores[m]);
			check(
				format!("reputer_listening_coefficient_{m}"),
				out.coefficients[m],
				coefficients[m],
			);
		}
	}
	println!("{} epochs, {checks} values, worst relative error {worst:e}", inputs.len());
}

/// The simulator's reputer scoring of `row` without the one-out-inferer-forecaster columns.
fn scores_without_one_out_forecasts(prev: &Row, row: &Row) -> (Vec<Fixed>, Vec<Fixed>) {
	use allora_rewards::reputers::{reputer_scores, stake_fractions, ReputerParams};
	let mut losses = Vec::new();
	let mut stakes = Vec::new();
	let mut initial = Vec::new();
	for m in 0..5 {
		let prefix = format!("reputer_{m}_loss_");
		let values = row
			.keys()
			.filter(|k| k.starts_with(&prefix))
			.filter(|k| !(k.contains("forecast_implied_inference_") && k.contains("_oneout_")))
			.map(|k| Some(fixed(row, k).unwrap()))
			.collect::<Vec<_>>();
		assert_eq!(values.len(), 21);
		losses.push(values);
		stakes.push(fixed(row, &format!("reputer_stake_{m}")).unwrap().raw() as u128);
		initial.push(fixed(prev, &format!("reputer_listening_coefficient_{m}")).unwrap());
	}
	let fractions = stake_fractions(&stakes).unwrap();
	let out = reputer_scores(&losses, &fractions, &initial, &ReputerParams::reference()).unwrap();
	(out.scores, out.coefficients)
}
