//! Collator election: `pallet-staking` elects the collator set each era by on-chain sequential
//! Phragmén; `pallet-session` rotates it in, and the session keys of the elected set are the Aura
//! authorities. Any account can bond and `validate` (offer to collate) or `nominate` collators.
//!
//! The era payout is the collators' share of the Allora emission (the emissions pallet).

use polkadot_sdk::*;

use frame_election_provider_support::{bounds::ElectionBoundsBuilder, onchain, SequentialPhragmen};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32},
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;
use sp_staking::{EraIndex, SessionIndex};

use super::super::{
	AccountId, Aura, Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason,
	Session, SessionKeys, Staking, Timestamp, MINUTES, SLOT_DURATION,
};

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	/// Staking gives the block author era reward points.
	type EventHandler = (Staking,);
}

parameter_types! {
	/// Blocks per session (10 minutes at 6 s blocks).
	pub const Period: BlockNumber = 10 * MINUTES;
	/// The first session ends at block `Offset + Period`.
	pub const Offset: BlockNumber = 0;
	/// See `pallet_session::Config::KeyDeposit`.
	pub const SessionKeyDeposit: Balance = crate::deposit(2, 110);
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	/// A collator is identified by its stash account.
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	/// Staking decides the next set; historical keeps the roots of past sets.
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Runtime, Staking>;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Held while an account has session keys set: its next keys and the owner entry of its
	/// Aura key (two items, about 110 bytes). Refunded by `purge_keys`.
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = pallet_staking::UnitIdentificationOf<Self>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = super::super::AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<100>;
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = frame_support::traits::ConstU64<SLOT_DURATION>;
}

parameter_types! {
	/// Sessions per staking era: an era lasts an hour.
	pub const SessionsPerEra: SessionIndex = 6;
	/// Eras a stash stays bonded after `unbond` (one day).
	pub const BondingDuration: EraIndex = 24;
	/// Slashes are applied after this many eras, so governance can cancel them.
	pub const SlashDeferDuration: EraIndex = 6;
	/// At most this many collators.
	pub const MaxCollators: u32 = 100;
	/// Election bounds: at most 10 000 voters and the collator cap as targets.
	pub ElectionBounds: frame_election_provider_support::bounds::ElectionBounds =
		ElectionBoundsBuilder::default().voters_count(10_000.into()).targets_count(MaxCollators::get().into()).build();
}

/// On-chain sequential Phragmén over staking's validators and nominators.
pub struct OnChainSeqPhragmen;
impl onchain::Config for OnChainSeqPhragmen {
	type System = Runtime;
	type Solver = SequentialPhragmen<AccountId, Perbill>;
	type DataProvider = Staking;
	type WeightInfo = frame_election_provider_support::weights::SubstrateWeight<Runtime>;
	type MaxBackersPerWinner = ConstU32<256>;
	type MaxWinnersPerPage = MaxCollators;
	type Bounds = ElectionBounds;
	type Sort = ConstBool<true>;
}

/// Sizes of the staking benchmarks: up to the collator cap and 1 000 nominators.
pub struct StakingBenchmarkingConfig;
impl pallet_staking::BenchmarkingConfig for StakingBenchmarkingConfig {
	type MaxValidators = MaxCollators;
	type MaxNominators = ConstU32<1000>;
}

impl pallet_staking::Config for Runtime {
	type OldCurrency = Balances;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CurrencyBalance = Balance;
	type UnixTime = Timestamp;
	type CurrencyToVote = sp_staking::currency_to_vote::U128CurrencyToVote;
	type ElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type GenesisElectionProvider = onchain::OnChainExecution<OnChainSeqPhragmen>;
	type NominationsQuota = pallet_staking::FixedNominationsQuota<16>;
	type HistoryDepth = ConstU32<84>;
	type RewardRemainder = ();
	type RuntimeEvent = RuntimeEvent;
	type Slash = ();
	type Reward = ();
	type SessionsPerEra = SessionsPerEra;
	type BondingDuration = BondingDuration;
	type SlashDeferDuration = SlashDeferDuration;
	type AdminOrigin = EnsureRoot<AccountId>;
	type SessionInterface = Self;
	// The validators' share of each block's emission, accrued since the last era.
	type EraPayout = crate::Emissions;
	type NextNewSession = Session;
	type MaxExposurePageSize = ConstU32<256>;
	type MaxValidatorSet = MaxCollators;
	type VoterList = pallet_staking::UseNominatorsAndValidatorsMap<Self>;
	type TargetList = pallet_staking::UseValidatorsMap<Self>;
	type MaxUnlockingChunks = ConstU32<32>;
	type MaxControllersInDeprecationBatch = ConstU32<100>;
	type EventListeners = ();
	type Filter = frame_support::traits::Nothing;
	type BenchmarkingConfig = StakingBenchmarkingConfig;
	type WeightInfo = pallet_staking::weights::SubstrateWeight<Runtime>;
}
