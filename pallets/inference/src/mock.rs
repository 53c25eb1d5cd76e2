//! A test runtime: System, Balances, Topics and this pallet.

use crate as pallet_inference;
use allora_synthesis::Fixed;
use core::cell::RefCell;
use pallet_topics::{Role, TopicConfigOf, TopicId};
use polkadot_sdk::{
	frame_support::{
		assert_ok, derive_impl, parameter_types,
		traits::{ConstU128, ConstU32, Hooks},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

polkadot_sdk::frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Topics: pallet_topics,
		Inference: pallet_inference,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<5>;
}

thread_local! {
	static STAKE: RefCell<u128> = const { RefCell::new(1_000_000) };
}

pub struct MockStake;
impl allora_primitives::TopicStake<u64> for MockStake {
	fn topic_stake(_: TopicId) -> u128 {
		STAKE.with(|v| *v.borrow())
	}
	fn on_block_start(_: u64) -> polkadot_sdk::frame_support::weights::Weight {
		polkadot_sdk::frame_support::weights::Weight::zero()
	}
}

parameter_types! {
	/// Unbounded unless a test lowers it.
	pub static MaxClosingWeight: polkadot_sdk::frame_support::weights::Weight =
		polkadot_sdk::frame_support::weights::Weight::MAX;
	/// 10^9.
	/// Mutable, for the test that `integrity_test` rejects 0.
	pub static MaxAbsValue: Fixed = crate::config_preludes::TestMaxAbsValue::get();
}

#[derive_impl(pallet_topics::config_preludes::TestDefaultConfig)]
impl pallet_topics::Config for Test {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type TopicDeposit = ConstU128<0>;
	type RegistrationDeposit = ConstU128<0>;
	type MaxReputersPerTopic = ConstU32<4>;
	type TopicStake = MockStake;
	type TopicLifecycle = Inference;
}

#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]
impl pallet_inference::Config for Test {
	type MaxAbsValue = MaxAbsValue;
	type MaxClosingWeight = MaxClosingWeight;
}

/// Workers 10..=17, an outsider 30, all with 1 000 000 units.
pub const CREATOR: AccountId = 1;
pub const OUTSIDER: AccountId = 30;
pub fn worker(i: u64) -> AccountId {
	10 + i
}

/// A topic with 12-block epochs, the given window, lag 12, the reference synthesis settings.
pub fn topic_config(window: u32) -> TopicConfigOf<Test> {
	pallet_topics::TopicConfig::example(12, window)
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let accounts = [CREATOR, 2, OUTSIDER].into_iter().chain((0..8).map(worker));
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.map(|a| (a, 1_000_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_topics::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh chain, then checks both pallets' invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Topics::do_try_state().unwrap();
		Inference::do_try_state().unwrap();
	});
}

/// Advances to block `n`, running both hooks (topics first, as in the runtime) at each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Topics as Hooks<u64>>::on_initialize(next);
		<Inference as Hooks<u64>>::on_initialize(next);
	}
}

/// Creates topic 1 with the given window and registers `workers` workers (0..workers); its
/// first epoch starts at block 13.
pub fn topic_with_workers(window: u32, workers: u64) -> TopicId {
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), topic_config(window)));
	let id = pallet_topics::TopicCount::<Test>::get();
	for i in 0..workers {
		assert_ok!(Topics::register(RuntimeOrigin::signed(worker(i)), id, Role::Worker));
	}
	id
}
