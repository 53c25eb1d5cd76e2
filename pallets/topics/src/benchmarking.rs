//! Benchmarks of the topics pallet: every call, and the block hook's work items (an idle block,
//! one epoch start, one topic leaving the schedule), each in its worst case: the longest
//! metadata, a schedule of `MaxActiveTopics − 1` topics to insert into, every parameter set.

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use crate::benchmark_helpers::funded;
use alloc::{vec, vec::Vec};
use polkadot_sdk::{
	frame_benchmarking::v2::*, frame_support::traits::Hooks, frame_system::RawOrigin,
};

/// The worst-case valid configuration: metadata and loss method at `MaxStringLength`.
fn long_config<T: Config>() -> TopicConfigOf<T> {
	let mut config = TopicConfigOf::<T>::example(12, 6);
	let long = vec![b'x'; MAX_STRING_LENGTH as usize];
	config.metadata = BoundedString::truncate_from(long.clone());
	config.loss_method = BoundedString::truncate_from(long);
	config
}

/// Topic `id` created by `creator` without activation (the minimum weight is out of reach).
fn create<T: Config>(creator: &T::AccountId) -> TopicId {
	Params::<T>::mutate(|p| p.min_topic_weight = Fixed::from_int(1_000_000_000));
	Pallet::<T>::create_topic(RawOrigin::Signed(creator.clone()).into(), long_config::<T>())
		.expect("a valid topic");
	TopicCount::<T>::get()
}

/// Fills the schedule with `n` other topics due later than anything the benchmark adds.
fn fill_schedule<T: Config>(n: u32) {
	let far: BlockNumberFor<T> = 1_000_000u32.into();
	let entries: Vec<_> = (0..n).map(|i| (far, 1_000_000 + TopicId::from(i))).collect();
	EpochSchedule::<T>::put(BoundedVec::truncate_from(entries));
}

/// A topic active in a schedule of `MaxActiveTopics`, first due; the chain is at its due block.
fn due_topic<T: Config>() -> (TopicId, BlockNumberFor<T>) {
	let creator = funded::<T>("creator", 0);
	let id = create::<T>(&creator);
	Params::<T>::mutate(|p| p.min_topic_weight = Fixed::ZERO);
	fill_schedule::<T>(T::MaxActiveTopics::get().saturating_sub(1));
	Pallet::<T>::try_activate(id, &Params::<T>::get());
	let (at, _) = EpochSchedule::<T>::get()[0];
	frame_system::Pallet::<T>::set_block_number(at);
	(id, at)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_topic() {
		let creator = funded::<T>("creator", 0);
		// Activation at once: a minimum weight of 0 and a nearly full schedule.
		Params::<T>::mutate(|p| p.min_topic_weight = Fixed::ZERO);
		fill_schedule::<T>(T::MaxActiveTopics::get().saturating_sub(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), long_config::<T>());
		assert!(Pallet::<T>::is_active(TopicCount::<T>::get()));
	}

	#[benchmark]
	fn update_topic() {
		let creator = funded::<T>("creator", 0);
		let id = create::<T>(&creator);
		let update = TopicUpdate {
			metadata: Some(BoundedString::truncate_from(vec![b'y'; MAX_STRING_LENGTH as usize])),
			p_norm: Some(Fixed::from_int(4)),
			alpha_regret: Some(Fixed::from_raw(200_000_000_000_000_000)),
			epsilon: Some(Fixed::from_raw(20_000_000_000_000_000)),
			merit_sortition_alpha: Some(Fixed::from_raw(200_000_000_000_000_000)),
			active_inferer_quantile: Some(Fixed::from_raw(300_000_000_000_000_000)),
			active_forecaster_quantile: Some(Fixed::from_raw(300_000_000_000_000_000)),
			active_reputer_quantile: Some(Fixed::from_raw(300_000_000_000_000_000)),
			// A change of commit–reveal asks the other pallets whether a window is open: with
			// none open, every one of their reads is made.
			commit_reveal: Some(Some(RevealPhases { worker: 1, reputer: 1 })),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, update);
		assert_eq!(Topics::<T>::get(id).map(|t| t.config.p_norm), Some(Fixed::from_int(4)));
	}

	#[benchmark]
	fn fund_topic() {
		let creator = funded::<T>("creator", 0);
		let id = create::<T>(&creator);
		Params::<T>::mutate(|p| p.min_topic_weight = Fixed::ZERO);
		fill_schedule::<T>(T::MaxActiveTopics::get().saturating_sub(1));
		let amount: BalanceOf<T> = 1_000_000u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, amount);
		assert!(Pallet::<T>::is_active(id));
	}

	#[benchmark]
	fn register() {
		let creator = funded::<T>("creator", 0);
		let id = create::<T>(&creator);
		Params::<T>::mutate(|p| p.min_topic_weight = Fixed::ZERO);
		fill_schedule::<T>(T::MaxActiveTopics::get().saturating_sub(1));
		let worker = funded::<T>("worker", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker.clone()), id, Role::Worker);
		assert!(Pallet::<T>::is_registered(id, Role::Worker, &worker));
		assert!(Pallet::<T>::is_active(id));
	}

	#[benchmark]
	fn unregister() {
		let creator = funded::<T>("creator", 0);
		let id = create::<T>(&creator);
		let worker = funded::<T>("worker", 0);
		Pallet::<T>::register(RawOrigin::Signed(worker.clone()).into(), id, Role::Worker)
			.expect("registers");
		#[extrinsic_call]
		_(RawOrigin::Signed(worker.clone()), id, Role::Worker);
		assert!(!Pallet::<T>::is_registered(id, Role::Worker, &worker));
	}

	/// `n` parameter updates.
	#[benchmark]
	fn set_params(n: Linear<1, { ParamUpdates::bound() as u32 }>) -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let updates: ParamUpdates =
			BoundedVec::truncate_from(Params::<T>::get().cycled_updates(n as usize));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);
		Ok(())
	}

	/// The hook when nothing is due.
	#[benchmark]
	fn on_initialize_idle() {
		fill_schedule::<T>(T::MaxActiveTopics::get());
		let now: BlockNumberFor<T> = 2u32.into();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	/// One topic's epoch start (weight update, drip, rescheduling) in a full schedule; the
	/// epoch handlers see a topic without participants.
	#[benchmark]
	fn start_epoch() {
		let (id, at) = due_topic::<T>();
		#[block]
		{
			Pallet::<T>::start_due_epochs(at);
		}
		assert_eq!(Topics::<T>::get(id).map(|t| t.current_epoch_start), Some(at));
	}

	/// One topic leaving the schedule: its weight falls below the minimum.
	#[benchmark]
	fn inactivate_topic() {
		let (id, at) = due_topic::<T>();
		Params::<T>::mutate(|p| p.min_topic_weight = Fixed::from_int(1_000_000_000));
		#[block]
		{
			Pallet::<T>::start_due_epochs(at);
		}
		assert!(!Pallet::<T>::is_active(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
