//! Unit tests of the emission schedule, the per-block emission, the ecosystem cap, the split and
//! the era payout; issuance accounting is checked block by block.

use crate::{mock::*, *};

mod crowded;
mod epoch_cycle;
mod payouts;
mod simulation;
use allora_rewards::mint::{
	emission_amounts, max_emission_per_staked_token, target_emission_per_staked_token,
};
use pallet_inference::InferenceParam;
use pallet_reputation::ReputationParam;
use pallet_topics::TopicsParam;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::Inspect, Get},
	},
	sp_runtime::DispatchError,
	sp_staking::EraPayout,
};

pub(super) fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Emissions(e) = r.event { Some(e) } else { None })
		.collect()
}

pub(super) fn f(s: &str) -> Fixed {
	s.parse().unwrap()
}

pub(super) fn set(updates: Vec<TopicsParam>) {
	assert_ok!(Topics::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

pub(super) fn set_inference(updates: Vec<InferenceParam>) {
	assert_ok!(Inference::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

pub(super) fn set_reputation(updates: Vec<ReputationParam>) {
	assert_ok!(Reputation::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

/// A topic of `config` with workers `0..workers` registered, `reputers` registered and each
/// staking `stake`, funded with `funding` by its creator.
pub(super) fn staffed_topic(
	config: pallet_topics::TopicConfigOf<Test>,
	workers: u64,
	reputers: impl IntoIterator<Item = u64>,
	stake: Balance,
	funding: Balance,
) -> TopicId {
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), config));
	let t = pallet_topics::TopicCount::<Test>::get();
	for i in 0..workers {
		assert_ok!(Topics::register(
			RuntimeOrigin::signed(worker(i)),
			t,
			pallet_topics::Role::Worker
		));
	}
	for i in reputers {
		assert_ok!(Topics::register(
			RuntimeOrigin::signed(reputer(i)),
			t,
			pallet_topics::Role::Reputer
		));
		assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(i)), t, stake));
	}
	assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), t, funding));
	t
}

/// Moves to the next block with a fresh event list and runs its hooks; returns its number.
pub(super) fn next_block() -> u64 {
	let now = System::block_number() + 1;
	System::reset_events();
	System::set_block_number(now);
	run_hooks(now);
	now
}

/// A topic with a reputer staking 10 000 tokens, and 50 000 tokens of collator stake.
fn staked_chain() {
	topic(0, 1);
	assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(0)), 1, 10_000 * UNIT));
	set_collator_stake(50_000 * UNIT);
}

fn issuance() -> u128 {
	Balances::total_issuance()
}

/// Issuance = genesis + minted − burnt.
pub(super) fn assert_issuance_accounted() {
	assert_eq!(
		issuance(),
		GenesisIssuance::<Test>::get() + EcosystemMinted::<Test>::get() - Burnt::<Test>::get()
	);
}

#[test]
fn the_first_recalculation_follows_the_schedule() {
	run_test(|| {
		staked_chain();
		run_hooks(1);
		let staked = 60_000 * UNIT;
		let eco = Topics::ecosystem_account();
		let eco_balance = Balances::balance(&eco);
		let cap = f("0.3595").mul_u128_floor(1_000_000_000 * UNIT).unwrap();
		let target = target_emission_per_staked_token(
			f("0.025"),
			eco_balance + cap,
			staked,
			issuance() - eco_balance,
			1_000_000_000 * UNIT,
		)
		.unwrap();
		// f_rep = 0.3 at genesis, as the reference's.
		assert_eq!(ReputersRewardShare::<Test>::get(), f("0.3"));
		let max = max_emission_per_staked_token(f("0.0095"), f("0.3"), f("0.25")).unwrap();
		let e = target.min(max);
		assert_eq!(EmissionPerStakedToken::<Test>::get(), Some(e));
		let (_, per_block) = emission_amounts(e, staked, 864_000).unwrap();
		assert_eq!(BlockEmission::<Test>::get(), per_block);
		assert!(events().contains(&Event::EmissionRecalculated {
			per_staked_token: e,
			per_block,
			staked
		}));
	});
}

