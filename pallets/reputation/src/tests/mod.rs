//! Unit tests: every stake call and error, removals and their per-block cap, the reputer
//! window, the loss reports and what their close computes. `assert_noop!` checks that a failed
//! call leaves the storage as it was; every test ends with all pallets' `try_state`.

mod commit_reveal;
mod properties;
mod vectors;

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::InspectHold, Get},
	},
	sp_runtime::DispatchError,
};

fn f(s: &str) -> Fixed {
	s.parse().unwrap()
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Reputation(e) = r.event { Some(e) } else { None })
		.collect()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Stake.into(), &who)
}

fn set(updates: Vec<ReputationParam>) {
	assert_ok!(Reputation::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

fn stake(who: AccountId, amount: Balance) {
	assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(who), 1, amount));
}

#[docify::export]
#[test]
fn add_stake_holds_the_funds_counts_them_and_activates_the_topic() {
	run_test(|| {
		topic(0, 2);
		assert!(!Topics::is_active(1));
		stake(reputer(0), 1_000_000);
		assert_eq!(held(reputer(0)), 1_000_000);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 1_000_000);
		assert_eq!(TopicStake::<Test>::get(1), 1_000_000);
		assert_eq!(
			events().last(),
			Some(&Event::StakeAdded { topic_id: 1, reputer: reputer(0), amount: 1_000_000 })
		);
		// The stake makes the topic's weight qualify.
		assert!(Topics::is_active(1));
		stake(reputer(0), 5);
		assert_eq!(Reputation::authority_stake(1, &reputer(0)), 1_000_005);
	});
}

#[test]
fn stake_calls_reject_bad_input() {
	run_test(|| {
		topic(0, 1);
		let r = RuntimeOrigin::signed(reputer(0));
		assert_noop!(Reputation::add_stake(r.clone(), 2, 10), Error::<Test>::NoSuchTopic);
		assert_noop!(
			Reputation::add_stake(RuntimeOrigin::signed(OUTSIDER), 1, 10),
			Error::<Test>::NotRegisteredReputer
		);
		assert_noop!(Reputation::add_stake(r.clone(), 1, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Reputation::add_stake(r.clone(), 1, BALANCE), Error::<Test>::CannotHold);
		assert_noop!(
			Reputation::delegate_stake(r.clone(), 1, reputer(0), 10),
			Error::<Test>::SelfDelegation
		);
		let d = RuntimeOrigin::signed(DELEGATOR);
		assert_noop!(
			Reputation::delegate_stake(d.clone(), 1, OUTSIDER, 10),
			Error::<Test>::NotRegisteredReputer
		);
		assert_noop!(
			Reputation::delegate_stake(d.clone(), 1, reputer(0), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(Reputation::remove_stake(r.clone(), 1, 1), Error::<Test>::InsufficientStake);
		assert_noop!(Reputation::remove_stake(r.clone(), 1, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Reputation::remove_delegate_stake(d.clone(), 1, reputer(0), 1),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(Reputation::cancel_remove_stake(r, 1), Error::<Test>::NoPendingRemoval);
		assert_noop!(
			Reputation::cancel_remove_delegate_stake(d, 1, reputer(0)),
			Error::<Test>::NoPendingRemoval
		);
		assert_noop!(Reputation::add_stake(RuntimeOrigin::none(), 1, 1), DispatchError::BadOrigin);
	});
}

#[test]
fn delegation_adds_to_the_reputers_authority_stake() {
	run_test(|| {
		topic(0, 1);
		stake(reputer(0), 100);
		assert_ok!(Reputation::delegate_stake(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0), 40));
		assert_eq!(held(DELEGATOR), 40);
		assert_eq!(Delegations::<Test>::get((1, reputer(0), DELEGATOR)), 40);
		assert_eq!(DelegatedStake::<Test>::get(1, reputer(0)), 40);
		assert_eq!(Reputation::authority_stake(1, &reputer(0)), 140);
		assert_eq!(TopicStake::<Test>::get(1), 140);
		assert_eq!(
			events().last(),
			Some(&Event::StakeDelegated {
				topic_id: 1,
				reputer: reputer(0),
				delegator: DELEGATOR,
				amount: 40
			})
		);
	});
}

#[test]
fn a_removal_executes_after_the_delay_and_releases_the_hold() {
	run_test(|| {
		set(vec![ReputationParam::RemoveStakeDelayWindow(10)]);
		topic(0, 1);
		stake(reputer(0), 100);
		assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(0)), 1, 30));
		let key = StakeKey::Own { topic_id: 1, reputer: reputer(0) };
		assert_eq!(
			events().last(),
			Some(&Event::StakeRemovalRequested { key: key.clone(), amount: 30, due: 11 })
		);
		run_to_block(10);
		// Still counted, still held.
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 100);
		assert_eq!(held(reputer(0)), 100);
		run_to_block(11);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 70);
		assert_eq!(TopicStake::<Test>::get(1), 70);
		assert_eq!(held(reputer(0)), 70);
		assert!(events().contains(&Event::StakeRemoved { key, amount: 30 }));
		assert!(PendingRemovals::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_new_request_replaces_the_pending_one_and_a_cancelled_one_never_executes() {
	run_test(|| {
		set(vec![ReputationParam::RemoveStakeDelayWindow(10)]);
		topic(0, 1);
		stake(reputer(0), 100);
		let r = RuntimeOrigin::signed(reputer(0));
		assert_ok!(Reputation::remove_stake(r.clone(), 1, 30));
		run_to_block(5);
		assert_ok!(Reputation::remove_stake(r.clone(), 1, 50));
		// The first request's slot (block 11) passes without effect; the second executes at 15.
		run_to_block(14);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 100);
		run_to_block(15);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 50);
		assert_ok!(Reputation::remove_stake(r.clone(), 1, 50));
		assert_ok!(Reputation::cancel_remove_stake(r, 1));
		assert_eq!(
			events().last(),
			Some(&Event::StakeRemovalCancelled {
				key: StakeKey::Own { topic_id: 1, reputer: reputer(0) }
			})
		);
		run_to_block(40);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 50);
		assert_eq!(held(reputer(0)), 50);
	});
}

