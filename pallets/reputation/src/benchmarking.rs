//! Benchmarks of the reputation pallet's stake calls and reward payments, each in its worst
//! case (a delegation that collects rewards before it grows, a removal that collects before it
//! executes, a reward shared with delegators and staked for the reputer).

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use pallet_topics::TopicConfig;
use polkadot_sdk::{
	frame_benchmarking::v2::*, frame_support::traits::fungible::Mutate, frame_system::RawOrigin,
};

const TOKENS: u128 = 1_000_000_000_000_000_000;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount: BalanceOf<T> = (1_000_000_000 * TOKENS).saturated_into();
	let _ = <T as Config>::StakeCurrency::mint_into(&who, amount);
	who
}

fn amount<T: Config>(tokens: u128) -> BalanceOf<T> {
	(tokens * TOKENS).saturated_into()
}

/// A topic with a registered reputer staking 1 000 tokens; returns both.
fn staked_reputer<T: Config>() -> (TopicId, T::AccountId) {
	let creator = funded::<T>("creator", 0);
	pallet_topics::Pallet::<T>::create_topic(
		RawOrigin::Signed(creator).into(),
		TopicConfig::example(12, 6),
	)
	.expect("a valid topic");
	let topic_id = pallet_topics::TopicCount::<T>::get();
	let reputer = funded::<T>("reputer", 0);
	pallet_topics::Pallet::<T>::register(
		RawOrigin::Signed(reputer.clone()).into(),
		topic_id,
		Role::Reputer,
	)
	.expect("registers");
	Pallet::<T>::add_stake(RawOrigin::Signed(reputer.clone()).into(), topic_id, amount::<T>(1_000))
		.expect("stakes");
	(topic_id, reputer)
}

/// [`staked_reputer`] with a pending removal of 1 token of its own stake.
fn reputer_with_pending_removal<T: Config>() -> (TopicId, T::AccountId) {
	let (topic_id, reputer) = staked_reputer::<T>();
	Pallet::<T>::remove_stake(RawOrigin::Signed(reputer.clone()).into(), topic_id, amount::<T>(1))
		.expect("requests");
	(topic_id, reputer)
}

/// `delegator` delegates 500 tokens to `reputer`, and the reputer earns a reward shared with it.
fn delegated_with_rewards<T: Config>(
	topic_id: TopicId,
	reputer: &T::AccountId,
	delegator: &T::AccountId,
) {
	Pallet::<T>::delegate_stake(
		RawOrigin::Signed(delegator.clone()).into(),
		topic_id,
		reputer.clone(),
		amount::<T>(500),
	)
	.expect("delegates");
	let payer = funded::<T>("payer", 0);
	let pot = Pallet::<T>::pending_rewards_account();
	let _ = <T as Config>::StakeCurrency::mint_into(&pot, amount::<T>(1));
	Pallet::<T>::pay_reputer_reward(topic_id, reputer, &payer, 30 * TOKENS).expect("pays");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_stake() {
		let (topic_id, reputer) = staked_reputer::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(reputer.clone()), topic_id, amount::<T>(100));
		assert_eq!(ReputerStake::<T>::get(topic_id, &reputer), amount::<T>(1_100));
	}

	/// A second delegation: the first one's rewards are collected first.
	#[benchmark]
	fn delegate_stake() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), topic_id, reputer.clone(), amount::<T>(100));
		assert_eq!(Pallet::<T>::pending_delegator_reward(topic_id, &reputer, &delegator), 0);
	}

	/// A removal request replacing a pending one.
	#[benchmark]
	fn request_removal() {
		let (topic_id, reputer) = reputer_with_pending_removal::<T>();
		#[extrinsic_call]
		remove_stake(RawOrigin::Signed(reputer.clone()), topic_id, amount::<T>(2));
		let key = StakeKey::Own { topic_id, reputer };
		assert_eq!(PendingRemovals::<T>::get(&key).map(|r| r.amount), Some(amount::<T>(2)));
	}

	#[benchmark]
	fn cancel_removal() {
		let (topic_id, reputer) = reputer_with_pending_removal::<T>();
		#[extrinsic_call]
		cancel_remove_stake(RawOrigin::Signed(reputer.clone()), topic_id);
		assert!(PendingRemovals::<T>::get(StakeKey::Own { topic_id, reputer }).is_none());
	}

	#[benchmark]
	fn claim_delegator_rewards() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), topic_id, reputer.clone());
		assert_eq!(Pallet::<T>::pending_delegator_reward(topic_id, &reputer, &delegator), 0);
	}

	/// A delegated stake removal that collects rewards, then releases the stake.
	#[benchmark]
	fn execute_removal() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		Pallet::<T>::remove_delegate_stake(
			RawOrigin::Signed(delegator.clone()).into(),
			topic_id,
			reputer.clone(),
			amount::<T>(500),
		)
		.expect("requests");
		let key = StakeKey::Delegated { topic_id, reputer, delegator };
		let due = PendingRemovals::<T>::get(&key).expect("pending").due;
		#[block]
		{
			Pallet::<T>::execute_removal(&key, due);
		}
		assert!(PendingRemovals::<T>::get(&key).is_none());
	}

	/// A reward shared with delegators and staked for the reputer.
	#[benchmark]
	fn pay_reputer_reward() {
		let (topic_id, reputer) = staked_reputer::<T>();
		let delegator = funded::<T>("delegator", 0);
		delegated_with_rewards::<T>(topic_id, &reputer, &delegator);
		let payer = funded::<T>("payer", 1);
		let before = ReputerStake::<T>::get(topic_id, &reputer);
		#[block]
		{
			Pallet::<T>::pay_reputer_reward(topic_id, &reputer, &payer, 30 * TOKENS).expect("pays");
		}
		assert!(ReputerStake::<T>::get(topic_id, &reputer) > before);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
