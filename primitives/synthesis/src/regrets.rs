//! Regrets (spec §1.3 and §2.12): nine keyed tables per topic, stored in rows ([`RegretRow`]),
//! read with the topic's initial regret as the default, updated by an EMA from each epoch's network losses, and the topic's
//! initial regret re-estimated from its experienced workers.

use crate::{
	losses::LossBundle,
	stats::{ema, quantile, std_dev},
	Fixed, SynthesisError,
};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The key of one stored regret: which table, and which participant(s).
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub enum RegretKey<W> {
	/// `R_j`: an inferer's regret in the combined network.
	Inferer(W),
	/// `R_k`: a forecaster's regret in the combined network.
	Forecaster(W),
	/// `R⁻_j`: an inferer's regret in the naive (inferers-only) network.
	Naive(W),
	/// `R⁻_j'j`: inferer `inferer`'s regret in the network without inferer `withheld`.
	OneOutInfererInferer {
		/// The withheld inferer `j'`.
		withheld: W,
		/// The inferer `j`.
		inferer: W,
	},
	/// `R⁻_j'k`: forecaster `forecaster`'s regret in the network without inferer `withheld`.
	OneOutInfererForecaster {
		/// The withheld inferer `j'`.
		withheld: W,
		/// The forecaster `k`.
		forecaster: W,
	},
	/// `R⁻_k'j`: inferer `inferer`'s regret in the network without forecaster `withheld`.
	OneOutForecasterInferer {
		/// The withheld forecaster `k'`.
		withheld: W,
		/// The inferer `j`.
		inferer: W,
	},
	/// `R⁻_k'k`: forecaster `forecaster`'s regret in the network without forecaster `withheld`.
	OneOutForecasterForecaster {
		/// The withheld forecaster `k'`.
		withheld: W,
		/// The forecaster `k`.
		forecaster: W,
	},
	/// `R⁺_kj` (or `R⁺_kk` when `worker == forecaster`): a worker's regret in the naive network
	/// plus forecaster `forecaster` alone.
	OneIn {
		/// The one forecaster `k` added to the naive network.
		forecaster: W,
		/// An inferer `j`, or `k` itself.
		worker: W,
	},
}

/// A row of a topic's stored regrets: one per table and per withheld (or added) worker. A row
/// lists the regrets of the workers it is about, so that a synthesis reads `3 + 2i + 3f` rows
/// for `i` inferers and `f` forecasters rather than `(i + f)(i + f + 2)` single regrets.
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RegretRow<W> {
	/// `R_j` of every inferer.
	Inferers,
	/// `R_k` of every forecaster.
	Forecasters,
	/// `R⁻_j` of every inferer.
	Naive,
	/// `R⁻_j'j` of every inferer `j` in the network without inferer `j'`.
	OneOutInfererInferers(W),
	/// `R⁻_j'k` of every forecaster `k` in the network without inferer `j'`.
	OneOutInfererForecasters(W),
	/// `R⁻_k'j` of every inferer `j` in the network without forecaster `k'`.
	OneOutForecasterInferers(W),
	/// `R⁻_k'k` of every forecaster `k` in the network without forecaster `k'`.
	OneOutForecasterForecasters(W),
	/// `R⁺_kj` of every inferer `j` (and `R⁺_kk`) in the naive network plus forecaster `k`.
	OneIn(W),
}

impl<W> RegretRow<W> {
	/// The withheld (or added) worker the row is about; `None` for the three network rows.
	pub fn about(&self) -> Option<&W> {
		match self {
			RegretRow::Inferers | RegretRow::Forecasters | RegretRow::Naive => None,
			RegretRow::OneOutInfererInferers(w)
			| RegretRow::OneOutInfererForecasters(w)
			| RegretRow::OneOutForecasterInferers(w)
			| RegretRow::OneOutForecasterForecasters(w)
			| RegretRow::OneIn(w) => Some(w),
		}
	}

	/// The same row with its withheld (or added) worker named by `f` (a storage slot for an
	/// account, or back); `None` if `f` names none.
	pub fn try_map<V>(self, f: impl FnOnce(W) -> Option<V>) -> Option<RegretRow<V>> {
		Some(match self {
			RegretRow::Inferers => RegretRow::Inferers,
			RegretRow::Forecasters => RegretRow::Forecasters,
			RegretRow::Naive => RegretRow::Naive,
			RegretRow::OneOutInfererInferers(w) => RegretRow::OneOutInfererInferers(f(w)?),
			RegretRow::OneOutInfererForecasters(w) => RegretRow::OneOutInfererForecasters(f(w)?),
			RegretRow::OneOutForecasterInferers(w) => RegretRow::OneOutForecasterInferers(f(w)?),
			RegretRow::OneOutForecasterForecasters(w) => {
				RegretRow::OneOutForecasterForecasters(f(w)?)
			},
			RegretRow::OneIn(w) => RegretRow::OneIn(f(w)?),
		})
	}

