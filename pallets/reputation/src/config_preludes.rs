//! A test runtime's defaults:
//! `#[derive_impl(pallet_reputation::config_preludes::TestDefaultConfig)]` on a mock's
//! `impl pallet_reputation::Config`, which then names only what it tests.

use crate::*;
use polkadot_sdk::frame_support::{derive_impl, parameter_types, traits::ConstU32, PalletId};

/// The defaults of a test runtime.
pub struct TestDefaultConfig;

parameter_types! {
	/// Not `allo/…`: a `u64` account keeps only the first 8 bytes of a `PalletId`'s account
	/// (`modl` + 4), which would make it the topics' ecosystem account `allo/eco`.
	pub const TestPendingRewardsPalletId: PalletId = PalletId(*b"dlg/allo");
	/// No budget: every due reputer nonce closes in its block.
	pub const TestMaxClosingWeight: Weight = Weight::MAX;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
impl frame_system::DefaultConfig for TestDefaultConfig {}

#[frame_support::register_default_impl(TestDefaultConfig)]
impl DefaultConfig for TestDefaultConfig {
	type PendingRewardsPalletId = TestPendingRewardsPalletId;
	type RewardsPayer = ();
	type MaxRemovalsPerBlock = ConstU32<4>;
	type MaxHistory = ConstU32<110>;
	type MaxOpenWindows = ConstU32<8>;
	type MaxClosingWeight = TestMaxClosingWeight;
	type WeightInfo = ();
}
