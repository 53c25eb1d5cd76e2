//! A worker's payload: the window it is sent in (and, on a commit–reveal topic, the phase), the
//! checks its values and forecast pass, its storage, and its withdrawal when the worker leaves
//! while the window is open.

use super::*;

impl<T: Config> Pallet<T> {
	/// The topic of an open worker nonce, if `worker` may send to it: the topic exists, the
	/// worker is registered in it, the nonce is open.
	pub(crate) fn worker_window(
		worker: &T::AccountId,
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
	) -> Result<TopicOf<T>, Error<T>> {
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
		ensure!(
			pallet_topics::Pallet::<T>::is_registered(topic_id, Role::Worker, worker),
			Error::<T>::NotRegisteredWorker
		);
		ensure!(OpenNonces::<T>::get(topic_id).contains(&nonce), Error::<T>::NonceNotOpen);
		Ok(topic)
	}

	/// Where the current block stands in the window `nonce + 1 ..= nonce + W` of a
	/// commit–reveal topic (`CommitRevealOff` for a topic without it).
	pub(crate) fn worker_phase(
		topic: &TopicOf<T>,
		nonce: BlockNumberFor<T>,
	) -> Result<WindowPhase, Error<T>> {
		let phases = topic.config.commit_reveal.ok_or(Error::<T>::CommitRevealOff)?;
		let first = nonce.saturating_add(1u32.into());
		let last = nonce.saturating_add(topic.config.worker_submission_window);
		let now = frame_system::Pallet::<T>::block_number();
		Ok(commit_reveal::phase(first, last, phases.worker, now))
	}

	/// `AlreadySubmitted` if the worker has a payload at the nonce.
	pub(crate) fn ensure_not_submitted(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		worker: &T::AccountId,
	) -> Result<(), Error<T>> {
		let key = (topic_id, nonce);
		ensure!(
			!Inferences::<T>::contains_key(key, worker)
				&& !Forecasts::<T>::contains_key(key, worker),
			Error::<T>::AlreadySubmitted
		);
		Ok(())
	}

	/// The payload after its checks: at least one part, every value in range, the forecast
	/// without repeated inferers.
	pub(crate) fn checked_payload(
		inference: Option<Fixed>,
		forecast: Option<ForecastOf<T>>,
	) -> Result<PayloadOf<T>, Error<T>> {
		ensure!(inference.is_some() || forecast.is_some(), Error::<T>::EmptyPayload);
		if let Some(v) = inference {
			Self::check_value(v)?;
		}
		let forecast =
			forecast.map(|f| Self::checked_forecast(f, &Params::<T>::get())).transpose()?;
		Ok((inference, forecast))
	}

	/// Pays the `DataSendingFee` from `who` to the topic.
	pub(crate) fn pay_data_fee(topic_id: TopicId, who: &T::AccountId) -> DispatchResult {
		pallet_topics::Pallet::<T>::pay_topic_fee(
			topic_id,
			who,
			pallet_topics::Params::<T>::get().data_sending_fee.saturated_into(),
		)
	}

	/// Stores a checked payload and tells.
	pub(crate) fn store_payload(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
		worker: T::AccountId,
		inference: Option<Fixed>,
		forecast: Option<ForecastOf<T>>,
	) {
		let key = (topic_id, nonce);
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
	}

	/// Whether `v` is at most `MaxAbsValue` in magnitude: the bound of every inference,
	/// forecasted loss and reported loss.
	pub fn value_in_range(v: Fixed) -> bool {
		v.abs().map(|a| a <= T::MaxAbsValue::get()).unwrap_or(false)
	}

	pub(crate) fn check_value(v: Fixed) -> Result<(), Error<T>> {
		ensure!(Self::value_in_range(v), Error::<T>::ValueOutOfRange);
		Ok(())
	}

	/// The forecast without repeated inferers (the first element of each is kept), after
	/// checking its size and its values.
	pub(crate) fn checked_forecast(
		forecast: ForecastOf<T>,
		params: &InferenceParams,
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
		// The elements' inferers are not looked up: the close uses only the elements about
		// the nonce's inferers, and one registration read per element would be most of a
		// payload's proof.
		for el in &kept {
			Self::check_value(el.value)?;
		}
		// No longer than the input, which was within the bound.
		Ok(BoundedVec::truncate_from(kept))
	}

	/// Removes a departing worker's payloads and commitments at the topic's open nonces; returns
	/// the weight.
	pub(crate) fn withdraw_payloads(topic_id: TopicId, worker: &T::AccountId) -> Weight {
		let open = OpenNonces::<T>::get(topic_id);
		for nonce in open.iter() {
			let key = (topic_id, *nonce);
			Inferences::<T>::remove(key, worker);
			Forecasts::<T>::remove(key, worker);
			WorkerCommitments::<T>::remove(key, worker);
		}
		<T as Config>::WeightInfo::withdraw_payloads(open.len() as u32)
	}
}
