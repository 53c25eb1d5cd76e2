//! # Inference pallet
//!
//! Workers' submissions and the network inference of every epoch of every active topic.
//!
//! When a topic's epoch starts at block `n` (the topics pallet's hook), this pallet opens the
//! *worker nonce* `n`. Registered workers then call
//! [`submit_worker_payload`](Pallet::submit_worker_payload) with an inference (their prediction),
//! a forecast (the loss they expect each other inferer's inference to have), or both, during the
//! topic's submission window: blocks `n + 1 ..= n + worker_submission_window`. At the start of
//! block `n + worker_submission_window + 1` the block hook closes the window and computes the
//! network inferences with the `allora-synthesis` crate from the submissions, the topic's stored
//! regrets and its latest network loss, stores them and emits
//! [`Event::NetworkInferenceComputed`] with the combined value.
//!
//! On a topic with *commit–reveal* (`TopicConfig::commit_reveal`), the window splits in two:
//! in its commit phase a worker sends only the hash of its payload
//! ([`commit_worker_payload`](Pallet::commit_worker_payload)), in its last blocks (the reveal
//! phase) the payload and the salt ([`reveal_worker_payload`](Pallet::reveal_worker_payload)),
//! which must match. Nobody sees a payload before every worker has had to commit to its own;
//! a commitment never revealed takes no part.
//!
//! ## Storage at a glance
//! - [`OpenNonces`]: the worker nonces of each topic whose window has not closed.
//! - [`Inferences`], [`Forecasts`]: the payloads per `(topic, nonce)`.
//! - [`WorkerCommitments`]: on commit–reveal topics, the hashes workers committed per
//!   `(topic, nonce)`.
//! - [`NetworkInferencesAt`], [`LatestNetworkInference`]: the results.
//! - [`Regrets`], [`RegretSlots`], [`LatestNetworkLoss`]: the synthesis state the reputation
//!   pallet updates once the ground truth is known.
//! - [`History`]: the closed nonces whose records are kept; older ones are pruned.
//!
//! ## Bounds
//! Windows are closed at most `MaxActiveTopicsPerBlock` per block (later ones in the next
//! blocks); a nonce holds one payload per registered worker (leaving a topic withdraws the
//! worker's payloads at open nonces), so at most `MaxWorkersPerTopic`; a forecast at most
//! `MaxElementsPerForecast` elements; a topic keeps at most `MaxUnfulfilledWorkerRequests` open
//! nonces (the oldest are dropped) and `MinEpochLengthRecordLimit + ⌈lag / epoch⌉ + 1` closed
//! ones (at most [`Config::MaxHistory`]).

//!
//! ## Example
//! A worker submits an inference and a forecast for an open nonce (the test this is taken
//! from):
#![doc = docify::embed!("src/tests/mod.rs", submit_stores_the_payload_pays_the_fee_and_tells)]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod closes;
pub mod config_preludes;
mod dispatchable_impls;
mod handlers;
mod params;
mod payloads;
mod queries;
mod regrets;
mod synthesis;
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
pub use params::{InferenceParam, InferenceParams};
pub use queries::{NetworkInferenceView, PayloadsView, RegretList};
pub use regrets::{
	inclusions, stored_regret, stored_regrets, write_regret_rows, write_regrets, StoredRegrets,
};
pub use types::*;
pub use weight_model::{base_units, regret_updates_bound, synthesis_units, worst_network_units};
pub use weights::WeightInfo;

use alloc::{collections::BTreeMap, vec::Vec};
use allora_primitives::{
	commit_reveal::{self, Commitment, Salt, WindowPhase},
	queue::{insert_sorted, retire_into},
	LossReport, NonceParticipants, ParamSet, TopicLifecycle, WindowHandler, WorkerResults,
};
use allora_synthesis::{
	losses::LossBundle,
	regrets::{
		initial_regret, is_experienced, regret_row_plans, regret_rows_bound, RegretKey, RegretRow,
		RegretSource, RowUpdates,
	},
	Fixed, SynthesisError, SynthesisParams,
};
use pallet_topics::{RewardTask, Role, TopicId, TopicOf};
use polkadot_sdk::{
	frame_support::{self, pallet_prelude::*},
	frame_system::{self, pallet_prelude::*},
	sp_runtime::{traits::Saturating, SaturatedConversion},
};

