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
		let topic = pallet_topics::Pallet::<T>::topic(topic_id).ok_or(Error::<T>::NoSuchTopic)?;
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
		let forecast =
			forecast.map(|f| Self::checked_forecast(f, &Params::<T>::get())).transpose()?;
		pallet_topics::Pallet::<T>::pay_topic_fee(
			topic_id,
			&worker,
			pallet_topics::Params::<T>::get().data_sending_fee.saturated_into(),
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

	pub(crate) fn do_set_params(updates: ParamUpdates) -> DispatchResult {
		ensure!(!updates.is_empty(), Error::<T>::NoParamUpdates);
		let params = Params::<T>::get().updated(&updates).map_err(Error::<T>::from)?;
		Self::check_params(&params)?;
		Params::<T>::put(params);
		Self::deposit_event(Event::ParamsUpdated { updates });
		Ok(())
	}
}
