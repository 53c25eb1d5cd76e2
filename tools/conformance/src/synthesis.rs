//! The synthesis checks: everything `shared/spec/reference_synthesis.py` checks, over every epoch
//! of `inference_synthesis.json` (spec `synthesis.md` §4).

use crate::{
	vectors::{fixed, Row, Table},
	Report, Vectors, REL_TOLERANCE,
};
use allora_synthesis::{
	forecast::{forecast_implied_inferences, Forecast},
	inference::{confidence_interval, network_inferences},
	losses::{network_losses, LossBundle},
	regrets::{initial_regret, keyed, regret_updates, RegretKey, RegretSource, RegretTables},
	weights::weight_from_normalized_regret,
	Fixed, SynthesisParams,
};
use std::collections::BTreeMap;

type W = String;

const TABLE: &str = "inference_synthesis";
const N_INF: usize = 5;
const N_FC: usize = 3;
const N_REP: usize = 5;

fn inf(j: usize) -> W {
	format!("I{j}")
}
fn fc(k: usize) -> W {
	format!("F{k}")
}
fn f(s: &str) -> Fixed {
	Fixed::parse_decimal(s, true).unwrap_or(Fixed::ZERO)
}

/// The simulator's parameters: `p = 3`, `c = 0.75`, `ε = 0.01`, `ε_div = 1e-7`.
fn params() -> SynthesisParams {
	SynthesisParams::reference()
}

/// The regret tables stored after `row`, restricted to the given participants, with initial
/// regret `r0` (the reference's `state_from_row`).
pub fn state_from_row(
	row: &Row,
	r0: Fixed,
	inferers: &[W],
	forecasters: &[W],
) -> Result<RegretTables<W>, String> {
	let mut st = RegretTables::new(r0);
	let has_i = |w: &W| inferers.contains(w);
	let has_f = |w: &W| forecasters.contains(w);
	for j in 0..N_INF {
		if has_i(&inf(j)) {
			st.values.insert(
				RegretKey::Inferer(inf(j)),
				fixed(row, &format!("inference_regret_worker_{j}"))?,
			);
			st.values.insert(
				RegretKey::Naive(inf(j)),
				fixed(row, &format!("naive_inference_regret_worker_{j}"))?,
			);
		}
	}
	for k in 0..N_FC {
		if has_f(&fc(k)) {
			st.values.insert(
				RegretKey::Forecaster(fc(k)),
				fixed(row, &format!("inference_regret_worker_{}", k + 5))?,
			);
		}
	}
	let worker = |a: usize| if a < N_INF { inf(a) } else { fc(a - N_INF) };
	for a in 0..N_INF + N_FC {
		for b in 0..N_INF + N_FC {
			let v = fixed(row, &format!("inference_regret_worker_{a}_oneout_{b}"))?;
			let (wa, wb) = (worker(a), worker(b));
			let key = match (a < N_INF, b < N_INF) {
				(true, true) if has_i(&wa) && has_i(&wb) => {
					RegretKey::OneOutInfererInferer { withheld: wb, inferer: wa }
				},
				(false, true) if has_f(&wa) && has_i(&wb) => {
					RegretKey::OneOutInfererForecaster { withheld: wb, forecaster: wa }
				},
				(true, false) if has_i(&wa) && has_f(&wb) => {
					RegretKey::OneOutForecasterInferer { withheld: wb, inferer: wa }
				},
				(false, false) if has_f(&wa) && has_f(&wb) => {
					RegretKey::OneOutForecasterForecaster { withheld: wb, forecaster: wa }
				},
				_ => continue,
			};
			st.values.insert(key, v);
		}
	}
	for k in 0..N_FC {
		if !has_f(&fc(k)) {
			continue;
		}
		st.values.insert(
			RegretKey::OneIn { forecaster: fc(k), worker: fc(k) },
			fixed(row, &format!("inference_regret_worker_5_onein_{k}"))?,
		);
		for j in 0..N_INF {
			if has_i(&inf(j)) {
				st.values.insert(
					RegretKey::OneIn { forecaster: fc(k), worker: inf(j) },
					fixed(row, &format!("inference_regret_worker_{j}_onein_{k}"))?,
				);
			}
		}
	}
	Ok(st)
}

