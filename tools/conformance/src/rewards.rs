//! The reward checks of `shared/spec/reference_rewards.py` (`simulator_checks`) over every epoch
//! of `inference_synthesis.json`: worker scores, reputer reward fractions, the group split and
//! per-participant rewards, χ and the forecaster score ratio, the smoothed fractions and
//! entropies, and the workers' reward fractions (σ over the newest 10 stored scores).

use crate::{
	vectors::{fixed, Row, Table},
	Report, Vectors,
};
use allora_rewards::{
	distribution::{split_rewards, worker_scores, SplitParams, TaskInput},
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

fn col(row: &Row, name: String) -> Result<Fixed, String> {
	fixed(row, &name)
}

fn cols(row: &Row, n: usize, name: impl Fn(usize) -> String) -> Result<Vec<Fixed>, String> {
	(0..n).map(|i| col(row, name(i))).collect()
}

/// Runs every reward check.
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	if let Some(g) = &v.rewards_goldens {
		goldens(g, r)?;
	}
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
		r.expect_cell("score.inferer", TABLE, epoch, row, format!("inferer_score_{j}"), score)?;
	}
	let one_out_f: Vec<(usize, Fixed)> = (0..N_FC)
		.map(|k| Ok((k, col(row, format!("network_loss_oneout_{}", N_INF + k))?)))
		.collect::<Result<_, String>>()?;
	let one_in_f: Vec<(usize, Fixed)> = (0..N_FC)
		.map(|k| Ok((k, col(row, format!("network_naive_loss_onein_{k}"))?)))
		.collect::<Result<_, String>>()?;
	for (k, score) in forecaster_scores(loss, naive, &one_out_f, &one_in_f).map_err(e)? {
		r.expect_cell(
			"score.forecaster",
			TABLE,
			epoch,
			row,
			format!("forecaster_score_{k}"),
			score,
		)?;
	}
	let task_score = naive.checked_sub(loss).map_err(e)?;
	r.expect_cell("score.forecaster_task", TABLE, epoch, row, "forecaster_task_score", task_score)?;

	// §3.5 reputer reward fractions (p = 1 in the simulator), stakes in tokens × 10^18.
	let stakes: Vec<u128> = cols(row, N_REP, |m| format!("reputer_stake_{m}"))?
		.iter()
		.map(|s| s.raw().max(0) as u128)
		.collect();
	let scores = cols(row, N_REP, |m| format!("reputer_score_{m}"))?;
	let fr =
		reputer_fractions(&stake_fractions(&stakes).map_err(e)?, &scores, Fixed::ONE).map_err(e)?;
	for (m, x) in fr.iter().enumerate() {
		r.expect_cell(
			"fraction.reputer",
			TABLE,
			epoch,
			row,
			format!("reputer_reward_fraction_{m}"),
			*x,
		)?;
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
		r.expect_cell(
			"split.group_fraction",
			TABLE,
			epoch,
			row,
			format!("{name}_reward_fraction"),
			got,
		)?;
	}
	for (kind, n, total) in [("inferer", N_INF, u), ("forecaster", N_FC, v), ("reputer", N_REP, w)]
	{
		for i in 0..n {
			let fraction = col(row, format!("{kind}_reward_fraction_{i}"))?;
			let got = fraction.checked_mul(total).map_err(e)?;
			r.expect_cell(
				"reward.participant",
				TABLE,
				epoch,
				row,
				format!("{kind}_reward_{i}"),
				got,
			)?;
		}
	}

	if let Some(prev) = table.get(&(epoch - 1)) {
		split_check(epoch, row, prev, r)?;
		// §2.3 χ from the forecaster score ratio EMA (α = TaskRewardAlpha = 0.1).
		let inferer_scores = cols(row, N_INF, |j| format!("inferer_score_{j}"))?;
		let prev_ratio = col(prev, "forecaster_score_ratio".into())?;
		let (chi, ratio) =
			forecasting_utility(task_score, &inferer_scores, prev_ratio, f("0.1")).map_err(e)?;
		r.expect_cell(
			"split.forecaster_score_ratio",
			TABLE,
			epoch,
			row,
			"forecaster_score_ratio",
			ratio,
		)?;
		r.expect_cell("split.chi", TABLE, epoch, row, "forecasters_utility", chi)?;
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
			r.expect_cell("entropy", TABLE, epoch, row, column, h)?;
			for (i, x) in smoothed.iter().enumerate() {
				r.expect_cell(
					"fraction.smoothed",
					TABLE,
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
			r.expect_cell(
				"fraction.worker",
				TABLE,
				epoch,
				row,
				format!("{kind}_reward_fraction_{i}"),
				*x,
			)?;
		}
	}
	Ok(())
}

