//! What `pallet_xcm`'s benchmarks need of this runtime: where a message can go (the relay
//! chain), which asset a reserve transfer moves (the relay token, back to its reserve) and how
//! its delivery is paid for. Nothing is teleported here, so the teleport benchmark reports an
//! unusable weight, as the call is (filtered).

use polkadot_sdk::{staging_xcm as xcm, *};

use frame_support::parameter_types;
use xcm::latest::prelude::*;

use crate::{
	configs::{
		foreign_assets::RELAY_TOKEN_MIN_BALANCE,
		xcm_config::{PriceForParentDelivery, XcmConfig},
	},
	Runtime, EXISTENTIAL_DEPOSIT,
};

parameter_types! {
	/// What an account needs to exist: the existential deposit in ALLO.
	pub ExistentialDepositAsset: Option<Asset> = Some((Here, EXISTENTIAL_DEPOSIT).into());
}

impl pallet_xcm::benchmarking::Config for Runtime {
	type DeliveryHelper = cumulus_primitives_utility::ToParentDeliveryHelper<
		XcmConfig,
		ExistentialDepositAsset,
		PriceForParentDelivery,
	>;

	fn reachable_dest() -> Option<Location> {
		Some(Parent.into())
	}

	fn teleportable_asset_and_dest() -> Option<(Asset, Location)> {
		None
	}

	fn reserve_transferable_asset_and_dest() -> Option<(Asset, Location)> {
		Some(((Parent, 10 * RELAY_TOKEN_MIN_BALANCE).into(), Parent.into()))
	}

	fn get_asset() -> Asset {
		(Here, EXISTENTIAL_DEPOSIT).into()
	}
}
