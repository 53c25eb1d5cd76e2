//! Paying a topic's epoch (rewards spec §2–§4.1): when a reputer nonce closes with network
//! losses, the topic's budget — its share of the network emission over the blocks since its
//! previous rewarded epoch ([`crate::accrual`]) — is split among that nonce's inferers,
//! forecasters and reputers and paid from the rewards account.

use crate::accrual::{settle_weight, tokens, units};
use crate::*;
use alloc::vec::Vec;
use allora_primitives::{RewardsPayer, ScoredReputer};
use allora_rewards::{
	distribution::{split_rewards, worker_scores, SplitParams, TaskInput, WorkerScores},
	fractions::{next_window, reputer_fractions, score_fractions},
	reputers::stake_fractions,
};
use allora_synthesis::{losses::LossBundle, SynthesisError};
use pallet_topics::{Role, TopicOf};

impl<T: Config> Pallet<T> {
	/// What a rewarded epoch of the topic pays now (smallest unit): its budget shared equally
	/// with the topic's reputer nonces still open (the budget holds their epochs' shares too),
	/// at most what the rewards account can pay. Called while a nonce closes (it is no longer
	/// open), so the topic's last open nonce takes everything that is left.
	pub fn topic_reward(topic_id: TopicId) -> u128 {
		let pending = T::Stakes::open_reputer_nonces(topic_id);
		let share = TopicRewardBudget::<T>::get(topic_id) / (pending as u128).saturating_add(1);
		share.min(Self::spendable(&Self::rewards_account()))
	}

	/// What an account can pay and stay alive.
	pub(crate) fn spendable(who: &T::AccountId) -> u128 {
		<T as pallet_topics::Config>::Currency::reducible_balance(
			who,
			Preservation::Preserve,
			Fortitude::Polite,
		)
		.saturated_into()
	}

	/// Scores a closed nonce's workers (their score EMAs and score windows move) and pays the
	/// topic's epoch reward. Returns the weight used.
	pub(crate) fn reward_epoch(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
		reputers: &[ScoredReputer<T::AccountId>],
	) -> Weight {
		let Some(topic) = pallet_topics::Pallet::<T>::topic(topic_id) else {
			return Weight::zero();
		};
		let (i, f, r) = (losses.inferer.len(), losses.forecaster.len(), reputers.len());
		let weight = <T as Config>::WeightInfo::reward_epoch(i as u32, f as u32, r as u32);
		let scores = match worker_scores(losses) {
			Ok(s) => s,
			Err(e) => {
				let error = SynthesisError::Arithmetic(e);
				Self::deposit_event(Event::EpochRewardFailed { topic_id, nonce, error });
				return weight;
			},
		};
		let windows = Self::record_worker_scores(topic_id, &topic, nonce, losses, &scores);
		let reward = Self::topic_reward(topic_id);
		// No inferer scores (the nonce had no one-out losses, e.g. a topic's first epochs).
		if reward == 0 || scores.inferers.is_empty() {
			let carried = TopicRewardBudget::<T>::get(topic_id).saturated_into();
			Self::deposit_event(Event::EpochUnrewarded { topic_id, nonce, carried });
			return weight;
		}
		match Self::distribution(topic_id, &topic, reward, &scores, &windows, reputers) {
			Ok(d) => Self::pay(topic_id, nonce, reward, d),
			Err(error) => Self::deposit_event(Event::EpochRewardFailed { topic_id, nonce, error }),
		}
		weight
	}

	/// Moves the workers' score EMAs (when more than one did the task, as the reference) and
	/// each task's score window; returns the new windows (inferers, forecasters).
	fn record_worker_scores(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
		scores: &WorkerScores<T::AccountId>,
	) -> (Vec<Fixed>, Vec<Fixed>) {
		let params = RewardParameters::<T>::get();
		let max = params.max_samples_to_scale_scores.min(MAX_SCORE_SAMPLES) as usize;
		let window = |task, list: &[(T::AccountId, Fixed)], participants: usize| {
			if participants > 1 {
				pallet_topics::Pallet::<T>::record_scores(topic_id, topic, task, nonce, list);
			}
			let latest: Vec<Fixed> = list.iter().map(|(_, s)| *s).collect();
			let previous = ScoreWindows::<T>::get(topic_id, task);
			let next = next_window(&latest, &previous, max);
			ScoreWindows::<T>::insert(topic_id, task, BoundedVec::truncate_from(next.clone()));
			next
		};
		let inferers = window(RewardTask::Inference, &scores.inferers, losses.inferer.len());
		let forecasters =
			window(RewardTask::Forecast, &scores.forecasters, losses.forecaster.len());
		(inferers, forecasters)
	}

