//! The stored regrets of a topic, compactly: each worker whose regrets the topic keeps has a
//! slot ([`RegretSlots`]), and each row of [`Regrets`] is one [`RegretCell`] per slot (a
//! generation and a zigzag-compact value) instead of an account and a full 16-byte value per
//! entry. A synthesis reads the slots once and each row once ([`StoredRegrets`]); a reputer
//! close writes rows back whole ([`write_regret_rows`]), giving newcomers a slot. A slot that
//! changes hands (a newcomer taking the least recently written worker's, or a leaver's freed by
//! [`forget_worker`]) gets a new generation: the former holder's cells in every row, and the
//! rows about it, read as missing without a row being rewritten or deleted.

use crate::{
	Config, RegretCell, RegretCellsOf, RegretSlot, RegretSlots, RegretSlotsOf, Regrets, SlotIndex,
	StoredRow, StoredRowOf, WorkerTask,
};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use allora_synthesis::{
	regret_storage::{renamed_row, tables_from_storage},
	regrets::{RegretKey, RegretRow, RegretSource, RowUpdates},
	Fixed,
};
use core::cell::RefCell;
use pallet_topics::TopicId;

type Row<T> = RegretRow<<T as polkadot_sdk::frame_system::Config>::AccountId>;
type Account<T> = <T as polkadot_sdk::frame_system::Config>::AccountId;

/// Where a worker's regrets are: its slot's index and generation; and the inclusions the
/// slot counts (inference, forecast).
#[derive(Clone, Copy)]
pub(crate) struct Place {
	index: SlotIndex,
	generation: u16,
	inclusions: (u64, u64),
}

/// The occupied slots of a topic, by worker.
fn places<T: Config>(slots: &RegretSlotsOf<T>) -> BTreeMap<Account<T>, Place> {
	slots
		.iter()
		.enumerate()
		.filter_map(|(index, slot)| {
			let worker = slot.worker.clone()?;
			let index = SlotIndex::try_from(index).ok()?;
			let inclusions = (slot.inferences, slot.forecasts);
			Some((worker, Place { index, generation: slot.generation, inclusions }))
		})
		.collect()
}

/// The value of `place`'s cell in `cells`, if one was written under its generation.
fn cell_value(cells: &[RegretCell], place: &Place) -> Option<Fixed> {
	cells.get(usize::from(place.index)).and_then(|cell| cell.value(place.generation))
}

/// A topic's regrets as stored in [`Regrets`], with the topic's initial regret as the default.
/// The slots are read when it is made, and each row on its first use; [`rows_read`] says how
/// many rows were.
///
/// [`rows_read`]: StoredRegrets::rows_read
pub struct StoredRegrets<T: Config> {
	topic_id: TopicId,
	initial_regret: Fixed,
	places: BTreeMap<Account<T>, Place>,
	rows: RefCell<BTreeMap<RegretRow<SlotIndex>, RegretCellsOf<T>>>,
}

impl<T: Config> StoredRegrets<T> {
	/// The regrets of `topic_id`, whose initial regret is `initial_regret` (its slots read).
	pub fn new(topic_id: TopicId, initial_regret: Fixed) -> Self {
		StoredRegrets {
			topic_id,
			initial_regret,
			places: places::<T>(&RegretSlots::<T>::get(topic_id)),
			rows: RefCell::new(BTreeMap::new()),
		}
	}

	/// How many times `worker` was paid for `task` while holding its slot (0 without one).
	pub fn inclusions(&self, task: WorkerTask, worker: &Account<T>) -> u64 {
		self.places.get(worker).map_or(0, |p| match task {
			WorkerTask::Inference => p.inclusions.0,
			WorkerTask::Forecast => p.inclusions.1,
		})
	}

	/// How many rows were read from storage.
	pub fn rows_read(&self) -> u32 {
		self.rows.try_borrow().map_or(0, |rows| rows.len() as u32)
	}

	/// `f` of `row`'s cells (none if the row's worker has no slot), read from storage on the
	/// row's first use.
	fn with_row<R>(&self, row: &Row<T>, f: impl FnOnce(&[RegretCell]) -> R) -> R {
		let Some((key, about)) = slot_row(row, &self.places) else { return f(&[]) };
		let read = |key: &RegretRow<SlotIndex>| current_cells::<T>(self.topic_id, key, about);
		match self.rows.try_borrow_mut() {
			Ok(mut rows) => f(rows.entry(key).or_insert_with_key(read)),
			// Not reachable (nothing borrows across a call): read the storage directly.
			Err(_) => f(&read(&key)),
		}
	}
}

/// `row` keyed by its worker's slot, and that slot's generation (`None` for a network row);
/// `None` if that worker has no slot (the row is not stored).
fn slot_row<W: Ord + Clone>(
	row: &RegretRow<W>,
	places: &BTreeMap<W, Place>,
) -> Option<(RegretRow<SlotIndex>, Option<u16>)> {
	renamed_row(row, |w| places.get(w).map(|p| (p.index, p.generation)))
}

