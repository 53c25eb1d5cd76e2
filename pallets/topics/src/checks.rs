//! The rules a topic's configuration and the pallet's parameters must satisfy.

use super::*;

impl<T: Config> Pallet<T> {
	/// Checks a topic configuration against the pallet's parameters, one error per field.
	pub fn check_topic_config(c: &TopicConfigOf<T>, params: &TopicsParams) -> Result<(), Error<T>> {
		let max_len = params.max_string_length as usize;
		ensure!(c.metadata.len() <= max_len, Error::<T>::MetadataTooLong);
		ensure!(!c.loss_method.is_empty(), Error::<T>::LossMethodEmpty);
		ensure!(c.loss_method.len() <= max_len, Error::<T>::LossMethodTooLong);
		let epoch: u32 = c.epoch_length.saturated_into();
		ensure!(epoch >= params.min_epoch_length, Error::<T>::EpochTooShort);
		ensure!(epoch <= params.max_epoch_length, Error::<T>::EpochTooLong);
		ensure!(c.ground_truth_lag >= c.epoch_length, Error::<T>::GroundTruthLagTooShort);
		let max_lag = c.epoch_length.saturating_mul(params.max_unfulfilled_reputer_requests.into());
		ensure!(c.ground_truth_lag <= max_lag, Error::<T>::GroundTruthLagTooLong);
		ensure!(!c.worker_submission_window.is_zero(), Error::<T>::SubmissionWindowZero);
		ensure!(c.worker_submission_window <= c.epoch_length, Error::<T>::SubmissionWindowTooLong);
		let p_range =
			Fixed::from_raw(2_500_000_000_000_000_000)..=Fixed::from_raw(4_500_000_000_000_000_000);
		ensure!(p_range.contains(&c.p_norm), Error::<T>::PNormOutOfRange);
		ensure!(
			c.alpha_regret.is_positive() && c.alpha_regret <= Fixed::ONE,
			Error::<T>::AlphaRegretOutOfRange
		);
		ensure!(c.epsilon.is_positive(), Error::<T>::EpsilonNotPositive);
		ensure!(
			is_open_fraction(c.merit_sortition_alpha),
			Error::<T>::MeritSortitionAlphaOutOfRange
		);
		ensure!(is_open_fraction(c.active_inferer_quantile), Error::<T>::InfererQuantileOutOfRange);
		ensure!(
			is_open_fraction(c.active_forecaster_quantile),
			Error::<T>::ForecasterQuantileOutOfRange
		);
		ensure!(is_open_fraction(c.active_reputer_quantile), Error::<T>::ReputerQuantileOutOfRange);
		if let Some(phases) = &c.commit_reveal {
			use allora_primitives::commit_reveal::{check_reveal_length, RevealLengthError};
			check_reveal_length(c.worker_submission_window, phases.worker).map_err(
				|e| match e {
					RevealLengthError::Empty => Error::<T>::WorkerRevealPhaseZero,
					RevealLengthError::NoCommitPhase => Error::<T>::WorkerRevealPhaseTooLong,
				},
			)?;
			check_reveal_length(c.epoch_length, phases.reputer).map_err(|e| match e {
				RevealLengthError::Empty => Error::<T>::ReputerRevealPhaseZero,
				RevealLengthError::NoCommitPhase => Error::<T>::ReputerRevealPhaseTooLong,
			})?;
		}
		Ok(())
	}

	/// Checks the pallet's parameters: each value's rule, and the runtime's hard bounds.
	pub fn check_params(p: &TopicsParams) -> Result<(), Error<T>> {
		p.validate().map_err(Error::<T>::from)?;
		let bounded = p.max_string_length <= MAX_STRING_LENGTH
			&& p.max_unfulfilled_worker_requests <= T::MaxUnfulfilledRequests::get()
			&& p.max_unfulfilled_reputer_requests <= T::MaxUnfulfilledRequests::get()
			&& p.max_active_topics_per_block <= T::MaxActiveTopics::get();
		ensure!(bounded, Error::<T>::ParamAboveLimit);
		ensure!(p.min_epoch_length <= p.max_epoch_length, Error::<T>::EpochBoundsInverted);
		Ok(())
	}
}

/// `0 ≤ x < 1`.
fn is_open_fraction(x: Fixed) -> bool {
	!x.is_negative() && x < Fixed::ONE
}

allora_primitives::param_errors!(Error<T: Config>);