/// The composed split ([`split_rewards`] over [`worker_scores`] of the row's network losses),
/// from the row's raw fractions and the previous row's smoothed fractions and score ratio: every
/// participant's reward, the entropies, the smoothed fractions, χ and the ratio.
fn split_check(epoch: i64, row: &Row, prev: &Row, r: &mut Report) -> Result<(), String> {
	let (losses, _) = crate::synthesis::row_network_losses(row)?;
	let scores = worker_scores(&losses).map_err(|x| format!("{x:?}"))?;
	for (kind, got) in [("inferer", &scores.inferers), ("forecaster", &scores.forecasters)] {
		for (i, (_, score)) in got.iter().enumerate() {
			r.expect_cell(
				"split.worker_score",
				TABLE,
				epoch,
				row,
				format!("{kind}_score_{i}"),
				*score,
			)?;
		}
	}
	let task = |kind: &str, n: usize| -> Result<TaskInput<String>, String> {
		let participants = (0..n)
			.map(|i| {
				let raw = col(row, format!("{kind}_reward_fraction_{i}"))?;
				let smooth = col(prev, format!("{kind}_reward_fraction_smooth_{i}"))?;
				Ok((format!("{kind}{i}"), raw, Some(smooth)))
			})
			.collect::<Result<_, String>>()?;
		Ok(TaskInput { participants })
	};
	let params = SplitParams { alpha: f("0.1"), beta: f("0.25") };
	let d = split_rewards(
		col(row, "topic_rewards".into())?,
		&task("inferer", N_INF)?,
		&task("forecaster", N_FC)?,
		&task("reputer", N_REP)?,
		&scores,
		col(prev, "forecaster_score_ratio".into())?,
		&params,
	)
	.map_err(|x| format!("{x:?}"))?;
	for (kind, outcome, entropy) in [
		("inferer", &d.inference, "inferers_entropy"),
		("forecaster", &d.forecast, "forecasters_entropy"),
		("reputer", &d.reputation, "reputers_entropy"),
	] {
		r.expect_cell("split.entropy", TABLE, epoch, row, entropy, outcome.entropy)?;
		for (i, (_, x)) in outcome.rewards.iter().enumerate() {
			r.expect_cell("split.reward", TABLE, epoch, row, format!("{kind}_reward_{i}"), *x)?;
		}
		for (i, (_, x)) in outcome.smoothed.iter().enumerate() {
			let c = format!("{kind}_reward_fraction_smooth_{i}");
			r.expect_cell("split.smoothed", TABLE, epoch, row, c, *x)?;
		}
	}
	r.expect_cell("split.chi", TABLE, epoch, row, "forecasters_utility", d.chi)?;
	r.expect_cell("split.ratio", TABLE, epoch, row, "forecaster_score_ratio", d.ratio)?;
	Ok(())
}

