//! Properties of the synthesis over random topics: weights are never negative, the network
//! inference stays within its inputs, participant order does not matter, and any input, however
//! extreme, gives a value or a typed error (never a panic).

mod reference;

use allora_synthesis::{
	forecast::Forecast,
	inference::network_inferences,
	losses::LossBundle,
	network::Network,
	regrets::{keyed, regret_updates, RegretKey, RegretTables},
	weights::{weight_from_normalized_regret, WeightFunction},
	Fixed, SynthesisError, SynthesisParams,
};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A random epoch: inferences, forecasts (elements about some inferers), regrets, previous loss.
#[derive(Clone, Debug)]
struct Epoch {
	inferences: Vec<i128>,
	forecasts: Vec<Vec<(usize, i128)>>,
	inferer_regrets: Vec<Option<i128>>,
	forecaster_regrets: Vec<Option<i128>>,
	naive_regrets: Vec<i128>,
	initial_regret: i128,
	previous_loss: i128,
}

const UNIT: i128 = 1_000_000_000_000_000_000;

fn epoch() -> impl Strategy<Value = Epoch> {
	(2usize..7, 0usize..4).prop_flat_map(|(n, m)| {
		(
			prop::collection::vec(-1000 * UNIT..1000 * UNIT, n),
			prop::collection::vec(prop::collection::vec((0..n, -5 * UNIT..5 * UNIT), 0..n + 1), m),
			prop::collection::vec(prop::option::of(-10 * UNIT..10 * UNIT), n),
			prop::collection::vec(prop::option::of(-10 * UNIT..10 * UNIT), m),
			prop::collection::vec(-10 * UNIT..10 * UNIT, n),
			prop_oneof![Just(0), -5 * UNIT..5 * UNIT],
			-8 * UNIT..2 * UNIT,
		)
			.prop_map(|(inferences, forecasts, ir, fr, nr, r0, loss)| Epoch {
				inferences,
				forecasts,
				inferer_regrets: ir,
				forecaster_regrets: fr,
				naive_regrets: nr,
				initial_regret: r0,
				previous_loss: loss,
			})
	})
}

type Inputs = (RegretTables<u32>, BTreeMap<u32, Fixed>, BTreeMap<u32, Forecast<u32>>);

/// The epoch with inferer `j` named `names[j]` and forecaster `k` named `1000 + fnames[k]`.
fn build(e: &Epoch, names: &[u32], fnames: &[u32]) -> Inputs {
	let x = Fixed::from_raw;
	let mut st = RegretTables::new(x(e.initial_regret));
	let inferences = e.inferences.iter().enumerate().map(|(j, v)| (names[j], x(*v))).collect();
	for (j, r) in e.inferer_regrets.iter().enumerate() {
		if let Some(r) = r {
			st.values.insert(RegretKey::Inferer(names[j]), x(*r));
		}
		st.values.insert(RegretKey::Naive(names[j]), x(e.naive_regrets[j]));
	}
	let mut forecasts = BTreeMap::new();
	for (k, els) in e.forecasts.iter().enumerate() {
		let id = 1000 + fnames[k];
		if let Some(r) = e.forecaster_regrets[k] {
			st.values.insert(RegretKey::Forecaster(id), x(r));
		}
		// Forecast elements name distinct inferers, as ingest guarantees.
		let mut seen = Vec::new();
		let els: Forecast<u32> = els
			.iter()
			.filter(|(j, _)| {
				if seen.contains(j) {
					false
				} else {
					seen.push(*j);
					true
				}
			})
			.map(|(j, l)| (names[*j], x(*l)))
			.collect();
		forecasts.insert(id, els);
	}
	(st, inferences, forecasts)
}

