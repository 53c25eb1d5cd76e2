//! The emissions pallet's reward parameters: the reward split's entropy, the task fractions'
//! EMA, the reward potentials, the score history and the validators' share of the emission
//! (`shared/spec/lifecycle.md`, "Global parameters"). The mint schedule's own parameters are
//! [`MintParams`](crate::MintParams).
//!
//! Units: fractions and exponents are [`Fixed`] (18 decimals, shown as
//! an integer `value·10^18` in polkadot.js apps); fees and stakes are in the token's smallest
//! unit; durations are in blocks. The defaults are the reference's values for 3-second blocks;
//! a runtime with another block time scales the block-based ones in its genesis.

use allora_primitives::params::{fx, ONE};
use allora_synthesis::Fixed;

use crate::{Config, Error, Pallet};

allora_primitives::pallet_params! {
	/// The reward formulas' parameters, changed only by the privileged origin through `set_reward_params`.
	pub struct RewardParams;
	/// One new value of one reward parameter (see [`RewardParams`]).
	pub enum RewardParam;
	/// β: resilience of the reward split against copycats.
	beta_entropy / BetaEntropy: Fixed = fx(ONE / 4), fraction;
	/// EMA weight of the reward fractions.
	task_reward_alpha / TaskRewardAlpha: Fixed = fx(ONE / 10), positive_fraction;
	/// Share of the emission paid to collators and stakers.
	validators_vs_allora_percent_reward / ValidatorsVsAlloraPercentReward: Fixed = fx(ONE / 4), fraction;
	/// Score history used to scale scores.
	max_samples_to_scale_scores / MaxSamplesToScaleScores: u32 = 10, at_least_one;
	/// Slope of the inferers' reward potential.
	p_reward_inference / PRewardInference: Fixed = fx(3 * ONE), positive;
	/// Slope of the forecasters' reward potential.
	p_reward_forecast / PRewardForecast: Fixed = fx(3 * ONE), positive;
	/// Exponent of the reputers' reward.
	p_reward_reputer / PRewardReputer: Fixed = fx(ONE), positive;
	/// Offset of the inferers' reward potential.
	c_reward_inference / CRewardInference: Fixed = fx(3 * ONE / 4), non_negative;
	/// Offset of the forecasters' reward potential.
	c_reward_forecast / CRewardForecast: Fixed = fx(3 * ONE / 4), non_negative;
}

impl<T: Config> Pallet<T> {
	/// Checks the reward parameters against their rules (they have no runtime bound).
	pub fn check_reward_params(p: &RewardParams) -> Result<(), Error<T>> {
		use allora_primitives::ParamSet;
		p.validate().map_err(Error::<T>::from)
	}
}

allora_primitives::param_errors!(Error<T: Config>);
