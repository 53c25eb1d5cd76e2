//! Staking's era change at the election's bounds: every candidate and nominator place taken,
//! each nominator backing the most candidates it may. The caps are enforced where accounts
//! enter (`validate`, `nominate`), the election reads every voter (none left out by storage
//! order), and the era change — snapshot and election, as the runtime charges them and as the
//! proof records them — fits its share of the block.

mod common;

use allora_runtime::{
	configs::{
		collators::{
			ElectionBounds, MAX_COLLATOR_CANDIDATES, MAX_COLLATOR_NOMINATORS, MAX_NOMINATIONS,
		},
		RuntimeBlockWeights,
	},
	genesis_config_presets::MIN_NOMINATOR_BOND,
	AccountId, Balances, Runtime, RuntimeOrigin, Session, Staking, System, ALLO,
};
use codec::Encode;
use polkadot_sdk::{
	frame_election_provider_support::ElectionDataProvider,
	frame_support::{assert_noop, assert_ok},
	pallet_staking::{self, ErasStakersOverview, RewardDestination, ValidatorPrefs},
	sp_runtime::MultiAddress,
};

/// A fresh account, `tag` keeping the kinds apart.
fn account(tag: u8, i: u32) -> AccountId {
	let mut id = [tag; 32];
	id[..4].copy_from_slice(&i.to_le_bytes());
	id.into()
}

fn fund_and_bond(who: &AccountId, bond: u128) {
	assert_ok!(Balances::force_set_balance(
		RuntimeOrigin::root(),
		MultiAddress::Id(who.clone()),
		bond + 10 * ALLO
	));
	assert_ok!(Staking::bond(RuntimeOrigin::signed(who.clone()), bond, RewardDestination::Stash));
}

#[test]
fn an_era_change_at_the_election_bounds_reads_every_voter_and_fits_its_share_of_the_block() {
	let mut ext = common::externalities("development");
	let genesis_candidates = ext.execute_with(|| pallet_staking::Validators::<Runtime>::count());
	ext.execute_with(|| {
		// Every candidate place taken; one more is refused.
		for i in genesis_candidates..MAX_COLLATOR_CANDIDATES {
			let who = account(1, i);
			fund_and_bond(&who, 10 * ALLO);
			assert_ok!(Staking::validate(RuntimeOrigin::signed(who), ValidatorPrefs::default()));
		}
		let late = account(1, MAX_COLLATOR_CANDIDATES);
		fund_and_bond(&late, 10 * ALLO);
		assert_noop!(
			Staking::validate(RuntimeOrigin::signed(late), ValidatorPrefs::default()),
			pallet_staking::Error::<Runtime>::TooManyValidators
		);
		// Every nominator place taken, each backing `MAX_NOMINATIONS` candidates; one more is
		// refused.
		let candidates: Vec<AccountId> =
			pallet_staking::Validators::<Runtime>::iter_keys().collect();
		assert_eq!(candidates.len() as u32, MAX_COLLATOR_CANDIDATES);
		for i in 0..=MAX_COLLATOR_NOMINATORS {
			let who = account(2, i);
			fund_and_bond(&who, MIN_NOMINATOR_BOND);
			let targets = (0..MAX_NOMINATIONS)
				.map(|k| {
					MultiAddress::Id(candidates[((i * 7 + k) as usize) % candidates.len()].clone())
				})
				.collect();
			let nominated = Staking::nominate(RuntimeOrigin::signed(who), targets);
			if i < MAX_COLLATOR_NOMINATORS {
				assert_ok!(nominated);
			} else {
				assert_eq!(
					nominated,
					Err(pallet_staking::Error::<Runtime>::TooManyNominators.into())
				);
			}
		}
		// Below the minimum bond nobody nominates.
		let poor = account(3, 0);
		fund_and_bond(&poor, MIN_NOMINATOR_BOND - 1);
		assert_noop!(
			Staking::nominate(
				RuntimeOrigin::signed(poor),
				vec![MultiAddress::Id(candidates[0].clone())]
			),
			pallet_staking::Error::<Runtime>::InsufficientBond
		);
		assert_ok!(Staking::force_new_era(RuntimeOrigin::root()));
	});
	ext.commit_all().unwrap();

	let era = {
		let (result, proof) = ext.execute_and_prove(|| {
			let (before, era) = (System::block_weight().total(), Staking::current_era());
			Session::rotate_session();
			assert_eq!(Staking::current_era(), era.map(|e| e + 1));
			(System::block_weight().total().saturating_sub(before), Staking::current_era().unwrap())
		});
		let proof_size = proof.encoded_size() as u64;
		let max = RuntimeBlockWeights::get().max_block;
		println!(
			"era change at the bounds: charged {} ms / {} KiB, proof {} KiB (block: {} ms / {} KiB)",
			result.0.ref_time() / 1_000_000_000,
			result.0.proof_size() / 1024,
			proof_size / 1024,
			max.ref_time() / 1_000_000_000,
			max.proof_size() / 1024,
		);
		// The era change's share of the block: 40% of its ref time (the Allora hooks take at
		// most 25%, the message queue 35%), and of its proof the part the recorded proof shows.
		assert!(result.0.ref_time() <= max.ref_time() * 2 / 5, "{:?}", result.0);
		assert!(proof_size <= max.proof_size() / 5, "proof {proof_size}");
		result.1
	};
	ext.execute_with(|| {
		// Every nominator was read: the winners' exposures count the backers the election saw.
		let winners = ErasStakersOverview::<Runtime>::iter_prefix(era).count() as u32;
		assert_eq!(winners, pallet_staking::ValidatorCount::<Runtime>::get());
		// The snapshot at the runtime's bounds holds every voter and every candidate.
		let bounds = ElectionBounds::get();
		let voters = Staking::electing_voters(bounds.voters, 0).map(|v| v.len() as u32);
		assert_eq!(voters, Ok(MAX_COLLATOR_CANDIDATES + MAX_COLLATOR_NOMINATORS));
		let targets = Staking::electable_targets(bounds.targets, 0).map(|t| t.len() as u32);
		assert_eq!(targets, Ok(MAX_COLLATOR_CANDIDATES));
	});
}