#[test]
fn a_delegator_withdraws_even_after_its_reputer_left() {
	run_test(|| {
		set(vec![ReputationParam::RemoveStakeDelayWindow(3)]);
		topic(0, 1);
		stake(reputer(0), 100);
		assert_ok!(Reputation::delegate_stake(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0), 40));
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(reputer(0)), 1, Role::Reputer));
		assert_ok!(Reputation::remove_delegate_stake(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0),
			40
		));
		run_to_block(4);
		assert_eq!(held(DELEGATOR), 0);
		assert_eq!(Delegations::<Test>::get((1, reputer(0), DELEGATOR)), 0);
		assert_eq!(DelegatedStake::<Test>::get(1, reputer(0)), 0);
		assert_eq!(TopicStake::<Test>::get(1), 100);
	});
}

#[test]
fn removals_beyond_the_per_block_cap_execute_in_the_next_blocks() {
	run_test(|| {
		// Two removals per block.
		set(vec![
			ReputationParam::RemoveStakeDelayWindow(2),
			ReputationParam::HalfMaxProcessStakeRemovalsEndBlock(1),
		]);
		topic(0, 4);
		for i in 0..4 {
			stake(reputer(i), 100);
			assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(i)), 1, 100));
		}
		// A fifth removal due in the same block does not fit the slot (4 per block).
		assert_ok!(Reputation::delegate_stake(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0), 9));
		assert_noop!(
			Reputation::remove_delegate_stake(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0), 9),
			Error::<Test>::RemovalQueueFull
		);
		run_to_block(3);
		let done =
			|n| events().iter().filter(|e| matches!(e, Event::StakeRemoved { .. })).count() == n;
		assert!(done(2));
		run_to_block(4);
		assert!(done(4));
		assert_eq!(TopicStake::<Test>::get(1), 9);
	});
}

/// Topic 1 with 3 workers and 2 staked reputers; the workers submit at nonce 13 (first epoch)
/// and the window closes; returns at block 20.
fn topic_with_a_closed_nonce() {
	topic(3, 2);
	stake(reputer(0), 1_000_000);
	stake(reputer(1), 3_000_000);
	run_to_block(14);
	for (i, v) in ["10", "20", "30"].iter().enumerate() {
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(worker(i as u64)),
			1,
			13,
			Some(f(v)),
			None
		));
	}
	run_to_block(20);
	assert!(pallet_inference::NetworkInferencesAt::<Test>::get(1, 13).is_some());
}

