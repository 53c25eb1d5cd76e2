//! The compact regret storage against a plain model: whatever sequence of writes, payments and
//! leaving workers, the stored regrets are the model's (a map from key to value) less what the
//! slots gave up, the slots given up are the least recently written, a cell never outlives its
//! worker's slot, and a worker's inclusion counts are its payments since it took its slot.

use crate::{
	mock::*,
	regrets::{
		forget_worker, inclusions, note_inclusions, stored_regrets, write_regret_rows,
		StoredRegrets,
	},
	RegretCell, RegretSlots, WorkerTask,
};
use allora_synthesis::{
	regrets::{RegretKey, RegretRow, RegretSource, RowUpdates},
	Fixed,
};
use codec::Encode;
use polkadot_sdk::frame_support::traits::Get;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

type Model = BTreeMap<RegretKey<AccountId>, Fixed>;

/// One step: a reputer close's row updates, an epoch's payment, or a worker leaving.
#[derive(Clone, Debug)]
enum Step {
	Write(RowUpdates<AccountId>),
	Pay(Vec<(WorkerTask, AccountId)>),
	Leave(AccountId),
}

/// Inclusions of some of the 24 workers (some of them with no slot), a worker possibly twice.
fn pay() -> impl Strategy<Value = Step> {
	let task = prop_oneof![Just(WorkerTask::Inference), Just(WorkerTask::Forecast)];
	proptest::collection::vec((task, 0u64..24), 0..12).prop_map(Step::Pay)
}

/// A regret anywhere in ±2·`MaxAbsValue`, small ones (the usual) as often as large ones.
fn regret() -> impl Strategy<Value = Fixed> {
	let widest = 2 * crate::config_preludes::TestMaxAbsValue::get().raw();
	prop_oneof![
		(-widest..=widest).prop_map(Fixed::from_raw),
		(-10_000_000_000_000_000_000i128..10_000_000_000_000_000_000).prop_map(Fixed::from_raw),
	]
}

/// A row by kind (0..8: the three network rows, then the five rows about `about`).
pub(super) fn row(kind: u8, about: AccountId) -> RegretRow<AccountId> {
	match kind % 8 {
		0 => RegretRow::Inferers,
		1 => RegretRow::Forecasters,
		2 => RegretRow::Naive,
		k => RegretRow::about_worker(about)[usize::from(k - 3)].clone(),
	}
}

/// Row updates naming at most 8 of 24 workers (half the mock's 16 slots: two writes' workers
/// can meet in the slots, or push each other out).
fn write() -> impl Strategy<Value = Step> {
	(proptest::sample::subsequence((0u64..24).collect::<Vec<_>>(), 1..=8)).prop_flat_map(|who| {
		let entries = proptest::collection::btree_map(
			proptest::sample::select(who.clone()),
			regret(),
			1..=who.len(),
		);
		let rows = proptest::collection::btree_map(
			(0u8..8, proptest::sample::select(who)).prop_map(|(k, w)| row(k, w)),
			entries,
			1..6,
		);
		rows.prop_map(|rows| {
			Step::Write(rows.into_iter().map(|(r, e)| (r, e.into_iter().collect())).collect())
		})
	})
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
	proptest::collection::vec(
		prop_oneof![4 => write(), 2 => pay(), 1 => (0u64..24).prop_map(Step::Leave)],
		1..24,
	)
}

