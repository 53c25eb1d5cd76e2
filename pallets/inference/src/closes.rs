//! Closing a worker window, in stages when it does not fit in a block.
//!
//! A close's first stage chooses the active sets (deleting the others' payloads), reads the
//! topic's regrets for the combined and naive networks and computes them with the
//! forecast-implied inferences ([`synthesis_base`]). A full synthesis then has one
//! counterfactual network per inferer and two per forecaster ([`Counterfactuals`]), each reading
//! its own regret rows: the stage computes as many as the block hook's budget allows. What is
//! left waits in [`CloseInProgress`], [`ClosingInputs`] and [`PartialRecord`] and goes on at the
//! start of the next blocks, before any other close; the stage that computes the last network
//! stores the record, retires the nonce and opens its reputer window, exactly as a one-stage
//! close does.
//!
//! Between the stages nothing the synthesis reads changes: the payloads of a closed nonce are
//! fixed, the synthesis parameters and the latest network loss are kept from the first stage,
//! the topic's reputer closes (which update its regrets) wait until the close is done
//! ([`WorkerResults::regrets_busy`]), a worker leaving the topic keeps its regrets, and the topic
//! cannot be retired. So a staged record equals the one-stage synthesis of the state before the
//! first stage, which is what `allora verify` recomputes.

use super::*;
use allora_synthesis::inference::{synthesis_base, Counterfactuals, Scratch};

impl<T: Config> Pallet<T> {
	/// The block hook: goes on with the close in progress, then with the staged regret
	/// updates ([`RegretUpdates`]), then prunes the retired nonces ([`PruneQueue`]), then
	/// closes the windows due at `now` in order, at most
	/// `MaxActiveTopicsPerBlock`, while `MaxClosingWeight` allows. A close starts only if its
	/// first stage fits at its worst (or if nothing else was done in this block: the queue must
	/// move); a close or an update that does not finish stops the others until it has; a topic
	/// whose staged close just finished starts no other close in the same block (its reputer
	/// closes, which waited, come first).
	pub(crate) fn close_due_windows(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxClosingWeight::get();
		// The idle hook's benchmark reads the close in progress and the updates' queue.
		let idle = <T as Config>::WeightInfo::on_initialize_idle();
		let mut weight = idle;
		let mut finished_topic = None;
		if let Some(progress) = CloseInProgress::<T>::get() {
			let topic_id = progress.topic_id;
			let (used, finished) = Self::continue_close(progress, budget.saturating_sub(weight));
			weight.saturating_accrue(used);
			if !finished {
				return weight;
			}
			finished_topic = Some(topic_id);
		}
		if RegretUpdateQueue::<T>::exists() {
			let (used, done) = Self::write_staged_regrets(weight, weight != idle, budget);
			weight.saturating_accrue(used);
			if !done {
				return weight;
			}
		}
		if PruneQueue::<T>::exists() {
			let (used, done) = Self::prune_queued(weight, weight != idle, budget);
			weight.saturating_accrue(used);
			if !done {
				return weight;
			}
		}
		let cap = pallet_topics::Params::<T>::get().max_active_topics_per_block;
		let worst_start = Self::worst_first_stage_weight(&Params::<T>::get());
		let mut queue = ClosingQueue::<T>::get();
		let mut closed = 0u32;
		while closed < cap {
			let Some(&(at, topic_id, nonce)) = queue.first() else { break };
			if at > now || finished_topic == Some(topic_id) {
				break;
			}
			let first = weight == idle;
			if !first && weight.saturating_add(worst_start).any_gt(budget) {
				break;
			}
			queue.remove(0);
			closed.saturating_inc();
			let (used, finished) =
				Self::close_window(topic_id, nonce, budget.saturating_sub(weight));
			weight.saturating_accrue(used);
			if !finished {
				break;
			}
		}
		if closed > 0 {
			ClosingQueue::<T>::put(queue);
		}
		weight
	}