/// A report over the three inferers of [`topic_with_a_closed_nonce`].
fn report(combined: &str, per_inferer: [&str; 3]) -> LossReportOf<Test> {
	LossReport {
		combined: f(combined),
		naive: f(combined),
		inferer: (0..3)
			.map(|i| (worker(i), f(per_inferer[i as usize])))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap(),
		forecaster: Default::default(),
		one_out_inferer: Default::default(),
		one_out_forecaster: Default::default(),
		one_in_forecaster: Default::default(),
	}
}

/// Topic 1's stored regret of worker `j` as an inferer in the combined network.
fn inferer_regret(j: u64) -> Option<Fixed> {
	let key = allora_synthesis::regrets::RegretKey::Inferer(worker(j));
	pallet_inference::stored_regret::<Test>(1, key)
}

fn submit(who: AccountId, nonce: u64, r: LossReportOf<Test>) -> DispatchResult {
	Reputation::submit_reputer_payload(RuntimeOrigin::signed(who), 1, nonce, r)
}

#[test]
fn a_worker_nonce_opens_for_reputers_from_its_ground_truth_for_an_epoch() {
	run_test(|| {
		topic_with_a_closed_nonce();
		// The window of nonce 13 closed at block 20 with a network inference: its reputer
		// window is set from the ground truth's block 13 + 12 for an epoch, until 37.
		assert!(events().contains(&Event::ReputerNonceOpened {
			topic_id: 1,
			nonce: 13,
			opens_at: 25,
			closes_at: 37
		}));
		assert_noop!(
			submit(reputer(0), 13, report("1", ["1", "1", "1"])),
			Error::<Test>::ReputerWindowNotStarted
		);
		assert_noop!(
			submit(reputer(0), 12, report("1", ["1", "1", "1"])),
			Error::<Test>::ReputerNonceNotOpen
		);
		run_to_block(25);
		assert_ok!(submit(reputer(0), 13, report("1", ["1", "1", "1"])));
		assert_eq!(
			events().last(),
			Some(&Event::LossesReported { topic_id: 1, nonce: 13, reputer: reputer(0) })
		);
	});
}

#[test]
fn a_report_after_closes_at_is_refused_even_before_the_close_runs() {
	run_test(|| {
		topic_with_a_closed_nonce();
		// Block 37 without its hooks: the close has not run, the window is over all the same.
		System::set_block_number(37);
		assert_noop!(
			submit(reputer(0), 13, report("1", ["1", "1", "1"])),
			Error::<Test>::ReputerWindowOver
		);
		System::set_block_number(36);
		assert_ok!(submit(reputer(0), 13, report("1", ["1", "1", "1"])));
	});
}

#[test]
fn bad_reports_fail_with_their_error_and_change_nothing() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(25);
		let good = report("1", ["1", "2", "3"]);
		assert_noop!(submit(OUTSIDER, 13, good.clone()), Error::<Test>::NotRegisteredReputer);
		assert_noop!(submit(reputer(0), 25, good.clone()), Error::<Test>::ReputerNonceNotOpen);
		// Missing an inferer, naming a stranger, or naming one twice.
		let mut r = good.clone();
		r.inferer.pop();
		assert_noop!(submit(reputer(0), 13, r.clone()), Error::<Test>::WrongParticipants);
		r.inferer.try_push((OUTSIDER, f("1"))).unwrap();
		assert_noop!(submit(reputer(0), 13, r.clone()), Error::<Test>::WrongParticipants);
		r.inferer[2] = (worker(0), f("1"));
		assert_noop!(submit(reputer(0), 13, r), Error::<Test>::WrongParticipants);
		let mut r = good.clone();
		r.forecaster.try_push((worker(0), f("1"))).unwrap();
		assert_noop!(submit(reputer(0), 13, r), Error::<Test>::WrongParticipants);
		let mut r = good.clone();
		r.combined = f("1000000001");
		assert_noop!(submit(reputer(0), 13, r), Error::<Test>::ValueOutOfRange);
		// Below the minimum stake.
		set(vec![ReputationParam::RequiredMinimumStake(1_000_001)]);
		assert_noop!(submit(reputer(0), 13, good.clone()), Error::<Test>::BelowMinimumStake);
		assert_ok!(submit(reputer(1), 13, good.clone()));
		assert_noop!(submit(reputer(1), 13, good), Error::<Test>::AlreadyReported);
	});
}

