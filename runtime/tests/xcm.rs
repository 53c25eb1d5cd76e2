//! XCM moves ALLO only: the relay chain's token is never minted (nor burnt) as ALLO.

mod common;

use allora_runtime::{
	configs::xcm_config::{HereLocation, LocalAssetTransactor},
	Balances,
};
use polkadot_sdk::{
	sp_keyring::Sr25519Keyring,
	staging_xcm::latest::prelude::*,
	staging_xcm_builder::IsConcrete,
	staging_xcm_executor::traits::{MatchesFungible, TransactAsset},
};

fn dave() -> Location {
	let id: [u8; 32] = Sr25519Keyring::Dave.to_account_id().into();
	AccountId32 { network: None, id }.into()
}

#[test]
fn the_relay_token_is_not_allo() {
	common::externalities("development").execute_with(|| {
		let amount = 1_000_000_000_000u128;
		let relay_token: Asset = (Location::parent(), amount).into();
		let allo: Asset = (Location::here(), amount).into();
		// What the transactor takes for ALLO (deposits mint it, withdrawals burn it).
		type Matcher = IsConcrete<HereLocation>;
		assert_eq!(<Matcher as MatchesFungible<u128>>::matches_fungible(&relay_token), None);
		assert_eq!(<Matcher as MatchesFungible<u128>>::matches_fungible(&allo), Some(amount));
		// A withdrawal of the relay token from an account takes no ALLO.
		let who = Sr25519Keyring::Dave.to_account_id();
		let (issuance, balance) = (Balances::total_issuance(), Balances::free_balance(&who));
		assert!(LocalAssetTransactor::withdraw_asset(&relay_token, &dave(), None).is_err());
		assert_eq!((Balances::total_issuance(), Balances::free_balance(&who)), (issuance, balance));
		// ALLO itself moves.
		assert!(LocalAssetTransactor::withdraw_asset(&allo, &dave(), None).is_ok());
		assert_eq!(Balances::free_balance(&who), balance - amount);
	});
}