/// The cells of the stored row `key` of `topic_id` if it is about `about` (the current holder
/// of its slot, or a network row), else none.
fn current_cells<T: Config>(
	topic_id: TopicId,
	key: &RegretRow<SlotIndex>,
	about: Option<u16>,
) -> RegretCellsOf<T> {
	let stored = Regrets::<T>::get(topic_id, key);
	if stored.is_current(about) {
		stored.cells
	} else {
		Default::default()
	}
}

impl<T: Config> RegretSource<Account<T>> for StoredRegrets<T> {
	fn initial_regret(&self) -> Fixed {
		self.initial_regret
	}

	fn stored(&self, key: &RegretKey<Account<T>>) -> Option<Fixed> {
		let (row, worker) = key.clone().into_row();
		self.with_row(&row, |cells| cell_value(cells, self.places.get(&worker)?))
	}

	/// The row is found (or read) once, and each worker's cell taken by its slot.
	fn row_regrets(&self, row: &Row<T>, workers: &[Account<T>]) -> Vec<Fixed> {
		self.with_row(row, |cells| {
			workers
				.iter()
				.map(|w| {
					let stored = self.places.get(w).and_then(|p| cell_value(cells, p));
					stored.unwrap_or(self.initial_regret)
				})
				.collect()
		})
	}
}

/// Writes `updates` (one per key) into the rows of `topic_id`'s regrets
/// ([`write_regret_rows`]). Returns the number of rows written.
pub fn write_regrets<T: Config>(
	topic_id: TopicId,
	updates: Vec<(RegretKey<Account<T>>, Fixed)>,
) -> u32 {
	let mut by_row: BTreeMap<Row<T>, Vec<(Account<T>, Fixed)>> = BTreeMap::new();
	for (key, value) in updates {
		let (row, worker) = key.into_row();
		by_row.entry(row).or_default().push((worker, value));
	}
	write_regret_rows::<T>(topic_id, by_row.into_iter().collect())
}

/// Writes row updates (one entry per worker) into `topic_id`'s regrets: every worker they name
/// gets a slot if it has none (`claim_slots`), and every updated row is read once and
/// written back with the new cells (`write_rows`). Returns the number of rows written.
pub fn write_regret_rows<T: Config>(topic_id: TopicId, rows: RowUpdates<Account<T>>) -> u32 {
	let mut named: BTreeSet<Account<T>> = BTreeSet::new();
	for (row, entries) in &rows {
		named.extend(row.about().cloned());
		named.extend(entries.iter().map(|(w, _)| w.clone()));
	}
	let places = claim_slots::<T>(topic_id, &named);
	write_rows::<T>(topic_id, rows, &places)
}

/// Gives every worker of `named` a slot of `topic_id`'s regrets if it has none
/// ([`assign_slots`]), marks them all written now, and returns where every worker's regrets
/// are.
pub(crate) fn claim_slots<T: Config>(
	topic_id: TopicId,
	named: &BTreeSet<Account<T>>,
) -> BTreeMap<Account<T>, Place> {
	let mut slots = RegretSlots::<T>::get(topic_id);
	let now = polkadot_sdk::frame_system::Pallet::<T>::block_number();
	assign_slots::<T>(&mut slots, named, now);
	let places = places::<T>(&slots);
	RegretSlots::<T>::insert(topic_id, slots);
	places
}

/// Where every worker's regrets of `topic_id` are, as its slots say now.
pub(crate) fn current_places<T: Config>(topic_id: TopicId) -> BTreeMap<Account<T>, Place> {
	places::<T>(&RegretSlots::<T>::get(topic_id))
}

/// Writes row updates into `topic_id`'s rows, their workers at `places`: each row read once and
/// written back with the new cells. A worker without a place (more workers in one update than
/// `MaxRegretSlots`, which the pallet's integrity test rules out) is left out. Returns the
/// number of rows written.
pub(crate) fn write_rows<T: Config>(
	topic_id: TopicId,
	rows: RowUpdates<Account<T>>,
	places: &BTreeMap<Account<T>, Place>,
) -> u32 {
	let mut written = 0u32;
	for (row, entries) in rows {
		let Some((key, about)) = slot_row(&row, places) else { continue };
		let mut cells = current_cells::<T>(topic_id, &key, about).into_inner();
		for (worker, value) in entries {
			let Some(place) = places.get(&worker) else { continue };
			let at = usize::from(place.index);
			if cells.len() <= at {
				cells.resize(at.saturating_add(1), RegretCell::default());
			}
			if let Some(cell) = cells.get_mut(at) {
				*cell = RegretCell::new(place.generation, value);
			}
		}
		let cells = RegretCellsOf::<T>::truncate_from(cells);
		let stored: StoredRowOf<T> = StoredRow { about_generation: about.unwrap_or(0), cells };
		Regrets::<T>::insert(topic_id, key, stored);
		written = written.saturating_add(1);
	}
	written
}

