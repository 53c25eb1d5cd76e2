//! The epoch clock: which topics are active, when each one's next epoch starts, and what
//! becomes of a topic that leaves the schedule or is retired.

use super::*;

impl<T: Config> Pallet<T> {
	/// Whether the topic is in the epoch schedule.
	pub fn is_active(topic_id: TopicId) -> bool {
		EpochSchedule::<T>::get().iter().any(|(_, id)| *id == topic_id)
	}

	/// Whether the topic's weight, were it computed now ([`Pallet::next_weight`]: the EMA with
	/// its stored weight, as the reference's activation), reaches `MinTopicWeight` with fee
	/// revenue.
	pub(crate) fn qualifies(topic_id: TopicId, topic: &TopicOf<T>, params: &TopicsParams) -> bool {
		let funded = !FeeRevenue::<T>::get(topic_id).is_zero();
		funded && Self::next_weight(topic_id, topic, params) >= params.min_topic_weight
	}

	/// Puts an inactive topic whose weight qualifies into the schedule, its first epoch
	/// `epoch_length` blocks from now (called on creation, funding, registration and by the
	/// stake calls of the reputation pallet). A full schedule leaves it inactive.
	pub fn try_activate(topic_id: TopicId, params: &TopicsParams) {
		let Some(topic) = Topics::<T>::get(topic_id) else { return };
		if Self::is_active(topic_id) || !Self::qualifies(topic_id, &topic, params) {
			return;
		}
		let at =
			frame_system::Pallet::<T>::block_number().saturating_add(topic.config.epoch_length);
		if Self::schedule(at, topic_id).is_ok() {
			if let Some(w) = TopicWeights::<T>::get(topic_id) {
				TotalActiveWeight::<T>::mutate(|t| *t = t.saturating_add(w));
			}
			T::ActiveSetHandler::on_activated(topic_id);
			InactiveSince::<T>::remove(topic_id);
			Self::deposit_event(Event::TopicActivated { topic_id, first_epoch_at: at });
		}
	}

	/// The most `retire_topic` weighs: its own reads and writes, and the other pallets'
	/// deletions of [`RETIRED_NONCES_PER_CALL`] nonces' records.
	pub fn retire_weight() -> Weight {
		T::DbWeight::get()
			.reads_writes(8, 10u64.saturating_add(RETIRED_SCORES_PER_CALL.into()))
			.saturating_add(T::TopicLifecycle::on_retire_weight(RETIRED_NONCES_PER_CALL))
	}

	/// Takes the active topic `topic_id` out of the schedule in favour of `by`: its share of the
	/// emission is settled under its stored weight, which leaves the total.
	pub(crate) fn evict(topic_id: TopicId, by: TopicId) {
		EpochSchedule::<T>::mutate(|s| s.retain(|(_, id)| *id != topic_id));
		let weight = TopicWeights::<T>::get(topic_id).unwrap_or(Fixed::ZERO);
		T::ActiveSetHandler::on_epoch_due(topic_id, weight);
		TotalActiveWeight::<T>::mutate(|t| *t = t.saturating_sub(weight));
		T::ActiveSetHandler::on_inactivated(topic_id);
		InactiveSince::<T>::insert(topic_id, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::TopicEvicted { topic_id, by });
	}

	/// Inserts `(at, topic_id)` into the schedule in order.
	pub(crate) fn schedule(at: BlockNumberFor<T>, topic_id: TopicId) -> Result<(), ()> {
		EpochSchedule::<T>::try_mutate(|s| queue::insert_sorted(s, (at, topic_id)).map_err(|_| ()))
	}

	/// The block hook: weighs every topic whose epoch is due at `now` (their shares of the
	/// emission settled, weights updated, the ones below `MinTopicWeight` inactivated), starts
	/// the epochs of the `MaxActiveTopicsPerBlock` heaviest (ties: lower topic id first) and
	/// skips the others' ([`Event::EpochSkipped`]); every topic that stays active is due again
	/// `epoch_length` blocks from now. Returns the weight used.
	pub(crate) fn start_due_epochs(now: BlockNumberFor<T>) -> Weight {
		let params = Params::<T>::get();
		let mut weight = T::WeightInfo::on_initialize_idle();
		let mut schedule = EpochSchedule::<T>::get();
		let most = T::MaxDueTopicsPerBlock::get() as usize;
		let due = queue::take_due(&mut schedule, now, most, |(at, _)| *at, |_| false);
		if due.is_empty() {
			return weight;
		}
		let mut weighed = alloc::vec::Vec::with_capacity(due.len());
		for (at, topic_id) in due {
			let Some(topic) = Topics::<T>::get(topic_id) else { continue };
			let previous = TopicWeights::<T>::get(topic_id).unwrap_or(Fixed::ZERO);
			weight.saturating_accrue(T::ActiveSetHandler::on_epoch_due(topic_id, previous));
			let w = Self::update_weight(topic_id, &topic, &params);
			if w < params.min_topic_weight {
				TotalActiveWeight::<T>::mutate(|t| *t = t.saturating_sub(w));
				weight.saturating_accrue(T::WeightInfo::inactivate_topic());
				weight.saturating_accrue(T::ActiveSetHandler::on_inactivated(topic_id));
				InactiveSince::<T>::insert(topic_id, now);
				Self::deposit_event(Event::TopicInactivated { topic_id, weight: w });
				continue;
			}
			weighed.push((w, topic_id, topic, at));
		}
		weighed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
		for (_, topic_id, topic, at) in &weighed {
			// Due again an epoch after it was due (its period kept when it was weighed late),
			// never before the next block. Taken from the schedule above: there is room.
			let next =
				at.saturating_add(topic.config.epoch_length).max(now.saturating_add(1u32.into()));
			let _ = queue::insert_sorted(&mut schedule, (next, *topic_id));
		}
		EpochSchedule::<T>::put(schedule);
		let cap = params.max_active_topics_per_block as usize;
		for (k, (w, topic_id, mut topic, _)) in weighed.into_iter().enumerate() {
			// A skip does a start's work but the topic's write and the handlers': charged as
			// a start.
			weight.saturating_accrue(T::WeightInfo::start_epoch());
			if k >= cap {
				Self::deposit_event(Event::EpochSkipped { topic_id, block: now, weight: w });
				continue;
			}
			topic.current_epoch_start = now;
			Topics::<T>::insert(topic_id, &topic);
			Self::deposit_event(Event::EpochStarted { topic_id, nonce: now });
			weight.saturating_accrue(T::TopicLifecycle::on_epoch_start(topic_id, &topic, now));
		}
		weight
	}
}
