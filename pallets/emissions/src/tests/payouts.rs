//! Paying topic epochs through the calls: workers submit, reputers report, the reputer nonce
//! closes and the epoch's reward is split and paid; and a long random simulation with every
//! invariant checked after every block.

use super::{assert_issuance_accounted, events, f};
use crate::{mock::*, *};
use pallet_reputation::{LossReport, LossReportOf, PerWorker};
use polkadot_sdk::frame_support::{assert_ok, traits::fungible::Inspect};

/// The losses a reputer reports for a closed worker nonce: `|value − truth| + bias` for every
/// value the network produced at that nonce (the lists name exactly its participants).
pub fn report_for(topic_id: TopicId, nonce: u64, truth: Fixed, bias: Fixed) -> LossReportOf<Test> {
	let record = pallet_inference::Pallet::<Test>::record(topic_id, nonce).expect("a record");
	let loss = |v: Fixed| v.checked_sub(truth).unwrap().abs().unwrap().checked_add(bias).unwrap();
	let list = |l: &PerWorker<AccountId, _>| -> PerWorker<AccountId, _> {
		l.iter().map(|(a, v)| (*a, loss(*v))).collect::<Vec<_>>().try_into().unwrap()
	};
	let inferer: Vec<_> = pallet_inference::Inferences::<Test>::iter_prefix((topic_id, nonce))
		.map(|(a, v)| (a, loss(v)))
		.collect();
	let mut inferer = inferer;
	inferer.sort();
	LossReport {
		combined: loss(record.combined),
		naive: loss(record.naive),
		inferer: inferer.try_into().unwrap(),
		forecaster: list(&record.forecast_implied),
		one_out_inferer: list(&record.one_out_inferers),
		one_out_forecaster: list(&record.one_out_forecasters),
		one_in_forecaster: list(&record.one_in_forecasters),
	}
}

fn reputation_events() -> Vec<pallet_reputation::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Reputation(e) = r.event { Some(e) } else { None })
		.collect()
}

/// Epoch `n` (a nonce block): every worker infers `truth + i/10`; workers 0 and 1 also
/// forecast the others.
fn submit_workers(topic_id: TopicId, nonce: u64, workers: u64, truth: i64) {
	for i in 0..workers {
		let value = Fixed::from_int(truth)
			.checked_add(Fixed::from_raw(i as i128 * 100_000_000_000_000_000))
			.unwrap();
		let forecast = (i < 2).then(|| {
			(0..workers)
				.filter(|j| *j != i)
				.map(|j| pallet_inference::ForecastElement { inferer: worker(j), value: f("0.5") })
				.collect::<Vec<_>>()
				.try_into()
				.unwrap()
		});
		assert_ok!(Inference::submit_worker_payload(
			RuntimeOrigin::signed(worker(i)),
			topic_id,
			nonce,
			Some(value),
			forecast
		));
	}
}

/// Plays topic 1's epochs `13, 25, ..` up to `last`: in each epoch's first block the workers
/// submit, and the reputers (with their biases) report the nonce of the epoch before.
fn play(workers: u64, reputers: &[(u64, &str)], last: u64) {
	let mut n = 13;
	while n <= last {
		run_to_block(n + 1);
		submit_workers(1, n, workers, n as i64);
		if n > 13 {
			for (i, bias) in reputers {
				let report = report_for(1, n - 12, Fixed::from_int(n as i64 - 12), f(bias));
				assert_ok!(Reputation::submit_reputer_payload(
					RuntimeOrigin::signed(reputer(*i)),
					1,
					n - 12,
					report
				));
			}
		}
		n += 12;
	}
}

/// Topic 1 with four workers and two reputers staking 3 000 and 1 000 tokens.
fn four_workers_and_two_staked_reputers() {
	topic(4, 2);
	for (i, stake) in [(0, 3_000 * UNIT), (1, 1_000 * UNIT)] {
		assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(i)), 1, stake));
	}
}

