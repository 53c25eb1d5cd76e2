//! The stake ledger: own and delegated stakes, their holds, and the delayed removals (requested,
//! cancelled, executed a bounded number per block).

use super::*;

impl<T: Config> Pallet<T> {
	/// Adds `amount` (already held) to a reputer's own stake, and so to its topic's and the total.
	pub(crate) fn credit_own_stake(
		topic_id: TopicId,
		reputer: &T::AccountId,
		amount: BalanceOf<T>,
	) {
		ReputerStake::<T>::mutate(topic_id, reputer, |s| *s = s.saturating_add(amount));
		Self::credit_totals(topic_id, amount);
	}

	/// Adds `amount` to a topic's stake and the total (every stake added goes through here:
	/// `try_state` checks that the totals are the sums of the positions).
	pub(crate) fn credit_totals(topic_id: TopicId, amount: BalanceOf<T>) {
		TopicStake::<T>::mutate(topic_id, |s| *s = s.saturating_add(amount));
		TotalStake::<T>::mutate(|s| *s = s.saturating_add(amount));
	}

	pub(crate) fn ensure_reputer(topic_id: TopicId, who: &T::AccountId) -> DispatchResult {
		ensure!(pallet_topics::Topics::<T>::contains_key(topic_id), Error::<T>::NoSuchTopic);
		ensure!(
			pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Reputer, who),
			Error::<T>::NotRegisteredReputer
		);
		Ok(())
	}

	pub(crate) fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		StakeCurrency::<T>::hold(&HoldReason::Stake.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHold.into())
	}

	/// A reputer's own plus delegated stake in a topic.
	pub fn authority_stake(topic_id: TopicId, reputer: &T::AccountId) -> BalanceOf<T> {
		ReputerStake::<T>::get(topic_id, reputer)
			.saturating_add(DelegatedStake::<T>::get(topic_id, reputer))
	}

	/// The stake a removal key refers to.
	pub fn stake_of(key: &StakeKey<T::AccountId>) -> BalanceOf<T> {
		match key {
			StakeKey::Own { topic_id, reputer } => ReputerStake::<T>::get(topic_id, reputer),
			StakeKey::Delegated { topic_id, reputer, delegator } => {
				Delegations::<T>::get((topic_id, reputer, delegator))
			},
		}
	}

	/// A position (own stake or one delegation) of `current` may grow by `amount` only to at
	/// least `MinStakeAmount`.
	pub(crate) fn ensure_position(current: BalanceOf<T>, amount: BalanceOf<T>) -> DispatchResult {
		let min: BalanceOf<T> = Params::<T>::get().min_stake_amount.saturated_into();
		ensure!(current.saturating_add(amount) >= min, Error::<T>::StakeBelowMinimum);
		Ok(())
	}

	/// Queues the removal of `amount` of the stake `key` names, `RemoveStakeDelayWindow` blocks
	/// from now. A pending request of the same key is replaced: its queue entry leaves its slot,
	/// so that one staker holds at most one entry of the queue.
	pub(crate) fn request_removal(
		key: StakeKey<T::AccountId>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let stake = Self::stake_of(&key);
		ensure!(amount <= stake, Error::<T>::InsufficientStake);
		let params = Params::<T>::get();
		let left = stake.saturating_sub(amount);
		let min: BalanceOf<T> = params.min_stake_amount.saturated_into();
		ensure!(left.is_zero() || left >= min, Error::<T>::RemovalLeavesDust);
		let now = frame_system::Pallet::<T>::block_number();
		let due = now.saturating_add(params.remove_stake_delay_window.into());
		if let Some(pending) = PendingRemovals::<T>::get(&key) {
			Self::unqueue(&key, pending.due);
		}
		RemovalQueue::<T>::try_mutate(due, |q| q.try_push(key.clone()))
			.map_err(|_| Error::<T>::RemovalQueueFull)?;
		PendingRemovals::<T>::insert(&key, Removal { amount, due });
		Self::deposit_event(Event::StakeRemovalRequested { key, amount, due });
		Ok(())
	}

	pub(crate) fn cancel_removal(key: StakeKey<T::AccountId>) -> DispatchResult {
		let pending = PendingRemovals::<T>::take(&key).ok_or(Error::<T>::NoPendingRemoval)?;
		Self::unqueue(&key, pending.due);
		Self::deposit_event(Event::StakeRemovalCancelled { key });
		Ok(())
	}

	/// Takes `key`'s entry out of the queue slot of block `due`.
	pub(crate) fn unqueue(key: &StakeKey<T::AccountId>, due: BlockNumberFor<T>) {
		RemovalQueue::<T>::mutate_exists(due, |q| {
			if let Some(entries) = q {
				entries.retain(|k| k != key);
				if entries.is_empty() {
					*q = None;
				}
			}
		});
	}

	/// Executes the removals due up to `now`, at most `2 · HalfMaxProcessStakeRemovalsEndBlock`;
	/// the rest stay for the next blocks. (Replaced and cancelled requests leave the queue when
	/// they are replaced or cancelled; an entry that is no longer pending for its slot would be
	/// skipped without counting against that budget.)
	pub(crate) fn execute_due_removals(now: BlockNumberFor<T>) -> Weight {
		let params = Params::<T>::get();
		let mut budget = params.half_max_process_stake_removals_end_block.saturating_mul(2);
		let mut weight = <T as Config>::WeightInfo::on_initialize_idle();
		// Unset (the pallet's first block, e.g. after a runtime upgrade): nothing is due before.
		let mut cursor = RemovalCursor::<T>::get();
		if cursor.is_zero() {
			cursor = now;
		}
		// Each block looks at most `budget + 1` slots, so the cursor keeps up with the chain.
		let mut slots = budget.saturating_add(1);
		while cursor <= now && slots > 0 {
			slots -= 1;
			let mut queue = RemovalQueue::<T>::take(cursor);
			weight.saturating_accrue(<T as Config>::WeightInfo::removal_slot());
			let mut done = 0;
			for key in queue.iter() {
				if budget == 0 {
					break;
				}
				done += 1;
				if let Some(w) = Self::execute_removal(key, cursor) {
					budget -= 1;
					weight.saturating_accrue(w);
				}
			}
			if done < queue.len() {
				let rest: Vec<_> = queue.drain(done..).collect();
				RemovalQueue::<T>::insert(cursor, BoundedVec::truncate_from(rest));
				break;
			}
			cursor = cursor.saturating_add(1u32.into());
		}
		RemovalCursor::<T>::put(cursor);
		weight
	}

	/// Executes one removal if it is still pending for this slot; returns its weight, `None` if
	/// it was not.
	pub(crate) fn execute_removal(
		key: &StakeKey<T::AccountId>,
		slot: BlockNumberFor<T>,
	) -> Option<Weight> {
		let removal = PendingRemovals::<T>::get(key).filter(|r| r.due == slot)?;
		PendingRemovals::<T>::remove(key);
		let amount = removal.amount.min(Self::stake_of(key));
		let topic_id = key.topic_id();
		match key {
			StakeKey::Own { reputer, .. } => {
				ReputerStake::<T>::mutate_exists(topic_id, reputer, |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
			},
			StakeKey::Delegated { reputer, delegator, .. } => {
				Self::collect_delegator_reward(topic_id, reputer, delegator);
				Delegations::<T>::mutate_exists((topic_id, reputer, delegator), |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
				Self::reset_reward_debt(topic_id, reputer, delegator);
				DelegatedStake::<T>::mutate_exists(topic_id, reputer, |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
			},
		}
		TopicStake::<T>::mutate_exists(topic_id, |s| {
			let left = s.unwrap_or_default().saturating_sub(amount);
			*s = (!left.is_zero()).then_some(left);
		});
		TotalStake::<T>::mutate(|s| *s = s.saturating_sub(amount));
		let _ = StakeCurrency::<T>::release(
			&HoldReason::Stake.into(),
			&key.staker(),
			amount,
			Precision::BestEffort,
		);
		Self::deposit_event(Event::StakeRemoved { key: key.clone(), amount });
		Some(<T as Config>::WeightInfo::execute_removal())
	}
}
