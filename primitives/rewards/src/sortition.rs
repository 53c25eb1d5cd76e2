//! Merit sortition (rewards spec §6.1, the simulator's model): who is in an epoch's active set,
//! and how every candidate's score EMA moves.

use alloc::{collections::BTreeMap, vec::Vec};
use allora_synthesis::{
	stats::{ema, quantile},
	Fixed, SynthesisError,
};

/// The active set: the top `n` candidates by previous score EMA, ties broken by account order;
/// returned in account order.
pub fn select_top<W: Ord + Clone>(candidates: &[(W, Fixed)], n: usize) -> Vec<W> {
	let mut ranked: Vec<&(W, Fixed)> = candidates.iter().collect();
	ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
	let mut top: Vec<W> = ranked.into_iter().take(n).map(|(w, _)| w.clone()).collect();
	top.sort();
	top
}

/// The new score EMAs after an epoch: a member of the active set moves towards its instant
/// score, every other candidate towards the `q`-quantile of the members' instant scores (so an
/// excluded candidate drifts to the quantile and gets another chance). Returns that quantile and
/// the new EMAs in the candidates' order.
pub fn next_emas<W: Ord + Clone>(
	previous: &[(W, Fixed)],
	member_scores: &BTreeMap<W, Fixed>,
	alpha: Fixed,
	q: Fixed,
) -> Result<(Fixed, Vec<(W, Fixed)>), SynthesisError> {
	let scores: Vec<Fixed> = member_scores.values().copied().collect();
	let cutoff = quantile(&scores, q)?;
	let emas = previous
		.iter()
		.map(|(w, prev)| {
			let target = member_scores.get(w).copied().unwrap_or(cutoff);
			Ok((w.clone(), ema(alpha, target, *prev)?))
		})
		.collect::<Result<Vec<_>, SynthesisError>>()?;
	Ok((cutoff, emas))
}
