//! Sorted, bounded schedules: the epoch schedule here and the window-closing queues of the
//! inference and reputation pallets. Entries are ordered by their due block first.

use alloc::vec::Vec;
use polkadot_sdk::frame_support::{traits::Get, weights::Weight, BoundedVec};

/// Inserts `entry` at its place in the sorted `queue`; gives it back if the queue is full.
pub fn insert_sorted<E: Ord, S: Get<u32>>(queue: &mut BoundedVec<E, S>, entry: E) -> Result<(), E> {
	let pos = queue.partition_point(|e| *e < entry);
	queue.try_insert(pos, entry)
}

/// Removes and returns, in order, the leading entries whose due block (`due_at`) is at most
/// `now`, at most `cap` of them, but those that `wait`; the others stay for the next blocks, in
/// order.
pub fn take_due<B: PartialOrd, E, S: Get<u32>>(
	queue: &mut BoundedVec<E, S>,
	now: B,
	cap: usize,
	due_at: impl Fn(&E) -> B,
	wait: impl Fn(&E) -> bool,
) -> Vec<E> {
	let mut taken = Vec::new();
	let mut kept = Vec::with_capacity(queue.len());
	let mut due = true;
	for entry in core::mem::take(queue).into_inner() {
		due = due && taken.len() < cap && due_at(&entry) <= now;
		if due && !wait(&entry) {
			taken.push(entry);
		} else {
			kept.push(entry);
		}
	}
	// As many entries as were there: within the bound.
	*queue = BoundedVec::truncate_from(kept);
	taken
}

/// Removes the (at most) `n` oldest entries of a history and prunes each; returns the weight
/// of the prunes.
pub fn prune_oldest<E, S: Get<u32>>(
	history: &mut BoundedVec<E, S>,
	n: u32,
	mut prune: impl FnMut(E) -> Weight,
) -> Weight {
	let n = (n as usize).min(history.len());
	history.drain(..n).fold(Weight::zero(), |w, e| w.saturating_add(prune(e)))
}

/// Retires a finished nonce into a topic's bounded history (the worker windows' and the reputer
/// windows' alike): while the history holds `keep` entries or more, its oldest is pruned (at
/// most two: one makes room, one follows a `keep` lowered since), then `entry` is appended.
/// Returns the weight of the prunes.
pub fn retire_into<E, S: Get<u32>>(
	history: &mut BoundedVec<E, S>,
	keep: usize,
	entry: E,
	mut prune: impl FnMut(E) -> Weight,
) -> Weight {
	let mut weight = Weight::zero();
	for _ in 0..2 {
		if history.len() < keep || history.is_empty() {
			break;
		}
		let old = history.remove(0);
		weight.saturating_accrue(prune(old));
	}
	let _ = history.try_push(entry);
	weight
}

/// How many entries a block hook takes: at most `cap`, and as many as fit in `budget` at
/// `worst` each, but always at least one (a queue must move even when one entry is heavier
/// than the budget).
pub fn capacity(cap: u32, budget: Weight, worst: Weight) -> usize {
	let fit = budget.checked_div_per_component(&worst).unwrap_or(u64::MAX).max(1);
	(cap as u64).min(fit) as usize
}

