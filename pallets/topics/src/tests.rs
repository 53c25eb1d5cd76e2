//! Unit tests of every call, error and the epoch schedule. `assert_noop!` checks that a failed
//! call leaves the storage exactly as it was; every test ends with the pallet's `try_state`.

use crate::{
	mock::{Topics, *},
	*,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect},
	sp_io,
	sp_runtime::{BuildStorage, DispatchError},
};

fn f(s: &str) -> Fixed {
	s.parse().unwrap()
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Topics(e) = r.event { Some(e) } else { None })
		.collect()
}

fn create(who: AccountId) -> TopicId {
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(who), topic_config()));
	TopicCount::<Test>::get()
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	use polkadot_sdk::frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Topics(reason), &who)
}

/// An account with `amount`, outside the genesis.
fn funded(who: AccountId, amount: Balance) -> AccountId {
	use polkadot_sdk::frame_support::traits::fungible::Mutate;
	assert_ok!(<Balances as Mutate<AccountId>>::mint_into(&who, amount));
	who
}

#[test]
fn an_account_that_can_pay_the_fee_but_not_hold_the_deposit_is_refused() {
	run_test(|| {
		create(ALICE);
		// The registration fee (200) and a little more, short of the deposit.
		let short = funded(77, ED + 200 + REGISTRATION_DEPOSIT - 1);
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(short), 1, Role::Worker),
			Error::<Test>::CannotHoldDeposit
		);
		let enough = funded(78, ED + 200 + REGISTRATION_DEPOSIT);
		assert_ok!(Topics::register(RuntimeOrigin::signed(enough), 1, Role::Worker));
		let creator = funded(79, ED + 75_000 + TOPIC_DEPOSIT - 1);
		assert_noop!(
			Topics::create_topic(RuntimeOrigin::signed(creator), topic_config()),
			Error::<Test>::CannotHoldDeposit
		);
	});
}

fn set(updates: Vec<TopicsParam>) {
	assert_ok!(Topics::set_params(RuntimeOrigin::root(), updates.try_into().unwrap()));
}

#[test]
fn create_topic_stores_it_and_pays_the_fee_to_the_ecosystem_account() {
	run_test(|| {
		let pot = Topics::ecosystem_account();
		let before = Balances::balance(&pot);
		let id = create(ALICE);
		assert_eq!(id, 1);
		let topic = Topics::topic(1).unwrap();
		assert_eq!(topic.creator, ALICE);
		assert_eq!(topic.config, topic_config());
		assert_eq!(topic.initial_regret, Fixed::ZERO);
		assert_eq!(Balances::balance(&pot), before + 75_000);
		// The fee is paid, the deposit held.
		assert_eq!(Balances::balance(&ALICE), 1_000_000 - 75_000 - TOPIC_DEPOSIT);
		assert_eq!(held(HoldReason::TopicDeposit, ALICE), TOPIC_DEPOSIT);
		assert_eq!(TopicDeposits::<Test>::get(1), TOPIC_DEPOSIT);
		assert_eq!(FeeRevenue::<Test>::get(1), 75_000);
		assert_eq!(
			events(),
			vec![Event::TopicCreated {
				topic_id: 1,
				creator: ALICE,
				fee: 75_000,
				deposit: TOPIC_DEPOSIT
			}]
		);
		assert_eq!(create(BOB), 2);
	});
}

#[test]
fn create_topic_rejects_each_bad_field_with_its_own_error() {
	run_test(|| {
		type E = Error<Test>;
		set(vec![TopicsParam::MaxStringLength(20), TopicsParam::MaxEpochLength(1_000)]);
		type Edit = Box<dyn Fn(&mut TopicConfigOf<Test>)>;
		let cases: Vec<(Edit, E)> = vec![
			(Box::new(|c| c.metadata = vec![b'x'; 21].try_into().unwrap()), E::MetadataTooLong),
			(Box::new(|c| c.loss_method = Default::default()), E::LossMethodEmpty),
			(
				Box::new(|c| c.loss_method = vec![b'x'; 21].try_into().unwrap()),
				E::LossMethodTooLong,
			),
			(Box::new(|c| c.epoch_length = 11), E::EpochTooShort),
			(
				Box::new(|c| {
					c.epoch_length = 1_001;
					c.ground_truth_lag = 1_001;
				}),
				E::EpochTooLong,
			),
			// A block number beyond `u32` saturates: still too long, never wrapped around.
			(
				Box::new(|c| {
					c.epoch_length = u64::MAX;
					c.ground_truth_lag = u64::MAX;
				}),
				E::EpochTooLong,
			),
			(Box::new(|c| c.ground_truth_lag = 11), E::GroundTruthLagTooShort),
			(Box::new(|c| c.ground_truth_lag = 12 * 100 + 1), E::GroundTruthLagTooLong),
			(Box::new(|c| c.worker_submission_window = 0), E::SubmissionWindowZero),
			(Box::new(|c| c.worker_submission_window = 13), E::SubmissionWindowTooLong),
			(Box::new(|c| c.p_norm = f("2.49")), E::PNormOutOfRange),
			(Box::new(|c| c.p_norm = f("4.51")), E::PNormOutOfRange),
			(Box::new(|c| c.alpha_regret = Fixed::ZERO), E::AlphaRegretOutOfRange),
			(Box::new(|c| c.alpha_regret = f("1.01")), E::AlphaRegretOutOfRange),
			(Box::new(|c| c.epsilon = Fixed::ZERO), E::EpsilonNotPositive),
			(Box::new(|c| c.merit_sortition_alpha = Fixed::ONE), E::MeritSortitionAlphaOutOfRange),
			(Box::new(|c| c.active_inferer_quantile = f("-0.1")), E::InfererQuantileOutOfRange),
			(
				Box::new(|c| c.active_forecaster_quantile = Fixed::ONE),
				E::ForecasterQuantileOutOfRange,
			),
			(Box::new(|c| c.active_reputer_quantile = f("1.5")), E::ReputerQuantileOutOfRange),
		];
		for (edit, error) in cases {
			let mut c = topic_config();
			edit(&mut c);
			assert_noop!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c), error);
		}
		assert_noop!(
			Topics::create_topic(RuntimeOrigin::signed(POOR), topic_config()),
			Error::<Test>::CannotPay
		);
		assert_noop!(
			Topics::create_topic(RuntimeOrigin::none(), topic_config()),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn boundary_values_are_accepted() {
	run_test(|| {
		let mut c = topic_config();
		c.metadata = vec![b'x'; 255].try_into().unwrap();
		c.loss_method = vec![b'x'; 255].try_into().unwrap();
		c.ground_truth_lag = 12 * 100;
		c.p_norm = f("2.5");
		c.alpha_regret = Fixed::ONE;
		assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c.clone()));
		// A window of one block and a window of the whole epoch both work (see the inference
		// pallet's tests for submissions at their edges).
		c.worker_submission_window = 1;
		c.p_norm = f("4.5");
		assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c.clone()));
		c.worker_submission_window = 12;
		assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c));
		assert_eq!(TopicCount::<Test>::get(), 3);
	});
}

