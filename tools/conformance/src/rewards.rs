//! The reward checks of `shared/spec/reference_rewards.py` (`simulator_checks`) over every epoch
//! of `inference_synthesis.json`: worker scores, reputer reward fractions, the group split and
//! per-participant rewards, χ and the forecaster score ratio, the smoothed fractions and
//! entropies, and the workers' reward fractions (σ over the newest 10 stored scores).

use crate::{
	report::Source,
	vectors::{cell, fixed, Row, Table},
	Report, Vectors, REL_TOLERANCE,
};
use allora_rewards::{
	entropy::task_entropy,
	fractions::{reputer_fractions, score_fractions, score_window},
	reputers::stake_fractions,
	scores::{forecaster_scores, inferer_scores},
	split::{forecasting_utility, normalization_factor, task_rewards},
};
use allora_synthesis::Fixed;

const TABLE: &str = "inference_synthesis";
const N_INF: usize = 5;
const N_FC: usize = 3;
const N_REP: usize = 5;

fn f(s: &str) -> Fixed {
	Fixed::parse_decimal(s, true).unwrap_or(Fixed::ZERO)
}

fn expect(
	r: &mut Report,
	q: &str,
	epoch: i64,
	row: &Row,
	column: String,
	got: Fixed,
) -> Result<(), String> {
	let want = cell(row, &column)?.to_string();
	let source = Source { table: TABLE, epoch, column: column.clone() };
	r.rel(q, format!("epoch {epoch} {column}"), got, &want, REL_TOLERANCE, Some(source));
	Ok(())
}

fn col(row: &Row, name: String) -> Result<Fixed, String> {
	fixed(row, &name)
}

fn cols(row: &Row, n: usize, name: impl Fn(usize) -> String) -> Result<Vec<Fixed>, String> {
	(0..n).map(|i| col(row, name(i))).collect()
}

/// Runs every reward check.
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	let table = &v.inference_synthesis;
	for (&epoch, row) in table {
		if let Err(e) = epoch_checks(table, epoch, row, r) {
			r.error("rewards", format!("epoch {epoch}"), e);
		}
	}
	Ok(())
}