/// Works through `queue` from its front while the budget allows, and removes the entries done:
/// an entry is taken only if `spent`, the weight of the entries taken so far and `worst` fit
/// in `budget`, except the first when `first_free` (nothing else was done in the block, and a
/// queue must move). `work` does an entry and returns its weight; returns the weight of all.
pub fn drain_within<E, S: Get<u32>>(
	queue: &mut BoundedVec<E, S>,
	spent: Weight,
	budget: Weight,
	worst: Weight,
	first_free: bool,
	mut work: impl FnMut(&E) -> Weight,
) -> Weight {
	let mut weight = Weight::zero();
	let mut done = 0usize;
	for entry in queue.iter() {
		let fits = spent.saturating_add(weight).saturating_add(worst).all_lte(budget);
		if !fits && (done > 0 || !first_free) {
			break;
		}
		weight.saturating_accrue(work(entry));
		done = done.saturating_add(1);
	}
	queue.drain(..done);
	weight
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
		assert_eq!(take_due(&mut q, 2, 2, |e| e.0, |_| false), vec![(1, 1), (2, 2)]);
		assert_eq!(take_due(&mut q, 2, 5, |e| e.0, |_| false), vec![(2, 3)]);
		assert!(take_due(&mut q, 6, 5, |e| e.0, |_| false).is_empty());
		assert_eq!(q.to_vec(), vec![(7, 4)]);
	}

	#[test]
	fn waiting_entries_stay_in_order_and_do_not_count() {
		let mut q: BoundedVec<(u32, u64), ConstU32<8>> =
			BoundedVec::truncate_from(vec![(1, 9), (1, 1), (2, 9), (2, 2), (3, 3)]);
		assert_eq!(take_due(&mut q, 2, 1, |e| e.0, |e| e.1 == 9), vec![(1, 1)]);
		assert_eq!(take_due(&mut q, 2, 5, |e| e.0, |e| e.1 == 9), vec![(2, 2)]);
		assert_eq!(q.to_vec(), vec![(1, 9), (2, 9), (3, 3)]);
		assert_eq!(take_due(&mut q, 3, 5, |e| e.0, |_| false), vec![(1, 9), (2, 9), (3, 3)]);
	}

	#[test]
	fn prune_oldest_takes_at_most_n_from_the_front() {
		let mut h: BoundedVec<u32, ConstU32<8>> = BoundedVec::truncate_from(vec![1, 2, 3]);
		let mut pruned = vec![];
		let w = prune_oldest(&mut h, 2, |e| {
			pruned.push(e);
			Weight::from_parts(10, 1)
		});
		assert_eq!((pruned, h.to_vec(), w), (vec![1, 2], vec![3], Weight::from_parts(20, 2)));
		assert_eq!(prune_oldest(&mut h, 5, |_| Weight::from_parts(1, 1)), Weight::from_parts(1, 1));
		assert!(h.is_empty());
		assert_eq!(prune_oldest(&mut h, 5, |_| Weight::from_parts(1, 1)), Weight::zero());
	}

	#[test]
	fn retiring_keeps_the_newest_and_prunes_at_most_two() {
		// Every history length up to the bound, every `keep` from 0 to past the bound.
		for len in 0..=4u32 {
			for keep in 0..=6usize {
				let mut h: BoundedVec<u32, ConstU32<4>> =
					BoundedVec::truncate_from((0..len).collect());
				let mut pruned = vec![];
				let w = retire_into(&mut h, keep, 99, |e| {
					pruned.push(e);
					Weight::from_parts(1, 1)
				});
				let expect_pruned =
					(len as usize + 1).saturating_sub(keep.max(1)).min(2).min(len as usize);
				assert_eq!(pruned, (0..expect_pruned as u32).collect::<Vec<_>>(), "{len} {keep}");
				assert_eq!(w, Weight::from_parts(expect_pruned as u64, expect_pruned as u64));
				// The newest entry is kept unless the bound is full even after the prunes.
				let room = (len as usize - expect_pruned) < 4;
				assert_eq!(h.last() == Some(&99), room, "{len} {keep}");
			}
		}
	}

	#[test]
	fn capacity_is_the_cap_within_the_budget_and_at_least_one() {
		let w = |r, p| Weight::from_parts(r, p);
		assert_eq!(capacity(5, w(100, 100), w(10, 10)), 5);
		assert_eq!(capacity(5, w(35, 100), w(10, 10)), 3);
		// The tighter of ref time and proof size decides.
		assert_eq!(capacity(5, w(100, 25), w(10, 10)), 2);
		assert_eq!(capacity(5, w(5, 5), w(10, 10)), 1);
		assert_eq!(capacity(5, Weight::zero(), w(10, 10)), 1);
		// A weightless entry is bounded by the cap alone.
		assert_eq!(capacity(5, w(1, 1), Weight::zero()), 5);
	}

	#[test]
	fn draining_stops_at_the_budget_but_always_moves_when_allowed() {
		let unit = Weight::from_parts(10, 1);
		let budget = Weight::from_parts(35, 100);
		let queue =
			|| -> BoundedVec<u32, ConstU32<8>> { BoundedVec::truncate_from(vec![1, 2, 3, 4, 5]) };
		// Each entry weighs `unit`, at worst `unit`: three fit in 35 (spent 0).
		let mut q = queue();
		let mut seen = Vec::new();
		let w = drain_within(&mut q, Weight::zero(), budget, unit, false, |e| {
			seen.push(*e);
			unit
		});
		assert_eq!((seen, w, q.to_vec()), (vec![1, 2, 3], unit * 3, vec![4, 5]));
		// Over budget already: nothing, unless the first is free (then only it).
		let mut q = queue();
		assert_eq!(drain_within(&mut q, budget, budget, unit, false, |_| unit), Weight::zero());
		assert_eq!(q.len(), 5);
		assert_eq!(drain_within(&mut q, budget, budget, unit, true, |_| unit), unit);
		assert_eq!(q.to_vec(), vec![2, 3, 4, 5]);
		// The proof counts as much as the time.
		let mut q = queue();
		let heavy = Weight::from_parts(1, 60);
		assert_eq!(drain_within(&mut q, Weight::zero(), budget, heavy, false, |_| heavy), heavy);
		assert_eq!(q.len(), 4);
	}
}