#[test]
fn a_closed_epoch_pays_its_workers_reputers_and_delegator() {
	run_test(|| {
		four_workers_and_two_staked_reputers();
		assert_ok!(Reputation::delegate_stake(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0),
			1_000 * UNIT
		));
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 1_000 * UNIT));
		set_collator_stake(50_000 * UNIT);
		// Epochs start at 13, 25, 37 ...; nonce n's losses are reported in n+12..=n+24. The
		// first network loss (nonce 13's) arrives at block 37, after the windows of nonces 13
		// and 25 closed: those have no one-out losses, nothing to score. Nonce 37 is the first
		// paid, when its reputer window closes at block 61.
		play(4, &[(0, "0.01"), (1, "0.02")], 49);
		run_to_block(60);
		for nonce in [13, 25] {
			assert!(events().iter().any(
				|e| matches!(e, Event::EpochUnrewarded { topic_id: 1, nonce: n, .. } if *n == nonce)
			));
		}
		let worker_before: Vec<u128> = (0..4).map(|i| Balances::balance(&worker(i))).collect();
		let stake_before = pallet_reputation::ReputerStake::<Test>::get(1, reputer(0));
		let pot_before = Balances::balance(&Emissions::rewards_account());
		let accrued = || -> u128 {
			events()
				.iter()
				.filter_map(|e| match e {
					Event::TopicRewardAccrued { topic_id: 1, amount, .. } => Some(*amount),
					_ => None,
				})
				.sum()
		};
		let budget = || TopicRewardBudget::<Test>::get(1);
		let (budget_before, accrued_before) = (budget(), accrued());
		run_to_block(61);
		// Block 61 settles the topic's share of blocks 50..=61 into its budget, then pays it,
		// shared with nonce 49, whose reputer window is still open.
		assert_eq!(pallet_reputation::OpenReputerNonces::<Test>::get(1).len(), 1);
		let expected = (budget_before + accrued() - accrued_before) / 2;
		let Some(Event::EpochRewarded {
			nonce,
			reward,
			inferers,
			forecasters,
			reputers,
			paid,
			failed,
			..
		}) = events().into_iter().find(|e| matches!(e, Event::EpochRewarded { .. }))
		else {
			panic!("no epoch rewarded: {:?}", events());
		};
		assert_eq!((nonce, failed), (37, 0));
		assert!(reward > 0 && reward == expected, "{reward} vs {expected}");
		assert_eq!(budget(), budget_before + accrued() - accrued_before - paid);
		// The split adds up to the reward (up to rounding), and everything was paid.
		let parts = inferers + forecasters + reputers;
		assert!(parts <= reward && reward - parts <= 3, "{parts} vs {reward}");
		assert!(paid <= reward && reward - paid <= 10, "{paid} vs {reward}");
		assert!(forecasters > 0 && inferers > 0 && reputers > 0);
		// Workers received exactly their events' amounts (and paid nothing else meanwhile).
		let mut to_workers = 0;
		for e in events() {
			if let Event::WorkerRewarded { worker: w, amount, .. } = e {
				to_workers += amount;
				assert!(amount > 0 && (10..14).contains(&w));
			}
		}
		let gained: u128 =
			(0..4).map(|i| Balances::balance(&worker(i)) - worker_before[i as usize]).sum();
		assert!(gained + 30 >= to_workers && gained <= to_workers, "fees of nonce 37 only");
		assert!(
			pallet_inference::inclusions::<Test>(
				1,
				pallet_inference::WorkerTask::Inference,
				&worker(0)
			) == 1
		);
		// Reputer 0's reward: a quarter (its delegated share) waits for the delegator, the rest
		// is staked.
		let (staked, shared) = reputation_events()
			.into_iter()
			.find_map(|e| match e {
				pallet_reputation::Event::ReputerRewarded {
					reputer: r,
					staked,
					to_delegators,
					..
				} if r == reputer(0) => Some((staked, to_delegators)),
				_ => None,
			})
			.unwrap();
		assert_eq!(
			pallet_reputation::ReputerStake::<Test>::get(1, reputer(0)),
			stake_before + staked
		);
		assert_eq!(shared, (staked + shared) / 4);
		let pending = Reputation::pending_delegator_reward(1, &reputer(0), &DELEGATOR);
		// The reward per share has 18 decimals: per unit of delegated stake the delegator loses
		// under 10^-18 units, i.e. under 1 000 units on 1 000 tokens.
		assert!(pending <= shared && shared - pending <= 1_000, "{pending} of {shared}");
		assert_eq!(to_workers + reputers_paid(), paid);
		assert_eq!(RewardsPaid::<Test>::get(), paid);
		// The pot lost what was paid and gained the blocks' network emission.
		assert!(Balances::balance(&Emissions::rewards_account()) + paid >= pot_before);
		// The next month's cap knows the reputers' share.
		assert_eq!(MonthRewards::<Test>::get(), (paid, reputers_paid()));
		assert_issuance_accounted();
	});
}