	/// The epoch's split (pure math over stored state; writes nothing).
	fn distribution(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		reward: u128,
		scores: &WorkerScores<T::AccountId>,
		(inferer_window, forecaster_window): &(Vec<Fixed>, Vec<Fixed>),
		reputers: &[ScoredReputer<T::AccountId>],
	) -> Result<Distribution<T::AccountId>, SynthesisError> {
		let params = RewardParameters::<T>::get();
		let epsilon = topic.config.epsilon;
		let task = |task: RewardTask,
		            accounts: Vec<T::AccountId>,
		            fractions: Vec<Fixed>|
		 -> TaskInput<T::AccountId> {
			let participants = accounts
				.into_iter()
				.zip(fractions)
				.map(|(a, f)| {
					let previous = SmoothedFractions::<T>::get((topic_id, task, &a));
					(a, f, previous)
				})
				.collect();
			TaskInput { participants }
		};
		let split = |list: &[(T::AccountId, Fixed)]| -> (Vec<T::AccountId>, Vec<Fixed>) {
			list.iter().cloned().unzip()
		};
		let (inferers, latest) = split(&scores.inferers);
		let fractions = score_fractions(
			&latest,
			inferer_window,
			params.p_reward_inference,
			params.c_reward_inference,
			epsilon,
		)?;
		let inference = task(RewardTask::Inference, inferers, fractions);
		let (forecasters, latest) = split(&scores.forecasters);
		let forecast = if forecasters.is_empty() {
			TaskInput { participants: Vec::new() }
		} else {
			let fractions = score_fractions(
				&latest,
				forecaster_window,
				params.p_reward_forecast,
				params.c_reward_forecast,
				epsilon,
			)?;
			task(RewardTask::Forecast, forecasters, fractions)
		};
		let stakes: Vec<u128> = reputers.iter().map(|r| r.stake).collect();
		let reputer_scores: Vec<Fixed> = reputers.iter().map(|r| r.score).collect();
		let fractions = reputer_fractions(
			&stake_fractions(&stakes)?,
			&reputer_scores,
			params.p_reward_reputer,
		)?;
		let accounts = reputers.iter().map(|r| r.reputer.clone()).collect();
		let reputation = task(RewardTask::Reputation, accounts, fractions);
		let split_params =
			SplitParams { alpha: params.task_reward_alpha, beta: params.beta_entropy };
		split_rewards(
			tokens(reward),
			&inference,
			&forecast,
			&reputation,
			scores,
			ForecasterScoreRatio::<T>::get(topic_id),
			&split_params,
		)
	}

