//! How a topic's regrets are stored (the inference pallet's `Regrets` and `RegretSlots`), in a
//! form anyone can decode: each worker whose regrets the topic keeps has a slot ([`RegretSlot`]);
//! a row (one per table and per withheld or added worker, that worker named by its slot index)
//! is one [`RegretCell`] per slot, in slot order. [`tables_from_storage`] turns the stored form
//! back into the [`RegretTables`] the synthesis reads.

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
		let v = value.raw();
		RegretCell { generation, zigzag: ((v << 1) ^ (v >> 127)) as u128 }
	}

	/// The regret, if the cell was written under `generation`.
	pub fn value(&self, generation: u16) -> Option<Fixed> {
		if self.generation == 0 || self.generation != generation {
			return None;
		}
		let z = self.zigzag;
		Some(Fixed::from_raw(((z >> 1) as i128) ^ -((z & 1) as i128)))
	}
}

/// The regrets a topic's storage holds: `slots` (by index) and its stored rows (keyed by slot
/// index), each valid cell under the key of its slot's worker; rows about a free slot, and cells
/// of a free slot or written under an older generation, are not regrets.
pub fn tables_from_storage<W: Ord + Clone, B>(
	initial_regret: Fixed,
	slots: &[RegretSlot<W, B>],
	rows: impl IntoIterator<Item = (RegretRow<u16>, impl IntoIterator<Item = RegretCell>)>,
) -> RegretTables<W> {
	let holder = |index: u16| {
		let slot = slots.get(usize::from(index))?;
		Some((slot.worker.clone()?, slot.generation))
	};
	let mut tables = RegretTables::new(initial_regret);
	for (key, cells) in rows {
		let Some(row) = key.try_map(|index| holder(index).map(|(w, _)| w)) else { continue };
		for (index, cell) in cells.into_iter().enumerate() {
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
