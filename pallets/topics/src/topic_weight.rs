//! Topic weights (rewards spec §1.1–1.2): updated once per epoch, at its start.

use crate::*;
use allora_synthesis::stats::ema;
use polkadot_sdk::sp_runtime::helpers_128bit::multiply_by_rational_with_rounding;
use polkadot_sdk::sp_runtime::Rounding;

impl<T: Config> Pallet<T> {
	/// The topic's weight `stake^μ · (fee revenue / epoch length)^ν`, amounts in token units
	/// (so that a weight reads in the smallest unit like `MinTopicWeight`); 0 without fee
	/// revenue, and 0 on an arithmetic failure.
	pub fn topic_weight(topic_id: TopicId, topic: &TopicOf<T>, params: &TopicsParams) -> Fixed {
		let revenue: u128 = FeeRevenue::<T>::get(topic_id).saturated_into();
		let epoch: u128 = topic.config.epoch_length.saturated_into();
		if revenue == 0 || epoch == 0 {
			return Fixed::ZERO;
		}
		let stake = T::TopicStake::topic_stake(topic_id);
		let to_fixed = |v: u128| Fixed::from_raw(v.min(i128::MAX as u128) as i128);
		let weight = || -> Result<Fixed, allora_synthesis::FixedError> {
			let s = to_fixed(stake).checked_pow(params.topic_reward_stake_importance)?;
			let c = to_fixed(revenue / epoch)
				.checked_pow(params.topic_reward_fee_revenue_importance)?;
			s.checked_mul(c)
		};
		weight().unwrap_or(Fixed::ZERO)
	}

	/// A topic's new weight at an epoch start: the EMA (`TopicRewardAlpha`) of its target
	/// weight (see [`Pallet::topic_weight`]) with the stored weight (taken as is the first
	/// time); 0 without fee revenue. Stores it, moves [`TotalActiveWeight`] by the change, then
	/// drips the fee revenue. Returns the weight.
	pub(crate) fn update_weight(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		params: &TopicsParams,
	) -> Fixed {
		let previous = TopicWeights::<T>::get(topic_id);
		let weight = Self::next_weight(topic_id, topic, params);
		TopicWeights::<T>::insert(topic_id, weight);
		TotalActiveWeight::<T>::mutate(|t| {
			*t = t.saturating_add(weight).saturating_sub(previous.unwrap_or(Fixed::ZERO))
		});
		let fee_revenue = Self::drip(topic_id, topic, params);
		Self::deposit_event(Event::TopicWeightUpdated { topic_id, weight, fee_revenue });
		weight
	}

	/// The weight a topic would have if it were recomputed now: the EMA (`TopicRewardAlpha`)
	/// of its target weight ([`Pallet::topic_weight`]) with its stored weight, the target
	/// itself the first time, 0 without fee revenue.
	pub fn next_weight(topic_id: TopicId, topic: &TopicOf<T>, params: &TopicsParams) -> Fixed {
		if FeeRevenue::<T>::get(topic_id).is_zero() {
			return Fixed::ZERO;
		}
		let target = Self::topic_weight(topic_id, topic, params);
		match TopicWeights::<T>::get(topic_id) {
			Some(prev) => ema(params.topic_reward_alpha, target, prev).unwrap_or(target),
			None => target,
		}
	}

	/// Decays a topic's fee revenue by one epoch's share of a week (`BlocksPerMonth / 4.345`
	/// blocks): `C − ⌈C · epoch length · 4.345 / BlocksPerMonth⌉`, at least 0. The revenue
	/// therefore falls by about `1/e` a week without new fees. Returns the new revenue.
	fn drip(topic_id: TopicId, topic: &TopicOf<T>, params: &TopicsParams) -> BalanceOf<T> {
		let epoch: u128 = topic.config.epoch_length.saturated_into();
		let per_month = u128::from(params.blocks_per_month).saturating_mul(1000);
		FeeRevenue::<T>::mutate(topic_id, |c| {
			let revenue: u128 = (*c).saturated_into();
			let drip = multiply_by_rational_with_rounding(
				revenue,
				epoch.saturating_mul(4345),
				per_month.max(1),
				Rounding::Up,
			)
			.unwrap_or(revenue);
			*c = revenue.saturating_sub(drip).saturated_into();
			*c
		})
	}
}
