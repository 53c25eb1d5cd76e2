//! The reputer windows of a topic's nonces: opened when the worker window closes with a network
//! inference, reports checked against the nonce's participants, closed when due (scoring the
//! reports), retired into the bounded history and pruned.

use super::*;

impl<T: Config> Pallet<T> {
	/// The topic and its open reputer windows, if `reputer` may report in it: the topic
	/// exists, the reputer is registered in it and has at least `RequiredMinimumStake` of
	/// authority stake.
	pub(crate) fn reputer_window(
		reputer: &T::AccountId,
		topic_id: TopicId,
	) -> Result<(TopicOf<T>, OpenReputerNoncesOf<T>), DispatchError> {
		Self::ensure_reputer(topic_id, reputer)?;
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		let min: BalanceOf<T> = Params::<T>::get().required_minimum_stake.saturated_into();
		ensure!(Self::authority_stake(topic_id, reputer) >= min, Error::<T>::BelowMinimumStake);
		Ok((topic, OpenReputerNonces::<T>::get(topic_id)))
	}

	/// The open reputer window of `nonce` among a topic's.
	pub(crate) fn open_window(
		open: &mut OpenReputerNoncesOf<T>,
		nonce: BlockNumberFor<T>,
	) -> Result<&mut ReputerNonce<BlockNumberFor<T>>, Error<T>> {
		open.iter_mut().find(|n| n.nonce == nonce).ok_or(Error::<T>::ReputerNonceNotOpen)
	}

	/// Where the current block stands in the reputer window `opens_at ..= closes_at − 1` of a
	/// commit–reveal topic (`CommitRevealOff` for a topic without it).
	pub(crate) fn reputer_phase(
		topic: &TopicOf<T>,
		window: &ReputerNonce<BlockNumberFor<T>>,
	) -> Result<WindowPhase, Error<T>> {
		let phases = topic.config.commit_reveal.ok_or(Error::<T>::CommitRevealOff)?;
		let last = window.closes_at.saturating_sub(1u32.into());
		let now = frame_system::Pallet::<T>::block_number();
		Ok(commit_reveal::phase(window.opens_at, last, phases.reputer, now))
	}

	/// `AlreadyReported` if the reputer has a report at the nonce.
	pub(crate) fn ensure_not_reported(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		reputer: &T::AccountId,
	) -> Result<(), Error<T>> {
		ensure!(
			!LossReports::<T>::contains_key((topic_id, nonce), reputer),
			Error::<T>::AlreadyReported
		);
		Ok(())
	}

	/// The report as stored, after its checks: its lists name the nonce's participants, its
	/// values are in range.
	pub(crate) fn checked_report(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		report: &LossReportOf<T>,
	) -> Result<StoredLossReportOf<T>, Error<T>> {
		let stored = Self::stored_report(topic_id, nonce, report)?;
		ensure!(report.values().all(T::WorkerResults::value_in_range), Error::<T>::ValueOutOfRange);
		Ok(stored)
	}

	/// Pays the `DataSendingFee` from `who` to the topic.
	pub(crate) fn pay_data_fee(topic_id: TopicId, who: &T::AccountId) -> DispatchResult {
		pallet_topics::Pallet::<T>::pay_topic_fee(
			topic_id,
			who,
			pallet_topics::Params::<T>::get().data_sending_fee.saturated_into(),
		)
	}

	/// Stores a checked report and tells.
	pub(crate) fn store_report(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		reputer: T::AccountId,
		stored: StoredLossReportOf<T>,
	) {
		LossReports::<T>::insert((topic_id, nonce), &reputer, stored);
		Self::deposit_event(Event::LossesReported { topic_id, nonce, reputer });
	}

	/// Removes a departing reputer's reports and commitments at the topic's open reputer
	/// nonces; returns the weight.
	pub(crate) fn withdraw_reports(topic_id: TopicId, reputer: &T::AccountId) -> Weight {
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		let mut nonces = 0u32;
		for window in open.iter_mut() {
			let key = (topic_id, window.nonce);
			let reported = LossReports::<T>::contains_key(key, reputer);
			let committed = ReputerCommitments::<T>::contains_key(key, reputer);
			if reported || committed {
				LossReports::<T>::remove(key, reputer);
				ReputerCommitments::<T>::remove(key, reputer);
				// A commitment and its revealed report count once.
				window.reports.saturating_dec();
				nonces.saturating_inc();
			}
		}
		if nonces > 0 {
			OpenReputerNonces::<T>::insert(topic_id, &open);
			Self::deposit_event(Event::ReportsWithdrawn {
				topic_id,
				reputer: reputer.clone(),
				nonces,
			});
		}
		<T as Config>::WeightInfo::withdraw_reports(open.len() as u32)
	}