#[test]
fn the_close_computes_stake_weighted_losses_updates_regrets_and_scores_reputers() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(26);
		assert_ok!(submit(reputer(0), 13, report("1", ["1", "2", "4"])));
		assert_ok!(submit(reputer(1), 13, report("2", ["1", "2", "4"])));
		run_to_block(37);
		// Stakes 1:3 → combined loss 0.25·1 + 0.75·2.
		assert!(events().contains(&Event::NetworkLossesComputed {
			topic_id: 1,
			nonce: 13,
			network_loss: f("1.75"),
			reputers: 2
		}));
		let losses = NetworkLossesAt::<Test>::get(1, 13).unwrap();
		assert_eq!(
			losses.inferer.to_vec(),
			vec![(worker(0), f("1")), (worker(1), f("2")), (worker(2), f("4"))]
		);
		// The regret update is handed over, its rows written by the inference pallet's hook in
		// the next block.
		assert!(pallet_inference::RegretUpdates::<Test>::contains_key(1));
		assert_eq!(pallet_inference::LatestNetworkLoss::<Test>::get(1), None);
		run_to_block(38);
		assert_eq!(pallet_inference::LatestNetworkLoss::<Test>::get(1), Some(f("1.75")));
		// R_j = EMA(0.1, L − L_j, R0 = 0) = 0.1·(1.75 − L_j).
		assert_eq!(inferer_regret(0), Some(f("0.075")));
		assert_eq!(inferer_regret(2), Some(f("-0.225")));
		// Two reputers, each scored; the one closer to the consensus (the larger stake) scores
		// higher.
		let scores = ReputerScores::<Test>::get(1, 13).unwrap();
		assert_eq!(scores.len(), 2);
		assert!(scores[1].1 > scores[0].1, "{scores:?}");
		assert!(ListeningCoefficients::<Test>::get(1, reputer(0)).is_some());
		assert!(OpenReputerNonces::<Test>::get(1).is_empty());
	});
}

#[test]
fn a_reputer_close_waits_while_its_topics_window_closes_in_stages_and_its_update_stages() {
	use pallet_inference::{
		CloseInProgress, ForecastElement, LatestNetworkLoss, NetworkInferencesAt,
	};
	use polkadot_sdk::frame_support::weights::Weight;
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(26);
		assert_ok!(submit(reputer(0), 13, report("1", ["1", "2", "4"])));
		assert_ok!(submit(reputer(1), 13, report("2", ["1", "2", "4"])));
		// Nonce 25: three inferers that also forecast each other, after a network loss: a full
		// synthesis with 3 + 2·3 counterfactual networks. Without budget, its close chooses the
		// active sets at block 32, then computes the base and the first network at 33 and one
		// network a block, to block 41, over the reputer close of nonce 13 (due 37).
		LatestNetworkLoss::<Test>::insert(1, f("3"));
		for i in 0..3u64 {
			let forecast: Vec<_> = (0..3)
				.filter(|j| *j != i)
				.map(|j| ForecastElement { inferer: worker(j), value: f("0.5") })
				.collect();
			assert_ok!(Inference::submit_worker_payload(
				RuntimeOrigin::signed(worker(i)),
				1,
				25,
				Some(f(["11", "19", "32"][i as usize])),
				Some(forecast.try_into().unwrap())
			));
		}
		MaxClosingWeight::set(Weight::zero());
		run_to_block(40);
		assert_eq!(CloseInProgress::<Test>::get().map(|p| (p.topic_id, p.nonce)), Some((1, 25)));
		// The reputer close waits: no losses, the regrets and the network loss unchanged.
		assert_eq!(ReputerClosingQueue::<Test>::get().first(), Some(&(37, 1, 13)));
		assert!(NetworkLossesAt::<Test>::get(1, 13).is_none());
		assert_eq!(LatestNetworkLoss::<Test>::get(1), Some(f("3")));
		run_to_block(41);
		// The window's last stage, then the reputer close, in the same block. Its regret
		// update (the inferers' and the naive network's rows) does not fit either: staged,
		// the rows follow one a block, then the network loss.
		assert!(!CloseInProgress::<Test>::exists());
		assert!(NetworkInferencesAt::<Test>::get(1, 25).is_some());
		assert!(NetworkLossesAt::<Test>::get(1, 13).is_some());
		let staged =
			pallet_inference::Event::RegretUpdateStaged { topic_id: 1, nonce: 13, rows: 2 };
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Inference(staged.clone())));
		assert_eq!((inferer_regret(0), LatestNetworkLoss::<Test>::get(1)), (None, Some(f("3"))));
		run_to_block(42);
		assert_eq!(
			(inferer_regret(0), LatestNetworkLoss::<Test>::get(1)),
			(Some(f("0.075")), Some(f("3")))
		);
		run_to_block(43);
		assert_eq!(LatestNetworkLoss::<Test>::get(1), Some(f("1.75")));
		assert!(pallet_inference::RegretUpdates::<Test>::iter().next().is_none());
		MaxClosingWeight::set(Weight::MAX);
	});
}