	/// The five rows about `worker`: its one-out rows and its one-in row.
	pub fn about_worker(worker: W) -> [RegretRow<W>; 5]
	where
		W: Clone,
	{
		[
			RegretRow::OneOutInfererInferers(worker.clone()),
			RegretRow::OneOutInfererForecasters(worker.clone()),
			RegretRow::OneOutForecasterInferers(worker.clone()),
			RegretRow::OneOutForecasterForecasters(worker.clone()),
			RegretRow::OneIn(worker),
		]
	}
}

impl<W> RegretKey<W> {
	/// The row this regret is stored in, and the worker it is about within that row.
	pub fn into_row(self) -> (RegretRow<W>, W) {
		match self {
			RegretKey::Inferer(j) => (RegretRow::Inferers, j),
			RegretKey::Forecaster(k) => (RegretRow::Forecasters, k),
			RegretKey::Naive(j) => (RegretRow::Naive, j),
			RegretKey::OneOutInfererInferer { withheld, inferer } => {
				(RegretRow::OneOutInfererInferers(withheld), inferer)
			},
			RegretKey::OneOutInfererForecaster { withheld, forecaster } => {
				(RegretRow::OneOutInfererForecasters(withheld), forecaster)
			},
			RegretKey::OneOutForecasterInferer { withheld, inferer } => {
				(RegretRow::OneOutForecasterInferers(withheld), inferer)
			},
			RegretKey::OneOutForecasterForecaster { withheld, forecaster } => {
				(RegretRow::OneOutForecasterForecasters(withheld), forecaster)
			},
			RegretKey::OneIn { forecaster, worker } => (RegretRow::OneIn(forecaster), worker),
		}
	}

	/// Whether the key is about `worker`: as the worker whose regret it is, or as the withheld
	/// or added worker of its row.
	pub fn names(&self, worker: &W) -> bool
	where
		W: Clone + PartialEq,
	{
		let (row, who) = self.clone().into_row();
		who == *worker || row.about() == Some(worker)
	}

	/// The key of `worker`'s regret in `row` (the inverse of [`RegretKey::into_row`]).
	pub fn from_row(row: RegretRow<W>, worker: W) -> Self {
		match row {
			RegretRow::Inferers => RegretKey::Inferer(worker),
			RegretRow::Forecasters => RegretKey::Forecaster(worker),
			RegretRow::Naive => RegretKey::Naive(worker),
			RegretRow::OneOutInfererInferers(withheld) => {
				RegretKey::OneOutInfererInferer { withheld, inferer: worker }
			},
			RegretRow::OneOutInfererForecasters(withheld) => {
				RegretKey::OneOutInfererForecaster { withheld, forecaster: worker }
			},
			RegretRow::OneOutForecasterInferers(withheld) => {
				RegretKey::OneOutForecasterInferer { withheld, inferer: worker }
			},
			RegretRow::OneOutForecasterForecasters(withheld) => {
				RegretKey::OneOutForecasterForecaster { withheld, forecaster: worker }
			},
			RegretRow::OneIn(forecaster) => RegretKey::OneIn { forecaster, worker },
		}
	}
}

/// The most rows a synthesis over `inferers` and `forecasters` reads, and a reputer close over
/// them updates: the three network rows, two one-out rows per inferer, two one-out rows and a
/// one-in row per forecaster.
pub fn regret_rows_bound(inferers: u32, forecasters: u32) -> u32 {
	3u32.saturating_add(inferers.saturating_mul(2)).saturating_add(forecasters.saturating_mul(3))
}

/// Read access to a topic's stored regrets.
pub trait RegretSource<W> {
	/// The topic's initial regret `R0`: the default of every missing entry. 0 means "all new".
	fn initial_regret(&self) -> Fixed;
	/// The stored regret, if any.
	fn stored(&self, key: &RegretKey<W>) -> Option<Fixed>;
	/// The stored regret, or `R0`.
	fn regret(&self, key: &RegretKey<W>) -> Fixed {
		self.stored(key).unwrap_or_else(|| self.initial_regret())
	}
	/// The regrets of `workers` in `row` (stored, or `R0`), in their order: what a synthesis
	/// reads, a row at a time. Sources that hold rows answer it without a lookup per key.
	fn row_regrets(&self, row: &RegretRow<W>, workers: &[W]) -> Vec<Fixed>
	where
		W: Clone,
	{
		workers.iter().map(|w| self.regret(&RegretKey::from_row(row.clone(), w.clone()))).collect()
	}
}

