//! Who takes part in a topic: joining and leaving a role (fee, deposit, the other pallets told),
//! and when a member scores low enough to be replaced in a full role.

use super::*;

impl<T: Config> Pallet<T> {
	/// Whether `account` holds `role` in `topic_id`.
	pub fn is_registered(topic_id: TopicId, role: Role, account: &T::AccountId) -> bool {
		Registrations::<T>::contains_key((topic_id, role), account)
	}

	/// The most accounts `role` may hold in a topic.
	pub(crate) fn role_cap(role: Role) -> u32 {
		match role {
			Role::Worker => T::MaxWorkersPerTopic::get(),
			Role::Reputer => T::MaxReputersPerTopic::get(),
		}
	}

	/// The error of a full role.
	pub(crate) fn role_full(role: Role) -> Error<T> {
		match role {
			Role::Worker => Error::<T>::TooManyWorkers,
			Role::Reputer => Error::<T>::TooManyReputers,
		}
	}

	/// Registers `account` in a topic's role with room: pays the fee, holds the deposit, and
	/// may activate the topic.
	pub(crate) fn join(topic_id: TopicId, role: Role, account: T::AccountId) -> DispatchResult {
		ensure!(
			!Registrations::<T>::contains_key((topic_id, role), &account),
			Error::<T>::AlreadyRegistered
		);
		let params = Params::<T>::get();
		let fee: BalanceOf<T> = params.registration_fee.saturated_into();
		Self::transfer_to_pot(&account, fee)?;
		let deposit = T::RegistrationDeposit::get();
		Self::hold(HoldReason::RegistrationDeposit, &account, deposit)?;
		FeeRevenue::<T>::mutate(topic_id, |r| *r = r.saturating_add(fee));
		let since = frame_system::Pallet::<T>::block_number();
		Registrations::<T>::insert((topic_id, role), &account, Registration { deposit, since });
		RegistrationCount::<T>::mutate((topic_id, role), |c| *c = c.saturating_add(1));
		Self::deposit_event(Event::Registered { topic_id, account, role, fee, deposit });
		Self::try_activate(topic_id, &params);
		Ok(())
	}

	/// Takes `account` out of a topic's role: releases its deposit, forgets its score EMAs and
	/// tells the other pallets ([`TopicLifecycle::on_unregister`]). Returns their weight.
	pub(crate) fn leave(
		topic_id: TopicId,
		role: Role,
		account: &T::AccountId,
	) -> Result<Weight, Error<T>> {
		let registration =
			Registrations::<T>::take((topic_id, role), account).ok_or(Error::<T>::NotRegistered)?;
		let deposit = registration.deposit;
		Self::release(HoldReason::RegistrationDeposit, account, deposit);
		RegistrationCount::<T>::mutate((topic_id, role), |c| *c = c.saturating_sub(1));
		for task in role.tasks() {
			ScoreEmas::<T>::remove((topic_id, task, account));
		}
		let used = T::TopicLifecycle::on_unregister(topic_id, role, account);
		let account = account.clone();
		Self::deposit_event(Event::Unregistered { topic_id, account, role, deposit });
		Ok(used)
	}

	/// Whether `member` scores low in every task of `role`: never scored, or a score EMA below
	/// the topic's quantile of the task's last scored epoch.
	pub(crate) fn scores_low(topic_id: TopicId, role: Role, member: &T::AccountId) -> bool {
		role.tasks().iter().all(|task| {
			ScoreEmas::<T>::get((topic_id, task, member))
				.is_none_or(|ema| ema.score < ScoreQuantiles::<T>::get(topic_id, task))
		})
	}

	/// `register_replacing`'s weight with `leaving` for the other pallets' part of the member's
	/// leaving: a registration, an unregistration, and the member's registration, the topic and
	/// the member's score EMAs read.
	pub fn replacing_weight(leaving: Weight) -> Weight {
		T::WeightInfo::register()
			.saturating_add(T::WeightInfo::unregister())
			.saturating_add(leaving)
			.saturating_add(T::DbWeight::get().reads(4))
	}
}