#[test]
fn a_reputer_window_without_reports_closes_empty() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(37);
		assert!(events().contains(&Event::ReputerNonceClosedEmpty { topic_id: 1, nonce: 13 }));
		assert_eq!(pallet_inference::LatestNetworkLoss::<Test>::get(1), None);
	});
}

#[test]
fn loss_rows_align_the_union_of_workers() {
	use alloc::collections::BTreeMap;
	let b1 = LossBundle {
		combined: f("1"),
		naive: f("2"),
		inferer: BTreeMap::from([(1u64, f("3")), (2, f("4"))]),
		..Default::default()
	};
	let b2 = LossBundle {
		combined: f("5"),
		naive: f("6"),
		inferer: BTreeMap::from([(2u64, f("7")), (3, f("8"))]),
		..Default::default()
	};
	let rows = loss_rows([&b1, &b2].into_iter());
	assert_eq!(rows[0], vec![Some(f("1")), Some(f("2")), Some(f("3")), Some(f("4")), None]);
	assert_eq!(rows[1], vec![Some(f("5")), Some(f("6")), None, Some(f("7")), Some(f("8"))]);
}

#[test]
fn a_reputer_reward_is_staked_and_its_delegators_share_waits_for_them() {
	run_test(|| {
		topic(0, 1);
		stake(reputer(0), 3_000);
		let delegate = |who: AccountId, amount: Balance| {
			let call =
				Reputation::delegate_stake(RuntimeOrigin::signed(who), 1, reputer(0), amount);
			assert_ok!(call);
		};
		delegate(DELEGATOR, 600);
		delegate(OUTSIDER, 400);
		let payer = CREATOR;
		let before = Balances::free_balance(payer);
		// 1 000 of authority 4 000 is delegated: a quarter of the reward is the delegators'.
		assert_eq!(
			Reputation::pay_reputer_reward(1, &reputer(0), &payer, 10_000),
			Ok((7_500, 2_500))
		);
		assert_eq!(Balances::free_balance(payer), before - 10_000);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 10_500);
		assert_eq!(held(reputer(0)), 10_500);
		assert_eq!(TopicStake::<Test>::get(1), 11_500);
		assert_eq!(RewardPerShare::<Test>::get(1, reputer(0)), f("2.5"));
		assert_eq!(Reputation::pending_delegator_reward(1, &reputer(0), &DELEGATOR), 1_500);
		assert_eq!(Reputation::pending_delegator_reward(1, &reputer(0), &OUTSIDER), 1_000);
		// Claiming pays it once.
		let free = Balances::free_balance(DELEGATOR);
		assert_ok!(Reputation::claim_delegator_rewards(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0)
		));
		assert_eq!(Balances::free_balance(DELEGATOR), free + 1_500);
		assert_noop!(
			Reputation::claim_delegator_rewards(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0)),
			Error::<Test>::NothingToClaim
		);
		// Delegating more collects first; the new stake earns only from now on.
		let free = Balances::free_balance(OUTSIDER);
		delegate(OUTSIDER, 1_000);
		assert_eq!(Balances::free_balance(OUTSIDER), free + 1_000 - 1_000);
		assert_eq!(Reputation::pending_delegator_reward(1, &reputer(0), &OUTSIDER), 0);
		// Authority 12 500, delegated 2 000: 2 000 of 12 500 goes to the delegators, 1 per share.
		assert_eq!(
			Reputation::pay_reputer_reward(1, &reputer(0), &payer, 12_500),
			Ok((10_500, 2_000))
		);
		assert_eq!(Reputation::pending_delegator_reward(1, &reputer(0), &DELEGATOR), 600);
		assert_eq!(Reputation::pending_delegator_reward(1, &reputer(0), &OUTSIDER), 1_400);
		// A removal that executes collects too (its 600 released, its 600 of rewards paid).
		set(vec![ReputationParam::RemoveStakeDelayWindow(10)]);
		assert_ok!(Reputation::remove_delegate_stake(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0),
			600
		));
		let free = Balances::free_balance(DELEGATOR);
		let due = System::block_number() + Params::<Test>::get().remove_stake_delay_window as u64;
		run_to_block(due);
		assert_eq!(Balances::free_balance(DELEGATOR), free + 1_200);
		assert_eq!(held(DELEGATOR), 0);
		assert_eq!(RewardDebt::<Test>::get((1, reputer(0), DELEGATOR)), 0);
		assert!(events().contains(&Event::DelegatorRewardPaid {
			topic_id: 1,
			reputer: reputer(0),
			delegator: DELEGATOR,
			amount: 600
		}));
	});
}