/// Regret tables held in memory (tests, tools, and the pallets' scratch copy).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct RegretTables<W: Ord> {
	/// The topic's initial regret.
	pub initial_regret: Fixed,
	/// Every stored regret.
	pub values: BTreeMap<RegretKey<W>, Fixed>,
}

impl<W: Ord> RegretTables<W> {
	/// Empty tables with the given initial regret.
	pub fn new(initial_regret: Fixed) -> Self {
		RegretTables { initial_regret, values: BTreeMap::new() }
	}

	/// Stores the updates (later entries win).
	pub fn apply(&mut self, updates: Vec<(RegretKey<W>, Fixed)>) {
		for (k, v) in updates {
			self.values.insert(k, v);
		}
	}
}

impl<W: Ord> RegretSource<W> for RegretTables<W> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<W>) -> Option<Fixed> {
		self.values.get(key).copied()
	}

	/// A row's keys are adjacent in the map and ordered by worker: one range walked beside the
	/// workers (when they are sorted) instead of a lookup per worker.
	fn row_regrets(&self, row: &RegretRow<W>, workers: &[W]) -> Vec<Fixed>
	where
		W: Clone,
	{
		let (Some(first), Some(last)) = (workers.first(), workers.last()) else {
			return Vec::new();
		};
		if !workers.windows(2).all(|w| w[0] < w[1]) {
			return workers
				.iter()
				.map(|w| self.regret(&RegretKey::from_row(row.clone(), w.clone())))
				.collect();
		}
		let from = RegretKey::from_row(row.clone(), first.clone());
		let to = RegretKey::from_row(row.clone(), last.clone());
		let mut stored =
			self.values.range(from..=to).map(|(k, v)| (k.clone().into_row().1, *v)).peekable();
		workers
			.iter()
			.map(|w| {
				while stored.next_if(|(s, _)| s < w).is_some() {}
				match stored.peek() {
					Some((s, v)) if s == w => *v,
					_ => self.initial_regret,
				}
			})
			.collect()
	}
}

/// Regret updates row by row: each updated row ([`RegretRow`] order) with its updated workers'
/// new regrets (in worker order).
pub type RowUpdates<W> = Vec<RowUpdate<W>>;

/// One row's update: the row and its updated workers' new regrets (in worker order).
pub type RowUpdate<W> = (RegretRow<W>, Vec<(W, Fixed)>);

/// The new regrets after one closed reputer nonce (spec §2.12), from the network losses `losses`
/// and the EMA weight `alpha`; every new value is `EMA(α, Δ, previous or R0)`, the previous
/// values read a row at a time ([`RegretSource::row_regrets`]). One entry per key: when two
/// steps write one key, the later step wins, as in the reference (the one-in self regret
/// `R⁺_kk` over `R⁺_kj` for a forecaster that is also an inferer). [`keyed`] lists them by key.
/// It is every row of [`regret_row_plans`] updated: a chain may update them in stages.
pub fn regret_updates<W: Ord + Clone>(
	source: &impl RegretSource<W>,
	losses: &LossBundle<W>,
	alpha: Fixed,
) -> Result<RowUpdates<W>, SynthesisError> {
	regret_row_plans(losses).iter().map(|plan| plan.update(source, alpha)).collect()
}

/// One row of a regret update: its workers (sorted), each with its loss, moving towards the
/// network loss `target`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowPlan<W> {
	/// The row.
	pub row: RegretRow<W>,
	who: Vec<W>,
	target: Fixed,
	losses: Vec<Fixed>,
}

impl<W: Ord + Clone> RowPlan<W> {
	/// The row's new regrets (reading its previous ones from `source`): `EMA(α, target − loss,
	/// previous or R0)` for each of its workers, in their order.
	pub fn update(
		&self,
		source: &impl RegretSource<W>,
		alpha: Fixed,
	) -> Result<RowUpdate<W>, SynthesisError> {
		let previous = source.row_regrets(&self.row, &self.who);
		let mut entries = Vec::with_capacity(self.who.len());
		for ((w, l), p) in self.who.iter().zip(&self.losses).zip(previous) {
			entries.push((w.clone(), ema(alpha, self.target.checked_sub(*l)?, p)?));
		}
		Ok((self.row.clone(), entries))
	}

	/// The workers the row updates.
	pub fn workers(&self) -> &[W] {
		&self.who
	}
}