/// Stores pseudo-random regrets (from `seed`) for about half of the keys of every one-out and
/// one-in row of the epoch's workers.
fn fill_counterfactual_rows(
	st: &mut RegretTables<u32>,
	inferences: &BTreeMap<u32, Fixed>,
	forecasts: &BTreeMap<u32, Forecast<u32>>,
	mut seed: u64,
) {
	let mut next = || {
		seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
		seed >> 11
	};
	let inferers: Vec<u32> = inferences.keys().copied().collect();
	let forecasters: Vec<u32> = forecasts.keys().copied().collect();
	let mut keys = Vec::new();
	for w in &inferers {
		keys.extend(
			inferers.iter().map(|j| RegretKey::OneOutInfererInferer { withheld: *w, inferer: *j }),
		);
		keys.extend(
			forecasters
				.iter()
				.map(|k| RegretKey::OneOutInfererForecaster { withheld: *w, forecaster: *k }),
		);
	}
	for w in &forecasters {
		keys.extend(
			inferers
				.iter()
				.map(|j| RegretKey::OneOutForecasterInferer { withheld: *w, inferer: *j }),
		);
		keys.extend(
			forecasters
				.iter()
				.map(|k| RegretKey::OneOutForecasterForecaster { withheld: *w, forecaster: *k }),
		);
		keys.extend(
			inferers.iter().chain([w]).map(|j| RegretKey::OneIn { forecaster: *w, worker: *j }),
		);
	}
	for key in keys {
		let r = next();
		if r % 2 == 0 {
			st.values.insert(key, Fixed::from_raw((r as i128 % (20 * UNIT)) - 10 * UNIT));
		}
	}
}

