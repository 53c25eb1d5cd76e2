//! Reputer rewards (rewards spec §4.1–4.2): a reputer's reward is staked for it
//! (auto-compounded), except the share of its delegators, which waits in the pending-rewards
//! account. Delegators are paid by reward-per-share accounting: paying N delegators costs
//! O(1) per epoch, each one collects when its stake changes or when it claims.

use crate::*;
use polkadot_sdk::{
	frame_support::{
		storage::with_storage_layer,
		traits::{fungible::Mutate, tokens::Preservation},
	},
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding, traits::AccountIdConversion, Rounding,
	},
};

/// `a · b / c`, rounded down (0 when `c` is 0).
fn mul_div(a: u128, b: u128, c: u128) -> u128 {
	if c == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(a, b, c, Rounding::Down).unwrap_or(0)
}

const ONE: u128 = 1_000_000_000_000_000_000;

impl<T: Config> Pallet<T> {
	/// The account that keeps the delegators' rewards until they collect them.
	pub fn pending_rewards_account() -> T::AccountId {
		T::PendingRewardsPalletId::get().into_account_truncating()
	}

	/// What a delegator may collect from its delegation to `reputer` in a topic:
	/// `amount · reward per share − reward debt` (smallest unit).
	pub fn pending_delegator_reward(
		topic_id: TopicId,
		reputer: &T::AccountId,
		delegator: &T::AccountId,
	) -> u128 {
		let amount: u128 = Delegations::<T>::get((topic_id, reputer, delegator)).saturated_into();
		let rps = RewardPerShare::<T>::get(topic_id, reputer);
		rps.mul_u128_floor(amount)
			.unwrap_or(0)
			.saturating_sub(RewardDebt::<T>::get((topic_id, reputer, delegator)))
	}

	/// Pays a delegator what it may collect (at most what the pending account can give) and
	/// resets its debt to its current amount; call before the delegation's amount changes,
	/// and [`Self::reset_reward_debt`] after.
	pub(crate) fn collect_delegator_reward(
		topic_id: TopicId,
		reputer: &T::AccountId,
		delegator: &T::AccountId,
	) -> u128 {
		let due = Self::pending_delegator_reward(topic_id, reputer, delegator);
		let pot = Self::pending_rewards_account();
		let available: u128 = StakeCurrency::<T>::reducible_balance(
			&pot,
			Preservation::Preserve,
			polkadot_sdk::frame_support::traits::tokens::Fortitude::Polite,
		)
		.saturated_into();
		let paid = due.min(available);
		if paid > 0
			&& StakeCurrency::<T>::transfer(
				&pot,
				delegator,
				paid.saturated_into(),
				Preservation::Preserve,
			)
			.is_ok()
		{
			Self::deposit_event(Event::DelegatorRewardPaid {
				topic_id,
				reputer: reputer.clone(),
				delegator: delegator.clone(),
				amount: paid.saturated_into(),
			});
		}
		Self::reset_reward_debt(topic_id, reputer, delegator);
		paid
	}

	/// Sets a delegation's debt to `amount · reward per share` (nothing left to collect).
	pub(crate) fn reset_reward_debt(
		topic_id: TopicId,
		reputer: &T::AccountId,
		delegator: &T::AccountId,
	) {
		let amount: u128 = Delegations::<T>::get((topic_id, reputer, delegator)).saturated_into();
		let debt = RewardPerShare::<T>::get(topic_id, reputer).mul_u128_floor(amount).unwrap_or(0);
		if debt == 0 {
			RewardDebt::<T>::remove((topic_id, reputer, delegator));
		} else {
			RewardDebt::<T>::insert((topic_id, reputer, delegator), debt);
		}
	}

	/// Pays a reputer's reward `amount` from `from` (rewards spec §4.1): the delegators'
	/// share `⌊amount · delegated / authority⌋` goes to the pending-rewards account and raises
	/// the reputer's reward per share; the rest is staked for the reputer (its own stake, the
	/// topic's and the total grow). All or nothing. Returns `(staked, to delegators)`.
	pub fn pay_reputer_reward(
		topic_id: TopicId,
		reputer: &T::AccountId,
		from: &T::AccountId,
		amount: u128,
	) -> Result<(u128, u128), DispatchError> {
		with_storage_layer(|| {
			let delegated: u128 = DelegatedStake::<T>::get(topic_id, reputer).saturated_into();
			let authority: u128 = Self::authority_stake(topic_id, reputer).saturated_into();
			let mut shared = mul_div(amount, delegated, authority);
			let per_share = mul_div(shared, ONE, delegated);
			if per_share == 0 {
				// Too little to share: the reputer keeps it.
				shared = 0;
			}
			if shared > 0 {
				StakeCurrency::<T>::transfer(
					from,
					&Self::pending_rewards_account(),
					shared.saturated_into(),
					Preservation::Preserve,
				)?;
				let increment = Fixed::from_raw(per_share.min(i128::MAX as u128) as i128);
				RewardPerShare::<T>::mutate(topic_id, reputer, |r| {
					*r = r.saturating_add(increment)
				});
			}
			let staked = amount.saturating_sub(shared);
			if staked > 0 {
				let value: BalanceOf<T> = staked.saturated_into();
				StakeCurrency::<T>::transfer(from, reputer, value, Preservation::Preserve)?;
				Self::hold(reputer, value)?;
				Self::credit_own_stake(topic_id, reputer, value);
			}
			Self::deposit_event(Event::ReputerRewarded {
				topic_id,
				reputer: reputer.clone(),
				staked: staked.saturated_into(),
				to_delegators: shared.saturated_into(),
			});
			Ok((staked, shared))
		})
	}
}
