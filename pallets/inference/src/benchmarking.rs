//! Benchmarks of the inference pallet: the worker call over its forecast's size, and the hook's
//! items: opening a nonce, closing a window over the number of inferers and forecasters (the
//! full synthesis, with a previous network loss), an idle block.

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use alloc::vec::Vec;
use pallet_topics::TopicConfig;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{fungible::Mutate, Hooks},
	frame_system::RawOrigin,
};

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount: pallet_topics::BalanceOf<T> =
		1_000_000_000_000_000_000_000_000u128.saturated_into();
	let _ = <T as pallet_topics::Config>::Currency::mint_into(&who, amount);
	who
}

/// A topic (epochs of 12 blocks, window 6) with `n` registered workers, and its nonce at block
/// 10 open; returns the topic, the workers and the nonce.
fn topic_with_open_nonce<T: Config>(n: u32) -> (TopicId, Vec<T::AccountId>, BlockNumberFor<T>) {
	let creator = funded::<T>("creator", 0);
	pallet_topics::Pallet::<T>::create_topic(
		RawOrigin::Signed(creator).into(),
		TopicConfig::example(12, 6),
	)
	.expect("a valid topic");
	let topic_id = pallet_topics::TopicCount::<T>::get();
	let workers: Vec<T::AccountId> = (0..n)
		.map(|i| {
			let w = funded::<T>("worker", i);
			pallet_topics::Pallet::<T>::register(
				RawOrigin::Signed(w.clone()).into(),
				topic_id,
				Role::Worker,
			)
			.expect("registers");
			w
		})
		.collect();
	let nonce: BlockNumberFor<T> = 10u32.into();
	let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
	Pallet::<T>::open_nonce(topic_id, &topic, nonce);
	(topic_id, workers, nonce)
}

fn value(i: u32) -> Fixed {
	Fixed::from_int(100).saturating_add(Fixed::from_raw(i as i128 * 10_000_000_000_000_000))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An inference and a forecast of `e` elements.
	#[benchmark]
	fn submit_worker_payload(e: Linear<1, { T::MaxForecastElements::get() }>) {
		let n = e.saturating_add(1).min(T::MaxWorkersPerTopic::get());
		pallet_topics::Params::<T>::mutate(|p| p.max_elements_per_forecast = e);
		let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(n);
		let forecast: Vec<ForecastElement<T::AccountId>> = workers
			.iter()
			.cycle()
			.skip(1)
			.take((e as usize).min(workers.len().saturating_sub(1)).max(1))
			.enumerate()
			.map(|(i, w)| ForecastElement { inferer: w.clone(), value: value(i as u32) })
			.collect();
		let forecast: ForecastOf<T> = BoundedVec::truncate_from(forecast);
		frame_system::Pallet::<T>::set_block_number(nonce.saturating_add(1u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(workers[0].clone()), topic_id, nonce, Some(value(0)), Some(forecast));
		assert!(Forecasts::<T>::contains_key((topic_id, nonce), &workers[0]));
	}

	/// Opening a nonce at an epoch start.
	#[benchmark]
	fn open_nonce() {
		let (topic_id, _, nonce) = topic_with_open_nonce::<T>(1);
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
		let next = nonce.saturating_add(12u32.into());
		#[block]
		{
			Pallet::<T>::open_nonce(topic_id, &topic, next);
		}
		assert!(OpenNonces::<T>::get(topic_id).contains(&next));
	}

	/// Closing a window of `i` inferers and `f` forecasters (each forecasting every inferer, up
	/// to `MaxElementsPerForecast`), with a previous network loss: the whole synthesis.
	#[benchmark]
	fn close_window(
		i: Linear<1, { T::MaxWorkersPerTopic::get() }>,
		f: Linear<0, { T::MaxWorkersPerTopic::get() }>,
	) {
		let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(i.max(f));
		let key = (topic_id, nonce);
		let per_forecast =
			(i.min(pallet_topics::Params::<T>::get().max_elements_per_forecast)) as usize;
		for (n, w) in workers.iter().enumerate().take(i as usize) {
			Inferences::<T>::insert(key, w, value(n as u32));
		}
		for w in workers.iter().take(f as usize) {
			let elements: Vec<_> = workers
				.iter()
				.take(per_forecast)
				.enumerate()
				.map(|(n, inferer)| ForecastElement {
					inferer: inferer.clone(),
					value: Fixed::from_raw(n as i128 * 1_000_000_000_000_000 + 1),
				})
				.collect();
			Forecasts::<T>::insert(key, w, ForecastOf::<T>::truncate_from(elements));
		}
		LatestNetworkLoss::<T>::insert(topic_id, Fixed::from_raw(500_000_000_000_000_000));
		#[block]
		{
			Pallet::<T>::close_window(topic_id, nonce);
		}
		assert!(NetworkInferencesAt::<T>::contains_key(topic_id, nonce));
	}

	/// The hook when no window closes.
	#[benchmark]
	fn on_initialize_idle() {
		let now: BlockNumberFor<T> = 2u32.into();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