	/// Closes one window, or starts to: chooses the active sets, computes the synthesis as
	/// far as `budget` allows, and finishes the close if it got to the end (stores the record,
	/// marks the nonce fulfilled and retires it). Returns the weight and whether it finished.
	pub(crate) fn close_window(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		budget: Weight,
	) -> (Weight, bool) {
		let Some(topic) = pallet_topics::Pallet::<T>::topic(topic_id) else {
			return (<T as Config>::WeightInfo::close_window_empty(), true);
		};
		let was_open = OpenNonces::<T>::mutate(topic_id, |open| {
			let before = open.len();
			open.retain(|n| *n != nonce);
			open.len() != before
		});
		if !was_open {
			// Dropped earlier: already retired.
			return (<T as Config>::WeightInfo::close_window_empty(), true);
		}
		let (inferences, forecasts, excluded) = Self::active_payloads(topic_id, &topic, nonce);
		let spent = <T as Config>::WeightInfo::exclude_payloads(excluded);
		if inferences.is_empty() {
			Self::deposit_event(Event::NonceClosedEmpty { topic_id, nonce });
			let finish = Self::finish_close(topic_id, &topic, nonce, None);
			let close = <T as Config>::WeightInfo::close_window(0);
			return (spent.saturating_add(close).saturating_add(finish), true);
		}
		let counts = (inferences.len() as u32, forecasts.len() as u32);
		let progress = CloseProgress {
			topic_id,
			nonce,
			params: Self::synthesis_params(&topic),
			previous_loss: LatestNetworkLoss::<T>::get(topic_id),
			computed: 0,
			networks: 0,
		};
		// The synthesis goes on in this block if its first stage fits at its worst (the base
		// and the costliest network), else from the next block.
		let longest = forecasts.values().map(|e| e.len() as u32).max().unwrap_or(0);
		let worst_start = Self::base_stage_weight(counts.0, counts.1, longest);
		if spent.saturating_add(worst_start).any_gt(budget) {
			ClosingInputs::<T>::put(ClosingPayloadsOf::<T>::from_inputs(&inferences, &forecasts));
			Self::deposit_event(Event::CloseContinues {
				topic_id,
				nonce,
				computed: 0,
				networks: 0,
			});
			CloseInProgress::<T>::put(progress);
			return (spent.saturating_add(Self::progress_weight()), false);
		}
		let regrets = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		let (stage, progress) =
			Self::synthesis_stage(progress, None, &inferences, &forecasts, &regrets, spent, budget);
		let inputs = || ClosingPayloadsOf::<T>::from_inputs(&inferences, &forecasts);
		let (weight, finished) = Self::end_stage(&topic, progress, stage, Some(inputs), true);
		(spent.saturating_add(weight), finished)
	}

	/// The next stage of the close in progress, within `budget`. Returns the weight and
	/// whether the close finished.
	pub(crate) fn continue_close(progress: CloseProgressOf<T>, budget: Weight) -> (Weight, bool) {
		// Its progress read, and written back or deleted.
		let spent = Self::progress_weight();
		let (topic_id, nonce) = (progress.topic_id, progress.nonce);
		let (Some(topic), Some(inputs)) =
			(pallet_topics::Pallet::<T>::topic(topic_id), ClosingInputs::<T>::get())
		else {
			// A close in progress keeps its topic and its payloads: never reached.
			Self::clear_progress();
			Self::deposit_event(Event::NonceClosedEmpty { topic_id, nonce });
			return (spent, true);
		};
		let (inferences, forecasts) = inputs.to_inputs();
		let regrets = StoredRegrets::<T>::new(topic_id, topic.initial_regret);
		// No partial record yet: the first stage only chose the active sets.
		let record = PartialRecord::<T>::get();
		let (stage, progress) = Self::synthesis_stage(
			progress,
			record,
			&inferences,
			&forecasts,
			&regrets,
			spent,
			budget,
		);
		let inputs: Option<fn() -> ClosingPayloadsOf<T>> = None;
		let (weight, finished) = Self::end_stage(&topic, progress, stage, inputs, false);
		(spent.saturating_add(weight), finished)
	}

	/// A stage of a close's synthesis within `budget` (`spent` of it used already): the
	/// forecast-implied, combined and naive networks unless `record` holds them already, then
	/// as many counterfactual networks as fit (at least one).
	fn synthesis_stage(
		mut progress: CloseProgressOf<T>,
		record: Option<RecordOf<T>>,
		inferences: &BTreeMap<T::AccountId, Fixed>,
		forecasts: &BTreeMap<T::AccountId, Vec<(T::AccountId, Fixed)>>,
		regrets: &StoredRegrets<T>,
		spent: Weight,
		budget: Weight,
	) -> (Stage<T>, CloseProgressOf<T>) {
		let counts = (inferences.len() as u32, forecasts.len() as u32);
		let mut units = 0;
		let params = progress.params;
		let synthesis = (|| {
			let mut record = match record {
				Some(record) => record,
				None => {
					let (base, full) = synthesis_base(
						regrets,
						inferences,
						forecasts,
						progress.previous_loss,
						&params,
					)?;
					let elements = forecasts.values().map(|e| e.len() as u32);
					let elements = elements.fold(0u32, u32::saturating_add);
					units = base_units(counts.0, counts.1, elements);
					if let (true, Some(loss)) = (full, progress.previous_loss) {
						let implied = &base.forecast_implied;
						let networks =
							Counterfactuals::new(inferences, forecasts, implied, loss, &params);
						progress.networks = networks.len() as u32;
					}
					RecordOf::<T>::from(base)
				},
			};
			if progress.computed < progress.networks {
				let implied = record.forecast_implied.iter().cloned().collect();
				let loss = progress.previous_loss.unwrap_or(Fixed::ZERO);
				let networks = Counterfactuals::new(inferences, forecasts, &implied, loss, &params);
				let stage = (spent, &mut units);
				Self::compute_networks(
					&mut progress,
					&mut record,
					&networks,
					regrets,
					stage,
					budget,
				)?;
			}
			Ok(record)
		})();
		(Stage { record: synthesis, units, counts, rows: regrets.rows_read() }, progress)
	}