#[test]
fn a_reward_the_payer_cannot_afford_changes_nothing() {
	run_test(|| {
		topic(0, 1);
		stake(reputer(0), 3_000);
		assert_ok!(Reputation::delegate_stake(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0),
			1_000
		));
		let broke = 99;
		assert!(Reputation::pay_reputer_reward(1, &reputer(0), &broke, 1_000).is_err());
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 3_000);
		assert_eq!(RewardPerShare::<Test>::get(1, reputer(0)), Fixed::ZERO);
	});
}

#[test]
fn queries_tell_stakes_delegations_removals_and_scores() {
	use pallet_topics::QueryError;
	run_test(|| {
		assert_eq!(Reputation::reputer_stake(1, &reputer(0)), Err(QueryError::NoSuchTopic));
		set(vec![ReputationParam::RemoveStakeDelayWindow(10)]);
		topic_with_a_closed_nonce();
		assert_ok!(Reputation::delegate_stake(RuntimeOrigin::signed(DELEGATOR), 1, reputer(0), 40));
		assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(0)), 1, 30));
		let own = Reputation::reputer_stake(1, &reputer(0)).unwrap();
		assert_eq!(
			(own.own, own.delegated, own.listening_coefficient),
			(1_000_000, 40, Fixed::ONE)
		);
		assert_eq!(own.pending_removal.map(|r| r.amount), Some(30));
		let d = Reputation::delegation(1, &reputer(0), &DELEGATOR).unwrap();
		assert_eq!((d.amount, d.pending_reward, d.pending_removal), (40, 0, None));
		let totals = Reputation::stake_totals(1).unwrap();
		assert_eq!(totals.topic, 4_000_040);
		assert_eq!(totals.total, TotalStake::<Test>::get());
		// The reputer window of nonce 13: open, then closed with scores.
		run_to_block(26);
		assert_eq!(
			Reputation::open_reputer_nonces(1).unwrap().iter().map(|n| n.nonce).collect::<Vec<_>>(),
			vec![13]
		);
		assert_eq!(Reputation::reputer_scores_at(1, 13), Err(QueryError::NonceOpen));
		assert_ok!(submit(reputer(0), 13, report("1", ["1", "2", "4"])));
		assert_ok!(submit(reputer(1), 13, report("2", ["1", "2", "4"])));
		run_to_block(37);
		let scores = Reputation::reputer_scores_at(1, 13).unwrap();
		assert_eq!(scores, ReputerScores::<Test>::get(1, 13).unwrap().to_vec());
		assert_eq!(Reputation::reputer_scores_at(1, 12), Err(QueryError::NonceNotKept));
		let own = Reputation::reputer_stake(1, &reputer(0)).unwrap();
		assert_eq!(
			Some(own.listening_coefficient),
			ListeningCoefficients::<Test>::get(1, reputer(0))
		);
	});
}

#[test]
fn stake_removals_due_at_an_epoch_start_execute_before_the_topic_is_weighed() {
	run_test(|| {
		topic(0, 1);
		stake(reputer(0), 1_000_000);
		assert!(Topics::is_active(1));
		// The first epoch is due at 13; so is the removal of the whole stake.
		set(vec![ReputationParam::RemoveStakeDelayWindow(12)]);
		assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(0)), 1, 1_000_000));
		run_to_block(13);
		// The stake left before block 13 weighed the topic (the reference's order): no stake,
		// no weight, and the topic leaves the active set.
		assert_eq!(TopicStake::<Test>::get(1), 0);
		assert_eq!(pallet_topics::TopicWeights::<Test>::get(1), Some(Fixed::ZERO));
		assert!(!Topics::is_active(1));
	});
}

/// `MaxReputersPerTopic`.
fn max_reputers() -> u32 {
	<<Test as pallet_topics::Config>::MaxReputersPerTopic as Get<u32>>::get()
}

/// An account outside the mock's genesis, funded.
fn funded(who: AccountId) -> AccountId {
	use polkadot_sdk::frame_support::traits::fungible::Mutate;
	assert_ok!(<Balances as Mutate<AccountId>>::mint_into(&who, BALANCE));
	who
}

