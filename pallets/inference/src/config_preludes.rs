//! A test runtime's defaults:
//! `#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]` on a mock's
//! `impl pallet_inference::Config`, which then names only what it tests.

use crate::*;
use polkadot_sdk::frame_support::{derive_impl, parameter_types, traits::ConstU32};

/// The defaults of a test runtime.
pub struct TestDefaultConfig;

parameter_types! {
	/// 10^9 in 18-decimal fixed point.
	pub const TestMaxAbsValue: Fixed = Fixed::from_raw(1_000_000_000_000_000_000_000_000_000);
	/// No budget: every due window closes in its block.
	pub const TestMaxClosingWeight: Weight = Weight::MAX;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
impl frame_system::DefaultConfig for TestDefaultConfig {}

#[frame_support::register_default_impl(TestDefaultConfig)]
impl DefaultConfig for TestDefaultConfig {
	type MaxHistory = ConstU32<110>;
	type MaxOpenWindows = ConstU32<8>;
	type MaxAbsValue = TestMaxAbsValue;
	type MaxClosingWeight = TestMaxClosingWeight;
	type MaxRegretSlots = ConstU32<16>;
	type WindowHandler = ();
	type WeightInfo = ();
}