/// Rewards that do not fit in the block of their reputer close are paid in the next one: the
/// close scores the reputers and defers the payment; the topic keeps it (it cannot retire, and
/// its next reputer close would wait); the next block's hook pays the epoch, to the same
/// participants.
#[test]
fn rewards_that_do_not_fit_their_close_are_paid_in_the_next_block() {
	use polkadot_sdk::frame_support::weights::Weight;
	run_test(|| {
		four_workers_and_two_staked_reputers();
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 1_000 * UNIT));
		set_collator_stake(50_000 * UNIT);
		play(4, &[(0, "0.01"), (1, "0.02")], 49);
		run_to_block(60);
		// No budget at block 61: the reputer close of nonce 37 still runs (one a block at
		// least), its rewards do not fit.
		MaxClosingWeight::set(Weight::zero());
		run_to_block(61);
		MaxClosingWeight::set(Weight::MAX);
		let deferred = pallet_reputation::Event::RewardsDeferred { topic_id: 1, nonce: 37 };
		assert!(reputation_events().contains(&deferred), "{:?}", reputation_events());
		assert!(!events().iter().any(|e| matches!(e, Event::EpochRewarded { .. })));
		assert!(pallet_reputation::NetworkLossesAt::<Test>::contains_key(1, 37));
		let due = pallet_reputation::PaymentsDue::<Test>::get((1, 37)).expect("kept");
		assert_eq!(due.iter().map(|r| r.reputer).collect::<Vec<_>>(), vec![reputer(0), reputer(1)]);
		assert!(<pallet_reputation::Pallet<Test> as allora_primitives::TopicLifecycle<_, _>>::has_open_nonces(1));
		let worker_before: Vec<u128> = (0..4).map(|i| Balances::balance(&worker(i))).collect();
		run_to_block(62);
		let Some(Event::EpochRewarded { nonce, paid, failed, .. }) =
			events().into_iter().find(|e| matches!(e, Event::EpochRewarded { .. }))
		else {
			panic!("no epoch rewarded: {:?}", events());
		};
		assert_eq!((nonce, failed), (37, 0));
		assert!(paid > 0);
		assert!((0..4).all(|i| Balances::balance(&worker(i)) > worker_before[i as usize]));
		assert!(reputers_paid() > 0);
		assert!(pallet_reputation::PaymentQueue::<Test>::get().is_empty());
		assert!(pallet_reputation::PaymentsDue::<Test>::iter().next().is_none());
		assert_issuance_accounted();
	});
}

fn reputers_paid() -> u128 {
	reputation_events()
		.into_iter()
		.map(|e| match e {
			pallet_reputation::Event::ReputerRewarded { staked, to_delegators, .. } => {
				staked + to_delegators
			},
			_ => 0,
		})
		.sum()
}