/// The workers holding a slot of topic 1, with the block they were last written in.
fn held() -> BTreeMap<AccountId, u64> {
	RegretSlots::<Test>::get(1)
		.into_iter()
		.filter_map(|s| Some((s.worker?, s.last_written)))
		.collect()
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(128))]

	#[test]
	fn the_stored_regrets_are_the_model_less_what_the_slots_gave_up(steps in steps()) {
		new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
			let mut model = Model::new();
			let mut counts: BTreeMap<(WorkerTask, AccountId), u64> = BTreeMap::new();
			for (n, step) in steps.into_iter().enumerate() {
				System::set_block_number(n as u64 + 1);
				let before = held();
				match step {
					Step::Leave(worker) => {
						forget_worker::<Test>(1, &worker);
						prop_assert!(!held().contains_key(&worker));
						model.retain(|key, _| !key.names(&worker));
						counts.retain(|(_, w), _| *w != worker);
					},
					Step::Pay(paid) => {
						note_inclusions::<Test>(1, &paid);
						// Counted for the workers holding a slot only.
						for (task, w) in paid.into_iter().filter(|(_, w)| before.contains_key(w)) {
							*counts.entry((task, w)).or_default() += 1;
						}
					},
					Step::Write(rows) => {
						let named: BTreeSet<AccountId> = rows
							.iter()
							.flat_map(|(r, e)| r.about().copied().into_iter().chain(e.iter().map(|(w, _)| *w)))
							.collect();
						let written = write_regret_rows::<Test>(1, rows.clone());
						prop_assert_eq!(written as usize, rows.len());
						let after = held();
						prop_assert!(named.iter().all(|w| after.contains_key(w)), "a named worker has no slot");
						// Those who gave their slot up were the least recently written.
						let gone: Vec<_> = before.iter().filter(|(w, _)| !after.contains_key(w)).collect();
						for (_, last) in &gone {
							for (w, kept) in before.iter().filter(|(w, _)| after.contains_key(w)) {
								prop_assert!(named.contains(w) || *last <= kept, "evicted a more recent worker");
							}
						}
						for (worker, _) in gone {
							model.retain(|key, _| !key.names(worker));
							counts.retain(|(_, w), _| w != worker);
						}
						for (r, entries) in rows {
							for (w, v) in entries {
								model.insert(RegretKey::from_row(r.clone(), w), v);
							}
						}
					},
				}
				let capacity = <<Test as crate::Config>::MaxRegretSlots as Get<u32>>::get() as usize;
				prop_assert!(RegretSlots::<Test>::get(1).len() <= capacity);
				let mut stored = stored_regrets::<Test>(1);
				stored.sort_by(|a, b| a.0.cmp(&b.0));
				prop_assert_eq!(&stored, &model.clone().into_iter().collect::<Vec<_>>());
				// A synthesis reads the same, row by row, with the initial regret for the rest.
				let initial = Fixed::from_int(-7);
				let source = StoredRegrets::<Test>::new(1, initial);
				let everyone: Vec<AccountId> = (0..24).collect();
				for kind in 0..8 {
					for about in 0..24 {
						let r = row(kind, about);
						let read = source.row_regrets(&r, &everyone);
						for (w, v) in everyone.iter().zip(read) {
							let key = RegretKey::from_row(r.clone(), *w);
							prop_assert_eq!(v, model.get(&key).copied().unwrap_or(initial));
						}
					}
				}
				for w in 0..24 {
					for task in [WorkerTask::Inference, WorkerTask::Forecast] {
						let expected = counts.get(&(task, w)).copied().unwrap_or(0);
						prop_assert_eq!(inclusions::<Test>(1, task, &w), expected, "{:?} of {}", task, w);
					}
				}
				crate::Pallet::<Test>::do_try_state().map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
			}
			Ok(())
		})?;
	}

	/// A cell gives back the value it was written with, under its generation only, and a
	/// regret below 10 in magnitude takes at most 11 bytes (48 as an account and a value).
	#[test]
	fn a_cell_holds_its_value_under_its_generation(raw in any::<i128>(), g in 1u16.., h in any::<u16>()) {
		let cell = RegretCell::new(g, Fixed::from_raw(raw));
		prop_assert_eq!(cell.value(g), Some(Fixed::from_raw(raw)));
		prop_assert_eq!(cell.value(h), (h == g).then_some(Fixed::from_raw(raw)));
		prop_assert_eq!(RegretCell::default().value(h), None);
		if raw.unsigned_abs() < 10_000_000_000_000_000_000 {
			prop_assert!(cell.encoded_size() <= 11, "{} bytes", cell.encoded_size());
		}
	}
}
