//! A test runtime's defaults:
//! `#[derive_impl(pallet_emissions::config_preludes::TestDefaultConfig)]` on a mock's
//! `impl pallet_emissions::Config`, which then names its collators' stake and what it tests.

use crate::*;
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types},
	frame_system,
};

/// The defaults of a test runtime.
pub struct TestDefaultConfig;

parameter_types! {
	/// 10^9 tokens of 10^18 units.
	pub const TestMaxSupply: u128 = 1_000_000_000 * 1_000_000_000_000_000_000;
	/// Not `allo/…`: a `u64` account keeps only the first 8 bytes of a `PalletId`'s account
	/// (`modl` + 4), which would make it the topics' ecosystem account `allo/eco`.
	pub const TestRewardsPalletId: PalletId = PalletId(*b"rewards!");
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
impl frame_system::DefaultConfig for TestDefaultConfig {}

#[frame_support::register_default_impl(TestDefaultConfig)]
impl DefaultConfig for TestDefaultConfig {
	type MaxSupply = TestMaxSupply;
	type RewardsPalletId = TestRewardsPalletId;
	type WeightInfo = ();
}