#[docify::export]
#[test]
fn each_block_mints_the_shortfall_and_splits_it() {
	run_test(|| {
		staked_chain();
		run_to_block(5);
		let e = BlockEmission::<Test>::get();
		assert!(e > 0);
		let v = f("0.25").mul_u128_floor(e).unwrap();
		// The ecosystem account held the fees of the topic; the validator share is minted. The
		// topic is active but has no weight before its first epoch (block 13): the network
		// share is credited to no topic and stays unminted.
		assert_eq!(
			events().last(),
			Some(&Event::BlockEmitted { minted: v, to_validators: v, to_network: 0 })
		);
		assert_eq!(ValidatorRewardsOwed::<Test>::get(), Burnt::<Test>::get());
		assert_issuance_accounted();
		// From block 14 on the topic's weight takes the network share; block 25 settles its
		// share of blocks 14..=25 into its budget, in the rewards account.
		run_to_block(14);
		assert_eq!(
			events().last(),
			Some(&Event::BlockEmitted { minted: v, to_validators: v, to_network: e - v })
		);
		let pot_before = Balances::balance(&Emissions::rewards_account());
		run_to_block(25);
		let budget = TopicRewardBudget::<Test>::get(1);
		assert!(budget <= 12 * (e - v) && 12 * (e - v) - budget <= 12, "{budget}");
		assert!(events().contains(&Event::TopicRewardAccrued {
			topic_id: 1,
			amount: budget,
			minted: budget
		}));
		assert_eq!(Balances::balance(&Emissions::rewards_account()), pot_before + budget);
		assert_eq!(NetworkEmitted::<Test>::get(), budget);
		assert_issuance_accounted();
	});
}

#[test]
fn fees_in_the_ecosystem_account_are_spent_before_minting() {
	run_test(|| {
		staked_chain();
		run_hooks(1);
		let e = BlockEmission::<Test>::get();
		// Fund the topic with ten blocks' emission: it lands in the ecosystem account.
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 10 * e));
		let minted_before = EcosystemMinted::<Test>::get();
		run_to_block(9);
		assert_eq!(EcosystemMinted::<Test>::get(), minted_before);
		assert_issuance_accounted();
	});
}

#[test]
fn minting_stops_at_the_ecosystem_cap() {
	run_test(|| {
		staked_chain();
		run_hooks(1);
		let e = BlockEmission::<Test>::get();
		// A bucket of two and a half blocks' emission.
		let cap = 5 * e / 2;
		let share = Fixed::from_ratio_u128(cap, 1_000_000_000 * UNIT).unwrap();
		assert_ok!(Emissions::set_mint_params(
			RuntimeOrigin::root(),
			MintParams { ecosystem_share: share, ..Default::default() }
		));
		run_to_block(10);
		assert!(EcosystemMinted::<Test>::get() <= Emissions::ecosystem_cap());
		assert!(Emissions::ecosystem_cap() - EcosystemMinted::<Test>::get() < e);
		assert_issuance_accounted();
	});
}

#[test]
fn the_rate_is_recomputed_monthly_and_smoothed() {
	run_test(|| {
		staked_chain();
		// Enough stake that the target is below the cap.
		set_collator_stake(10_000_000 * UNIT);
		set(vec![TopicsParam::BlocksPerMonth(10)]);
		run_hooks(1);
		let first = EmissionPerStakedToken::<Test>::get().unwrap();
		assert!(first < f("0.038"));
		// Double the stake: the target per staked token halves; the rate moves by 10% of the way.
		set_collator_stake(20_010_000 * UNIT);
		run_to_block(10);
		assert_eq!(EmissionPerStakedToken::<Test>::get(), Some(first));
		// The capped target from the state block 11's recalculation sees.
		let (target, _, _) = Emissions::emission_rate(true).unwrap();
		run_to_block(11);
		let want = f("0.1")
			.checked_mul(target)
			.unwrap()
			.checked_add(f("0.9").checked_mul(first).unwrap())
			.unwrap();
		let got = EmissionPerStakedToken::<Test>::get().unwrap();
		let diff = got.checked_sub(want).unwrap().abs().unwrap();
		assert!(diff <= Fixed::from_raw(1), "{got:?} vs {want:?}");
		assert!(got < first);
	});
}

