//! The inference pallet's parameters: the synthesis's constants (`c`, the safe-division
//! epsilon, the initial regret), the forecast size and the active set sizes
//! (`shared/spec/lifecycle.md`, "Global parameters").
//!
//! Units: fractions and exponents are [`Fixed`] (18 decimals, shown as
//! an integer `value·10^18` in polkadot.js apps); fees and stakes are in the token's smallest
//! unit; durations are in blocks. The defaults are the reference's values for 3-second blocks;
//! a runtime with another block time scales the block-based ones in its genesis.

use allora_primitives::params::{fx, ONE};
use allora_synthesis::Fixed;

use crate::{Config, Error, Pallet};
use polkadot_sdk::frame_support::{ensure, traits::Get};

allora_primitives::pallet_params! {
	/// The inference pallet's parameters, changed only by the privileged origin through `set_params`.
	pub struct InferenceParams;
	/// One new value of one of the inference pallet's parameters (see [`InferenceParams`]).
	pub enum InferenceParam;
	/// Lower bound of every sum of weights (guard against division by zero).
	epsilon_safe_div / EpsilonSafeDiv: Fixed = fx(100_000_000_000), positive;
	/// Inferers rewarded per epoch at most.
	max_top_inferers_to_reward / MaxTopInferersToReward: u32 = 32, at_least_one;
	/// Forecasters rewarded per epoch at most.
	max_top_forecasters_to_reward / MaxTopForecastersToReward: u32 = 6, at_least_one;
	/// `c`: offset of the synthesis weight function.
	c_norm / CNorm: Fixed = fx(3 * ONE / 4), non_negative;
	/// Elements a forecast may carry (after duplicates are dropped).
	max_elements_per_forecast / MaxElementsPerForecast: u32 = 12, at_least_one;
	/// Quantile of the experienced workers' regrets that sets a topic's initial regret.
	initial_regret_quantile / InitialRegretQuantile: Fixed = fx(ONE / 4), fraction;
	/// Offset of the weight function's shift in the initial regret.
	p_norm_safe_div / PNormSafeDiv: Fixed = fx(8_250_000_000_000_000_000), positive;
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's parameters: each value's rule, and the runtime's hard bounds.
	pub fn check_params(p: &InferenceParams) -> Result<(), Error<T>> {
		use allora_primitives::ParamSet;
		p.validate().map_err(Error::<T>::from)?;
		let bounded = p.max_elements_per_forecast <= T::MaxForecastElements::get()
			&& p.max_top_inferers_to_reward.saturating_add(p.max_top_forecasters_to_reward)
				<= T::MaxActiveWorkers::get();
		ensure!(bounded, Error::<T>::ParamAboveLimit);
		Ok(())
	}
}

allora_primitives::param_errors!(Error<T: Config>);
