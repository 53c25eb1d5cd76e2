//! The synthesis state at work: the regret and inclusion updates once the reputers' network
//! losses are known, in stages when they do not fit in a block.

use super::*;

impl<T: Config> Pallet<T> {
	/// Applies the network losses of a closed reputer nonce (synthesis spec §2.12): every regret
	/// of the bundle's participants moves by an EMA (the topic's `alpha_regret`) towards its
	/// instantaneous regret, the combined loss becomes the topic's latest network loss, and the
	/// initial regret is re-estimated if any worker is experienced. Nothing is written on error.
	///
	/// The update is staged ([`RegretUpdates`]): the workers' slots are taken and the initial
	/// regret re-estimated now (from the inferers' and forecasters' rows), the rows are written
	/// by the closing hook from the next block on, before any window close starts, as many a
	/// block as its budget allows (one block for the usual topic; a 256 × 256 one takes
	/// three). Meanwhile the topic's regrets are busy ([`Pallet::regrets_busy`]). So the
	/// reputer close's weight does not grow with the regrets, and a window close reads the
	/// same regrets as if they had been written at once. Returns the weight of the work done
	/// now, beyond what the reputer close's benchmark measures: the two rows read.
	pub fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
	) -> Result<Weight, SynthesisError> {
		let topic =
			pallet_topics::Pallet::<T>::topic(topic_id).ok_or(SynthesisError::NoInferences)?;
		// The reputer closes of a topic wait while the queue is full (`regrets_busy`).
		if Self::update_queue_full(RegretUpdateQueue::<T>::decode_len().unwrap_or(0)) {
			return Err(SynthesisError::NoRegrets);
		}
		let alpha = topic.config.alpha_regret;
		let source = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let plans = regret_row_plans(losses);
		let firsts = plans
			.iter()
			.filter(|plan| matches!(plan.row, RegretRow::Inferers | RegretRow::Forecasters))
			.map(|plan| plan.update(&source, alpha))
			.collect::<Result<RowUpdates<_>, _>>()?;
		let new_initial_regret = Self::re_estimated_initial_regret(&topic, &source, &firsts)?;
		if plans.is_empty() {
			// No worker: only the latest network loss changes, now.
			Self::regrets_updated(topic_id, nonce, losses.combined, 0, new_initial_regret);
			return Ok(Self::staging_weight());
		}
		let named = plans
			.iter()
			.flat_map(|plan| plan.row.about().cloned().into_iter().chain(plan.workers().to_vec()))
			.collect();
		regrets::claim_slots::<T>(topic_id, &named);
		RegretUpdates::<T>::insert(
			topic_id,
			RegretUpdate {
				nonce,
				alpha,
				new_initial_regret,
				written: 0,
				regrets: 0,
				losses: LossReport::from_bundle(losses.clone()),
			},
		);
		// Not full: checked above.
		let _ = RegretUpdateQueue::<T>::try_append(topic_id);
		let rows = plans.len() as u32;
		Self::deposit_event(Event::RegretUpdateStaged { topic_id, nonce, rows });
		Ok(Self::staging_weight())
	}

	/// Writes the rows of the staged regret updates, in their order, while the budget allows
	/// (`spent` of it used already in this block; at least one row unless something was
	/// `done` already). Returns the weight and whether none is left.
	pub(crate) fn write_staged_regrets(
		spent: Weight,
		done: bool,
		budget: Weight,
	) -> (Weight, bool) {
		let mut queue = RegretUpdateQueue::<T>::get();
		let mut weight = Self::staged_update_read();
		let mut progressed = done;
		while let Some(&topic_id) = queue.first() {
			let (Some(mut update), Some(topic)) =
				(RegretUpdates::<T>::get(topic_id), pallet_topics::Pallet::<T>::topic(topic_id))
			else {
				// A staged update keeps its topic (it cannot retire meanwhile): never reached.
				RegretUpdates::<T>::remove(topic_id);
				queue.remove(0);
				continue;
			};
			weight.saturating_accrue(Self::staged_update_weight());
			let losses = update.losses.to_bundle();
			let plans = regret_row_plans(&losses);
			let source = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
			let mut rows = Vec::new();
			let mut emas = 0u32;
			while let Some(plan) = plans.get(update.written as usize) {
				let more = Self::staged_rows_weight(
					rows.len().saturating_add(1) as u32,
					emas.saturating_add(plan.workers().len() as u32),
				);
				if progressed && spent.saturating_add(weight).saturating_add(more).any_gt(budget) {
					break;
				}
				emas.saturating_accrue(plan.workers().len() as u32);
				progressed = true;
				// Within the runtime's bounds an EMA of losses and regrets never overflows; a
				// row that would is left as it is.
				if let Ok(row) = plan.update(&source, update.alpha) {
					rows.push(row);
				}
				update.written.saturating_inc();
			}
			update.regrets.saturating_accrue(regrets_in(&rows));
			let places = regrets::current_places::<T>(topic_id);
			let written = regrets::write_rows::<T>(topic_id, rows, &places);
			weight.saturating_accrue(Self::staged_rows_weight(written, emas));
			if (update.written as usize) < plans.len() {
				RegretUpdates::<T>::insert(topic_id, update);
				break;
			}
			RegretUpdates::<T>::remove(topic_id);
			queue.remove(0);
			let (nonce, count, initial) = (update.nonce, update.regrets, update.new_initial_regret);
			Self::regrets_updated(topic_id, nonce, losses.combined, count, initial);
			weight.saturating_accrue(Self::regrets_updated_weight());
		}
		let done = queue.is_empty();
		RegretUpdateQueue::<T>::put(queue);
		(weight, done)
	}

	/// The topic's initial regret re-estimated from the experienced workers' new regrets (the
	/// inferers' and forecasters' rows of `updates`; `source` holds the previous ones and the
	/// inclusion counts, both as they were before the epoch's payment).
	fn re_estimated_initial_regret(
		topic: &TopicOf<T>,
		source: &StoredRegrets<T>,
		updates: &RowUpdates<T::AccountId>,
	) -> Result<Option<Fixed>, SynthesisError> {
		let params = Params::<T>::get();
		let alpha = topic.config.alpha_regret;
		let mut experienced = Vec::new();
		for (row, entries) in updates {
			let task = match row {
				RegretRow::Inferers => WorkerTask::Inference,
				RegretRow::Forecasters => WorkerTask::Forecast,
				_ => continue,
			};
			for (worker, value) in entries {
				let key = RegretKey::from_row(row.clone(), worker.clone());
				let had_prior = source.stored(&key).is_some();
				if is_experienced(had_prior, source.inclusions(task, worker), alpha)? {
					experienced.push(*value);
				}
			}
		}
		initial_regret(
			&experienced,
			topic.config.epsilon,
			topic.config.p_norm,
			params.c_norm,
			params.initial_regret_quantile,
			params.p_norm_safe_div,
		)
	}

	/// An update's last writes: the latest network loss, the initial regret, their events.
	fn regrets_updated(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		network_loss: Fixed,
		regrets: u32,
		new_initial: Option<Fixed>,
	) {
		LatestNetworkLoss::<T>::insert(topic_id, network_loss);
		Self::deposit_event(Event::RegretsUpdated { topic_id, nonce, network_loss, regrets });
		if let Some(initial_regret) = new_initial {
			pallet_topics::Pallet::<T>::set_initial_regret(topic_id, initial_regret);
			Self::deposit_event(Event::InitialRegretUpdated { topic_id, initial_regret });
		}
	}

	/// Whether the topic's regrets are in use by a close in stages or a staged update: they
	/// must not change (its reputer closes wait, leaving workers keep their regrets) and the
	/// topic cannot retire. While `MaxOpenWindows` updates wait, every topic's are: no update
	/// can be staged before the queue moves.
	pub fn regrets_busy(topic_id: TopicId) -> bool {
		let queue = RegretUpdateQueue::<T>::get();
		Self::closing_topic() == Some(topic_id)
			|| queue.contains(&topic_id)
			|| Self::update_queue_full(queue.len())
	}

	/// Whether a regret update queue of `len` topics takes no more.
	fn update_queue_full(len: usize) -> bool {
		len >= T::MaxOpenWindows::get() as usize
	}

	/// Counts one more paid task of each worker of `paid` (the emissions pallet calls it once
	/// an epoch is paid), in the workers' regret slots.
	pub fn note_inclusions(topic_id: TopicId, paid: &[(WorkerTask, T::AccountId)]) {
		regrets::note_inclusions::<T>(topic_id, paid)
	}
}

/// The regrets of row updates.
fn regrets_in<W>(updates: &RowUpdates<W>) -> u32 {
	updates.iter().map(|(_, e)| e.len() as u32).fold(0u32, u32::saturating_add)
}