/// A forecast as submitted.
pub type ForecastOf<T> = BoundedVec<
	ForecastElement<<T as frame_system::Config>::AccountId>,
	<T as pallet_topics::Config>::MaxForecastElements,
>;
/// A worker's payload as the calls take it, and as its commitment hashes it: the inference and
/// the forecast.
pub type PayloadOf<T> = (Option<Fixed>, Option<ForecastOf<T>>);
/// A stored network inference record.
pub type RecordOf<T> = NetworkInferenceRecord<
	<T as frame_system::Config>::AccountId,
	<T as pallet_topics::Config>::MaxWorkersPerTopic,
>;
/// The cells of a stored row of regrets: one per slot of the topic's [`RegretSlots`], by slot
/// index.
pub type RegretCellsOf<T> = BoundedVec<RegretCell, <T as Config>::MaxRegretSlots>;
/// A stored row of regrets: the generation of the slot it is about, and its cells.
pub type StoredRowOf<T> = StoredRow<RegretCellsOf<T>>;
/// A slot of a topic's regrets.
pub type RegretSlotOf<T> = RegretSlot<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A topic's regret slots, by index.
pub type RegretSlotsOf<T> = BoundedVec<RegretSlotOf<T>, <T as Config>::MaxRegretSlots>;
/// The index of a slot in a topic's [`RegretSlots`].
pub type SlotIndex = u16;
/// The progress of a close in stages.
pub type CloseProgressOf<T> = CloseProgress<BlockNumberFor<T>>;
/// A staged regret update.
pub type RegretUpdateOf<T> = RegretUpdate<
	BlockNumberFor<T>,
	LossReport<
		<T as frame_system::Config>::AccountId,
		<T as pallet_topics::Config>::MaxWorkersPerTopic,
	>,
>;
/// The compact active payloads of the close in progress.
pub type ClosingPayloadsOf<T> = ClosingPayloads<
	<T as frame_system::Config>::AccountId,
	<T as pallet_topics::Config>::MaxActiveWorkers,
	<T as pallet_topics::Config>::MaxForecastElements,
>;
/// A closing window's active payloads: the inferences, and the forecasts as `(inferer, value)`
/// lists, by account; and the larger of the numbers of inferences and of forecasts the active
/// sets left out (deleted).
pub type ActivePayloads<A> = (BTreeMap<A, Fixed>, BTreeMap<A, Vec<(A, Fixed)>>, u32);

/// The regret rows, and the inclusion counts, one retirement call deletes at most: a retired
/// topic has no workers left, and each worker took its own rows and counts with it, so only
/// the shared rows remain; more are deleted by the next call.
pub const RETIRED_ITEMS_PER_CALL: u32 = 16;

/// A window to close: `(closes at, topic, nonce)`.
pub type Closing<T> = (BlockNumberFor<T>, TopicId, BlockNumberFor<T>);

