//! The merit-sortition checks over every epoch of `sortition.json` (rewards spec §6.1): the
//! active set is the top N by previous EMA, the cutoff is the N-th highest previous EMA, the
//! quantile of the members' scores, and every candidate's new EMA.

use crate::{
	report::Source,
	vectors::{cell, Row},
	Report, Vectors, REL_TOLERANCE,
};
use allora_rewards::sortition::{next_emas, select_top};
use allora_synthesis::Fixed;
use std::collections::BTreeMap;

const TABLE: &str = "sortition";

/// A cell as a number: empty is 0, `true` is 1.
fn val(row: &Row, column: &str) -> Result<Fixed, String> {
	match cell(row, column)? {
		"" => Ok(Fixed::ZERO),
		"true" => Ok(Fixed::ONE),
		s => Fixed::parse_decimal(s, true).map_err(|e| format!("{column}: {s:?}: {e:?}")),
	}
}

fn count(row: &Row, column: &str) -> Result<usize, String> {
	cell(row, column)?.parse().map_err(|e| format!("{column}: {e}"))
}

/// Runs the sortition checks (none if the table is absent).
pub fn check(v: &Vectors, r: &mut Report) -> Result<(), String> {
	let Some(table) = &v.sortition else { return Ok(()) };
	for (&epoch, row) in table {
		let n = count(row, "n_participants")?;
		let drawn = count(row, "n_participants_drawn")?;
		let alpha = val(row, "alpha_quality")?;
		let previous: Vec<(usize, Fixed)> = (0..n)
			.map(|i| Ok((i, val(row, &format!("{i}_prev_quality_ema"))?)))
			.collect::<Result<_, String>>()?;
		let top = select_top(&previous, drawn);
		let active: Vec<usize> = (0..n)
			.map(|i| Ok((i, val(row, &format!("{i}_active"))? == Fixed::ONE)))
			.collect::<Result<Vec<_>, String>>()?
			.into_iter()
			.filter_map(|(i, a)| a.then_some(i))
			.collect();
		let label = |what: &str| format!("epoch {epoch} {what}");
		r.abs("sortition.active_set", label("active set"), usize::from(top != active), "0", 0.0);
		let mut ranked: Vec<Fixed> = previous.iter().map(|(_, e)| *e).collect();
		ranked.sort_by(|a, b| b.cmp(a));
		let cutoff = ranked.get(drawn.saturating_sub(1)).copied().unwrap_or(Fixed::ZERO);
		let want = cell(row, "quality_cutoff")?.to_string();
		r.rel("sortition.cutoff", label("quality_cutoff"), cutoff, &want, REL_TOLERANCE, None);
		let members: BTreeMap<usize, Fixed> = active
			.iter()
			.map(|i| Ok((*i, val(row, &format!("{i}_quality_metric"))?)))
			.collect::<Result<_, String>>()?;
		let q = val(row, "percentile")?
			.checked_div(Fixed::from_int(100))
			.map_err(|e| format!("{e:?}"))?;
		let (quantile, emas) =
			next_emas(&previous, &members, alpha, q).map_err(|e| format!("{e:?}"))?;
		let source = |column: String| Some(Source { table: TABLE, epoch, column });
		let want = cell(row, "quality_percentile")?.to_string();
		r.rel(
			"sortition.quantile",
			label("quality_percentile"),
			quantile,
			&want,
			REL_TOLERANCE,
			source("quality_percentile".into()),
		);
		for (i, e) in emas {
			let column = format!("{i}_quality_ema");
			let want = cell(row, &column)?.to_string();
			r.rel("sortition.ema", label(&column), e, &want, REL_TOLERANCE, source(column));
		}
	}
	Ok(())
}
