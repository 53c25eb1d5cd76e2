//! A test runtime: System, Balances and this pallet, with a settable topic stake.

use crate::{self as pallet_topics, Role, Topic, TopicConfigOf, TopicId};
use allora_primitives::TopicLifecycle;
use core::cell::RefCell;
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32, weights::Weight},
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
	type ExistentialDeposit = ConstU128<ED>;
}

pub const ED: Balance = 5;
/// Held from a topic's creator.
pub const TOPIC_DEPOSIT: Balance = 1_000;
/// Held from each registered account.
pub const REGISTRATION_DEPOSIT: Balance = 100;
use polkadot_sdk::frame_support::traits::ConstU128;

parameter_types! {
	/// Mutable, for the test that `integrity_test` rejects 0.
	pub static MaxDueTopicsPerBlock: u32 = 2;
}

thread_local! {
	static STAKE: RefCell<u128> = const { RefCell::new(0) };
	static EPOCHS: RefCell<Vec<(TopicId, u64)>> = const { RefCell::new(Vec::new()) };
	static OPEN_WINDOWS: RefCell<bool> = const { RefCell::new(false) };
}

/// Whether every topic reports open worker or reputer windows (the other pallets' answer).
pub fn set_open_windows(open: bool) {
	OPEN_WINDOWS.with(|v| *v.borrow_mut() = open);
}

/// Sets the stake every topic reports.
pub fn set_stake(s: u128) {
	STAKE.with(|v| *v.borrow_mut() = s);
}

/// The epochs the handler saw, in order.
pub fn epochs_started() -> Vec<(TopicId, u64)> {
	EPOCHS.with(|v| v.borrow().clone())
}

pub struct MockStake;
impl allora_primitives::TopicStake<u64> for MockStake {
	fn topic_stake(_: TopicId) -> u128 {
		STAKE.with(|v| *v.borrow())
	}
	fn on_block_start(_: u64) -> Weight {
		Weight::zero()
	}
}

pub struct RecordEpochs;
impl TopicLifecycle<AccountId, u64> for RecordEpochs {
	fn on_epoch_start(topic_id: TopicId, _: &Topic<AccountId, u64>, nonce: u64) -> Weight {
		EPOCHS.with(|v| v.borrow_mut().push((topic_id, nonce)));
		Weight::zero()
	}
	fn on_unregister(_: TopicId, _: Role, _: &AccountId) -> Weight {
		Weight::zero()
	}
	fn on_unregister_weight() -> Weight {
		Weight::zero()
	}
	fn has_open_nonces(_: TopicId) -> bool {
		OPEN_WINDOWS.with(|v| *v.borrow())
	}
	fn on_retire(_: TopicId, _: u32) -> (Weight, bool) {
		(Weight::zero(), true)
	}
	fn on_retire_weight(_: u32) -> Weight {
		Weight::zero()
	}
}

#[derive_impl(pallet_topics::config_preludes::TestDefaultConfig)]
impl pallet_topics::Config for Test {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type TopicDeposit = ConstU128<TOPIC_DEPOSIT>;
	type RegistrationDeposit = ConstU128<REGISTRATION_DEPOSIT>;
	type MaxWorkersPerTopic = ConstU32<4>;
	type MaxReputersPerTopic = ConstU32<2>;
	type MaxActiveTopics = ConstU32<3>;
	type MaxDueTopicsPerBlock = MaxDueTopicsPerBlock;
	type TopicStake = MockStake;
	type TopicLifecycle = RecordEpochs;
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
/// Has the existential deposit only: cannot pay any fee and stay alive.
pub const POOR: AccountId = 9;

/// A valid topic: 12-block epochs, lag 12, window 6, the reference synthesis settings.
pub fn topic_config() -> TopicConfigOf<Test> {
	crate::TopicConfig::example(12, 6)
}

/// Genesis: accounts 1..=8 with 1_000_000 units each, `POOR` with `ED`, reference parameters.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=8).map(|a| (a, 1_000_000)).collect();
	balances.push((POOR, ED));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_topics::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_stake(0);
		EPOCHS.with(|v| v.borrow_mut().clear());
		OPEN_WINDOWS.with(|v| *v.borrow_mut() = false);
	});
	ext
}

/// Runs `test` on a fresh chain, then checks the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Topics::do_try_state().unwrap();
	});
}

/// Advances to block `n`, running the topics hook at each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Topics as polkadot_sdk::frame_support::traits::Hooks<u64>>::on_initialize(next);
	}
}
