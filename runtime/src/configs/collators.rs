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
	pub const MaxCollators: u32 = MAX_COLLATORS;
	/// At most this many accounts may offer to collate (`validate`): each is a candidate.
	pub const MaxCollatorCandidates: u32 = MAX_COLLATOR_CANDIDATES;
	/// At most this many accounts may nominate.
	pub const MaxCollatorNominators: u32 = MAX_COLLATOR_NOMINATORS;
	/// A nominator backs at most this many candidates.
	pub const MaxNominations: u32 = MAX_NOMINATIONS;
	/// The election's voters: every nominator and every candidate (which votes for itself).
	pub const MaxElectionVoters: u32 = MAX_ELECTION_VOTERS;
	/// The election reads every voter and every candidate: the caps above are its bounds, so
	/// no voter is ever left out (a left-out voter would be chosen by storage order, which
	/// Sybils could crowd).
	pub ElectionBounds: frame_election_provider_support::bounds::ElectionBounds =
		ElectionBoundsBuilder::default()
			.voters_count(MaxElectionVoters::get().into())
			.targets_count(MaxCollatorCandidates::get().into())
			.build();
}

/// See [`MaxCollators`].
pub const MAX_COLLATORS: u32 = 100;
/// See [`MaxCollatorCandidates`].
pub const MAX_COLLATOR_CANDIDATES: u32 = 200;
/// See [`MaxCollatorNominators`]. With the candidates, the voters of an election: their
/// ledgers, nominations and bonds are what the era change's proof reads (about 1 KB a voter,
/// `docs/security.md`).
pub const MAX_COLLATOR_NOMINATORS: u32 = 1_000;
/// See [`MaxNominations`].
pub const MAX_NOMINATIONS: u32 = 16;
/// See [`MaxElectionVoters`].
pub const MAX_ELECTION_VOTERS: u32 = MAX_COLLATOR_NOMINATORS + MAX_COLLATOR_CANDIDATES;

/// On-chain sequential Phragmén over staking's validators and nominators.
pub struct OnChainSeqPhragmen;
impl onchain::Config for OnChainSeqPhragmen {
	type System = Runtime;
	type Solver = SequentialPhragmen<AccountId, Perbill>;
	type DataProvider = Staking;
	/// Measured in this runtime at the bounds above (`election_benchmarking`).
	type WeightInfo = crate::weights::election::WeightInfo<Runtime>;
	/// Every voter may back one winner: supports are never trimmed.
	type MaxBackersPerWinner = MaxElectionVoters;
	type MaxWinnersPerPage = MaxCollators;
	type Bounds = ElectionBounds;
	type Sort = ConstBool<true>;
}

/// Sizes of the staking benchmarks: up to the candidate and nominator caps.
pub struct StakingBenchmarkingConfig;
impl pallet_staking::BenchmarkingConfig for StakingBenchmarkingConfig {
	type MaxValidators = MaxCollatorCandidates;
	type MaxNominators = MaxCollatorNominators;
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
	type NominationsQuota = pallet_staking::FixedNominationsQuota<MAX_NOMINATIONS>;
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
	type WeightInfo = crate::weights::staking::WeightInfo<Runtime>;
}
