//! A test runtime: System, Balances, Topics, Inference and this pallet, wired as in the runtime.

use crate as pallet_reputation;
use pallet_topics::{Role, TopicConfigOf, TopicId};
use polkadot_sdk::{
	frame_support::{
		assert_ok, derive_impl, parameter_types,
		traits::{ConstU128, Hooks},
		PalletId,
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
	/// The prelude's, mutable for the test that `integrity_test` rejects a shared account.
	pub static PendingRewardsPalletId: PalletId =
		crate::config_preludes::TestPendingRewardsPalletId::get();
}

#[derive_impl(pallet_topics::config_preludes::TestDefaultConfig)]
impl pallet_topics::Config for Test {
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type TopicDeposit = ConstU128<0>;
	type RegistrationDeposit = ConstU128<0>;
	type TopicStake = Reputation;
	type TopicLifecycle = (Inference, Reputation);
}

#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]
impl pallet_inference::Config for Test {
	type MaxClosingWeight = MaxClosingWeight;
	type WindowHandler = Reputation;
}

#[derive_impl(pallet_reputation::config_preludes::TestDefaultConfig)]
impl pallet_reputation::Config for Test {
	type PendingRewardsPalletId = PendingRewardsPalletId;
	type MaxClosingWeight = MaxClosingWeight;
	type WorkerResults = Inference;
}

pub const CREATOR: AccountId = 1;
pub const DELEGATOR: AccountId = 30;
pub const OUTSIDER: AccountId = 31;
/// Every test account's balance: 10^30 (stakes of the simulator reach 10^24).
pub const BALANCE: Balance = 1_000_000_000_000_000_000_000_000_000_000;
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
		.chain((0..8).map(worker))
		.chain((0..6).map(reputer));
	// The pending-rewards account exists from genesis (the runtime's emissions genesis does it).
	let pot = (Reputation::pending_rewards_account(), 5);
	pallet_balances::GenesisConfig::<Test> {
		balances: accounts.map(|a| (a, BALANCE)).chain([pot]).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_topics::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
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
}

/// Advances to block `n`, running the hooks in the runtime's order at each block.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Topics as Hooks<u64>>::on_initialize(next);
		<Inference as Hooks<u64>>::on_initialize(next);
		<Reputation as Hooks<u64>>::on_initialize(next);
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
