//! Benchmarks of the inference pallet: the worker calls over their forecast's size (submit,
//! commit, reveal), and the hook's
//! items: opening a nonce; closing a window over its active inferers and forecasters (the full
//! synthesis at its worst: a previous network loss, every regret stored), over the payloads its
//! active sets leave out, and after the nonce was dropped; reading and updating full rows of
//! regrets; pruning a nonce; a departing worker's payloads; an idle block.

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use alloc::{collections::BTreeMap, vec, vec::Vec};
use allora_synthesis::{
	inference::network_inferences,
	regrets::{regret_rows_bound, RegretKey, RegretRow, RegretSource, RegretTables},
};
use pallet_topics::benchmark_helpers::{example_topic, registered_workers};
use polkadot_sdk::{
	frame_benchmarking::v2::*, frame_support::traits::Hooks, frame_system::RawOrigin,
};

/// A topic (epochs of 12 blocks, window 6) with `n` registered workers, and its nonce at block
/// 10 open; returns the topic, the workers and the nonce.
fn topic_with_open_nonce<T: Config>(n: u32) -> (TopicId, Vec<T::AccountId>, BlockNumberFor<T>) {
	let topic_id = example_topic::<T>();
	let workers = registered_workers::<T>(topic_id, n);
	let nonce: BlockNumberFor<T> = 10u32.into();
	let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
	Pallet::<T>::open_nonce(topic_id, &topic, nonce);
	(topic_id, workers, nonce)
}

/// Turns commit–reveal on for a topic of window 6: commit phase `nonce + 1 ..= nonce + 3`,
/// reveal phase `nonce + 4 ..= nonce + 6`.
fn with_commit_reveal<T: Config>(topic_id: TopicId) {
	pallet_topics::Topics::<T>::mutate(topic_id, |t| {
		if let Some(t) = t {
			t.config.commit_reveal =
				Some(pallet_topics::RevealPhases { worker: 3u32.into(), reputer: 6u32.into() });
		}
	});
}

/// A forecast of `e` elements about the other workers (at least one), `MaxElementsPerForecast`
/// set to `e`.
fn forecast_of<T: Config>(workers: &[T::AccountId], e: u32) -> ForecastOf<T> {
	Params::<T>::mutate(|p| p.max_elements_per_forecast = e);
	let forecast: Vec<ForecastElement<T::AccountId>> = workers
		.iter()
		.cycle()
		.skip(1)
		.take((e as usize).min(workers.len().saturating_sub(1)).max(1))
		.enumerate()
		.map(|(i, w)| ForecastElement { inferer: w.clone(), value: value(i as u32) })
		.collect();
	BoundedVec::truncate_from(forecast)
}

/// The most nonces a topic can have open: each is a window in the closing queue.
fn max_open_nonces<T: Config>() -> u32 {
	T::MaxUnfulfilledRequests::get().min(T::MaxOpenWindows::get())
}

fn value(i: u32) -> Fixed {
	Fixed::from_int(100).saturating_add(Fixed::from_raw(i as i128 * 10_000_000_000_000_000))
}

/// Records which regrets a synthesis reads (and answers each with a stored value, so that the
/// synthesis takes its full path).
struct RegretRecorder<W> {
	keys: core::cell::RefCell<alloc::collections::BTreeSet<RegretKey<W>>>,
}

impl<W: Ord + Clone> RegretSource<W> for RegretRecorder<W> {
	fn initial_regret(&self) -> Fixed {
		Fixed::ONE
	}

	fn stored(&self, key: &RegretKey<W>) -> Option<Fixed> {
		self.keys.borrow_mut().insert(key.clone());
		Some(Fixed::ONE)
	}
}

/// The largest synthesis the runtime allows: `MaxActiveWorkers` split evenly between inferers
/// and forecasters, full forecasts.
fn max_units<T: Config>() -> u32 {
	let half = (T::MaxActiveWorkers::get() / 2).min(T::MaxWorkersPerTopic::get()).max(1);
	let e = half.min(T::MaxForecastElements::get());
	let elements = half.saturating_mul(e);
	synthesis_units(half, half, elements, elements.saturating_mul(e))
}