/// The column holding the regret of `key` (for the regret-update checks).
fn regret_column(key: &RegretKey<W>) -> String {
	let idx = |w: &W| -> usize {
		let n: usize = w[1..].parse().unwrap_or(0);
		if w.starts_with('I') {
			n
		} else {
			n + N_INF
		}
	};
	match key {
		RegretKey::Inferer(w) | RegretKey::Forecaster(w) => {
			format!("inference_regret_worker_{}", idx(w))
		},
		RegretKey::Naive(w) => format!("naive_inference_regret_worker_{}", idx(w)),
		RegretKey::OneOutInfererInferer { withheld, inferer: x }
		| RegretKey::OneOutInfererForecaster { withheld, forecaster: x }
		| RegretKey::OneOutForecasterInferer { withheld, inferer: x }
		| RegretKey::OneOutForecasterForecaster { withheld, forecaster: x } => {
			format!("inference_regret_worker_{}_oneout_{}", idx(x), idx(withheld))
		},
		RegretKey::OneIn { forecaster, worker } => {
			let k = idx(forecaster) - N_INF;
			if worker == forecaster {
				format!("inference_regret_worker_5_onein_{k}")
			} else {
				format!("inference_regret_worker_{}_onein_{k}", idx(worker))
			}
		},
	}
}

fn quantity_of(key: &RegretKey<W>) -> &'static str {
	match key {
		RegretKey::Inferer(_) => "regret.inferer",
		RegretKey::Forecaster(_) => "regret.forecaster",
		RegretKey::Naive(_) => "regret.naive",
		RegretKey::OneOutInfererInferer { .. } => "regret.one_out_inferer_inferer",
		RegretKey::OneOutInfererForecaster { .. } => "regret.one_out_inferer_forecaster",
		RegretKey::OneOutForecasterInferer { .. } => "regret.one_out_forecaster_inferer",
		RegretKey::OneOutForecasterForecaster { .. } => "regret.one_out_forecaster_forecaster",
		RegretKey::OneIn { .. } => "regret.one_in",
	}
}

/// A regret key with its participants renamed by `f` (the simulator's `I0`, `F2`, ... to the
/// accounts of a test chain).
pub fn map_key<A>(key: &RegretKey<W>, f: impl Fn(&W) -> A) -> RegretKey<A> {
	use RegretKey::*;
	match key {
		Inferer(w) => Inferer(f(w)),
		Forecaster(w) => Forecaster(f(w)),
		Naive(w) => Naive(f(w)),
		OneOutInfererInferer { withheld, inferer } => {
			OneOutInfererInferer { withheld: f(withheld), inferer: f(inferer) }
		},
		OneOutInfererForecaster { withheld, forecaster } => {
			OneOutInfererForecaster { withheld: f(withheld), forecaster: f(forecaster) }
		},
		OneOutForecasterInferer { withheld, inferer } => {
			OneOutForecasterInferer { withheld: f(withheld), inferer: f(inferer) }
		},
		OneOutForecasterForecaster { withheld, forecaster } => {
			OneOutForecasterForecaster { withheld: f(withheld), forecaster: f(forecaster) }
		},
		OneIn { forecaster, worker } => OneIn { forecaster: f(forecaster), worker: f(worker) },
	}
}

/// The inferences of `row` by inferer.
pub fn row_inferences(row: &Row) -> Result<BTreeMap<W, Fixed>, String> {
	(0..N_INF).map(|j| Ok((inf(j), fixed(row, &format!("inference_{j}"))?))).collect()
}

/// The forecasts of `row` by forecaster.
pub fn row_forecasts(row: &Row) -> Result<BTreeMap<W, Forecast<W>>, String> {
	(0..N_FC)
		.map(|k| {
			let els = (0..N_INF)
				.map(|j| Ok((inf(j), fixed(row, &format!("forecasted_loss_{k}_for_{j}"))?)))
				.collect::<Result<Vec<_>, String>>()?;
			Ok((fc(k), els))
		})
		.collect()
}

