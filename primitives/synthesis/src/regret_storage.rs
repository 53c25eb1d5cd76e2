//! How a topic's regrets are stored (the inference pallet's `Regrets` and `RegretSlots`), in a
//! form anyone can decode: each worker whose regrets the topic keeps has a slot ([`RegretSlot`]);
//! a row (one per table and per withheld or added worker, that worker named by its slot index)
//! is a [`StoredRow`]: the generation of the slot it is about, and one [`RegretCell`] per slot,
//! in slot order. [`tables_from_storage`] turns the stored form back into the [`RegretTables`]
//! the synthesis reads.

use crate::{
	regrets::{RegretKey, RegretRow, RegretTables},
	Fixed,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A worker's place in its topic's regrets: every stored row holds the worker's regret at the
/// slot's index, and the rows about the worker (its one-out and one-in rows) are keyed by it.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct RegretSlot<AccountId, BlockNumber> {
	/// The worker, or `None` while the slot is free.
	pub worker: Option<AccountId>,
	/// Advanced whenever the slot changes hands: a cell written under an older generation
	/// belongs to a former holder and reads as missing. Never 0 (0 marks an empty cell).
	pub generation: u16,
	/// The block the worker's regrets were last written in: when a topic's slots are full,
	/// the least recently written worker gives its slot up to a newcomer.
	pub last_written: BlockNumber,
	/// How many times the worker was paid an inference reward in the topic while it held the
	/// slot (its *inclusions*: with a stored regret and at least `1 / alpha_regret` of them, a
	/// worker is experienced). A new holder starts at 0.
	#[codec(compact)]
	pub inferences: u64,
	/// The same for forecast rewards.
	#[codec(compact)]
	pub forecasts: u64,
}

impl<AccountId, BlockNumber> RegretSlot<AccountId, BlockNumber> {
	/// A slot newly given to `worker` at `now`, under `generation`, with no inclusion yet.
	pub fn taken(worker: AccountId, generation: u16, now: BlockNumber) -> Self {
		RegretSlot {
			worker: Some(worker),
			generation,
			last_written: now,
			inferences: 0,
			forecasts: 0,
		}
	}
}

/// One regret in a stored row, compact: the generation of the slot it was written under and
/// the regret's 18-decimal value, zigzag-encoded (`2v` for `v ≥ 0`, `−2v − 1` below) so that
/// small magnitudes of either sign take few bytes (SCALE compact). `generation` 0: no regret.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct RegretCell {
	/// The generation of the slot when the regret was written; 0 for an empty cell.
	pub generation: u16,
	/// The regret's raw 18-decimal value, zigzag-encoded.
	#[codec(compact)]
	pub zigzag: u128,
}

impl RegretCell {
	/// The cell holding `value` under `generation`.
	pub fn new(generation: u16, value: Fixed) -> Self {
		RegretCell { generation, zigzag: value.zigzag() }
	}

	/// The regret, if the cell was written under `generation`.
	pub fn value(&self, generation: u16) -> Option<Fixed> {
		if self.generation == 0 || self.generation != generation {
			return None;
		}
		Some(Fixed::from_zigzag(self.zigzag))
	}
}

/// A stored row of regrets: the generation of the slot the row is about when it was written (0
/// for the three network rows), and its cells. A row about a slot that has changed hands since
/// belongs to the former holder: it reads as empty, and the next write starts it afresh, so
/// that a slot changing hands deletes no row.
#[derive(
	Clone,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct StoredRow<Cells> {
	/// The generation of the slot the row is about, when it was written; 0 for a network row.
	pub about_generation: u16,
	/// One cell per slot of the topic, by slot index.
	pub cells: Cells,
}

impl<Cells> StoredRow<Cells> {
	/// Whether the row is about the current holder of its slot (`generation`, or `None` for a
	/// network row, which is about no slot).
	pub fn is_current(&self, generation: Option<u16>) -> bool {
		self.about_generation == generation.unwrap_or(0)
	}
}

/// `row` with its withheld (or added) worker renamed by `place` (its slot for an account, or
/// back), and the generation of that worker's slot (`None` for a network row, which names no
/// worker); `None` if `place` finds none.
pub fn renamed_row<W, V>(
	row: &RegretRow<W>,
	place: impl FnOnce(&W) -> Option<(V, u16)>,
) -> Option<(RegretRow<V>, Option<u16>)>
where
	W: Clone,
{
	let mut generation = None;
	let renamed = row.clone().try_map(|w| {
		let (v, g) = place(&w)?;
		generation = Some(g);
		Some(v)
	})?;
	Some((renamed, generation))
}

/// The regrets a topic's storage holds: `slots` (by index) and its stored rows (keyed by slot
/// index), each valid cell under the key of its slot's worker; rows about a free slot or a
/// former holder of their slot, and cells of a free slot or written under an older generation,
/// are not regrets.
pub fn tables_from_storage<W: Ord + Clone, B, Cells: IntoIterator<Item = RegretCell>>(
	initial_regret: Fixed,
	slots: &[RegretSlot<W, B>],
	rows: impl IntoIterator<Item = (RegretRow<u16>, StoredRow<Cells>)>,
) -> RegretTables<W> {
	let holder = |index: u16| {
		let slot = slots.get(usize::from(index))?;
		Some((slot.worker.clone()?, slot.generation))
	};
	let mut tables = RegretTables::new(initial_regret);
	for (key, stored) in rows {
		// Not about a free slot, nor about a former holder.
		let Some((row, about)) = renamed_row(&key, |index| holder(*index)) else { continue };
		if !stored.is_current(about) {
			continue;
		}
		for (index, cell) in stored.cells.into_iter().enumerate() {
			let Some((worker, generation)) = u16::try_from(index).ok().and_then(holder) else {
				continue;
			};
			if let Some(value) = cell.value(generation) {
				tables.values.insert(RegretKey::from_row(row.clone(), worker), value);
			}
		}
	}
	tables
}
