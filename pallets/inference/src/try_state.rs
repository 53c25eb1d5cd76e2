//! The pallet's invariants, checked by `try_state` after every block in the tests and by
//! try-runtime:
//!
//! - the pallet's parameters satisfy their rules and the runtime's bounds;
//! - the closing queue is sorted by close block;
//! - a topic's open nonces are in order, and no nonce holds more payloads than its bound;
//! - no stored forecast is empty;
//! - a topic's regret slots name each worker once; no stored regret row is empty, has more
//!   cells than slots, or is about a free slot;
//! - a close in progress has its payloads and record so far, a topic, a nonce neither open nor
//!   kept with no record yet, fewer networks computed than it has, and as many in its record;
//! - the staged regret updates' queue names each staged update once, of an existing topic, with
//!   rows left to write;
//! - a payload or record outside a topic's open, closing and kept nonces is queued for
//!   pruning, and a nonce queued for pruning is neither open nor kept;
//! - a commitment belongs to an open, closing, kept or to-be-pruned nonce,
//!   at an open nonce from a registered worker, at most `MaxWorkersPerTopic` a nonce;
//! - a record names the nonce's inferers (those with a stored inference), with a weight for
//!   each or none.

use super::*;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants (the module docs list them); run by `try-runtime` and after every
	/// unit test.
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let queue = ClosingQueue::<T>::get();
		let closing = CloseInProgress::<T>::get().map(|p| (p.topic_id, p.nonce));
		let prunes = PruneQueue::<T>::get();
		Self::check_close_in_progress()?;
		Self::check_staged_updates()?;
		Self::check_params(&Params::<T>::get())
			.map_err(|_| "the inference parameters are invalid")?;
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
				open || History::<T>::get(topic_id).contains(nonce)
					|| closing == Some((*topic_id, *nonce))
					|| prunes.contains(&(*topic_id, *nonce)),
				"a payload belongs to a nonce neither open, closing, kept nor to be pruned"
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
		let mut commitments: BTreeMap<(TopicId, BlockNumberFor<T>), u32> = BTreeMap::new();
		for ((topic_id, nonce), worker, _) in WorkerCommitments::<T>::iter() {
			let c = commitments.entry((topic_id, nonce)).or_default();
			*c = c.saturating_add(1);
			ensure!(*c <= T::MaxWorkersPerTopic::get(), "a nonce has too many commitments");
			let open = OpenNonces::<T>::get(topic_id).contains(&nonce);
			ensure!(
				open || History::<T>::get(topic_id).contains(&nonce)
					|| closing == Some((topic_id, nonce))
					|| prunes.contains(&(topic_id, nonce)),
				"a commitment belongs to a nonce neither open, closing, kept nor to be pruned"
			);
			if open {
				ensure!(
					pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Worker, &worker),
					"a commitment at an open nonce is from an account that is not a worker"
				);
			}
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
		for (topic_id, nonce, record) in NetworkInferencesAt::<T>::iter() {
			ensure!(
				History::<T>::get(topic_id).contains(&nonce) || prunes.contains(&(topic_id, nonce)),
				"a network inference is kept for a nonce outside the history and not to be pruned"
			);
			ensure!(
				record.inferers.as_slice() == Self::inferers(topic_id, nonce).as_slice(),
				"a network inference's inferers are not the nonce's inferences"
			);
			ensure!(
				record.inferer_weights.is_empty()
					|| record.inferer_weights.len() == record.inferers.len(),
				"a network inference's inferer weights are not one per inferer"
			);
		}
		for (topic_id, nonce) in prunes.iter() {
			ensure!(
				!History::<T>::get(topic_id).contains(nonce)
					&& !OpenNonces::<T>::get(topic_id).contains(nonce),
				"a nonce to be pruned is still open or kept"
			);
		}
		for topic_id in LatestNetworkInference::<T>::iter_keys() {
			ensure!(
				pallet_topics::Topics::<T>::contains_key(topic_id),
				"a network inference belongs to no topic"
			);
		}
		// A topic's slots name each worker once; a row is written only with updates, is about
		// an occupied slot, and has no more cells than its topic has slots.
		for slots in RegretSlots::<T>::iter_values() {
			let workers: alloc::collections::BTreeSet<_> =
				slots.iter().filter_map(|s| s.worker.as_ref()).collect();
			let held = slots.iter().filter(|s| s.worker.is_some()).count();
			ensure!(workers.len() == held, "a worker holds two regret slots of a topic");
			ensure!(slots.iter().all(|s| s.generation != 0), "a regret slot has generation 0");
		}
		for (topic_id, row, stored) in Regrets::<T>::iter() {
			let slots = RegretSlots::<T>::get(topic_id);
			ensure!(!stored.cells.is_empty(), "a stored regret row is empty");
			ensure!(stored.cells.len() <= slots.len(), "a regret row has more cells than slots");
			match row.about() {
				Some(index) => {
					let slot = slots.get(usize::from(*index));
					ensure!(
						slot.is_some_and(|s| s.worker.is_some()),
						"a regret row is about a free slot"
					);
					ensure!(
						stored.about_generation != 0,
						"a regret row about a slot has no generation"
					);
				},
				None => ensure!(stored.about_generation == 0, "a network row names a generation"),
			}
		}
		Ok(())
	}

	/// The close in progress, if any: its payloads are there, its topic exists, its nonce is
	/// neither open nor kept nor recorded, and its record (none before the synthesis started)
	/// holds the networks computed so far.
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	fn check_close_in_progress() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let Some(progress) = CloseInProgress::<T>::get() else {
			ensure!(
				!ClosingInputs::<T>::exists() && !PartialRecord::<T>::exists(),
				"a closing payload set or record outlives its close"
			);
			return Ok(());
		};
		let (topic_id, nonce) = (progress.topic_id, progress.nonce);
		ensure!(ClosingInputs::<T>::exists(), "a close in progress has no payloads");
		ensure!(
			pallet_topics::Topics::<T>::contains_key(topic_id),
			"a close in progress belongs to no topic"
		);
		ensure!(
			!OpenNonces::<T>::get(topic_id).contains(&nonce)
				&& !History::<T>::get(topic_id).contains(&nonce)
				&& !NetworkInferencesAt::<T>::contains_key(topic_id, nonce),
			"a closing nonce is also open, kept or recorded"
		);
		// Only the active sets chosen so far: the synthesis starts in the next stage.
		let Some(record) = PartialRecord::<T>::get() else {
			ensure!(
				progress.computed == 0 && progress.networks == 0,
				"a close in progress has networks but no record"
			);
			return Ok(());
		};
		ensure!(progress.computed < progress.networks, "a close in progress has nothing left");
		let computed = record.one_out_inferers.len()
			+ record.one_out_forecasters.len()
			+ record.one_in_forecasters.len();
		ensure!(
			computed == progress.computed as usize,
			"a close's record holds another number of networks than it computed"
		);
		Ok(())
	}

	/// The staged regret updates: the queue names each of them once, and nothing else; each
	/// belongs to a topic and has rows left to write.
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	fn check_staged_updates() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let queue = RegretUpdateQueue::<T>::get();
		let queued: alloc::collections::BTreeSet<_> = queue.iter().copied().collect();
		ensure!(queued.len() == queue.len(), "a topic is queued twice for its regret update");
		let staged: alloc::collections::BTreeSet<_> = RegretUpdates::<T>::iter_keys().collect();
		ensure!(staged == queued, "the staged regret updates and their queue differ");
		for (topic_id, update) in RegretUpdates::<T>::iter() {
			ensure!(
				pallet_topics::Topics::<T>::contains_key(topic_id),
				"a staged regret update belongs to no topic"
			);
			let rows =
				allora_synthesis::regrets::regret_row_plans(&update.losses.to_bundle()).len();
			ensure!((update.written as usize) < rows, "a staged regret update has nothing left");
		}
		Ok(())
	}
}