fn per<F: Fn(usize) -> W>(
	row: &Row,
	n: usize,
	name: F,
	col: impl Fn(usize) -> String,
) -> Result<BTreeMap<W, Fixed>, String> {
	(0..n).map(|i| Ok((name(i), fixed(row, &col(i))?))).collect()
}

/// The reputers' loss bundles of `row` with their stakes in the smallest unit.
pub fn row_reputer_bundles(row: &Row) -> Result<Vec<(u128, LossBundle<W>)>, String> {
	let mut out = Vec::new();
	for m in 0..N_REP {
		let pre = format!("reputer_{m}_loss_");
		let stake = fixed(row, &format!("reputer_stake_{m}"))?;
		// Tokens → smallest unit (1e18), as the reference tests do.
		let stake =
			u128::try_from(stake.raw()).map_err(|_| format!("negative stake of reputer {m}"))?;
		let mut ooif = BTreeMap::new();
		for k in 0..N_FC {
			ooif.insert(
				fc(k),
				per(row, N_INF, inf, |j| {
					format!("{pre}forecast_implied_inference_{k}_oneout_{j}")
				})?,
			);
		}
		out.push((
			stake,
			LossBundle {
				combined: fixed(row, &format!("{pre}network_inference"))?,
				naive: fixed(row, &format!("{pre}naive_network_inference"))?,
				inferer: per(row, N_INF, inf, |j| format!("{pre}inference_{j}"))?,
				forecaster: per(row, N_FC, fc, |k| format!("{pre}forecast_implied_inference_{k}"))?,
				one_out_inferer: per(row, N_INF, inf, |j| {
					format!("{pre}network_inference_oneout_{j}")
				})?,
				one_out_forecaster: per(row, N_FC, fc, |k| {
					format!("{pre}network_inference_oneout_{}", k + 5)
				})?,
				one_in_forecaster: per(row, N_FC, fc, |k| {
					format!("{pre}naive_network_inference_onein_{k}")
				})?,
				one_out_inferer_forecaster: ooif,
			},
		));
	}
	Ok(out)
}

/// `(quantity, value, column)` of each network-loss cell of a row.
pub type LossCells = Vec<(String, Fixed, String)>;

/// The network losses of `row`, with the column of each value.
pub fn row_network_losses(row: &Row) -> Result<(LossBundle<W>, LossCells), String> {
	let mut cols: Vec<(String, Fixed, String)> = Vec::new();
	let mut get = |q: &str, c: String| -> Result<Fixed, String> {
		let v = fixed(row, &c)?;
		cols.push((q.to_string(), v, c));
		Ok(v)
	};
	let mut b = LossBundle {
		combined: get("loss.combined", "network_loss".into())?,
		naive: get("loss.naive", "network_naive_loss".into())?,
		..Default::default()
	};
	for j in 0..N_INF {
		b.inferer.insert(inf(j), get("loss.inferer", format!("inference_loss_{j}"))?);
		b.one_out_inferer
			.insert(inf(j), get("loss.one_out_inferer", format!("network_loss_oneout_{j}"))?);
	}
	for k in 0..N_FC {
		b.forecaster
			.insert(fc(k), get("loss.forecaster", format!("forecast_implied_inference_loss_{k}"))?);
		b.one_out_forecaster.insert(
			fc(k),
			get("loss.one_out_forecaster", format!("network_loss_oneout_{}", k + 5))?,
		);
		b.one_in_forecaster
			.insert(fc(k), get("loss.one_in_forecaster", format!("network_naive_loss_onein_{k}"))?);
		let mut m = BTreeMap::new();
		for j in 0..N_INF {
			m.insert(
				inf(j),
				get(
					"loss.one_out_inferer_forecaster",
					format!("forecast_implied_inference_loss_{k}_oneout_{j}"),
				)?,
			);
		}
		b.one_out_inferer_forecaster.insert(fc(k), m);
	}
	Ok((b, cols))
}

