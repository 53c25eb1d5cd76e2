//! The stored regrets of a topic: rows ([`RegretRow`]) read once each and kept in memory while
//! a synthesis or an update runs, and written back row by row.

use crate::{Config, RegretRowOf, Regrets};
use alloc::{collections::BTreeMap, vec::Vec};
use allora_synthesis::{
	regrets::{merge_row, RegretKey, RegretRow, RegretSource},
	Fixed,
};
use core::cell::RefCell;
use pallet_topics::TopicId;
use polkadot_sdk::frame_support::traits::Get;

type Row<T> = RegretRow<<T as polkadot_sdk::frame_system::Config>::AccountId>;
type Entries<T> = Vec<(<T as polkadot_sdk::frame_system::Config>::AccountId, Fixed)>;
type Index<T> = BTreeMap<<T as polkadot_sdk::frame_system::Config>::AccountId, Fixed>;

/// A row as read: its entries in their stored order (least recently updated first, what
/// [`merge_row`] needs to write it back) and an index of them (what a lookup needs).
struct CachedRow<T: Config> {
	entries: Entries<T>,
	index: Index<T>,
}

/// A topic's regrets as stored in [`Regrets`], with the topic's initial regret as the default.
/// Each row is read from storage once, on its first use; [`StoredRegrets::rows_read`] says how
/// many were. [`StoredRegrets::write`] writes updates back into the rows, merging them into the
/// rows already read without reading them again.
pub struct StoredRegrets<T: Config> {
	topic_id: TopicId,
	initial_regret: Fixed,
	rows: RefCell<BTreeMap<Row<T>, CachedRow<T>>>,
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

	fn load(&self, row: &Row<T>) -> CachedRow<T> {
		let entries = Regrets::<T>::get(self.topic_id, row).into_inner();
		let index = entries.iter().cloned().collect();
		CachedRow { entries, index }
	}

	/// Writes `updates` (one per key) into the topic's rows ([`merge_row`]: the updated entries
	/// become the most recent, each row keeps at most `MaxRegretsPerRow`); a row read before is
	/// merged from memory. Returns the number of rows written.
	pub fn write(self, updates: Vec<(RegretKey<T::AccountId>, Fixed)>) -> u32 {
		let mut by_row: BTreeMap<Row<T>, Entries<T>> = BTreeMap::new();
		for (key, value) in updates {
			let (row, worker) = key.into_row();
			by_row.entry(row).or_default().push((worker, value));
		}
		let capacity = T::MaxRegretsPerRow::get() as usize;
		let written = by_row.len() as u32;
		let mut cached = self.rows.into_inner();
		for (row, entries) in by_row {
			let stored = match cached.remove(&row) {
				Some(read) => read.entries,
				None => Regrets::<T>::get(self.topic_id, &row).into_inner(),
			};
			let merged = merge_row(stored, entries, capacity);
			Regrets::<T>::insert(self.topic_id, row, RegretRowOf::<T>::truncate_from(merged));
		}
		written
	}
}

impl<T: Config> RegretSource<T::AccountId> for StoredRegrets<T> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<T::AccountId>) -> Option<Fixed> {
		let (row, worker) = key.clone().into_row();
		match self.rows.try_borrow_mut() {
			Ok(mut rows) => {
				rows.entry(row).or_insert_with_key(|r| self.load(r)).index.get(&worker).copied()
			},
			// Not reachable (nothing borrows across a call); read the storage directly.
			Err(_) => self.load(&row).index.get(&worker).copied(),
		}
	}
}

/// Writes `updates` into `topic_id`'s regret rows with nothing read before (each row is read
/// once, merged and written: [`StoredRegrets::write`]). Returns the number of rows written.
pub fn write_regrets<T: Config>(
	topic_id: TopicId,
	updates: Vec<(RegretKey<T::AccountId>, Fixed)>,
) -> u32 {
	StoredRegrets::<T>::new(topic_id, Fixed::ZERO).write(updates)
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