#[test]
fn update_topic_changes_only_the_given_fields_and_only_for_the_creator() {
	run_test(|| {
		create(ALICE);
		let update = TopicUpdate {
			metadata: Some(b"BTC".to_vec().try_into().unwrap()),
			p_norm: Some(f("4")),
			alpha_regret: None,
			epsilon: None,
			merit_sortition_alpha: None,
			active_inferer_quantile: Some(f("0.5")),
			active_forecaster_quantile: None,
			active_reputer_quantile: None,
			commit_reveal: None,
		};
		assert_noop!(
			Topics::update_topic(RuntimeOrigin::signed(BOB), 1, update.clone()),
			Error::<Test>::NotTopicCreator
		);
		assert_noop!(
			Topics::update_topic(RuntimeOrigin::signed(ALICE), 7, update.clone()),
			Error::<Test>::NoSuchTopic
		);
		let bad = TopicUpdate { epsilon: Some(Fixed::ZERO), ..update.clone() };
		assert_noop!(
			Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, bad),
			Error::<Test>::EpsilonNotPositive
		);
		assert_ok!(Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, update));
		let c = Topics::topic(1).unwrap().config;
		assert_eq!(&c.metadata[..], b"BTC");
		assert_eq!(c.p_norm, f("4"));
		assert_eq!(c.active_inferer_quantile, f("0.5"));
		assert_eq!(c.alpha_regret, topic_config().alpha_regret);
		assert_eq!(c.epoch_length, 12);
		assert_eq!(events().last(), Some(&Event::TopicUpdated { topic_id: 1 }));
	});
}

#[test]
fn fund_topic_adds_revenue() {
	run_test(|| {
		create(ALICE);
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 1_000));
		assert_eq!(FeeRevenue::<Test>::get(1), 76_000);
		assert_eq!(Balances::balance(&BOB), 999_000);
		assert_eq!(
			events().last(),
			Some(&Event::TopicFunded { topic_id: 1, funder: BOB, amount: 1_000 })
		);
		assert_noop!(
			Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Topics::fund_topic(RuntimeOrigin::signed(BOB), 2, 10),
			Error::<Test>::NoSuchTopic
		);
		// Funding may not kill the funder's account.
		assert_noop!(
			Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 999_000),
			Error::<Test>::CannotPay
		);
	});
}

#[test]
fn register_and_unregister_per_role() {
	run_test(|| {
		create(ALICE);
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert!(Topics::is_registered(1, Role::Worker, &BOB));
		assert!(!Topics::is_registered(1, Role::Reputer, &BOB));
		assert_eq!(FeeRevenue::<Test>::get(1), 75_200);
		assert_eq!(
			events().last(),
			Some(&Event::Registered {
				topic_id: 1,
				account: BOB,
				role: Role::Worker,
				fee: 200,
				deposit: REGISTRATION_DEPOSIT
			})
		);
		assert_eq!(held(HoldReason::RegistrationDeposit, BOB), REGISTRATION_DEPOSIT);
		// The same account may also be a reputer.
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Reputer));
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Worker),
			Error::<Test>::AlreadyRegistered
		);
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(BOB), 2, Role::Worker),
			Error::<Test>::NoSuchTopic
		);
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(POOR), 1, Role::Worker),
			Error::<Test>::CannotPay
		);
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert!(!Topics::is_registered(1, Role::Worker, &BOB));
		assert_eq!(RegistrationCount::<Test>::get((1, Role::Worker)), 0);
		assert_eq!(
			events().last(),
			Some(&Event::Unregistered {
				topic_id: 1,
				account: BOB,
				role: Role::Worker,
				deposit: REGISTRATION_DEPOSIT
			})
		);
		// The reputer registration's deposit stays held; the worker's came back.
		assert_eq!(held(HoldReason::RegistrationDeposit, BOB), REGISTRATION_DEPOSIT);
		assert_eq!(Balances::balance(&BOB), 1_000_000 - 400 - REGISTRATION_DEPOSIT);
		assert_noop!(
			Topics::unregister(RuntimeOrigin::signed(BOB), 1, Role::Worker),
			Error::<Test>::NotRegistered
		);
		assert_noop!(
			Topics::unregister(RuntimeOrigin::signed(BOB), 3, Role::Reputer),
			Error::<Test>::NoSuchTopic
		);
	});
}

