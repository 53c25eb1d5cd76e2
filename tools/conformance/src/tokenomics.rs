//! The emission-schedule checks over every month of `tokenomics.json` (rewards spec §5.6, §1.1,
//! §1.4) and the mint goldens: the target and capped emission per staked token, its EMA, the
//! month's emission and its validator/topic split, each topic's reward and weight, and the
//! locked vesting buckets.

use crate::{
	vectors::{cell, fixed, Row},
	Report, Vectors, REL_TOLERANCE,
};
use allora_rewards::mint::{
	locked_vesting, max_emission_per_staked_token, smoothed_emission,
	target_emission_per_staked_token, REFERENCE_VESTING,
};
use allora_synthesis::Fixed;
use serde_json::Value;

const TABLE: &str = "tokenomics";
/// Rows whose inputs the table does not carry (unlocks staked within the month).
const VESTING_ROWS: std::ops::RangeInclusive<i64> = 12..=36;

fn f(s: &str) -> Fixed {
	Fixed::parse_decimal(s, true).unwrap_or(Fixed::ZERO)
}

/// A cell truncated to whole tokens.
fn tokens(row: &Row, column: &str) -> Result<u128, String> {
	Ok(fixed(row, column)?.trunc_int().max(0) as u128)
}

/// Runs the table checks (none if the table is absent) and the mint goldens.
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	if let Some(table) = &v.tokenomics {
		let e = |x: allora_synthesis::FixedError| format!("{x:?}");
		for (&month, row) in table {
			let Some(prev) = table.get(&(month - 1)) else { continue };
			if !VESTING_ROWS.contains(&month) {
				let target = target_emission_per_staked_token(
					f("0.025"),
					tokens(prev, "ecosystem_tokens_total")?,
					tokens(prev, "network_tokens_staked")?,
					tokens(prev, "network_tokens_circulating")?,
					tokens(prev, "network_tokens_total")?,
				)
				.map_err(e)?;
				r.expect_cell("mint.target", TABLE, month, row, "ehat_target_i", target)?;
				let emission = fixed(row, "e_i")?
					.checked_mul(fixed(prev, "network_tokens_staked")?)
					.map_err(e)?;
				r.expect_cell(
					"mint.emission",
					TABLE,
					month,
					row,
					"ecosystem_tokens_emission",
					emission,
				)?;
			}
			let capped = fixed(row, "ehat_target_i")?.min(fixed(row, "ehat_max_i")?);
			if !fixed(row, "ehat_i")?.is_zero() {
				r.expect_cell("mint.capped", TABLE, month, row, "ehat_i", capped)?;
			}
			let prev_e = fixed(prev, "e_i")?;
			if !prev_e.is_zero() {
				let e_i = smoothed_emission(fixed(row, "ehat_i")?, f("0.1"), prev_e).map_err(e)?;
				r.expect_cell("mint.smoothed", TABLE, month, row, "e_i", e_i)?;
			} else if !fixed(row, "e_i")?.is_zero() {
				r.expect_cell("mint.smoothed", TABLE, month, row, "e_i", fixed(row, "ehat_i")?)?;
			}
			let emission = fixed(row, "ecosystem_tokens_emission")?;
			if !emission.is_zero() {
				let validators = emission.checked_mul(f("0.25")).map_err(e)?;
				r.expect_cell(
					"mint.validator_share",
					TABLE,
					month,
					row,
					"validator_rewards",
					validators,
				)?;
				let topics = emission.checked_mul(f("0.75")).map_err(e)?;
				r.expect_cell("mint.topics_share", TABLE, month, row, "topics_rewards", topics)?;
			}
			for k in 0..3 {
				let w = fixed(row, &format!("topic_weights_{k}"))?;
				if w.is_zero() {
					continue;
				}
				let reward = fixed(row, "topics_rewards")?
					.checked_mul(w.checked_div(fixed(row, "all_topic_weight_sum")?).map_err(e)?)
					.map_err(e)?;
				r.expect_cell(
					"topic.reward",
					TABLE,
					month,
					row,
					format!("topic_rewards_{k}"),
					reward,
				)?;
				let target = fixed(row, &format!("topic_total_stake_{k}"))?
					.checked_mul(fixed(row, &format!("topic_total_fee_revenue_{k}"))?)
					.and_then(Fixed::checked_sqrt)
					.map_err(e)?;
				let same_topic =
					cell(prev, &format!("topic_id_{k}"))? == cell(row, &format!("topic_id_{k}"))?;
				let prev_w = fixed(prev, &format!("topic_weights_{k}"))?;
				let column = format!("topic_weights_{k}");
				if same_topic && !prev_w.is_zero() {
					// Four weekly EMA steps of α = 0.5 per month: 1 − 0.5⁴ = 0.9375.
					let want = smoothed_emission(target, f("0.9375"), prev_w).map_err(e)?;
					r.expect_cell("topic.weight_ema", TABLE, month, row, &column, want)?;
				} else if cell(row, &format!("topic_months_live_{k}"))? == "1" {
					r.expect_cell("topic.weight_first", TABLE, month, row, &column, target)?;
				}
			}
		}
		vesting(table, r)?;
		// `TestEHatMaxAtGenesisFromCsv`: the simulator's cap at month 0.
		if let (Some(first), Some(x)) = (
			table.get(&0),
			v.rewards_goldens.as_ref().and_then(|g| g.pointer("/mint_simple/ehat_max_genesis")),
		) {
			let d = |k: &str| f(x.get(k).and_then(Value::as_str).unwrap_or("0"));
			let got =
				max_emission_per_staked_token(d("max_mpy"), d("reputers_pct"), d("validators_pct"))
					.map_err(|e| format!("{e:?}"))?;
			r.expect_cell("mint.max_at_genesis", TABLE, 0, first, "ehat_max_i", got)?;
		}
	}
	if let Some(g) = &v.rewards_goldens {
		goldens(g, r)?;
	}
	Ok(())
}

