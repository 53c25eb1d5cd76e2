//! A worker's payload: the checks its values and forecast pass, and its withdrawal when the
//! worker leaves while the window is open.

use super::*;

impl<T: Config> Pallet<T> {
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

	/// Removes a departing worker's payloads at the topic's open nonces; returns the weight.
	pub(crate) fn withdraw_payloads(topic_id: TopicId, worker: &T::AccountId) -> Weight {
		let open = OpenNonces::<T>::get(topic_id);
		for nonce in open.iter() {
			let key = (topic_id, *nonce);
			Inferences::<T>::remove(key, worker);
			Forecasts::<T>::remove(key, worker);
		}
		<T as Config>::WeightInfo::withdraw_payloads(open.len() as u32)
	}
}
