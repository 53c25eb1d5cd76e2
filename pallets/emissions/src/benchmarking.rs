//! Benchmarks of the emissions pallet: its call and the block hook's work items (the monthly
//! recalculation, one block's emission in its worst case: minting the shortfall, burning the
//! validators' share and paying the network's), and paying one topic epoch over its inferers,
//! forecasters and reputers.

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use alloc::{collections::BTreeMap, vec::Vec};
use allora_primitives::ScoredReputer;
use allora_synthesis::losses::LossBundle;
use pallet_topics::benchmark_helpers::{example_topic, funded, registered_workers};
use pallet_topics::Role;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{fungible::Mutate, Hooks},
	frame_system::RawOrigin,
};

/// The most inferers or forecasters one nonce's active sets hold (together at most this).
fn max_active<T: Config>() -> u32 {
	<T as pallet_topics::Config>::MaxActiveWorkers::get()
		.min(<T as pallet_topics::Config>::MaxWorkersPerTopic::get())
}

const TOKENS: u128 = 1_000_000_000_000_000_000;

/// A closed nonce to pay: its topic, the nonce, the network losses and the scored reputers.
type ClosedNonce<T> = (
	TopicId,
	BlockNumberFor<T>,
	LossBundle<<T as polkadot_sdk::frame_system::Config>::AccountId>,
	Vec<ScoredReputer<<T as polkadot_sdk::frame_system::Config>::AccountId>>,
);

/// A rewarded topic (its weight the whole active weight, the rewards account funded) whose
/// nonce 10 closed with `i` inferers and `f` forecasters scored by `r` reputers, each with a
/// delegator, and every participant with a previous score EMA and smoothed fraction. Returns
/// the topic, the nonce, the network losses and the scored reputers.
fn closed_nonce<T: Config + pallet_reputation::Config>(i: u32, f: u32, r: u32) -> ClosedNonce<T> {
	let topic_id = example_topic::<T>();
	let stake: pallet_reputation::BalanceOf<T> = (1_000 * TOKENS).saturated_into();
	let mut reputers = Vec::new();
	for n in 0..r {
		let reputer = funded::<T>("reputer", n);
		let delegator = funded::<T>("delegator", n);
		pallet_topics::Pallet::<T>::register(
			RawOrigin::Signed(reputer.clone()).into(),
			topic_id,
			Role::Reputer,
		)
		.expect("registers");
		pallet_reputation::Pallet::<T>::add_stake(
			RawOrigin::Signed(reputer.clone()).into(),
			topic_id,
			stake,
		)
		.expect("stakes");
		pallet_reputation::Pallet::<T>::delegate_stake(
			RawOrigin::Signed(delegator).into(),
			topic_id,
			reputer.clone(),
			stake,
		)
		.expect("delegates");
		let score = Fixed::from_raw(1_000_000_000_000_000 * (n as i128 + 1));
		reputers.push(ScoredReputer { reputer, stake: 2_000 * TOKENS, score });
	}
	let workers = registered_workers::<T>(topic_id, i.max(f));
	let loss = |n: usize, base: i128| Fixed::from_raw(base + n as i128 * 3_000_000_000_000_000);
	let list = |count: u32, base: i128| -> BTreeMap<T::AccountId, Fixed> {
		workers
			.iter()
			.take(count as usize)
			.enumerate()
			.map(|(n, w)| (w.clone(), loss(n, base)))
			.collect()
	};
	let losses = LossBundle {
		combined: Fixed::from_raw(200_000_000_000_000_000),
		naive: Fixed::from_raw(250_000_000_000_000_000),
		inferer: list(i, 300_000_000_000_000_000),
		forecaster: list(f, 280_000_000_000_000_000),
		one_out_inferer: list(i, 210_000_000_000_000_000),
		one_out_forecaster: list(f, 205_000_000_000_000_000),
		one_in_forecaster: list(f, 240_000_000_000_000_000),
		one_out_inferer_forecaster: BTreeMap::new(),
	};
	let nonce: BlockNumberFor<T> = 10u32.into();
	let previous = Fixed::from_raw(100_000_000_000_000_000);
	let stamp = pallet_topics::ScoreEma { nonce, score: previous };
	for (task, accounts) in [
		(RewardTask::Inference, losses.inferer.keys().cloned().collect::<Vec<_>>()),
		(RewardTask::Forecast, losses.forecaster.keys().cloned().collect()),
		(RewardTask::Reputation, reputers.iter().map(|s| s.reputer.clone()).collect()),
	] {
		for a in accounts {
			pallet_topics::ScoreEmas::<T>::insert((topic_id, task, &a), stamp);
			SmoothedFractions::<T>::insert((topic_id, task, &a), previous);
		}
	}
	let weight = Fixed::from_int(1_000);
	pallet_topics::TopicWeights::<T>::insert(topic_id, weight);
	pallet_topics::TotalActiveWeight::<T>::put(weight);
	NetworkBlockEmission::<T>::put(BalanceOf::<T>::saturated_from(TOKENS));
	let budget = 1_000_000 * TOKENS;
	let _ = <T as pallet_topics::Config>::Currency::mint_into(
		&Pallet::<T>::rewards_account(),
		budget.saturated_into(),
	);
	TopicRewardBudget::<T>::insert(topic_id, budget);
	NetworkEmitted::<T>::mutate(|e| *e = e.saturating_add(budget));
	(topic_id, nonce, losses, reputers)
}