#[test]
fn registrations_are_capped_per_role() {
	run_test(|| {
		create(ALICE);
		for w in [ALICE, BOB, CHARLIE, DAVE] {
			assert_ok!(Topics::register(RuntimeOrigin::signed(w), 1, Role::Worker));
		}
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(EVE), 1, Role::Worker),
			Error::<Test>::TooManyWorkers
		);
		for r in [ALICE, BOB] {
			assert_ok!(Topics::register(RuntimeOrigin::signed(r), 1, Role::Reputer));
		}
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(EVE), 1, Role::Reputer),
			Error::<Test>::TooManyReputers
		);
		// Leaving frees a place.
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert_ok!(Topics::register(RuntimeOrigin::signed(EVE), 1, Role::Worker));
	});
}

#[test]
fn set_params_validates_each_value_and_needs_the_admin() {
	run_test(|| {
		set(vec![TopicsParam::MinEpochLength(4), TopicsParam::TopicRewardAlpha(f("0.5"))]);
		let p = Params::<Test>::get();
		assert_eq!((p.min_epoch_length, p.topic_reward_alpha), (4, f("0.5")));
		assert_eq!(
			events().last(),
			Some(&Event::ParamsUpdated {
				updates: vec![
					TopicsParam::MinEpochLength(4),
					TopicsParam::TopicRewardAlpha(f("0.5"))
				]
				.try_into()
				.unwrap()
			})
		);
		let bad =
			|u: Vec<TopicsParam>| Topics::set_params(RuntimeOrigin::root(), u.try_into().unwrap());
		assert_noop!(
			Topics::set_params(
				RuntimeOrigin::signed(ALICE),
				vec![TopicsParam::MinEpochLength(1)].try_into().unwrap()
			),
			DispatchError::BadOrigin
		);
		assert_noop!(bad(vec![]), Error::<Test>::NoParamUpdates);
		// One bad value rejects the whole call, including the good ones before it.
		assert_noop!(
			bad(vec![
				TopicsParam::MinEpochLength(2),
				TopicsParam::TopicRewardStakeImportance(f("1.5"))
			]),
			Error::<Test>::ParamNotAFraction
		);
		assert_noop!(
			bad(vec![TopicsParam::TopicRewardAlpha(Fixed::ZERO)]),
			Error::<Test>::ParamNotPositive
		);
		assert_noop!(bad(vec![TopicsParam::MinTopicWeight(f("-1"))]), Error::<Test>::ParamNegative);
		assert_noop!(
			bad(vec![TopicsParam::MinEpochLengthRecordLimit(0)]),
			Error::<Test>::ParamZero
		);
		assert_noop!(bad(vec![TopicsParam::MaxStringLength(256)]), Error::<Test>::ParamAboveLimit);
		assert_noop!(
			bad(vec![TopicsParam::MaxUnfulfilledWorkerRequests(101)]),
			Error::<Test>::ParamAboveLimit
		);
		assert_noop!(
			bad(vec![TopicsParam::MaxActiveTopicsPerBlock(4)]),
			Error::<Test>::ParamAboveLimit
		);
		assert_noop!(bad(vec![TopicsParam::MaxEpochLength(3)]), Error::<Test>::EpochBoundsInverted);
		assert_noop!(
			bad(vec![TopicsParam::MinEpochLength(864_001)]),
			Error::<Test>::EpochBoundsInverted
		);
		// Checked on the result of all updates, in any order.
		set(vec![TopicsParam::MaxEpochLength(3), TopicsParam::MinEpochLength(3)]);
		set(vec![TopicsParam::MinEpochLength(4), TopicsParam::MaxEpochLength(864_000)]);
		// Topic creation follows the new parameters.
		let mut c = topic_config();
		c.epoch_length = 4;
		c.ground_truth_lag = 4;
		c.worker_submission_window = 2;
		assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c));
	});
}

/// Stake that, with the creation fee alone (75 000 / 12 per block), gives a weight of
/// `sqrt(10^6 · 6250)` smallest units ≈ 79 057 ≥ `MinTopicWeight` (100).
const ENOUGH_STAKE: u128 = 1_000_000;

