//! The reputer-scoring checks (rewards spec §3.3): for every epoch of `inference_synthesis.json`
//! with a previous epoch, the reputer scores, listening coefficients and adjusted stakes from
//! the epoch's loss bundles, stakes and the previous coefficients; and the reference's Go-test
//! goldens of `rewards_goldens.json` with their own tolerances.

use crate::{
	vectors::{fixed, Row, Table},
	Report, Vectors,
};
use allora_rewards::reputers::{
	adjusted_stakes, consensus, consensus_scores, reputer_scores, stake_fractions, LossRow,
	ReputerParams,
};
use allora_synthesis::Fixed;
use serde_json::Value;

const TABLE: &str = "inference_synthesis";
const N_REP: usize = 5;

/// The simulator's reputer inputs of `row`: each reputer's losses (its `reputer_{m}_loss_*`
/// columns, in column-name order: the score is a norm over aligned columns) and its stake in
/// the smallest unit (tokens × 10^18).
pub fn row_reputers(row: &Row) -> Result<(Vec<LossRow>, Vec<u128>), String> {
	let mut losses = Vec::with_capacity(N_REP);
	let mut stakes = Vec::with_capacity(N_REP);
	for m in 0..N_REP {
		let prefix = format!("reputer_{m}_loss_");
		let row_losses = row
			.keys()
			.filter(|k| k.starts_with(&prefix))
			.map(|k| fixed(row, k).map(Some))
			.collect::<Result<LossRow, String>>()?;
		losses.push(row_losses);
		let stake = fixed(row, &format!("reputer_stake_{m}"))?;
		stakes.push(u128::try_from(stake.raw()).map_err(|_| format!("negative stake {m}"))?);
	}
	Ok((losses, stakes))
}

/// Runs the simulator and golden checks.
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	simulator(&v.inference_synthesis, r)?;
	if let Some(g) = &v.rewards_goldens {
		goldens(g, r)?;
	}
	Ok(())
}

fn simulator(table: &Table, r: &mut Report) -> Result<(), String> {
	let params = ReputerParams::reference();
	for (&epoch, row) in table {
		let Some(prev) = table.get(&(epoch - 1)) else { continue };
		let (losses, stakes) = row_reputers(row)?;
		let init = (0..N_REP)
			.map(|m| fixed(prev, &format!("reputer_listening_coefficient_{m}")))
			.collect::<Result<Vec<_>, _>>()?;
		let run = || -> Result<_, allora_synthesis::SynthesisError> {
			let fractions = stake_fractions(&stakes)?;
			let out = reputer_scores(&losses, &fractions, &init, &params)?;
			let adjusted = adjusted_stakes(&fractions, &out.scored_with)?;
			Ok((out, adjusted))
		};
		let (out, adjusted) = match run() {
			Ok(x) => x,
			Err(e) => {
				r.error("reputer.score", format!("epoch {epoch}"), format!("{e:?}"));
				continue;
			},
		};
		let columns = [
			("reputer.score", "reputer_score", &out.scores),
			("reputer.listening_coefficient", "reputer_listening_coefficient", &out.coefficients),
			("reputer.adjusted_stake", "reputer_adjusted_stake", &adjusted),
		];
		for (quantity, column, values) in columns {
			for (m, value) in values.iter().enumerate() {
				r.expect_cell(quantity, TABLE, epoch, row, format!("{column}_{m}"), *value)?;
			}
		}
	}
	Ok(())
}

fn dec(v: &Value) -> Result<Fixed, String> {
	let s = v.as_str().ok_or_else(|| format!("not a decimal string: {v}"))?;
	let s = if s.contains('e') {
		// `1e-5` style: only the goldens' tolerances and epsilons use it.
		format!("{:.18}", s.parse::<f64>().map_err(|e| format!("{s}: {e}"))?)
	} else {
		s.to_string()
	};
	Fixed::parse_decimal(&s, true).map_err(|e| format!("{s:?}: {e:?}"))
}

fn list(v: &Value) -> Result<Vec<Fixed>, String> {
	v.as_array().ok_or("not a list")?.iter().map(dec).collect()
}

fn rows(v: &Value) -> Result<Vec<LossRow>, String> {
	let rows = v.as_array().ok_or("not a list of rows")?;
	rows.iter()
		.map(|row| {
			row.as_array()
				.ok_or("not a row")?
				.iter()
				.map(|x| if x.as_str() == Some("NaN") { Ok(None) } else { dec(x).map(Some) })
				.collect()
		})
		.collect()
}

fn tolerance(c: &Value) -> Result<f64, String> {
	let t = c.get("abs_tolerance").and_then(Value::as_str).ok_or("no abs_tolerance")?;
	t.parse().map_err(|e| format!("{t}: {e}"))
}

fn field<'a>(c: &'a Value, name: &str) -> Result<&'a Value, String> {
	c.get(name).ok_or_else(|| format!("golden field {name} missing"))
}

