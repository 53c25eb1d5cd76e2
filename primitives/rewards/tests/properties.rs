//! Properties of the reputer scoring that hold for any input (the numbers themselves are checked
//! against the reference by `allora-conformance`).

use allora_rewards::reputers::{
	adjusted_stakes, consensus, reputer_scores, stake_fractions, LossRow, ReputerParams,
};
use allora_synthesis::Fixed;
use proptest::prelude::*;

fn fx(milli: i64) -> Fixed {
	Fixed::from_rational(milli as i128, 1000).unwrap()
}

fn reports() -> impl Strategy<Value = (Vec<LossRow>, Vec<u128>)> {
	(2..5usize, 2..8usize).prop_flat_map(|(reputers, columns)| {
		(
			proptest::collection::vec(
				proptest::collection::vec((-3000i64..3000).prop_map(|v| Some(fx(v))), columns),
				reputers,
			),
			proptest::collection::vec(1u128..1_000_000_000_000_000_000_000_000, reputers),
		)
	})
}

proptest! {
	#[test]
	fn adjusted_stakes_are_capped_at_one((_, stakes) in reports()) {
		let s = stake_fractions(&stakes).unwrap();
		let ones = vec![Fixed::ONE; s.len()];
		for a in adjusted_stakes(&s, &ones).unwrap() {
			prop_assert!(a <= Fixed::ONE && !a.is_negative());
		}
	}

	#[test]
	fn scaling_every_stake_changes_nothing((losses, stakes) in reports()) {
		let p = ReputerParams::reference();
		let init = vec![Fixed::ONE; stakes.len()];
		let a = reputer_scores(&losses, &stake_fractions(&stakes).unwrap(), &init, &p).unwrap();
		let scaled: Vec<u128> = stakes.iter().map(|s| s * 1000).collect();
		let b = reputer_scores(&losses, &stake_fractions(&scaled).unwrap(), &init, &p).unwrap();
		// Fractions of 1000·s round like fractions of s, up to the last digit.
		for (x, y) in a.scores.iter().zip(&b.scores) {
			let d = x.checked_sub(*y).unwrap().abs().unwrap();
			prop_assert!(d <= Fixed::from_raw(1_000_000), "{x:?} vs {y:?}");
		}
	}

	#[test]
	fn coefficients_stay_in_the_unit_interval_and_keep_the_minimum_stake_listened_to(
		(losses, stakes) in reports()
	) {
		let p = ReputerParams::reference();
		let s = stake_fractions(&stakes).unwrap();
		let out = reputer_scores(&losses, &s, &vec![Fixed::ONE; s.len()], &p).unwrap();
		let mut listened = Fixed::ZERO;
		for (c, w) in out.coefficients.iter().zip(&s) {
			prop_assert!(!c.is_negative() && *c <= Fixed::ONE);
			listened = listened.checked_add(c.checked_mul(*w).unwrap()).unwrap();
		}
		// Within rounding of the stake fractions.
		prop_assert!(listened >= p.min_stake_fraction.checked_sub(Fixed::from_raw(1_000_000)).unwrap());
	}
}

proptest! {
	#[test]
	fn the_scoring_takes_between_one_and_max_iters_steps_and_all_of_them_without_a_stop_criterion(
		(losses, stakes) in reports(), max_iters in 1u32..6
	) {
		let s = stake_fractions(&stakes).unwrap();
		let init = vec![Fixed::ONE; s.len()];
		let p = ReputerParams { max_iters, ..ReputerParams::reference() };
		let out = reputer_scores(&losses, &s, &init, &p).unwrap();
		prop_assert!((1..=max_iters).contains(&out.iterations), "{} steps", out.iterations);
		// No gradient threshold and no stake floor: nothing stops the ascent early.
		let p = ReputerParams {
			max_gradient_threshold: Fixed::ZERO,
			min_stake_fraction: Fixed::ZERO,
			..p
		};
		prop_assert_eq!(reputer_scores(&losses, &s, &init, &p).unwrap().iterations, max_iters);
	}
}

#[test]
fn identical_reports_stop_after_the_first_step() {
	let row: LossRow = vec![Some(fx(1500)), Some(fx(-200)), Some(fx(700))];
	let losses = vec![row.clone(), row.clone(), row];
	let s = stake_fractions(&[1, 2, 3]).unwrap();
	let out = reputer_scores(&losses, &s, &[Fixed::ONE; 3], &ReputerParams::reference()).unwrap();
	// Every coefficient is already 1 and stays there: the first step moves nothing.
	assert_eq!(out.iterations, 1);
}

#[test]
fn identical_reports_all_score_the_cap() {
	let row: LossRow = vec![Some(fx(1500)), Some(fx(-200)), Some(fx(700))];
	let losses = vec![row.clone(), row.clone(), row];
	let s = stake_fractions(&[1, 2, 3]).unwrap();
	let out = reputer_scores(&losses, &s, &[Fixed::ONE; 3], &ReputerParams::reference()).unwrap();
	// Zero distance to the consensus: 1 / (0 + ε) = 100.
	assert!(out.scores.iter().all(|x| *x == Fixed::from_int(100)), "{:?}", out.scores);
}

#[test]
fn a_missing_loss_is_charged_as_the_value_furthest_below_consensus() {
	let losses: Vec<LossRow> = vec![vec![Some(fx(1000))], vec![Some(fx(3000))], vec![None]];
	let adjusted = [Fixed::ONE, Fixed::ONE, Fixed::ONE];
	let (cons, far) = consensus(&adjusted, &losses).unwrap();
	assert_eq!(cons, vec![fx(2000)]);
	assert_eq!(far, vec![Some(fx(1000))]);
}

#[test]
fn mismatched_lists_are_an_error_not_a_panic() {
	let losses: Vec<LossRow> = vec![vec![Some(fx(1))]; 2];
	let s = stake_fractions(&[1, 2]).unwrap();
	let err = reputer_scores(&losses, &s, &[Fixed::ONE], &ReputerParams::reference());
	assert_eq!(err, Err(allora_synthesis::SynthesisError::InvalidParameter));
}