/// The reward goldens of `rewards_goldens.json` (the reference's Go unit tests), each within
/// its own absolute tolerance.
pub fn goldens(g: &serde_json::Value, r: &mut Report) -> Result<(), String> {
	use allora_rewards::{
		entropy::{entropy, number_ratio},
		fractions::normalize,
		scores::f_unique,
		topics::{topic_rewards, RewardedTopic},
	};
	use serde_json::Value;
	let e = |x: allora_synthesis::FixedError| format!("{x:?}");
	let get = |c: &Value, k: &str| -> Result<Value, String> {
		c.get(k).cloned().ok_or_else(|| format!("golden field {k} missing"))
	};
	let dec = |v: &Value| -> Result<Fixed, String> {
		let s = v.as_str().ok_or_else(|| format!("not a decimal string: {v}"))?;
		Fixed::parse_decimal(s, true).map_err(|x| format!("{s}: {x:?}"))
	};
	let d = |c: &Value, k: &str| dec(&get(c, k)?);
	let list = |c: &Value, k: &str| -> Result<Vec<Fixed>, String> {
		get(c, k)?.as_array().ok_or(format!("{k} is not a list"))?.iter().map(dec).collect()
	};
	let tol = |c: &Value| -> Result<f64, String> {
		let t = get(c, "abs_tolerance")?;
		t.as_str().ok_or("abs_tolerance")?.parse().map_err(|x| format!("{x}"))
	};
	let c = |name: &str| g.get(name).cloned().ok_or_else(|| format!("golden {name} missing"));
	let mut each = |q: &str, got: &[Fixed], want: &[Fixed], t: f64| {
		for (i, (a, b)) in got.iter().zip(want).enumerate() {
			r.abs(q, format!("{i}"), a, &b.to_string(), t);
		}
	};

	let x = c("normalize")?;
	each(
		"golden.normalize",
		&normalize(&list(&x, "in")?).map_err(e)?,
		&list(&x, "want")?,
		tol(&x)?,
	);
	let x = c("entropy_simple")?;
	let n = d(&x, "n")?.trunc_int() as usize;
	let h =
		entropy(&list(&x, "fractions")?, d(&x, "number_ratio")?, n, d(&x, "beta")?).map_err(e)?;
	each("golden.entropy", &[h], &[d(&x, "want")?], tol(&x)?);
	let x = c("number_ratio")?;
	each(
		"golden.number_ratio",
		&[number_ratio(&list(&x, "fractions")?).map_err(e)?],
		&[d(&x, "want")?],
		tol(&x)?,
	);

	let x = c("chi_gamma_simple")?;
	let t_i = d(&x, "naive_loss")?.checked_sub(d(&x, "network_loss")?).map_err(e)?;
	let (chi, _) = forecasting_utility(
		t_i,
		&list(&x, "inferer_scores")?,
		d(&x, "prev_ratio")?,
		d(&x, "alpha")?,
	)
	.map_err(e)?;
	let (ff, gg, hh) = (d(&x, "F")?, d(&x, "G")?, d(&x, "H")?);
	let gamma = normalization_factor(ff, gg, chi).map_err(e)?;
	let (u, v, _) = task_rewards(ff, gg, hh, d(&x, "E")?, chi, gamma).map_err(e)?;
	each("golden.task_rewards", &[u, v], &[d(&x, "want_U")?, d(&x, "want_V")?], tol(&x)?);
	each("golden.task_rewards", &[u.checked_div(v).map_err(e)?], &[d(&x, "want_U_over_V")?], 0.001);
	let x = c("reputer_task_reward_simple")?;
	let (_, _, w) =
		task_rewards(d(&x, "F")?, d(&x, "G")?, d(&x, "H")?, d(&x, "E")?, f("0.5"), Fixed::ONE)
			.map_err(e)?;
	each("golden.task_rewards", &[w], &[d(&x, "want_W")?], tol(&x)?);
	let x = c("forecasting_utility_simple")?;
	for case in get(&x, "cases")?.as_array().ok_or("cases")? {
		let t = dec(&case[0])?;
		let (chi, _) = forecasting_utility(
			t,
			&list(&x, "inferer_scores")?,
			d(&x, "prev_ratio")?,
			d(&x, "alpha")?,
		)
		.map_err(e)?;
		each("golden.forecasting_utility", &[chi], &[dec(&case[1])?], tol(&x)?);
	}
	let x = c("normalization_factor_simple")?;
	let got = normalization_factor(d(&x, "F")?, d(&x, "G")?, d(&x, "chi")?).map_err(e)?;
	each("golden.normalization_factor", &[got], &[d(&x, "want")?], tol(&x)?);

	let fractions_of = |stakes: &[Fixed]| -> Result<Vec<Fixed>, String> {
		let raw: Vec<u128> = stakes.iter().map(|s| s.raw().max(0) as u128).collect();
		stake_fractions(&raw).map_err(e)
	};
	let x = c("reputer_reward_fractions_basic")?;
	let fr = reputer_fractions(
		&fractions_of(&list(&x, "stakes")?)?,
		&list(&x, "scores")?,
		d(&x, "p_reward")?,
	)
	.map_err(e)?;
	each("golden.reputer_fractions", &fr, &list(&x, "want")?, tol(&x)?);
	let x = c("stake_weighted_loss")?;
	let weights = fractions_of(&list(&x, "stakes")?)?;
	let mut loss = Fixed::ZERO;
	for (w, l) in weights.iter().zip(list(&x, "losses")?) {
		loss = loss.checked_add(w.checked_mul(l).map_err(e)?).map_err(e)?;
	}
	each("golden.stake_weighted_loss", &[loss], &[d(&x, "want")?], tol(&x)?);
	let x = c("final_worker_performance_score")?;
	let fu = d(&x, "f_unique")?;
	// `T = f·one_in + (1 − f)·one_out` with the golden's own f (1/16, five forecasters).
	let (one_in, one_out) = (d(&x, "one_in")?, d(&x, "one_out")?);
	let by_hand = fu
		.checked_mul(one_in)
		.and_then(|a| a.checked_add(Fixed::ONE.checked_sub(fu)?.checked_mul(one_out)?))
		.map_err(e)?;
	each("golden.final_worker_score", &[by_hand], &[d(&x, "want")?], tol(&x)?);
	each("golden.f_unique", &[f_unique(5).map_err(e)?], &[fu], 0.0);
	let x = c("mock_network_losses")?;
	let one_out: Vec<(usize, Fixed)> =
		list(&x, "one_out_inferer")?.into_iter().enumerate().collect();
	let got: Vec<Fixed> = inferer_scores(d(&x, "combined")?, &one_out)
		.map_err(e)?
		.into_iter()
		.map(|(_, s)| s)
		.collect();
	each("golden.inferer_scores", &got, &list(&x, "want_inferer_scores")?, tol(&x)?);
	let oo: Vec<(usize, Fixed)> = list(&x, "one_out_forecaster")?.into_iter().enumerate().collect();
	let oi: Vec<(usize, Fixed)> = list(&x, "one_in_forecaster")?.into_iter().enumerate().collect();
	let got: Vec<Fixed> = forecaster_scores(d(&x, "combined")?, d(&x, "naive")?, &oo, &oi)
		.map_err(e)?
		.into_iter()
		.map(|(_, s)| s)
		.collect();
	each("golden.forecaster_scores", &got, &list(&x, "want_forecaster_scores")?, tol(&x)?);
	let x = c("reward_per_reputer")?;
	let total = d(&x, "total")?;
	let got = list(&x, "fractions")?
		.iter()
		.map(|f| f.checked_mul(total))
		.collect::<Result<Vec<_>, _>>()
		.map_err(e)?;
	each("golden.reputer_rewards", &got, &list(&x, "want")?, tol(&x)?);
	let x = c("reputer_fractions_from_mock")?;
	let fr =
		reputer_fractions(&fractions_of(&list(&x, "stakes")?)?, &list(&x, "scores")?, Fixed::ONE)
			.map_err(e)?;
	let total = d(&x, "total")?;
	let got = fr.iter().map(|f| f.checked_mul(total)).collect::<Result<Vec<_>, _>>().map_err(e)?;
	each("golden.reputer_rewards", &got, &list(&x, "want")?, tol(&x)?);

	let x = c("calc_topic_rewards")?;
	let t = tol(&x)?;
	for case in get(&x, "cases")?.as_array().ok_or("cases")? {
		let weights = case.get("weights").and_then(Value::as_object).ok_or("weights")?;
		let lengths =
			case.get("epoch_lengths").and_then(Value::as_object).ok_or("epoch_lengths")?;
		let ids: Vec<&String> = weights.keys().collect();
		let topics = ids
			.iter()
			.map(|id| {
				Ok(RewardedTopic {
					weight: dec(&weights[*id])?,
					epoch_length: lengths.get(*id).and_then(Value::as_u64).ok_or("epoch length")?,
				})
			})
			.collect::<Result<Vec<_>, String>>()?;
		let got = topic_rewards(
			&topics,
			d(case, "sum")?,
			d(case, "treasury")?,
			d(case, "block_emission")?,
		)
		.map_err(e)?;
		let want = case.get("want").and_then(Value::as_object).ok_or("want")?;
		let name = case.get("name").and_then(Value::as_str).unwrap_or("?");
		for (id, w) in want {
			let i = ids.iter().position(|x| *x == id).ok_or("a wanted topic has no weight")?;
			r.abs(
				"golden.topic_rewards",
				format!("{name} topic {id}"),
				got[i],
				&dec(w)?.to_string(),
				t,
			);
		}
	}
	Ok(())
}
