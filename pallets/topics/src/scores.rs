//! Merit sortition (rewards spec §6.1): who of a task's candidates is in an epoch's active set,
//! and the score EMAs that decide it.

use crate::*;
use alloc::vec::Vec;
use allora_rewards::sortition::select_top;
use allora_synthesis::stats::{ema, quantile};

impl<T: Config> Pallet<T> {
	/// Stores a topic's new initial regret (the inference pallet's regret update).
	pub fn set_initial_regret(topic_id: TopicId, value: Fixed) {
		Topics::<T>::mutate(topic_id, |t| {
			if let Some(t) = t {
				t.initial_regret = value;
			}
		});
	}

	/// The topic's EMA weight and quantile for a task.
	fn sortition_params(topic: &TopicOf<T>, task: RewardTask) -> (Fixed, Fixed) {
		let c = &topic.config;
		let q = match task {
			RewardTask::Inference => c.active_inferer_quantile,
			RewardTask::Forecast => c.active_forecaster_quantile,
			RewardTask::Reputation => c.active_reputer_quantile,
		};
		(c.merit_sortition_alpha, q)
	}

	/// The active set of a task at `nonce` among `candidates` (sorted by account): all of
	/// them up to `cap`; beyond it, the `cap` with the highest score EMAs (ties: lower account
	/// first), as the simulator's model does. The excluded candidates' EMAs move towards the
	/// topic's stored quantile, so that they get another chance later. Returns the selected
	/// accounts in account order.
	pub fn select_active(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		task: RewardTask,
		candidates: Vec<T::AccountId>,
		cap: u32,
		nonce: BlockNumberFor<T>,
	) -> Vec<T::AccountId> {
		if candidates.len() <= cap as usize {
			return candidates;
		}
		let ranked: Vec<(T::AccountId, Fixed)> = candidates
			.iter()
			.map(|a| {
				let ema = ScoreEmas::<T>::get((topic_id, task, a)).map_or(Fixed::ZERO, |e| e.score);
				(a.clone(), ema)
			})
			.collect();
		let selected = select_top(&ranked, cap as usize);
		let (alpha, _) = Self::sortition_params(topic, task);
		let cutoff = ScoreQuantiles::<T>::get(topic_id, task);
		for (account, previous) in ranked.iter().filter(|(a, _)| selected.binary_search(a).is_err())
		{
			let score = ema(alpha, cutoff, *previous).unwrap_or(*previous);
			ScoreEmas::<T>::insert((topic_id, task, account), ScoreEma { nonce, score });
		}
		Self::deposit_event(Event::ActiveSetSelected {
			topic_id,
			task,
			nonce,
			selected: selected.len() as u32,
			excluded: (ranked.len() - selected.len()) as u32,
		});
		selected
	}

	/// Moves the score EMAs of a task's scored participants with their instant scores of
	/// `nonce` (a first score is taken as is) and stores the quantile of those scores.
	pub fn record_scores(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		task: RewardTask,
		nonce: BlockNumberFor<T>,
		scores: &[(T::AccountId, Fixed)],
	) {
		let (alpha, q) = Self::sortition_params(topic, task);
		for (account, instant) in scores {
			let score = match ScoreEmas::<T>::get((topic_id, task, account)) {
				Some(prev) => ema(alpha, *instant, prev.score).unwrap_or(*instant),
				None => *instant,
			};
			ScoreEmas::<T>::insert((topic_id, task, account), ScoreEma { nonce, score });
		}
		let values: Vec<Fixed> = scores.iter().map(|(_, s)| *s).collect();
		let quantile = quantile(&values, q).unwrap_or(Fixed::ZERO);
		ScoreQuantiles::<T>::insert(topic_id, task, quantile);
		Self::deposit_event(Event::ScoresRecorded {
			topic_id,
			task,
			nonce,
			scored: scores.len() as u32,
			quantile,
		});
	}
}
