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
//! ## Storage at a glance
//! - [`OpenNonces`]: the worker nonces of each topic whose window has not closed.
//! - [`Inferences`], [`Forecasts`]: the payloads per `(topic, nonce)`.
//! - [`NetworkInferencesAt`], [`LatestNetworkInference`]: the results.
//! - [`Regrets`], [`LatestNetworkLoss`]: the synthesis state the reputation pallet updates once
//!   the ground truth is known.
//! - [`History`]: the closed nonces whose records are kept; older ones are pruned.
//!
//! ## Bounds
//! Windows are closed at most `MaxActiveTopicsPerBlock` per block (later ones in the next
//! blocks); a nonce holds one payload per registered worker (leaving a topic withdraws the
//! worker's payloads at open nonces), so at most `MaxWorkersPerTopic`; a forecast at most
//! `MaxElementsPerForecast` elements; a topic keeps at most `MaxUnfulfilledWorkerRequests` open
//! nonces (the oldest are dropped) and `MinEpochLengthRecordLimit + ⌈lag / epoch⌉ + 1` closed
//! ones (at most [`Config::MaxHistory`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod queries;
mod regrets;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use queries::{NetworkInferenceView, PayloadsView, RegretList};
pub use regrets::{stored_regret, stored_regrets, write_regrets, StoredRegrets};
pub use types::*;
pub use weights::WeightInfo;

use alloc::{collections::BTreeMap, vec::Vec};
use allora_synthesis::{
	inference::network_inferences,
	losses::LossBundle,
	regrets::{
		initial_regret, is_experienced, regret_rows_bound, regret_updates, RegretKey, RegretRow,
		RegretSource,
	},
	Fixed, SynthesisError, SynthesisParams,
};
use pallet_topics::{
	queue::{insert_sorted, take_due},
	GlobalParams, RewardTask, Role, TopicHandler, TopicId, TopicOf,
};
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
/// A stored network inference record.
pub type RecordOf<T> = NetworkInferenceRecord<
	<T as frame_system::Config>::AccountId,
	<T as pallet_topics::Config>::MaxWorkersPerTopic,
>;
/// A stored row of regrets: `(worker, regret)`, least recently updated first.
pub type RegretRowOf<T> =
	BoundedVec<(<T as frame_system::Config>::AccountId, Fixed), <T as Config>::MaxRegretsPerRow>;
/// A closing window's active payloads: the inferences, and the forecasts as `(inferer, value)`
/// lists, by account; and the larger of the numbers of inferences and of forecasts the active
/// sets left out (deleted).
pub type ActivePayloads<A> = (BTreeMap<A, Fixed>, BTreeMap<A, Vec<(A, Fixed)>>, u32);
/// The size of a synthesis over `i` inferers and `f` forecasters with `elements` forecast
/// elements in all, in the unit its weight is measured in: about one `exp` (a weight) and one
/// regret read each. Each of the `i` one-out-inferer networks, the combined and the naive one
/// recompute the forecast-implied inferences (`elements`) and the weights (`2 (i + f)`); each of
/// the `f` one-out-forecaster and one-in networks the weights (`2 (i + f)`).
pub fn synthesis_units(i: u32, f: u32, elements: u32) -> u32 {
	let participants = i.saturating_add(f).saturating_mul(2);
	let per_inferer = elements.saturating_add(participants);
	i.saturating_add(2)
		.saturating_mul(per_inferer)
		.saturating_add(f.saturating_mul(2).saturating_mul(participants))
}

/// The most regrets one closed reputer nonce over `participants` inferers and forecasters
/// updates ([`Pallet::apply_network_losses`]): each inferer's and forecaster's own, each
/// inferer's against the naive network, each one-out network's against every participant, and
/// each one-in network's against the inferers and its own forecaster: `p² + 2p` for `p`
/// participants (one fewer per forecaster that is also an inferer). They are read and written
/// by row ([`regret_rows_bound`] rows).
pub fn regret_updates_bound(participants: u32) -> u32 {
	participants.saturating_mul(participants.saturating_add(2))
}