/// The chain-stall attack: fresh accounts each register, stake, copy an honest report and
/// leave while a reputer nonce is open. Each used to leave its report behind — more reports
/// than the topic may have reputers, all read by the close (on the runtime, past ~1 250 a
/// close no longer fits a block's proof, and pruning deleted only 64). Leaving now takes the
/// report with it: the nonce holds only its reputers' reports, and the close reads only those.
#[test]
fn reputers_that_report_and_leave_take_their_reports_with_them() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(25);
		let honest = report("1", ["1", "2", "3"]);
		assert_ok!(submit(reputer(0), 13, honest.clone()));
		let cap = max_reputers();
		for k in 0..3 * cap as u64 {
			let sybil = funded(1_000 + k);
			let o = RuntimeOrigin::signed(sybil);
			assert_ok!(Topics::register(o.clone(), 1, Role::Reputer));
			assert_ok!(Reputation::add_stake(o.clone(), 1, 1_000_000));
			assert_ok!(submit(sybil, 13, honest.clone()));
			assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 2);
			assert_ok!(Topics::unregister(o, 1, Role::Reputer));
			assert_eq!(
				events().last(),
				Some(&Event::ReportsWithdrawn { topic_id: 1, reputer: sybil, nonces: 1 })
			);
			check_invariants();
		}
		assert_eq!(LossReports::<Test>::iter_prefix((1, 13)).count(), 1);
		assert_eq!(OpenReputerNonces::<Test>::get(1)[0].reports, 1);
		run_to_block(37);
		assert!(events().iter().any(|e| matches!(
			e,
			Event::NetworkLossesComputed { topic_id: 1, nonce: 13, reputers: 1, .. }
		)));
	});
}

#[test]
fn a_nonce_takes_no_more_reports_than_the_topic_may_have_reputers() {
	run_test(|| {
		topic_with_a_closed_nonce();
		run_to_block(25);
		// The count cannot reach the cap while reputers leave with their reports; force it.
		let cap = max_reputers();
		OpenReputerNonces::<Test>::mutate(1, |open| open[0].reports = cap);
		assert_noop!(
			submit(reputer(0), 13, report("1", ["1", "2", "3"])),
			Error::<Test>::TooManyReports
		);
		OpenReputerNonces::<Test>::mutate(1, |open| open[0].reports = 0);
	});
}

/// Queue griefing: every request used to push a new entry into its slot, replaced or not, so
/// one staker could fill a block's slot and everyone else got `RemovalQueueFull`. A request
/// now replaces the staker's entry, and a cancellation removes it.
#[test]
fn a_replaced_or_cancelled_request_leaves_the_queue() {
	run_test(|| {
		set(vec![ReputationParam::RemoveStakeDelayWindow(10)]);
		topic(0, 2);
		stake(reputer(0), 100);
		stake(reputer(1), 100);
		let r0 = RuntimeOrigin::signed(reputer(0));
		let slots = <<Test as Config>::MaxRemovalsPerBlock as Get<u32>>::get() as u128;
		for amount in 1..=3 * slots {
			assert_ok!(Reputation::remove_stake(r0.clone(), 1, amount));
		}
		let own = |i| StakeKey::Own { topic_id: 1, reputer: reputer(i) };
		assert_eq!(RemovalQueue::<Test>::get(11).to_vec(), vec![own(0)]);
		assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(1)), 1, 5));
		// A request in a later block moves the entry to its new slot.
		run_to_block(3);
		assert_ok!(Reputation::remove_stake(r0.clone(), 1, 7));
		assert_eq!(RemovalQueue::<Test>::get(11).to_vec(), vec![own(1)]);
		assert_eq!(RemovalQueue::<Test>::get(13).to_vec(), vec![own(0)]);
		assert_ok!(Reputation::cancel_remove_stake(r0, 1));
		assert!(!RemovalQueue::<Test>::contains_key(13));
		run_to_block(20);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 100);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(1)), 95);
	});
}

