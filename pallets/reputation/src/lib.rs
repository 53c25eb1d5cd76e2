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
//! A reputer's reward (paid by the emissions pallet through [`LossesHandler`]) is staked for it,
//! except its delegators' share (their stake's part of its authority stake), which waits in the
//! pending-rewards account: each delegator collects `amount · reward per share − debt` when its
//! delegation changes or with [`claim_delegator_rewards`](Pallet::claim_delegator_rewards).
//! At most `MaxTopReputersToReward` reputers are scored per nonce: the best by score EMA.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod queries;
mod rewards;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use queries::{DelegationView, ReputerStakeView, StakeTotals};
pub use types::*;
pub use weights::WeightInfo;

use alloc::{collections::BTreeSet, vec::Vec};
use allora_rewards::reputers::{reputer_scores, stake_fractions, LossRow, ReputerParams};
use allora_synthesis::{
	losses::network_losses, losses::LossBundle, regrets::regret_rows_bound, Fixed, SynthesisError,
};
use pallet_inference::WeightInfo as _;
use pallet_topics::{
	queue::{insert_sorted, take_due},
	GlobalParams, RewardTask, Role, TopicHandler, TopicId, TopicOf,
};
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

/// The balance type of stakes.
pub type BalanceOf<T> =
	<<T as Config>::StakeCurrency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A loss report as submitted and stored.
pub type LossReportOf<T> = LossReport<
	<T as frame_system::Config>::AccountId,
	<T as pallet_topics::Config>::MaxWorkersPerTopic,