pub fn all_inferers() -> Vec<W> {
	(0..N_INF).map(inf).collect()
}
pub fn all_forecasters() -> Vec<W> {
	(0..N_FC).map(fc).collect()
}

/// The inputs of every epoch's full synthesis in `table`: the regrets (initial regret 1) and
/// network loss of the previous epoch, and the epoch's inferences and forecasts.
#[allow(clippy::type_complexity)]
pub fn epoch_inputs(
	table: &Table,
) -> Result<Vec<(i64, RegretTables<W>, BTreeMap<W, Fixed>, BTreeMap<W, Forecast<W>>, Fixed)>, String>
{
	let mut out = Vec::new();
	for (&ep, row) in table {
		let Some(prev) = table.get(&(ep - 1)) else { continue };
		let st = state_from_row(prev, Fixed::ONE, &all_inferers(), &all_forecasters())?;
		out.push((ep, st, row_inferences(row)?, row_forecasts(row)?, fixed(prev, "network_loss")?));
	}
	Ok(out)
}

/// Runs every synthesis check.
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	let p = params();
	unit_scenarios(r)?;
	let table: &Table = &v.inference_synthesis;

	// Full synthesis of every epoch that has a previous epoch: regrets and loss of the previous.
	for (ep, st, inferences, forecasts, prev_loss) in epoch_inputs(table)? {
		let Some(row) = table.get(&ep) else { continue };
		let res = match network_inferences(&st, &inferences, &forecasts, Some(prev_loss), &p) {
			Ok(res) => res,
			Err(e) => {
				r.error("synthesis", format!("epoch {ep}"), format!("{e:?}"));
				continue;
			},
		};
		let get = |m: &BTreeMap<W, Fixed>, w: &W| m.get(w).copied().unwrap_or(Fixed::MIN);
		r.expect_cell("combined", TABLE, ep, row, "network_inference", res.combined)?;
		r.expect_cell("naive", TABLE, ep, row, "network_naive_inference", res.naive)?;
		for k in 0..N_FC {
			r.expect_cell(
				"forecast_implied",
				TABLE,
				ep,
				row,
				format!("forecast_implied_inference_{k}"),
				get(&res.forecast_implied, &fc(k)),
			)?;
			r.expect_cell(
				"one_out_forecaster",
				TABLE,
				ep,
				row,
				format!("network_inference_oneout_{}", k + 5),
				get(&res.one_out_forecasters, &fc(k)),
			)?;
			r.expect_cell(
				"one_in_forecaster",
				TABLE,
				ep,
				row,
				format!("network_naive_inference_onein_{k}"),
				get(&res.one_in_forecasters, &fc(k)),
			)?;
		}
		for j in 0..N_INF {
			r.expect_cell(
				"one_out_inferer",
				TABLE,
				ep,
				row,
				format!("network_inference_oneout_{j}"),
				get(&res.one_out_inferers, &inf(j)),
			)?;
		}
		let ci = confidence_interval(
			&inferences,
			&res.forecast_implied,
			&res.inferer_weights,
			&res.forecaster_weights,
		)
		.map_err(|e| format!("{e:?}"))?;
		for (i, v) in ci.iter().enumerate() {
			r.expect_cell(
				"confidence_interval",
				TABLE,
				ep,
				row,
				format!("network_inference_errorbar_{i}"),
				*v,
			)?;
		}
		// Forecast-implied inferences with one inferer withheld.
		for j in 0..N_INF {
			let rest: Vec<W> = all_inferers().into_iter().filter(|x| *x != inf(j)).collect();
			let fo = forecast_implied_inferences(
				false,
				&rest,
				&inferences,
				&all_forecasters(),
				&forecasts,
				prev_loss,
				&p,
			)
			.map_err(|e| format!("{e:?}"))?;
			for k in 0..N_FC {
				r.expect_cell(
					"forecast_implied_one_out",
					TABLE,
					ep,
					row,
					format!("forecast_implied_inference_{k}_oneout_{j}"),
					get(&fo, &fc(k)),
				)?;
			}
		}
		// Forecasted regrets R_jk = L_prev − F_ijk.
		for k in 0..N_FC {
			for j in 0..N_INF {
				let d = prev_loss
					.checked_sub(fixed(row, &format!("forecasted_loss_{k}_for_{j}"))?)
					.map_err(|e| format!("{e:?}"))?;
				r.expect_cell(
					"forecasted_regret",
					TABLE,
					ep,
					row,
					format!("forecasted_regret_{k}_inferer_{j}"),
					d,
				)?;
			}
		}
	}

	// Network losses of every epoch from the reputers' bundles.
	for (&ep, row) in table {
		let bundles = row_reputer_bundles(row)?;
		let losses = match network_losses(&bundles) {
			Ok(l) => l,
			Err(e) => {
				r.error("loss", format!("epoch {ep}"), format!("{e:?}"));
				continue;
			},
		};
		let (_, cols) = row_network_losses(row)?;
		let flat = flatten(&losses);
		for (q, _, col) in cols {
			let got = flat.get(&col).copied().unwrap_or(Fixed::MIN);
			r.expect_cell(&q, TABLE, ep, row, &col, got)?;
		}
	}

	// Regret updates between consecutive epochs (α = 0.1).
	for (&ep, row) in table {
		let Some(prev) = table.get(&(ep - 1)) else { continue };
		let st = state_from_row(prev, Fixed::ONE, &all_inferers(), &all_forecasters())?;
		let (losses, _) = row_network_losses(row)?;
		let updates = regret_updates(&st, &losses, f("0.1")).map_err(|e| format!("{e:?}"))?;
		let mut new = st.clone();
		new.apply(keyed(updates));
		let want = state_from_row(row, Fixed::ONE, &all_inferers(), &all_forecasters())?;
		for key in want.values.keys() {
			let got = new.stored(key).unwrap_or(Fixed::MIN);
			r.expect_cell(quantity_of(key), TABLE, ep, row, regret_column(key), got)?;
		}
	}

	reference_test_scenarios(table, r)?;
	Ok(())
}