fn identity(n: usize) -> Vec<u32> {
	(0..n as u32).collect()
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]

	#[test]
	fn weights_are_never_negative(regrets in prop::collection::vec(-100_000 * UNIT..100_000 * UNIT, 1..12)) {
		let mut network = Network::new();
		for r in &regrets {
			network.inferer(Fixed::from_raw(*r), None);
		}
		network.weigh(&SynthesisParams::reference()).unwrap();
		let (w, _) = network.weights();
		prop_assert_eq!(w.len(), regrets.len());
		prop_assert!(w.iter().all(|w| !w.is_negative()));
		// The best worker always keeps a positive weight.
		prop_assert!(w.iter().any(|w| w.is_positive()));
	}

	/// One network's weight function, its thresholds computed once and repeated regrets looked
	/// up, gives every regret the single-shot function's weight, in any order, repeats or not.
	#[test]
	fn a_network_weight_function_is_the_single_shot_one(
		xs in prop::collection::vec(prop_oneof![-12 * UNIT..12 * UNIT, (-3i128..3).prop_map(|v| v * UNIT / 2)], 1..40),
		max in -12 * UNIT..12 * UNIT,
		p in (25i128..=45).prop_map(|v| v * UNIT / 10),
	) {
		let (max, p, c) = (Fixed::from_raw(max), Fixed::from_raw(p), Fixed::from_raw(3 * UNIT / 4));
		let mut f = WeightFunction::new(max, p, c).unwrap();
		for x in xs.iter().map(|x| Fixed::from_raw(*x)) {
			prop_assert_eq!(f.weight(x), weight_from_normalized_regret(x, max, p, c));
		}
	}

	/// The dense synthesis (workers indexed once, rows read once, one-out-inferer networks
	/// recomputing only the forecasts naming the withheld inferer, no weights for the
	/// counterfactual networks of an all-new topic) gives, bit for bit, every value the
	/// straightforward transcription of the spec gives, over random topics with every regret
	/// table partly filled, with and without an initial regret.
	#[test]
	fn the_dense_synthesis_is_the_straightforward_one(e in epoch(), fill in any::<u64>()) {
		let (mut st, inf, fc) = build(&e, &identity(e.inferences.len()), &identity(e.forecasts.len()));
		fill_counterfactual_rows(&mut st, &inf, &fc, fill);
		let p = SynthesisParams::reference();
		let loss = Fixed::from_raw(e.previous_loss);
		let want = reference::full_synthesis(&st, &inf, &fc, loss, &p);
		let got = network_inferences(&st, &inf, &fc, Some(loss), &p).map(|o| reference::Values {
			combined: o.combined,
			naive: o.naive,
			implied: o.forecast_implied,
			one_out_inferers: o.one_out_inferers,
			one_out_forecasters: o.one_out_forecasters,
			one_in_forecasters: o.one_in_forecasters,
			inferer_weights: o.inferer_weights,
			forecaster_weights: o.forecaster_weights,
		});
		prop_assert_eq!(got, want);
	}

	/// The regret updates computed a row at a time are, key for key, the straightforward ones,
	/// for any bundle (forecasters that are also inferers, one-out-inferer forecaster losses,
	/// workers with and without stored regrets).
	#[test]
	fn row_updates_are_the_key_by_key_ones(
		inferers in prop::collection::btree_map(0u32..12, -5 * UNIT..5 * UNIT, 0..6),
		forecasters in prop::collection::btree_map(6u32..18, -5 * UNIT..5 * UNIT, 0..6),
		one_out in prop::collection::btree_map(0u32..18, -5 * UNIT..5 * UNIT, 0..8),
		one_in in prop::collection::btree_map(6u32..18, -5 * UNIT..5 * UNIT, 0..6),
		listed in prop::collection::btree_map(6u32..18, prop::collection::btree_map(0u32..12, -5 * UNIT..5 * UNIT, 0..3), 0..3),
		r0 in -3 * UNIT..3 * UNIT,
		fill in any::<u64>(),
	) {
		let x = Fixed::from_raw;
		let map = |m: &BTreeMap<u32, i128>| m.iter().map(|(k, v)| (*k, x(*v))).collect::<BTreeMap<_, _>>();
		let losses = LossBundle {
			combined: x(UNIT / 3),
			naive: x(-UNIT / 7),
			inferer: map(&inferers),
			forecaster: map(&forecasters),
			one_out_inferer: map(&one_out),
			one_out_forecaster: map(&one_out),
			one_in_forecaster: map(&one_in),
			one_out_inferer_forecaster: listed.iter().map(|(k, per)| (*k, map(per))).collect(),
		};
		let mut st = RegretTables::new(x(r0));
		let all: Vec<u32> = (0..18).collect();
		for w in all.iter().filter(|w| (fill >> **w) & 1 == 1) {
			st.values.insert(RegretKey::Inferer(*w), x(r0 / 2 + *w as i128));
			st.values.insert(RegretKey::Naive(*w), x(r0 / 3 - *w as i128));
			st.values.insert(RegretKey::Forecaster(*w), x(r0 / 5 + 7 * *w as i128));
		}
		let inf: BTreeMap<u32, Fixed> = all.iter().map(|w| (*w, x(UNIT))).collect();
		let fc: BTreeMap<u32, Forecast<u32>> = all.iter().map(|w| (*w, vec![])).collect();
		fill_counterfactual_rows(&mut st, &inf, &fc, fill);
		let alpha = x(UNIT / 10);
		let by_key = reference::regret_updates_by_key(&st, &losses, alpha);
		prop_assert_eq!(regret_updates(&st, &losses, alpha).map(keyed), by_key);
	}

	#[test]
	fn combined_lies_within_the_inferences(e in epoch()) {
		let (st, inf, fc) = build(&e, &identity(e.inferences.len()), &identity(e.forecasts.len()));
		let out = network_inferences(&st, &inf, &fc, Some(Fixed::from_raw(e.previous_loss)), &SynthesisParams::reference()).unwrap();
		// Each weighted mean truncates its terms (< 1e-18 each) and divides by a weight sum of at
		// least ε_div = 1e-7, so it may stray from the hull of its inputs by about 1e-10.
		let slack = 100_000_000;
		let lo = inf.values().min().unwrap().raw() - slack;
		let hi = inf.values().max().unwrap().raw() + slack;
		for v in [out.combined, out.naive].iter()
			.chain(out.forecast_implied.values())
			.chain(out.one_out_inferers.values())
			.chain(out.one_out_forecasters.values())
			.chain(out.one_in_forecasters.values())
		{
			prop_assert!(lo <= v.raw() && v.raw() <= hi, "{v} outside [{lo}, {hi}]");
		}
		prop_assert!(out.inferer_weights.values().chain(out.forecaster_weights.values()).all(|w| !w.is_negative()));
	}

	#[test]
	fn participant_order_does_not_matter(e in epoch(), seed in any::<u64>()) {
		let n = e.inferences.len();
		let m = e.forecasts.len();
		// Reverse-and-rotate relabelling: a different sorted order of the same participants.
		let names: Vec<u32> = (0..n as u32).map(|j| ((n as u32 - 1 - j) + seed as u32 % 7) % 100 + 100 * (j + 1)).collect();
		let names: Vec<u32> = names.iter().map(|v| 10_000 - v).collect();
		let fnames: Vec<u32> = (0..m as u32).rev().collect();
		let (st1, inf1, fc1) = build(&e, &identity(n), &identity(m));
		let (st2, inf2, fc2) = build(&e, &names, &fnames);
		let p = SynthesisParams::reference();
		let loss = Some(Fixed::from_raw(e.previous_loss));
		let a = network_inferences(&st1, &inf1, &fc1, loss, &p).unwrap();
		let b = network_inferences(&st2, &inf2, &fc2, loss, &p).unwrap();
		prop_assert_eq!(a.combined, b.combined);
		prop_assert_eq!(a.naive, b.naive);
		for (j, name) in names.iter().enumerate() {
			prop_assert_eq!(a.one_out_inferers.get(&(j as u32)), b.one_out_inferers.get(name));
			prop_assert_eq!(a.inferer_weights.get(&(j as u32)), b.inferer_weights.get(name));
		}
		for (k, fname) in fnames.iter().enumerate() {
			let (ka, kb) = (1000 + k as u32, 1000 + fname);
			prop_assert_eq!(a.forecast_implied.get(&ka), b.forecast_implied.get(&kb));
			prop_assert_eq!(a.one_in_forecasters.get(&ka), b.one_in_forecasters.get(&kb));
			prop_assert_eq!(a.one_out_forecasters.get(&ka), b.one_out_forecasters.get(&kb));
		}
		prop_assert_eq!(a.confidence_interval, b.confidence_interval);
	}

	#[test]
	fn extreme_inputs_give_a_value_or_a_typed_error(
		values in prop::collection::vec(any::<i128>(), 2..6),
		regret in any::<i128>(),
		loss in any::<i128>(),
		r0 in any::<i128>(),
	) {
		let mut st = RegretTables::new(Fixed::from_raw(r0));
		st.values.insert(RegretKey::Inferer(0u32), Fixed::from_raw(regret));
		let inf: BTreeMap<u32, Fixed> = values.iter().enumerate().map(|(j, v)| (j as u32, Fixed::from_raw(*v))).collect();
		let fc = BTreeMap::from([(99u32, vec![(0u32, Fixed::from_raw(loss)), (1u32, Fixed::from_raw(regret))])]);
		match network_inferences(&st, &inf, &fc, Some(Fixed::from_raw(loss)), &SynthesisParams::reference()) {
			Ok(_) | Err(SynthesisError::Arithmetic(_)) => {},
			Err(e) => prop_assert!(false, "unexpected error {e:?}"),
		}
	}
}