#[test]
fn topic_weight_is_the_product_of_the_powers_of_stake_and_revenue_per_block() {
	run_test(|| {
		create(ALICE);
		let p = Params::<Test>::get();
		let topic = Topics::topic(1).unwrap();
		set_stake(ENOUGH_STAKE);
		// sqrt(1e6 · 6250) = 79056.94… smallest units (the revenue per block is truncated); the
		// weight's resolution is one smallest unit.
		let w = Topics::topic_weight(1, &topic, &p);
		let want = 79_056.941_504_209_48_f64;
		assert!(((w.raw() as f64) - want).abs() <= 1.0, "{w:?}");
		// At realistic amounts (10^4 ALLO of stake, 10 ALLO of revenue per block) the relative
		// precision is far better.
		set_stake(10_000 * 10u128.pow(18));
		FeeRevenue::<Test>::insert(1, 120 * 10u128.pow(18));
		let w = Topics::topic_weight(1, &topic, &p);
		let want = Fixed::from_int(316).checked_add(f("0.227766016837933199")).unwrap();
		let err = (w.raw() - want.raw()).abs() as f64 / want.raw() as f64;
		assert!(err < 1e-12, "{w:?} vs {want:?}");
		set_stake(0);
		assert_eq!(Topics::topic_weight(1, &topic, &p), Fixed::ZERO);
	});
}

#[test]
fn a_topic_activates_once_its_weight_qualifies() {
	run_test(|| {
		// No stake: the creation fee alone gives weight 0.
		create(ALICE);
		assert!(!Topics::is_active(1));
		// Stake 1 → sqrt(1 · 6250) ≈ 79 < 100: still not enough.
		set_stake(1);
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 11));
		assert!(!Topics::is_active(1));
		set_stake(ENOUGH_STAKE);
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert!(Topics::is_active(1));
		assert_eq!(
			events().last(),
			Some(&Event::TopicActivated { topic_id: 1, first_epoch_at: 13 })
		);
		assert_eq!(EpochSchedule::<Test>::get().to_vec(), vec![(13, 1)]);
		// Activation happens once.
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 11));
		assert_eq!(EpochSchedule::<Test>::get().len(), 1);
	});
}

/// The pallet docs' example.
#[docify::export]
#[test]
fn a_topic_is_created_joined_and_its_epochs_start() {
	run_test(|| {
		// Stake behind the topic (the reputation pallet's; mocked here) makes its weight qualify.
		set_stake(ENOUGH_STAKE);
		// A topic with 12-block epochs, a 6-block submission window, its ground truth known one
		// epoch after each epoch starts, and the reference synthesis settings.
		let config = TopicConfig::example(12, 6);
		assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), config));
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert_ok!(Topics::register(RuntimeOrigin::signed(CHARLIE), 1, Role::Reputer));
		assert!(Topics::is_registered(1, Role::Worker, &BOB));
		// Active from creation (block 1): its first epoch starts an epoch later, then every 12.
		assert!(Topics::is_active(1));
		run_to_block(25);
		assert_eq!(epochs_started(), vec![(1, 13), (1, 25)]);
	});
}

#[test]
fn epochs_start_every_epoch_length_blocks_while_the_weight_qualifies() {
	run_test(|| {
		set_stake(ENOUGH_STAKE);
		create(ALICE);
		assert_eq!(EpochSchedule::<Test>::get().to_vec(), vec![(13, 1)]);
		run_to_block(12);
		assert!(epochs_started().is_empty());
		run_to_block(13);
		assert_eq!(epochs_started(), vec![(1, 13)]);
		assert_eq!(Topics::topic(1).unwrap().current_epoch_start, 13);
		assert_eq!(events().last(), Some(&Event::EpochStarted { topic_id: 1, nonce: 13 }));
		run_to_block(37);
		assert_eq!(epochs_started(), vec![(1, 13), (1, 25), (1, 37)]);
		// The stake goes: the weight's EMA (α = 1/2) halves every epoch towards 0, and the topic
		// leaves the schedule at the first epoch whose weight is below `MinTopicWeight`.
		set_stake(0);
		let min = Params::<Test>::get().min_topic_weight;
		let mut last = TopicWeights::<Test>::get(1).unwrap();
		let mut at = 37;
		while Topics::is_active(1) {
			at += 12;
			run_to_block(at);
			let w = TopicWeights::<Test>::get(1).unwrap();
			assert_eq!(w, Fixed::from_raw(last.raw() / 2));
			last = w;
		}
		assert!(last < min && last.checked_mul(Fixed::from_int(2)).unwrap() >= min);
		assert_eq!(events().last(), Some(&Event::TopicInactivated { topic_id: 1, weight: last }));
		assert_eq!(TotalActiveWeight::<Test>::get(), Fixed::ZERO);
		let started = epochs_started().len();
		run_to_block(at + 40);
		assert_eq!(epochs_started().len(), started);
		// And comes back with it, its stored weight counted again.
		set_stake(ENOUGH_STAKE);
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(BOB), 1, 1));
		assert_eq!(EpochSchedule::<Test>::get().to_vec(), vec![(at + 40 + 12, 1)]);
		assert_eq!(TotalActiveWeight::<Test>::get(), last);
	});
}