>;
/// A scheduled reputer-window close: `(closes at, topic, worker nonce)`.
pub type Closing<T> = (BlockNumberFor<T>, TopicId, BlockNumberFor<T>);

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

	#[pallet::config]
	pub trait Config:
		polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ pallet_inference::Config
	{
		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;
		/// The token staked (held in the staker's account).
		type StakeCurrency: MutateHold<Self::AccountId, Reason = <Self as Config>::RuntimeHoldReason>
			+ polkadot_sdk::frame_support::traits::fungible::Mutate<Self::AccountId>;
		/// Derives the account that keeps the delegators' rewards until they collect them.
		#[pallet::constant]
		type PendingRewardsPalletId: Get<polkadot_sdk::frame_support::PalletId>;
		/// Hears of every reputer nonce closed with network losses (pays the rewards).
		type LossesHandler: LossesHandler<Self::AccountId, BlockNumberFor<Self>>;
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
	pub type OpenReputerNonces<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		TopicId,
		BoundedVec<ReputerNonce<BlockNumberFor<T>>, T::MaxUnfulfilledRequests>,
		ValueQuery,
	>;

	/// The open reputer windows of all topics by closing block, sorted.
	#[pallet::storage]
	pub type ReputerClosingQueue<T: Config> =
		StorageValue<_, BoundedVec<Closing<T>, T::MaxOpenWindows>, ValueQuery>;

	/// The reputers' loss reports: `((topic, worker nonce), reputer) → report`.
	#[pallet::storage]
	pub type LossReports<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		LossReportOf<T>,
	>;

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

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
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
		/// A reputer reported the losses of a nonce.
		LossesReported { topic_id: TopicId, nonce: BlockNumberFor<T>, reputer: T::AccountId },
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
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Closes the due reputer windows (the stake removals due in this block executed
		/// earlier, before the topics' weights, through [`pallet_topics::TopicStake`]).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::close_due_reputer_nonces(now)
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
			Self::ensure_reputer(topic_id, &reputer)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			Self::ensure_position(ReputerStake::<T>::get(topic_id, &reputer), amount)?;
			Self::hold(&reputer, amount)?;
			ReputerStake::<T>::mutate(topic_id, &reputer, |s| *s = s.saturating_add(amount));
			TopicStake::<T>::mutate(topic_id, |s| *s = s.saturating_add(amount));
			TotalStake::<T>::mutate(|s| *s = s.saturating_add(amount));
			Self::deposit_event(Event::StakeAdded { topic_id, reputer, amount });
			pallet_topics::Pallet::<T>::try_activate(topic_id, &pallet_topics::Params::<T>::get());
			Ok(())
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
			Self::ensure_reputer(topic_id, &reputer)?;
			ensure!(delegator != reputer, Error::<T>::SelfDelegation);
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			Self::ensure_position(Delegations::<T>::get((topic_id, &reputer, &delegator)), amount)?;
			Self::hold(&delegator, amount)?;
			Self::collect_delegator_reward(topic_id, &reputer, &delegator);
			Delegations::<T>::mutate((topic_id, &reputer, &delegator), |s| {
				*s = s.saturating_add(amount)
			});
			Self::reset_reward_debt(topic_id, &reputer, &delegator);
			DelegatedStake::<T>::mutate(topic_id, &reputer, |s| *s = s.saturating_add(amount));
			TopicStake::<T>::mutate(topic_id, |s| *s = s.saturating_add(amount));
			TotalStake::<T>::mutate(|s| *s = s.saturating_add(amount));
			Self::deposit_event(Event::StakeDelegated { topic_id, reputer, delegator, amount });
			pallet_topics::Pallet::<T>::try_activate(topic_id, &pallet_topics::Params::<T>::get());
			Ok(())
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
		/// and nonce; pays the `DataSendingFee` to the topic.
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
			Self::ensure_reputer(topic_id, &reputer)?;
			let params = pallet_topics::Params::<T>::get();
			let min: BalanceOf<T> = params.required_minimum_stake.saturated_into();
			ensure!(
				Self::authority_stake(topic_id, &reputer) >= min,
				Error::<T>::BelowMinimumStake
			);
			let mut open = OpenReputerNonces::<T>::get(topic_id);
			let window = open
				.iter_mut()
				.find(|n| n.nonce == nonce)
				.ok_or(Error::<T>::ReputerNonceNotOpen)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= window.opens_at, Error::<T>::ReputerWindowNotStarted);
			ensure!(now < window.closes_at, Error::<T>::ReputerWindowOver);
			ensure!(
				!LossReports::<T>::contains_key((topic_id, nonce), &reputer),
				Error::<T>::AlreadyReported
			);
			ensure!(window.reports < T::MaxReputersPerTopic::get(), Error::<T>::TooManyReports);
			window.reports.saturating_inc();
			Self::check_participants(topic_id, nonce, &report)?;
			let max = <T as pallet_inference::Config>::MaxAbsValue::get();
			ensure!(
				report.values().all(|v| v.abs().map(|a| a <= max).unwrap_or(false)),
				Error::<T>::ValueOutOfRange
			);
			pallet_topics::Pallet::<T>::pay_topic_fee(
				topic_id,
				&reputer,
				params.data_sending_fee.saturated_into(),
			)?;
			LossReports::<T>::insert((topic_id, nonce), &reputer, report);
			OpenReputerNonces::<T>::insert(topic_id, open);
			Self::deposit_event(Event::LossesReported { topic_id, nonce, reputer });
			Ok(())
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
			ensure!(
				Self::pending_delegator_reward(topic_id, &reputer, &delegator) > 0,
				Error::<T>::NothingToClaim
			);
			Self::collect_delegator_reward(topic_id, &reputer, &delegator);
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn ensure_reputer(topic_id: TopicId, who: &T::AccountId) -> DispatchResult {
		ensure!(pallet_topics::Topics::<T>::contains_key(topic_id), Error::<T>::NoSuchTopic);
		ensure!(
			pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Reputer, who),
			Error::<T>::NotRegisteredReputer
		);
		Ok(())
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::StakeCurrency::hold(&HoldReason::Stake.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHold.into())
	}

	/// A reputer's own plus delegated stake in a topic.
	pub fn authority_stake(topic_id: TopicId, reputer: &T::AccountId) -> BalanceOf<T> {
		ReputerStake::<T>::get(topic_id, reputer)
			.saturating_add(DelegatedStake::<T>::get(topic_id, reputer))
	}

	/// The stake a removal key refers to.
	pub fn stake_of(key: &StakeKey<T::AccountId>) -> BalanceOf<T> {
		match key {
			StakeKey::Own { topic_id, reputer } => ReputerStake::<T>::get(topic_id, reputer),
			StakeKey::Delegated { topic_id, reputer, delegator } => {
				Delegations::<T>::get((topic_id, reputer, delegator))
			},
		}
	}

	/// A position (own stake or one delegation) of `current` may grow by `amount` only to at
	/// least `MinStakeAmount`.
	fn ensure_position(current: BalanceOf<T>, amount: BalanceOf<T>) -> DispatchResult {
		let min: BalanceOf<T> = pallet_topics::Params::<T>::get().min_stake_amount.saturated_into();
		ensure!(current.saturating_add(amount) >= min, Error::<T>::StakeBelowMinimum);
		Ok(())
	}

	/// Queues the removal of `amount` of the stake `key` names, `RemoveStakeDelayWindow` blocks
	/// from now. A pending request of the same key is replaced: its queue entry leaves its slot,
	/// so that one staker holds at most one entry of the queue.
	fn request_removal(key: StakeKey<T::AccountId>, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let stake = Self::stake_of(&key);
		ensure!(amount <= stake, Error::<T>::InsufficientStake);
		let params = pallet_topics::Params::<T>::get();
		let left = stake.saturating_sub(amount);
		let min: BalanceOf<T> = params.min_stake_amount.saturated_into();
		ensure!(left.is_zero() || left >= min, Error::<T>::RemovalLeavesDust);
		let now = frame_system::Pallet::<T>::block_number();
		let due = now.saturating_add(params.remove_stake_delay_window.into());
		if let Some(pending) = PendingRemovals::<T>::get(&key) {
			Self::unqueue(&key, pending.due);
		}
		RemovalQueue::<T>::try_mutate(due, |q| q.try_push(key.clone()))
			.map_err(|_| Error::<T>::RemovalQueueFull)?;
		PendingRemovals::<T>::insert(&key, Removal { amount, due });
		Self::deposit_event(Event::StakeRemovalRequested { key, amount, due });
		Ok(())
	}

	fn cancel_removal(key: StakeKey<T::AccountId>) -> DispatchResult {
		let pending = PendingRemovals::<T>::take(&key).ok_or(Error::<T>::NoPendingRemoval)?;
		Self::unqueue(&key, pending.due);
		Self::deposit_event(Event::StakeRemovalCancelled { key });
		Ok(())
	}

	/// Takes `key`'s entry out of the queue slot of block `due`.
	fn unqueue(key: &StakeKey<T::AccountId>, due: BlockNumberFor<T>) {
		RemovalQueue::<T>::mutate_exists(due, |q| {
			if let Some(entries) = q {
				entries.retain(|k| k != key);
				if entries.is_empty() {
					*q = None;
				}
			}
		});
	}

	/// Executes the removals due up to `now`, at most `2 · HalfMaxProcessStakeRemovalsEndBlock`;
	/// the rest stay for the next blocks. (Replaced and cancelled requests leave the queue when
	/// they are replaced or cancelled; an entry that is no longer pending for its slot would be
	/// skipped without counting against that budget.)
	fn execute_due_removals(now: BlockNumberFor<T>) -> Weight {
		let params = pallet_topics::Params::<T>::get();
		let mut budget = params.half_max_process_stake_removals_end_block.saturating_mul(2);
		let mut weight = <T as Config>::WeightInfo::on_initialize_idle();
		// Unset (the pallet's first block, e.g. after a runtime upgrade): nothing is due before.
		let mut cursor = RemovalCursor::<T>::get();
		if cursor.is_zero() {
			cursor = now;
		}
		// Each block looks at most `budget + 1` slots, so the cursor keeps up with the chain.
		let mut slots = budget.saturating_add(1);
		while cursor <= now && slots > 0 {
			slots -= 1;
			let mut queue = RemovalQueue::<T>::take(cursor);
			weight.saturating_accrue(<T as Config>::WeightInfo::removal_slot());
			let mut done = 0;
			for key in queue.iter() {
				if budget == 0 {
					break;
				}
				done += 1;
				if let Some(w) = Self::execute_removal(key, cursor) {
					budget -= 1;
					weight.saturating_accrue(w);
				}
			}
			if done < queue.len() {
				let rest: Vec<_> = queue.drain(done..).collect();
				RemovalQueue::<T>::insert(cursor, BoundedVec::truncate_from(rest));
				break;
			}
			cursor = cursor.saturating_add(1u32.into());
		}
		RemovalCursor::<T>::put(cursor);
		weight
	}

	/// Executes one removal if it is still pending for this slot; returns its weight, `None` if
	/// it was not.
	fn execute_removal(key: &StakeKey<T::AccountId>, slot: BlockNumberFor<T>) -> Option<Weight> {
		let removal = PendingRemovals::<T>::get(key).filter(|r| r.due == slot)?;
		PendingRemovals::<T>::remove(key);
		let amount = removal.amount.min(Self::stake_of(key));
		let topic_id = key.topic_id();
		match key {
			StakeKey::Own { reputer, .. } => {
				ReputerStake::<T>::mutate_exists(topic_id, reputer, |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
			},
			StakeKey::Delegated { reputer, delegator, .. } => {
				Self::collect_delegator_reward(topic_id, reputer, delegator);
				Delegations::<T>::mutate_exists((topic_id, reputer, delegator), |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
				Self::reset_reward_debt(topic_id, reputer, delegator);
				DelegatedStake::<T>::mutate_exists(topic_id, reputer, |s| {
					let left = s.unwrap_or_default().saturating_sub(amount);
					*s = (!left.is_zero()).then_some(left);
				});
			},
		}
		TopicStake::<T>::mutate_exists(topic_id, |s| {
			let left = s.unwrap_or_default().saturating_sub(amount);
			*s = (!left.is_zero()).then_some(left);
		});
		TotalStake::<T>::mutate(|s| *s = s.saturating_sub(amount));
		let _ = T::StakeCurrency::release(
			&HoldReason::Stake.into(),
			&key.staker(),
			amount,
			Precision::BestEffort,
		);
		Self::deposit_event(Event::StakeRemoved { key: key.clone(), amount });
		Some(<T as Config>::WeightInfo::execute_removal())
	}

	/// Removes a departing reputer's reports at the topic's open reputer nonces; returns the
	/// weight.
	pub(crate) fn withdraw_reports(topic_id: TopicId, reputer: &T::AccountId) -> Weight {
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		let mut nonces = 0u32;
		for window in open.iter_mut() {
			let key = (topic_id, window.nonce);
			if LossReports::<T>::contains_key(key, reputer) {
				LossReports::<T>::remove(key, reputer);
				window.reports.saturating_dec();
				nonces.saturating_inc();
			}
		}
		if nonces > 0 {
			OpenReputerNonces::<T>::insert(topic_id, &open);
			Self::deposit_event(Event::ReportsWithdrawn {
				topic_id,
				reputer: reputer.clone(),
				nonces,
			});
		}
		<T as Config>::WeightInfo::withdraw_reports(open.len() as u32)
	}

	/// Checks that each list of the report names exactly the nonce's participants.
	fn check_participants(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		report: &LossReportOf<T>,
	) -> Result<(), Error<T>> {
		let record = pallet_inference::Pallet::<T>::record(topic_id, nonce)
			.ok_or(Error::<T>::ReputerNonceNotOpen)?;
		let keys = |l: &PerWorker<T::AccountId, T::MaxWorkersPerTopic>| -> Vec<T::AccountId> {
			l.iter().map(|(a, _)| a.clone()).collect()
		};
		let set = |v: Vec<T::AccountId>| -> (usize, BTreeSet<T::AccountId>) {
			(v.len(), v.into_iter().collect())
		};
		let same = |got: Vec<T::AccountId>, want: Vec<T::AccountId>| {
			let (n, got) = set(got);
			n == got.len() && got == want.into_iter().collect::<BTreeSet<_>>()
		};
		let inferers = pallet_inference::Pallet::<T>::inferers(topic_id, nonce);
		let ok = same(keys(&report.inferer), inferers)
			&& same(keys(&report.forecaster), keys(&record.forecast_implied))
			&& same(keys(&report.one_out_inferer), keys(&record.one_out_inferers))
			&& same(keys(&report.one_out_forecaster), keys(&record.one_out_forecasters))
			&& same(keys(&report.one_in_forecaster), keys(&record.one_in_forecasters));
		ensure!(ok, Error::<T>::WrongParticipants);
		Ok(())
	}

	/// Gives worker nonce `nonce` of a topic, whose window closed at `now` with a network
	/// inference, its reputer window: from the later of its ground truth's block
	/// (`nonce + ground_truth_lag`) and the block after `now`, for `epoch_length` blocks.
	/// Drops the oldest open reputer nonce beyond `MaxUnfulfilledReputerRequests`.
	pub(crate) fn open_reputer_window(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Weight {
		let mut weight = <T as Config>::WeightInfo::open_reputer_nonce();
		let due = nonce.saturating_add(topic.config.ground_truth_lag);
		let opens_at = due.max(now.saturating_add(1u32.into()));
		let closes_at = opens_at.saturating_add(topic.config.epoch_length);
		let queued = ReputerClosingQueue::<T>::try_mutate(|q| {
			insert_sorted(q, (closes_at, topic_id, nonce))
		});
		if queued.is_err() {
			Self::deposit_event(Event::ReputerNonceDropped { topic_id, nonce });
			return weight;
		}
		let params = pallet_topics::Params::<T>::get();
		let keep = (params.max_unfulfilled_reputer_requests.min(T::MaxUnfulfilledRequests::get())
			as usize)
			.max(1);
		let mut open = OpenReputerNonces::<T>::get(topic_id);
		while open.len() >= keep {
			let dropped = open.remove(0);
			weight.saturating_accrue(Self::retire(topic_id, dropped.nonce, &params));
			Self::deposit_event(Event::ReputerNonceDropped { topic_id, nonce: dropped.nonce });
		}
		// There is room now: the loop above made it.
		let _ = open.try_push(ReputerNonce { nonce, opens_at, closes_at, reports: 0 });
		OpenReputerNonces::<T>::insert(topic_id, open);
		Self::deposit_event(Event::ReputerNonceOpened { topic_id, nonce, opens_at, closes_at });
		weight
	}

	/// The most one reputer-nonce close can weigh under `params`: every reputer of a full topic
	/// reporting on the largest active sets, the most reputers scored for the most gradient
	/// steps, every regret of those sets updated, their rewards, and two prunes on retirement.
	pub fn worst_close_weight(params: &GlobalParams) -> Weight {
		let reputers = T::MaxReputersPerTopic::get();
		let workers = T::MaxWorkersPerTopic::get();
		let i = params.max_top_inferers_to_reward.min(workers);
		let f = params.max_top_forecasters_to_reward.min(workers);
		let r = params.max_top_reputers_to_reward.min(reputers);
		let prune = <T as Config>::WeightInfo::prune_reputer_nonce(reputers);
		Self::close_weight(
			reputers,
			Self::regrets_bound(i, f),
			scoring_units(r, loss_columns(i, f), params.gradient_descent_max_iters),
		)
		.saturating_add(T::LossesHandler::max_weight(i, f, r))
		.saturating_add(T::LossesHandler::on_nonce_closed_weight())
		.saturating_add(prune.saturating_mul(2))
	}

	/// The most regrets (and their rows) a close over `i` inferers and `f` forecasters updates.
	fn regrets_bound(i: u32, f: u32) -> pallet_inference::RegretsUpdated {
		pallet_inference::RegretsUpdated {
			regrets: pallet_inference::regret_updates_bound(i.saturating_add(f)),
			rows: regret_rows_bound(i, f),
		}
	}

	/// The weight of a close that read `reports` reports, updated `updates` regrets in their
	/// rows and scored the reputers for `scoring` [`scoring_units`] (its rewards and prunes
	/// apart).
	fn close_weight(
		reports: u32,
		updates: pallet_inference::RegretsUpdated,
		scoring: u32,
	) -> Weight {
		<T as Config>::WeightInfo::close_reputer_nonce(reports, updates.regrets)
			.saturating_add(<T as pallet_inference::Config>::WeightInfo::update_regret_rows(
				updates.rows,
			))
			.saturating_add(<T as Config>::WeightInfo::score_reputers(scoring))
	}

	/// Closes the reputer windows due at `now`, at most `MaxActiveTopicsPerBlock` and as many
	/// as fit in `MaxClosingWeight` at their worst case.
	fn close_due_reputer_nonces(now: BlockNumberFor<T>) -> Weight {
		let params = pallet_topics::Params::<T>::get();
		let cap = pallet_topics::queue::capacity(
			params.max_active_topics_per_block,
			<T as Config>::MaxClosingWeight::get(),
			Self::worst_close_weight(&params),
		);
		let mut weight = <T as Config>::WeightInfo::on_initialize_idle();
		let mut queue = ReputerClosingQueue::<T>::get();
		let taken = take_due(&mut queue, now, cap, |(at, _, _)| *at);
		if taken.is_empty() {
			return weight;
		}
		ReputerClosingQueue::<T>::put(queue);
		for (_, topic_id, nonce) in taken {
			weight.saturating_accrue(Self::close_reputer_nonce(topic_id, nonce, &params));
		}
		weight
	}

	fn close_reputer_nonce(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		params: &GlobalParams,
	) -> Weight {
		let was_open = OpenReputerNonces::<T>::mutate(topic_id, |open| {
			let before = open.len();
			open.retain(|n| n.nonce != nonce);
			open.len() != before
		});
		if !was_open {
			return Self::close_weight(0, Default::default(), 0);
		}
		let min: BalanceOf<T> = params.required_minimum_stake.saturated_into();
		let mut reporters = Vec::new();
		let mut bundles = Vec::new();
		let mut reports = 0u32;
		for (reputer, report) in LossReports::<T>::iter_prefix((topic_id, nonce)) {
			reports.saturating_inc();
			let stake = Self::authority_stake(topic_id, &reputer);
			if stake >= min && !stake.is_zero() {
				reporters.push(reputer);
				bundles.push((stake.saturated_into::<u128>(), report.to_bundle()));
			}
		}
		// `iter_prefix` follows the hashed keys: sort by account for a canonical order.
		let mut order: Vec<usize> = (0..reporters.len()).collect();
		order.sort_by(|a, b| reporters[*a].cmp(&reporters[*b]));
		let reporters: Vec<_> = order.iter().map(|i| reporters[*i].clone()).collect();
		let bundles: Vec<_> = order.iter().map(|i| bundles[*i].clone()).collect();
		// Merit sortition: at most `MaxTopReputersToReward`, the best by score EMA.
		let (reporters, bundles) = match pallet_topics::Pallet::<T>::topic(topic_id) {
			Some(topic) => {
				let chosen = pallet_topics::Pallet::<T>::select_active(
					topic_id,
					&topic,
					RewardTask::Reputation,
					reporters.clone(),
					params.max_top_reputers_to_reward,
					nonce,
				);
				reporters
					.into_iter()
					.zip(bundles)
					.filter(|(r, _)| chosen.binary_search(r).is_ok())
					.unzip()
			},
			None => (reporters, bundles),
		};
		let weight = if reporters.is_empty() {
			Self::deposit_event(Event::ReputerNonceClosedEmpty { topic_id, nonce });
			Self::close_weight(reports, Default::default(), 0)
		} else {
			match Self::process_losses(topic_id, nonce, &reporters, &bundles, params) {
				Ok(done) => Self::close_weight(reports, done.updates, done.scoring)
					.saturating_add(done.rewards),
				Err(error) => {
					Self::deposit_event(Event::LossesFailed { topic_id, nonce, error });
					// Nothing was written; charge all the work that may have been done.
					let (i, f) = bundles
						.first()
						.map_or((0, 0), |(_, b)| (b.inferer.len(), b.forecaster.len()));
					let (i, f) = (i as u32, f as u32);
					Self::close_weight(
						reports,
						Self::regrets_bound(i, f),
						scoring_units(
							reporters.len() as u32,
							loss_columns(i, f),
							params.gradient_descent_max_iters,
						),
					)
				},
			}
		};
		weight
			.saturating_add(Self::retire(topic_id, nonce, params))
			.saturating_add(T::LossesHandler::on_nonce_closed(topic_id))
	}

	/// Network losses, regrets and reputer scores of a closed reputer nonce, then the rewards
	/// ([`LossesHandler`]); nothing is written on error. Returns what the work was.
	fn process_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		reporters: &[T::AccountId],
		bundles: &[(u128, LossBundle<T::AccountId>)],
		params: &GlobalParams,
	) -> Result<LossesWork, SynthesisError> {
		let losses = network_losses(bundles)?;
		let stakes: Vec<u128> = bundles.iter().map(|(s, _)| *s).collect();
		let rows = loss_rows(bundles.iter().map(|(_, b)| b));
		let columns = rows.first().map_or(0, |row| row.len() as u32);
		let initial: Vec<Fixed> = reporters
			.iter()
			.map(|r| ListeningCoefficients::<T>::get(topic_id, r).unwrap_or(Fixed::ONE))
			.collect();
		let reputer_params = ReputerParams {
			learning_rate: params.learning_rate,
			max_iters: params.gradient_descent_max_iters,
			epsilon_reputer: params.epsilon_reputer,
			epsilon_safe_div: params.epsilon_safe_div,
			min_stake_fraction: params.min_stake_fraction,
			max_gradient_threshold: params.max_gradient_threshold,
		};
		let fractions = stake_fractions(&stakes)?;
		let scored = reputer_scores(&rows, &fractions, &initial, &reputer_params)?;
		let scoring = scoring_units(reporters.len() as u32, columns, scored.iterations);
		let updates =
			pallet_inference::Pallet::<T>::apply_network_losses(topic_id, nonce, &losses)?;
		for (r, c) in reporters.iter().zip(&scored.coefficients) {
			ListeningCoefficients::<T>::insert(topic_id, r, c);
		}
		let scores: Vec<_> = reporters.iter().cloned().zip(scored.scores.clone()).collect();
		if let Some(topic) = pallet_topics::Pallet::<T>::topic(topic_id) {
			pallet_topics::Pallet::<T>::record_scores(
				topic_id,
				&topic,
				RewardTask::Reputation,
				nonce,
				&scores,
			);
		}
		ReputerScores::<T>::insert(topic_id, nonce, BoundedVec::truncate_from(scores));
		let network_loss = losses.combined;
		NetworkLossesAt::<T>::insert(
			topic_id,
			nonce,
			LossReportOf::<T>::from_bundle(losses.clone()),
		);
		Self::deposit_event(Event::NetworkLossesComputed {
			topic_id,
			nonce,
			network_loss,
			reputers: reporters.len() as u32,
		});
		let scored: Vec<ScoredReputer<T::AccountId>> = reporters
			.iter()
			.zip(&stakes)
			.zip(scored.scores)
			.map(|((reputer, stake), score)| ScoredReputer {
				reputer: reputer.clone(),
				stake: *stake,
				score,
			})
			.collect();
		let rewards = T::LossesHandler::on_losses(topic_id, nonce, &losses, &scored);
		Ok(LossesWork { updates, scoring, rewards })
	}

	/// Adds a finished reputer nonce to the topic's history and prunes the records beyond the
	/// `MinEpochLengthRecordLimit` newest.
	fn retire(topic_id: TopicId, nonce: BlockNumberFor<T>, params: &GlobalParams) -> Weight {
		let keep = (params.min_epoch_length_record_limit as usize)
			.clamp(1, <T as pallet_inference::Config>::MaxHistory::get() as usize);
		let mut weight = Weight::zero();
		ReputerHistory::<T>::mutate(topic_id, |h| {
			for _ in 0..2 {
				if h.len() < keep || h.is_empty() {
					break;
				}
				let old = h.remove(0);
				weight.saturating_accrue(Self::prune(topic_id, old));
			}
			let _ = h.try_push(nonce);
		});
		weight
	}

	/// Deletes the records of a closed reputer nonce: its reports (at most
	/// `MaxReputersPerTopic`, all of them), network losses and scores.
	fn prune(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		let limit = T::MaxReputersPerTopic::get();
		let removed = LossReports::<T>::clear_prefix((topic_id, nonce), limit, None).backend;
		NetworkLossesAt::<T>::remove(topic_id, nonce);
		ReputerScores::<T>::remove(topic_id, nonce);
		<T as Config>::WeightInfo::prune_reputer_nonce(removed)
	}

	/// The pallet's invariants (run by `try-runtime` and after every unit test).
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		let mut topic_sums: BTreeMap<TopicId, BalanceOf<T>> = BTreeMap::new();
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let add = |m: &mut BTreeMap<_, BalanceOf<T>>, k, v: BalanceOf<T>| {
			let e = m.entry(k).or_insert_with(Zero::zero);
			*e = e.saturating_add(v);
		};
		for (topic_id, reputer, s) in ReputerStake::<T>::iter() {
			add(&mut topic_sums, topic_id, s);
			let e = held.entry(reputer).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
		}
		let mut delegated: BTreeMap<(TopicId, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		for ((topic_id, reputer, delegator), s) in Delegations::<T>::iter() {
			add(&mut topic_sums, topic_id, s);
			let e = delegated.entry((topic_id, reputer)).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
			let e = held.entry(delegator).or_insert_with(Zero::zero);
			*e = e.saturating_add(s);
		}
		for (topic_id, reputer, s) in DelegatedStake::<T>::iter() {
			ensure!(
				delegated.get(&(topic_id, reputer)).copied().unwrap_or_default() == s,
				"a reputer's delegated stake is not the sum of its delegations"
			);
		}
		ensure!(
			delegated.iter().all(|((t, r), s)| DelegatedStake::<T>::get(t, r) == *s),
			"a delegation is not counted in its reputer's delegated stake"
		);
		for (topic_id, s) in TopicStake::<T>::iter() {
			ensure!(
				topic_sums.get(&topic_id).copied().unwrap_or_default() == s,
				"a topic's stake is not the sum of its stakes"
			);
		}
		ensure!(
			topic_sums.iter().all(|(t, s)| TopicStake::<T>::get(t) == *s),
			"a stake is not counted in its topic's stake"
		);
		let total = topic_sums.values().fold(BalanceOf::<T>::zero(), |a, b| a.saturating_add(*b));
		ensure!(TotalStake::<T>::get() == total, "the total stake is not the sum of the topics'");
		for (who, s) in &held {
			let on_hold = T::StakeCurrency::balance_on_hold(&HoldReason::Stake.into(), who);
			ensure!(on_hold == *s, "an account's held balance differs from its stakes");
		}
		// Every delegator can collect its rewards: the pending-rewards account holds them, up
		// to one smallest unit of rounding per delegation.
		let mut owed = 0u128;
		let mut delegations = 0u128;
		for (topic_id, reputer, delegator) in Delegations::<T>::iter_keys() {
			owed =
				owed.saturating_add(Self::pending_delegator_reward(topic_id, &reputer, &delegator));
			delegations = delegations.saturating_add(1);
		}
		let pot: u128 =
			T::StakeCurrency::balance(&Self::pending_rewards_account()).saturated_into();
		ensure!(
			pot.saturating_add(delegations) >= owed,
			"the pending-rewards account cannot pay the delegators"
		);
		ensure!(
			RewardDebt::<T>::iter_keys().all(|k| Delegations::<T>::contains_key(&k)),
			"a reward debt outlives its delegation"
		);
		let cursor = RemovalCursor::<T>::get();
		for (key, removal) in PendingRemovals::<T>::iter() {
			ensure!(removal.amount <= Self::stake_of(&key), "a pending removal exceeds its stake");
			ensure!(removal.due >= cursor, "a pending removal is overdue");
			ensure!(
				RemovalQueue::<T>::get(removal.due).contains(&key),
				"a pending removal is not queued"
			);
		}
		// Each queued removal is pending for its slot, once: replaced and cancelled requests
		// leave the queue.
		let mut queued = 0usize;
		for (due, keys) in RemovalQueue::<T>::iter() {
			for key in keys.iter() {
				ensure!(
					PendingRemovals::<T>::get(key).is_some_and(|r| r.due == due),
					"a queued removal is not pending for its slot"
				);
				queued = queued.saturating_add(1);
			}
		}
		ensure!(
			queued == PendingRemovals::<T>::iter_keys().count(),
			"a removal is queued more than once"
		);
		let queue = ReputerClosingQueue::<T>::get();
		ensure!(queue.windows(2).all(|w| w[0] < w[1]), "the reputer closing queue is not sorted");
		for (topic_id, open) in OpenReputerNonces::<T>::iter() {
			for n in open.iter() {
				ensure!(
					queue.contains(&(n.closes_at, topic_id, n.nonce)),
					"an open reputer nonce has no window to close"
				);
				let mut reports = 0u32;
				for reputer in LossReports::<T>::iter_key_prefix((topic_id, n.nonce)) {
					ensure!(
						pallet_topics::Pallet::<T>::is_registered(
							topic_id,
							Role::Reputer,
							&reputer
						),
						"a report at an open nonce is from an account that is not a reputer"
					);
					reports = reports.saturating_add(1);
				}
				ensure!(n.reports == reports, "an open nonce's report count is wrong");
				ensure!(reports <= T::MaxReputersPerTopic::get(), "a nonce has too many reports");
			}
		}
		// Reports are kept only for open nonces and for the closed ones of the history (pruning
		// deletes the rest).
		for ((topic_id, nonce), _) in LossReports::<T>::iter_keys() {
			ensure!(
				OpenReputerNonces::<T>::get(topic_id).iter().any(|n| n.nonce == nonce)
					|| ReputerHistory::<T>::get(topic_id).contains(&nonce),
				"a report belongs to a nonce neither open nor kept"
			);
		}
		Ok(())
	}
}

/// The work of a reputer-nonce close that its weight is made of.
struct LossesWork {
	/// Regrets updated, and the rows they are stored in.
	updates: pallet_inference::RegretsUpdated,
	/// The reputers' scoring, in [`scoring_units`].
	scoring: u32,
	/// The rewards' weight ([`LossesHandler::on_losses`]).
	rewards: Weight,
}

/// The losses in each reputer's row of the scoring ([`loss_rows`]) for `i` inferers and `f`
/// forecasters: the combined and naive losses, the inferers', forecasters', one-out inferers',
/// one-out forecasters' and one-in forecasters'.
pub fn loss_columns(i: u32, f: u32) -> u32 {
	i.saturating_mul(2).saturating_add(f.saturating_mul(3)).saturating_add(2)
}

/// The size of the reputers' scoring, in the unit its weight is measured in (about one loss
/// compared with its consensus): each of the `iterations` gradient steps computes the consensus
/// and every reputer's score `reputers + 1` times (once as is, once per perturbed listening
/// coefficient), over `reputers` rows of `columns` losses.
pub fn scoring_units(reputers: u32, columns: u32, iterations: u32) -> u32 {
	iterations
		.saturating_mul(reputers.saturating_add(1))
		.saturating_mul(reputers)
		.saturating_mul(columns)
}

/// The reputers' loss vectors, aligned (rewards spec §3.3 step 2): combined, naive, then per
/// list (inferers, forecasters, one-out inferers, one-out forecasters, one-in forecasters) the
/// union of the workers over all bundles in account order; `None` where a bundle lacks a value.
pub fn loss_rows<'a, A: Ord + Clone + 'a>(
	bundles: impl Iterator<Item = &'a LossBundle<A>> + Clone,
) -> Vec<LossRow> {
	type List<A> = fn(&LossBundle<A>) -> &alloc::collections::BTreeMap<A, Fixed>;
	let lists: [List<A>; 5] = [
		|b| &b.inferer,
		|b| &b.forecaster,
		|b| &b.one_out_inferer,
		|b| &b.one_out_forecaster,
		|b| &b.one_in_forecaster,
	];
	let columns: Vec<BTreeSet<A>> = lists
		.iter()
		.map(|list| bundles.clone().flat_map(|b| list(b).keys().cloned()).collect())
		.collect();
	bundles
		.map(|b| {
			let mut row = alloc::vec![Some(b.combined), Some(b.naive)];
			for (list, workers) in lists.iter().zip(&columns) {
				row.extend(workers.iter().map(|w| list(b).get(w).copied()));
			}
			row
		})
		.collect()
}

impl<T: Config> pallet_topics::TopicStake<BlockNumberFor<T>> for Pallet<T> {
	fn topic_stake(topic_id: TopicId) -> u128 {
		TopicStake::<T>::get(topic_id).saturated_into()
	}

	/// The stake removals due by `now` execute before the topics' weights are computed (the
	/// reference's order).
	fn on_block_start(now: BlockNumberFor<T>) -> Weight {
		Self::execute_due_removals(now)
	}
}

impl<T: Config> pallet_inference::WindowHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	/// A window with a network inference gets its reputer window; one without has nothing
	/// for reputers, and may have been its topic's last open nonce.
	fn on_window_closed(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
		computed: bool,
	) -> Weight {
		if computed {
			Self::open_reputer_window(topic_id, topic, nonce, now)
		} else {
			T::LossesHandler::on_nonce_closed(topic_id)
		}
	}

	/// Opening a window, with the oldest open nonce dropped (two prunes of a full nonce), or
	/// the rewards' settlement.
	fn max_weight() -> Weight {
		let prune = <T as Config>::WeightInfo::prune_reputer_nonce(T::MaxReputersPerTopic::get());
		<T as Config>::WeightInfo::open_reputer_nonce()
			.saturating_add(prune.saturating_mul(2))
			.max(T::LossesHandler::on_nonce_closed_weight())
	}
}