/// Stakes given in any unit, as fractions of their total.
fn fractions(stakes: &[Fixed]) -> Result<Vec<Fixed>, String> {
	let raw: Vec<u128> = stakes.iter().map(|s| s.raw().max(0) as u128).collect();
	stake_fractions(&raw).map_err(|e| format!("{e:?}"))
}

fn goldens(g: &Value, r: &mut Report) -> Result<(), String> {
	let e = |x: allora_synthesis::FixedError| format!("{x:?}");
	let s = |x: allora_synthesis::SynthesisError| format!("{x:?}");
	for name in ["stake_weighted_loss_matrix", "stake_weighted_loss_matrix_missing"] {
		let c = field(g, name)?;
		let (cons, _) =
			consensus(&list(field(c, "adjusted_stakes")?)?, &rows(field(c, "losses")?)?)
				.map_err(e)?;
		let want = field(c, "want")?.as_array().ok_or("want is not a list")?;
		let tol = tolerance(c)?;
		for (j, (got, w)) in cons.iter().zip(want).enumerate() {
			let w = w.as_str().ok_or("want is not a string")?;
			r.abs(&format!("golden.{name}"), format!("column {j}"), got, w, tol);
		}
	}
	let c = field(g, "all_consensus_scores")?;
	let mut params = ReputerParams::reference();
	params.epsilon_reputer = dec(field(c, "epsilon_reputer")?)?;
	params.epsilon_safe_div = dec(field(c, "epsilon_safe_div")?)?;
	let stakes = fractions(&list(field(c, "stakes")?)?)?;
	let scores = consensus_scores(
		&rows(field(c, "losses")?)?,
		&stakes,
		&list(field(c, "listening_coefficients")?)?,
		&params,
	)
	.map_err(e)?;
	let tol = tolerance(c)?;
	for (m, (got, w)) in scores.iter().zip(field(c, "want")?.as_array().ok_or("want")?).enumerate()
	{
		let w = w.as_str().ok_or("want is not a string")?;
		r.abs("golden.all_consensus_scores", format!("reputer {m}"), got, w, tol);
	}

	// The gradient ascent improves the adjusted-stake-weighted mean score as it iterates, and the
	// scores it returns are the consensus scores of coefficients close to the final ones.
	let c = field(g, "all_reputers_output")?;
	let losses = rows(field(c, "losses")?)?;
	let stakes = fractions(&list(field(c, "stakes")?)?)?;
	let init = list(field(c, "initial_coefficients")?)?;
	let mut params = ReputerParams::reference();
	params.epsilon_safe_div = dec(field(c, "epsilon_safe_div")?)?;
	let iters: Vec<u32> = field(c, "max_iters")?
		.as_array()
		.ok_or("max_iters")?
		.iter()
		.filter_map(|x| x.as_u64().map(|x| x as u32))
		.collect();
	let mut previous: Option<Fixed> = None;
	for (i, &n) in iters.iter().enumerate() {
		params.max_iters = n;
		let out = reputer_scores(&losses, &stakes, &init, &params).map_err(s)?;
		let coefs = if n == 0 { init.clone() } else { out.coefficients.clone() };
		let adjusted = adjusted_stakes(&stakes, &coefs).map_err(e)?;
		let mut num = Fixed::ZERO;
		let mut den = Fixed::ZERO;
		for (s, a) in out.scores.iter().zip(&adjusted) {
			num = num.checked_add(s.checked_mul(*a).map_err(e)?).map_err(e)?;
			den = den.checked_add(*a).map_err(e)?;
		}
		let mean = num.checked_div(den).map_err(e)?;
		if let Some(p) = previous {
			// Monotone: the shortfall below the previous mean must be zero.
			let shortfall = p.checked_sub(mean).map_err(e)?.max(Fixed::ZERO);
			r.abs(
				"golden.all_reputers_output.monotone",
				format!("{n} iterations"),
				shortfall,
				"0",
				0.0,
			);
		}
		previous = Some(mean);
		if i + 1 == iters.len() {
			let direct =
				consensus_scores(&losses, &stakes, &out.coefficients, &params).map_err(e)?;
			for (m, (a, b)) in out.scores.iter().zip(&direct).enumerate() {
				r.abs(
					"golden.all_reputers_output.consistent",
					format!("reputer {m}"),
					a,
					&b.to_string(),
					0.01,
				);
			}
		}
	}

	let c = field(g, "adjusted_stake_simple")?;
	let stakes = fractions(&list(field(c, "all_stakes")?)?)?;
	let adjusted = adjusted_stakes(&stakes, &list(field(c, "all_coefficients")?)?).map_err(e)?;
	let want = field(c, "want")?.as_str().ok_or("want")?;
	r.abs("golden.adjusted_stake_simple", "reputer 1".into(), adjusted[1], want, tolerance(c)?);
	Ok(())
}