	/// The report as stored: each of its lists must name exactly the nonce's participants,
	/// each once ([`StoredLossReport::new`]).
	pub(crate) fn stored_report(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		report: &LossReportOf<T>,
	) -> Result<StoredLossReportOf<T>, Error<T>> {
		let participants = T::WorkerResults::participants(topic_id, nonce)
			.ok_or(Error::<T>::ReputerNonceNotOpen)?;
		StoredLossReport::new(report, &participants).ok_or(Error::<T>::WrongParticipants)
	}

	/// Gives worker nonce `nonce` of a topic, whose window closed at `now` with a network
	/// inference, its reputer window: from the later of its ground truth's block
	/// (`nonce + ground_truth_lag`) and the block after `now`, for `epoch_length` blocks.
	/// Drops the oldest open reputer nonce beyond `MaxUnfulfilledReputerRequests`.
	pub(crate) fn open_reputer_window(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Weight {
		let mut weight = <T as Config>::WeightInfo::open_reputer_nonce();
		let due = nonce.saturating_add(topic.config.ground_truth_lag);
		let opens_at = due.max(now.saturating_add(1u32.into()));
		let closes_at = opens_at.saturating_add(topic.config.epoch_length);
		let queued = ReputerClosingQueue::<T>::try_mutate(|q| {
			insert_sorted(q, (closes_at, topic_id, nonce))
		});
		if queued.is_err() {
			Self::deposit_event(Event::ReputerNonceDropped { topic_id, nonce });
			return weight;
		}
		let topics = pallet_topics::Params::<T>::get();
		let keep = (topics.max_unfulfilled_reputer_requests.min(T::MaxUnfulfilledRequests::get())
			as usize)
			.max(1);
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		while open.len() >= keep {
			let dropped = open.remove(0);
			weight.saturating_accrue(Self::retire(topic_id, dropped.nonce, &topics));
			Self::deposit_event(Event::ReputerNonceDropped { topic_id, nonce: dropped.nonce });
		}
		// There is room now: the loop above made it.
		let _ = open.try_push(ReputerNonce { nonce, opens_at, closes_at, reports: 0 });
		OpenReputerNonces::<T>::insert(topic_id, open);
		Self::deposit_event(Event::ReputerNonceOpened { topic_id, nonce, opens_at, closes_at });
		weight
	}

	/// Closes the reputer windows due at `now`, at most `MaxActiveTopicsPerBlock` and as many
	/// as fit in `MaxClosingWeight` at their worst case. The windows of a topic whose regrets
	/// are busy (a worker window closing in stages reads them, a staged update writes them)
	/// wait, and close in the block that ends, or after.
	pub(crate) fn close_due_reputer_nonces(now: BlockNumberFor<T>) -> Weight {
		let budget = <T as Config>::MaxClosingWeight::get();
		let (params, topics) = (Params::<T>::get(), pallet_topics::Params::<T>::get());
		let idle = <T as Config>::WeightInfo::on_initialize_idle();
		let mut weight = idle;
		if PaymentQueue::<T>::exists() {
			let (used, done) = Self::pay_due(weight, budget);
			weight.saturating_accrue(used);
			if !done {
				return weight;
			}
		}
		let mut queue = ReputerClosingQueue::<T>::get();
		if queue.first().is_none_or(|(at, _, _)| *at > now) {
			return weight;
		}
		let worst = Self::worst_close_weight(&params, T::WorkerResults::active_set_sizes());
		// After payments, a close starts only if it fits at its worst.
		if weight != idle && weight.saturating_add(worst).any_gt(budget) {
			return weight;
		}
		let cap = allora_primitives::queue::capacity(
			topics.max_active_topics_per_block,
			budget.saturating_sub(weight),
			worst,
		);
		// Asking for a due topic reads the same two values each time: charged once.
		weight.saturating_accrue(T::WorkerResults::regrets_busy_weight());
		let busy = |(_, topic_id, _): &(_, TopicId, _)| T::WorkerResults::regrets_busy(*topic_id);
		let taken = take_due(&mut queue, now, cap, |(at, _, _)| *at, busy);
		if taken.is_empty() {
			return weight;
		}
		ReputerClosingQueue::<T>::put(queue);
		let mut taken = taken.into_iter();
		while let Some((_, topic_id, nonce)) = taken.next() {
			// What the closes still to come may need is kept from this one's rewards.
			let left = taken.len() as u64;
			let room = budget.saturating_sub(weight).saturating_sub(worst.saturating_mul(left));
			let close = Self::close_reputer_nonce(topic_id, nonce, &params, &topics, room);
			weight.saturating_accrue(close);
			if left > 0 && PaymentQueue::<T>::exists() {
				// Rewards deferred: the other closes wait for them (a topic's rewards are paid
				// in the order of its nonces), back in the queue.
				ReputerClosingQueue::<T>::mutate(|q| {
					for entry in taken {
						// There is room: they were in the queue.
						let _ = insert_sorted(q, entry);
					}
				});
				break;
			}
		}
		weight
	}

	/// Pays the deferred rewards ([`PaymentsDue`]) in order while the budget allows (`spent`
	/// of it used already in this block; at least one unless something was done already).
	/// Returns the weight and whether none is left.
	pub(crate) fn pay_due(spent: Weight, budget: Weight) -> (Weight, bool) {
		let mut queue = PaymentQueue::<T>::get();
		let mut weight = Self::payment_queue_weight();
		let (i, f) = T::WorkerResults::active_set_sizes();
		weight.saturating_accrue(allora_primitives::queue::drain_within(
			&mut queue,
			spent.saturating_add(weight),
			budget,
			Self::worst_payment_weight(i, f),
			true,
			|(topic_id, nonce)| {
				let reputers = PaymentsDue::<T>::take((topic_id, nonce)).unwrap_or_default();
				let losses = NetworkLossesAt::<T>::get(topic_id, nonce).map(|l| l.to_bundle());
				let mut weight = Self::payment_read_weight();
				if let Some(losses) = losses {
					let rewards = T::RewardsPayer::on_losses(*topic_id, *nonce, &losses, &reputers);
					weight.saturating_accrue(rewards);
				}
				weight.saturating_add(T::RewardsPayer::on_nonce_closed(*topic_id))
			},
		));
		let done = queue.is_empty();
		PaymentQueue::<T>::put(queue);
		(weight, done)
	}

	/// Whether the topic has rewards waiting to be paid.
	pub(crate) fn payment_pending(topic_id: TopicId) -> bool {
		PaymentQueue::<T>::get().iter().any(|(t, _)| *t == topic_id)
	}

	pub(crate) fn close_reputer_nonce(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		params: &ReputationParams,
		topics: &TopicsParams,
		room: Weight,
	) -> Weight {
		let was_open = OpenReputerNonces::<T>::mutate(topic_id, |open| {
			let before = open.len();
			open.retain(|n| n.nonce != nonce);
			open.len() != before
		});
		if !was_open {
			return Self::close_weight(0, 0, 0);
		}
		let min: BalanceOf<T> = params.required_minimum_stake.saturated_into();
		// The reports hold losses in the participants' order; a nonce whose record is gone
		// (never reached: the record outlives its reputer window) gives no usable report.
		let participants = T::WorkerResults::participants(topic_id, nonce).unwrap_or_default();
		let mut staked = Vec::new();
		let mut reports = 0u32;
		for (reputer, report) in LossReports::<T>::iter_prefix((topic_id, nonce)) {
			reports.saturating_inc();
			let stake = Self::authority_stake(topic_id, &reputer);
			if stake >= min && !stake.is_zero() {
				staked.push((reputer, stake.saturated_into::<u128>(), report));
			}
		}
		let workers = participants.inferers.len().saturating_add(participants.forecasters.len());
		let workers = workers as u32;
		// `iter_prefix` follows the hashed keys: sort by account for a canonical order.
		staked.sort_by(|a, b| a.0.cmp(&b.0));
		// Merit sortition: at most `MaxTopReputersToReward`, the best by score EMA; only the
		// chosen reports are converted back to per-worker losses.
		let chosen = match pallet_topics::Pallet::<T>::topic(topic_id) {
			Some(topic) => pallet_topics::Pallet::<T>::select_active(
				topic_id,
				&topic,
				RewardTask::Reputation,
				staked.iter().map(|(r, ..)| r.clone()).collect(),
				params.max_top_reputers_to_reward,
				nonce,
			),
			None => staked.iter().map(|(r, ..)| r.clone()).collect(),
		};
		let (reporters, bundles): (Vec<_>, Vec<_>) = staked
			.into_iter()
			.filter(|(r, ..)| chosen.binary_search(r).is_ok())
			.filter_map(|(r, stake, report)| {
				report.to_bundle(&participants).map(|bundle| (r, (stake, bundle)))
			})
			.unzip();
		let weight = if reporters.is_empty() {
			Self::deposit_event(Event::ReputerNonceClosedEmpty { topic_id, nonce });
			Self::close_weight(reports, workers, 0)
		} else {
			// The rewards are paid now if they fit in `room` with the close, else deferred.
			let close = |scoring| {
				Self::close_weight(reports, workers, scoring)
					.saturating_add(Self::retire_weight(reports))
					.saturating_add(T::RewardsPayer::on_nonce_closed_weight())
			};
			let (i, f) =
				(participants.inferers.len() as u32, participants.forecasters.len() as u32);
			let payment = T::RewardsPayer::max_weight(i, f, reporters.len() as u32);
			let pay_now = |scoring| close(scoring).saturating_add(payment).all_lte(room);
			match Self::process_losses(topic_id, nonce, &reporters, &bundles, params, pay_now) {
				Ok(done) => {
					Self::close_weight(reports, workers, done.scoring).saturating_add(done.rewards)
				},
				Err(error) => {
					Self::deposit_event(Event::LossesFailed { topic_id, nonce, error });
					// Nothing was written; charge all the work that may have been done.
					let (i, f) = (participants.inferers.len(), participants.forecasters.len());
					let columns = loss_columns(i as u32, f as u32);
					let steps = params.gradient_descent_max_iters;
					Self::close_weight(
						reports,
						workers,
						scoring_units(reporters.len() as u32, columns, steps),
					)
				},
			}
		};
		weight
			.saturating_add(Self::retire(topic_id, nonce, topics))
			.saturating_add(T::RewardsPayer::on_nonce_closed(topic_id))
	}

	/// The most retiring a nonce weighs: two prunes of `reports` reports and as many
	/// commitments each at most.
	pub(crate) fn retire_weight(reports: u32) -> Weight {
		<T as Config>::WeightInfo::prune_reputer_nonce(reports.saturating_mul(2)).saturating_mul(2)
	}

	/// Adds a finished reputer nonce to the topic's history and prunes the records beyond the
	/// `MinEpochLengthRecordLimit` newest.
	pub(crate) fn retire(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		topics: &TopicsParams,
	) -> Weight {
		let keep =
			(topics.min_epoch_length_record_limit as usize).clamp(1, T::MaxHistory::get() as usize);
		ReputerHistory::<T>::mutate(topic_id, |h| {
			retire_into(h, keep, nonce, |old| Self::prune(topic_id, old))
		})
	}

	/// Deletes the records of a closed reputer nonce: its reports and commitments (at most
	/// `MaxReputersPerTopic` each, all of them), network losses and scores.
	pub(crate) fn prune(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		let limit = T::MaxReputersPerTopic::get();
		let reports = LossReports::<T>::clear_prefix((topic_id, nonce), limit, None).backend;
		// A commitment is smaller than a report: charged as one.
		let commitments =
			ReputerCommitments::<T>::clear_prefix((topic_id, nonce), limit, None).backend;
		let removed = reports.saturating_add(commitments);
		NetworkLossesAt::<T>::remove(topic_id, nonce);
		ReputerScores::<T>::remove(topic_id, nonce);
		<T as Config>::WeightInfo::prune_reputer_nonce(removed)
	}
}
