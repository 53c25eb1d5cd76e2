//! The runtime API of the emissions pallet: the current emission figures in one call
//! (`api.call.emissionsApi.emission()` in @polkadot/api).

#![cfg_attr(not(feature = "std"), no_std)]

use codec::Codec;
pub use pallet_emissions::{EmissionView, MintParams, RewardParams};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// The current emission figures.
	pub trait EmissionsApi<Balance>
	where
		Balance: Codec,
	{
		/// The emission schedule's and the reward formulas' parameters, the current emission
		/// rates and the running totals.
		fn emission() -> EmissionView<Balance>;
	}
}
