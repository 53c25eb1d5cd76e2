//! What `pallet_xcm`'s benchmarks need of this runtime: where a message can go (the relay chain
//! upward, a sibling over an HRMP channel the helper opens), which assets move and how delivery
//! is paid for.
//!
//! - `send` and the version subscriptions go to the relay chain.
//! - `reserve_transfer_assets` and `transfer_assets` move ALLO to a sibling parachain, this
//!   chain being ALLO's reserve: the benchmark checks that the sibling's sovereign account holds
//!   what was sent (sending the relay token back to its reserve burns it here instead, a cheaper
//!   path of the same call).
//! - Nothing is teleported and `execute` and the authorized aliases are disabled: those
//!   benchmarks report `Weight::MAX`, so the calls can never be included, as intended.

use polkadot_sdk::{staging_xcm as xcm, staging_xcm_executor as xcm_executor, *};

use alloc::boxed::Box;
use frame_support::{parameter_types, traits::fungible::Mutate};
use polkadot_parachain_primitives::primitives::Id as ParaId;
use xcm::latest::prelude::*;
use xcm_executor::traits::ConvertLocation;

use crate::{
	configs::{
		foreign_assets::RELAY_TOKEN_MIN_BALANCE,
		xcm_config::{
			LocationToAccountId, PriceForParentDelivery, PriceForSiblingDelivery, XcmConfig,
		},
	},
	AccountId, Balances, ParachainSystem, Runtime, RuntimeCall, ALLO, EXISTENTIAL_DEPOSIT,
};

parameter_types! {
	/// What an account needs to exist: the existential deposit in ALLO.
	pub ExistentialDepositAsset: Option<Asset> = Some((Here, EXISTENTIAL_DEPOSIT).into());
	/// The sibling parachain the transfers go to (any id but ours).
	pub SiblingParaId: ParaId = ParaId::from(2_042);
}

/// The sibling the transfers go to, as XCM names it from here.
fn sibling() -> Location {
	Location::new(1, [Parachain(SiblingParaId::get().into())])
}

/// How much ALLO a benchmarked transfer moves.
const TRANSFERRED: u128 = 10 * EXISTENTIAL_DEPOSIT;

impl pallet_xcm::benchmarking::Config for Runtime {
	type DeliveryHelper = (
		cumulus_primitives_utility::ToParentDeliveryHelper<
			XcmConfig,
			ExistentialDepositAsset,
			PriceForParentDelivery,
		>,
		polkadot_runtime_common::xcm_sender::ToParachainDeliveryHelper<
			XcmConfig,
			ExistentialDepositAsset,
			PriceForSiblingDelivery,
			SiblingParaId,
			ParachainSystem,
		>,
	);

	fn reachable_dest() -> Option<Location> {
		Some(Parent.into())
	}

	fn teleportable_asset_and_dest() -> Option<(Asset, Location)> {
		None
	}

	fn reserve_transferable_asset_and_dest() -> Option<(Asset, Location)> {
		Some(((Here, TRANSFERRED).into(), sibling()))
	}

	fn set_up_complex_asset_transfer() -> Option<(Assets, u32, Location, Box<dyn FnOnce()>)> {
		let caller: AccountId = frame_benchmarking::whitelisted_caller();
		// What is sent, the remote execution it buys out of it, and the delivery fee (ALLO).
		Balances::mint_into(&caller, TRANSFERRED + ALLO).ok()?;
		let dest = sibling();
		let sovereign = LocationToAccountId::convert_location(&dest)?;
		let before = Balances::free_balance(&sovereign);
		let verify = Box::new(move || {
			assert_eq!(Balances::free_balance(&sovereign), before + TRANSFERRED);
		});
		Some(((Here, TRANSFERRED).into(), 0, dest, verify))
	}

	fn get_asset() -> Asset {
		(Here, EXISTENTIAL_DEPOSIT).into()
	}

	/// The two assets this chain can deposit, ALLO and the relay token (fewer than `n` when `n`
	/// is larger: any other trapped asset fails its deposit at once, the cheaper path).
	fn get_assets(n: u32) -> Assets {
		let mut assets: alloc::vec::Vec<Asset> = alloc::vec![Self::get_asset()];
		if n > 1 {
			assets.push((Parent, 10 * RELAY_TOKEN_MIN_BALANCE).into());
		}
		assets.into()
	}

	/// `utility.batch_all`: the heaviest message to weigh carries a batch of calls.
	fn batch_call(calls: alloc::vec::Vec<RuntimeCall>) -> Option<RuntimeCall> {
		Some(RuntimeCall::Utility(pallet_utility::Call::batch_all { calls }))
	}
}
