//! The worker windows of a topic's nonces: opened at the epoch start, closed when the submission
//! window ends (the active sets chosen here, the network inference synthesised in
//! [`crate::closes`]), retired into the bounded history and pruned.

use super::*;

impl<T: Config> Pallet<T> {
	/// Opens worker nonce `nonce` of a topic (its epoch start): records it as open and queues
	/// its window's close; drops the oldest open nonce beyond `MaxUnfulfilledWorkerRequests`.
	pub(crate) fn open_nonce(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
	) -> Weight {
		let params = pallet_topics::Params::<T>::get();
		let mut weight = <T as Config>::WeightInfo::open_nonce();
		let closes_at = nonce.saturating_add(topic.config.worker_submission_window);
		let close = closes_at.saturating_add(1u32.into());
		let queued = ClosingQueue::<T>::try_mutate(|q| insert_sorted(q, (close, topic_id, nonce)));
		if queued.is_err() {
			Self::deposit_event(Event::NonceDropped { topic_id, nonce });
			return weight;
		}
		let mut open = OpenNonces::<T>::get(topic_id);
		let keep = (params.max_unfulfilled_worker_requests.min(T::MaxUnfulfilledRequests::get())
			as usize)
			.max(1);
		while open.len() >= keep {
			let oldest = open.remove(0);
			Self::deposit_event(Event::NonceDropped { topic_id, nonce: oldest });
			weight.saturating_accrue(Self::retire(topic_id, topic, oldest));
		}
		// There is room now: the loop above made it.
		let _ = open.try_push(nonce);
		OpenNonces::<T>::insert(topic_id, open);
		Self::deposit_event(Event::NonceOpened {
			topic_id,
			nonce,
			opens_at: nonce.saturating_add(1u32.into()),
			closes_at,
		});
		weight
	}

	/// The payloads of a closing window's active sets (merit sortition, rewards spec §6.1–6.2):
	/// at most `MaxTopInferersToReward` inferers and `MaxTopForecastersToReward` forecasters,
	/// the best by score EMA; the others' payloads are deleted. Forecast elements about inferers
	/// outside the set are dropped, and a forecast left empty with them.
	pub(crate) fn active_payloads(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
	) -> ActivePayloads<T::AccountId> {
		let params = Params::<T>::get();
		let key = (topic_id, nonce);
		let select = |task, candidates, cap| {
			pallet_topics::Pallet::<T>::select_active(topic_id, topic, task, candidates, cap, nonce)
		};
		let mut inferences: BTreeMap<T::AccountId, Fixed> =
			Inferences::<T>::iter_prefix(key).collect();
		let (mut inferences_out, mut forecasts_out) = (0u32, 0u32);
		let chosen = select(
			RewardTask::Inference,
			inferences.keys().cloned().collect(),
			params.max_top_inferers_to_reward,
		);
		inferences.retain(|who, _| {
			let keep = chosen.binary_search(who).is_ok();
			if !keep {
				Inferences::<T>::remove(key, who);
				inferences_out.saturating_inc();
			}
			keep
		});
		let mut forecasts: BTreeMap<T::AccountId, Vec<(T::AccountId, Fixed)>> =
			Forecasts::<T>::iter_prefix(key)
				.map(|(k, f)| {
					let elements = f
						.into_iter()
						.filter(|e| inferences.contains_key(&e.inferer))
						.map(|e| (e.inferer, e.value))
						.collect();
					(k, elements)
				})
				.collect();
		forecasts.retain(|_, elements: &mut Vec<_>| !elements.is_empty());
		let chosen = select(
			RewardTask::Forecast,
			forecasts.keys().cloned().collect(),
			params.max_top_forecasters_to_reward,
		);
		forecasts.retain(|who, _| chosen.binary_search(who).is_ok());
		// The stored payloads are what the synthesis used (anyone can recompute it).
		for (who, stored) in Forecasts::<T>::iter_prefix(key).collect::<Vec<_>>() {
			match forecasts.get(&who) {
				None => {
					Forecasts::<T>::remove(key, &who);
					forecasts_out.saturating_inc();
				},
				Some(kept) if kept.len() != stored.len() => {
					let mut stored = stored;
					stored.retain(|e| inferences.contains_key(&e.inferer));
					Forecasts::<T>::insert(key, &who, stored);
				},
				Some(_) => {},
			}
		}
		(inferences, forecasts, inferences_out.max(forecasts_out))
	}

