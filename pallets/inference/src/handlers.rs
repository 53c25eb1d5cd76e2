//! How the topics pallet reaches this one: epoch starts open windows, leaving workers take their
//! open payloads and regrets with them, retired topics lose their history.

use super::*;

impl<T: Config> TopicLifecycle<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn on_epoch_start(topic_id: TopicId, topic: &TopicOf<T>, nonce: BlockNumberFor<T>) -> Weight {
		Self::open_nonce(topic_id, topic, nonce)
	}

	/// A worker that leaves takes its payloads at open nonces with it, and the topic forgets
	/// its regrets and inclusion counts (its slot); they stay while the topic's regrets are busy
	/// (a close in stages reads them, a staged update writes them: see the `closes` module), and
	/// its slot goes to newcomers as the least recently written.
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		if role != Role::Worker {
			return Weight::zero();
		}
		if !Self::regrets_busy(topic_id) {
			regrets::forget_worker::<T>(topic_id, account);
		}
		Self::withdraw_payloads(topic_id, account)
			.saturating_add(Self::forget_weight())
			.saturating_add(Self::regrets_busy_weight())
	}

	fn on_unregister_weight() -> Weight {
		<T as Config>::WeightInfo::withdraw_payloads(
			T::MaxUnfulfilledRequests::get().min(T::MaxOpenWindows::get()),
		)
		.saturating_add(Self::forget_weight())
		.saturating_add(Self::regrets_busy_weight())
	}

	/// Open nonces, or regrets in use by a close in stages or a staged update.
	fn has_open_nonces(topic_id: TopicId) -> bool {
		!OpenNonces::<T>::get(topic_id).is_empty()
			|| Self::regrets_busy(topic_id)
			|| Self::prune_pending(topic_id)
	}

	/// Prunes the `nonces` oldest kept nonces; once none is left, deletes the topic's regrets
	/// (with their slots' inclusion counts) and latest inference and loss.
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
		if rows.maybe_cursor.is_none() {
			RegretSlots::<T>::remove(topic_id);
		}
		weight.saturating_accrue(Self::retire_items_weight());
		(weight, rows.maybe_cursor.is_none())
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

/// How the reputation and emissions pallets reach this one: the participants a report must
/// name, the network losses that update the regrets, the workers paid.
impl<T: Config> WorkerResults<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn participants(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
	) -> Option<NonceParticipants<T::AccountId>> {
		let record = Self::record(topic_id, nonce)?;
		let keys = |l: &PerWorker<T::AccountId, T::MaxWorkersPerTopic>| {
			l.iter().map(|(a, _)| a.clone()).collect()
		};
		Some(
			NonceParticipants {
				inferers: record.inferers.into_inner(),
				forecasters: keys(&record.forecast_implied),
				one_out_inferers: keys(&record.one_out_inferers),
				one_out_forecasters: keys(&record.one_out_forecasters),
				one_in_forecasters: keys(&record.one_in_forecasters),
			}
			.in_order(),
		)
	}

	fn value_in_range(value: Fixed) -> bool {
		Self::value_in_range(value)
	}

	fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
	) -> Result<Weight, SynthesisError> {
		Self::apply_network_losses(topic_id, nonce, losses)
	}

	fn staging_weight() -> Weight {
		Self::staging_weight()
	}

	fn active_set_sizes() -> (u32, u32) {
		let p = Params::<T>::get();
		(p.max_top_inferers_to_reward, p.max_top_forecasters_to_reward)
	}

	fn epsilon_safe_div() -> Fixed {
		Params::<T>::get().epsilon_safe_div
	}

	fn open_worker_nonces(topic_id: TopicId) -> u32 {
		OpenNonces::<T>::decode_len(topic_id).unwrap_or(0) as u32
	}

	fn note_inclusions(topic_id: TopicId, paid: &[(WorkerTask, T::AccountId)]) {
		Self::note_inclusions(topic_id, paid)
	}

	fn regrets_busy(topic_id: TopicId) -> bool {
		Self::regrets_busy(topic_id)
	}

	fn regrets_busy_weight() -> Weight {
		Self::regrets_busy_weight()
	}
}
