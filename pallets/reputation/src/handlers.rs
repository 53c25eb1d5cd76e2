//! How the other pallets reach this one: the topics' stake and block start, the inference
//! windows' close, and the topics' epoch starts, unregistrations and retirements.

use super::*;

impl<T: Config> allora_primitives::TopicStake<BlockNumberFor<T>> for Pallet<T> {
	fn topic_stake(topic_id: TopicId) -> u128 {
		TopicStake::<T>::get(topic_id).saturated_into()
	}

	/// The stake removals due by `now` execute before the topics' weights are computed (the
	/// reference's order).
	fn on_block_start(now: BlockNumberFor<T>) -> Weight {
		Self::execute_due_removals(now)
	}
}

impl<T: Config> allora_primitives::WindowHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	/// A window with a network inference gets its reputer window; one without has nothing
	/// for reputers, and may have been its topic's last open nonce.
	fn on_window_closed(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
		computed: bool,
	) -> Weight {
		if computed {
			Self::open_reputer_window(topic_id, topic, nonce, now)
		} else {
			T::RewardsPayer::on_nonce_closed(topic_id)
		}
	}

	/// Opening a window, with the oldest open nonce dropped (two prunes of a full nonce), or
	/// the rewards' settlement.
	fn max_weight() -> Weight {
		let prune = Self::worst_prune_weight();
		<T as Config>::WeightInfo::open_reputer_nonce()
			.saturating_add(prune.saturating_mul(2))
			.max(T::RewardsPayer::on_nonce_closed_weight())
	}
}

impl<T: Config> TopicLifecycle<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	/// Reputer windows open when worker windows close
	/// ([`allora_primitives::WindowHandler`]), not at epoch starts.
	fn on_epoch_start(_: TopicId, _: &TopicOf<T>, _: BlockNumberFor<T>) -> Weight {
		Weight::zero()
	}

	/// A reputer that leaves takes its reports at open nonces with it (so that a nonce never
	/// holds more reports than the topic has reputers); it keeps its stake and its delegators
	/// (they withdraw as usual).
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		if role == Role::Reputer {
			ListeningCoefficients::<T>::remove(topic_id, account);
			Self::withdraw_reports(topic_id, account)
		} else {
			Weight::zero()
		}
	}

	fn on_unregister_weight() -> Weight {
		<T as Config>::WeightInfo::withdraw_reports(T::MaxUnfulfilledRequests::get())
	}

	fn has_open_nonces(topic_id: TopicId) -> bool {
		!OpenReputerNonces::<T>::get(topic_id).is_empty() || Self::payment_pending(topic_id)
	}

	/// Prunes the `nonces` oldest kept reputer nonces; once none is left, deletes the topic's
	/// listening coefficients and delegators' reward rates (its stakes are all gone: retiring
	/// needs it).
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool) {
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		let mut history = ReputerHistory::<T>::get(topic_id);
		weight.saturating_accrue(allora_primitives::queue::prune_oldest(
			&mut history,
			nonces,
			|old| Self::prune(topic_id, old),
		));
		if !history.is_empty() {
			ReputerHistory::<T>::insert(topic_id, history);
			return (weight, false);
		}
		ReputerHistory::<T>::remove(topic_id);
		OpenReputerNonces::<T>::remove(topic_id);
		let limit = T::MaxReputersPerTopic::get();
		let coefficients = ListeningCoefficients::<T>::clear_prefix(topic_id, limit, None);
		let rates = RewardPerShare::<T>::clear_prefix(topic_id, limit, None);
		weight.saturating_accrue(T::DbWeight::get().reads_writes(
			limit.saturating_mul(2).into(),
			limit.saturating_mul(2).saturating_add(2).into(),
		));
		(weight, coefficients.maybe_cursor.is_none() && rates.maybe_cursor.is_none())
	}

	fn on_retire_weight(nonces: u32) -> Weight {
		let prune = Self::worst_prune_weight();
		let limit = T::MaxReputersPerTopic::get();
		T::DbWeight::get()
			.reads_writes(
				limit.saturating_mul(2).saturating_add(1).into(),
				limit.saturating_mul(2).saturating_add(3).into(),
			)
			.saturating_add(prune.saturating_mul(nonces.into()))
	}
}

/// How the emissions pallet reaches the stake ledger: the network's stake, the reputer nonces
/// still to pay, and the reputers' rewards.
impl<T: Config> StakeLedger<T::AccountId> for Pallet<T> {
	fn total_stake() -> u128 {
		TotalStake::<T>::get().saturated_into()
	}

	fn open_reputer_nonces(topic_id: TopicId) -> u32 {
		OpenReputerNonces::<T>::decode_len(topic_id).unwrap_or(0) as u32
	}

	fn pending_rewards_account() -> T::AccountId {
		Self::pending_rewards_account()
	}

	fn pay_reputer_reward(
		topic_id: TopicId,
		reputer: &T::AccountId,
		from: &T::AccountId,
		amount: u128,
	) -> Result<(u128, u128), DispatchError> {
		Self::pay_reputer_reward(topic_id, reputer, from, amount)
	}
}
