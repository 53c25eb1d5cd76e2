//! # Reputation pallet
//!
//! Reputers stake on topics and, once a topic's ground truth is known, report the losses of what
//! the network produced; the stake-weighted *network losses* then update every worker's regret
//! (the inference pallet's synthesis state) and score the reputers by their closeness to the
//! consensus.
//!
//! ## Stake
//! - [`add_stake`](Pallet::add_stake): a registered reputer stakes on its own position in a
//!   topic; [`delegate_stake`](Pallet::delegate_stake): anyone stakes behind a reputer. The funds
//!   stay in the staker's account, held with [`HoldReason::Stake`].
//! - [`remove_stake`](Pallet::remove_stake) / [`remove_delegate_stake`](Pallet::remove_delegate_stake)
//!   request a removal that executes `RemoveStakeDelayWindow` blocks later (a new request
//!   replaces the pending one and restarts the delay); `cancel_*` withdraws the request. The
//!   stake counts, and works, until the removal executes. At most
//!   `2 · HalfMaxProcessStakeRemovalsEndBlock` removals execute per block; the rest wait for the
//!   next blocks.
//! - A reputer's *authority* stake is its own plus what is delegated to it; it must reach
//!   `RequiredMinimumStake` to report losses, and it weighs the reputer's report.
//!
//! ## Losses
//! When the worker window of nonce `n` closes with a network inference (block `c`), `n` gets its
//! reputer window ([`Event::ReputerNonceOpened`]): reports are accepted in the blocks
//! `max(n + lag, c + 1) ..` for `epoch_length` blocks, whatever the epoch schedule. Staked
//! reputers call [`submit_reputer_payload`](Pallet::submit_reputer_payload) with a
//! [`LossReport`] naming exactly the participants of that nonce. At the close, the reports of
//! reputers still above the minimum stake give the network losses (mean weighted by authority
//! stake), which update the regrets; the reputers are scored (rewards spec §3.3) and their
//! listening coefficients updated.
//!
//! ## Rewards
//! A reputer's reward (paid by the emissions pallet through [`RewardsPayer`]) is staked for it,
//! except its delegators' share (their stake's part of its authority stake), which waits in the
//! pending-rewards account: each delegator collects `amount · reward per share − debt` when its
//! delegation changes or with [`claim_delegator_rewards`](Pallet::claim_delegator_rewards).
//! At most `MaxTopReputersToReward` reputers are scored per nonce: the best by score EMA.

//!
//! ## Example
//! A reputer stakes on its topic, which makes the topic's weight qualify (the test this is
//! taken from):
#![doc = docify::embed!("src/tests/mod.rs", add_stake_holds_the_funds_counts_them_and_activates_the_topic)]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod config_preludes;
mod dispatchable_impls;
mod handlers;
mod params;
mod queries;
mod rewards;
mod scoring;
mod stake;
mod try_state;
mod types;
mod weight_model;
pub mod weights;
mod windows;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use params::{ReputationParam, ReputationParams, MAX_GRADIENT_DESCENT_ITERS};
pub use queries::{DelegationView, ReputerStakeView, ReputerWindowView, StakeTotals};
pub use scoring::{loss_columns, loss_rows, scoring_units};
pub use types::*;
pub use weights::WeightInfo;

use alloc::{collections::BTreeSet, vec::Vec};
use allora_primitives::{
	commit_reveal::{self, Commitment, Salt, WindowPhase},
	queue::{insert_sorted, retire_into, take_due},
	ParamSet, RewardsPayer, ScoredReputer, StakeLedger, StoredLossReport, TopicLifecycle,
	WorkerResults,
};
use allora_rewards::reputers::{reputer_scores, stake_fractions, LossRow, ReputerParams};
use allora_synthesis::{losses::network_losses, losses::LossBundle, Fixed, SynthesisError};
use pallet_topics::{RewardTask, Role, TopicId, TopicOf, TopicsParams};
use polkadot_sdk::{
	frame_support::{
		self,
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, MutateHold},
			tokens::Precision,
		},
	},
	frame_system::{self, pallet_prelude::*},
	sp_runtime::{
		traits::{Saturating, Zero},
		SaturatedConversion,
	},
};