#[test]
fn without_stake_nothing_is_emitted() {
	run_test(|| {
		run_to_block(3);
		assert_eq!(BlockEmission::<Test>::get(), 0);
		assert!(events()
			.contains(&Event::EmissionRecalculationSkipped { error: FixedError::DivisionByZero }));
		assert_eq!(EcosystemMinted::<Test>::get(), 0);
	});
}

#[test]
fn the_era_payout_hands_over_the_accrued_validator_share() {
	run_test(|| {
		staked_chain();
		run_to_block(4);
		let owed = ValidatorRewardsOwed::<Test>::get();
		assert!(owed > 0);
		assert_eq!(Emissions::era_payout(0, 0, 0), (owed, 0));
		assert_eq!(ValidatorRewardsOwed::<Test>::get(), 0);
		assert_eq!(events().last(), Some(&Event::EraPayoutFunded { amount: owed }));
	});
}

#[test]
fn mint_parameters_need_the_admin_and_valid_values() {
	run_test(|| {
		let bad = MintParams { smoothing: f("1.5"), ..Default::default() };
		assert_noop!(
			Emissions::set_mint_params(RuntimeOrigin::root(), bad),
			Error::<Test>::InvalidMintParams
		);
		assert_noop!(
			Emissions::set_mint_params(RuntimeOrigin::signed(CREATOR), MintParams::default()),
			DispatchError::BadOrigin
		);
		let p = MintParams { smoothing: f("0.2"), ..Default::default() };
		assert_ok!(Emissions::set_mint_params(RuntimeOrigin::root(), p.clone()));
		assert_eq!(Params::<Test>::get(), p);
	});
}

#[test]
fn reward_parameters_need_the_admin_and_valid_values() {
	run_test(|| {
		let set = |u: Vec<RewardParam>| {
			Emissions::set_reward_params(RuntimeOrigin::root(), u.try_into().unwrap())
		};
		let updates = vec![RewardParam::BetaEntropy(f("0.5")), RewardParam::PRewardReputer(f("2"))];
		assert_ok!(set(updates.clone()));
		let p = RewardParameters::<Test>::get();
		assert_eq!((p.beta_entropy, p.p_reward_reputer), (f("0.5"), f("2")));
		assert_eq!(
			events().last(),
			Some(&Event::RewardParamsUpdated { updates: updates.try_into().unwrap() })
		);
		assert_noop!(
			Emissions::set_reward_params(
				RuntimeOrigin::signed(CREATOR),
				vec![RewardParam::BetaEntropy(f("0.1"))].try_into().unwrap()
			),
			DispatchError::BadOrigin
		);
		assert_noop!(set(vec![]), Error::<Test>::NoParamUpdates);
		// One bad value rejects the whole call, including the good ones before it.
		assert_noop!(
			set(vec![RewardParam::BetaEntropy(f("0.1")), RewardParam::BetaEntropy(f("1.5"))]),
			Error::<Test>::ParamNotAFraction
		);
		assert_noop!(
			set(vec![RewardParam::TaskRewardAlpha(Fixed::ZERO)]),
			Error::<Test>::ParamNotPositive
		);
		assert_noop!(
			set(vec![RewardParam::CRewardForecast(f("-1"))]),
			Error::<Test>::ParamNegative
		);
		assert_noop!(set(vec![RewardParam::MaxSamplesToScaleScores(0)]), Error::<Test>::ParamZero);
	});
}

