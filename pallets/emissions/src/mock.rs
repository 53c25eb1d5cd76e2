//! A test runtime: System, Balances and the four Allora pallets, wired as in the runtime.

use crate as pallet_emissions;
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
		Reputation: pallet_reputation,
		Emissions: pallet_emissions,
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

parameter_types! {
	/// Unbounded unless a test lowers it.
	pub static MaxClosingWeight: polkadot_sdk::frame_support::weights::Weight =
		polkadot_sdk::frame_support::weights::Weight::MAX;
}

#[derive_impl(pallet_topics::config_preludes::TestDefaultConfig)]
impl pallet_topics::Config for Test {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type TopicDeposit = ConstU128<0>;
	type RegistrationDeposit = ConstU128<0>;
	type MaxWorkersPerTopic = ConstU32<16>;
	type TopicStake = Reputation;
	type TopicLifecycle = (Inference, (Reputation, Emissions));
	type ActiveSetHandler = Emissions;
}

#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]
impl pallet_inference::Config for Test {
	type MaxRegretSlots = ConstU32<32>;
	type MaxClosingWeight = MaxClosingWeight;
	type WindowHandler = Reputation;
}

thread_local! {
	static COLLATOR_STAKE: core::cell::RefCell<u128> = const { core::cell::RefCell::new(0) };
}

/// Sets the collators' bonded stake the emission sees.
pub fn set_collator_stake(v: u128) {
	COLLATOR_STAKE.with(|s| *s.borrow_mut() = v);
}

pub struct CollatorStake;
impl polkadot_sdk::frame_support::traits::Get<u128> for CollatorStake {
	fn get() -> u128 {
		COLLATOR_STAKE.with(|s| *s.borrow())
	}
}

parameter_types! {
	/// 10^9 tokens of 10^18 units (mutable, for the test that `integrity_test` rejects 0).
	pub static MaxSupply: u128 = 1_000_000_000 * UNIT;
}

#[derive_impl(pallet_emissions::config_preludes::TestDefaultConfig)]
impl pallet_emissions::Config for Test {
	type MaxSupply = MaxSupply;
	type CollatorStake = CollatorStake;
	type Stakes = Reputation;
	type WorkerResults = Inference;
}

#[derive_impl(pallet_reputation::config_preludes::TestDefaultConfig)]
impl pallet_reputation::Config for Test {
	type RewardsPayer = Emissions;
	type MaxClosingWeight = MaxClosingWeight;
	type WorkerResults = Inference;
}

/// One token.
pub const UNIT: Balance = 1_000_000_000_000_000_000;
pub const CREATOR: AccountId = 1;
pub const DELEGATOR: AccountId = 30;
pub const OUTSIDER: AccountId = 31;
/// Every test account's balance: one million tokens.
pub const BALANCE: Balance = 1_000_000 * UNIT;
pub fn worker(i: u64) -> AccountId {
	10 + i
}
pub fn reputer(i: u64) -> AccountId {
	20 + i
}

/// Epochs of 12 blocks, window 6, ground-truth lag 12, the reference synthesis settings.
pub fn topic_config() -> TopicConfigOf<Test> {
	pallet_topics::TopicConfig::example(12, 6)
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let accounts = [CREATOR, DELEGATOR, OUTSIDER]
		.into_iter()
		.chain((0..10).map(worker))
		.chain((0..6).map(reputer));
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.map(|a| (a, BALANCE)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_topics::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	pallet_emissions::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_collator_stake(0);
	});
	ext
}

/// Runs `test` on a fresh chain, then checks every pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		check_invariants();
	});
}

pub fn check_invariants() {
	Topics::do_try_state().unwrap();
	Inference::do_try_state().unwrap();
	Reputation::do_try_state().unwrap();
	Emissions::do_try_state().unwrap();
}

/// Runs block `n`'s hooks in the runtime's order (the block number already set).
pub fn run_hooks(n: u64) {
	<Emissions as Hooks<u64>>::on_initialize(n);
	<Topics as Hooks<u64>>::on_initialize(n);
	<Inference as Hooks<u64>>::on_initialize(n);
	<Reputation as Hooks<u64>>::on_initialize(n);
}

/// Advances to block `n`, running the hooks in the runtime's order at each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		run_hooks(next);
	}
}

/// Topic 1 with `workers` workers and `reputers` reputers registered (none staked).
pub fn topic(workers: u64, reputers: u64) -> TopicId {
	assert_ok!(Topics::create_topic(RuntimeOrigin::signed(CREATOR), topic_config()));
	let id = pallet_topics::TopicCount::<Test>::get();
	for i in 0..workers {
		assert_ok!(Topics::register(RuntimeOrigin::signed(worker(i)), id, Role::Worker));
	}
	for i in 0..reputers {
		assert_ok!(Topics::register(RuntimeOrigin::signed(reputer(i)), id, Role::Reputer));
	}
	id
}
