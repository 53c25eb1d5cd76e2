//! More due epochs than a block may start (issue 16): four topics whose epochs fall in the same
//! blocks, two epoch starts per block. The two heaviest keep their period, the two lightest are
//! skipped with an event every time; at every block the emission moved for topics equals what
//! was paid, burnt and carried, to the unit, and the rewards account holds exactly what is
//! carried (above its existential deposit). Then the light topics are inactivated and, with no
//! nonce left open, their budgets are burnt.

use super::payouts::report_for;
use super::{next_block, set, staffed_topic};
use crate::{mock::*, *};
use alloc::collections::{BTreeMap, BTreeSet};
use pallet_topics::TopicsParam;
use polkadot_sdk::frame_support::{assert_ok, traits::fungible::Inspect};

const EPOCH: u64 = 6;
const TOPICS: u64 = 4;
const WORKERS: u64 = 3;
const REPUTERS: u64 = 2;

/// Minted for topics = paid + burnt + carried, to the unit; the rewards account holds the
/// carried budgets above its existential deposit, exactly.
fn assert_accounted() {
	let carried = Emissions::carried();
	assert_eq!(
		NetworkEmitted::<Test>::get(),
		RewardsPaid::<Test>::get() + RewardsBurnt::<Test>::get() + carried
	);
	let pot = Balances::balance(&Emissions::rewards_account());
	assert_eq!(pot - Balances::minimum_balance(), carried);
}

#[test]
fn the_heaviest_topics_keep_their_period_and_every_unit_is_accounted_for() {
	new_test_ext().execute_with(|| {
		set(vec![TopicsParam::MinEpochLength(1), TopicsParam::MaxActiveTopicsPerBlock(2)]);
		set_collator_stake(50_000 * UNIT);
		for t in 1..=TOPICS {
			let config = pallet_topics::TopicConfig::example(EPOCH as u32, 2);
			// Topics 1 and 2 earn far more fees than 3 and 4.
			let funding = if t <= 2 { 10_000 * UNIT * t as u128 } else { UNIT * t as u128 };
			staffed_topic(config, WORKERS, 0..REPUTERS, 20_000 * UNIT, funding);
		}
		let first = System::block_number() + EPOCH;
		let mut started: BTreeMap<TopicId, Vec<u64>> = BTreeMap::new();
		let mut skipped: BTreeMap<TopicId, Vec<u64>> = BTreeMap::new();
		let mut rewarded: BTreeSet<TopicId> = BTreeSet::new();
		let mut reported: BTreeSet<(TopicId, u64)> = BTreeSet::new();
		let last = first + 30 * EPOCH;
		while System::block_number() < last {
			let now = next_block();
			for r in System::events() {
				match r.event {
					RuntimeEvent::Topics(pallet_topics::Event::EpochStarted {
						topic_id,
						nonce,
					}) => started.entry(topic_id).or_default().push(nonce),
					RuntimeEvent::Topics(pallet_topics::Event::EpochSkipped {
						topic_id,
						block,
						..
					}) => skipped.entry(topic_id).or_default().push(block),
					RuntimeEvent::Emissions(Event::EpochRewarded { topic_id, .. }) => {
						rewarded.insert(topic_id);
					},
					_ => {},
				}
			}
			for t in 1..=TOPICS {
				for n in pallet_inference::OpenNonces::<Test>::get(t) {
					if n + 1 != now {
						continue;
					}
					for i in 0..WORKERS {
						let value = Fixed::from_int((n + i) as i64);
						assert_ok!(Inference::submit_worker_payload(
							RuntimeOrigin::signed(worker(i)),
							t,
							n,
							Some(value),
							None
						));
					}
				}
				for open in pallet_reputation::OpenReputerNonces::<Test>::get(t) {
					if now < open.opens_at || !reported.insert((t, open.nonce)) {
						continue;
					}
					let report =
						report_for(t, open.nonce, Fixed::from_int(open.nonce as i64), Fixed::ZERO);
					for i in 0..REPUTERS {
						assert_ok!(Reputation::submit_reputer_payload(
							RuntimeOrigin::signed(reputer(i)),
							t,
							open.nonce,
							report.clone()
						));
					}
				}
			}
			check_invariants();
			assert_accounted();
		}
		// The two heaviest started an epoch every `EPOCH` blocks from the first; the two
		// lightest were skipped in those same blocks, every time.
		let period: Vec<u64> =
			(0..=30).map(|k| first + k * EPOCH).take_while(|b| *b <= last).collect();
		for t in [1, 2] {
			assert_eq!(started[&t], period, "topic {t}");
			assert!(!skipped.contains_key(&t));
			assert!(rewarded.contains(&t));
		}
		for t in [3, 4] {
			assert_eq!(skipped[&t], period, "topic {t}");
			assert!(!started.contains_key(&t));
			// Skipped topics still earn their share, carried for them.
			assert!(TopicRewardBudget::<Test>::get(t) > 0);
		}
		// Governance raises the bar: at their next due block the light topics leave the active
		// set with nothing open, and their budgets are burnt.
		let light = pallet_topics::TopicWeights::<Test>::get(3).unwrap();
		let heavy = pallet_topics::TopicWeights::<Test>::get(1)
			.unwrap()
			.min(pallet_topics::TopicWeights::<Test>::get(2).unwrap());
		let bar = light.max(pallet_topics::TopicWeights::<Test>::get(4).unwrap());
		assert!(bar < heavy);
		let bar = Fixed::from_raw(bar.raw().saturating_mul(4).min(heavy.raw() / 2));
		set(vec![TopicsParam::MinTopicWeight(bar)]);
		let budgets: u128 = [3, 4].into_iter().map(TopicRewardBudget::<Test>::get).sum();
		let burnt_before = RewardsBurnt::<Test>::get();
		System::reset_events();
		run_to_block(last + EPOCH);
		for t in [3, 4] {
			assert!(!Topics::is_active(t));
			assert_eq!(TopicRewardBudget::<Test>::get(t), 0);
		}
		assert!(RewardsBurnt::<Test>::get() >= burnt_before + budgets);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Emissions(Event::TopicRewardsBurnt { topic_id: 3, .. })
		)));
		assert!(Topics::is_active(1) && Topics::is_active(2));
		check_invariants();
		assert_accounted();
	});
}