/// Found by the runtime fuzzer: a share that shrinks the bucket below what was minted broke the
/// bucket's invariant. Every share from 0 to 1 by tenths, with a fifth of the supply minted.
#[test]
fn the_ecosystem_share_cannot_shrink_the_bucket_below_what_was_minted() {
	run_test(|| {
		let minted = MaxSupply::get() / 5;
		EcosystemMinted::<Test>::put(minted);
		for tenths in 0..=10u128 {
			let share = Fixed::from_raw(tenths as i128 * 100_000_000_000_000_000);
			let p = MintParams { ecosystem_share: share, ..Default::default() };
			if MaxSupply::get() / 10 * tenths >= minted {
				assert_ok!(Emissions::set_mint_params(RuntimeOrigin::root(), p.clone()));
				assert_eq!(Params::<Test>::get(), p);
			} else {
				assert_noop!(
					Emissions::set_mint_params(RuntimeOrigin::root(), p),
					Error::<Test>::EcosystemShareBelowMinted
				);
			}
		}
	});
}

#[test]
fn the_emission_query_reports_the_running_figures() {
	run_test(|| {
		staked_chain();
		run_to_block(14);
		let view = Emissions::emission();
		assert!(view.block_emission > 0 && view.network_block_emission > 0);
		assert_eq!(view.params, Params::<Test>::get());
		assert_eq!(view.block_emission, BlockEmission::<Test>::get());
		assert_eq!(view.network_block_emission, NetworkBlockEmission::<Test>::get());
		assert_eq!(view.emission_per_staked_token, EmissionPerStakedToken::<Test>::get());
		assert_eq!(view.ecosystem_minted, EcosystemMinted::<Test>::get());
		assert_eq!(view.network_emitted, NetworkEmitted::<Test>::get());
		assert_eq!(view.burnt, Burnt::<Test>::get());
	});
}

/// A topic evicted from the full schedule (`activate_replacing`) stops accruing at once: its
/// share is settled under its weight, and minted for topics = paid + burnt + carried holds at
/// every block before and after (`try_state`).
#[test]
fn an_evicted_topic_stops_accruing_and_the_accounts_still_balance() {
	run_test(|| {
		set_collator_stake(50_000 * UNIT);
		let max = <<Test as pallet_topics::Config>::MaxActiveTopics as Get<u32>>::get() as u64;
		for k in 1..=max + 1 {
			let id = topic(0, 1);
			assert_ok!(Reputation::add_stake(
				RuntimeOrigin::signed(reputer(0)),
				id,
				k as u128 * 1_000 * UNIT
			));
		}
		let waiting = max + 1;
		assert!(!Topics::is_active(waiting));
		for n in 2..40 {
			run_to_block(n);
			Emissions::do_try_state().unwrap();
		}
		assert!(TopicIndex::<Test>::contains_key(1));
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), waiting, 100_000 * UNIT));
		assert_ok!(Topics::activate_replacing(RuntimeOrigin::signed(DELEGATOR), waiting, 1));
		assert!(!Topics::is_active(1) && Topics::is_active(waiting));
		assert!(!TopicIndex::<Test>::contains_key(1));
		for n in 40..80 {
			run_to_block(n);
			Emissions::do_try_state().unwrap();
			assert_issuance_accounted();
		}
	});
}

#[test]
fn integrity_test_accepts_the_mock_and_rejects_a_zero_supply() {
	new_test_ext().execute_with(|| {
		<Emissions as Hooks<u64>>::integrity_test();
		let supply = MaxSupply::get();
		MaxSupply::set(0);
		let rejected = std::panic::catch_unwind(<Emissions as Hooks<u64>>::integrity_test);
		MaxSupply::set(supply);
		let message = rejected.expect_err("MaxSupply = 0 accepted");
		assert!(message.downcast_ref::<&str>().unwrap().contains("MaxSupply"));
	});
}