#[test]
fn with_an_empty_rewards_account_an_epoch_is_scored_but_unpaid() {
	run_test(|| {
		// A zero yield cap: nothing is emitted, the rewards account keeps its existential
		// deposit only.
		let params = MintParams { max_monthly_yield: Fixed::ZERO, ..Default::default() };
		assert_ok!(Emissions::set_mint_params(RuntimeOrigin::root(), params));
		topic(3, 1);
		assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(0)), 1, 3_000 * UNIT));
		play(3, &[(0, "0.01")], 49);
		run_to_block(61);
		assert_eq!(NetworkEmitted::<Test>::get(), 0);
		assert!(events().contains(&Event::EpochUnrewarded { topic_id: 1, nonce: 37, carried: 0 }));
		// The workers were scored anyway: their EMAs and the score window moved.
		let ema = pallet_topics::ScoreEmas::<Test>::get((1, RewardTask::Inference, worker(0)));
		assert_eq!(ema.map(|e| e.nonce), Some(37));
		assert_eq!(ScoreWindows::<Test>::get(1, RewardTask::Inference).len(), 3);
		assert_eq!(RewardsPaid::<Test>::get(), 0);
	});
}

#[test]
fn an_inactivated_topics_trailing_nonces_are_paid_from_its_budget_then_the_rest_is_burnt() {
	run_test(|| {
		four_workers_and_two_staked_reputers();
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 1_000 * UNIT));
		set_collator_stake(50_000 * UNIT);
		play(4, &[(0, "0.01"), (1, "0.02")], 49);
		// Governance raises the bar: at its epoch block 61 the topic is weighed (its share up
		// to 61 settled) and leaves the active set; nonce 37 closes in the same block, nonce
		// 49's window (61..=72) is still open.
		super::set(vec![pallet_topics::TopicsParam::MinTopicWeight(Fixed::from_int(
			1_000_000_000,
		))]);
		run_to_block(61);
		assert!(!Topics::is_active(1));
		let paid_at = |nonce: u64| {
			events().into_iter().find_map(|e| match e {
				Event::EpochRewarded { nonce: n, paid, .. } if n == nonce => Some(paid),
				_ => None,
			})
		};
		let first = paid_at(37).expect("nonce 37 paid");
		assert!(TopicRewardBudget::<Test>::get(1) > 0);
		// The trailing nonce is reported and paid from what the topic earned while active.
		run_to_block(62);
		for (i, bias) in [(0, "0.01"), (1, "0.02")] {
			let report = report_for(1, 49, Fixed::from_int(49), f(bias));
			assert_ok!(Reputation::submit_reputer_payload(
				RuntimeOrigin::signed(reputer(i)),
				1,
				49,
				report
			));
		}
		let accrued_after_inactivation = NetworkEmitted::<Test>::get();
		run_to_block(73);
		let last = paid_at(49).expect("the trailing nonce 49 paid");
		// Its share is about the first's (each got one epoch's blocks), nothing accrued after
		// the inactivation, and the rounding left is burnt: nothing stays behind.
		assert!(last > first / 2 && last < first * 2, "{last} vs {first}");
		assert_eq!(NetworkEmitted::<Test>::get(), accrued_after_inactivation);
		assert_eq!(TopicRewardBudget::<Test>::get(1), 0);
		assert_eq!(
			NetworkEmitted::<Test>::get(),
			RewardsPaid::<Test>::get() + RewardsBurnt::<Test>::get()
		);
	});
}

