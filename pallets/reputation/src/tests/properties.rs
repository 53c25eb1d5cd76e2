//! Property: any interleaving of stake, delegation, removal and cancellation calls, with blocks
//! passing between them, keeps every account's held balance equal to its stakes (pending
//! removals included until they execute) and every stake sum consistent (`try_state` after
//! every step), a pending removal never exceeds its stake, every position is empty or at least
//! `MinStakeAmount`, and each staker holds at most one entry of the removal queue (`try_state`).

use crate::{mock::*, *};
use polkadot_sdk::frame_support::{assert_ok, traits::fungible::InspectHold};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
	Stake { reputer: u64, amount: u128 },
	Delegate { delegator: u64, reputer: u64, amount: u128 },
	RemoveOwn { reputer: u64, amount: u128 },
	RemoveDelegated { delegator: u64, reputer: u64, amount: u128 },
	CancelOwn { reputer: u64 },
	CancelDelegated { delegator: u64, reputer: u64 },
	Blocks(u64),
}

fn op() -> impl Strategy<Value = Op> {
	let r = 0..3u64;
	let d = 0..3u64;
	let a = 1..1_000u128;
	prop_oneof![
		(r.clone(), a.clone()).prop_map(|(reputer, amount)| Op::Stake { reputer, amount }),
		(d.clone(), r.clone(), a.clone()).prop_map(|(delegator, reputer, amount)| Op::Delegate {
			delegator,
			reputer,
			amount
		}),
		(r.clone(), a.clone()).prop_map(|(reputer, amount)| Op::RemoveOwn { reputer, amount }),
		(d.clone(), r.clone(), a).prop_map(|(delegator, reputer, amount)| {
			Op::RemoveDelegated { delegator, reputer, amount }
		}),
		r.clone().prop_map(|reputer| Op::CancelOwn { reputer }),
		(d, r).prop_map(|(delegator, reputer)| Op::CancelDelegated { delegator, reputer }),
		(1..6u64).prop_map(Op::Blocks),
	]
}

/// The smallest position: amounts are drawn below and above it.
const MIN: u128 = 100;

/// Delegators are workers 0..3 (accounts that are not reputers).
fn delegator(i: u64) -> AccountId {
	worker(i)
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
	#[test]
	fn holds_always_equal_stakes(ops in proptest::collection::vec(op(), 1..40)) {
		new_test_ext().execute_with(|| {
			assert_ok!(Reputation::set_params(
				RuntimeOrigin::root(),
				vec![
					ReputationParam::RemoveStakeDelayWindow(4),
					ReputationParam::HalfMaxProcessStakeRemovalsEndBlock(1),
					ReputationParam::MinStakeAmount(MIN),
				]
					.try_into()
					.unwrap()
			));
			topic(0, 3);
			for op in ops {
				// Calls may fail (insufficient stake, no pending removal, full slot): a failed
				// call must leave every invariant intact as well.
				let _ = match op {
					Op::Stake { reputer: r, amount } => {
						Reputation::add_stake(RuntimeOrigin::signed(reputer(r)), 1, amount)
					},
					Op::Delegate { delegator: d, reputer: r, amount } => Reputation::delegate_stake(
						RuntimeOrigin::signed(delegator(d)),
						1,
						reputer(r),
						amount,
					),
					Op::RemoveOwn { reputer: r, amount } => {
						Reputation::remove_stake(RuntimeOrigin::signed(reputer(r)), 1, amount)
					},
					Op::RemoveDelegated { delegator: d, reputer: r, amount } => {
						Reputation::remove_delegate_stake(
							RuntimeOrigin::signed(delegator(d)),
							1,
							reputer(r),
							amount,
						)
					},
					Op::CancelOwn { reputer: r } => {
						Reputation::cancel_remove_stake(RuntimeOrigin::signed(reputer(r)), 1)
					},
					Op::CancelDelegated { delegator: d, reputer: r } => {
						Reputation::cancel_remove_delegate_stake(
							RuntimeOrigin::signed(delegator(d)),
							1,
							reputer(r),
						)
					},
					Op::Blocks(n) => {
						run_to_block(System::block_number() + n);
						Ok(())
					},
				};
				check_invariants();
				for who in (0..3).map(reputer).chain((0..3).map(delegator)) {
					let own = ReputerStake::<Test>::get(1, who);
					let delegated: u128 =
						(0..3).map(|r| Delegations::<Test>::get((1, reputer(r), who))).sum();
					let held = Balances::balance_on_hold(&HoldReason::Stake.into(), &who);
					assert_eq!(held, own + delegated);
					let positions = (0..3).map(|r| Delegations::<Test>::get((1, reputer(r), who)));
					for p in positions.chain([own]) {
						assert!(p == 0 || p >= MIN, "a position of {p} below the minimum {MIN}");
					}
				}
			}
			// Every pending removal eventually executes.
			run_to_block(System::block_number() + 20);
			assert!(PendingRemovals::<Test>::iter().next().is_none());
			check_invariants();
		});
	}
}