/// The rows a regret update writes ([`regret_updates`]), in [`RegretRow`] order: the
/// inferers', the forecasters' and the naive network's, then the rows about each one-out and
/// one-in network's worker. Each reads and writes only its own row.
pub fn regret_row_plans<W: Ord + Clone>(losses: &LossBundle<W>) -> Vec<RowPlan<W>> {
	let inferers: Vec<W> = losses.inferer.keys().cloned().collect();
	let inferer_losses: Vec<Fixed> = losses.inferer.values().copied().collect();
	let forecasters: Vec<W> = losses.forecaster.keys().cloned().collect();
	let forecaster_losses: Vec<Fixed> = losses.forecaster.values().copied().collect();
	let mut rows: Vec<RowPlan<W>> = Vec::new();
	// `row`'s workers `who` (sorted), each moving towards `target − loss`.
	let mut plan = |row: RegretRow<W>, who: &[W], target: Fixed, worker_losses: &[Fixed]| {
		if !who.is_empty() {
			rows.push(RowPlan { row, who: who.to_vec(), target, losses: worker_losses.to_vec() });
		}
	};
	plan(RegretRow::Inferers, &inferers, losses.combined, &inferer_losses);
	plan(RegretRow::Forecasters, &forecasters, losses.combined, &forecaster_losses);
	plan(RegretRow::Naive, &inferers, losses.naive, &inferer_losses);
	let listed: Vec<W> = losses.one_out_inferer_forecaster.keys().cloned().collect();
	for (wj, lw) in &losses.one_out_inferer {
		plan(RegretRow::OneOutInfererInferers(wj.clone()), &inferers, *lw, &inferer_losses);
		// Every listed forecaster, its loss without `wj` or 0.
		let without: Vec<Fixed> = losses
			.one_out_inferer_forecaster
			.values()
			.map(|per| per.get(wj).copied().unwrap_or(Fixed::ZERO))
			.collect();
		plan(RegretRow::OneOutInfererForecasters(wj.clone()), &listed, *lw, &without);
	}
	for (wk, lw) in &losses.one_out_forecaster {
		plan(RegretRow::OneOutForecasterInferers(wk.clone()), &inferers, *lw, &inferer_losses);
		let row = RegretRow::OneOutForecasterForecasters(wk.clone());
		plan(row, &forecasters, *lw, &forecaster_losses);
	}
	for (k, lk) in &losses.one_in_forecaster {
		// The inferers and `k` itself, whose own forecast loss wins over its inference loss.
		let own = losses.forecaster.get(k).copied().unwrap_or(Fixed::ZERO);
		let mut who = Vec::with_capacity(inferers.len() + 1);
		let mut who_losses = Vec::with_capacity(inferers.len() + 1);
		let mut placed = false;
		for (j, l) in inferers.iter().zip(&inferer_losses) {
			if !placed && k <= j {
				who.push(k.clone());
				who_losses.push(own);
				placed = true;
				if k == j {
					continue;
				}
			}
			who.push(j.clone());
			who_losses.push(*l);
		}
		if !placed {
			who.push(k.clone());
			who_losses.push(own);
		}
		plan(RegretRow::OneIn(k.clone()), &who, *lk, &who_losses);
	}
	rows.sort_by(|a, b| a.row.cmp(&b.row));
	rows
}

/// Row updates as one list of `(key, new regret)`, sorted by key.
pub fn keyed<W>(rows: RowUpdates<W>) -> Vec<(RegretKey<W>, Fixed)>
where
	W: Clone,
{
	rows.into_iter()
		.flat_map(|(row, entries)| {
			entries.into_iter().map(move |(w, v)| (RegretKey::from_row(row.clone(), w), v))
		})
		.collect()
}

/// The topic's initial regret from its experienced workers' new regrets:
/// `Quantile_q(R) + (c − d/p)·(StdDev(R) + ε)`; `None` when there is no experienced worker
/// (the initial regret then stays as it is).
pub fn initial_regret(
	experienced: &[Fixed],
	epsilon: Fixed,
	p_norm: Fixed,
	c_norm: Fixed,
	quantile_q: Fixed,
	p_norm_safe_div: Fixed,
) -> Result<Option<Fixed>, SynthesisError> {
	if experienced.is_empty() {
		return Ok(None);
	}
	let den = std_dev(experienced)?.checked_add(epsilon)?;
	let offset = c_norm.checked_sub(p_norm_safe_div.checked_div(p_norm)?)?;
	Ok(Some(quantile(experienced, quantile_q)?.checked_add(offset.checked_mul(den)?)?))
}

