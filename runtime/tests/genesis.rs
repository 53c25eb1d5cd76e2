//! The genesis presets build a working chain: Alice and Bob elected as collators and Aura
//! authorities, dev accounts endowed, collator bonds held; the fee and payout placeholders behave.

use allora_runtime::{
	genesis_config_presets::{preset_names, COLLATOR_BOND, ENDOWMENT},
	AccountId, Balances, Runtime, Topics, WeightToFee, ALLO, DAYS, EXISTENTIAL_DEPOSIT, MILLI_ALLO,
};
use polkadot_sdk::{
	frame_support::weights::{constants::ExtrinsicBaseWeight, WeightToFee as _},
	sp_keyring::Sr25519Keyring,
	sp_staking::EraPayout,
};

mod common;
use common::externalities;

fn alice() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}
fn bob() -> AccountId {
	Sr25519Keyring::Bob.to_account_id()
}

#[test]
fn every_preset_elects_alice_and_bob() {
	assert_eq!(preset_names().len(), 2);
	for preset in ["development", "local_testnet"] {
		externalities(preset).execute_with(|| {
			let mut validators = polkadot_sdk::pallet_session::Validators::<Runtime>::get();
			validators.sort();
			let mut want = vec![alice(), bob()];
			want.sort();
			assert_eq!(validators, want, "{preset}");
			assert_eq!(polkadot_sdk::pallet_aura::Authorities::<Runtime>::get().len(), 2);
			assert_eq!(pallet_staking_validator_count(), 2);
			assert!(polkadot_sdk::pallet_staking::Bonded::<Runtime>::get(alice()).is_some());
		});
	}
}

fn pallet_staking_validator_count() -> u32 {
	polkadot_sdk::pallet_staking::ValidatorCount::<Runtime>::get()
}

#[test]
fn dev_accounts_are_endowed_and_bonds_are_held() {
	externalities("development").execute_with(|| {
		let endowed = Sr25519Keyring::well_known().count() as u128;
		// The ecosystem, rewards and pending-rewards accounts are created with the existential
		// deposit.
		assert_eq!(Balances::total_issuance(), endowed * ENDOWMENT + 3 * EXISTENTIAL_DEPOSIT);
		assert_eq!(Balances::free_balance(alice()), ENDOWMENT - COLLATOR_BOND);
		assert_eq!(Balances::free_balance(Sr25519Keyring::Charlie.to_account_id()), ENDOWMENT);
	});
}

#[test]
fn allora_parameters_are_scaled_to_six_second_blocks_and_fees_have_a_home() {
	for preset in ["development", "local_testnet"] {
		externalities(preset).execute_with(|| {
			let p = pallet_topics::Params::<Runtime>::get();
			assert_eq!(p.blocks_per_month, 432_000, "{preset}");
			assert_eq!(p.min_epoch_length, 6);
			assert_eq!(p, allora_runtime::configs::allora::genesis_topics_params());
			let r = pallet_reputation::Params::<Runtime>::get();
			assert_eq!(r.remove_stake_delay_window, 21 * DAYS);
			assert_eq!(r, allora_runtime::configs::allora::genesis_reputation_params());
			assert_eq!(Balances::free_balance(Topics::ecosystem_account()), EXISTENTIAL_DEPOSIT);
		});
	}
}

#[test]
fn staking_pays_the_validator_share_of_the_emission_each_era() {
	externalities("development").execute_with(|| {
		pallet_emissions::ValidatorRewardsOwed::<Runtime>::put(5 * ALLO);
		type Payout = <Runtime as polkadot_sdk::pallet_staking::Config>::EraPayout;
		assert_eq!(Payout::era_payout(10 * ALLO, 1_000_000 * ALLO, 3_600_000), (5 * ALLO, 0));
		assert_eq!(pallet_emissions::ValidatorRewardsOwed::<Runtime>::get(), 0);
	});
}

#[test]
fn the_base_extrinsic_weight_costs_a_tenth_of_a_milli_allo() {
	assert_eq!(WeightToFee::weight_to_fee(&ExtrinsicBaseWeight::get()), MILLI_ALLO / 10);
}
