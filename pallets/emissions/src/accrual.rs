//! Each active topic's share of the network emission, block by block (issue 16).
//!
//! Every block the network's share of the emission is credited to [`RewardIndex`]: the
//! emission per unit of the total active weight. An active topic earns its weight times the
//! index's growth; its share is *settled* whenever its weight is about to change (its epoch is
//! due: started, skipped or inactivated): the amount moves from the ecosystem account (minting
//! the shortfall within the ecosystem bucket) to the rewards account and into the topic's
//! [`TopicRewardBudget`]. A rewarded epoch pays from that budget; what it cannot pay (no
//! reputer, no inferer to score, rounding) stays there, carried to the topic's next rewarded
//! epoch. Once a topic is inactive with no open worker or reputer nonce left, its budget is
//! burnt ([`Event::TopicRewardsBurnt`]). So, to the unit, at every block:
//!
//! `NetworkEmitted = RewardsPaid + RewardsBurnt + Σ TopicRewardBudget`,
//!
//! and the rewards account holds the budgets (above its existential deposit). The emission of
//! a block without active topics, and the rounding of the settlements, never leave the
//! ecosystem account.

use crate::*;
use allora_primitives::{ActiveSetHandler, TopicId};

/// An amount in the smallest unit as a fixed-point number of tokens (exact: 18 decimals).
pub(crate) fn tokens(units: u128) -> Fixed {
	Fixed::from_raw(units.min(i128::MAX as u128) as i128)
}

/// A fixed-point number of tokens in the smallest unit (negative → 0).
pub(crate) fn units(x: Fixed) -> u128 {
	x.raw().max(0) as u128
}

/// What a topic of weight `weight` earned while the index grew by `growth`, in the smallest
/// unit (rounded down; 0 on overflow).
pub fn accrued(weight: Fixed, growth: Fixed) -> u128 {
	weight.checked_mul(growth).map(units).unwrap_or(0)
}

impl<T: Config> Pallet<T> {
	/// Credits a block's network emission to the active topics: the index grows by
	/// `amount / total active weight`. Returns what was credited: nothing without active
	/// weight (or on overflow), when the emission stays in the ecosystem account.
	pub(crate) fn credit_topics(amount: u128) -> u128 {
		let total = pallet_topics::TotalActiveWeight::<T>::get();
		if amount == 0 || !total.is_positive() {
			return 0;
		}
		let next = tokens(amount)
			.checked_div(total)
			.and_then(|growth| RewardIndex::<T>::get().checked_add(growth));
		match next {
			Ok(index) => {
				RewardIndex::<T>::put(index);
				amount
			},
			Err(_) => 0,
		}
	}

	/// Settles a topic's share under `weight` since its last settlement: moves it to the
	/// rewards account and its budget. Returns the amount moved.
	pub(crate) fn settle(topic_id: TopicId, weight: Fixed) -> u128 {
		let index = RewardIndex::<T>::get();
		let last = TopicIndex::<T>::mutate(topic_id, |i| i.replace(index));
		let growth = last.map_or(Ok(Fixed::ZERO), |last| index.checked_sub(last));
		let amount = growth.map(|g| accrued(weight, g)).unwrap_or(0);
		if amount == 0 {
			return 0;
		}
		let minted = Self::fund_ecosystem(amount);
		let moved = <T as pallet_topics::Config>::Currency::transfer(
			&pallet_topics::Pallet::<T>::ecosystem_account(),
			&Self::rewards_account(),
			amount.saturated_into(),
			Preservation::Preserve,
		)
		.map_or(0, |_| amount);
		if moved == 0 {
			return 0;
		}
		TopicRewardBudget::<T>::mutate(topic_id, |b| *b = b.saturating_add(moved));
		NetworkEmitted::<T>::mutate(|e| *e = e.saturating_add(moved));
		Self::deposit_event(Event::TopicRewardAccrued {
			topic_id,
			amount: moved.saturated_into(),
			minted: minted.saturated_into(),
		});
		moved
	}

	/// Mints into the ecosystem account what it lacks to spend `amount`, within the ecosystem
	/// bucket. Returns what was minted.
	pub(crate) fn fund_ecosystem(amount: u128) -> u128 {
		let ecosystem = pallet_topics::Pallet::<T>::ecosystem_account();
		let available = Self::spendable(&ecosystem);
		if amount <= available {
			return 0;
		}
		let remaining = Self::ecosystem_cap().saturating_sub(EcosystemMinted::<T>::get());
		let mint = amount.saturating_sub(available).min(remaining);
		if mint == 0
			|| <T as pallet_topics::Config>::Currency::mint_into(&ecosystem, mint.saturated_into())
				.is_err()
		{
			return 0;
		}
		EcosystemMinted::<T>::mutate(|m| *m = m.saturating_add(mint));
		mint
	}

	/// Burns the budget of a topic that has finished: inactive, with no open worker or reputer
	/// nonce left to pay. Returns whether it burnt anything.
	pub(crate) fn burn_if_finished(topic_id: TopicId, known_inactive: bool) -> bool {
		let finished = (known_inactive || !pallet_topics::Pallet::<T>::is_active(topic_id))
			&& T::WorkerResults::open_worker_nonces(topic_id) == 0
			&& T::Stakes::open_reputer_nonces(topic_id) == 0;
		if !finished {
			return false;
		}
		let budget = TopicRewardBudget::<T>::take(topic_id);
		if budget == 0 {
			return false;
		}
		let burnt = <T as pallet_topics::Config>::Currency::burn_from(
			&Self::rewards_account(),
			budget.saturated_into(),
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		);
		if burnt.is_err() {
			// Nothing moved: the budget stays.
			TopicRewardBudget::<T>::insert(topic_id, budget);
			return false;
		}
		RewardsBurnt::<T>::mutate(|b| *b = b.saturating_add(budget));
		Burnt::<T>::mutate(|b| *b = b.saturating_add(budget));
		Self::deposit_event(Event::TopicRewardsBurnt { topic_id, amount: budget.saturated_into() });
		true
	}

	/// The sum of the topics' budgets.
	pub fn carried() -> u128 {
		TopicRewardBudget::<T>::iter_values().fold(0u128, |a, b| a.saturating_add(b))
	}
}

impl<T: Config> ActiveSetHandler for Pallet<T> {
	fn on_activated(topic_id: TopicId) -> Weight {
		TopicIndex::<T>::insert(topic_id, RewardIndex::<T>::get());
		settle_weight::<T>()
	}

	fn on_epoch_due(topic_id: TopicId, weight: Fixed) -> Weight {
		Self::settle(topic_id, weight);
		settle_weight::<T>()
	}

	fn on_inactivated(topic_id: TopicId) -> Weight {
		TopicIndex::<T>::remove(topic_id);
		Self::burn_if_finished(topic_id, true);
		settle_weight::<T>()
	}

	fn max_due_weight() -> Weight {
		settle_weight::<T>().saturating_mul(2)
	}
}

/// The weight of a settlement, or of a finished topic's burn: the `emit_block` benchmark's,
/// which does the same token moves and more (reads the emission, mints the ecosystem's
/// shortfall, burns a share, transfers the rest to the rewards account, writes the counters
/// and an event); a settlement or a burn reads at most three more small items (the index, the
/// topic's index and budget, or the open-nonce lists), which the `emit_block` benchmark's
/// mint and burn outweigh.
pub(crate) fn settle_weight<T: Config>() -> Weight {
	<T as Config>::WeightInfo::emit_block()
}