/// Whether a worker counts as experienced for the initial regret: it had a stored regret before
/// this update and was included (paid) at least `1/α` times in its role.
pub fn is_experienced(
	had_prior: bool,
	inclusions: u64,
	alpha: Fixed,
) -> Result<bool, SynthesisError> {
	if !had_prior {
		return Ok(false);
	}
	let threshold = Fixed::ONE.checked_div(alpha)?;
	Ok(Fixed::from_int(inclusions.min(i64::MAX as u64) as i64) >= threshold)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn initial_regret_reference_example() {
		// TestCalcTopicInitialRegret → 0.33548207605264121
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
		let r = initial_regret(&regs, f("0.0001"), f("3"), f("0.75"), f("0.25"), f("8.25"))
			.unwrap()
			.unwrap();
		let want = f("0.335482076052641209");
		assert!(r.checked_sub(want).unwrap().abs().unwrap() <= f("0.000000000000001"), "{r}");
		assert_eq!(
			initial_regret(&[], f("0.01"), f("3"), f("0.75"), f("0.25"), f("8.25")),
			Ok(None)
		);
	}

	#[test]
	fn experience_needs_prior_and_inclusions() {
		assert!(!is_experienced(false, 100, f("0.1")).unwrap());
		assert!(!is_experienced(true, 9, f("0.1")).unwrap());
		assert!(is_experienced(true, 10, f("0.1")).unwrap());
	}

	fn key(n: u8) -> RegretKey<u8> {
		match n % 8 {
			0 => RegretKey::Inferer(n),
			1 => RegretKey::Forecaster(n),
			2 => RegretKey::Naive(n),
			3 => RegretKey::OneOutInfererInferer { withheld: n / 8, inferer: n },
			4 => RegretKey::OneOutInfererForecaster { withheld: n / 8, forecaster: n },
			5 => RegretKey::OneOutForecasterInferer { withheld: n / 8, inferer: n },
			6 => RegretKey::OneOutForecasterForecaster { withheld: n / 8, forecaster: n },
			_ => RegretKey::OneIn { forecaster: n / 8, worker: n },
		}
	}

	proptest::proptest! {
		/// Every key has one row and one worker, and comes back from them; keys of different
		/// tables never share a row.
		#[test]
		fn a_key_is_its_row_and_worker(a in 0u8..=255, b in 0u8..=255) {
			let (row, worker) = key(a).into_row();
			proptest::prop_assert_eq!(RegretKey::from_row(row.clone(), worker), key(a));
			let (other, _) = key(b).into_row();
			if a % 8 != b % 8 {
				proptest::prop_assert_ne!(row, other);
			}
		}

		/// Renaming a row's worker keeps the table and names the new worker; a row is about
		/// a worker exactly when it is one of that worker's five.
		#[test]
		fn a_row_renamed_is_the_same_table(a in 0u8..=255, b in 0u8..=255) {
			let (row, _) = key(a).into_row();
			let renamed = row.clone().try_map(|w| Some(u16::from(w) + 1000)).unwrap();
			proptest::prop_assert_eq!(renamed.about().copied(), row.about().map(|w| u16::from(*w) + 1000));
			let back = renamed.try_map(|w| u8::try_from(w - 1000).ok()).unwrap();
			proptest::prop_assert_eq!(&back, &row);
			let named = row.about().is_some_and(|w| *w == b);
			proptest::prop_assert_eq!(RegretRow::about_worker(b).contains(&row), named);
			proptest::prop_assert_eq!(row.clone().try_map(|_| None::<u8>).is_some(), row.about().is_none());
		}
	}

	#[test]
	fn rows_of_a_synthesis() {
		assert_eq!(regret_rows_bound(32, 6), 85);
		assert_eq!(regret_rows_bound(0, 0), 3);
		assert_eq!(regret_rows_bound(u32::MAX, 1), u32::MAX);
	}

	#[test]
	fn newcomer_starts_from_the_initial_regret() {
		let src = RegretTables::<u8>::new(f("-2"));
		let losses = LossBundle {
			combined: f("1"),
			naive: f("1"),
			inferer: BTreeMap::from([(7u8, f("0.5"))]),
			..Default::default()
		};
		let ups = keyed(regret_updates(&src, &losses, f("0.1")).unwrap());
		// Δ = 0.5; EMA = 0.1·0.5 + 0.9·(−2) = −1.75
		assert_eq!(
			ups,
			vec![(RegretKey::Inferer(7), f("-1.75")), (RegretKey::Naive(7), f("-1.75"))]
		);
	}
}
