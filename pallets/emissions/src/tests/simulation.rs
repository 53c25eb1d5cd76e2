//! A long simulation (issue 6): 1 000 epochs of 3 topics with 10 workers and 4 reputers
//! submitting random payloads, a delegator, fundings, stake changes and claims, and a short
//! month (100 epochs of 4 blocks) so that `f_rep` and the emission are recomputed. After every block every
//! pallet's `try_state` holds, issuance is accounted for, and each paid epoch's payments add up
//! to what the epoch's event says, never more than its reward.

use super::payouts::report_for;
use super::{assert_issuance_accounted, f, set, set_inference, set_reputation};
use crate::{mock::*, *};
use alloc::collections::{BTreeMap, BTreeSet};
use pallet_inference::InferenceParam;
use pallet_reputation::ReputationParam;
use pallet_topics::{Role, TopicsParam};
use polkadot_sdk::frame_support::{assert_ok, traits::fungible::Inspect};

const TOPICS: u64 = 3;
const WORKERS: u64 = 10;
const REPUTERS: u64 = 4;
const EPOCHS: u64 = 1_000;
/// Blocks per epoch (and ground-truth lag); a window of 2 blocks.
const EPOCH: u64 = 4;

/// xorshift64*: deterministic randomness without a dependency.
struct Rng(u64);
impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
	/// A value in `[-scale, scale]` with 6 decimals.
	fn noise(&mut self, scale: i128) -> Fixed {
		let x = self.below(2_000_001) as i128 - 1_000_000;
		Fixed::from_raw(x * scale * 1_000_000_000_000)
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

fn all_events() -> Vec<RuntimeEvent> {
	System::events().into_iter().map(|r| r.event).collect()
}

/// Checks the epochs paid in this block: each one's payments (workers' transfers, reputers'
/// stake and delegator shares) add up to its `paid`, which is at most its reward.
fn check_paid_epochs(paid_epochs: &mut u32) {
	let mut paid_by_topic: BTreeMap<TopicId, u128> = BTreeMap::new();
	let mut claimed: BTreeMap<TopicId, u128> = BTreeMap::new();
	for e in all_events() {
		match e {
			RuntimeEvent::Emissions(Event::EpochRewarded {
				topic_id,
				reward,
				inferers,
				forecasters,
				reputers,
				paid,
				failed,
				..
			}) => {
				assert_eq!(failed, 0);
				assert!(paid <= reward, "paid {paid} of {reward}");
				// Fixed-point rounding (toward zero, a few operations per total and per share,
				// each off by up to 10^-18 of the amount in tokens): a few smallest units per
				// participant, and 10^-16 of the reward, at most.
				let parts = inferers + forecasters + reputers;
				let participants = WORKERS as u128 * 2 + REPUTERS as u128;
				let rounding = 16 + 3 * participants + reward / 10u128.pow(16);
				assert!(parts.abs_diff(reward) <= rounding, "{parts} of {reward}");
				assert!(
					reward - paid <= rounding,
					"paid {paid} of {reward}: {inferers} {forecasters} {reputers}"
				);
				*paid_by_topic.entry(topic_id).or_default() += paid;
				*paid_epochs += 1;
			},
			RuntimeEvent::Emissions(Event::WorkerRewarded { topic_id, amount, .. }) => {
				*claimed.entry(topic_id).or_default() += amount;
			},
			RuntimeEvent::Reputation(pallet_reputation::Event::ReputerRewarded {
				topic_id,
				staked,
				to_delegators,
				..
			}) => *claimed.entry(topic_id).or_default() += staked + to_delegators,
			_ => {},
		}
	}
	assert_eq!(paid_by_topic, claimed);
}

#[test]
fn a_thousand_epochs_of_three_topics_keep_every_invariant() {
	let mut ext = new_test_ext();
	let mut rng = Rng(0x5EED_1234_ABCD_0001);
	let (start, workers_start) = ext.execute_with(|| {
		// Short months: the emission and `f_rep` are recomputed every 100 epochs. Caps below
		// the participants: merit sortition excludes someone most epochs.
		set(vec![
			TopicsParam::BlocksPerMonth(EPOCH as u32 * 100),
			TopicsParam::MinEpochLength(EPOCH as u32),
			// The three topics' epochs fall in the same blocks: all of them start.
			TopicsParam::MaxActiveTopicsPerBlock(TOPICS as u32),
		]);
		set_inference(vec![
			InferenceParam::MaxTopInferersToReward(8),
			InferenceParam::MaxTopForecastersToReward(3),
		]);
		set_reputation(vec![
			ReputationParam::MaxTopReputersToReward(3),
			ReputationParam::RemoveStakeDelayWindow(50),
		]);
		set_collator_stake(20_000 * UNIT);
		for t in 1..=TOPICS {
			let config = pallet_topics::TopicConfig::example(EPOCH as u32, 2);
			assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), config));
			for i in 0..WORKERS {
				assert_ok!(Topics::register(RuntimeOrigin::signed(worker(i)), t, Role::Worker));
			}
			for i in 0..REPUTERS {
				assert_ok!(Topics::register(RuntimeOrigin::signed(reputer(i)), t, Role::Reputer));
				let stake = (1_000 + rng.below(4_000) as u128) * UNIT;
				assert_ok!(Reputation::add_stake(RuntimeOrigin::signed(reputer(i)), t, stake));
			}
			assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(CREATOR), t, 1_000 * UNIT));
		}
		assert_ok!(Reputation::delegate_stake(
			RuntimeOrigin::signed(DELEGATOR),
			1,
			reputer(0),
			2_000 * UNIT
		));
		// Free and held: delegating moves funds between the two, rewards add to the free part.
		let start = Balances::total_balance(&DELEGATOR);
		let workers_start: Vec<u128> =
			(0..WORKERS).map(|i| Balances::balance(&worker(i))).collect();
		(start, workers_start)
	});
	let mut truths: BTreeMap<(TopicId, u64), Fixed> = BTreeMap::new();
	let mut reported: BTreeSet<(TopicId, u64)> = BTreeSet::new();
	let mut paid_epochs = 0u32;
	let mut shares = BTreeSet::new();
	let last = 1 + EPOCH + EPOCHS * EPOCH;
	// Chunks of 100 epochs, committing the state in between: the test externalities keep every
	// change (deleted keys too) in an overlay that storage iteration walks, which would make
	// the run quadratic in its length.
	for chunk_end in (1..=EPOCHS / 100).map(|c| (1 + EPOCH + c * 100 * EPOCH).min(last)) {
		ext.execute_with(|| {
			while System::block_number() < chunk_end {
				let now = System::block_number() + 1;
				System::reset_events();
				System::set_block_number(now);
				run_hooks(now);
				for t in 1..=TOPICS {
					// Workers: the block after a nonce opens, a random majority infers and some
					// forecast.
					for n in pallet_inference::OpenNonces::<Test>::get(t) {
						if n + 1 != now {
							continue;
						}
						let truth = Fixed::from_int(100).checked_add(rng.noise(10)).unwrap();
						truths.insert((t, n), truth);
						for i in 0..WORKERS {
							if !rng.chance(85) {
								continue;
							}
							let value = truth.checked_add(rng.noise(i as i128 + 1)).unwrap();
							let mut elements = Vec::new();
							for j in (0..WORKERS).filter(|j| i < 5 && *j != i) {
								if rng.chance(60) {
									let loss = rng.noise(1).abs().unwrap().checked_add(f("0.01"));
									elements.push(pallet_inference::ForecastElement {
										inferer: worker(j),
										value: loss.unwrap(),
									});
								}
							}
							let forecast =
								(!elements.is_empty()).then(|| elements.try_into().unwrap());
							assert_ok!(Inference::submit_worker_payload(
								RuntimeOrigin::signed(worker(i)),
								t,
								n,
								Some(value),
								forecast
							));
						}
					}
					// Reputers: each open reputer nonce is reported once, by a random non-empty
					// subset.
					for open in pallet_reputation::OpenReputerNonces::<Test>::get(t) {
						let n = open.nonce;
						if now < open.opens_at || !reported.insert((t, n)) {
							continue;
						}
						let truth = truths[&(t, n)];
						let first = rng.below(REPUTERS);
						for i in 0..REPUTERS {
							if i != first && !rng.chance(75) {
								continue;
							}
							let bias = rng
								.noise(1)
								.abs()
								.unwrap()
								.checked_div(Fixed::from_int(10))
								.unwrap();
							let report = report_for(t, n, truth, bias);
							assert_ok!(Reputation::submit_reputer_payload(
								RuntimeOrigin::signed(reputer(i)),
								t,
								n,
								report
							));
						}
					}
				}
				// Now and then: fundings, more delegation, a claim, a removal request.
				let t = 1 + rng.below(TOPICS);
				let signed = RuntimeOrigin::signed;
				let pending = Reputation::pending_delegator_reward(1, &reputer(0), &DELEGATOR);
				let result = match rng.below(200) {
					0..=5 => Topics::fund_topic(signed(CREATOR), t, 200 * UNIT),
					6 => Reputation::delegate_stake(signed(DELEGATOR), 1, reputer(0), 100 * UNIT),
					7 if pending > 0 => {
						Reputation::claim_delegator_rewards(signed(DELEGATOR), 1, reputer(0))
					},
					8 => Reputation::remove_delegate_stake(
						signed(DELEGATOR),
						1,
						reputer(0),
						50 * UNIT,
					),
					_ => Ok(()),
				};
				assert_ok!(result);
				check_invariants();
				assert_issuance_accounted();
				check_paid_epochs(&mut paid_epochs);
				shares.insert(ReputersRewardShare::<Test>::get());
			}
		});
		ext.commit_all().expect("the state commits");
	}
	ext.execute_with(|| {
		// Nearly every epoch of every topic was paid (the first two of each have no network
		// loss yet; a few nonces may lack reports or one-out losses).
		assert!(paid_epochs as u64 >= TOPICS * (EPOCHS - 10), "{paid_epochs} paid");
		for t in 1..=TOPICS {
			assert!(Topics::is_active(t));
		}
		// Everyone earned: every worker, the reputers' stakes, the delegator.
		for i in 0..WORKERS {
			assert!(Balances::balance(&worker(i)) > workers_start[i as usize]);
		}
		assert!(
			Balances::total_balance(&DELEGATOR)
				+ Reputation::pending_delegator_reward(1, &reputer(0), &DELEGATOR)
				> start
		);
		// `f_rep` moved with the months' payouts.
		assert!(shares.len() > 2, "{shares:?}");
	});
}