#[test]
fn the_weight_is_an_ema_of_the_target_and_the_fee_revenue_drips() {
	run_test(|| {
		set_stake(ENOUGH_STAKE);
		create(ALICE);
		let p = Params::<Test>::get();
		let topic = Topics::topic(1).unwrap();
		let revenue = FeeRevenue::<Test>::get(1);
		let target = Topics::topic_weight(1, &topic, &p);
		run_to_block(13);
		// First epoch: the target as is; the revenue loses ⌈C · 12 · 4.345 / BlocksPerMonth⌉.
		assert_eq!(TopicWeights::<Test>::get(1), Some(target));
		assert_eq!(TotalActiveWeight::<Test>::get(), target);
		let drip = (revenue * 12 * 4345).div_ceil(u128::from(p.blocks_per_month) * 1000);
		let revenue = revenue - drip;
		assert_eq!(FeeRevenue::<Test>::get(1), revenue);
		assert!(events().contains(&Event::TopicWeightUpdated {
			topic_id: 1,
			weight: target,
			fee_revenue: revenue
		}));
		// Second epoch: EMA with α = 1/2 of the new target (lower revenue) and the stored one.
		set_stake(4 * ENOUGH_STAKE);
		let target2 = Topics::topic_weight(1, &topic, &p);
		run_to_block(25);
		let want = Fixed::from_raw((target.raw() + target2.raw()) / 2);
		let got = TopicWeights::<Test>::get(1).unwrap();
		assert!((got.raw() - want.raw()).abs() <= 1, "{got:?} vs {want:?}");
		assert_eq!(TotalActiveWeight::<Test>::get(), got);
	});
}

#[test]
fn due_topics_beyond_the_per_block_cap_are_skipped_by_weight_and_keep_their_period() {
	run_test(|| {
		set_stake(ENOUGH_STAKE);
		// Three topics activated in the same block are due in the same block.
		for who in [ALICE, BOB, CHARLIE] {
			create(who);
		}
		// The schedule holds 3 (MaxActiveTopics): a fourth topic stays inactive.
		create(DAVE);
		assert!(!Topics::is_active(4));
		// Block 13 weighs two of them (MaxDueTopicsPerBlock): equal weights, the lower id
		// starts (MaxActiveTopicsPerBlock 1), the other is skipped. Topic 3 is weighed in
		// block 14 and starts there, its period kept: all three are due again at 25.
		run_to_block(13);
		assert_eq!(epochs_started(), vec![(1, 13)]);
		let weight = TopicWeights::<Test>::get(2).unwrap();
		assert!(events().contains(&Event::EpochSkipped { topic_id: 2, block: 13, weight }));
		run_to_block(14);
		assert_eq!(epochs_started(), vec![(1, 13), (3, 14)]);
		assert_eq!(EpochSchedule::<Test>::get().to_vec(), vec![(25, 1), (25, 2), (25, 3)]);
		// Topic 2 now earns far more fees: at 25 it is the heaviest of the two weighed.
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(BOB), 2, 300_000));
		run_to_block(25);
		assert_eq!(epochs_started(), vec![(1, 13), (3, 14), (2, 25)]);
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::EpochSkipped { topic_id: 1, block: 25, .. })));
		// Topic 3, due at 25 too, was weighed at 26 (alone: it starts).
		run_to_block(26);
		assert_eq!(epochs_started().last(), Some(&(3, 26)));
		// With room for every start, the two weighed at 37 both start, heaviest first.
		set(vec![TopicsParam::MaxActiveTopicsPerBlock(3)]);
		run_to_block(37);
		assert_eq!(&epochs_started()[4..], &[(2, 37), (1, 37)]);
	});
}

#[test]
fn payload_fees_credit_the_topic() {
	run_test(|| {
		create(ALICE);
		assert_ok!(Topics::pay_topic_fee(1, &BOB, 10));
		assert_eq!(FeeRevenue::<Test>::get(1), 75_010);
		assert_eq!(events().last(), Some(&Event::FeePaid { topic_id: 1, payer: BOB, fee: 10 }));
		assert!(Topics::pay_topic_fee(1, &POOR, 10).is_err());
	});
}

