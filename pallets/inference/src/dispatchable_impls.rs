//! The bodies of the calls: each call in `lib.rs` checks its origin and hands the signer to one
//! `do_*` function here.

use super::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_worker_payload(
		worker: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		inference: Option<Fixed>,
		forecast: Option<ForecastOf<T>>,
	) -> DispatchResult {
		let topic = Self::worker_window(&worker, topic_id, nonce)?;
		ensure!(topic.config.commit_reveal.is_none(), Error::<T>::CommitRevealOn);
		let now = frame_system::Pallet::<T>::block_number();
		let last = nonce.saturating_add(topic.config.worker_submission_window);
		ensure!(now > nonce && now <= last, Error::<T>::OutsideSubmissionWindow);
		Self::ensure_not_submitted(topic_id, nonce, &worker)?;
		let (inference, forecast) = Self::checked_payload(inference, forecast)?;
		Self::pay_data_fee(topic_id, &worker)?;
		Self::store_payload(topic_id, nonce, worker, inference, forecast);
		Ok(())
	}

	pub(crate) fn do_commit_worker_payload(
		worker: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		commitment: Commitment,
	) -> DispatchResult {
		let topic = Self::worker_window(&worker, topic_id, nonce)?;
		ensure!(
			Self::worker_phase(&topic, nonce)? == WindowPhase::Commit,
			Error::<T>::NotCommitPhase
		);
		let key = (topic_id, nonce);
		ensure!(!WorkerCommitments::<T>::contains_key(key, &worker), Error::<T>::AlreadyCommitted);
		Self::pay_data_fee(topic_id, &worker)?;
		WorkerCommitments::<T>::insert(key, &worker, commitment);
		Self::deposit_event(Event::WorkerPayloadCommitted { topic_id, nonce, worker });
		Ok(())
	}

	pub(crate) fn do_reveal_worker_payload(
		worker: T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		inference: Option<Fixed>,
		forecast: Option<ForecastOf<T>>,
		salt: Salt,
	) -> DispatchResultWithPostInfo {
		let topic = Self::worker_window(&worker, topic_id, nonce)?;
		ensure!(
			Self::worker_phase(&topic, nonce)? == WindowPhase::Reveal,
			Error::<T>::NotRevealPhase
		);
		let committed = WorkerCommitments::<T>::get((topic_id, nonce), &worker)
			.ok_or(Error::<T>::NoCommitment)?;
		ensure!(
			commit_reveal::commitment(&(&inference, &forecast), &salt, &worker) == committed,
			Error::<T>::RevealMismatch
		);
		Self::ensure_not_submitted(topic_id, nonce, &worker)?;
		let (inference, forecast) = Self::checked_payload(inference, forecast)?;
		Self::store_payload(topic_id, nonce, worker, inference, forecast);
		// The commitment paid the fee.
		Ok(Pays::No.into())
	}

	pub(crate) fn do_set_params(updates: ParamUpdates) -> DispatchResult {
		ensure!(!updates.is_empty(), Error::<T>::NoParamUpdates);
		let params = Params::<T>::get().updated(&updates).map_err(Error::<T>::from)?;
		Self::check_params(&params)?;
		Params::<T>::put(params);
		Self::deposit_event(Event::ParamsUpdated { updates });
		Ok(())
	}
}
