//! XCM: the relay chain's token is held as a foreign asset, never minted (nor burnt) as ALLO;
//! only the relay chain and system parachains are trusted as its reserve; delivery is priced.

mod common;

use allora_runtime::{
	configs::{
		xcm_config::{
			BaseDeliveryFee, ForeignAssetsTransactor, HereLocation, LocalAssetTransactor,
			PriceForParentDelivery, PriceForSiblingDelivery, RelayTokenPerSecondPerMb,
			UnitWeightCost, XcmConfig,
		},
		TransactionByteFee,
	},
	AccountId, Balances, ForeignAssets, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, System,
};
use codec::{Decode, Encode};
use polkadot_sdk::polkadot_runtime_common::xcm_sender::PriceForMessageDelivery;
use polkadot_sdk::{
	cumulus_pallet_parachain_system::PendingUpwardMessages,
	cumulus_primitives_core::UpwardMessageSender,
	frame_support::{
		assert_ok,
		weights::{
			constants::{WEIGHT_PROOF_SIZE_PER_MB, WEIGHT_REF_TIME_PER_SECOND},
			Weight,
		},
	},
	pallet_xcm, sp_io,
	sp_keyring::Sr25519Keyring,
	staging_xcm::{
		latest::{prelude::*, InstructionError},
		VersionedXcm,
	},
	staging_xcm_builder::IsConcrete,
	staging_xcm_executor::{
		traits::{MatchesFungible, TransactAsset},
		XcmExecutor,
	},
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

/// A reserve transfer of `amount` relay tokens to `beneficiary`, as the reserve sends it.
fn reserve_transfer(amount: u128, beneficiary: Location) -> Xcm<RuntimeCall> {
	Xcm(vec![
		ReserveAssetDeposited((Parent, amount).into()),
		ClearOrigin,
		BuyExecution { fees: (Parent, amount).into(), weight_limit: Unlimited },
		DepositAsset { assets: AllCounted(1).into(), beneficiary },
	])
}

/// Executes `message` as if it came from `origin`.
fn execute(origin: impl Into<Location>, message: Xcm<RuntimeCall>) -> Outcome {
	let mut id = message.using_encoded(sp_io::hashing::blake2_256);
	XcmExecutor::<XcmConfig>::prepare_and_execute(
		origin,
		message,
		&mut id,
		Weight::MAX,
		Weight::zero(),
	)
}

fn relay_tokens(who: &AccountId) -> u128 {
	ForeignAssets::balance(Location::parent(), who)
}

/// What buying `instructions` instructions' execution costs in the relay token.
fn relay_token_fee(instructions: u64) -> u128 {
	let (_, per_second, per_mb) = RelayTokenPerSecondPerMb::get();
	let weight = UnitWeightCost::get().saturating_mul(instructions);
	per_second * weight.ref_time() as u128 / WEIGHT_REF_TIME_PER_SECOND as u128
		+ per_mb * weight.proof_size() as u128 / WEIGHT_PROOF_SIZE_PER_MB as u128
}

#[test]
fn a_reserve_transfer_of_the_relay_token_credits_the_foreign_asset_not_allo() {
	common::externalities("development").execute_with(|| {
		let who = Sr25519Keyring::Dave.to_account_id();
		let (issuance, balance) = (Balances::total_issuance(), Balances::free_balance(&who));
		// From the relay chain, and from Asset Hub (a system parachain, the reserve after the
		// Asset Hub migration).
		let amount = 10_000_000_000u128;
		let fee = relay_token_fee(4);
		assert!(fee > 0 && fee < amount);
		for (i, origin) in
			[Location::parent(), Location::new(1, [Parachain(1000)])].into_iter().enumerate()
		{
			assert_eq!(execute(origin, reserve_transfer(amount, dave())).ensure_complete(), Ok(()));
			let received = (i as u128 + 1) * (amount - fee);
			assert_eq!(relay_tokens(&who), received);
			assert_eq!(ForeignAssets::total_supply(Location::parent()), received);
		}
		// Not one unit of ALLO was minted or moved.
		assert_eq!((Balances::total_issuance(), Balances::free_balance(&who)), (issuance, balance));
	});
}

#[test]
fn only_the_relay_chain_and_system_parachains_are_trusted_as_the_reserve() {
	common::externalities("development").execute_with(|| {
		let who = Sr25519Keyring::Dave.to_account_id();
		let issuance = Balances::total_issuance();
		for origin in [Location::new(1, [Parachain(2001)]), Location::new(1, [Parachain(3000)])] {
			let outcome = execute(origin, reserve_transfer(10_000_000_000, dave()));
			assert!(
				matches!(
					outcome,
					Outcome::Incomplete {
						error: InstructionError {
							index: 0,
							error: XcmError::UntrustedReserveLocation
						},
						..
					}
				),
				"{outcome:?}"
			);
		}
		assert_eq!(relay_tokens(&who), 0);
		assert_eq!(ForeignAssets::total_supply(Location::parent()), 0);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_recipient_without_an_allo_account_cannot_be_credited_the_relay_token() {
	common::externalities("development").execute_with(|| {
		// The relay token is not sufficient: it cannot open an account by itself, so a flood of
		// dust deposits to fresh accounts opens none (the assets are trapped, claimable by the
		// sender: one trap entry per distinct holding, paid for by the message's fee).
		let fresh = [7u8; 32];
		System::set_block_number(1);
		let outcome = execute(
			Location::parent(),
			reserve_transfer(10_000_000_000, AccountId32 { network: None, id: fresh }.into()),
		);
		assert!(
			matches!(outcome, Outcome::Incomplete { error: InstructionError { index: 3, .. }, .. }),
			"{outcome:?}"
		);
		assert_eq!(relay_tokens(&fresh.into()), 0);
		assert!(!System::account_exists(&fresh.into()));
		let trapped = System::events().into_iter().filter(|r| {
			matches!(r.event, RuntimeEvent::PolkadotXcm(pallet_xcm::Event::AssetsTrapped { .. }))
		});
		assert_eq!(trapped.count(), 1);
	});
}

#[test]
fn relay_tokens_sent_away_are_burnt_here() {
	common::externalities("development").execute_with(|| {
		let who = Sr25519Keyring::Dave.to_account_id();
		assert_eq!(
			execute(Location::parent(), reserve_transfer(10_000_000_000, dave())).ensure_complete(),
			Ok(())
		);
		let held = relay_tokens(&who);
		let sent: Asset = (Location::parent(), held / 2).into();
		assert!(ForeignAssetsTransactor::withdraw_asset(&sent, &dave(), None).is_ok());
		assert_eq!(relay_tokens(&who), held - held / 2);
		assert_eq!(ForeignAssets::total_supply(Location::parent()), held - held / 2);
		// More than the account holds is refused, and nothing moves.
		let too_much: Asset = (Location::parent(), held).into();
		assert!(ForeignAssetsTransactor::withdraw_asset(&too_much, &dave(), None).is_err());
		assert_eq!(relay_tokens(&who), held - held / 2);
	});
}

#[test]
fn delivering_a_message_costs_allo_by_its_size() {
	common::externalities("development").execute_with(|| {
		for instructions in [0usize, 1, 10, 100] {
			let message: Xcm<()> = Xcm(vec![ClearOrigin; instructions]);
			let expected =
				BaseDeliveryFee::get() + message.encoded_size() as u128 * TransactionByteFee::get();
			let price: Assets = (Location::here(), expected).into();
			assert_eq!(PriceForParentDelivery::price_for_delivery((), &message), price);
			assert_eq!(PriceForSiblingDelivery::price_for_delivery(2001.into(), &message), price);
		}
	});
}

/// Opens the upward channel as the relay chain's state would (its size limits).
fn relay_channel_open() {
	<ParachainSystem as UpwardMessageSender>::ensure_successful_delivery();
}

#[test]
fn an_account_pays_for_delivering_its_message_and_the_fee_is_burnt() {
	common::externalities("development").execute_with(|| {
		relay_channel_open();
		let who = Sr25519Keyring::Dave.to_account_id();
		let (issuance, balance) = (Balances::total_issuance(), Balances::free_balance(&who));
		let message: Xcm<()> = Xcm(vec![ClearOrigin]);
		assert_ok!(PolkadotXcm::send(
			RuntimeOrigin::signed(who.clone()),
			Box::new(Location::parent().into()),
			Box::new(VersionedXcm::from(message)),
		));
		let sent = PendingUpwardMessages::<Runtime>::get();
		assert_eq!(sent.len(), 1);
		// Charged the price of what is delivered (the sender's origin, the message and its
		// topic), as the delivery price computes it.
		let delivered = VersionedXcm::<()>::decode(&mut &sent[0][..]).expect("an XCM");
		let delivered: Xcm<()> = delivered.try_into().expect("the latest version");
		let paid = balance - Balances::free_balance(&who);
		let price: Assets = (Location::here(), paid).into();
		assert_eq!(PriceForParentDelivery::price_for_delivery((), &delivered), price);
		assert_eq!(Balances::total_issuance(), issuance - paid);
	});
}

#[test]
fn root_subscribes_to_the_relay_chains_xcm_version_without_a_fee() {
	common::externalities("development").execute_with(|| {
		relay_channel_open();
		let issuance = Balances::total_issuance();
		// Nobody holds ALLO at `Here`: with a fee, root's message could not be sent at all.
		assert_ok!(PolkadotXcm::force_subscribe_version_notify(
			RuntimeOrigin::root(),
			Box::new(Location::parent().into()),
		));
		assert_eq!(PendingUpwardMessages::<Runtime>::get().len(), 1);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn the_relay_chains_version_subscription_is_answered_without_a_fee() {
	common::externalities("development").execute_with(|| {
		relay_channel_open();
		let subscribe = Xcm(vec![
			UnpaidExecution { weight_limit: Unlimited, check_origin: None },
			SubscribeVersion { query_id: 7, max_response_weight: Weight::zero() },
		]);
		assert_eq!(execute(Location::parent(), subscribe).ensure_complete(), Ok(()));
		// The answer (our XCM version) is on its way to the relay chain.
		assert_eq!(PendingUpwardMessages::<Runtime>::get().len(), 1);
	});
}
