//! The stored regrets of a topic: rows ([`RegretRow`]) read once each and kept in memory while
//! a synthesis or an update runs, and written back row by row.

use crate::{Config, RegretRowOf, Regrets};
use alloc::{collections::BTreeMap, vec::Vec};
use allora_synthesis::{
	regrets::{merge_row, RegretKey, RegretRow, RegretSource, RowUpdates},
	Fixed,
};
use core::cell::RefCell;
use pallet_topics::TopicId;
use polkadot_sdk::frame_support::traits::Get;

type Row<T> = RegretRow<<T as polkadot_sdk::frame_system::Config>::AccountId>;
type Entries<T> = BTreeMap<<T as polkadot_sdk::frame_system::Config>::AccountId, Fixed>;

/// A topic's regrets as stored in [`Regrets`], with the topic's initial regret as the default.
/// Each row is read from storage once, on its first use; [`StoredRegrets::rows_read`] says how
/// many were.
pub struct StoredRegrets<T: Config> {
	topic_id: TopicId,
	initial_regret: Fixed,
	rows: RefCell<BTreeMap<Row<T>, Entries<T>>>,
}

impl<T: Config> StoredRegrets<T> {
	/// The regrets of `topic_id`, whose initial regret is `initial_regret`.
	pub fn new(topic_id: TopicId, initial_regret: Fixed) -> Self {
		StoredRegrets { topic_id, initial_regret, rows: RefCell::new(BTreeMap::new()) }
	}

	/// How many rows were read from storage.
	pub fn rows_read(&self) -> u32 {
		self.rows.try_borrow().map_or(0, |rows| rows.len() as u32)
	}

	fn load(&self, row: &Row<T>) -> Entries<T> {
		Regrets::<T>::get(self.topic_id, row).into_iter().collect()
	}
}

impl<T: Config> RegretSource<T::AccountId> for StoredRegrets<T> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<T::AccountId>) -> Option<Fixed> {
		let (row, worker) = key.clone().into_row();
		self.with_row(&row, |entries| entries.get(&worker).copied())
	}

	/// The row is found (or read) once, and each worker looked up in it.
	fn row_regrets(&self, row: &Row<T>, workers: &[T::AccountId]) -> Vec<Fixed> {
		self.with_row(row, |entries| {
			workers.iter().map(|w| entries.get(w).copied().unwrap_or(self.initial_regret)).collect()
		})
	}
}

impl<T: Config> StoredRegrets<T> {
	/// `f` of the row's entries, read from storage on the row's first use.
	fn with_row<R>(&self, row: &Row<T>, f: impl FnOnce(&Entries<T>) -> R) -> R {
		match self.rows.try_borrow_mut() {
			Ok(mut rows) => f(rows.entry(row.clone()).or_insert_with_key(|r| self.load(r))),
			// Not reachable (nothing borrows across a call); read the storage directly.
			Err(_) => f(&self.load(row)),
		}
	}
}

/// Writes `updates` (one per key) into the rows of `topic_id`'s regrets
/// ([`write_regret_rows`]). Returns the number of rows written.
pub fn write_regrets<T: Config>(
	topic_id: TopicId,
	updates: Vec<(RegretKey<T::AccountId>, Fixed)>,
) -> u32 {
	let mut by_row: BTreeMap<Row<T>, Vec<(T::AccountId, Fixed)>> = BTreeMap::new();
	for (key, value) in updates {
		let (row, worker) = key.into_row();
		by_row.entry(row).or_default().push((worker, value));
	}
	write_regret_rows::<T>(topic_id, by_row.into_iter().collect())
}

/// Writes row updates (one entry per worker) into `topic_id`'s regrets ([`merge_row`]: the
/// updated entries become the most recent, each row keeps at most `MaxRegretsPerRow`).
/// Returns the number of rows written.
pub fn write_regret_rows<T: Config>(topic_id: TopicId, rows: RowUpdates<T::AccountId>) -> u32 {
	let capacity = T::MaxRegretsPerRow::get() as usize;
	let written = rows.len() as u32;
	for (row, entries) in rows {
		Regrets::<T>::mutate(topic_id, row, |stored| {
			let merged = merge_row(core::mem::take(stored).into_inner(), entries, capacity);
			*stored = RegretRowOf::<T>::truncate_from(merged);
		});
	}
	written
}

/// The rows a worker's regrets live in that it can be removed from when it leaves: the
/// shared tables (its entry in each), and the five rows about the network without or with it
/// (deleted whole). Its entries in the rows of other withheld or added workers are not looked
/// for: each such row keeps its most recently updated workers, and the entry ages out.
pub const ROWS_FORGOTTEN: u32 = 8;

/// Deletes what a topic's regrets keep about `worker` ([`ROWS_FORGOTTEN`] rows).
pub fn forget_worker<T: Config>(topic_id: TopicId, worker: &T::AccountId) {
	for row in [RegretRow::Inferers, RegretRow::Forecasters, RegretRow::Naive] {
		Regrets::<T>::mutate_exists(topic_id, row, |stored| {
			if let Some(entries) = stored {
				entries.retain(|(w, _)| w != worker);
				if entries.is_empty() {
					*stored = None;
				}
			}
		});
	}
	for row in [
		RegretRow::OneOutInfererInferers(worker.clone()),
		RegretRow::OneOutInfererForecasters(worker.clone()),
		RegretRow::OneOutForecasterInferers(worker.clone()),
		RegretRow::OneOutForecasterForecasters(worker.clone()),
		RegretRow::OneIn(worker.clone()),
	] {
		Regrets::<T>::remove(topic_id, row);
	}
}

/// One stored regret of a topic (`None`: the worker's entry is not in its row, and it reads as
/// the topic's initial regret).
pub fn stored_regret<T: Config>(topic_id: TopicId, key: RegretKey<T::AccountId>) -> Option<Fixed> {
	let (row, worker) = key.into_row();
	Regrets::<T>::get(topic_id, row).into_iter().find(|(w, _)| *w == worker).map(|(_, v)| v)
}

/// Every stored regret of a topic, row by row.
pub fn stored_regrets<T: Config>(topic_id: TopicId) -> Vec<(RegretKey<T::AccountId>, Fixed)> {
	Regrets::<T>::iter_prefix(topic_id)
		.flat_map(|(row, entries)| {
			entries
				.into_iter()
				.map(move |(worker, value)| (RegretKey::from_row(row.clone(), worker), value))
		})
		.collect()
}