/// The regret rows, and the inclusion counts, one retirement call deletes at most: a retired
/// topic has no workers left, and each worker took its own rows and counts with it, so only
/// the shared rows remain; more are deleted by the next call.
pub const RETIRED_ITEMS_PER_CALL: u32 = 16;

/// A window to close: `(closes at, topic, nonce)`.
pub type Closing<T> = (BlockNumberFor<T>, TopicId, BlockNumberFor<T>);

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
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
		/// The workers a row of a topic's [`Regrets`] keeps: the most recently updated. A
		/// worker dropped from a row reads as the topic's initial regret again, as a newcomer.
		/// At least the largest active set (`MaxActiveWorkers`, or `MaxWorkersPerTopic` if
		/// fewer), so that one update never drops a worker it updates.
		#[pallet::constant]
		type MaxRegretsPerRow: Get<u32>;
		/// Told when a worker window closes (the reputation pallet opens the epoch's reputer
		/// window).
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
	/// withheld or added worker): the row's workers and their regrets, from the least to the
	/// most recently updated. A worker missing from a row reads as the topic's initial regret; a
	/// row keeps the [`Config::MaxRegretsPerRow`] most recently updated workers.
	#[pallet::storage]
	pub type Regrets<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		RegretRow<T::AccountId>,
		RegretRowOf<T>,
		ValueQuery,
	>;

	/// Each topic's latest network loss (of the combined inference); none before the first
	/// ground truth, which makes the next synthesis the median of the inferences.
	#[pallet::storage]
	pub type LatestNetworkLoss<T: Config> = StorageMap<_, Blake2_128Concat, TopicId, Fixed>;

	/// How many times each worker was paid for a task in a topic: a worker paid at least
	/// `1 / alpha_regret` times with a stored regret is *experienced*, and the experienced
	/// workers' regrets set the topic's initial regret.
	#[pallet::storage]
	pub type InclusionCount<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Blake2_128Concat,
		(WorkerTask, T::AccountId),
		u64,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A worker nonce opened: payloads are accepted in blocks `opens_at ..= closes_at`.
		NonceOpened {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			opens_at: BlockNumberFor<T>,
			closes_at: BlockNumberFor<T>,
		},
		/// A worker submitted for a nonce: an inference, a forecast of `forecast_elements`
		/// elements (after duplicates were dropped), or both.
		WorkerPayloadSubmitted {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			worker: T::AccountId,
			inference: Option<Fixed>,
			forecast_elements: u32,
		},
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
		/// A forecast element names an account that is not a registered worker of the topic.
		ForecastInfererNotWorker,
		/// An inference or forecasted loss is larger in magnitude than `MaxAbsValue`.
		ValueOutOfRange,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::close_due_windows(now)
		}

		fn integrity_test() {
			let active = T::MaxActiveWorkers::get().min(T::MaxWorkersPerTopic::get());
			assert!(
				T::MaxRegretsPerRow::get() >= active,
				"MaxRegretsPerRow must hold the largest active set"
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
		///   epoch to have. Each inferer must be a registered worker; a repeated inferer is
		///   ignored after its first element; at most `MaxElementsPerForecast` elements.
		///
		/// At least one of the two; each value at most `MaxAbsValue` in magnitude (18-decimal
		/// fixed point: `1.5` is `1500000000000000000`). Once per worker and nonce; pays the
		/// `DataSendingFee` to the topic.
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
			let topic =
				pallet_topics::Pallet::<T>::topic(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
			ensure!(
				pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Worker, &worker),
				Error::<T>::NotRegisteredWorker
			);
			ensure!(OpenNonces::<T>::get(topic_id).contains(&nonce), Error::<T>::NonceNotOpen);
			let now = frame_system::Pallet::<T>::block_number();
			let last = nonce.saturating_add(topic.config.worker_submission_window);
			ensure!(now > nonce && now <= last, Error::<T>::OutsideSubmissionWindow);
			let key = (topic_id, nonce);
			ensure!(
				!Inferences::<T>::contains_key(key, &worker)
					&& !Forecasts::<T>::contains_key(key, &worker),
				Error::<T>::AlreadySubmitted
			);
			ensure!(inference.is_some() || forecast.is_some(), Error::<T>::EmptyPayload);
			if let Some(v) = inference {
				Self::check_value(v)?;
			}
			let params = pallet_topics::Params::<T>::get();
			let forecast =
				forecast.map(|f| Self::checked_forecast(topic_id, f, &params)).transpose()?;
			pallet_topics::Pallet::<T>::pay_topic_fee(
				topic_id,
				&worker,
				params.data_sending_fee.saturated_into(),
			)?;
			if let Some(v) = inference {
				Inferences::<T>::insert(key, &worker, v);
			}
			let forecast_elements = forecast.as_ref().map_or(0, |f| f.len() as u32);
			if let Some(f) = forecast {
				Forecasts::<T>::insert(key, &worker, f);
			}
			Self::deposit_event(Event::WorkerPayloadSubmitted {
				topic_id,
				nonce,
				worker,
				inference,
				forecast_elements,
			});
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn check_value(v: Fixed) -> Result<(), Error<T>> {
		let max = T::MaxAbsValue::get();
		let ok = v.abs().map(|a| a <= max).unwrap_or(false);
		ensure!(ok, Error::<T>::ValueOutOfRange);
		Ok(())
	}

	/// The forecast without repeated inferers (the first element of each is kept), after
	/// checking its size, its inferers and its values.
	fn checked_forecast(
		topic_id: TopicId,
		forecast: ForecastOf<T>,
		params: &GlobalParams,
	) -> Result<ForecastOf<T>, Error<T>> {
		ensure!(!forecast.is_empty(), Error::<T>::EmptyForecast);
		let mut seen = alloc::collections::BTreeSet::new();
		let mut kept = Vec::with_capacity(forecast.len());
		for el in forecast {
			if seen.insert(el.inferer.clone()) {
				kept.push(el);
			}
		}
		ensure!(
			kept.len() <= params.max_elements_per_forecast as usize,
			Error::<T>::TooManyForecastElements
		);
		for el in &kept {
			ensure!(
				pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Worker, &el.inferer),
				Error::<T>::ForecastInfererNotWorker
			);
			Self::check_value(el.value)?;
		}
		// No longer than the input, which was within the bound.
		Ok(BoundedVec::truncate_from(kept))
	}

	/// Opens worker nonce `nonce` of a topic (its epoch start): records it as open and queues
	/// its window's close; drops the oldest open nonce beyond `MaxUnfulfilledWorkerRequests`.
	fn open_nonce(topic_id: TopicId, topic: &TopicOf<T>, nonce: BlockNumberFor<T>) -> Weight {
		let params = pallet_topics::Params::<T>::get();
		let mut weight = <T as Config>::WeightInfo::open_nonce();
		let closes_at = nonce.saturating_add(topic.config.worker_submission_window);
		let close = closes_at.saturating_add(1u32.into());
		let queued = ClosingQueue::<T>::try_mutate(|q| insert_sorted(q, (close, topic_id, nonce)));
		if queued.is_err() {
			Self::deposit_event(Event::NonceDropped { topic_id, nonce });
			return weight;
		}
		let mut open = OpenNonces::<T>::get(topic_id);
		let keep = (params.max_unfulfilled_worker_requests.min(T::MaxUnfulfilledRequests::get())
			as usize)
			.max(1);
		while open.len() >= keep {
			let oldest = open.remove(0);
			Self::deposit_event(Event::NonceDropped { topic_id, nonce: oldest });
			weight.saturating_accrue(Self::retire(topic_id, topic, oldest));
		}
		// There is room now: the loop above made it.
		let _ = open.try_push(nonce);
		OpenNonces::<T>::insert(topic_id, open);
		Self::deposit_event(Event::NonceOpened {
			topic_id,
			nonce,
			opens_at: nonce.saturating_add(1u32.into()),
			closes_at,
		});
		weight
	}

	/// The block hook: closes the windows due at `now`, at most `MaxActiveTopicsPerBlock` and
	/// as many as fit in `MaxClosingWeight` at their worst case.
	fn close_due_windows(now: BlockNumberFor<T>) -> Weight {
		let params = pallet_topics::Params::<T>::get();
		let cap = pallet_topics::queue::capacity(
			params.max_active_topics_per_block,
			T::MaxClosingWeight::get(),
			Self::worst_close_weight(&params),
		);
		let mut weight = <T as Config>::WeightInfo::on_initialize_idle();
		let mut queue = ClosingQueue::<T>::get();
		let taken = take_due(&mut queue, now, cap, |(at, _, _)| *at);
		if taken.is_empty() {
			return weight;
		}
		ClosingQueue::<T>::put(queue);
		for (_, topic_id, nonce) in taken {
			weight.saturating_accrue(Self::close_window(topic_id, nonce));
		}
		weight
	}

	/// The most one window close can weigh under `params`: the synthesis over the largest
	/// active sets (`params` are checked to keep them within `MaxActiveWorkers`) with full
	/// forecasts, every other payload of a full topic left out, and two prunes of a full nonce
	/// on retirement.
	pub fn worst_close_weight(params: &GlobalParams) -> Weight {
		let workers = T::MaxWorkersPerTopic::get();
		let i = params.max_top_inferers_to_reward.min(workers);
		let f = params.max_top_forecasters_to_reward.min(workers);
		let per_forecast = params.max_elements_per_forecast.min(i);
		let units = synthesis_units(i, f, f.saturating_mul(per_forecast));
		let excluded = workers.saturating_sub(i.min(f));
		let prune = <T as Config>::WeightInfo::prune_nonce(workers.saturating_mul(2));
		<T as Config>::WeightInfo::close_window(units)
			.saturating_add(<T as Config>::WeightInfo::read_regret_rows(regret_rows_bound(i, f)))
			.saturating_add(<T as Config>::WeightInfo::exclude_payloads(excluded))
			.saturating_add(prune.saturating_mul(2))
			.saturating_add(T::WindowHandler::max_weight())
	}

	/// Closes one window: computes and stores the network inferences, marks the nonce
	/// fulfilled, and retires it into the history.
	fn close_window(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		let Some(topic) = pallet_topics::Pallet::<T>::topic(topic_id) else {
			return <T as Config>::WeightInfo::close_window_empty();
		};
		let was_open = OpenNonces::<T>::mutate(topic_id, |open| {
			let before = open.len();
			open.retain(|n| *n != nonce);
			open.len() != before
		});
		if !was_open {
			// Dropped earlier: already retired.
			return <T as Config>::WeightInfo::close_window_empty();
		}
		let (inferences, forecasts, excluded) = Self::active_payloads(topic_id, &topic, nonce);
		let (i, f) = (inferences.len() as u32, forecasts.len() as u32);
		let elements = forecasts.values().map(|e| e.len() as u32).fold(0u32, u32::saturating_add);
		let mut weight = <T as Config>::WeightInfo::close_window(synthesis_units(i, f, elements))
			.saturating_add(<T as Config>::WeightInfo::exclude_payloads(excluded));
		let mut computed = false;
		if inferences.is_empty() {
			Self::deposit_event(Event::NonceClosedEmpty { topic_id, nonce });
		} else {
			let (result, rows) = Self::synthesise(topic_id, &topic, &inferences, &forecasts);
			weight.saturating_accrue(<T as Config>::WeightInfo::read_regret_rows(rows));
			match result {
				Ok(result) => {
					let latest =
						LatestInference { nonce, combined: result.combined, naive: result.naive };
					NetworkInferencesAt::<T>::insert(topic_id, nonce, RecordOf::<T>::from(result));
					LatestNetworkInference::<T>::insert(topic_id, &latest);
					computed = true;
					Self::deposit_event(Event::NetworkInferenceComputed {
						topic_id,
						nonce,
						combined: latest.combined,
						naive: latest.naive,
						inferers: i,
						forecasters: f,
					});
				},
				Err(error) => {
					Self::deposit_event(Event::SynthesisFailed { topic_id, nonce, error })
				},
			}
		}
		weight.saturating_accrue(Self::retire(topic_id, &topic, nonce));
		let now = frame_system::Pallet::<T>::block_number();
		weight.saturating_accrue(T::WindowHandler::on_window_closed(
			topic_id, &topic, nonce, now, computed,
		));
		weight
	}

	/// The payloads of a closing window's active sets (merit sortition, rewards spec §6.1–6.2):
	/// at most `MaxTopInferersToReward` inferers and `MaxTopForecastersToReward` forecasters,
	/// the best by score EMA; the others' payloads are deleted. Forecast elements about inferers
	/// outside the set are dropped, and a forecast left empty with them.
	fn active_payloads(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
	) -> ActivePayloads<T::AccountId> {
		let params = pallet_topics::Params::<T>::get();
		let key = (topic_id, nonce);
		let select = |task, candidates, cap| {
			pallet_topics::Pallet::<T>::select_active(topic_id, topic, task, candidates, cap, nonce)
		};
		let mut inferences: BTreeMap<T::AccountId, Fixed> =
			Inferences::<T>::iter_prefix(key).collect();
		let (mut inferences_out, mut forecasts_out) = (0u32, 0u32);
		let chosen = select(
			RewardTask::Inference,
			inferences.keys().cloned().collect(),
			params.max_top_inferers_to_reward,
		);
		inferences.retain(|who, _| {
			let keep = chosen.binary_search(who).is_ok();
			if !keep {
				Inferences::<T>::remove(key, who);
				inferences_out.saturating_inc();
			}
			keep
		});
		let mut forecasts: BTreeMap<T::AccountId, Vec<(T::AccountId, Fixed)>> =
			Forecasts::<T>::iter_prefix(key)
				.map(|(k, f)| {
					let elements = f
						.into_iter()
						.filter(|e| inferences.contains_key(&e.inferer))
						.map(|e| (e.inferer, e.value))
						.collect();
					(k, elements)
				})
				.collect();
		forecasts.retain(|_, elements: &mut Vec<_>| !elements.is_empty());
		let chosen = select(
			RewardTask::Forecast,
			forecasts.keys().cloned().collect(),
			params.max_top_forecasters_to_reward,
		);
		forecasts.retain(|who, _| chosen.binary_search(who).is_ok());
		// The stored payloads are what the synthesis used (anyone can recompute it).
		for (who, stored) in Forecasts::<T>::iter_prefix(key).collect::<Vec<_>>() {
			match forecasts.get(&who) {
				None => {
					Forecasts::<T>::remove(key, &who);
					forecasts_out.saturating_inc();
				},
				Some(kept) if kept.len() != stored.len() => {
					let mut stored = stored;
					stored.retain(|e| inferences.contains_key(&e.inferer));
					Forecasts::<T>::insert(key, &who, stored);
				},
				Some(_) => {},
			}
		}
		(inferences, forecasts, inferences_out.max(forecasts_out))
	}

	/// The network inferences of a topic from these payloads and the stored synthesis state,
	/// and the number of regret rows read.
	pub fn synthesise(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		inferences: &BTreeMap<T::AccountId, Fixed>,
		forecasts: &BTreeMap<T::AccountId, Vec<(T::AccountId, Fixed)>>,
	) -> (Result<allora_synthesis::inference::NetworkInferences<T::AccountId>, SynthesisError>, u32)
	{
		let params = pallet_topics::Params::<T>::get();
		let synthesis = SynthesisParams {
			p_norm: topic.config.p_norm,
			c_norm: params.c_norm,
			epsilon: topic.config.epsilon,
			epsilon_safe_div: params.epsilon_safe_div,
		};
		let regrets = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let result = network_inferences(
			&regrets,
			inferences,
			forecasts,
			LatestNetworkLoss::<T>::get(topic_id),
			&synthesis,
		);
		(result, regrets.rows_read())
	}

	/// Appends a finished nonce to the topic's history and prunes the records of the nonces
	/// beyond what the topic keeps.
	fn retire(topic_id: TopicId, topic: &TopicOf<T>, nonce: BlockNumberFor<T>) -> Weight {
		let keep = Self::records_kept(topic);
		let mut weight = Weight::zero();
		History::<T>::mutate(topic_id, |h| {
			// At most two prunes per retirement: one makes room, one follows a lowered `keep`.
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

	/// How many closed nonces a topic keeps: `MinEpochLengthRecordLimit + ⌈lag / epoch⌉ + 1`
	/// (reputers report losses up to the ground-truth lag after an epoch), at least 1 and at
	/// most `MaxHistory`.
	pub fn records_kept(topic: &TopicOf<T>) -> usize {
		let params = pallet_topics::Params::<T>::get();
		let epoch: u32 = topic.config.epoch_length.saturated_into::<u32>().max(1);
		let lag: u32 = topic.config.ground_truth_lag.saturated_into();
		let lag_epochs = lag.div_ceil(epoch);
		let kept =
			params.min_epoch_length_record_limit.saturating_add(lag_epochs).saturating_add(1);
		(kept as usize).min(T::MaxHistory::get() as usize).max(1)
	}

	/// Deletes every record of `(topic, nonce)`.
	fn prune(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Weight {
		let key = (topic_id, nonce);
		let limit = T::MaxWorkersPerTopic::get();
		let inferences = Inferences::<T>::clear_prefix(key, limit, None).backend;
		let forecasts = Forecasts::<T>::clear_prefix(key, limit, None).backend;
		NetworkInferencesAt::<T>::remove(topic_id, nonce);
		Self::deposit_event(Event::NoncePruned { topic_id, nonce });
		<T as Config>::WeightInfo::prune_nonce(inferences.saturating_add(forecasts))
	}

	/// Applies the network losses of a closed reputer nonce (synthesis spec §2.12): every regret
	/// of the bundle's participants moves by an EMA (the topic's `alpha_regret`) towards its
	/// instantaneous regret, the combined loss becomes the topic's latest network loss, and the
	/// initial regret is re-estimated if any worker is experienced. Nothing is written on error.
	/// Returns how many regrets and rows were updated.
	pub fn apply_network_losses(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		losses: &LossBundle<T::AccountId>,
	) -> Result<RegretsUpdated, SynthesisError> {
		let topic =
			pallet_topics::Pallet::<T>::topic(topic_id).ok_or(SynthesisError::NoInferences)?;
		let params = pallet_topics::Params::<T>::get();
		let alpha = topic.config.alpha_regret;
		let source = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let updates = regret_updates(&source, losses, alpha)?;
		let mut experienced = Vec::new();
		for (key, value) in &updates {
			let (task, worker) = match key {
				RegretKey::Inferer(w) => (WorkerTask::Inference, w),
				RegretKey::Forecaster(w) => (WorkerTask::Forecast, w),
				_ => continue,
			};
			let had_prior = source.stored(key).is_some();
			let inclusions = InclusionCount::<T>::get(topic_id, (task, worker.clone()));
			if is_experienced(had_prior, inclusions, alpha)? {
				experienced.push(*value);
			}
		}
		let new_initial = initial_regret(
			&experienced,
			topic.config.epsilon,
			topic.config.p_norm,
			params.c_norm,
			params.initial_regret_quantile,
			params.p_norm_safe_div,
		)?;
		let count = updates.len() as u32;
		let rows = regrets::write_regrets::<T>(topic_id, updates);
		LatestNetworkLoss::<T>::insert(topic_id, losses.combined);
		Self::deposit_event(Event::RegretsUpdated {
			topic_id,
			nonce,
			network_loss: losses.combined,
			regrets: count,
		});
		if let Some(initial_regret) = new_initial {
			pallet_topics::Pallet::<T>::set_initial_regret(topic_id, initial_regret);
			Self::deposit_event(Event::InitialRegretUpdated { topic_id, initial_regret });
		}
		Ok(RegretsUpdated { regrets: count, rows })
	}

	/// Counts one more paid task of a worker (the emissions pallet calls it on payout).
	pub fn note_inclusion(topic_id: TopicId, task: WorkerTask, worker: &T::AccountId) {
		InclusionCount::<T>::mutate(topic_id, (task, worker.clone()), |c| *c = c.saturating_add(1));
	}

	/// The network inference record of a kept nonce.
	pub fn record(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Option<RecordOf<T>> {
		NetworkInferencesAt::<T>::get(topic_id, nonce)
	}

	/// The inferers of a nonce (the accounts with an inference), sorted.
	pub fn inferers(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Vec<T::AccountId> {
		let mut v: Vec<_> = Inferences::<T>::iter_key_prefix((topic_id, nonce)).collect();
		v.sort();
		v
	}

	/// Removes a departing worker's payloads at the topic's open nonces; returns the weight.
	fn withdraw_payloads(topic_id: TopicId, worker: &T::AccountId) -> Weight {
		let open = OpenNonces::<T>::get(topic_id);
		for nonce in open.iter() {
			let key = (topic_id, *nonce);
			Inferences::<T>::remove(key, worker);
			Forecasts::<T>::remove(key, worker);
		}
		<T as Config>::WeightInfo::withdraw_payloads(open.len() as u32)
	}

	/// A retirement's last deletions: the latest inference and loss, and up to
	/// [`RETIRED_ITEMS_PER_CALL`] regret rows and inclusion counts each (rows at their measured
	/// weight).
	fn retire_items_weight() -> Weight {
		<T as Config>::WeightInfo::read_regret_rows(RETIRED_ITEMS_PER_CALL).saturating_add(
			T::DbWeight::get().reads_writes(
				RETIRED_ITEMS_PER_CALL.into(),
				RETIRED_ITEMS_PER_CALL.saturating_mul(2).saturating_add(3).into(),
			),
		)
	}

	/// Forgetting a leaving worker: its regret rows read and written (the measured row
	/// weights) and its two inclusion counts deleted.
	fn forget_weight() -> Weight {
		let rows = regrets::ROWS_FORGOTTEN;
		<T as Config>::WeightInfo::read_regret_rows(rows)
			.saturating_add(<T as Config>::WeightInfo::update_regret_rows(rows))
			.saturating_add(T::DbWeight::get().writes(2))
	}

	/// The pallet's invariants (run by `try-runtime` and after every unit test).
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let queue = ClosingQueue::<T>::get();
		ensure!(queue.windows(2).all(|w| w[0] < w[1]), "the closing queue is not sorted");
		// Every (nonce, worker) with a payload: an inference, a forecast, or both.
		let mut submitters: alloc::collections::BTreeSet<_> = Default::default();
		for (key, worker, _) in Inferences::<T>::iter() {
			submitters.insert((key, worker));
		}
		for (key, worker, forecast) in Forecasts::<T>::iter() {
			ensure!(!forecast.is_empty(), "a stored forecast is empty");
			submitters.insert((key, worker));
		}
		let mut counted: BTreeMap<(TopicId, BlockNumberFor<T>), u32> = BTreeMap::new();
		for ((topic_id, nonce), worker) in &submitters {
			let c = counted.entry((*topic_id, *nonce)).or_default();
			*c = c.saturating_add(1);
			ensure!(
				pallet_topics::Topics::<T>::contains_key(topic_id),
				"a payload belongs to no topic"
			);
			let open = OpenNonces::<T>::get(topic_id).contains(nonce);
			ensure!(
				open || History::<T>::get(topic_id).contains(nonce),
				"a payload belongs to a nonce neither open nor kept"
			);
			if open {
				ensure!(
					pallet_topics::Pallet::<T>::is_registered(*topic_id, Role::Worker, worker),
					"a payload at an open nonce is from an account that is not a worker"
				);
			}
		}
		// Payloads at a nonce come from distinct workers, and a topic has at most
		// `MaxWorkersPerTopic` of them at a time (leaving withdraws the open payloads).
		for c in counted.values() {
			ensure!(*c <= T::MaxWorkersPerTopic::get(), "a nonce has too many payloads");
		}
		for (topic_id, open) in OpenNonces::<T>::iter() {
			ensure!(open.windows(2).all(|w| w[0] < w[1]), "open nonces are not in order");
			for nonce in open.iter() {
				ensure!(
					queue.iter().any(|(_, t, n)| *t == topic_id && n == nonce),
					"an open nonce has no window to close"
				);
			}
		}
		for (topic_id, nonce, _) in NetworkInferencesAt::<T>::iter() {
			ensure!(
				History::<T>::get(topic_id).contains(&nonce),
				"a network inference is kept for a nonce outside the history"
			);
		}
		for topic_id in LatestNetworkInference::<T>::iter_keys() {
			ensure!(
				pallet_topics::Topics::<T>::contains_key(topic_id),
				"a network inference belongs to no topic"
			);
		}
		// A regret row is written only with updates, and names each worker once.
		for (_, _, row) in Regrets::<T>::iter() {
			ensure!(!row.is_empty(), "a stored regret row is empty");
			let workers: alloc::collections::BTreeSet<_> = row.iter().map(|(w, _)| w).collect();
			ensure!(workers.len() == row.len(), "a regret row names a worker twice");
		}
		Ok(())
	}
}

impl<T: Config> TopicHandler<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn on_epoch_start(topic_id: TopicId, topic: &TopicOf<T>, nonce: BlockNumberFor<T>) -> Weight {
		Self::open_nonce(topic_id, topic, nonce)
	}

	/// A worker that leaves takes its payloads at open nonces with it, and the topic forgets
	/// its regrets and inclusion counts.
	fn on_unregister(topic_id: TopicId, role: Role, account: &T::AccountId) -> Weight {
		if role != Role::Worker {
			return Weight::zero();
		}
		regrets::forget_worker::<T>(topic_id, account);
		for task in [WorkerTask::Inference, WorkerTask::Forecast] {
			InclusionCount::<T>::remove(topic_id, (task, account.clone()));
		}
		Self::withdraw_payloads(topic_id, account).saturating_add(Self::forget_weight())
	}

	fn on_unregister_weight() -> Weight {
		<T as Config>::WeightInfo::withdraw_payloads(
			T::MaxUnfulfilledRequests::get().min(T::MaxOpenWindows::get()),
		)
		.saturating_add(Self::forget_weight())
	}

	fn has_open_nonces(topic_id: TopicId) -> bool {
		!OpenNonces::<T>::get(topic_id).is_empty()
	}

	/// Prunes the `nonces` oldest kept nonces; once none is left, deletes the topic's regrets,
	/// inclusion counts and latest inference and loss.
	fn on_retire(topic_id: TopicId, nonces: u32) -> (Weight, bool) {
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		let mut history = History::<T>::get(topic_id);
		weight.saturating_accrue(pallet_topics::queue::prune_oldest(&mut history, nonces, |old| {
			Self::prune(topic_id, old)
		}));
		if !history.is_empty() {
			History::<T>::insert(topic_id, history);
			return (weight, false);
		}
		History::<T>::remove(topic_id);
		OpenNonces::<T>::remove(topic_id);
		LatestNetworkInference::<T>::remove(topic_id);
		LatestNetworkLoss::<T>::remove(topic_id);
		let limit = RETIRED_ITEMS_PER_CALL;
		let rows = Regrets::<T>::clear_prefix(topic_id, limit, None);
		let counts = InclusionCount::<T>::clear_prefix(topic_id, limit, None);
		weight.saturating_accrue(Self::retire_items_weight());
		(weight, rows.maybe_cursor.is_none() && counts.maybe_cursor.is_none())
	}

	fn on_retire_weight(nonces: u32) -> Weight {
		let prune =
			<T as Config>::WeightInfo::prune_nonce(T::MaxWorkersPerTopic::get().saturating_mul(2));
		T::DbWeight::get()
			.reads_writes(1, 1)
			.saturating_add(prune.saturating_mul(nonces.into()))
			.saturating_add(Self::retire_items_weight())
	}
}
