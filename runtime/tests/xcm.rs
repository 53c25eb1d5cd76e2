//! XCM moves ALLO only: the relay chain's token is never minted as ALLO.

mod common;

use allora_runtime::{configs::xcm_config::LocalAssetTransactor, Balances};
use polkadot_sdk::{
	sp_keyring::Sr25519Keyring, staging_xcm::latest::prelude::*,
	staging_xcm_executor::traits::TransactAsset,
};

fn beneficiary() -> Location {
	let id: [u8; 32] = Sr25519Keyring::Dave.to_account_id().into();
	AccountId32 { network: None, id }.into()
}

#[test]
fn a_deposit_of_the_relay_token_fails_and_mints_nothing() {
	common::externalities("development").execute_with(|| {
		let issuance = Balances::total_issuance();
		let relay_token: Asset = (Location::parent(), 1_000_000_000_000u128).into();
		assert!(LocalAssetTransactor::deposit_asset(&relay_token, &beneficiary(), None).is_err());
		assert_eq!(Balances::total_issuance(), issuance);
		// ALLO itself moves (what a withdrawal took out of an account goes back in).
		let allo: Asset = (Location::here(), 1_000_000_000_000u128).into();
		assert!(LocalAssetTransactor::deposit_asset(&allo, &beneficiary(), None).is_ok());
		assert_eq!(Balances::total_issuance(), issuance + 1_000_000_000_000);
	});
}