#[test]
fn stake_positions_are_empty_or_at_least_the_minimum() {
	run_test(|| {
		set(vec![ReputationParam::MinStakeAmount(100), ReputationParam::RemoveStakeDelayWindow(2)]);
		topic(0, 1);
		let r = RuntimeOrigin::signed(reputer(0));
		let d = RuntimeOrigin::signed(DELEGATOR);
		assert_noop!(Reputation::add_stake(r.clone(), 1, 99), Error::<Test>::StakeBelowMinimum);
		assert_ok!(Reputation::add_stake(r.clone(), 1, 100));
		// Once the position is large enough, any amount may be added.
		assert_ok!(Reputation::add_stake(r.clone(), 1, 1));
		assert_noop!(
			Reputation::delegate_stake(d.clone(), 1, reputer(0), 99),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(Reputation::delegate_stake(d.clone(), 1, reputer(0), 150));
		assert_noop!(Reputation::remove_stake(r.clone(), 1, 2), Error::<Test>::RemovalLeavesDust);
		assert_noop!(
			Reputation::remove_delegate_stake(d.clone(), 1, reputer(0), 51),
			Error::<Test>::RemovalLeavesDust
		);
		assert_ok!(Reputation::remove_stake(r.clone(), 1, 1));
		assert_ok!(Reputation::remove_delegate_stake(d.clone(), 1, reputer(0), 150));
		run_to_block(3);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 100);
		assert_eq!(Delegations::<Test>::get((1, reputer(0), DELEGATOR)), 0);
		assert_ok!(Reputation::remove_stake(r, 1, 100));
		run_to_block(5);
		assert_eq!(ReputerStake::<Test>::get(1, reputer(0)), 0);
	});
}

#[test]
fn integrity_test_accepts_the_mock_and_rejects_pending_rewards_in_the_ecosystem_account() {
	new_test_ext().execute_with(|| {
		<Reputation as Hooks<u64>>::integrity_test();
		let distinct = PendingRewardsPalletId::get();
		// `allo/…` truncates to the same `u64` account as the topics' `allo/eco`.
		PendingRewardsPalletId::set(polkadot_sdk::frame_support::PalletId(*b"allo/dlg"));
		let rejected = std::panic::catch_unwind(<Reputation as Hooks<u64>>::integrity_test);
		PendingRewardsPalletId::set(distinct);
		let message = rejected.expect_err("a shared account accepted");
		assert!(message.downcast_ref::<&str>().unwrap().contains("PendingRewardsPalletId"));
	});
}

#[test]
fn set_params_checks_each_rule_and_bound_and_needs_the_admin() {
	run_test(|| {
		set(vec![ReputationParam::LearningRate(f("0.1")), ReputationParam::MinStakeAmount(7)]);
		let p = Params::<Test>::get();
		assert_eq!((p.learning_rate, p.min_stake_amount), (f("0.1"), 7));
		System::assert_last_event(
			Event::ParamsUpdated {
				updates: vec![
					ReputationParam::LearningRate(f("0.1")),
					ReputationParam::MinStakeAmount(7),
				]
				.try_into()
				.unwrap(),
			}
			.into(),
		);
		let bad = |u: Vec<ReputationParam>| {
			Reputation::set_params(RuntimeOrigin::root(), u.try_into().unwrap())
		};
		assert_noop!(
			Reputation::set_params(
				RuntimeOrigin::signed(1),
				vec![ReputationParam::MinStakeAmount(1)].try_into().unwrap()
			),
			DispatchError::BadOrigin
		);
		assert_noop!(bad(vec![]), Error::<Test>::NoParamUpdates);
		assert_noop!(
			bad(vec![
				ReputationParam::MinStakeAmount(1),
				ReputationParam::LearningRate(Fixed::ZERO)
			]),
			Error::<Test>::ParamNotPositive
		);
		assert_noop!(
			bad(vec![ReputationParam::MinStakeFraction(f("1.5"))]),
			Error::<Test>::ParamNotAFraction
		);
		assert_noop!(
			bad(vec![ReputationParam::RemoveStakeDelayWindow(0)]),
			Error::<Test>::ParamZero
		);
		assert_noop!(
			bad(vec![ReputationParam::GradientDescentMaxIters(MAX_GRADIENT_DESCENT_ITERS + 1)]),
			Error::<Test>::ParamAboveLimit
		);
		let reputers = <<Test as pallet_topics::Config>::MaxActiveReputers as Get<u32>>::get();
		assert_noop!(
			bad(vec![ReputationParam::MaxTopReputersToReward(reputers + 1)]),
			Error::<Test>::ParamAboveLimit
		);
		set(vec![
			ReputationParam::GradientDescentMaxIters(MAX_GRADIENT_DESCENT_ITERS),
			ReputationParam::MaxTopReputersToReward(reputers),
		]);
	});
}