/// `column → value` of a network-loss bundle, named as in the vectors.
fn flatten(l: &LossBundle<W>) -> BTreeMap<String, Fixed> {
	let idx = |w: &W| -> usize { w[1..].parse().unwrap_or(usize::MAX) };
	let mut m = BTreeMap::new();
	m.insert("network_loss".to_string(), l.combined);
	m.insert("network_naive_loss".to_string(), l.naive);
	for (w, v) in &l.inferer {
		m.insert(format!("inference_loss_{}", idx(w)), *v);
	}
	for (w, v) in &l.one_out_inferer {
		m.insert(format!("network_loss_oneout_{}", idx(w)), *v);
	}
	for (w, v) in &l.forecaster {
		m.insert(format!("forecast_implied_inference_loss_{}", idx(w)), *v);
	}
	for (w, v) in &l.one_out_forecaster {
		m.insert(format!("network_loss_oneout_{}", idx(w) + N_INF), *v);
	}
	for (w, v) in &l.one_in_forecaster {
		m.insert(format!("network_naive_loss_onein_{}", idx(w)), *v);
	}
	for (k, per) in &l.one_out_inferer_forecaster {
		for (j, v) in per {
			m.insert(format!("forecast_implied_inference_loss_{}_oneout_{}", idx(k), idx(j)), *v);
		}
	}
	m
}

