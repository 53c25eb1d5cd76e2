//! The pallet's invariants, checked by `try_state` after every block in the tests and by
//! try-runtime:
//!
//! - the pallet's parameters satisfy their rules and the runtime's bounds;
//! - the total stake is the sum of the topics' stakes, each the sum of its own and delegated
//!   stakes;
//! - each account's balance held for stake equals the sum of its stakes;
//! - no pending removal exceeds its stake or is overdue;
//! - the reputer closing queue is sorted by close block;
//! - an open nonce's report count is the number of reputers with a report or a commitment at
//!   it, and within its bound; commitments are kept only where reports are;
//! - each deferred payment is queued once, for a nonce whose network losses are kept.

use super::*;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants (the module docs list them); run by `try-runtime` and after every
	/// unit test.
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		Self::check_params(&Params::<T>::get())
			.map_err(|_| "the reputation parameters are invalid")?;
		let mut topic_sums: BTreeMap<TopicId, BalanceOf<T>> = BTreeMap::new();
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let add = |m: &mut BTreeMap<_, BalanceOf<T>>, k, v: BalanceOf<T>| {
			let e = m.entry(k).or_insert_with(Zero::zero);
			*e = e.saturating_add(v);
		};
		for (topic_id, reputer, s) in ReputerStake::<T>::iter() {
			add(&mut topic_sums, topic_id, s);
			let e = held.entry(reputer).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
		}
		let mut delegated: BTreeMap<(TopicId, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		for ((topic_id, reputer, delegator), s) in Delegations::<T>::iter() {
			add(&mut topic_sums, topic_id, s);
			let e = delegated.entry((topic_id, reputer)).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
			let e = held.entry(delegator).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
		}
		for (topic_id, reputer, s) in DelegatedStake::<T>::iter() {
			ensure!(
				delegated.get(&(topic_id, reputer)).copied().unwrap_or_default() == s,
				"a reputer's delegated stake is not the sum of its delegations"
			);
		}
		ensure!(
			delegated.iter().all(|((t, r), s)| DelegatedStake::<T>::get(t, r) == *s),
			"a delegation is not counted in its reputer's delegated stake"
		);
		for (topic_id, s) in TopicStake::<T>::iter() {
			ensure!(
				topic_sums.get(&topic_id).copied().unwrap_or_default() == s,
				"a topic's stake is not the sum of its stakes"
			);
		}
		ensure!(
			topic_sums.iter().all(|(t, s)| TopicStake::<T>::get(t) == *s),
			"a stake is not counted in its topic's stake"
		);
		let total = topic_sums.values().fold(BalanceOf::<T>::zero(), |a, b| a.saturating_add(*b));
		ensure!(TotalStake::<T>::get() == total, "the total stake is not the sum of the topics'");
		for (who, s) in &held {
			let on_hold = StakeCurrency::<T>::balance_on_hold(&HoldReason::Stake.into(), who);
			ensure!(on_hold == *s, "an account's held balance differs from its stakes");
		}
		// Every delegator can collect its rewards: the pending-rewards account holds them, up
		// to one smallest unit of rounding per delegation.
		let mut owed = 0u128;
		let mut delegations = 0u128;
		for (topic_id, reputer, delegator) in Delegations::<T>::iter_keys() {
			owed =
				owed.saturating_add(Self::pending_delegator_reward(topic_id, &reputer, &delegator));
			delegations = delegations.saturating_add(1);
		}
		let pot: u128 =
			StakeCurrency::<T>::balance(&Self::pending_rewards_account()).saturated_into();
		ensure!(
			pot.saturating_add(delegations) >= owed,
			"the pending-rewards account cannot pay the delegators"
		);
		ensure!(
			RewardDebt::<T>::iter_keys().all(|k| Delegations::<T>::contains_key(&k)),
			"a reward debt outlives its delegation"
		);
		let cursor = RemovalCursor::<T>::get();
		for (key, removal) in PendingRemovals::<T>::iter() {
			ensure!(removal.amount <= Self::stake_of(&key), "a pending removal exceeds its stake");
			ensure!(removal.due >= cursor, "a pending removal is overdue");
			ensure!(
				RemovalQueue::<T>::get(removal.due).contains(&key),
				"a pending removal is not queued"
			);
		}
		// Each queued removal is pending for its slot, once: replaced and cancelled requests
		// leave the queue.
		let mut queued = 0usize;
		for (due, keys) in RemovalQueue::<T>::iter() {
			for key in keys.iter() {
				ensure!(
					PendingRemovals::<T>::get(key).is_some_and(|r| r.due == due),
					"a queued removal is not pending for its slot"
				);
				queued = queued.saturating_add(1);
			}
		}
		ensure!(
			queued == PendingRemovals::<T>::iter_keys().count(),
			"a removal is queued more than once"
		);
		let queue = ReputerClosingQueue::<T>::get();
		ensure!(queue.windows(2).all(|w| w[0] < w[1]), "the reputer closing queue is not sorted");
		for (topic_id, open) in OpenReputerNonces::<T>::iter() {
			for n in open.iter() {
				ensure!(
					queue.contains(&(n.closes_at, topic_id, n.nonce)),
					"an open reputer nonce has no window to close"
				);
				// A commitment and its revealed report count once.
				let key = (topic_id, n.nonce);
				let senders: BTreeSet<_> = LossReports::<T>::iter_key_prefix(key)
					.chain(ReputerCommitments::<T>::iter_key_prefix(key))
					.collect();
				let mut reports = 0u32;
				for reputer in senders {
					ensure!(
						pallet_topics::Pallet::<T>::is_registered(
							topic_id,
							Role::Reputer,
							&reputer
						),
						"a report or commitment at an open nonce is from an account that is not a reputer"
					);
					reports = reports.saturating_add(1);
				}
				ensure!(n.reports == reports, "an open nonce's report count is wrong");
				ensure!(reports <= T::MaxReputersPerTopic::get(), "a nonce has too many reports");
			}
		}
		// Reports are kept only for open nonces and for the closed ones of the history (pruning
		// deletes the rest).
		let keys = LossReports::<T>::iter_keys().chain(ReputerCommitments::<T>::iter_keys());
		for ((topic_id, nonce), _) in keys {
			ensure!(
				OpenReputerNonces::<T>::get(topic_id).iter().any(|n| n.nonce == nonce)
					|| ReputerHistory::<T>::get(topic_id).contains(&nonce),
				"a report or commitment belongs to a nonce neither open nor kept"
			);
		}
		// Each deferred payment is queued once, of a kept nonce with its network losses.
		let payments = PaymentQueue::<T>::get();
		ensure!(
			payments.len() == PaymentsDue::<T>::iter_keys().count(),
			"the deferred payments and their queue differ"
		);
		for (topic_id, nonce) in payments.iter() {
			ensure!(
				PaymentsDue::<T>::contains_key((topic_id, nonce)),
				"a queued payment has no reputers"
			);
			ensure!(
				NetworkLossesAt::<T>::contains_key(topic_id, nonce),
				"a deferred payment's nonce has no network losses"
			);
		}
		Ok(())
	}
}