/// Parameter changes of one `set_params` call.
pub type ParamUpdates = BoundedVec<InferenceParam, ConstU32<32>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config(with_default)]
	pub trait Config:
		polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_topics::Config
	{
		/// Closed nonces whose records a topic keeps at most.
		#[pallet::constant]
		type MaxHistory: Get<u32>;
		/// Submission windows open at once across all topics.
		#[pallet::constant]
		type MaxOpenWindows: Get<u32>;
		/// The largest magnitude of an inference or forecasted loss.
		#[pallet::constant]
		type MaxAbsValue: Get<Fixed>;
		/// The weight the block hook may spend closing windows: it closes only as many due
		/// windows as fit at their worst case (at least one per block); the others wait in the
		/// queue for the next blocks.
		#[pallet::constant]
		type MaxClosingWeight: Get<Weight>;
		/// The workers whose regrets a topic keeps ([`RegretSlots`]): the most recently
		/// written. A worker that gives its slot up reads as the topic's initial regret again,
		/// as a newcomer. At least twice the largest active set (`MaxActiveWorkers`, or
		/// `MaxWorkersPerTopic` if fewer), so that one update (inferers and forecasters) never
		/// evicts a worker it updates; at most 65 535.
		#[pallet::constant]
		type MaxRegretSlots: Get<u32>;
		/// Told when a worker window closes (the reputation pallet opens the epoch's reputer
		/// window).
		#[pallet::no_default_bounds]
		type WindowHandler: WindowHandler<Self::AccountId, BlockNumberFor<Self>>;
		/// Weights of this pallet's call and hook.
		type WeightInfo: WeightInfo;
	}

	/// The worker nonces of each topic whose submission window has not closed, oldest first.
	#[pallet::storage]
	pub type OpenNonces<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		TopicId,
		BoundedVec<BlockNumberFor<T>, T::MaxUnfulfilledRequests>,
		ValueQuery,
	>;

	/// The open submission windows of all topics, by closing block: `(closes at, topic, nonce)`,
	/// sorted.
	#[pallet::storage]
	pub type ClosingQueue<T: Config> =
		StorageValue<_, BoundedVec<Closing<T>, T::MaxOpenWindows>, ValueQuery>;

	/// Inferences: `((topic, nonce), worker) → value`.
	#[pallet::storage]
	pub type Inferences<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		Fixed,
	>;

	/// Forecasts: `((topic, nonce), forecaster) → elements` (one per inferer).
	#[pallet::storage]
	pub type Forecasts<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		ForecastOf<T>,
	>;

	/// Commitments of commit–reveal topics ([`commit_worker_payload`](Pallet::commit_worker_payload)):
	/// `((topic, nonce), worker) → blake2_256(SCALE((inference, forecast)) ++ salt ++
	/// SCALE(worker))`. At most one per registered worker and nonce (a worker leaving the topic
	/// takes its commitments at open nonces with it); kept after the reveal, so that anyone can
	/// see who committed and did not reveal, and deleted with the nonce's payloads.
	#[pallet::storage]
	pub type WorkerCommitments<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		(TopicId, BlockNumberFor<T>),
		Blake2_128Concat,
		T::AccountId,
		Commitment,
	>;

	/// The network inferences of each closed nonce that had inferences.
	#[pallet::storage]
	pub type NetworkInferencesAt<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Twox64Concat,
		BlockNumberFor<T>,
		RecordOf<T>,
	>;

	/// The latest network inference of each topic.
	#[pallet::storage]
	pub type LatestNetworkInference<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, LatestInference<BlockNumberFor<T>>>;

	/// The closed nonces of each topic whose records are kept, oldest first.
	#[pallet::storage]
	pub type History<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		TopicId,
		BoundedVec<BlockNumberFor<T>, T::MaxHistory>,
		ValueQuery,
	>;

	/// Each topic's regrets (synthesis spec §1.3), by row ([`RegretRow`]: one per table and per
	/// withheld or added worker, that worker named by its slot in [`RegretSlots`]): one cell per
	/// slot, in slot order, and the generation of the slot the row is about. A cell that is
	/// empty, or was written under an older generation of its slot, reads as the topic's initial
	/// regret, and so does every cell of a row about a former holder of its slot.
	#[pallet::storage]
	pub type Regrets<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		RegretRow<SlotIndex>,
		StoredRowOf<T>,
		ValueQuery,
	>;

	/// Each topic's regret slots: the workers whose regrets it keeps (at most
	/// [`Config::MaxRegretSlots`]), each at the index its cells have in every row of
	/// [`Regrets`], and how many times it was paid for each task in the topic (its
	/// inclusions: a worker with a stored regret paid at least `1 / alpha_regret` times is
	/// *experienced*, and the experienced workers' regrets set the topic's initial regret). A
	/// worker gets a slot when its regrets are first written and gives it up, with its counts,
	/// when it leaves the topic or, the slots being full, when it is the least recently written
	/// and a newcomer needs one.
	#[pallet::storage]
	pub type RegretSlots<T: Config> =
		StorageMap<_, Blake2_128Concat, TopicId, RegretSlotsOf<T>, ValueQuery>;

	/// Each topic's latest network loss (of the combined inference); none before the first
	/// ground truth, which makes the next synthesis the median of the inferences.
	#[pallet::storage]
	pub type LatestNetworkLoss<T: Config> = StorageMap<_, Blake2_128Concat, TopicId, Fixed>;

	/// The window close in progress, when one did not fit in its block. The close's first
	/// stage chooses the active sets and computes the combined and naive networks; its
	/// counterfactual networks (one-out and one-in, [`allora_synthesis::inference::Counterfactuals`])
	/// follow in the next blocks' closing hooks, before any other close, as many as each block's
	/// budget allows; the last stage stores the record. Meanwhile the topic's regrets and latest
	/// network loss do not change (its reputer closes wait; a worker leaving it keeps its
	/// regrets), so the record is the synthesis of the state before the first stage.
	#[pallet::storage]
	pub type CloseInProgress<T: Config> = StorageValue<_, CloseProgress<BlockNumberFor<T>>>;

	/// The active payloads of the close in progress, compactly ([`ClosingPayloads`]).
	#[pallet::storage]
	pub type ClosingInputs<T: Config> = StorageValue<_, ClosingPayloadsOf<T>>;

	/// The record of the close in progress: its counterfactual networks so far.
	#[pallet::storage]
	pub type PartialRecord<T: Config> = StorageValue<_, RecordOf<T>>;

	/// The regret updates waiting for their rows to be written, by topic: a reputer close hands
	/// its network losses over, the closing hook writes the rows from the next block on, in
	/// the order of [`RegretUpdateQueue`], before any window close starts, as many a block as
	/// `MaxClosingWeight` allows. The topic's slots are taken and its initial regret
	/// re-estimated when the losses come; its latest network loss and initial regret change
	/// once every row is written. Meanwhile the topic's reputer closes wait, as for a close in
	/// stages.
	#[pallet::storage]
	pub type RegretUpdates<T: Config> = StorageMap<_, Blake2_128Concat, TopicId, RegretUpdateOf<T>>;

	/// The topics of [`RegretUpdates`], in the order their updates are written.
	#[pallet::storage]
	pub type RegretUpdateQueue<T: Config> =
		StorageValue<_, BoundedVec<TopicId, T::MaxOpenWindows>, ValueQuery>;

	/// The nonces retired from a topic's history whose payloads and record are still to be
	/// deleted: the closing hook prunes them from the next block on, before any window close
	/// starts, as many a block as `MaxClosingWeight` allows (a full nonce's prune is 0.7 MB of
	/// proof, too much to ride along with a close's stage). Meanwhile the topic cannot retire.
	#[pallet::storage]
	pub type PruneQueue<T: Config> =
		StorageValue<_, BoundedVec<(TopicId, BlockNumberFor<T>), T::MaxOpenWindows>, ValueQuery>;

	/// The pallet's parameters ([`InferenceParams`]); the privileged origin changes them with
	/// [`set_params`](Pallet::set_params).
	#[pallet::storage]
	pub type Params<T> = StorageValue<_, InferenceParams, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The pallet's parameters at genesis (missing fields take the reference defaults).
		pub params: InferenceParams,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::check_params(&self.params)
				.expect("genesis inference parameters are valid");
			Params::<T>::put(&self.params);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The privileged origin changed the pallet's parameters.
		ParamsUpdated { updates: ParamUpdates },
		/// A worker nonce opened: payloads are accepted in blocks `opens_at ..= closes_at`.
		NonceOpened {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			opens_at: BlockNumberFor<T>,
			closes_at: BlockNumberFor<T>,
		},
		/// A worker submitted for a nonce (or revealed its committed payload, on a commit–reveal
		/// topic): an inference, a forecast of `forecast_elements` elements (after duplicates
		/// were dropped), or both.
		WorkerPayloadSubmitted {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			worker: T::AccountId,
			inference: Option<Fixed>,
			forecast_elements: u32,
		},
		/// A worker of a commit–reveal topic committed to a payload for a nonce (the payload
		/// itself follows, as `WorkerPayloadSubmitted`, when the worker reveals it).
		WorkerPayloadCommitted { topic_id: TopicId, nonce: BlockNumberFor<T>, worker: T::AccountId },
		/// A window closed and the network inference was computed from `inferers` inferences
		/// and `forecasters` forecasts.
		NetworkInferenceComputed {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			combined: Fixed,
			naive: Fixed,
			inferers: u32,
			forecasters: u32,
		},
		/// A window's close did not fit in this block: `computed` of its `networks`
		/// counterfactual networks are done, the others follow in the next blocks (see
		/// [`CloseInProgress`]).
		CloseContinues { topic_id: TopicId, nonce: BlockNumberFor<T>, computed: u32, networks: u32 },
		/// A nonce's network losses came: its regret update's `rows` rows are written from the
		/// next block on (see [`RegretUpdates`]), then `RegretsUpdated` follows.
		RegretUpdateStaged { topic_id: TopicId, nonce: BlockNumberFor<T>, rows: u32 },
		/// A window closed without any inference: nothing to compute.
		NonceClosedEmpty { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// A window closed but the synthesis failed (the topic goes on with its next epoch).
		SynthesisFailed { topic_id: TopicId, nonce: BlockNumberFor<T>, error: SynthesisError },
		/// A nonce was dropped unprocessed: `MaxUnfulfilledWorkerRequests` newer ones are open,
		/// or no window slot was free.
		NonceDropped { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// The records of an old nonce were deleted.
		NoncePruned { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// The ground truth of a nonce is in: its network loss is now the topic's latest, and
		/// `regrets` regrets were updated.
		RegretsUpdated {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			network_loss: Fixed,
			regrets: u32,
		},
		/// The topic's initial regret (the regret of a newcomer) was re-estimated from its
		/// experienced workers.
		InitialRegretUpdated { topic_id: TopicId, initial_regret: Fixed },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No topic has this id.
		NoSuchTopic,
		/// The sender is not a registered worker of the topic.
		NotRegisteredWorker,
		/// The nonce is not an open worker nonce of the topic (never opened, or closed).
		NonceNotOpen,
		/// The nonce's submission window has not started yet or is over.
		OutsideSubmissionWindow,
		/// This worker already submitted for this nonce.
		AlreadySubmitted,
		/// Neither an inference nor a forecast was given.
		EmptyPayload,
		/// A forecast was given with no element.
		EmptyForecast,
		/// A forecast has more elements than `MaxElementsPerForecast` (duplicates not counted).
		TooManyForecastElements,
		/// An inference or forecasted loss is larger in magnitude than `MaxAbsValue`.
		ValueOutOfRange,
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
		/// The topic does not use commit–reveal: submit with `submit_worker_payload`.
		CommitRevealOff,
		/// The topic uses commit–reveal: commit with `commit_worker_payload`, then reveal with
		/// `reveal_worker_payload`.
		CommitRevealOn,
		/// The nonce's window is not in its commit phase (not started, or revealing already).
		NotCommitPhase,
		/// This worker already committed for this nonce.
		AlreadyCommitted,
		/// The nonce's window is not in its reveal phase (still committing).
		NotRevealPhase,
		/// This worker did not commit for this nonce: nothing to reveal.
		NoCommitment,
		/// The payload and salt do not hash to this worker's commitment.
		RevealMismatch,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::close_due_windows(now)
		}

		/// The regret slots hold an update's workers; a topic keeps at least one open window and one
		/// closed record; the default parameters lie within the runtime's bounds.
		fn integrity_test() {
			let active = T::MaxActiveWorkers::get().min(T::MaxWorkersPerTopic::get());
			assert!(
				T::MaxRegretSlots::get() >= active.saturating_mul(2),
				"MaxRegretSlots must hold twice the largest active set"
			);
			assert!(
				T::MaxRegretSlots::get() <= u32::from(SlotIndex::MAX),
				"MaxRegretSlots must fit a slot index"
			);
			assert!(T::MaxOpenWindows::get() > 0, "MaxOpenWindows must be at least 1");
			assert!(T::MaxHistory::get() > 0, "MaxHistory must be at least 1");
			assert!(T::MaxAbsValue::get() > Fixed::ZERO, "MaxAbsValue must be positive");
			assert!(
				Self::check_params(&InferenceParams::default()).is_ok(),
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
		/// Submit a worker's payload for one epoch (worker nonce) of a topic.
		///
		/// - `nonce`: the block at which the epoch started (see the `NonceOpened` event); the
		///   payload is accepted in the blocks after it, up to the topic's submission window.
		/// - `inference`: the worker's prediction of the topic's target.
		/// - `forecast`: the loss the worker expects each listed inferer's inference of this
		///   epoch to have. Only the elements about the epoch's inferers are used (the others
		///   are kept but ignored); a repeated inferer is ignored after its first element; at
		///   most `MaxElementsPerForecast` elements.
		///
		/// At least one of the two; each value at most `MaxAbsValue` in magnitude (18-decimal
		/// fixed point: `1.5` is `1500000000000000000`). Once per worker and nonce; pays the
		/// `DataSendingFee` to the topic. Topics with commit–reveal take
		/// `commit_worker_payload` and `reveal_worker_payload` instead.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::submit_worker_payload(
			forecast.as_ref().map_or(0, |f| f.len() as u32)
		))]
		pub fn submit_worker_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			inference: Option<Fixed>,
			forecast: Option<ForecastOf<T>>,
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_submit_worker_payload(worker, topic_id, nonce, inference, forecast)
		}

		/// Commit to a payload for one epoch (worker nonce) of a commit–reveal topic, without
		/// showing it.
		///
		/// - `commitment`: `blake2_256(SCALE((inference, forecast)) ++ salt ++ SCALE(worker))`,
		///   the payload being the two arguments `reveal_worker_payload` will take, `salt` 32
		///   secret bytes, `worker` the sender's account id.
		///
		/// Accepted in the commit phase of the nonce's window (its blocks before the topic's
		/// worker reveal phase), once per worker and nonce; pays the `DataSendingFee` to the
		/// topic, which is not refunded if the payload is never revealed (an unrevealed
		/// commitment takes no part in the synthesis).
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::commit_worker_payload())]
		pub fn commit_worker_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			commitment: Commitment,
		) -> DispatchResult {
			let worker = ensure_signed(origin)?;
			Self::do_commit_worker_payload(worker, topic_id, nonce, commitment)
		}

		/// Reveal the payload committed with `commit_worker_payload`: the same `inference` and
		/// `forecast` (see `submit_worker_payload` for their meaning and bounds) and the `salt`
		/// of the commitment.
		///
		/// Accepted in the reveal phase of the nonce's window (its last blocks, the topic's
		/// worker reveal phase) if they hash to the worker's commitment; the payload then counts
		/// as a submission. Free when it succeeds (the commitment paid).
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::reveal_worker_payload(
			forecast.as_ref().map_or(0, |f| f.len() as u32)
		))]
		pub fn reveal_worker_payload(
			origin: OriginFor<T>,
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			inference: Option<Fixed>,
			forecast: Option<ForecastOf<T>>,
			salt: Salt,
		) -> DispatchResultWithPostInfo {
			let worker = ensure_signed(origin)?;
			Self::do_reveal_worker_payload(worker, topic_id, nonce, inference, forecast, salt)
		}

		/// Change the pallet's parameters ([`InferenceParams`]; privileged origin only, e.g. sudo or
		/// governance). The updates apply in order; if any value breaks its rule or the runtime's
		/// hard bounds, none does.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::set_params(updates.len() as u32))]
		pub fn set_params(origin: OriginFor<T>, updates: ParamUpdates) -> DispatchResult {
			<T as pallet_topics::Config>::AdminOrigin::ensure_origin(origin)?;
			Self::do_set_params(updates)
		}
	}
}
