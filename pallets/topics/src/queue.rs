//! Sorted, bounded schedules: the epoch schedule here and the window-closing queues of the
//! inference and reputation pallets. Entries are ordered by their due block first.

use alloc::vec::Vec;
use polkadot_sdk::frame_support::{traits::Get, BoundedVec};

/// Inserts `entry` at its place in the sorted `queue`; gives it back if the queue is full.
pub fn insert_sorted<E: Ord, S: Get<u32>>(queue: &mut BoundedVec<E, S>, entry: E) -> Result<(), E> {
	let pos = queue.partition_point(|e| *e < entry);
	queue.try_insert(pos, entry)
}

/// Removes and returns, in order, the entries whose due block (`due_at`) is at most `now`, at
/// most `cap` of them; the others stay for the next blocks.
pub fn take_due<B: PartialOrd, E, S: Get<u32>>(
	queue: &mut BoundedVec<E, S>,
	now: B,
	cap: usize,
	due_at: impl Fn(&E) -> B,
) -> Vec<E> {
	let due = queue.iter().take_while(|e| due_at(e) <= now).take(cap).count();
	queue.drain(..due).collect()
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::frame_support::traits::ConstU32;

	#[test]
	fn insertion_keeps_the_order_and_the_bound() {
		let mut q: BoundedVec<(u32, u64), ConstU32<3>> = BoundedVec::new();
		assert_eq!(insert_sorted(&mut q, (5, 2)), Ok(()));
		assert_eq!(insert_sorted(&mut q, (3, 9)), Ok(()));
		assert_eq!(insert_sorted(&mut q, (5, 1)), Ok(()));
		assert_eq!(q.to_vec(), vec![(3, 9), (5, 1), (5, 2)]);
		assert_eq!(insert_sorted(&mut q, (1, 1)), Err((1, 1)));
	}

	#[test]
	fn only_due_entries_are_taken_up_to_the_cap() {
		let mut q: BoundedVec<(u32, u64), ConstU32<8>> =
			BoundedVec::truncate_from(vec![(1, 1), (2, 2), (2, 3), (7, 4)]);
		assert_eq!(take_due(&mut q, 2, 2, |e| e.0), vec![(1, 1), (2, 2)]);
		assert_eq!(take_due(&mut q, 2, 5, |e| e.0), vec![(2, 3)]);
		assert!(take_due(&mut q, 6, 5, |e| e.0).is_empty());
		assert_eq!(q.to_vec(), vec![(7, 4)]);
	}
}
