//! The synthesis state at work: the regret and inclusion updates once the reputers' network
//! losses are known.

use super::*;

impl<T: Config> Pallet<T> {
	/// Applies the network losses of a closed reputer nonce (synthesis spec §2.12): every regret
	/// of the bundle's participants moves by an EMA (the topic's `alpha_regret`) towards its
	/// instantaneous regret, the combined loss becomes the topic's latest network loss, and the
	/// initial regret is re-estimated if any worker is experienced. Nothing is written on error.
	/// Returns how many regrets and rows were updated.
	pub fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
	) -> Result<RegretsUpdated, SynthesisError> {
		let topic =
			pallet_topics::Pallet::<T>::topic(topic_id).ok_or(SynthesisError::NoInferences)?;
		let params = Params::<T>::get();
		let alpha = topic.config.alpha_regret;
		let source = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let updates = regret_updates(&source, losses, alpha)?;
		let mut experienced = Vec::new();
		for (row, entries) in &updates {
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
		let new_initial = initial_regret(
			&experienced,
			topic.config.epsilon,
			topic.config.p_norm,
			params.c_norm,
			params.initial_regret_quantile,
			params.p_norm_safe_div,
		)?;
		let count = updates.iter().map(|(_, e)| e.len() as u32).fold(0u32, u32::saturating_add);
		let rows = regrets::write_regret_rows::<T>(topic_id, updates);
		LatestNetworkLoss::<T>::insert(topic_id, losses.combined);
		Self::deposit_event(Event::RegretsUpdated {
			topic_id,
			nonce,
			network_loss: losses.combined,
			regrets: count,
		});
		if let Some(initial_regret) = new_initial {
			pallet_topics::Pallet::<T>::set_initial_regret(topic_id, initial_regret);
			Self::deposit_event(Event::InitialRegretUpdated { topic_id, initial_regret });
		}
		Ok(RegretsUpdated { regrets: count, rows })
	}

	/// Counts one more paid task of a worker (the emissions pallet calls it on payout).
	pub fn note_inclusion(topic_id: TopicId, task: WorkerTask, worker: &T::AccountId) {
		InclusionCount::<T>::mutate(topic_id, (task, worker.clone()), |c| *c = c.saturating_add(1));
	}
}