#[test]
fn genesis_parameters_are_used_and_the_pot_exists() {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let params = TopicsParams { min_epoch_length: 3, ..Default::default() };
	crate::GenesisConfig::<Test> { params: params.clone(), _config: Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	sp_io::TestExternalities::new(t).execute_with(|| {
		assert_eq!(Params::<Test>::get(), params);
		assert_eq!(Balances::balance(&Topics::ecosystem_account()), ED);
	});
}

#[test]
fn merit_sortition_keeps_the_best_emas_and_lets_the_others_drift_to_the_quantile() {
	run_test(|| {
		create(ALICE);
		let topic = Topics::topic(1).unwrap();
		let f = |s: &str| Fixed::parse_decimal(s, true).unwrap();
		let task = RewardTask::Inference;
		// Scores of an epoch: first EMAs are the scores; the quantile (0.2, linear) of
		// [0.1, 0.5, 0.3] is 0.18.
		let scores = vec![(BOB, f("0.1")), (CHARLIE, f("0.5")), (DAVE, f("0.3"))];
		Topics::record_scores(1, &topic, task, 13, &scores);
		assert_eq!(ScoreEmas::<Test>::get((1, task, CHARLIE)).unwrap().score, f("0.5"));
		assert_eq!(ScoreQuantiles::<Test>::get(1, task), f("0.18"));
		// Up to the cap everyone is in, and nothing moves.
		assert_eq!(
			Topics::select_active(1, &topic, task, vec![BOB, CHARLIE], 2, 25),
			vec![BOB, CHARLIE]
		);
		assert_eq!(ScoreEmas::<Test>::get((1, task, BOB)).unwrap().nonce, 13);
		// Beyond it: the two best EMAs (EVE has none: 0); the excluded move towards 0.18 by
		// α = 0.1, stamped with the nonce.
		let chosen = Topics::select_active(1, &topic, task, vec![BOB, CHARLIE, DAVE, EVE], 2, 25);
		assert_eq!(chosen, vec![CHARLIE, DAVE]);
		assert_eq!(
			ScoreEmas::<Test>::get((1, task, BOB)),
			Some(ScoreEma { nonce: 25, score: f("0.108") })
		);
		assert_eq!(
			ScoreEmas::<Test>::get((1, task, EVE)),
			Some(ScoreEma { nonce: 25, score: f("0.018") })
		);
		assert_eq!(ScoreEmas::<Test>::get((1, task, DAVE)).unwrap().nonce, 13);
		assert_eq!(
			events().last(),
			Some(&Event::ActiveSetSelected {
				topic_id: 1,
				task,
				nonce: 25,
				selected: 2,
				excluded: 2
			})
		);
		// Scoring moves the members by α towards their instant scores.
		Topics::record_scores(1, &topic, task, 25, &[(CHARLIE, f("0.1"))]);
		assert_eq!(ScoreEmas::<Test>::get((1, task, CHARLIE)).unwrap().score, f("0.46"));
	});
}

#[test]
fn with_a_zero_minimum_a_weightless_topic_keeps_being_served() {
	run_test(|| {
		set(vec![TopicsParam::MinTopicWeight(Fixed::ZERO)]);
		set_stake(0);
		create(ALICE);
		run_to_block(37);
		// No stake: weight 0, which is not below a minimum of 0.
		assert_eq!(TopicWeights::<Test>::get(1), Some(Fixed::ZERO));
		assert_eq!(epochs_started(), vec![(1, 13), (1, 25), (1, 37)]);
	});
}

#[test]
fn queries_show_a_topic_its_registrations_and_the_parameters() {
	run_test(|| {
		assert_eq!(Topics::topic_view(1), Err(QueryError::NoSuchTopic));
		assert_eq!(Topics::topic_count(), 0);
		create(ALICE);
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Worker));
		assert_ok!(Topics::register(RuntimeOrigin::signed(BOB), 1, Role::Reputer));
		let view = Topics::topic_view(1).unwrap();
		let topic = Topics::topic(1).unwrap();
		assert_eq!((view.id, view.creator, view.config), (1, ALICE, topic.config));
		assert_eq!((view.workers, view.reputers), (1, 1));
		assert_eq!(view.fee_revenue, FeeRevenue::<Test>::get(1));
		assert_eq!(
			view.next_epoch_start,
			EpochSchedule::<Test>::get().iter().find(|(_, id)| *id == 1).map(|(at, _)| *at)
		);
		assert_eq!(Topics::topic_count(), 1);
		assert_eq!(Topics::roles(1, &BOB), Ok(vec![Role::Worker, Role::Reputer]));
		assert_eq!(Topics::roles(1, &ALICE), Ok(vec![]));
		assert_eq!(Topics::roles(2, &BOB), Err(QueryError::NoSuchTopic));
		assert_eq!(Topics::score_ema(1, RewardTask::Inference, &BOB), Ok(None));
	});
}

/// Squatting: a full role used to refuse every newcomer. A newcomer now takes the place of a
/// member that has had an epoch and scores low in every task of the role.
#[test]
fn a_full_role_takes_a_newcomer_in_place_of_a_low_scoring_member() {
	run_test(|| {
		create(ALICE);
		for w in [ALICE, BOB, CHARLIE, DAVE] {
			assert_ok!(Topics::register(RuntimeOrigin::signed(w), 1, Role::Worker));
		}
		let replace = |by, member| {
			Topics::register_replacing(RuntimeOrigin::signed(by), 1, Role::Worker, member)
		};
		assert_noop!(
			Topics::register(RuntimeOrigin::signed(EVE), 1, Role::Worker),
			Error::<Test>::TooManyWorkers
		);
		// An epoch (12 blocks) to prove itself.
		assert_noop!(replace(EVE, ALICE), Error::<Test>::MemberTooNew);
		run_to_block(13);
		assert_noop!(replace(EVE, EVE), Error::<Test>::NotRegistered);
		assert_noop!(replace(BOB, ALICE), Error::<Test>::AlreadyRegistered);
		assert_noop!(replace(EVE, 99), Error::<Test>::NotRegistered);
		// BOB scores well in inference: it stays, even though it never forecast.
		ScoreEmas::<Test>::insert(
			(1, RewardTask::Inference, BOB),
			ScoreEma { nonce: 13, score: f("0.5") },
		);
		ScoreQuantiles::<Test>::insert(1, RewardTask::Inference, f("0.2"));
		assert_noop!(replace(EVE, BOB), Error::<Test>::MemberScoresWell);
		// ALICE never submitted: EVE takes its place, ALICE gets its deposit back.
		assert_ok!(replace(EVE, ALICE));
		assert!(!Topics::is_registered(1, Role::Worker, &ALICE));
		assert!(Topics::is_registered(1, Role::Worker, &EVE));
		assert_eq!(RegistrationCount::<Test>::get((1, Role::Worker)), 4);
		assert_eq!(held(HoldReason::RegistrationDeposit, ALICE), 0);
		assert!(events().contains(&Event::Evicted {
			topic_id: 1,
			account: ALICE,
			role: Role::Worker,
			by: EVE
		}));
		// With room, `register` is the way.
		assert_ok!(Topics::unregister(RuntimeOrigin::signed(CHARLIE), 1, Role::Worker));
		assert_noop!(replace(ALICE, DAVE), Error::<Test>::RoleNotFull);
	});
}

