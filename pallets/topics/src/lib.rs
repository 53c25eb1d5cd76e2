//! # Topics pallet
//!
//! A *topic* is one prediction target of the Allora network ("ETH/USD in 5 minutes"). This pallet
//! holds the topics, who takes part in each (workers and reputers), the parameters of a
//! topic's rhythm and fees ([`TopicsParams`]), and the epoch clock: which topics are active and when each one's next epoch
//! starts. What happens inside an epoch belongs to the other Allora pallets, which this pallet
//! calls through [`TopicLifecycle`] when an epoch starts or a participant leaves.
//!
//! ## Calls
//! - [`create_topic`](Pallet::create_topic): anyone, paying the `CreateTopicFee`.
//! - [`update_topic`](Pallet::update_topic): the creator, for the tuning fields of
//!   [`TopicUpdate`].
//! - [`fund_topic`](Pallet::fund_topic): anyone; raises the topic's fee revenue, hence its weight.
//! - [`register`](Pallet::register) / [`unregister`](Pallet::unregister): join or leave a topic as
//!   a [`Role::Worker`] or [`Role::Reputer`] (registration pays the `RegistrationFee` and holds
//!   the `RegistrationDeposit` until the account leaves).
//! - [`register_replacing`](Pallet::register_replacing): join a full role in place of a member
//!   that has had an epoch and scores low in every task of the role.
//! - [`activate_replacing`](Pallet::activate_replacing): anyone; puts a qualifying topic into the
//!   full epoch schedule in place of a lighter active one.
//! - [`retire_topic`](Pallet::retire_topic): anyone; deletes a topic long inactive, without
//!   participants, stake or open nonces, from every pallet, and returns its deposit.
//! - [`set_params`](Pallet::set_params): the privileged origin changes the pallet's parameters.
//!
//! Every fee goes to the ecosystem account ([`Pallet::ecosystem_account`]) and is credited to the
//! topic's fee revenue.
//!
//! ## Active topics and epochs
//! A topic is *active* while it is in the epoch schedule. It enters the schedule when its weight
//! `stake^μ · (fee revenue / epoch length)^ν` (in token units; `μ`, `ν` parameters) is at
//! least `MinTopicWeight` and its fee revenue is not zero: checked on creation, funding and
//! registration. Its first epoch then starts `epoch_length` blocks later. At the start of each
//! block the due stake removals execute ([`TopicStake::on_block_start`]), then the due topics
//! (at most `MaxDueTopicsPerBlock`, in schedule order) are weighed: their shares of the emission
//! settled ([`ActiveSetHandler`]), their weights updated, the ones below `MinTopicWeight`
//! inactivated. The `MaxActiveTopicsPerBlock` heaviest start an epoch (the *worker nonce* is the
//! block number), the others are skipped ([`Event::EpochSkipped`]); every topic still active is
//! due again `epoch_length` blocks after it was due.
//!
//! ## Example
//! A topic is created, a worker and a reputer join it, and once stake behind it makes its weight
//! qualify, its epochs start every `epoch_length` blocks (the test this is taken from):
#![doc = docify::embed!("src/tests.rs", a_topic_is_created_joined_and_its_epochs_start)]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod checks;
pub mod config_preludes;
mod dispatchable_impls;
mod funds;
mod membership;
pub mod migrations;
pub mod params;
mod queries;
mod schedule;
mod scores;
mod topic_weight;
mod try_state;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use allora_primitives::{topic::*, QueryError};
pub use allora_primitives::{ParamError, ParamSet};
pub use pallet::*;
pub use params::{TopicsParam, TopicsParams};
pub use queries::{TopicView, TopicViewOf};
pub use types::*;
pub use weights::WeightInfo;