#[test]
fn invalid_parameters_are_rejected() {
	let inf = BTreeMap::from([(1u32, Fixed::ONE), (2u32, Fixed::ONE)]);
	let st = RegretTables::new(Fixed::ONE);
	for bad in [
		SynthesisParams { p_norm: Fixed::from_int(2), ..SynthesisParams::reference() },
		SynthesisParams { p_norm: Fixed::from_int(5), ..SynthesisParams::reference() },
		SynthesisParams { epsilon: Fixed::ZERO, ..SynthesisParams::reference() },
		SynthesisParams { epsilon_safe_div: Fixed::from_int(-1), ..SynthesisParams::reference() },
	] {
		assert_eq!(
			network_inferences(&st, &inf, &BTreeMap::new(), Some(Fixed::ZERO), &bad),
			Err(SynthesisError::InvalidParameter)
		);
	}
	assert_eq!(
		network_inferences(
			&st,
			&BTreeMap::<u32, Fixed>::new(),
			&BTreeMap::new(),
			None,
			&SynthesisParams::reference()
		),
		Err(SynthesisError::NoInferences)
	);
}

#[test]
fn one_inference_passes_through() {
	let inf = BTreeMap::from([(7u32, Fixed::from_int(42))]);
	let fc = BTreeMap::from([(9u32, vec![(7u32, Fixed::ONE)])]);
	let out = network_inferences(
		&RegretTables::new(Fixed::ONE),
		&inf,
		&fc,
		Some(Fixed::ZERO),
		&SynthesisParams::reference(),
	)
	.unwrap();
	assert_eq!((out.combined, out.naive), (Fixed::from_int(42), Fixed::from_int(42)));
	assert!(out.forecast_implied.is_empty() && out.inferer_weights.is_empty());
}

#[test]
fn all_new_topic_averages_plainly() {
	let inf = BTreeMap::from([
		(1u32, Fixed::from_int(1)),
		(2, Fixed::from_int(2)),
		(3, Fixed::from_int(6)),
	]);
	let out = network_inferences(
		&RegretTables::new(Fixed::ZERO),
		&inf,
		&BTreeMap::new(),
		Some(Fixed::ZERO),
		&SynthesisParams::reference(),
	)
	.unwrap();
	assert_eq!(out.combined, Fixed::from_int(3));
	assert_eq!(out.one_out_inferers[&3], Fixed::parse_decimal("1.5", false).unwrap());
}
