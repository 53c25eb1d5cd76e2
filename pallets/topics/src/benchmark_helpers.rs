//! Set-up shared by the Allora pallets' benchmarks (compiled with `runtime-benchmarks` only).

use crate::{BalanceOf, Config, Pallet, Role, TopicConfig, TopicCount, TopicId};
use alloc::vec::Vec;
use polkadot_sdk::{
	frame_benchmarking::account, frame_support::traits::fungible::Mutate, frame_system::RawOrigin,
	sp_runtime::SaturatedConversion,
};

/// Account `index` of `name`, with enough funds for any fee or stake of the benchmarks.
pub fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount: BalanceOf<T> = 1_000_000_000_000_000_000_000_000u128.saturated_into();
	let _ = T::Currency::mint_into(&who, amount);
	who
}

/// A new topic of the example configuration (epochs of 12 blocks, a window of 6), created by a
/// funded account.
pub fn example_topic<T: Config>() -> TopicId {
	let creator = funded::<T>("creator", 0);
	Pallet::<T>::create_topic(RawOrigin::Signed(creator).into(), TopicConfig::example(12, 6))
		.expect("a valid topic");
	TopicCount::<T>::get()
}

/// `n` funded accounts named `"worker"`, registered as workers of `topic_id`.
pub fn registered_workers<T: Config>(topic_id: TopicId, n: u32) -> Vec<T::AccountId> {
	(0..n)
		.map(|i| {
			let w = funded::<T>("worker", i);
			Pallet::<T>::register(RawOrigin::Signed(w.clone()).into(), topic_id, Role::Worker)
				.expect("registers");
			w
		})
		.collect()
}