/// The smallest window of `k` inferers and `k` forecasters of `e` elements each whose synthesis
/// has at least `u` units (at most [`max_units`]).
fn shape_of<T: Config>(u: u32) -> (u32, u32) {
	let half = (T::MaxActiveWorkers::get() / 2).min(T::MaxWorkersPerTopic::get()).max(1);
	for k in 1..=half {
		for e in 1..=k.min(T::MaxForecastElements::get()) {
			if synthesis_units(k, k, k * e, k * e * e) >= u {
				return (k, e);
			}
		}
	}
	(half, half.min(T::MaxForecastElements::get()))
}

/// A window about to close with `i` inferences and `f` forecasts of `e` elements each (about
/// the first `e` inferers), and active-set caps that keep everyone; returns the topic, the
/// nonce and the payloads as the synthesis takes them.
fn window_with_payloads<T: Config>(
	i: u32,
	f: u32,
	e: u32,
) -> (TopicId, BlockNumberFor<T>, ActivePayloads<T::AccountId>) {
	let max_elements = T::MaxForecastElements::get();
	Params::<T>::mutate(|p| {
		p.max_elements_per_forecast = max_elements;
		p.max_top_inferers_to_reward = i.max(1);
		p.max_top_forecasters_to_reward = f.max(1);
	});
	let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(i.max(f).max(1));
	let key = (topic_id, nonce);
	let mut inferences = BTreeMap::new();
	for (n, w) in workers.iter().enumerate().take(i as usize) {
		Inferences::<T>::insert(key, w, value(n as u32));
		inferences.insert(w.clone(), value(n as u32));
	}
	let mut forecasts = BTreeMap::new();
	for w in workers.iter().take(f as usize) {
		let elements: Vec<(T::AccountId, Fixed)> = workers
			.iter()
			.take((i.min(e)) as usize)
			.enumerate()
			.map(|(n, inferer)| {
				(inferer.clone(), Fixed::from_raw(n as i128 * 1_000_000_000_000_000 + 1))
			})
			.collect();
		let stored = elements
			.iter()
			.map(|(inferer, value)| ForecastElement { inferer: inferer.clone(), value: *value })
			.collect::<Vec<_>>();
		Forecasts::<T>::insert(key, w, ForecastOf::<T>::truncate_from(stored));
		forecasts.insert(w.clone(), elements);
	}
	LatestNetworkLoss::<T>::insert(topic_id, Fixed::from_raw(500_000_000_000_000_000));
	(topic_id, nonce, (inferences, forecasts, 0))
}

/// [`window_with_payloads`] with a non-zero initial regret and every regret its synthesis
/// reads stored: the synthesis at its worst.
fn full_window<T: Config>(i: u32, f: u32, e: u32) -> (TopicId, BlockNumberFor<T>) {
	let (topic_id, nonce, (inferences, forecasts, _)) = window_with_payloads::<T>(i, f, e);
	pallet_topics::Pallet::<T>::set_initial_regret(topic_id, Fixed::ONE);
	let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
	let params = Params::<T>::get();
	let recorder = RegretRecorder { keys: Default::default() };
	let synthesis = SynthesisParams {
		p_norm: topic.config.p_norm,
		c_norm: params.c_norm,
		epsilon: topic.config.epsilon,
		epsilon_safe_div: params.epsilon_safe_div,
	};
	let loss = LatestNetworkLoss::<T>::get(topic_id);
	let _ = network_inferences(&recorder, &inferences, &forecasts, loss, &synthesis);
	let stored = recorder.keys.into_inner().into_iter().enumerate().map(|(n, k)| {
		(k, Fixed::from_raw(1_000_000_000_000_000_000 + (n as i128 % 97) * 1_000_000))
	});
	regrets::write_regrets::<T>(topic_id, stored.collect());
	(topic_id, nonce)
}

/// The most regret rows one close reads or writes: [`regret_rows_bound`] over the split of
/// `MaxActiveWorkers` with the most forecasters (at most `MaxWorkersPerTopic` of each role; a
/// worker may be both).
fn max_regret_rows<T: Config>() -> u32 {
	let (active, workers) = (T::MaxActiveWorkers::get(), T::MaxWorkersPerTopic::get());
	let f = active.min(workers).max(1);
	let i = active.saturating_sub(f).min(workers).max(1);
	regret_rows_bound(i, f)
}