use allora_primitives::{queue, ActiveSetHandler, TopicLifecycle, TopicStake};
use allora_synthesis::Fixed;
use polkadot_sdk::{
	frame_support::{
		self,
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			tokens::{Precision, Preservation},
		},
		PalletId,
	},
	frame_system::{self, pallet_prelude::*},
	sp_runtime::{
		traits::{AccountIdConversion, Saturating, Zero},
		SaturatedConversion,
	},
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A topic as stored.
pub type TopicOf<T> = Topic<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A topic configuration as submitted.
pub type TopicConfigOf<T> = TopicConfig<BlockNumberFor<T>>;
/// Closed nonces whose records one `retire_topic` call deletes (per pallet).
pub const RETIRED_NONCES_PER_CALL: u32 = 2;
/// Score EMAs one `retire_topic` call deletes at most (those of accounts scored after they
/// left; each leaver took the others with it).
pub const RETIRED_SCORES_PER_CALL: u32 = 48;
/// Parameter changes of one `set_params` call.
pub type ParamUpdates = BoundedVec<TopicsParam, ConstU32<64>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	#[pallet::storage_version(migrations::STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds: refundable deposits for what an account makes the chain
	/// store.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A topic's creator, while the topic exists.
		TopicDeposit,
		/// A registered worker or reputer, while it holds the registration.
		RegistrationDeposit,
	}

	#[pallet::config(with_default)]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The runtime's hold reasons.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;
		/// The token fees are paid and deposits are held in.
		#[pallet::no_default]
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// Held from a topic's creator while the topic exists (the topic, its fee revenue,
		/// weight and place in the epoch schedule).
		#[pallet::constant]
		#[pallet::no_default]
		type TopicDeposit: Get<BalanceOf<Self>>;
		/// Held from a worker or reputer while it is registered (the registration and its
		/// count), released by `unregister`.
		#[pallet::constant]
		#[pallet::no_default]
		type RegistrationDeposit: Get<BalanceOf<Self>>;
		/// Who may change the Allora pallets' parameters (each pallet's `set_params`).
		#[pallet::no_default]
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Derives the ecosystem account that receives every fee.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Workers one topic may have.
		#[pallet::constant]
		type MaxWorkersPerTopic: Get<u32>;
		/// Reputers one topic may have.
		#[pallet::constant]
		type MaxReputersPerTopic: Get<u32>;
		/// Topics that may be active at once (the size of the epoch schedule).
		#[pallet::constant]
		type MaxActiveTopics: Get<u32>;
		/// Due topics the block hook weighs at most in one block (their shares settled,
		/// weights updated; the heaviest `MaxActiveTopicsPerBlock` start their epochs). More
		/// topics due in one block are weighed in the next blocks, keeping their period.
		#[pallet::constant]
		type MaxDueTopicsPerBlock: Get<u32>;
		/// Hard upper bound of the parameters `MaxUnfulfilledWorkerRequests` and
		/// `MaxUnfulfilledReputerRequests`, and of `MaxActiveTopicsPerBlock`'s companions.
		#[pallet::constant]
		type MaxUnfulfilledRequests: Get<u32>;
		/// Hard upper bound of the inference pallet's parameter `MaxElementsPerForecast`.
		#[pallet::constant]
		type MaxForecastElements: Get<u32>;
		/// Hard upper bound of the sum of the inference pallet's parameters `MaxTopInferersToReward` and
		/// `MaxTopForecastersToReward`: the most workers one window's synthesis takes. The
		/// synthesis and the regret tables grow with the square of that number, so it bounds the
		/// work of a window close and of a reputer-nonce close (see `benchmarks/README.md`).
		#[pallet::constant]
		type MaxActiveWorkers: Get<u32>;
		/// Hard upper bound of the reputation pallet's parameter `MaxTopReputersToReward`: the most reputers a
		/// reputer-nonce close scores. Each gradient step of the scoring costs the square of that
		/// number (see `benchmarks/README.md`).
		#[pallet::constant]
		type MaxActiveReputers: Get<u32>;
		/// The stake behind each topic (the reputation pallet), whose due removals execute
		/// first in each block.
		#[pallet::no_default_bounds]
		type TopicStake: TopicStake<BlockNumberFor<Self>>;
		/// Told when a topic enters or leaves the active set and when its weight is about to
		/// change (the emissions pallet accrues each active topic's share of the emission).
		type ActiveSetHandler: ActiveSetHandler;
		/// Told when a topic's epoch starts (the inference pallet opens its worker nonce) and
		/// when a participant leaves.
		#[pallet::no_default_bounds]
		type TopicLifecycle: TopicLifecycle<Self::AccountId, BlockNumberFor<Self>>;
		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// The pallet's parameters ([`TopicsParams`]).
	#[pallet::storage]
	pub type Params<T> = StorageValue<_, TopicsParams, ValueQuery>;

	/// How many topics were ever created; topic ids are `1..=TopicCount`.
	#[pallet::storage]
	pub type TopicCount<T> = StorageValue<_, TopicId, ValueQuery>;

	/// Every topic by id.
	#[pallet::storage]
	pub type Topics<T: Config> = StorageMap<_, Blake2_128Concat, TopicId, TopicOf<T>>;

	/// Each topic's fee revenue (smallest unit): every fee paid to it and every funding. It
	/// weighs the topic's share of the rewards.
	#[pallet::storage]
	pub type FeeRevenue<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, BalanceOf<T>, ValueQuery>;

	/// Registrations: `((topic, role), account) →` the deposit held (released on leaving) and
	/// the block the registration began.
	#[pallet::storage]
	pub type Registrations<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, Role),
		Blake2_128Concat,
		T::AccountId,
		Registration<BalanceOf<T>, BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The block each inactive topic became inactive (or was created, if it never was active):
	/// `RetireInactiveTopicsAfter` blocks later anyone may retire it.
	#[pallet::storage]
	pub type InactiveSince<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, BlockNumberFor<T>, OptionQuery>;

	/// The deposit held from each topic's creator (released with the topic).
	#[pallet::storage]
	pub type TopicDeposits<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, BalanceOf<T>, ValueQuery>;

	/// How many accounts hold each `(topic, role)` registration.
	#[pallet::storage]
	pub type RegistrationCount<T> =
		StorageMap<_, Blake2_128Concat, (TopicId, Role), u32, ValueQuery>;

	/// The active topics with the block at which each one's next epoch starts, sorted by
	/// `(block, topic id)`.
	#[pallet::storage]
	pub type EpochSchedule<T: Config> =
		StorageValue<_, BoundedVec<(BlockNumberFor<T>, TopicId), T::MaxActiveTopics>, ValueQuery>;

	/// Each topic's weight as of its latest epoch start: the EMA (`TopicRewardAlpha`) of
	/// `stake^μ · (fee revenue / epoch length)^ν`, 0 without fee revenue. Absent before the
	/// topic's first epoch (the first value is then taken as is). Kept when the topic leaves the
	/// schedule.
	#[pallet::storage]
	pub type TopicWeights<T> = StorageMap<_, Blake2_128Concat, TopicId, Fixed>;

	/// The sum of the stored weights of the scheduled (active) topics: the denominator of a
	/// topic's share of the network's emission.
	#[pallet::storage]
	pub type TotalActiveWeight<T> = StorageValue<_, Fixed, ValueQuery>;

	/// Each participant's score EMA per `(topic, task)` (merit sortition, rewards spec §6.1).
	#[pallet::storage]
	pub type ScoreEmas<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, TopicId>,
			NMapKey<Twox64Concat, RewardTask>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		ScoreEma<BlockNumberFor<T>>,
	>;

	/// The quantile (the topic's `active_*_quantile`) of the last scored epoch's instant scores
	/// per `(topic, task)`: where an excluded candidate's score EMA drifts.
	#[pallet::storage]
	pub type ScoreQuantiles<T> =
		StorageDoubleMap<_, Blake2_128Concat, TopicId, Twox64Concat, RewardTask, Fixed, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The pallet's parameters at genesis (missing fields take the reference defaults).
		pub params: TopicsParams,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::check_params(&self.params).expect("genesis topics parameters are valid");
			Params::<T>::put(&self.params);
			// The ecosystem account must exist before fees smaller than the existential deposit
			// can reach it.
			let pot = Pallet::<T>::ecosystem_account();
			let min = T::Currency::minimum_balance();
			let balance = T::Currency::balance(&pot);
			if balance < min {
				let _ = T::Currency::mint_into(&pot, min.saturating_sub(balance));
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A topic was created; `fee` went to the ecosystem account and its fee revenue, and
		/// `deposit` is held from the creator while the topic exists.
		TopicCreated {
			topic_id: TopicId,
			creator: T::AccountId,
			fee: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// A topic's creator changed its tuning fields.
		TopicUpdated { topic_id: TopicId },
		/// Someone added `amount` to a topic's fee revenue.
		TopicFunded { topic_id: TopicId, funder: T::AccountId, amount: BalanceOf<T> },
		/// A topic's weight qualified: its first epoch starts at `first_epoch_at`.
		TopicActivated { topic_id: TopicId, first_epoch_at: BlockNumberFor<T> },
		/// A topic left the schedule because its weight fell below `MinTopicWeight`.
		TopicInactivated { topic_id: TopicId, weight: Fixed },
		/// A topic left the full schedule to the heavier topic `by` (`activate_replacing`).
		TopicEvicted { topic_id: TopicId, by: TopicId },
		/// A retirement deleted part of a topic's records; call `retire_topic` again to go on.
		TopicRetiring { topic_id: TopicId },
		/// A topic was retired: its storage is gone and its creator got `deposit` back.
		TopicRetired { topic_id: TopicId, deposit: BalanceOf<T> },
		/// A topic's epoch started: its worker nonce is `nonce`.
		EpochStarted { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// More epochs were due at `block` than `MaxActiveTopicsPerBlock`: this topic, among
		/// the lightest of them at `weight`, has no epoch this time; its next one is due
		/// `epoch_length` blocks later, as if it had started.
		EpochSkipped { topic_id: TopicId, block: BlockNumberFor<T>, weight: Fixed },
		/// An account joined a topic in a role, paying `fee`; `deposit` is held while it is
		/// registered.
		Registered {
			topic_id: TopicId,
			account: T::AccountId,
			role: Role,
			fee: BalanceOf<T>,
			deposit: BalanceOf<T>,
		},
		/// `account` lost its place in a topic's full role to `by` (`register_replacing`); its
		/// deposit was returned (see the `Unregistered` event before this one).
		Evicted { topic_id: TopicId, account: T::AccountId, role: Role, by: T::AccountId },
		/// An account left a topic's role and got its `deposit` back (its stake, if any, stays
		/// until removed).
		Unregistered { topic_id: TopicId, account: T::AccountId, role: Role, deposit: BalanceOf<T> },
		/// The privileged origin changed the pallet's parameters.
		ParamsUpdated { updates: ParamUpdates },
		/// A fee for a topic was paid to the ecosystem account (payload fees of other pallets).
		FeePaid { topic_id: TopicId, payer: T::AccountId, fee: BalanceOf<T> },
		/// At an epoch start the topic's weight moved to `weight` (EMA), and its fee revenue
		/// decayed ("dripped") to `fee_revenue`.
		TopicWeightUpdated { topic_id: TopicId, weight: Fixed, fee_revenue: BalanceOf<T> },
		/// More candidates than the task's cap submitted for `nonce`: the `excluded` ones (lowest
		/// score EMAs) are left out and their EMAs drift towards the topic's quantile.
		ActiveSetSelected {
			topic_id: TopicId,
			task: RewardTask,
			nonce: BlockNumberFor<T>,
			selected: u32,
			excluded: u32,
		},
		/// The score EMAs of a task's `scored` participants moved with the instant scores of
		/// `nonce`; `quantile` is the new target of excluded candidates.
		ScoresRecorded {
			topic_id: TopicId,
			task: RewardTask,
			nonce: BlockNumberFor<T>,
			scored: u32,
			quantile: Fixed,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No topic has this id.
		NoSuchTopic,
		/// Only the topic's creator may update it.
		NotTopicCreator,
		/// The metadata is longer than the parameter `MaxStringLength`.
		MetadataTooLong,
		/// The loss method is empty.
		LossMethodEmpty,
		/// The loss method is longer than the parameter `MaxStringLength`.
		LossMethodTooLong,
		/// The epoch length is below the parameter `MinEpochLength`.
		EpochTooShort,
		/// The epoch length is above the parameter `MaxEpochLength`.
		EpochTooLong,
		/// The ground-truth lag is shorter than the epoch.
		GroundTruthLagTooShort,
		/// The ground-truth lag exceeds `MaxUnfulfilledReputerRequests` epochs.
		GroundTruthLagTooLong,
		/// The worker submission window is zero.
		SubmissionWindowZero,
		/// The worker submission window is longer than the epoch.
		SubmissionWindowTooLong,
		/// `p_norm` is outside `2.5..=4.5`.
		PNormOutOfRange,
		/// `alpha_regret` is outside `(0, 1]`.
		AlphaRegretOutOfRange,
		/// `epsilon` is not positive.
		EpsilonNotPositive,
		/// `merit_sortition_alpha` is outside `[0, 1)`.
		MeritSortitionAlphaOutOfRange,
		/// `active_inferer_quantile` is outside `[0, 1)`.
		InfererQuantileOutOfRange,
		/// `active_forecaster_quantile` is outside `[0, 1)`.
		ForecasterQuantileOutOfRange,
		/// `active_reputer_quantile` is outside `[0, 1)`.
		ReputerQuantileOutOfRange,
		/// The amount is zero.
		ZeroAmount,
		/// The account cannot pay this fee or amount (and stay alive).
		CannotPay,
		/// The account cannot set the deposit aside (free balance too low).
		CannotHoldDeposit,
		/// The role still has room: use `register`.
		RoleNotFull,
		/// The topic is active already.
		AlreadyActive,
		/// The epoch schedule has room: a topic whose weight qualifies is activated by
		/// `fund_topic` (or any call that changes its weight).
		ScheduleNotFull,
		/// The topic to replace is not active.
		NotActive,
		/// The topic's weight is below `MinTopicWeight` (or it has no fee revenue).
		WeightTooLow,
		/// The active topic weighs at least as much as the one that would replace it.
		ActiveTopicWeighsMore,
		/// The topic has been inactive for less than `RetireInactiveTopicsAfter` blocks.
		TopicRecentlyActive,
		/// The topic still has registered workers or reputers.
		TopicHasParticipants,
		/// Stake is still behind the topic (its removals have not all executed).
		TopicHasStake,
		/// The topic still has open worker or reputer nonces.
		TopicHasOpenNonces,
		/// The member has been registered for less than an epoch of the topic.
		MemberTooNew,
		/// The member scores at or above the topic's quantile in a task of the role.
		MemberScoresWell,
		/// The account already holds this role in this topic.
		AlreadyRegistered,
		/// The account does not hold this role in this topic.
		NotRegistered,
		/// The topic has `MaxWorkersPerTopic` workers already.
		TooManyWorkers,
		/// The topic has `MaxReputersPerTopic` reputers already.
		TooManyReputers,
		/// A parameter must lie in `[0, 1]`.
		ParamNotAFraction,
		/// A parameter must be positive.
		ParamNotPositive,
		/// A parameter must not be negative.
		ParamNegative,
		/// A count or duration parameter must be at least 1.
		ParamZero,
		/// A parameter exceeds the hard bound for it (255 for `MaxStringLength`, 20 for
		/// `GradientDescentMaxIters`; the runtime's
		/// `MaxUnfulfilledRequests`, `MaxForecastElements`, `MaxActiveTopics`,
		/// `MaxActiveWorkers` for the top inferers and forecasters together, `MaxActiveReputers`
		/// for the top reputers).
		ParamAboveLimit,
		/// `set_params` got no update.
		NoParamUpdates,
		/// `MinEpochLength` would exceed `MaxEpochLength`.
		EpochBoundsInverted,
		/// Commit–reveal with a worker reveal phase of 0 blocks: nobody could reveal.
		WorkerRevealPhaseZero,
		/// The worker reveal phase is as long as the submission window or longer: nobody could
		/// commit (a window of one block cannot use commit–reveal).
		WorkerRevealPhaseTooLong,
		/// Commit–reveal with a reputer reveal phase of 0 blocks: nobody could reveal.
		ReputerRevealPhaseZero,
		/// The reputer reveal phase is as long as the epoch (a reputer window's length) or longer:
		/// nobody could commit.
		ReputerRevealPhaseTooLong,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Executes the due stake removals (the reputation pallet), then starts the due
		/// epochs.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			T::TopicStake::on_block_start(now).saturating_add(Self::start_due_epochs(now))
		}

		/// The runtime's bounds leave room for the network: at least one worker and reputer per
		/// topic, one active topic and one topic weighed per block, and the default
		/// parameters (a new chain's, unless its genesis says otherwise) within the hard bounds.
		fn integrity_test() {
			assert!(T::MaxWorkersPerTopic::get() > 0, "MaxWorkersPerTopic must be at least 1");
			assert!(T::MaxReputersPerTopic::get() > 0, "MaxReputersPerTopic must be at least 1");
			assert!(T::MaxActiveTopics::get() > 0, "MaxActiveTopics must be at least 1");
			assert!(
				T::MaxDueTopicsPerBlock::get() > 0,
				"MaxDueTopicsPerBlock must be at least 1: no due topic would ever be weighed"
			);
			assert!(
				Self::check_params(&TopicsParams::default()).is_ok(),
				"the default parameters must lie within the runtime's hard bounds"
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
		/// Create a topic: a prediction target with its epoch schedule and synthesis settings.
		///
		/// Any account may call it; it pays the parameter `CreateTopicFee` to the ecosystem account,
		/// which also becomes the topic's first fee revenue. The topic gets the next id
		/// (see the `TopicCreated` event) and becomes active once its weight qualifies (see the
		/// pallet docs). Each field of `config` is checked; a bad one fails with its own error.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_topic())]
		pub fn create_topic(origin: OriginFor<T>, config: TopicConfigOf<T>) -> DispatchResult {
			let creator = ensure_signed(origin)?;
			Self::do_create_topic(creator, config)
		}

		/// Change a topic's tuning fields (metadata, `p_norm`, `alpha_regret`, `epsilon`, merit
		/// sortition alpha, active-set quantiles) and its commit–reveal setting. Only the topic's
		/// creator may call it; fields left `None` keep their value. The new values are checked
		/// as at creation. A change of commit–reveal is refused (`TopicHasOpenNonces`) while the
		/// topic has an open worker or reputer window: no window changes its phases.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_topic())]
		pub fn update_topic(
			origin: OriginFor<T>,
			topic_id: TopicId,
			update: TopicUpdate,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_topic(who, topic_id, update)
		}

		/// Add `amount` (smallest unit) to a topic's fee revenue, paid to the ecosystem account.
		///
		/// A higher fee revenue raises the topic's weight: its share of the rewards, and whether
		/// it is served at all. May activate the topic.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::fund_topic())]
		pub fn fund_topic(
			origin: OriginFor<T>,
			topic_id: TopicId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let funder = ensure_signed(origin)?;
			Self::do_fund_topic(funder, topic_id, amount)
		}

		/// Join a topic as a worker (to submit inferences and forecasts) or as a reputer (to
		/// stake and report losses), paying the parameter `RegistrationFee` and holding the
		/// `RegistrationDeposit` while registered. May activate the topic. A topic whose role is
		/// full takes newcomers through [`register_replacing`](Pallet::register_replacing).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(origin: OriginFor<T>, topic_id: TopicId, role: Role) -> DispatchResult {
			let account = ensure_signed(origin)?;
			Self::do_register(account, topic_id, role)
		}

		/// Leave a topic's role, getting the registration deposit back. A worker's payloads for
		/// epochs whose submission window is still open are withdrawn with it, as are a reputer's
		/// loss reports for nonces whose reputer window is still open; what the topic kept about
		/// the account in that role (score EMAs, regrets, inclusion counts, listening
		/// coefficient, smoothed reward fractions) is deleted: a returning account starts as a
		/// newcomer. A reputer's stake is not touched: it is withdrawn through the stake-removal
		/// calls. Charged for the open nonces the topic has.
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::unregister().saturating_add(T::TopicLifecycle::on_unregister_weight())
		)]
		pub fn unregister(
			origin: OriginFor<T>,
			topic_id: TopicId,
			role: Role,
		) -> DispatchResultWithPostInfo {
			let account = ensure_signed(origin)?;
			Self::do_unregister(account, topic_id, role)
		}

		/// Join a topic's full role by taking the place of `member`, a participant that has had
		/// its chance and scores low: registered for at least an epoch, and in every task of the
		/// role either never scored or with a score EMA below the topic's active-set quantile
		/// (where merit sortition leaves candidates out). `member` leaves as with `unregister`
		/// (its deposit is returned, [`Event::Evicted`]); the caller then joins as with
		/// `register`. So a full topic is not closed to newcomers, and a squatter that never
		/// submits, or submits badly, loses its place.
		#[pallet::call_index(6)]
		#[pallet::weight(Pallet::<T>::replacing_weight(T::TopicLifecycle::on_unregister_weight()))]
		pub fn register_replacing(
			origin: OriginFor<T>,
			topic_id: TopicId,
			role: Role,
			member: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let account = ensure_signed(origin)?;
			Self::do_register_replacing(account, topic_id, role, member)
		}

		/// Put `topic_id`, an inactive topic whose weight qualifies, into the full epoch
		/// schedule in place of `active`, a scheduled topic that weighs less (both weights as
		/// they would be computed now). Anyone may call it. `active` leaves the schedule as if
		/// its weight had fallen below the minimum (its share of the emission settled,
		/// [`Event::TopicEvicted`]); `topic_id`'s first epoch starts an epoch from now. So a
		/// full schedule is not closed to heavier topics.
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::fund_topic()
				.saturating_add(T::WeightInfo::inactivate_topic())
				.saturating_add(T::ActiveSetHandler::max_due_weight())
				.saturating_add(T::DbWeight::get().reads(6))
		)]
		pub fn activate_replacing(
			origin: OriginFor<T>,
			topic_id: TopicId,
			active: TopicId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_activate_replacing(topic_id, active)
		}

		/// Retire a topic that has been inactive for `RetireInactiveTopicsAfter` blocks and has
		/// no participants, no stake and no open nonce left: every pallet deletes what it kept
		/// about the topic, and its creator gets the topic deposit back. Anyone may call it. A
		/// topic with a long history is deleted over several calls, two closed nonces' records
		/// each ([`Event::TopicRetiring`] until [`Event::TopicRetired`]).
		#[pallet::call_index(8)]
		#[pallet::weight(Pallet::<T>::retire_weight())]
		pub fn retire_topic(origin: OriginFor<T>, topic_id: TopicId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_retire_topic(topic_id)
		}

		/// Change the pallet's parameters ([`TopicsParams`]; privileged origin only, e.g. sudo or governance).
		///
		/// `updates` lists `(parameter, new value)` pairs applied in order; every value is checked
		/// against its rule and the runtime's hard bounds, and one bad value rejects the whole
		/// call. Fractions are 18-decimal fixed point (`0.25` is `250000000000000000`).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_params(updates.len() as u32))]
		pub fn set_params(origin: OriginFor<T>, updates: ParamUpdates) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_params(updates)
		}
	}
}