/// Gives every worker of `named` a slot, and marks them all written at `now`. A newcomer takes
/// a free slot, else a new one (up to `MaxRegretSlots`), else the slot of the least recently
/// written worker outside `named` (the lowest index among equals), whose regrets are then
/// forgotten: the slot's next generation disowns its cells and the rows about it.
fn assign_slots<T: Config>(
	slots: &mut RegretSlotsOf<T>,
	named: &BTreeSet<Account<T>>,
	now: polkadot_sdk::frame_system::pallet_prelude::BlockNumberFor<T>,
) {
	let held: BTreeSet<Account<T>> = slots.iter().filter_map(|s| s.worker.clone()).collect();
	for slot in slots.iter_mut() {
		if slot.worker.as_ref().is_some_and(|w| named.contains(w)) {
			slot.last_written = now;
		}
	}
	for worker in named.iter().filter(|w| !held.contains(*w)) {
		let taken = RegretSlot::taken(worker.clone(), 1, now);
		let free = slots.iter().position(|s| s.worker.is_none());
		if free.is_none() && slots.try_push(taken.clone()).is_ok() {
			continue;
		}
		let index = free.or_else(|| {
			slots
				.iter()
				.enumerate()
				.filter(|(_, s)| s.worker.as_ref().is_some_and(|w| !named.contains(w)))
				.min_by_key(|(index, s)| (s.last_written, *index))
				.map(|(index, _)| index)
		});
		let Some(slot) = index.and_then(|i| slots.get_mut(i)) else { break };
		*slot = RegretSlot { generation: next_generation(slot.generation), ..taken };
	}
}

/// The generation after `g`, skipping 0 (an empty cell's).
fn next_generation(g: u16) -> u16 {
	g.wrapping_add(1).max(1)
}

/// Deletes the rows about the worker of slot `index` (its one-out and one-in rows).
fn remove_rows_about<T: Config>(topic_id: TopicId, index: SlotIndex) {
	for row in RegretRow::about_worker(index) {
		Regrets::<T>::remove(topic_id, row);
	}
}

/// The rows a leaving worker's regrets take with them: the five about it (deleted whole; its
/// cells in the other rows go stale with its slot's generation).
pub const ROWS_FORGOTTEN: u32 = 5;

/// Forgets what a topic's regrets keep about `worker`: its slot is freed (whoever takes it
/// next gets a new generation, under which the worker's cells in every row read as missing)
/// and its own rows are deleted ([`ROWS_FORGOTTEN`]).
pub fn forget_worker<T: Config>(topic_id: TopicId, worker: &Account<T>) {
	let mut freed = None;
	RegretSlots::<T>::mutate(topic_id, |slots| {
		for (index, slot) in slots.iter_mut().enumerate() {
			if slot.worker.as_ref() == Some(worker) {
				slot.worker = None;
				(slot.inferences, slot.forecasts) = (0, 0);
				freed = SlotIndex::try_from(index).ok();
			}
		}
	});
	if let Some(index) = freed {
		remove_rows_about::<T>(topic_id, index);
	}
}

/// Counts one more inclusion of each `(task, worker)` of `paid` (a worker paid for a task) in
/// its slot of `topic_id`'s regrets: one read and write of the slots for an epoch's payment. A
/// worker without a slot is not counted: its regrets are not kept, and a worker is experienced
/// only with a stored regret (never reached: every paid worker took a slot when the epoch's
/// losses came, and no other update of the topic can take it before the payment).
pub fn note_inclusions<T: Config>(topic_id: TopicId, paid: &[(WorkerTask, Account<T>)]) {
	if paid.is_empty() {
		return;
	}
	RegretSlots::<T>::mutate(topic_id, |slots| {
		let places = places::<T>(slots);
		for (task, worker) in paid {
			let Some(place) = places.get(worker) else { continue };
			let Some(slot) = slots.get_mut(usize::from(place.index)) else { continue };
			let count = match task {
				WorkerTask::Inference => &mut slot.inferences,
				WorkerTask::Forecast => &mut slot.forecasts,
			};
			*count = count.saturating_add(1);
		}
	});
}

/// How many times `worker` was paid for `task` in `topic_id` while holding its regret slot (0
/// without one).
pub fn inclusions<T: Config>(topic_id: TopicId, task: WorkerTask, worker: &Account<T>) -> u64 {
	StoredRegrets::<T>::new(topic_id, Fixed::ZERO).inclusions(task, worker)
}

/// One stored regret of a topic (`None`: not stored, it reads as the topic's initial regret).
pub fn stored_regret<T: Config>(topic_id: TopicId, key: RegretKey<Account<T>>) -> Option<Fixed> {
	StoredRegrets::<T>::new(topic_id, Fixed::ZERO).stored(&key)
}

/// Every stored regret of a topic, sorted by key.
pub fn stored_regrets<T: Config>(topic_id: TopicId) -> Vec<(RegretKey<Account<T>>, Fixed)> {
	let slots = RegretSlots::<T>::get(topic_id);
	let rows = Regrets::<T>::iter_prefix(topic_id);
	tables_from_storage(Fixed::ZERO, &slots, rows).values.into_iter().collect()
}
