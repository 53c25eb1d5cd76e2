//! How the topics pallet reaches this one: epoch starts open windows, leaving workers take their
//! open payloads and regrets with them, retired topics lose their history.

use super::*;

impl<T: Config> TopicLifecycle<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn on_epoch_start(topic_id: TopicId, topic: &TopicOf<T>, nonce: BlockNumberFor<T>) -> Weight {
		Self::open_nonce(topic_id, topic, nonce)
	}

	/// A worker that leaves takes its payloads at open nonces with it, and the topic forgets
	/// its regrets and inclusion counts.
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		if role != Role::Worker {
			return Weight::zero();
		}
		regrets::forget_worker::<T>(topic_id, account);
		for task in [WorkerTask::Inference, WorkerTask::Forecast] {
			InclusionCount::<T>::remove(topic_id, (task, account.clone()));
		}
		Self::withdraw_payloads(topic_id, account).saturating_add(Self::forget_weight())
	}

	fn on_unregister_weight() -> Weight {
		<T as Config>::WeightInfo::withdraw_payloads(
			T::MaxUnfulfilledRequests::get().min(T::MaxOpenWindows::get()),
		)
		.saturating_add(Self::forget_weight())
	}

	fn has_open_nonces(topic_id: TopicId) -> bool {
		!OpenNonces::<T>::get(topic_id).is_empty()
	}

	/// Prunes the `nonces` oldest kept nonces; once none is left, deletes the topic's regrets,
	/// inclusion counts and latest inference and loss.
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool) {
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		let mut history = History::<T>::get(topic_id);
		weight.saturating_accrue(allora_primitives::queue::prune_oldest(
			&mut history,
			nonces,
			|old| Self::prune(topic_id, old),
		));
		if !history.is_empty() {
			History::<T>::insert(topic_id, history);
			return (weight, false);
		}
		History::<T>::remove(topic_id);
		OpenNonces::<T>::remove(topic_id);
		LatestNetworkInference::<T>::remove(topic_id);
		LatestNetworkLoss::<T>::remove(topic_id);
		let limit = RETIRED_ITEMS_PER_CALL;
		let rows = Regrets::<T>::clear_prefix(topic_id, limit, None);
		let counts = InclusionCount::<T>::clear_prefix(topic_id, limit, None);
		weight.saturating_accrue(Self::retire_items_weight());
		(weight, rows.maybe_cursor.is_none() && counts.maybe_cursor.is_none())
	}

	fn on_retire_weight(nonces: u32) -> Weight {
		let prune =
			<T as Config>::WeightInfo::prune_nonce(T::MaxWorkersPerTopic::get().saturating_mul(2));
		T::DbWeight::get()
			.reads_writes(1, 1)
			.saturating_add(prune.saturating_mul(nonces.into()))
			.saturating_add(Self::retire_items_weight())
	}
}
