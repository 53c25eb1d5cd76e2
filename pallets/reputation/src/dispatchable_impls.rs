//! The bodies of the calls that do more than forward: each call in `lib.rs` checks its origin
//! and hands the signer to one `do_*` function here.

use super::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_add_stake(
		reputer: T::AccountId,
		topic_id: TopicId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_reputer(topic_id, &reputer)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_position(ReputerStake::<T>::get(topic_id, &reputer), amount)?;
		Self::hold(&reputer, amount)?;
		Self::credit_own_stake(topic_id, &reputer, amount);
		Self::deposit_event(Event::StakeAdded { topic_id, reputer, amount });
		pallet_topics::Pallet::<T>::try_activate(topic_id, &pallet_topics::Params::<T>::get());
		Ok(())
	}

	pub(crate) fn do_delegate_stake(
		delegator: T::AccountId,
		topic_id: TopicId,
		reputer: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_reputer(topic_id, &reputer)?;
		ensure!(delegator != reputer, Error::<T>::SelfDelegation);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_position(Delegations::<T>::get((topic_id, &reputer, &delegator)), amount)?;
		Self::hold(&delegator, amount)?;
		Self::collect_delegator_reward(topic_id, &reputer, &delegator);
		Delegations::<T>::mutate((topic_id, &reputer, &delegator), |s| {
			*s = s.saturating_add(amount)
		});
		Self::reset_reward_debt(topic_id, &reputer, &delegator);
		DelegatedStake::<T>::mutate(topic_id, &reputer, |s| *s = s.saturating_add(amount));
		Self::credit_totals(topic_id, amount);
		Self::deposit_event(Event::StakeDelegated { topic_id, reputer, delegator, amount });
		pallet_topics::Pallet::<T>::try_activate(topic_id, &pallet_topics::Params::<T>::get());
		Ok(())
	}

	pub(crate) fn do_submit_reputer_payload(
		reputer: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		report: LossReportOf<T>,
	) -> DispatchResult {
		Self::ensure_reputer(topic_id, &reputer)?;
		let min: BalanceOf<T> = Params::<T>::get().required_minimum_stake.saturated_into();
		ensure!(Self::authority_stake(topic_id, &reputer) >= min, Error::<T>::BelowMinimumStake);
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		let window =
			open.iter_mut().find(|n| n.nonce == nonce).ok_or(Error::<T>::ReputerNonceNotOpen)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= window.opens_at, Error::<T>::ReputerWindowNotStarted);
		ensure!(now < window.closes_at, Error::<T>::ReputerWindowOver);
		ensure!(
			!LossReports::<T>::contains_key((topic_id, nonce), &reputer),
			Error::<T>::AlreadyReported
		);
		ensure!(window.reports < T::MaxReputersPerTopic::get(), Error::<T>::TooManyReports);
		window.reports.saturating_inc();
		let stored = Self::stored_report(topic_id, nonce, &report)?;
		ensure!(report.values().all(T::WorkerResults::value_in_range), Error::<T>::ValueOutOfRange);
		pallet_topics::Pallet::<T>::pay_topic_fee(
			topic_id,
			&reputer,
			pallet_topics::Params::<T>::get().data_sending_fee.saturated_into(),
		)?;
		LossReports::<T>::insert((topic_id, nonce), &reputer, stored);
		OpenReputerNonces::<T>::insert(topic_id, open);
		Self::deposit_event(Event::LossesReported { topic_id, nonce, reputer });
		Ok(())
	}

	pub(crate) fn do_claim_delegator_rewards(
		delegator: T::AccountId,
		topic_id: TopicId,
		reputer: T::AccountId,
	) -> DispatchResult {
		ensure!(
			Self::pending_delegator_reward(topic_id, &reputer, &delegator) > 0,
			Error::<T>::NothingToClaim
		);
		Self::collect_delegator_reward(topic_id, &reputer, &delegator);
		Ok(())
	}

	pub(crate) fn do_set_params(updates: ParamUpdates) -> DispatchResult {
		ensure!(!updates.is_empty(), Error::<T>::NoParamUpdates);
		let params = Params::<T>::get().updated(&updates).map_err(Error::<T>::from)?;
		Self::check_params(&params)?;
		Params::<T>::put(params);
		Self::deposit_event(Event::ParamsUpdated { updates });
		Ok(())
	}
}