/// The balance type of stakes: the topics pallet's currency, the one token fees, deposits,
/// stakes and rewards are all paid in.
pub type BalanceOf<T> = pallet_topics::BalanceOf<T>;
/// The token staked (held in the staker's account): the topics pallet's currency.
pub(crate) type StakeCurrency<T> = <T as pallet_topics::Config>::Currency;
/// A loss report as submitted (and as the network losses are stored).
pub type LossReportOf<T> = LossReport<
	<T as frame_system::Config>::AccountId,
	<T as pallet_topics::Config>::MaxWorkersPerTopic,
>;
/// A topic's open reputer windows.
pub type OpenReputerNoncesOf<T> = BoundedVec<
	ReputerNonce<BlockNumberFor<T>>,
	<T as pallet_topics::Config>::MaxUnfulfilledRequests,
>;
/// A loss report as stored: compact, in the nonce's participants' order.
pub type StoredLossReportOf<T> = StoredLossReport<<T as pallet_topics::Config>::MaxWorkersPerTopic>;
/// A scheduled reputer-window close: `(closes at, topic, worker nonce)`.
pub type Closing<T> = (BlockNumberFor<T>, TopicId, BlockNumberFor<T>);

/// Parameter changes of one `set_params` call.
pub type ParamUpdates = BoundedVec<ReputationParam, ConstU32<32>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Stake of a reputer or a delegator in a topic.
		Stake,
	}

	#[pallet::config(with_default)]
	pub trait Config:
		polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ pallet_topics::Config<RuntimeHoldReason: From<HoldReason>>
	{
		/// The worker side of each epoch (the inference pallet): the participants a report
		/// must name, the value bound, and where the network losses go.
		#[pallet::no_default]
		type WorkerResults: WorkerResults<Self::AccountId, BlockNumberFor<Self>>;
		/// Closed reputer nonces whose records a topic keeps at most.
		#[pallet::constant]
		type MaxHistory: Get<u32>;
		/// Reputer windows open at once across all topics (the reputer closing queue).
		#[pallet::constant]
		type MaxOpenWindows: Get<u32>;
		/// Derives the account that keeps the delegators' rewards until they collect them.
		#[pallet::constant]
		type PendingRewardsPalletId: Get<polkadot_sdk::frame_support::PalletId>;
		/// Hears of every reputer nonce closed with network losses (pays the rewards).
		#[pallet::no_default_bounds]
		type RewardsPayer: RewardsPayer<Self::AccountId, BlockNumberFor<Self>>;
		/// Stake removals that may fall due in one block.
		#[pallet::constant]
		type MaxRemovalsPerBlock: Get<u32>;
		/// The weight the block hook may spend closing reputer nonces (with their rewards): it
		/// closes only as many due nonces as fit at their worst case (at least one per block);
		/// the others wait in the queue for the next blocks.
		#[pallet::constant]
		type MaxClosingWeight: Get<Weight>;
		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// Each reputer's own stake per topic.
	#[pallet::storage]
	pub type ReputerStake<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// Delegations: `(topic, reputer, delegator) → amount`.
	#[pallet::storage]
	pub type Delegations<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, TopicId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The stake delegated to each reputer per topic (the sum of its delegations).
	#[pallet::storage]
	pub type DelegatedStake<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The delegators' reward per unit of stake delegated to a reputer in a topic, accrued
	/// since the delegation started (18-decimal fixed point; grows with every reward).
	#[pallet::storage]
	pub type RewardPerShare<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		T::AccountId,
		Fixed,
		ValueQuery,
	>;

	/// What each delegation has collected already, as `amount · reward per share` at its last
	/// collection: `(topic, reputer, delegator) → smallest unit`.
	#[pallet::storage]
	pub type RewardDebt<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, TopicId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		u128,
		ValueQuery,
	>;

	/// Each topic's total stake: its reputers' own and delegated stake.
	#[pallet::storage]
	pub type TopicStake<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, BalanceOf<T>, ValueQuery>;

	/// The stake of all topics together.
	#[pallet::storage]
	pub type TotalStake<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The pending stake removals.
	#[pallet::storage]
	pub type PendingRemovals<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		StakeKey<T::AccountId>,
		Removal<BalanceOf<T>, BlockNumberFor<T>>,
	>;

	/// The removals falling due at each block (entries of cancelled or replaced requests are
	/// skipped when reached).
	#[pallet::storage]
	pub type RemovalQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<StakeKey<T::AccountId>, T::MaxRemovalsPerBlock>,
		ValueQuery,
	>;

	/// The first block of [`RemovalQueue`] not yet fully processed.
	#[pallet::storage]
	pub type RemovalCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The open reputer nonces of each topic, oldest first.
	#[pallet::storage]
	pub type OpenReputerNonces<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, OpenReputerNoncesOf<T>, ValueQuery>;

	/// The open reputer windows of all topics by closing block, sorted.
	#[pallet::storage]
	pub type ReputerClosingQueue<T: Config> =
		StorageValue<_, BoundedVec<Closing<T>, T::MaxOpenWindows>, ValueQuery>;

	/// The reputers' loss reports: `((topic, worker nonce), reputer) → report`, each loss
	/// compact and in the order of the nonce's participants (the five lists of the report,
	/// each sorted by account: `StoredLossReport`), so that a close reads about 9 bytes a
	/// loss, not 48.
	#[pallet::storage]
	pub type LossReports<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		StoredLossReportOf<T>,
	>;

	/// Commitments of commit–reveal topics
	/// ([`commit_reputer_payload`](Pallet::commit_reputer_payload)): `((topic, worker nonce),
	/// reputer) → blake2_256(SCALE(report) ++ salt ++ SCALE(reputer))`. At most one per reputer
	/// and nonce, counted in the window's `reports` (bounded by `MaxReputersPerTopic`; a reputer
	/// leaving takes its commitments at open nonces with it); kept after the reveal, so that
	/// anyone can see who committed and did not reveal, and deleted with the nonce's reports.
	#[pallet::storage]
	pub type ReputerCommitments<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		Commitment,
	>;

	/// The rewards of closed reputer nonces that did not fit in their close's block, by
	/// `(topic, worker nonce)`: the scored reputers with their stakes at the close (the network
	/// losses are [`NetworkLossesAt`]'s). The block hook pays them from the next block on, in
	/// the order of [`PaymentQueue`], before any reputer close; meanwhile the topic cannot
	/// retire and its next reputer close waits.
	#[pallet::storage]
	pub type PaymentsDue<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		BoundedVec<ScoredReputer<T::AccountId>, <T as pallet_topics::Config>::MaxActiveReputers>,
	>;

	/// The keys of [`PaymentsDue`], in the order they are paid.
	#[pallet::storage]
	pub type PaymentQueue<T: Config> =
		StorageValue<_, BoundedVec<(TopicId, BlockNumberFor<T>), T::MaxOpenWindows>, ValueQuery>;

	/// The network losses of each closed reputer nonce.
	#[pallet::storage]
	pub type NetworkLossesAt<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Twox64Concat,
		BlockNumberFor<T>,
		LossReportOf<T>,
	>;

	/// Each reputer's listening coefficient per topic (how much of its stake the consensus
	/// listens to); 1 when absent.
	#[pallet::storage]
	pub type ListeningCoefficients<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, TopicId, Blake2_128Concat, T::AccountId, Fixed>;

	/// The reputers' scores of each closed reputer nonce, by account.
	#[pallet::storage]
	pub type ReputerScores<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<(T::AccountId, Fixed), T::MaxReputersPerTopic>,
	>;

	/// The closed reputer nonces of each topic whose records are kept, oldest first.
	#[pallet::storage]
	pub type ReputerHistory<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		TopicId,
		BoundedVec<BlockNumberFor<T>, T::MaxHistory>,
		ValueQuery,
	>;

	/// The pallet's parameters ([`ReputationParams`]); the privileged origin changes them with
	/// [`set_params`](Pallet::set_params).
	#[pallet::storage]
	pub type Params<T> = StorageValue<_, ReputationParams, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The pallet's parameters at genesis (missing fields take the reference defaults).
		pub params: ReputationParams,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::check_params(&self.params)
				.expect("genesis reputation parameters are valid");
			Params::<T>::put(&self.params);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The privileged origin changed the pallet's parameters.
		ParamsUpdated { updates: ParamUpdates },
		/// A reputer added to its own stake in a topic.
		StakeAdded { topic_id: TopicId, reputer: T::AccountId, amount: BalanceOf<T> },
		/// A delegator staked behind a reputer.
		StakeDelegated {
			topic_id: TopicId,
			reputer: T::AccountId,
			delegator: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// A stake removal was requested; it executes at block `due`.
		StakeRemovalRequested {
			key: StakeKey<T::AccountId>,
			amount: BalanceOf<T>,
			due: BlockNumberFor<T>,
		},
		/// A pending stake removal was cancelled.
		StakeRemovalCancelled { key: StakeKey<T::AccountId> },
		/// A stake removal executed: `amount` is released to the staker.
		StakeRemoved { key: StakeKey<T::AccountId>, amount: BalanceOf<T> },
		/// Worker nonce `nonce` has a reputer window: its losses are accepted in the blocks
		/// `opens_at ..= closes_at − 1` (at least `epoch_length` blocks).
		ReputerNonceOpened {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			opens_at: BlockNumberFor<T>,
			closes_at: BlockNumberFor<T>,
		},
		/// A reputer reported the losses of a nonce (or revealed its committed report, on a
		/// commit–reveal topic).
		LossesReported { topic_id: TopicId, nonce: BlockNumberFor<T>, reputer: T::AccountId },
		/// A reputer of a commit–reveal topic committed to a report for a nonce (the report
		/// follows, as `LossesReported`, when the reputer reveals it).
		ReportCommitted { topic_id: TopicId, nonce: BlockNumberFor<T>, reputer: T::AccountId },
		/// A reputer left the topic: its reports at `nonces` open reputer nonces were withdrawn.
		ReportsWithdrawn { topic_id: TopicId, reputer: T::AccountId, nonces: u32 },
		/// A reputer window closed: the network losses of `reputers` reports updated the
		/// regrets and scored those reputers.
		NetworkLossesComputed {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			network_loss: Fixed,
			reputers: u32,
		},
		/// A reputer nonce's rewards did not fit in its close's block: they are paid from the
		/// next block on (see [`PaymentsDue`]).
		RewardsDeferred { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// A reputer window closed without a report from a sufficiently staked reputer.
		ReputerNonceClosedEmpty { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// A reputer window closed but its losses could not be processed (the topic goes on).
		LossesFailed { topic_id: TopicId, nonce: BlockNumberFor<T>, error: SynthesisError },
		/// A reputer nonce was dropped unprocessed (too many open, or no window slot free).
		ReputerNonceDropped { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// A reputer's reward: `staked` added to its own stake, `to_delegators` to its
		/// delegators' pending rewards.
		ReputerRewarded {
			topic_id: TopicId,
			reputer: T::AccountId,
			staked: BalanceOf<T>,
			to_delegators: BalanceOf<T>,
		},
		/// A delegator collected `amount` of rewards from its delegation to `reputer`.
		DelegatorRewardPaid {
			topic_id: TopicId,
			reputer: T::AccountId,
			delegator: T::AccountId,
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No topic has this id.
		NoSuchTopic,
		/// The account is not a registered reputer of the topic.
		NotRegisteredReputer,
		/// The amount is zero.
		ZeroAmount,
		/// The account cannot hold this amount (free balance too low).
		CannotHold,
		/// The amount exceeds the stake it would come from.
		InsufficientStake,
		/// A reputer cannot delegate to itself (it stakes with `add_stake`).
		SelfDelegation,
		/// There is no pending removal to cancel.
		NoPendingRemoval,
		/// Too many removals fall due in that block already; try again next block.
		RemovalQueueFull,
		/// The reputer's authority stake is below `RequiredMinimumStake`.
		BelowMinimumStake,
		/// The nonce has no reputer window (never had a network inference, or closed).
		ReputerNonceNotOpen,
		/// The nonce's reputer window has not started: its ground truth is not due yet (see
		/// `opens_at` in the `ReputerNonceOpened` event).
		ReputerWindowNotStarted,
		/// The nonce's reputer window is over (`closes_at` has come); it is being closed.
		ReputerWindowOver,
		/// This reputer already reported this nonce.
		AlreadyReported,
		/// A list of the report does not name exactly the nonce's participants.
		WrongParticipants,
		/// A loss is larger in magnitude than `MaxAbsValue`.
		ValueOutOfRange,
		/// The delegation has no reward to collect.
		NothingToClaim,
		/// The nonce has `MaxReputersPerTopic` reports already.
		TooManyReports,
		/// The stake (your own, or this delegation) would stay below `MinStakeAmount`.
		StakeBelowMinimum,
		/// The removal would leave a stake below `MinStakeAmount`: remove all of it, or less.
		RemovalLeavesDust,
		/// A parameter update sets a fraction outside `[0, 1]`.
		ParamNotAFraction,
		/// A parameter update sets a non-positive value where a positive one is required.
		ParamNotPositive,
		/// A parameter update sets a negative value.
		ParamNegative,
		/// A parameter update sets 0 where at least 1 is required.
		ParamZero,
		/// A parameter update exceeds the runtime's hard bound for it.
		ParamAboveLimit,
		/// `set_params` got no update.
		NoParamUpdates,
		/// The topic does not use commit–reveal: report with `submit_reputer_payload`.
		CommitRevealOff,
		/// The topic uses commit–reveal: commit with `commit_reputer_payload`, then reveal with
		/// `reveal_reputer_payload`.
		CommitRevealOn,
		/// The nonce's reputer window is not in its commit phase (not started, or revealing
		/// already).
		NotCommitPhase,
		/// This reputer already committed for this nonce.
		AlreadyCommitted,
		/// The nonce's reputer window is not in its reveal phase (still committing).
		NotRevealPhase,
		/// This reputer did not commit for this nonce: nothing to reveal.
		NoCommitment,
		/// The report and salt do not hash to this reputer's commitment.
		RevealMismatch,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Closes the due reputer windows (the stake removals due in this block executed
		/// earlier, before the topics' weights, through [`allora_primitives::TopicStake`]).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::close_due_reputer_nonces(now)
		}

		/// At least one stake removal executes per block; the delegators' pending rewards are kept
		/// apart from the fees (an account of their own); the default parameters lie within the
		/// runtime's bounds.
		fn integrity_test() {
			assert!(T::MaxRemovalsPerBlock::get() > 0, "MaxRemovalsPerBlock must be at least 1");
			assert!(
				Self::check_params(&ReputationParams::default()).is_ok(),
				"the default parameters must lie within the runtime's hard bounds"
			);
			assert!(
				Self::pending_rewards_account() != pallet_topics::Pallet::<T>::ecosystem_account(),
				"PendingRewardsPalletId must give an account other than the ecosystem account"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` (smallest unit) on your own position as a registered reputer of a
		/// topic. The funds stay in your account, held; the stake weighs your loss reports and
		/// the topic's share of the rewards, and may activate the topic.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::add_stake())]
		pub fn add_stake(
			origin: OriginFor<T>,
			topic_id: TopicId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let reputer = ensure_signed(origin)?;
			Self::do_add_stake(reputer, topic_id, amount)
		}

		/// Request the removal of `amount` of your own stake in a topic. It executes
		/// `RemoveStakeDelayWindow` blocks from now; until then the stake still counts. A new
		/// request replaces a pending one and restarts the delay.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::request_removal())]
		pub fn remove_stake(
			origin: OriginFor<T>,
			topic_id: TopicId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let reputer = ensure_signed(origin)?;
			Self::request_removal(StakeKey::Own { topic_id, reputer }, amount)
		}

		/// Cancel your pending removal of own stake in a topic.
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::cancel_removal())]
		pub fn cancel_remove_stake(origin: OriginFor<T>, topic_id: TopicId) -> DispatchResult {
			let reputer = ensure_signed(origin)?;
			Self::cancel_removal(StakeKey::Own { topic_id, reputer })
		}

		/// Stake `amount` behind a registered reputer of a topic. Your funds stay in your
		/// account, held; they add to the reputer's authority stake.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::delegate_stake())]
		pub fn delegate_stake(
			origin: OriginFor<T>,
			topic_id: TopicId,
			reputer: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::do_delegate_stake(delegator, topic_id, reputer, amount)
		}

		/// Request the removal of `amount` of your stake delegated to `reputer` in a topic; it
		/// executes after the removal delay (works also if the reputer left the topic).
		#[pallet::call_index(4)]
		#[pallet::weight(<T as Config>::WeightInfo::request_removal())]
		pub fn remove_delegate_stake(
			origin: OriginFor<T>,
			topic_id: TopicId,
			reputer: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::request_removal(StakeKey::Delegated { topic_id, reputer, delegator }, amount)
		}

		/// Cancel your pending removal of stake delegated to `reputer` in a topic.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::cancel_removal())]
		pub fn cancel_remove_delegate_stake(
			origin: OriginFor<T>,
			topic_id: TopicId,
			reputer: T::AccountId,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::cancel_removal(StakeKey::Delegated { topic_id, reputer, delegator })
		}

		/// Report the losses of worker nonce `nonce` of a topic during its reputer window, the
		/// blocks `opens_at ..= closes_at − 1` of the `ReputerNonceOpened` event (from the
		/// ground truth's block on, for at least `epoch_length` blocks). Each list must name exactly the nonce's
		/// participants (as in `Inference.NetworkInferencesAt`); losses are 18-decimal fixed
		/// point. Needs an authority stake of at least `RequiredMinimumStake`; once per reputer
		/// and nonce; pays the `DataSendingFee` to the topic. Topics with commit–reveal take
		/// `commit_reputer_payload` and `reveal_reputer_payload` instead.
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::submit_reputer_payload(
			report.inferer.len() as u32 + report.forecaster.len() as u32
		))]
		pub fn submit_reputer_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			report: LossReportOf<T>,
		) -> DispatchResult {
			let reputer = ensure_signed(origin)?;
			Self::do_submit_reputer_payload(reputer, topic_id, nonce, report)
		}

		/// Collect the rewards your delegation to `reputer` in a topic has earned (they also
		/// arrive by themselves whenever you delegate more or a removal of yours executes).
		#[pallet::call_index(7)]
		#[pallet::weight(<T as Config>::WeightInfo::claim_delegator_rewards())]
		pub fn claim_delegator_rewards(
			origin: OriginFor<T>,
			topic_id: TopicId,
			reputer: T::AccountId,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::do_claim_delegator_rewards(delegator, topic_id, reputer)
		}

		/// Commit to a loss report for worker nonce `nonce` of a commit–reveal topic, without
		/// showing it.
		///
		/// - `commitment`: `blake2_256(SCALE(report) ++ salt ++ SCALE(reputer))`, the report
		///   being what `reveal_reputer_payload` will take, `salt` 32 secret bytes, `reputer` the
		///   sender's account id.
		///
		/// Accepted in the commit phase of the nonce's reputer window (its blocks before the
		/// topic's reputer reveal phase), once per reputer and nonce, with an authority stake of
		/// at least `RequiredMinimumStake`; pays the `DataSendingFee` to the topic, which is not
		/// refunded if the report is never revealed (an unrevealed commitment is not scored).
		#[pallet::call_index(9)]
		#[pallet::weight(<T as Config>::WeightInfo::commit_reputer_payload())]
		pub fn commit_reputer_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			commitment: Commitment,
		) -> DispatchResult {
			let reputer = ensure_signed(origin)?;
			Self::do_commit_reputer_payload(reputer, topic_id, nonce, commitment)
		}

		/// Reveal the report committed with `commit_reputer_payload`: the same `report` (see
		/// `submit_reputer_payload`) and the `salt` of the commitment.
		///
		/// Accepted in the reveal phase of the nonce's reputer window (its last blocks, the
		/// topic's reputer reveal phase) if they hash to the reputer's commitment; the report
		/// then counts as submitted. Free when it succeeds (the commitment paid).
		#[pallet::call_index(10)]
		#[pallet::weight(<T as Config>::WeightInfo::reveal_reputer_payload(
			report.inferer.len() as u32 + report.forecaster.len() as u32
		))]
		pub fn reveal_reputer_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			report: LossReportOf<T>,
			salt: Salt,
		) -> DispatchResultWithPostInfo {
			let reputer = ensure_signed(origin)?;
			Self::do_reveal_reputer_payload(reputer, topic_id, nonce, report, salt)
		}

		/// Change the pallet's parameters ([`ReputationParams`]; privileged origin only, e.g. sudo or
		/// governance). The updates apply in order; if any value breaks its rule or the runtime's
		/// hard bounds, none does.
		#[pallet::call_index(8)]
		#[pallet::weight(<T as Config>::WeightInfo::set_params(updates.len() as u32))]
		pub fn set_params(origin: OriginFor<T>, updates: ParamUpdates) -> DispatchResult {
			<T as pallet_topics::Config>::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_params(updates)
		}
	}
}