/// The reference's unit tests with hard-coded numbers (no vector file needed).
fn unit_scenarios(r: &mut Report) -> Result<(), String> {
	let (p3, c) = (f("3"), f("0.75"));
	let table = [
		("-24.5", "-24.5", "0.0007835709572871582"),
		("-20.0", "-19.5", "0.00017487379698341595"),
		("-15.0", "-14.0", "0.0000390213853994281"),
		("-10.5", "-10.0", "0.00017487379698341595"),
		("-5.75", "-5.0", "0.00008260707334375042"),
		("-1.0", "-0.5", "0.015660377080675192"),
		("-0.25", "0.0", "0.14227761953270035"),
		("0.0", "0.0", "0.28604839469732846"),
		("0.5", "0.5", "0.9624639024738211"),
		("1.0", "1.0", "2.037536097526179"),
		("-1.32345", "0.1238729", "0.00595380787049663"),
		("-0.8712641", "-0.8712641", "0.022985964160663532"),
		("0.01987392", "0.01987392", "0.30185357993405315"),
	];
	for (x, m, want) in table {
		let got = weight_from_normalized_regret(f(x), f(m), p3, c).map_err(|e| format!("{e:?}"))?;
		r.rel("weight_function", format!("x={x} max={m}"), got, want, REL_TOLERANCE, None);
	}
	let regs: Vec<Fixed> = [
		"0.6445506208021189",
		"1.0216386898413485",
		"0.6092049398135028",
		"0.6971588004566455",
		"0.9030751421888253",
		"0.8219035038858344",
	]
	.iter()
	.map(|s| f(s))
	.collect();
	let got = initial_regret(&regs, f("0.0001"), p3, c, f("0.25"), f("8.25"))
		.map_err(|e| format!("{e:?}"))?;
	r.rel(
		"initial_regret",
		"TestCalcTopicInitialRegret".into(),
		got.unwrap_or(Fixed::MIN),
		"0.3354820760526412097325669544281814",
		REL_TOLERANCE,
		None,
	);

	let p2 =
		SynthesisParams { p_norm: f("2"), epsilon: f("0.0001"), ..SynthesisParams::reference() };
	let s = |x: &str| x.to_string();
	let infs = BTreeMap::from([(s("w0"), f("1")), (s("w1"), f("2"))]);
	let fcs = BTreeMap::from([(s("f0"), vec![(s("w0"), f("3")), (s("w1"), f("4"))])]);
	let out = forecast_implied_inferences(
		false,
		&[s("w0"), s("w1")],
		&infs,
		&[s("f0")],
		&fcs,
		f("0.5"),
		&p2,
	)
	.map_err(|e| format!("{e:?}"))?;
	r.abs(
		"forecast_implied_unit",
		"two workers".into(),
		out.get("f0").copied().unwrap_or(Fixed::MIN),
		"1.055841253742177320400327600231111",
		1e-4,
	);
	let infs = BTreeMap::from([(s("w0"), f("1")), (s("w1"), f("2")), (s("w2"), f("3"))]);
	let fcs = BTreeMap::from([
		(s("w0"), vec![(s("w0"), f("1")), (s("w1"), f("2")), (s("w2"), f("3"))]),
		(s("w1"), vec![(s("w0"), f("4")), (s("w1"), f("5")), (s("w2"), f("6"))]),
	]);
	let out = forecast_implied_inferences(
		false,
		&[s("w0"), s("w1"), s("w2")],
		&infs,
		&[s("w0"), s("w1")],
		&fcs,
		f("0.5"),
		&p2,
	)
	.map_err(|e| format!("{e:?}"))?;
	r.abs(
		"forecast_implied_unit",
		"three workers w0".into(),
		out.get("w0").copied().unwrap_or(Fixed::MIN),
		"1.158380376510523897775902553985830",
		1e-4,
	);
	r.abs(
		"forecast_implied_unit",
		"three workers w1".into(),
		out.get("w1").copied().unwrap_or(Fixed::MIN),
		"1.149124717287201046499545990921485",
		1e-4,
	);

	// Dispatcher: no previous loss → median.
	let three = BTreeMap::from([(s("a"), f("10")), (s("b"), f("30")), (s("c"), f("20"))]);
	let out = network_inferences(
		&RegretTables::new(Fixed::ZERO),
		&three,
		&BTreeMap::new(),
		None,
		&SynthesisParams::reference(),
	)
	.map_err(|e| format!("{e:?}"))?;
	r.abs("median_without_loss", "{10,30,20}".into(), out.combined, "20", 0.0);
	Ok(())
}

/// Checks `values[name(i)]` against the hard-coded `wants[i]`, for every `i`.
fn expect_each(
	r: &mut Report,
	quantity: &str,
	what: &str,
	values: &BTreeMap<W, Fixed>,
	name: fn(usize) -> W,
	wants: &[&str],
) {
	for (i, want) in wants.iter().enumerate() {
		let got = values.get(&name(i)).copied().unwrap_or(Fixed::MIN);
		r.rel(quantity, format!("{what} {i}"), got, want, REL_TOLERANCE, None);
	}
}