/// State that never shrank: score EMAs, smoothed fractions, inclusion counts, regrets and
/// listening coefficients of accounts that left were kept forever. A participant that leaves a
/// role now takes all of it with it (a returning account starts as a newcomer), and the other
/// participants' records stay.
#[test]
fn a_participant_that_leaves_takes_its_records_with_it() {
	use pallet_inference::{inclusions, RegretSlots, WorkerTask};
	use pallet_topics::{RewardTask, Role, ScoreEmas};
	run_test(|| {
		four_workers_and_two_staked_reputers();
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 1_000 * UNIT));
		play(4, &[(0, "0.01"), (1, "0.02")], 49);
		// One block past the reputer close: its regret update is written in the next block.
		run_to_block(62);
		let (w, r) = (worker(0), reputer(1));
		let inclusions = |a| inclusions::<Test>(1, WorkerTask::Inference, &a);
		// The regrets naming the worker (its own, and those of the networks without or with
		// it), and whether it holds a regret slot.
		let kept_about_worker = |a: AccountId| {
			let named = pallet_inference::stored_regrets::<Test>(1)
				.into_iter()
				.filter(|(key, _)| key.names(&a))
				.count();
			let slot = RegretSlots::<Test>::get(1).iter().any(|s| s.worker == Some(a));
			let rows = named + usize::from(slot);
			let score = ScoreEmas::<Test>::contains_key((1, RewardTask::Inference, a));
			let fraction = SmoothedFractions::<Test>::contains_key((1, RewardTask::Inference, a));
			(rows, score, fraction, inclusions(a))
		};
		let kept_about_reputer = |a: AccountId| {
			(
				ScoreEmas::<Test>::contains_key((1, RewardTask::Reputation, a)),
				SmoothedFractions::<Test>::contains_key((1, RewardTask::Reputation, a)),
				pallet_reputation::ListeningCoefficients::<Test>::contains_key(1, a),
			)
		};
		// Paid once: everything is there.
		let (rows, score, fraction, count) = kept_about_worker(w);
		assert!(rows > 0 && score && fraction && count == 1, "{:?}", kept_about_worker(w));
		assert_eq!(kept_about_reputer(r), (true, true, true));
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(w), 1, Role::Worker));
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(r), 1, Role::Reputer));
		// The others' regrets stay; nothing about the leaver is readable, its slot is free.
		assert_eq!(kept_about_worker(w), (0, false, false, 0));
		assert_eq!(kept_about_reputer(r), (false, false, false));
		let (rows, score, fraction, count) = kept_about_worker(worker(1));
		assert!(rows > 0 && score && fraction && count == 1);
		assert_eq!(kept_about_reputer(reputer(0)), (true, true, true));
	});
}

