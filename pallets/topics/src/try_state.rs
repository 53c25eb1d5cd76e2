//! The pallet's invariants, checked by `try_state` after every block in the tests and by
//! try-runtime:
//!
//! - every topic id lies in `1..=TopicCount`;
//! - every registration names an existing topic, is counted in `RegistrationCount`, and no role
//!   holds more registrations than its bound (`MaxWorkersPerTopic`, `MaxReputersPerTopic`);
//! - the epoch schedule is sorted by due block, names each topic once, and only existing topics.

use super::*;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants (the module docs list them); run by `try-runtime` and after every
	/// unit test.
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		// Ids are never reused: retired topics leave gaps.
		let count = TopicCount::<T>::get();
		let schedule = EpochSchedule::<T>::get();
		for id in Topics::<T>::iter_keys() {
			ensure!(id >= 1 && id <= count, "a topic id is outside 1..=TopicCount");
			let active = schedule.iter().any(|(_, t)| *t == id);
			ensure!(
				active != InactiveSince::<T>::contains_key(id),
				"a topic is both active and inactive since a block, or neither"
			);
		}
		ensure!(
			InactiveSince::<T>::iter_keys().all(Topics::<T>::contains_key),
			"an inactive topic's block outlives the topic"
		);
		let mut counted: BTreeMap<(TopicId, Role), u32> = BTreeMap::new();
		// The deposits each account should have on hold, per reason.
		let mut deposits: BTreeMap<(T::AccountId, bool), BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: T::AccountId, topic: bool, amount: BalanceOf<T>| {
			let e = deposits.entry((who, topic)).or_insert_with(Zero::zero);
			*e = e.saturating_add(amount);
		};
		for ((topic_id, role), account, Registration { deposit, .. }) in Registrations::<T>::iter()
		{
			ensure!(Topics::<T>::contains_key(topic_id), "a registration names no topic");
			let c = counted.entry((topic_id, role)).or_default();
			*c = c.saturating_add(1);
			add(account, false, deposit);
		}
		for (topic_id, topic) in Topics::<T>::iter() {
			add(topic.creator, true, TopicDeposits::<T>::get(topic_id));
		}
		ensure!(
			TopicDeposits::<T>::iter_keys().all(Topics::<T>::contains_key),
			"a topic deposit outlives its topic"
		);
		for ((who, topic), amount) in deposits {
			let reason =
				if topic { HoldReason::TopicDeposit } else { HoldReason::RegistrationDeposit };
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"an account's held deposits differ from its topics and registrations"
			);
		}
		for (key, c) in RegistrationCount::<T>::iter() {
			ensure!(counted.get(&key).copied().unwrap_or(0) == c, "a registration count is wrong");
			let cap = match key.1 {
				Role::Worker => T::MaxWorkersPerTopic::get(),
				Role::Reputer => T::MaxReputersPerTopic::get(),
			};
			ensure!(c <= cap, "a topic has more registrations than allowed");
		}
		for key in counted.keys() {
			ensure!(RegistrationCount::<T>::contains_key(key), "a registration is not counted");
		}
		ensure!(schedule.windows(2).all(|w| w[0] < w[1]), "the epoch schedule is not sorted");
		let mut ids: alloc::vec::Vec<_> = schedule.iter().map(|(_, id)| *id).collect();
		ids.sort();
		ensure!(ids.windows(2).all(|w| w[0] != w[1]), "a topic is scheduled twice");
		ensure!(ids.iter().all(Topics::<T>::contains_key), "a scheduled topic is missing");
		Self::check_params(&Params::<T>::get()).map_err(|_| "the topics parameters are invalid")?;
		let active_weight = schedule
			.iter()
			.filter_map(|(_, id)| TopicWeights::<T>::get(id))
			.fold(Fixed::ZERO, |a, w| a.saturating_add(w));
		ensure!(
			TotalActiveWeight::<T>::get() == active_weight,
			"the total active weight is not the sum of the scheduled topics' weights"
		);
		ensure!(
			TopicWeights::<T>::iter_values().all(|w| !w.is_negative()),
			"a topic weight is negative"
		);
		Ok(())
	}
}
