//! A test runtime's defaults: `#[derive_impl(pallet_topics::config_preludes::TestDefaultConfig)]`
//! on a mock's `impl pallet_topics::Config`, which then names only its currency, deposits,
//! admin origin and the bounds it tests (as pallet-balances offers).

use crate::*;
use polkadot_sdk::frame_support::{derive_impl, parameter_types, traits::ConstU32};

/// The defaults of a test runtime.
pub struct TestDefaultConfig;

parameter_types! {
	/// The ecosystem account's id.
	pub const TestTopicsPalletId: PalletId = PalletId(*b"allo/eco");
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
impl frame_system::DefaultConfig for TestDefaultConfig {}

#[frame_support::register_default_impl(TestDefaultConfig)]
impl DefaultConfig for TestDefaultConfig {
	#[inject_runtime_type]
	type RuntimeHoldReason = ();
	type PalletId = TestTopicsPalletId;
	type MaxWorkersPerTopic = ConstU32<8>;
	type MaxReputersPerTopic = ConstU32<6>;
	type MaxActiveTopics = ConstU32<4>;
	type MaxDueTopicsPerBlock = ConstU32<4>;
	type MaxUnfulfilledRequests = ConstU32<100>;
	type MaxForecastElements = ConstU32<16>;
	type MaxActiveWorkers = ConstU32<64>;
	type MaxActiveReputers = ConstU32<64>;
	type TopicStake = ();
	type ActiveSetHandler = ();
	type TopicLifecycle = ();
	type WeightInfo = ();
}
