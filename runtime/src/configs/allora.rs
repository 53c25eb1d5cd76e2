//! The Allora pallets: topics, inference, reputation and emissions.

use crate::{
	AccountId, Balance, Balances, Emissions, Inference, Reputation, Runtime, RuntimeHoldReason,
	ALLO, DAYS, MILLI_ALLO,
};
use allora_synthesis::Fixed;
use frame_support::{
	parameter_types,
	traits::{ConstU32, Get},
	weights::Weight,
	PalletId,
};
use frame_system::EnsureRoot;
use polkadot_sdk::*;
use sp_runtime::Perbill;

parameter_types! {
	/// Derives the ecosystem account, which receives every topic fee.
	pub const EcosystemPalletId: PalletId = PalletId(*b"allo/eco");
	/// Derives the account that keeps delegators' rewards until they collect them.
	pub const PendingRewardsPalletId: PalletId = PalletId(*b"allo/dlg");
	/// 10^9: the largest magnitude of an inference or forecasted loss.
	pub const MaxAbsValue: Fixed = Fixed::from_raw(1_000_000_000 * 1_000_000_000_000_000_000);
	/// Worker-window closes (the active sets chosen, the synthesis, the staged regret updates
	/// and the prunes) may use 10% of the block's ref time and 25% of its proof size (the PoV),
	/// in stages over several blocks when a close needs more; reputer closes (losses, scores,
	/// the regret update handed over, rewards and prunes) as much, their rewards deferred to
	/// the next block when they do not fit. At the hard bounds (`MaxActiveWorkers`,
	/// `MaxActiveReputers`, 20 gradient steps) every stage, close and payment fits its budget;
	/// at the genesis parameters all our hooks together (epoch starts, closes, stake removals,
	/// the block's emission) stay within 25% of the block's ref time and 80% of its proof size
	/// (benchmarks/README.md, checked by `runtime/tests/hooks.rs`).
	pub MaxWindowClosingWeight: Weight = block_share(10, 25);
	/// See [`MaxWindowClosingWeight`].
	pub MaxReputerClosingWeight: Weight = block_share(10, 25);
}

/// `ref_time` percent of the block's ref time and `proof` percent of its proof size.
fn block_share(ref_time: u32, proof: u32) -> Weight {
	let max = crate::configs::RuntimeBlockWeights::get().max_block;
	Weight::from_parts(
		Perbill::from_percent(ref_time) * max.ref_time(),
		Perbill::from_percent(proof) * max.proof_size(),
	)
}

/// Topics that may be active at once; the epoch schedule the topics hook reads each block holds
/// one `(block, topic)` pair (12 bytes) per active topic.
pub const MAX_ACTIVE_TOPICS: u32 = 128;

parameter_types! {
	/// A topic's own items: the topic (715 bytes at most), its fee revenue, its weight and
	/// its place in the epoch schedule.
	pub const TopicDeposit: Balance = crate::deposit(4, 800);
	/// A registration and its share of the count.
	pub const RegistrationDeposit: Balance = crate::deposit(1, 80);
}

impl pallet_topics::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type AdminOrigin = EnsureRoot<AccountId>;
	type PalletId = EcosystemPalletId;
	type TopicDeposit = TopicDeposit;
	type RegistrationDeposit = RegistrationDeposit;
	type MaxWorkersPerTopic = ConstU32<256>;
	type MaxReputersPerTopic = ConstU32<64>;
	type MaxActiveTopics = ConstU32<MAX_ACTIVE_TOPICS>;
	// The topics hook weighs at most 4 due topics a block (each settles its share of the
	// emission): with the other hooks at their worst, within 80% of the block's proof
	// (`runtime/tests/hooks.rs`). More topics due in one block wait for the next ones, their
	// period kept.
	type MaxDueTopicsPerBlock = ConstU32<4>;
	type MaxUnfulfilledRequests = ConstU32<100>;
	type MaxForecastElements = ConstU32<64>;
	// Active inferers and forecasters together (38 until issue 19: the reference's default
	// 32 + 6): 256 of each (every worker of a full topic both), or any split, close within 10%
	// of the block's ref time and 25% of its proof in every block (window closes and regret
	// updates in stages, rewards deferred when they do not fit; benchmarks/README.md, "One
	// epoch of a topic with 256 inferers and 256 forecasters").
	type MaxActiveWorkers = ConstU32<512>;
	// Scored reputers per topic (the reference's default is 6): the scoring's cost grows with
	// the cube of this bound (`scoring_units`); at 28 reputers and 20 gradient steps the worst
	// reputer close of a 256 × 256 epoch is 168 ms of its 200 (32 would be 200.3 ms; 64 would
	// take 0.68 s of scoring alone). At the weights of 2026-12-05 only 8 fitted.
	type MaxActiveReputers = ConstU32<28>;
	type TopicStake = Reputation;
	// At an epoch start the inference pallet opens the worker nonce. A participant that leaves
	// takes its open payloads and reports with it, and each pallet forgets what it kept about
	// it in that role.
	type TopicLifecycle = (Inference, (Reputation, Emissions));
	type ActiveSetHandler = Emissions;
	type WeightInfo = pallet_topics::weights::SubstrateWeight<Runtime>;
}