/// The reference's CSV tests that name their epochs (`network_inferences_test.go`): run only
/// when epochs 301 and 302 are present.
fn reference_test_scenarios(table: &Table, r: &mut Report) -> Result<(), String> {
	let p = params();
	if let Some(row) = table.get(&302) {
		let out = network_inferences(
			&RegretTables::new(Fixed::ZERO),
			&row_inferences(row)?,
			&BTreeMap::new(),
			None,
			&p,
		)
		.map_err(|e| format!("{e:?}"))?;
		r.rel(
			"median_without_loss",
			"epoch 302".into(),
			out.combined,
			"0.1997509073157136",
			REL_TOLERANCE,
			None,
		);
	}
	let (Some(prev), Some(row)) = (table.get(&301), table.get(&302)) else { return Ok(()) };
	let loss = Some(fixed(prev, "network_loss")?);
	let run = |st: &RegretTables<W>, forecasts: &BTreeMap<W, Forecast<W>>| {
		network_inferences(st, &row_inferences(row)?, forecasts, loss, &p)
			.map_err(|e| format!("{e:?}"))
	};
	let st = state_from_row(prev, f("-1.8331309069480215"), &[inf(0)], &[])?;
	let res = run(&st, &BTreeMap::new())?;
	let q = "scenario.one_old_inferer";
	r.rel(q, "combined".into(), res.combined, "0.20059970801966293", REL_TOLERANCE, None);
	let want = [
		"0.1404419672286048",
		"0.1288457756437288",
		"0.1431887680171583",
		"0.18794792677471128",
		"0.17208154172014362",
	];
	expect_each(r, q, "one_out_inferer", &res.one_out_inferers, inf, &want);

	let st = state_from_row(prev, f("-3.7780955644806307"), &all_inferers(), &[fc(0)])?;
	let res = run(&st, &row_forecasts(row)?)?;
	let q = "scenario.one_old_forecaster";
	r.rel(q, "combined".into(), res.combined, "0.09643700801928372", REL_TOLERANCE, None);
	let want = ["0.08475997300723974", "0.0807110022144602", "0.07851400736008668"];
	expect_each(r, q, "forecast_implied", &res.forecast_implied, fc, &want);
	let want = [
		"0.10278833087892551",
		"0.10309434130026068",
		"0.10749347667557652",
		"0.09957413455954356",
		"0.23133130005198607",
	];
	expect_each(r, q, "one_out_inferer", &res.one_out_inferers, inf, &want);
	let want = ["0.19384484001403682", "0.13368285139309616", "0.1339967078008638"];
	expect_each(r, q, "one_out_forecaster", &res.one_out_forecasters, fc, &want);
	let want = ["0.086385958713291", "0.14220283026646785", "0.1418366644574056"];
	expect_each(r, q, "one_in", &res.one_in_forecasters, fc, &want);

	let st = state_from_row(prev, f("-3.0557074373274475"), &all_inferers(), &[])?;
	let res = run(&st, &row_forecasts(row)?)?;
	let q = "scenario.new_forecasters";
	r.rel(q, "combined".into(), res.combined, "0.20065795737590336", REL_TOLERANCE, None);
	let want = [
		"0.195653799650153",
		"0.1768775314107972",
		"0.1931955480873375",
		"0.20197760150788802",
		"0.21429866100721226",
	];
	expect_each(r, q, "one_out_inferer", &res.one_out_inferers, inf, &want);
	let want = ["0.13310442699412764", "0.13368285139309616", "0.1339967078008638"];
	expect_each(r, q, "one_out_forecaster", &res.one_out_forecasters, fc, &want);
	let want = ["0.1428776587319311", "0.14220283026646785", "0.1418366644574056"];
	expect_each(r, q, "one_in", &res.one_in_forecasters, fc, &want);
	Ok(())
}
