//! The bodies of the calls: each call in `lib.rs` checks its origin and hands the signer to one
//! `do_*` function here.

use super::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_topic(
		creator: T::AccountId,
		config: TopicConfigOf<T>,
	) -> DispatchResult {
		let params = Params::<T>::get();
		Self::check_topic_config(&config, &params)?;
		let topic_id = TopicCount::<T>::get().saturating_add(1);
		let fee: BalanceOf<T> = params.create_topic_fee.saturated_into();
		Self::transfer_to_pot(&creator, fee)?;
		let deposit = T::TopicDeposit::get();
		Self::hold(HoldReason::TopicDeposit, &creator, deposit)?;
		TopicDeposits::<T>::insert(topic_id, deposit);
		TopicCount::<T>::put(topic_id);
		Topics::<T>::insert(
			topic_id,
			Topic {
				creator: creator.clone(),
				config,
				initial_regret: Fixed::ZERO,
				current_epoch_start: Zero::zero(),
			},
		);
		FeeRevenue::<T>::insert(topic_id, fee);
		InactiveSince::<T>::insert(topic_id, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::TopicCreated { topic_id, creator, fee, deposit });
		Self::try_activate(topic_id, &params);
		Ok(())
	}

	pub(crate) fn do_update_topic(
		who: T::AccountId,
		topic_id: TopicId,
		update: TopicUpdate,
	) -> DispatchResult {
		let mut topic = Topics::<T>::get(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		ensure!(topic.creator == who, Error::<T>::NotTopicCreator);
		let phases_before = topic.config.commit_reveal;
		topic.config = topic.config.updated(update);
		ensure!(
			topic.config.commit_reveal == phases_before
				|| !T::TopicLifecycle::has_open_nonces(topic_id),
			Error::<T>::TopicHasOpenNonces
		);
		Self::check_topic_config(&topic.config, &Params::<T>::get())?;
		Topics::<T>::insert(topic_id, topic);
		Self::deposit_event(Event::TopicUpdated { topic_id });
		Ok(())
	}

	pub(crate) fn do_fund_topic(
		funder: T::AccountId,
		topic_id: TopicId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(Topics::<T>::contains_key(topic_id), Error::<T>::NoSuchTopic);
		Self::transfer_to_pot(&funder, amount)?;
		FeeRevenue::<T>::mutate(topic_id, |r| *r = r.saturating_add(amount));
		Self::deposit_event(Event::TopicFunded { topic_id, funder, amount });
		Self::try_activate(topic_id, &Params::<T>::get());
		Ok(())
	}

	pub(crate) fn do_register(
		account: T::AccountId,
		topic_id: TopicId,
		role: Role,
	) -> DispatchResult {
		ensure!(Topics::<T>::contains_key(topic_id), Error::<T>::NoSuchTopic);
		let count = RegistrationCount::<T>::get((topic_id, role));
		ensure!(count < Self::role_cap(role), Self::role_full(role));
		Self::join(topic_id, role, account)
	}

	pub(crate) fn do_unregister(
		account: T::AccountId,
		topic_id: TopicId,
		role: Role,
	) -> DispatchResultWithPostInfo {
		ensure!(Topics::<T>::contains_key(topic_id), Error::<T>::NoSuchTopic);
		let used = Self::leave(topic_id, role, &account)?;
		Ok(Some(T::WeightInfo::unregister().saturating_add(used)).into())
	}

	pub(crate) fn do_register_replacing(
		account: T::AccountId,
		topic_id: TopicId,
		role: Role,
		member: T::AccountId,
	) -> DispatchResultWithPostInfo {
		let topic = Topics::<T>::get(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		ensure!(
			!Registrations::<T>::contains_key((topic_id, role), &account),
			Error::<T>::AlreadyRegistered
		);
		let count = RegistrationCount::<T>::get((topic_id, role));
		ensure!(count >= Self::role_cap(role), Error::<T>::RoleNotFull);
		let registration =
			Registrations::<T>::get((topic_id, role), &member).ok_or(Error::<T>::NotRegistered)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= registration.since.saturating_add(topic.config.epoch_length),
			Error::<T>::MemberTooNew
		);
		ensure!(Self::scores_low(topic_id, role, &member), Error::<T>::MemberScoresWell);
		let used = Self::leave(topic_id, role, &member)?;
		Self::deposit_event(Event::Evicted {
			topic_id,
			account: member,
			role,
			by: account.clone(),
		});
		Self::join(topic_id, role, account)?;
		Ok(Some(Self::replacing_weight(used)).into())
	}

	pub(crate) fn do_activate_replacing(topic_id: TopicId, active: TopicId) -> DispatchResult {
		let topic = Topics::<T>::get(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		let params = Params::<T>::get();
		let schedule = EpochSchedule::<T>::get();
		ensure!(!schedule.iter().any(|(_, id)| *id == topic_id), Error::<T>::AlreadyActive);
		ensure!(schedule.len() >= T::MaxActiveTopics::get() as usize, Error::<T>::ScheduleNotFull);
		ensure!(schedule.iter().any(|(_, id)| *id == active), Error::<T>::NotActive);
		ensure!(Self::qualifies(topic_id, &topic, &params), Error::<T>::WeightTooLow);
		let theirs = Topics::<T>::get(active)
			.map_or(Fixed::ZERO, |t| Self::next_weight(active, &t, &params));
		ensure!(
			Self::next_weight(topic_id, &topic, &params) > theirs,
			Error::<T>::ActiveTopicWeighsMore
		);
		Self::evict(active, topic_id);
		Self::try_activate(topic_id, &params);
		Ok(())
	}

	pub(crate) fn do_retire_topic(topic_id: TopicId) -> DispatchResultWithPostInfo {
		let topic = Topics::<T>::get(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		ensure!(!Self::is_active(topic_id), Error::<T>::AlreadyActive);
		let params = Params::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		let since = InactiveSince::<T>::get(topic_id).unwrap_or(now);
		ensure!(
			now >= since.saturating_add(params.retire_inactive_topics_after.into()),
			Error::<T>::TopicRecentlyActive
		);
		let participants = RegistrationCount::<T>::get((topic_id, Role::Worker))
			.saturating_add(RegistrationCount::<T>::get((topic_id, Role::Reputer)));
		ensure!(participants == 0, Error::<T>::TopicHasParticipants);
		ensure!(T::TopicStake::topic_stake(topic_id) == 0, Error::<T>::TopicHasStake);
		ensure!(!T::TopicLifecycle::has_open_nonces(topic_id), Error::<T>::TopicHasOpenNonces);
		let (used, done) = T::TopicLifecycle::on_retire(topic_id, RETIRED_NONCES_PER_CALL);
		// Score EMAs written after their owner left (its last nonces were scored).
		let emas = ScoreEmas::<T>::clear_prefix((topic_id,), RETIRED_SCORES_PER_CALL, None);
		let weight = Self::retire_weight().min(
			T::DbWeight::get()
				.reads_writes(8, 10u64.saturating_add(RETIRED_SCORES_PER_CALL.into()))
				.saturating_add(used),
		);
		if !done || emas.maybe_cursor.is_some() {
			Self::deposit_event(Event::TopicRetiring { topic_id });
			return Ok(Some(weight).into());
		}
		Topics::<T>::remove(topic_id);
		FeeRevenue::<T>::remove(topic_id);
		TopicWeights::<T>::remove(topic_id);
		InactiveSince::<T>::remove(topic_id);
		for role in [Role::Worker, Role::Reputer] {
			RegistrationCount::<T>::remove((topic_id, role));
		}
		let _ = ScoreQuantiles::<T>::clear_prefix(topic_id, 3, None);
		let deposit = TopicDeposits::<T>::take(topic_id);
		Self::release(HoldReason::TopicDeposit, &topic.creator, deposit);
		Self::deposit_event(Event::TopicRetired { topic_id, deposit });
		Ok(Some(weight).into())
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