fn epoch_checks(table: &Table, epoch: i64, row: &Row, r: &mut Report) -> Result<(), String> {
	let e = |x: allora_synthesis::FixedError| format!("{x:?}");
	let s = |x: allora_synthesis::SynthesisError| format!("{x:?}");
	let loss = col(row, "network_loss".into())?;
	let naive = col(row, "network_naive_loss".into())?;
	// §3.1–3.2 worker scores.
	let one_out_i: Vec<(usize, Fixed)> = (0..N_INF)
		.map(|j| Ok((j, col(row, format!("network_loss_oneout_{j}"))?)))
		.collect::<Result<_, String>>()?;
	for (j, score) in inferer_scores(loss, &one_out_i).map_err(e)? {
		expect(r, "score.inferer", epoch, row, format!("inferer_score_{j}"), score)?;
	}
	let one_out_f: Vec<(usize, Fixed)> = (0..N_FC)
		.map(|k| Ok((k, col(row, format!("network_loss_oneout_{}", N_INF + k))?)))
		.collect::<Result<_, String>>()?;
	let one_in_f: Vec<(usize, Fixed)> = (0..N_FC)
		.map(|k| Ok((k, col(row, format!("network_naive_loss_onein_{k}"))?)))
		.collect::<Result<_, String>>()?;
	for (k, score) in forecaster_scores(loss, naive, &one_out_f, &one_in_f).map_err(e)? {
		expect(r, "score.forecaster", epoch, row, format!("forecaster_score_{k}"), score)?;
	}
	let task_score = naive.checked_sub(loss).map_err(e)?;
	expect(r, "score.forecaster_task", epoch, row, "forecaster_task_score".into(), task_score)?;

	// §3.5 reputer reward fractions (p = 1 in the simulator), stakes in tokens × 10^18.
	let stakes: Vec<u128> = cols(row, N_REP, |m| format!("reputer_stake_{m}"))?
		.iter()
		.map(|s| s.raw().max(0) as u128)
		.collect();
	let scores = cols(row, N_REP, |m| format!("reputer_score_{m}"))?;
	let fr =
		reputer_fractions(&stake_fractions(&stakes).map_err(e)?, &scores, Fixed::ONE).map_err(e)?;
	for (m, x) in fr.iter().enumerate() {
		expect(r, "fraction.reputer", epoch, row, format!("reputer_reward_fraction_{m}"), *x)?;
	}

	// §2.3 group split (χ and entropies from the row) and per-participant rewards.
	let (ef, eg, eh) = (
		col(row, "inferers_entropy".into())?,
		col(row, "forecasters_entropy".into())?,
		col(row, "reputers_entropy".into())?,
	);
	let topic_reward = col(row, "topic_rewards".into())?;
	let chi = col(row, "forecasters_utility".into())?;
	let gamma = normalization_factor(ef, eg, chi).map_err(e)?;
	let (u, v, w) = task_rewards(ef, eg, eh, topic_reward, chi, gamma).map_err(e)?;
	for (name, x) in [("inferers", u), ("forecasters", v), ("reputers", w)] {
		let got = x.checked_div(topic_reward).map_err(e)?;
		expect(r, "split.group_fraction", epoch, row, format!("{name}_reward_fraction"), got)?;
	}
	for (kind, n, total) in [("inferer", N_INF, u), ("forecaster", N_FC, v), ("reputer", N_REP, w)]
	{
		for i in 0..n {
			let fraction = col(row, format!("{kind}_reward_fraction_{i}"))?;
			let got = fraction.checked_mul(total).map_err(e)?;
			expect(r, "reward.participant", epoch, row, format!("{kind}_reward_{i}"), got)?;
		}
	}

	if let Some(prev) = table.get(&(epoch - 1)) {
		// §2.3 χ from the forecaster score ratio EMA (α = TaskRewardAlpha = 0.1).
		let inferer_scores = cols(row, N_INF, |j| format!("inferer_score_{j}"))?;
		let prev_ratio = col(prev, "forecaster_score_ratio".into())?;
		let (chi, ratio) =
			forecasting_utility(task_score, &inferer_scores, prev_ratio, f("0.1")).map_err(e)?;
		expect(
			r,
			"split.forecaster_score_ratio",
			epoch,
			row,
			"forecaster_score_ratio".into(),
			ratio,
		)?;
		expect(r, "split.chi", epoch, row, "forecasters_utility".into(), chi)?;
		// §2.2 smoothed fractions and entropies (α = 0.1, β = 0.25).
		for (kind, n, column) in [
			("inferer", N_INF, "inferers_entropy"),
			("forecaster", N_FC, "forecasters_entropy"),
			("reputer", N_REP, "reputers_entropy"),
		] {
			let fractions = cols(row, n, |i| format!("{kind}_reward_fraction_{i}"))?;
			let previous: Vec<Option<Fixed>> =
				cols(prev, n, |i| format!("{kind}_reward_fraction_smooth_{i}"))?
					.into_iter()
					.map(Some)
					.collect();
			let (h, smoothed) =
				task_entropy(&fractions, &previous, f("0.1"), f("0.25")).map_err(s)?;
			expect(r, "entropy", epoch, row, column.into(), h)?;
			for (i, x) in smoothed.iter().enumerate() {
				expect(
					r,
					"fraction.smoothed",
					epoch,
					row,
					format!("{kind}_reward_fraction_smooth_{i}"),
					*x,
				)?;
			}
		}
	}

	// §3.4 worker reward fractions: σ over the newest 10 stored scores (p = 3, c = 0.75,
	// ε = 0.01), when the table holds enough history.
	for (kind, n) in [("inferer", N_INF), ("forecaster", N_FC)] {
		let mut history = Vec::new();
		let mut x = epoch;
		while let Some(rw) = table.get(&x) {
			history.push(cols(rw, n, |i| format!("{kind}_score_{i}"))?);
			x -= 1;
		}
		let window = score_window(&history, 10);
		let enough = window.len() >= 10
			|| epoch - (history.len() as i64 - 1) <= 0
			|| history.len() * n >= 10;
		if !enough {
			continue;
		}
		let fr = score_fractions(&history[0], &window, f("3"), f("0.75"), f("0.01")).map_err(s)?;
		for (i, x) in fr.iter().enumerate() {
			expect(r, "fraction.worker", epoch, row, format!("{kind}_reward_fraction_{i}"), *x)?;
		}
	}
	Ok(())
}