/// A regret of the largest size a cell can hold: `2·MaxAbsValue` in magnitude (the bound of a
/// difference of two losses, and so of their EMA), nudged by `n` so that every value is its own.
fn widest_regret<T: Config>(n: u32) -> Fixed {
	let widest = T::MaxAbsValue::get().saturating_add(T::MaxAbsValue::get());
	let nudge = Fixed::from_raw(i128::from(n));
	if n.is_multiple_of(2) {
		widest.saturating_sub(nudge)
	} else {
		Fixed::ZERO.saturating_sub(widest).saturating_add(nudge)
	}
}

/// A topic's slots full (`MaxRegretSlots` workers, their inclusion counts at their largest
/// encoding) and `n` full rows of its regrets (a cell per slot, each of the largest size, every
/// value its own: the proof holds one copy of identical values); returns one key per row,
/// about the first slot's worker.
fn full_regret_rows<T: Config>(topic_id: TopicId, n: u32) -> Vec<RegretKey<T::AccountId>> {
	let capacity = T::MaxRegretSlots::get();
	let workers: Vec<T::AccountId> = (0..capacity).map(|k| account("regret", k, 0)).collect();
	let now = frame_system::Pallet::<T>::block_number();
	let slots = workers
		.iter()
		.map(|w| RegretSlot {
			inferences: u64::MAX,
			forecasts: u64::MAX,
			..RegretSlot::taken(w.clone(), 1, now)
		})
		.collect::<Vec<_>>();
	RegretSlots::<T>::insert(topic_id, RegretSlotsOf::<T>::truncate_from(slots));
	(0..n)
		.map(|k| {
			let cells = (0..capacity)
				.map(|j| RegretCell::new(1, widest_regret::<T>(k.saturating_mul(capacity) + j)))
				.collect::<Vec<_>>();
			// Each row about its own worker: the five rows of slot 0, then of slot 1, ….
			let about = (k / 5) % capacity;
			let rows = RegretRow::about_worker(workers[about as usize].clone());
			let row = rows[(k % 5) as usize].clone();
			let stored = row.clone().try_map(|_| SlotIndex::try_from(about).ok()).expect("fits");
			let cells = RegretCellsOf::<T>::truncate_from(cells);
			Regrets::<T>::insert(topic_id, stored, StoredRow { about_generation: 1, cells });
			RegretKey::from_row(row, workers[0].clone())
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An inference and a forecast of `e` elements.
	#[benchmark]
	fn submit_worker_payload(e: Linear<1, { T::MaxForecastElements::get() }>) {
		let n = e.saturating_add(1).min(T::MaxWorkersPerTopic::get());
		let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(n);
		let forecast = forecast_of::<T>(&workers, e);
		frame_system::Pallet::<T>::set_block_number(nonce.saturating_add(1u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(workers[0].clone()), topic_id, nonce, Some(value(0)), Some(forecast));
		assert!(Forecasts::<T>::contains_key((topic_id, nonce), &workers[0]));
	}

	/// A commitment in the commit phase of a commit–reveal topic.
	#[benchmark]
	fn commit_worker_payload() {
		let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(1);
		with_commit_reveal::<T>(topic_id);
		frame_system::Pallet::<T>::set_block_number(nonce.saturating_add(1u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(workers[0].clone()), topic_id, nonce, [7u8; 32]);
		assert!(WorkerCommitments::<T>::contains_key((topic_id, nonce), &workers[0]));
	}

	/// The reveal of an inference and a forecast of `e` elements: the commitment's hash over
	/// the payload, then the submission's checks and storage.
	#[benchmark]
	fn reveal_worker_payload(e: Linear<1, { T::MaxForecastElements::get() }>) {
		let n = e.saturating_add(1).min(T::MaxWorkersPerTopic::get());
		let (topic_id, workers, nonce) = topic_with_open_nonce::<T>(n);
		with_commit_reveal::<T>(topic_id);
		let forecast = Some(forecast_of::<T>(&workers, e));
		let (worker, salt, inference) = (workers[0].clone(), [9u8; 32], Some(value(0)));
		let hash = commit_reveal::commitment(&(&inference, &forecast), &salt, &worker);
		WorkerCommitments::<T>::insert((topic_id, nonce), &worker, hash);
		frame_system::Pallet::<T>::set_block_number(nonce.saturating_add(4u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(worker.clone()), topic_id, nonce, inference, forecast, salt);
		assert!(Forecasts::<T>::contains_key((topic_id, nonce), &worker));
	}

	/// Opening a nonce at an epoch start.
	#[benchmark]
	fn open_nonce() {
		let (topic_id, _, nonce) = topic_with_open_nonce::<T>(1);
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
		let next = nonce.saturating_add(12u32.into());
		#[block]
		{
			Pallet::<T>::open_nonce(topic_id, &topic, next);
		}
		assert!(OpenNonces::<T>::get(topic_id).contains(&next));
	}

	/// Closing a window whose synthesis has `u` units (the whole synthesis at its worst: a
	/// previous network loss, a non-zero initial regret, every regret it reads stored): as many
	/// inferers as forecasters, with forecasts as full as needed to reach `u`. With
	/// `pov_mode = Measured` the proof charged is the one recorded here plus a trie path per key
	/// read of the most-read item; the regret rows are charged apart, full
	/// ([`read_regret_rows`](Self::read_regret_rows)), and ignored here.
	#[benchmark(pov_mode = Measured { Inference::Regrets: Ignored })]
	fn close_window(u: Linear<0, { max_units::<T>() }>) {
		let (k, e) = shape_of::<T>(u);
		let (topic_id, nonce) = full_window::<T>(k, k, e);
		#[block]
		{
			Pallet::<T>::close_window(topic_id, nonce, Weight::MAX);
		}
		assert!(NetworkInferencesAt::<T>::contains_key(topic_id, nonce));
		assert_eq!(Inferences::<T>::iter_prefix((topic_id, nonce)).count(), k as usize);
	}

	/// Reading a topic's slots and `n` rows of its regrets, each full (a cell of the largest
	/// size per slot), as a synthesis does: once each, into memory.
	#[benchmark(pov_mode = Measured)]
	fn read_regret_rows(n: Linear<0, { max_regret_rows::<T>() }>) {
		let topic_id: TopicId = 1;
		let keys = full_regret_rows::<T>(topic_id, n);
		let source;
		#[block]
		{
			source = StoredRegrets::<T>::new(topic_id, Fixed::ONE);
			for key in &keys {
				let _ = source.stored(key);
			}
		}
		assert_eq!(source.rows_read(), n);
	}

	/// Updating `n` full rows of a topic's regrets, as a reputer close does: each read once,
	/// one regret of it updated, and written back (the slots read and written).
	#[benchmark(pov_mode = Measured)]
	fn update_regret_rows(n: Linear<0, { max_regret_rows::<T>() }>) {
		let topic_id: TopicId = 1;
		let keys = full_regret_rows::<T>(topic_id, n);
		let written;
		#[block]
		{
			let source = StoredRegrets::<T>::new(topic_id, Fixed::ONE);
			let updates: Vec<_> = keys
				.into_iter()
				.map(|key| {
					let next = source.regret(&key).saturating_add(Fixed::ONE);
					(key, next)
				})
				.collect();
			written = regrets::write_regrets::<T>(topic_id, updates);
		}
		assert_eq!(written, n);
	}

	/// `n` regrets moved by their EMA, as a staged regret update does for a row's workers
	/// besides reading and writing the row ([`update_regret_rows`](Self::update_regret_rows)):
	/// the previous values in memory, the compute alone.
	#[benchmark]
	fn regret_emas(n: Linear<0, { T::MaxRegretSlots::get() }>) {
		let workers: Vec<T::AccountId> = (0..n).map(|k| account("regret", k, 0)).collect();
		let losses = LossBundle {
			combined: Fixed::from_int(3),
			inferer: workers
				.iter()
				.enumerate()
				.map(|(k, w)| (w.clone(), value(k as u32)))
				.collect(),
			..Default::default()
		};
		let mut previous = RegretTables::new(Fixed::ONE);
		previous.apply(
			workers
				.iter()
				.enumerate()
				.map(|(k, w)| (RegretKey::Inferer(w.clone()), widest_regret::<T>(k as u32)))
				.collect(),
		);
		let plans = regret_row_plans(&losses);
		let alpha = Fixed::from_raw(100_000_000_000_000_000);
		let updated;
		#[block]
		{
			updated = plans.iter().map(|plan| plan.update(&previous, alpha)).collect::<Vec<_>>();
		}
		assert!(updated.iter().all(|row| row.is_ok()));
	}

	/// Closing a window with `n + 1` inferers that all forecast (full forecasts), where the
	/// active sets keep one of each: `n` inferences and `n` forecasts left out and deleted.
	#[benchmark]
	fn exclude_payloads(n: Linear<0, { T::MaxWorkersPerTopic::get().saturating_sub(1) }>) {
		let (topic_id, nonce, _) = window_with_payloads::<T>(
			n.saturating_add(1),
			n.saturating_add(1),
			T::MaxForecastElements::get(),
		);
		Params::<T>::mutate(|p| {
			p.max_top_inferers_to_reward = 1;
			p.max_top_forecasters_to_reward = 1;
		});
		#[block]
		{
			Pallet::<T>::close_window(topic_id, nonce, Weight::MAX);
		}
		assert_eq!(Inferences::<T>::iter_prefix((topic_id, nonce)).count(), 1);
	}

	/// Closing a window that was dropped before.
	#[benchmark]
	fn close_window_empty() {
		let (topic_id, _, nonce) = topic_with_open_nonce::<T>(1);
		let dropped = nonce.saturating_add(1u32.into());
		#[block]
		{
			Pallet::<T>::close_window(topic_id, dropped, Weight::MAX);
		}
		assert!(OpenNonces::<T>::get(topic_id).contains(&nonce));
	}

	/// Pruning a nonce's records: `n` payloads (half inferences, half full forecasts) and the
	/// network inference record. Deleting an entry does not read its value: with
	/// `pov_mode = Measured` the proof charged is the one recorded here plus a trie path per
	/// entry, not a full forecast's `MaxEncodedLen` per entry.
	#[benchmark(pov_mode = Measured)]
	fn prune_nonce(n: Linear<0, { T::MaxWorkersPerTopic::get().saturating_mul(2) }>) {
		let (topic_id, nonce, (inferences, _, _)) =
			window_with_payloads::<T>(n.div_ceil(2), n / 2, T::MaxForecastElements::get());
		let list = BoundedVec::truncate_from(inferences.into_iter().collect::<Vec<_>>());
		let (inferers, inferer_weights) = inferer_columns(&list);
		let record = RecordOf::<T> {
			combined: value(0),
			naive: value(0),
			forecast_implied: list.clone(),
			one_out_inferers: list.clone(),
			one_out_forecasters: list.clone(),
			one_in_forecasters: list.clone(),
			inferers,
			inferer_weights,
			forecaster_weights: list,
			confidence_interval: Default::default(),
		};
		NetworkInferencesAt::<T>::insert(topic_id, nonce, record);
		#[block]
		{
			Pallet::<T>::prune(topic_id, nonce);
		}
		assert!(!NetworkInferencesAt::<T>::contains_key(topic_id, nonce));
	}

	/// A departing worker's payloads withdrawn at `n` open nonces.
	#[benchmark]
	fn withdraw_payloads(n: Linear<1, { max_open_nonces::<T>() }>) {
		pallet_topics::Params::<T>::mutate(|p| p.max_unfulfilled_worker_requests = n);
		let (topic_id, workers, first) = topic_with_open_nonce::<T>(2);
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).expect("exists");
		let worker = workers[0].clone();
		let other = workers[1].clone();
		for k in 0..n {
			let nonce = first.saturating_add((k * 12).into());
			if k > 0 {
				Pallet::<T>::open_nonce(topic_id, &topic, nonce);
			}
			Inferences::<T>::insert((topic_id, nonce), &worker, value(k));
			let forecast = vec![ForecastElement { inferer: other.clone(), value: value(k) }; 1];
			Forecasts::<T>::insert(
				(topic_id, nonce),
				&worker,
				ForecastOf::<T>::truncate_from(forecast),
			);
			WorkerCommitments::<T>::insert((topic_id, nonce), &worker, [k as u8; 32]);
		}
		assert_eq!(OpenNonces::<T>::get(topic_id).len(), n as usize);
		#[block]
		{
			Pallet::<T>::withdraw_payloads(topic_id, &worker);
		}
		assert_eq!(Inferences::<T>::iter_prefix((topic_id, first)).count(), 0);
	}

	/// The hook when no window closes.
	#[benchmark]
	fn on_initialize_idle() {
		let now: BlockNumberFor<T> = 2u32.into();
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	/// `n` parameter updates (each parameter to its current value, cycling).
	#[benchmark]
	fn set_params(n: Linear<1, { ParamUpdates::bound() as u32 }>) -> Result<(), BenchmarkError> {
		let origin = <T as pallet_topics::Config>::AdminOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let updates: ParamUpdates =
			BoundedVec::truncate_from(Params::<T>::get().cycled_updates(n as usize));
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, updates);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
