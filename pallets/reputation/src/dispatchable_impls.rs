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
		let (topic, mut open) = Self::reputer_window(&reputer, topic_id)?;
		ensure!(topic.config.commit_reveal.is_none(), Error::<T>::CommitRevealOn);
		let window = Self::open_window(&mut open, nonce)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= window.opens_at, Error::<T>::ReputerWindowNotStarted);
		ensure!(now < window.closes_at, Error::<T>::ReputerWindowOver);
		Self::ensure_not_reported(topic_id, nonce, &reputer)?;
		ensure!(window.reports < T::MaxReputersPerTopic::get(), Error::<T>::TooManyReports);
		window.reports.saturating_inc();
		let stored = Self::checked_report(topic_id, nonce, &report)?;
		Self::pay_data_fee(topic_id, &reputer)?;
		OpenReputerNonces::<T>::insert(topic_id, open);
		Self::store_report(topic_id, nonce, reputer, stored);
		Ok(())
	}

	pub(crate) fn do_commit_reputer_payload(
		reputer: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		commitment: Commitment,
	) -> DispatchResult {
		let (topic, mut open) = Self::reputer_window(&reputer, topic_id)?;
		let window = Self::open_window(&mut open, nonce)?;
		ensure!(
			Self::reputer_phase(&topic, window)? == WindowPhase::Commit,
			Error::<T>::NotCommitPhase
		);
		let key = (topic_id, nonce);
		ensure!(
			!ReputerCommitments::<T>::contains_key(key, &reputer),
			Error::<T>::AlreadyCommitted
		);
		// A commitment takes the place of its report in the window's bound.
		ensure!(window.reports < T::MaxReputersPerTopic::get(), Error::<T>::TooManyReports);
		window.reports.saturating_inc();
		Self::pay_data_fee(topic_id, &reputer)?;
		OpenReputerNonces::<T>::insert(topic_id, open);
		ReputerCommitments::<T>::insert(key, &reputer, commitment);
		Self::deposit_event(Event::ReportCommitted { topic_id, nonce, reputer });
		Ok(())
	}

	pub(crate) fn do_reveal_reputer_payload(
		reputer: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		report: LossReportOf<T>,
		salt: Salt,
	) -> DispatchResultWithPostInfo {
		let (topic, mut open) = Self::reputer_window(&reputer, topic_id)?;
		let window = Self::open_window(&mut open, nonce)?;
		ensure!(
			Self::reputer_phase(&topic, window)? == WindowPhase::Reveal,
			Error::<T>::NotRevealPhase
		);
		let committed = ReputerCommitments::<T>::get((topic_id, nonce), &reputer)
			.ok_or(Error::<T>::NoCommitment)?;
		ensure!(
			commit_reveal::commitment(&report, &salt, &reputer) == committed,
			Error::<T>::RevealMismatch
		);
		Self::ensure_not_reported(topic_id, nonce, &reputer)?;
		let stored = Self::checked_report(topic_id, nonce, &report)?;
		// The window counted this report at its commitment.
		Self::store_report(topic_id, nonce, reputer, stored);
		// The commitment paid the fee.
		Ok(Pays::No.into())
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