/// Every combination of a member's two worker scores against the topic's quantiles: it may be
/// replaced exactly when neither task scores at or above its quantile.
#[test]
fn a_worker_may_be_replaced_exactly_when_every_task_scores_below_its_quantile() {
	let quantile = f("0.2");
	let options = [None, Some(f("0.1")), Some(quantile), Some(f("0.3"))];
	for inference in options {
		for forecast in options {
			run_test(|| {
				create(ALICE);
				for w in [ALICE, BOB, CHARLIE, DAVE] {
					assert_ok!(Topics::register(RuntimeOrigin::signed(w), 1, Role::Worker));
				}
				run_to_block(13);
				for (task, score) in
					[(RewardTask::Inference, inference), (RewardTask::Forecast, forecast)]
				{
					ScoreQuantiles::<Test>::insert(1, task, quantile);
					if let Some(score) = score {
						ScoreEmas::<Test>::insert((1, task, BOB), ScoreEma { nonce: 13, score });
					}
				}
				let low = |s: Option<Fixed>| s.is_none_or(|s| s < quantile);
				let result =
					Topics::register_replacing(RuntimeOrigin::signed(EVE), 1, Role::Worker, BOB);
				if low(inference) && low(forecast) {
					assert_ok!(result);
					// Its score EMAs leave with it.
					assert!(ScoreEmas::<Test>::iter().all(|((_, _, a), _)| a != BOB));
				} else {
					assert_eq!(
						result.map_err(|e| e.error),
						Err(Error::<Test>::MemberScoresWell.into())
					);
				}
			});
		}
	}
}

/// Squatting the schedule: a full epoch schedule used to leave every newcomer inactive. A
/// topic that weighs more than an active one now takes its place.
#[test]
fn a_full_schedule_takes_a_heavier_topic_in_place_of_a_lighter_one() {
	run_test(|| {
		let replace = |t, a| Topics::activate_replacing(RuntimeOrigin::signed(EVE), t, a);
		create(ALICE);
		assert!(!Topics::is_active(1));
		assert_noop!(replace(1, 2), Error::<Test>::ScheduleNotFull);
		set_stake(ENOUGH_STAKE);
		for who in [BOB, CHARLIE, DAVE] {
			create(who);
		}
		// Topics 2, 3 and 4 fill the schedule (3 places); topic 1 waits.
		assert!((2..=4).all(Topics::is_active));
		assert!(!Topics::is_active(1));
		assert_noop!(replace(9, 2), Error::<Test>::NoSuchTopic);
		assert_noop!(replace(2, 3), Error::<Test>::AlreadyActive);
		assert_noop!(replace(1, 1), Error::<Test>::NotActive);
		// The same fee revenue and stake: the same weight, no place.
		assert_noop!(replace(1, 2), Error::<Test>::ActiveTopicWeighsMore);
		set_stake(0);
		assert_noop!(replace(1, 2), Error::<Test>::WeightTooLow);
		set_stake(ENOUGH_STAKE);
		// Funding makes it heavier, but the schedule is full: it stays inactive until it asks.
		assert_ok!(Topics::fund_topic(RuntimeOrigin::signed(ALICE), 1, 100_000));
		assert!(!Topics::is_active(1));
		assert_ok!(replace(1, 2));
		assert!(Topics::is_active(1) && !Topics::is_active(2));
		assert!(events().contains(&Event::TopicEvicted { topic_id: 2, by: 1 }));
		assert!(events()
			.iter()
			.any(|e| matches!(e, Event::TopicActivated { topic_id: 1, first_epoch_at: 13 })));
	});
}

#[test]
fn integrity_test_accepts_the_mock_and_rejects_a_block_that_weighs_no_topic() {
	use polkadot_sdk::frame_support::traits::Hooks;
	new_test_ext().execute_with(|| {
		<Topics as Hooks<u64>>::integrity_test();
		let due = MaxDueTopicsPerBlock::get();
		MaxDueTopicsPerBlock::set(0);
		let rejected = std::panic::catch_unwind(<Topics as Hooks<u64>>::integrity_test);
		MaxDueTopicsPerBlock::set(due);
		let message = rejected.expect_err("MaxDueTopicsPerBlock = 0 accepted");
		assert!(message.downcast_ref::<&str>().unwrap().contains("MaxDueTopicsPerBlock"));
	});
}