impl<T: Config> TopicHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	/// Reputer windows open when worker windows close
	/// ([`pallet_inference::WindowHandler`]), not at epoch starts.
	fn on_epoch_start(_: TopicId, _: &TopicOf<T>, _: BlockNumberFor<T>) -> Weight {
		Weight::zero()
	}

	/// A reputer that leaves takes its reports at open nonces with it (so that a nonce never
	/// holds more reports than the topic has reputers); it keeps its stake and its delegators
	/// (they withdraw as usual).
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		if role == Role::Reputer {
			ListeningCoefficients::<T>::remove(topic_id, account);
			Self::withdraw_reports(topic_id, account)
		} else {
			Weight::zero()
		}
	}

	fn on_unregister_weight() -> Weight {
		<T as Config>::WeightInfo::withdraw_reports(T::MaxUnfulfilledRequests::get())
	}

	fn has_open_nonces(topic_id: TopicId) -> bool {
		!OpenReputerNonces::<T>::get(topic_id).is_empty()
	}

	/// Prunes the `nonces` oldest kept reputer nonces; once none is left, deletes the topic's
	/// listening coefficients and delegators' reward rates (its stakes are all gone: retiring
	/// needs it).
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool) {
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		let mut history = ReputerHistory::<T>::get(topic_id);
		weight.saturating_accrue(pallet_topics::queue::prune_oldest(&mut history, nonces, |old| {
			Self::prune(topic_id, old)
		}));
		if !history.is_empty() {
			ReputerHistory::<T>::insert(topic_id, history);
			return (weight, false);
		}
		ReputerHistory::<T>::remove(topic_id);
		OpenReputerNonces::<T>::remove(topic_id);
		let limit = T::MaxReputersPerTopic::get();
		let coefficients = ListeningCoefficients::<T>::clear_prefix(topic_id, limit, None);
		let rates = RewardPerShare::<T>::clear_prefix(topic_id, limit, None);
		weight.saturating_accrue(T::DbWeight::get().reads_writes(
			limit.saturating_mul(2).into(),
			limit.saturating_mul(2).saturating_add(2).into(),
		));
		(weight, coefficients.maybe_cursor.is_none() && rates.maybe_cursor.is_none())
	}

	fn on_retire_weight(nonces: u32) -> Weight {
		let prune = <T as Config>::WeightInfo::prune_reputer_nonce(T::MaxReputersPerTopic::get());
		let limit = T::MaxReputersPerTopic::get();
		T::DbWeight::get()
			.reads_writes(
				limit.saturating_mul(2).saturating_add(1).into(),
				limit.saturating_mul(2).saturating_add(3).into(),
			)
			.saturating_add(prune.saturating_mul(nonces.into()))
	}
}