	/// Stores the split's smoothed fractions and score ratio and pays everyone from the rewards
	/// account: reputers first (staked for them, their delegators' share set aside), then
	/// inferers and forecasters (paid to their accounts; each payment counts an inclusion).
	/// Never pays more than `reward` in all.
	fn pay(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		reward: u128,
		d: Distribution<T::AccountId>,
	) {
		for (task, outcome) in [
			(RewardTask::Inference, &d.inference),
			(RewardTask::Forecast, &d.forecast),
			(RewardTask::Reputation, &d.reputation),
		] {
			for (who, x) in &outcome.smoothed {
				SmoothedFractions::<T>::insert((topic_id, task, who), x);
			}
		}
		ForecasterScoreRatio::<T>::insert(topic_id, d.ratio);
		let pot = Self::rewards_account();
		let mut left = reward;
		let mut failed = 0u32;
		let mut to_reputers = 0u128;
		for (reputer, x) in &d.reputation.rewards {
			let amount = units(*x).min(left);
			if amount == 0 {
				continue;
			}
			match T::Stakes::pay_reputer_reward(topic_id, reputer, &pot, amount) {
				Ok(_) => {
					left -= amount;
					to_reputers = to_reputers.saturating_add(amount);
				},
				Err(_) => failed = failed.saturating_add(1),
			}
		}
		let mut included = Vec::new();
		for (task, outcome) in
			[(WorkerTask::Inference, &d.inference), (WorkerTask::Forecast, &d.forecast)]
		{
			for (worker, x) in &outcome.rewards {
				let amount = units(*x).min(left);
				if amount == 0 {
					continue;
				}
				let paid = <T as pallet_topics::Config>::Currency::transfer(
					&pot,
					worker,
					amount.saturated_into(),
					Preservation::Preserve,
				);
				if paid.is_ok() {
					left -= amount;
					included.push((task, worker.clone()));
					Self::deposit_event(Event::WorkerRewarded {
						topic_id,
						worker: worker.clone(),
						task,
						amount: amount.saturated_into(),
					});
				} else {
					failed = failed.saturating_add(1);
				}
			}
		}
		T::WorkerResults::note_inclusions(topic_id, &included);
		let paid = reward - left;
		let carried = TopicRewardBudget::<T>::mutate(topic_id, |b| {
			*b = b.saturating_sub(paid);
			*b
		});
		RewardsPaid::<T>::mutate(|p| *p = p.saturating_add(paid));
		MonthRewards::<T>::mutate(|(all, reps)| {
			*all = all.saturating_add(paid);
			*reps = reps.saturating_add(to_reputers);
		});
		Self::deposit_event(Event::EpochRewarded {
			topic_id,
			nonce,
			reward: reward.saturated_into(),
			inferers: units(d.inference.total).saturated_into(),
			forecasters: units(d.forecast.total).saturated_into(),
			reputers: units(d.reputation.total).saturated_into(),
			paid: paid.saturated_into(),
			failed,
			carried: carried.saturated_into(),
		});
	}
}

impl<T: Config> RewardsPayer<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn on_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
		reputers: &[ScoredReputer<T::AccountId>],
	) -> Weight {
		Self::reward_epoch(topic_id, nonce, losses, reputers)
	}

	fn max_weight(inferers: u32, forecasters: u32, reputers: u32) -> Weight {
		<T as Config>::WeightInfo::reward_epoch(inferers, forecasters, reputers)
	}

	/// A topic that has finished (inactive, nothing left open) burns its budget.
	fn on_nonce_closed(topic_id: TopicId) -> Weight {
		Self::burn_if_finished(topic_id, false);
		settle_weight::<T>()
	}

	fn on_nonce_closed_weight() -> Weight {
		settle_weight::<T>()
	}
}

impl<T: Config> allora_primitives::TopicLifecycle<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn on_epoch_start(_: TopicId, _: &TopicOf<T>, _: BlockNumberFor<T>) -> Weight {
		Weight::zero()
	}

	/// A participant that leaves a role loses its smoothed reward fractions in the role's
	/// tasks: a returning account starts as a newcomer.
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		for task in role.tasks() {
			SmoothedFractions::<T>::remove((topic_id, *task, account));
		}
		Self::on_unregister_weight()
	}

	fn on_unregister_weight() -> Weight {
		T::DbWeight::get().writes(2)
	}

	fn has_open_nonces(_: TopicId) -> bool {
		false
	}

	/// Burns what is left of the topic's budget (nothing, normally: a finished topic's budget
	/// was burnt when its last nonce closed) and deletes its score windows and smoothed
	/// fractions (each leaver took its own).
	fn on_retire(topic_id: TopicId, _: u32) -> (Weight, bool) {
		Self::burn_if_finished(topic_id, true);
		TopicIndex::<T>::remove(topic_id);
		let windows = ScoreWindows::<T>::clear_prefix(topic_id, 3, None);
		let fractions = SmoothedFractions::<T>::clear_prefix((topic_id,), RETIRED_FRACTIONS, None);
		let done = windows.maybe_cursor.is_none() && fractions.maybe_cursor.is_none();
		(Self::on_retire_weight(0), done)
	}

	fn on_retire_weight(_: u32) -> Weight {
		settle_weight::<T>().saturating_add(
			T::DbWeight::get()
				.reads_writes((4 + RETIRED_FRACTIONS).into(), (4 + RETIRED_FRACTIONS).into()),
		)
	}
}

/// The smoothed fractions one retirement call deletes at most (a retired topic has no
/// participants, and each took its own with it).
const RETIRED_FRACTIONS: u32 = 16;
