//! The reputation pallet's parameters: stake amounts and delays, the listening coefficients'
//! gradient descent, the reputer scores' cap and the reputers rewarded
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

/// The hard bound of the parameter `GradientDescentMaxIters`: the reputers' scoring at
/// a reputer-nonce close takes up to that many steps, each as costly as the reputers scored
/// squared (see `benchmarks/README.md`). Twice the reference's default of 10.
pub const MAX_GRADIENT_DESCENT_ITERS: u32 = 20;

allora_primitives::pallet_params! {
	/// The reputation pallet's parameters, changed only by the privileged origin through `set_params`.
	pub struct ReputationParams;
	/// One new value of one of the reputation pallet's parameters (see [`ReputationParams`]).
	pub enum ReputationParam;
	/// Stake (smallest unit) a reputer needs to submit losses.
	#[serde(with = "allora_primitives::json::decimal")]
	required_minimum_stake / RequiredMinimumStake: u128 = 10_000, any_amount;
	/// The smallest stake position (smallest unit): a reputer's own stake in a topic, or one
	/// delegation. Stake calls must leave a position at least this large, removals at least
	/// this large or empty (not a reference parameter: it keeps dust positions, each a storage
	/// item, from being made for free). 0: any non-zero amount.
	#[serde(with = "allora_primitives::json::decimal")]
	min_stake_amount / MinStakeAmount: u128 = 0, any_amount;
	/// Blocks between a stake-removal request and its execution.
	remove_stake_delay_window / RemoveStakeDelayWindow: u32 = 604_800, at_least_one;
	/// Learning rate of the reputers' listening-coefficient gradient descent.
	learning_rate / LearningRate: Fixed = fx(ONE / 20), positive;
	/// Iterations of that gradient descent (at most [`MAX_GRADIENT_DESCENT_ITERS`], 20).
	gradient_descent_max_iters / GradientDescentMaxIters: u32 = 10, at_least_one;
	/// Stop criterion of that gradient descent.
	max_gradient_threshold / MaxGradientThreshold: Fixed = fx(ONE / 1000), positive;
	/// Fraction of stake that must stay listened to.
	min_stake_fraction / MinStakeFraction: Fixed = fx(ONE / 2), fraction;
	/// Cap for reputer scores.
	epsilon_reputer / EpsilonReputer: Fixed = fx(ONE / 100), positive;
	/// Reputers rewarded per epoch at most.
	max_top_reputers_to_reward / MaxTopReputersToReward: u32 = 6, at_least_one;
	/// Half the stake removals processed per block.
	half_max_process_stake_removals_end_block / HalfMaxProcessStakeRemovalsEndBlock: u32 = 40, at_least_one;
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's parameters: each value's rule, and the runtime's hard bounds.
	pub fn check_params(p: &ReputationParams) -> Result<(), Error<T>> {
		use allora_primitives::ParamSet;
		p.validate().map_err(Error::<T>::from)?;
		let bounded = p.gradient_descent_max_iters <= MAX_GRADIENT_DESCENT_ITERS
			&& p.max_top_reputers_to_reward <= T::MaxActiveReputers::get();
		ensure!(bounded, Error::<T>::ParamAboveLimit);
		Ok(())
	}
}

allora_primitives::param_errors!(Error<T: Config>);