	/// Appends a finished nonce to the topic's history and prunes the records of the nonces
	/// beyond what the topic keeps.
	pub(crate) fn retire(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
	) -> Weight {
		let keep = Self::records_kept(topic);
		let queued = History::<T>::mutate(topic_id, |h| {
			retire_into(h, keep, nonce, |old| Self::queue_prune(topic_id, old))
		});
		queued.saturating_add(Self::prune_queue_weight())
	}

	/// Queues the records of `(topic, nonce)` for deletion ([`PruneQueue`]); deletes them at
	/// once if the queue is full (never reached: every close waits for the queue to empty, and
	/// a block's epoch starts and closes retire fewer nonces than it holds).
	fn queue_prune(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		match PruneQueue::<T>::try_append((topic_id, nonce)) {
			Ok(()) => Weight::zero(),
			Err(()) => Self::prune(topic_id, nonce),
		}
	}

	/// Deletes the queued nonces' records, in order, while the budget allows (`spent` of it
	/// used already in this block; at least one unless something was `done` already).
	/// Returns the weight and whether none is left.
	pub(crate) fn prune_queued(spent: Weight, done: bool, budget: Weight) -> (Weight, bool) {
		let mut queue = PruneQueue::<T>::get();
		let mut weight = Self::prune_queue_weight();
		weight.saturating_accrue(allora_primitives::queue::drain_within(
			&mut queue,
			spent.saturating_add(weight),
			budget,
			Self::worst_prune_weight(),
			!done,
			|(topic_id, nonce)| Self::prune(*topic_id, *nonce),
		));
		let empty = queue.is_empty();
		PruneQueue::<T>::put(queue);
		(weight, empty)
	}

	/// Whether the topic has records waiting to be pruned.
	pub(crate) fn prune_pending(topic_id: TopicId) -> bool {
		PruneQueue::<T>::get().iter().any(|(t, _)| *t == topic_id)
	}

	/// How many closed nonces a topic keeps: `MinEpochLengthRecordLimit + ⌈lag / epoch⌉ + 1`
	/// (reputers report losses up to the ground-truth lag after an epoch), at least 1 and at
	/// most `MaxHistory`.
	pub fn records_kept(topic: &TopicOf<T>) -> usize {
		let params = pallet_topics::Params::<T>::get();
		let epoch: u32 = topic.config.epoch_length.saturated_into::<u32>().max(1);
		let lag: u32 = topic.config.ground_truth_lag.saturated_into();
		let lag_epochs = lag.div_ceil(epoch);
		let kept =
			params.min_epoch_length_record_limit.saturating_add(lag_epochs).saturating_add(1);
		(kept as usize).min(T::MaxHistory::get() as usize).max(1)
	}

	/// Deletes every record of `(topic, nonce)` (its payloads, commitments and network
	/// inference).
	pub(crate) fn prune(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		let key = (topic_id, nonce);
		let limit = T::MaxWorkersPerTopic::get();
		let inferences = Inferences::<T>::clear_prefix(key, limit, None).backend;
		let forecasts = Forecasts::<T>::clear_prefix(key, limit, None).backend;
		// A commitment is smaller than a payload: charged as one.
		let commitments = WorkerCommitments::<T>::clear_prefix(key, limit, None).backend;
		NetworkInferencesAt::<T>::remove(topic_id, nonce);
		Self::deposit_event(Event::NoncePruned { topic_id, nonce });
		<T as Config>::WeightInfo::prune_nonce(
			inferences.saturating_add(forecasts).saturating_add(commitments),
		)
	}

	/// The network inference record of a kept nonce.
	pub fn record(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Option<RecordOf<T>> {
		NetworkInferencesAt::<T>::get(topic_id, nonce)
	}

	/// The inferers of a nonce (the accounts with an inference), sorted.
	pub fn inferers(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Vec<T::AccountId> {
		let mut v: Vec<_> = Inferences::<T>::iter_key_prefix((topic_id, nonce)).collect();
		v.sort();
		v
	}
}