#[benchmarks(where T: pallet_reputation::Config)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = <T as pallet_topics::Config>::AdminOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let params = MintParams::default();
		#[extrinsic_call]
		set_mint_params(origin as T::RuntimeOrigin, params.clone());
		assert_eq!(Params::<T>::get(), params);
		Ok(())
	}

	/// The monthly recalculation with a previous rate to smooth.
	#[benchmark]
	fn recalculate() {
		let staked: pallet_reputation::BalanceOf<T> =
			1_000_000_000_000_000_000_000_000u128.saturated_into();
		pallet_reputation::TotalStake::<T>::put(staked);
		EmissionPerStakedToken::<T>::put(Fixed::from_raw(10_000_000_000_000_000));
		MonthRewards::<T>::put((1_000u128, 300u128));
		#[block]
		{
			Pallet::<T>::update_reputers_share();
			Pallet::<T>::recalculate(false);
		}
		assert!(!BlockEmission::<T>::get().is_zero());
	}

	/// The block hook outside a month's first block: one block's emission when the ecosystem
	/// account holds nothing (the validators' share minted and burnt, the network's credited
	/// to the active topics).
	#[benchmark]
	fn emit_block() {
		let emission: BalanceOf<T> = 1_000_000_000_000_000_000u128.saturated_into();
		BlockEmission::<T>::put(emission);
		pallet_topics::TotalActiveWeight::<T>::put(Fixed::from_int(1_000));
		EmissionPerStakedToken::<T>::put(Fixed::from_raw(10_000_000_000_000_000));
		let minted = EcosystemMinted::<T>::get();
		let now: BlockNumberFor<T> = 2u32.into();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
		assert!(EcosystemMinted::<T>::get() > minted);
		assert!(!NetworkBlockEmission::<T>::get().is_zero());
	}

	/// Scoring and paying one topic epoch of `i` inferers, `f` forecasters and `r` reputers
	/// (each reputer's reward staked and shared with a delegator).
	#[benchmark]
	fn reward_epoch(
		i: Linear<2, { max_active::<T>() }>,
		f: Linear<0, { max_active::<T>() }>,
		r: Linear<1, { <T as pallet_topics::Config>::MaxReputersPerTopic::get() }>,
	) {
		let (topic_id, nonce, losses, reputers) = closed_nonce::<T>(i, f, r);
		let paid = RewardsPaid::<T>::get();
		#[block]
		{
			Pallet::<T>::reward_epoch(topic_id, nonce, &losses, &reputers);
		}
		assert!(RewardsPaid::<T>::get() > paid);
	}

	/// `n` parameter updates (each parameter to its current value, cycling).
	#[benchmark]
	fn set_reward_params(
		n: Linear<1, { RewardParamUpdates::bound() as u32 }>,
	) -> Result<(), BenchmarkError> {
		let origin = <T as pallet_topics::Config>::AdminOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let updates: RewardParamUpdates =
			BoundedVec::truncate_from(RewardParameters::<T>::get().cycled_updates(n as usize));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