impl pallet_inference::Config for Runtime {
	// `MinEpochLengthRecordLimit` + up to 100 epochs of ground-truth lag + 1, with room.
	type MaxHistory = ConstU32<110>;
	// Each active topic has at most two windows open (a window may last a whole epoch).
	type MaxOpenWindows = ConstU32<{ 2 * MAX_ACTIVE_TOPICS }>;
	type MaxAbsValue = MaxAbsValue;
	// Every worker of a full topic (256) in both roles' rows, with room for the workers who
	// come and go (ready for 256 × 256 active sets): a full row is at most 8 KB (15 bytes a
	// cell at the widest regret, ±2·`MaxAbsValue`).
	type MaxRegretSlots = ConstU32<544>;
	type MaxClosingWeight = MaxWindowClosingWeight;
	// A closed worker window with a network inference opens its reputer window.
	type WindowHandler = Reputation;
	type WeightInfo = pallet_inference::weights::SubstrateWeight<Runtime>;
}

impl pallet_reputation::Config for Runtime {
	type PendingRewardsPalletId = PendingRewardsPalletId;
	// A closed reputer nonce's rewards are paid by the emissions pallet.
	type RewardsPayer = Emissions;
	// Reports are checked against, and network losses handed to, the inference pallet.
	type WorkerResults = Inference;
	// As the inference pallet's: `MinEpochLengthRecordLimit` closed reputer nonces are kept,
	// with room.
	type MaxHistory = ConstU32<110>;
	// Each active topic has at most two reputer windows open in the usual rhythm; more wait
	// for a free place (`ReputerNonceDropped`).
	type MaxOpenWindows = ConstU32<{ 2 * MAX_ACTIVE_TOPICS }>;
	type MaxRemovalsPerBlock = ConstU32<256>;
	type MaxClosingWeight = MaxReputerClosingWeight;
	type WeightInfo = pallet_reputation::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Derives the rewards account, which pays the AI network's participants.
	pub const RewardsPalletId: PalletId = PalletId(*b"allo/rwd");
	/// One billion ALLO: the most that will ever exist.
	pub const MaxSupply: u128 = 1_000_000_000 * ALLO;
}

/// The stake bonded behind the collators in the active era (pallet-staking).
pub struct CollatorStake;
impl Get<u128> for CollatorStake {
	fn get() -> u128 {
		pallet_staking::ActiveEra::<Runtime>::get()
			.map(|era| pallet_staking::ErasTotalStake::<Runtime>::get(era.index))
			.unwrap_or(0)
	}
}

impl pallet_emissions::Config for Runtime {
	type MaxSupply = MaxSupply;
	// The stake ledger and the worker side it pays.
	type Stakes = Reputation;
	type WorkerResults = Inference;
	type RewardsPalletId = RewardsPalletId;
	type CollatorStake = CollatorStake;
	type WeightInfo = pallet_emissions::weights::SubstrateWeight<Runtime>;
}

/// The topics pallet's parameters at genesis: the reference's block-based ones for this
/// chain's 6-second blocks, and the anti-spam amounts stated in ALLO (the reference's amounts
/// are in its own smallest unit; taken as ours they would be 10^-14 ALLO, below the existential
/// deposit). Each amount's reason, as what a spammer pays per unit of harm, is in
/// `docs/tokenomics.md`.
pub fn genesis_topics_params() -> pallet_topics::TopicsParams {
	pallet_topics::TopicsParams {
		// 30 days.
		blocks_per_month: 30 * DAYS,
		// 36 seconds, as the reference's 12 blocks of 3 s.
		min_epoch_length: 6,
		// 30 days: a topic holds its place in the epoch schedule for at most a month between
		// two weighings.
		max_epoch_length: 30 * DAYS,
		// A topic inactive for 90 days may be retired with its storage.
		retire_inactive_topics_after: 90 * DAYS,
		// A topic is 0.7 KB of state and one of 128 places in the epoch schedule.
		create_topic_fee: 10 * ALLO,
		// A registration is one of a topic's 256 worker or 64 reputer places.
		registration_fee: ALLO,
		// A payload is up to 3 KB, kept for a few epochs; about the extrinsic's own fee.
		data_sending_fee: MILLI_ALLO,
		// Weight `stake^½ · (fee revenue per block)^½` in ALLO: e.g. 100 ALLO of stake and the
		// 10 ALLO creation fee over a 600-block epoch weigh 1.29.
		min_topic_weight: Fixed::ONE,
		..Default::default()
	}
}

/// The reputation pallet's parameters at genesis: the removal delay for 6-second blocks and
/// the stake amounts in ALLO (see [`genesis_topics_params`]).
pub fn genesis_reputation_params() -> pallet_reputation::ReputationParams {
	pallet_reputation::ReputationParams {
		// Three weeks.
		remove_stake_delay_window: 21 * DAYS,
		// Reports weigh in the network losses by stake.
		required_minimum_stake: 100 * ALLO,
		// A stake position (own stake or a delegation) is a storage item of its own.
		min_stake_amount: ALLO,
		..Default::default()
	}
}
