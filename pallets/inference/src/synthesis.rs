//! The synthesis state at work: the regret and inclusion updates once the reputers' network
//! losses are known, in stages when they do not fit in a block.

use super::*;

impl<T: Config> Pallet<T> {
	/// Applies the network losses of a closed reputer nonce (synthesis spec §2.12): every regret
	/// of the bundle's participants moves by an EMA (the topic's `alpha_regret`) towards its
	/// instantaneous regret, the combined loss becomes the topic's latest network loss, and the
	/// initial regret is re-estimated if any worker is experienced. Nothing is written on error.
	///
	/// An update whose rows weigh more than `MaxClosingWeight` is staged ([`RegretUpdates`]):
	/// the slots are taken and the initial regret re-estimated now, the rows written by the
	/// closing hook in the next blocks (unless `MaxOpenWindows` updates wait already: then it
	/// is written at once). Returns how many regrets were computed and rows read
	/// and written now (what the caller charges).
	pub fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
	) -> Result<RegretsUpdated, SynthesisError> {
		let topic =
			pallet_topics::Pallet::<T>::topic(topic_id).ok_or(SynthesisError::NoInferences)?;
		let alpha = topic.config.alpha_regret;
		let source = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let plans = regret_row_plans(losses);
		let rows = plans.len() as u32;
		let fits =
			<T as Config>::WeightInfo::update_regret_rows(rows).all_lte(T::MaxClosingWeight::get());
		let queue_full =
			RegretUpdateQueue::<T>::decode_len().unwrap_or(0) >= T::MaxOpenWindows::get() as usize;
		if fits || rows == 0 || queue_full {
			let updates = plans
				.iter()
				.map(|plan| plan.update(&source, alpha))
				.collect::<Result<RowUpdates<_>, _>>()?;
			let new_initial =
				Self::re_estimated_initial_regret(topic_id, &topic, &source, &updates)?;
			let count = regrets_in(&updates);
			let rows = regrets::write_regret_rows::<T>(topic_id, updates);
			Self::regrets_updated(topic_id, nonce, losses.combined, count, new_initial);
			return Ok(RegretsUpdated { regrets: count, rows });
		}
		let firsts = plans
			.iter()
			.filter(|plan| matches!(plan.row, RegretRow::Inferers | RegretRow::Forecasters))
			.map(|plan| plan.update(&source, alpha))
			.collect::<Result<RowUpdates<_>, _>>()?;
		let new_initial_regret =
			Self::re_estimated_initial_regret(topic_id, &topic, &source, &firsts)?;
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
		Self::deposit_event(Event::RegretUpdateStaged { topic_id, nonce, rows });
		// The weight of what was done now: the two rows read and their regrets computed.
		Ok(RegretsUpdated { regrets: regrets_in(&firsts), rows: firsts.len() as u32 })
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
	/// inferers' and forecasters' rows of `updates`; `source` holds the previous ones).
	fn re_estimated_initial_regret(
		topic_id: TopicId,
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
				let inclusions = InclusionCount::<T>::get(topic_id, (task, worker.clone()));
				if is_experienced(had_prior, inclusions, alpha)? {
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
	/// topic cannot retire.
	pub fn regrets_busy(topic_id: TopicId) -> bool {
		Self::closing_topic() == Some(topic_id) || RegretUpdateQueue::<T>::get().contains(&topic_id)
	}

	/// Counts one more paid task of a worker (the emissions pallet calls it on payout).
	pub fn note_inclusion(topic_id: TopicId, task: WorkerTask, worker: &T::AccountId) {
		InclusionCount::<T>::mutate(topic_id, (task, worker.clone()), |c| *c = c.saturating_add(1));
	}
}

/// The regrets of row updates.
fn regrets_in<W>(updates: &RowUpdates<W>) -> u32 {
	updates.iter().map(|(_, e)| e.len() as u32).fold(0u32, u32::saturating_add)
}