	/// Computes the counterfactual networks of `progress` from `progress.computed` on into
	/// `record`, while the stage's weight (`spent` and `units` so far, the networks' units and
	/// rows, and the close's finish) fits in `budget`; at least one. Adds their units to
	/// `units`.
	fn compute_networks(
		progress: &mut CloseProgressOf<T>,
		record: &mut RecordOf<T>,
		networks: &Counterfactuals<'_, T::AccountId>,
		regrets: &StoredRegrets<T>,
		(spent, units): (Weight, &mut u32),
		budget: Weight,
	) -> Result<(), SynthesisError> {
		let reserve =
			spent.saturating_add(Self::finish_weight()).saturating_add(Self::progress_weight());
		let first = progress.computed;
		let mut scratch = Scratch::default();
		while (progress.computed as usize) < networks.len() {
			let index = progress.computed as usize;
			let next = units.saturating_add(networks.units(index));
			let rows = regrets.rows_read().saturating_add(NETWORK_ROWS);
			let stage = reserve
				.saturating_add(<T as Config>::WeightInfo::close_window(next))
				.saturating_add(<T as Config>::WeightInfo::read_regret_rows(rows));
			if progress.computed > first && stage.any_gt(budget) {
				break;
			}
			let (which, value) = networks.compute(regrets, index, &mut scratch)?;
			record.push(which, value);
			*units = next;
			progress.computed.saturating_inc();
		}
		Ok(())
	}

	/// Ends a stage: on error or once every network is computed, finishes the close (the
	/// record stored, or the failure reported); otherwise keeps its progress for the next
	/// block (`inputs`: the payloads to keep, after a first stage). Returns the weight of the
	/// stage's synthesis and of what it wrote, and whether the close finished.
	fn end_stage(
		topic: &TopicOf<T>,
		progress: CloseProgressOf<T>,
		stage: Stage<T>,
		inputs: Option<impl FnOnce() -> ClosingPayloadsOf<T>>,
		first: bool,
	) -> (Weight, bool) {
		let (topic_id, nonce) = (progress.topic_id, progress.nonce);
		let close = Self::stage_weight(stage.units, stage.rows);
		let record = match stage.record {
			Ok(record) if progress.computed < progress.networks => {
				Self::deposit_event(Event::CloseContinues {
					topic_id,
					nonce,
					computed: progress.computed,
					networks: progress.networks,
				});
				if let Some(inputs) = inputs {
					ClosingInputs::<T>::put(inputs());
				}
				CloseInProgress::<T>::put(progress);
				PartialRecord::<T>::put(record);
				// A later stage counted its progress's reads and writes already.
				let kept = if first { Self::progress_weight() } else { Weight::zero() };
				return (close.saturating_add(kept), false);
			},
			Ok(record) => Some((record, stage.counts)),
			Err(error) => {
				Self::deposit_event(Event::SynthesisFailed { topic_id, nonce, error });
				None
			},
		};
		if !first {
			Self::clear_progress();
		}
		(close.saturating_add(Self::finish_close(topic_id, topic, nonce, record)), true)
	}

	/// Finishes a close: stores the record (`None`: no inference, or the synthesis failed),
	/// retires the nonce and tells the window handler.
	fn finish_close(
		topic_id: TopicId,
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
		record: Option<(RecordOf<T>, (u32, u32))>,
	) -> Weight {
		let computed = record.is_some();
		if let Some((record, (inferers, forecasters))) = record {
			let latest = LatestInference { nonce, combined: record.combined, naive: record.naive };
			NetworkInferencesAt::<T>::insert(topic_id, nonce, &record);
			LatestNetworkInference::<T>::insert(topic_id, &latest);
			Self::deposit_event(Event::NetworkInferenceComputed {
				topic_id,
				nonce,
				combined: latest.combined,
				naive: latest.naive,
				inferers,
				forecasters,
			});
		}
		let retired = Self::retire(topic_id, topic, nonce);
		let now = frame_system::Pallet::<T>::block_number();
		retired.saturating_add(T::WindowHandler::on_window_closed(
			topic_id, topic, nonce, now, computed,
		))
	}

	/// Deletes the close in progress.
	fn clear_progress() {
		CloseInProgress::<T>::kill();
		ClosingInputs::<T>::kill();
		PartialRecord::<T>::kill();
	}

	/// The synthesis parameters of a topic now.
	pub(crate) fn synthesis_params(topic: &TopicOf<T>) -> SynthesisParams {
		let params = Params::<T>::get();
		SynthesisParams {
			p_norm: topic.config.p_norm,
			c_norm: params.c_norm,
			epsilon: topic.config.epsilon,
			epsilon_safe_div: params.epsilon_safe_div,
		}
	}

	/// The topic whose window is closing in stages, if any.
	pub fn closing_topic() -> Option<TopicId> {
		CloseInProgress::<T>::get().map(|p| p.topic_id)
	}
}

/// The regret rows one counterfactual network reads at most.
pub(crate) const NETWORK_ROWS: u32 = 2;

/// What a stage computed: the record so far (or the synthesis's error), its units, the
/// nonce's numbers of inferences and forecasts, and the regret rows it read.
struct Stage<T: Config> {
	record: Result<RecordOf<T>, SynthesisError>,
	units: u32,
	counts: (u32, u32),
	rows: u32,
}