proptest::proptest! {
	/// Over every schedule (epoch, window) and every pair of reveal lengths around it: a
	/// commit–reveal topic is created exactly when both phases of both windows keep at least a
	/// block (`1 ≤ worker < window`, `1 ≤ reputer < epoch`), and otherwise fails with the error
	/// naming the phase that does not fit, worker checked first.
	#[test]
	fn commit_reveal_phases_are_created_exactly_within_their_bounds(
		epoch in 12u64..200,
		window_pick in 0u64..200,
		worker_pick in 0u64..202,
		reputer_pick in 0u64..202,
	) {
		let window = 1 + window_pick % epoch;
		let worker = worker_pick % (window + 2);
		let reputer = reputer_pick % (epoch + 2);
		run_test(|| {
			let mut c = crate::TopicConfig::example(epoch as u32, window as u32);
			c.commit_reveal = Some(RevealPhases { worker, reputer });
			let expected = if worker == 0 {
				Err(Error::<Test>::WorkerRevealPhaseZero)
			} else if worker >= window {
				Err(Error::<Test>::WorkerRevealPhaseTooLong)
			} else if reputer == 0 {
				Err(Error::<Test>::ReputerRevealPhaseZero)
			} else if reputer >= epoch {
				Err(Error::<Test>::ReputerRevealPhaseTooLong)
			} else {
				Ok(())
			};
			match expected {
				Ok(()) => {
					assert_ok!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c.clone()));
					assert_eq!(Topics::topic(1).unwrap().config, c);
				},
				Err(e) => {
					assert_noop!(Topics::create_topic(RuntimeOrigin::signed(ALICE), c), e);
				},
			}
		});
	}
}

#[test]
fn commit_reveal_changes_only_while_no_window_is_open() {
	run_test(|| {
		create(ALICE);
		let on = TopicUpdate {
			metadata: None,
			p_norm: None,
			alpha_regret: None,
			epsilon: None,
			merit_sortition_alpha: None,
			active_inferer_quantile: None,
			active_forecaster_quantile: None,
			active_reputer_quantile: None,
			commit_reveal: Some(Some(RevealPhases { worker: 2, reputer: 6 })),
		};
		set_open_windows(true);
		assert_noop!(
			Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, on.clone()),
			Error::<Test>::TopicHasOpenNonces
		);
		// Other fields may change while windows are open; so may a setting to its own value.
		let metadata = TopicUpdate {
			metadata: Some(b"BTC".to_vec().try_into().unwrap()),
			commit_reveal: Some(None),
			..on.clone()
		};
		assert_ok!(Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, metadata));
		set_open_windows(false);
		let too_long = TopicUpdate {
			commit_reveal: Some(Some(RevealPhases { worker: 6, reputer: 6 })),
			..on.clone()
		};
		assert_noop!(
			Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, too_long),
			Error::<Test>::WorkerRevealPhaseTooLong
		);
		assert_ok!(Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, on.clone()));
		assert_eq!(
			Topics::topic(1).unwrap().config.commit_reveal,
			Some(RevealPhases { worker: 2, reputer: 6 })
		);
		assert_eq!(events().last(), Some(&Event::TopicUpdated { topic_id: 1 }));
		let off = TopicUpdate { commit_reveal: Some(None), ..on };
		assert_ok!(Topics::update_topic(RuntimeOrigin::signed(ALICE), 1, off));
		assert_eq!(Topics::topic(1).unwrap().config.commit_reveal, None);
	});
}

#[test]
fn the_v1_migration_turns_commit_reveal_off_for_every_stored_topic() {
	use codec::{Decode, Encode};
	use polkadot_sdk::frame_support::traits::{
		GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	};
	run_test(|| {
		create(ALICE);
		create(BOB);
		let stored: Vec<_> = crate::Topics::<Test>::iter().collect();
		// Write the topics as version 0 stored them: the same bytes without the new field.
		for (id, topic) in &stored {
			let c = &topic.config;
			let old = migrations::v0::Topic {
				creator: topic.creator,
				config: migrations::v0::TopicConfig {
					metadata: c.metadata.clone(),
					loss_method: c.loss_method.clone(),
					epoch_length: c.epoch_length,
					ground_truth_lag: c.ground_truth_lag,
					worker_submission_window: c.worker_submission_window,
					p_norm: c.p_norm,
					alpha_regret: c.alpha_regret,
					allow_negative: c.allow_negative,
					epsilon: c.epsilon,
					merit_sortition_alpha: c.merit_sortition_alpha,
					active_inferer_quantile: c.active_inferer_quantile,
					active_forecaster_quantile: c.active_forecaster_quantile,
					active_reputer_quantile: c.active_reputer_quantile,
				},
				initial_regret: f("0.25"),
				current_epoch_start: 24,
			};
			let key = crate::Topics::<Test>::hashed_key_for(id);
			sp_io::storage::set(&key, &old.encode());
			let bytes = sp_io::storage::get(&key).unwrap();
			assert!(
				TopicOf::<Test>::decode(&mut &bytes[..]).is_err(),
				"v0 bytes do not decode as v1"
			);
		}
		StorageVersion::new(0).put::<Pallet<Test>>();
		migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		for (id, before) in stored {
			let after = crate::Topics::<Test>::get(id).unwrap();
			assert_eq!(after.config, before.config, "every field kept, commit–reveal off");
			assert_eq!(after.config.commit_reveal, None);
			assert_eq!((after.initial_regret, after.current_epoch_start), (f("0.25"), 24));
		}
		// A second run finds version 1 and changes nothing.
		let again = crate::Topics::<Test>::get(1);
		migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(crate::Topics::<Test>::get(1), again);
	});
}