/// Locked vesting against the simulator's buckets (`TestGetLockedVestingTokens`, 525 960
/// blocks a month, 10^27 smallest units).
fn vesting(table: &crate::vectors::Table, r: &mut Report) -> Result<(), String> {
	let Some(first) = table.get(&0) else { return Ok(()) };
	let buckets = ["investors_preseed", "investors_seed", "team"];
	let full: Vec<Fixed> = buckets
		.iter()
		.map(|b| fixed(first, &format!("{b}_tokens_total")))
		.collect::<Result<_, _>>()?;
	let mut unlocked = [Fixed::ZERO; 3];
	let bpm = 525_960u64;
	let unit = 1_000_000_000_000_000_000u128;
	for (&month, row) in table {
		for (i, b) in buckets.iter().enumerate() {
			unlocked[i] = unlocked[i]
				.checked_add(fixed(row, &format!("{b}_tokens_emission"))?)
				.map_err(|e| format!("{e:?}"))?;
		}
		let height = bpm * month.max(0) as u64;
		let (_, parts) = locked_vesting(bpm, height, 1_000_000_000 * unit, &REFERENCE_VESTING)
			.map_err(|e| format!("{e:?}"))?;
		for (i, b) in buckets.iter().enumerate() {
			let want = full[i].checked_sub(unlocked[i]).map_err(|e| format!("{e:?}"))?;
			let want = if want < Fixed::ONE { Fixed::ZERO } else { want };
			let got = Fixed::from_ratio_u128(parts[i], unit).map_err(|e| format!("{e:?}"))?;
			let label = format!("month {month} locked {b}");
			if want.is_zero() {
				r.abs("mint.locked_vesting", label, got, "0", 0.0);
			} else {
				r.rel("mint.locked_vesting", label, got, &want.to_string(), REL_TOLERANCE, None);
			}
		}
	}
	Ok(())
}

fn goldens(g: &Value, r: &mut Report) -> Result<(), String> {
	let s = |c: &Value, k: &str| -> Result<Fixed, String> {
		let v =
			c.get(k).and_then(Value::as_str).ok_or_else(|| format!("golden field {k} missing"))?;
		Fixed::parse_decimal(v, true).map_err(|e| format!("{k}: {e:?}"))
	};
	let e = |x: allora_synthesis::FixedError| format!("{x:?}");
	let m = g.get("mint_simple").ok_or("mint_simple missing")?;
	let x = m.get("total_emission_per_month").ok_or("total_emission_per_month")?;
	let staked = s(x, "staked")?.trunc_int() as u128;
	let got = s(x, "e")?.mul_u128_floor(staked).map_err(e)?;
	let want = x.get("want").and_then(Value::as_str).ok_or("want")?;
	r.abs("golden.mint", "total emission per month".into(), got, want, 0.0);
	let x = m.get("ema").ok_or("ema")?;
	let got = smoothed_emission(s(x, "target")?, s(x, "alpha")?, s(x, "prev")?).map_err(e)?;
	r.abs("golden.mint", "emission EMA".into(), got, &s(x, "want")?.to_string(), 0.0);
	// Locked vesting before, during and after the unlock (exact in the Go tests).
	let (bpm, unit) = (525_960u64, 1_000_000_000_000_000_000u128);
	let max = 1_000_000_000 * unit;
	let locked = |h: u64| locked_vesting(bpm, h, max, &REFERENCE_VESTING).map(|x| x.0).map_err(e);
	let full = REFERENCE_VESTING
		.iter()
		.map(|p| p.mul_u128_floor(max))
		.collect::<Result<Vec<_>, _>>()
		.map_err(e)?;
	let total: u128 = full.iter().sum();
	r.abs("golden.vesting", "before the cliff".into(), locked(bpm * 2)?, &total.to_string(), 0.0);
	let fl = Fixed::from_rational(23, 36).map_err(e)?;
	let during: u128 =
		full.iter().map(|x| fl.mul_u128_floor(*x)).sum::<Result<u128, _>>().map_err(e)?;
	r.rel(
		"golden.vesting",
		"month 13".into(),
		locked(bpm * 13 + 1)?,
		&during.to_string(),
		1e-15,
		None,
	);
	r.abs("golden.vesting", "after month 36".into(), locked(bpm * 40)?, "0", 0.0);
	Ok(())
}