/// Topics that stay inactive are retired with their storage: once a topic has no
/// participants, no stake and no open nonce, and has been inactive long enough, anyone may
/// retire it, over several calls for a long history; afterwards no pallet keeps anything about
/// it, and the accounts still balance.
#[test]
fn an_abandoned_topic_is_retired_with_all_its_storage() {
	use pallet_topics::{Error as TopicsError, Role, TopicsParam};
	use polkadot_sdk::frame_support::assert_noop;
	run_test(|| {
		super::set(vec![TopicsParam::RetireInactiveTopicsAfter(30)]);
		super::set_reputation(vec![pallet_reputation::ReputationParam::RemoveStakeDelayWindow(2)]);
		four_workers_and_two_staked_reputers();
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), 1, 1_000 * UNIT));
		play(4, &[(0, "0.01"), (1, "0.02")], 49);
		run_to_block(61);
		let retire = || Topics::retire_topic(RuntimeOrigin::signed(OUTSIDER), 1);
		assert_noop!(retire(), TopicsError::<Test>::AlreadyActive);
		// Everybody leaves and takes its stake back.
		for i in 0..4 {
			assert_ok!(Topics::unregister(RuntimeOrigin::signed(worker(i)), 1, Role::Worker));
		}
		for i in 0..2 {
			let stake = pallet_reputation::ReputerStake::<Test>::get(1, reputer(i));
			assert_ok!(Reputation::remove_stake(RuntimeOrigin::signed(reputer(i)), 1, stake));
			assert_ok!(Topics::unregister(RuntimeOrigin::signed(reputer(i)), 1, Role::Reputer));
		}
		// Without stake the topic weighs nothing at its next epoch and leaves the schedule;
		// its last windows close.
		let mut n = 62;
		while Topics::is_active(1) {
			run_to_block(n);
			n += 1;
		}
		let inactive_at = n - 1;
		assert_noop!(retire(), TopicsError::<Test>::TopicRecentlyActive);
		run_to_block(inactive_at + 30);
		assert!(
			!<(Inference, Reputation) as allora_primitives::TopicLifecycle<_, _>>::has_open_nonces(
				1
			)
		);
		// A long history is deleted over several calls.
		let mut calls = 0;
		while pallet_topics::Topics::<Test>::contains_key(1) {
			assert_ok!(retire());
			calls += 1;
			check_invariants();
		}
		assert!(calls > 1, "the history took {calls} call(s)");
		let topics_events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| if let RuntimeEvent::Topics(e) = r.event { Some(e) } else { None })
			.collect();
		assert!(
			topics_events.contains(&pallet_topics::Event::TopicRetired { topic_id: 1, deposit: 0 })
		);
		assert_noop!(retire(), TopicsError::<Test>::NoSuchTopic);
		// Nothing is kept about topic 1 anywhere.
		let kept = [
			(
				"topics",
				pallet_topics::FeeRevenue::<Test>::contains_key(1)
					|| pallet_topics::TopicWeights::<Test>::contains_key(1)
					|| pallet_topics::InactiveSince::<Test>::contains_key(1)
					|| pallet_topics::ScoreEmas::<Test>::iter_prefix((1,)).next().is_some()
					|| pallet_topics::ScoreQuantiles::<Test>::iter_prefix(1).next().is_some()
					|| pallet_topics::Registrations::<Test>::iter_keys().any(|((t, _), _)| t == 1),
			),
			(
				"inference",
				pallet_inference::History::<Test>::contains_key(1)
					|| pallet_inference::NetworkInferencesAt::<Test>::iter_prefix(1)
						.next()
						.is_some() || pallet_inference::Regrets::<Test>::iter_prefix(1).next().is_some()
					|| pallet_inference::RegretSlots::<Test>::contains_key(1)
					|| pallet_inference::Inferences::<Test>::iter_keys().any(|((t, _), _)| t == 1)
					|| pallet_inference::Forecasts::<Test>::iter_keys().any(|((t, _), _)| t == 1)
					|| pallet_inference::LatestNetworkInference::<Test>::contains_key(1)
					|| pallet_inference::LatestNetworkLoss::<Test>::contains_key(1)
					|| pallet_inference::RegretSlots::<Test>::contains_key(1),
			),
			(
				"reputation",
				pallet_reputation::ReputerHistory::<Test>::contains_key(1)
					|| pallet_reputation::LossReports::<Test>::iter_keys()
						.any(|((t, _), _)| t == 1)
					|| pallet_reputation::NetworkLossesAt::<Test>::iter_prefix(1).next().is_some()
					|| pallet_reputation::ReputerScores::<Test>::iter_prefix(1).next().is_some()
					|| pallet_reputation::ListeningCoefficients::<Test>::iter_prefix(1)
						.next()
						.is_some() || pallet_reputation::RewardPerShare::<Test>::iter_prefix(1)
					.next()
					.is_some() || pallet_reputation::ReputerStake::<Test>::iter_prefix(1)
					.next()
					.is_some() || pallet_reputation::TopicStake::<Test>::contains_key(1),
			),
			(
				"emissions",
				TopicRewardBudget::<Test>::contains_key(1)
					|| TopicIndex::<Test>::contains_key(1)
					|| ScoreWindows::<Test>::iter_prefix(1).next().is_some()
					|| SmoothedFractions::<Test>::iter_prefix((1,)).next().is_some(),
			),
		];
		for (pallet, kept) in kept {
			assert!(!kept, "the {pallet} pallet keeps storage of the retired topic");
		}
		assert_issuance_accounted();
	});
}
