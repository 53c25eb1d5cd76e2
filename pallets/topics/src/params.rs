//! The network's global parameters (`shared/spec/lifecycle.md`, "Global parameters"): one
//! struct with the reference defaults, one [`Param`] variant per field for `set_params`, and the
//! rule each value must satisfy.
//!
//! Units: fractions and exponents are [`Fixed`] (18 decimals, shown as an integer `value·10^18`
//! in polkadot.js apps); fees and stakes are in the token's smallest unit; durations are in
//! blocks. The defaults are the reference's values for 3-second blocks; a runtime with another
//! block time scales the block-based ones in its genesis (see `docs/topics.md`).

use allora_synthesis::Fixed;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// Why a parameter value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamError {
	/// The value must lie in `[0, 1]`.
	NotAFraction,
	/// The value must be `> 0`.
	NotPositive,
	/// The value must be `≥ 0`.
	Negative,
	/// The value must be at least 1.
	Zero,
}

/// The rules a parameter value can be held to.
mod rule {
	use super::{Fixed, ParamError};

	pub fn fraction(v: &Fixed) -> Result<(), ParamError> {
		if v.is_negative() || *v > Fixed::ONE {
			return Err(ParamError::NotAFraction);
		}
		Ok(())
	}
	pub fn positive_fraction(v: &Fixed) -> Result<(), ParamError> {
		fraction(v)?;
		positive(v)
	}
	pub fn positive(v: &Fixed) -> Result<(), ParamError> {
		if !v.is_positive() {
			return Err(ParamError::NotPositive);
		}
		Ok(())
	}
	pub fn non_negative(v: &Fixed) -> Result<(), ParamError> {
		if v.is_negative() {
			return Err(ParamError::Negative);
		}
		Ok(())
	}
	pub fn at_least_one(v: &u32) -> Result<(), ParamError> {
		if *v == 0 {
			return Err(ParamError::Zero);
		}
		Ok(())
	}
	pub fn any_amount(_: &u128) -> Result<(), ParamError> {
		Ok(())
	}
}

const fn fx(raw: i128) -> Fixed {
	Fixed::from_raw(raw)
}
/// 10^18: one in [`Fixed`]'s raw units.
const ONE: i128 = 1_000_000_000_000_000_000;

macro_rules! global_params {
	($(
		$(#[doc = $doc:expr])*
		$(#[serde($($serde:tt)*)])?
		$field:ident / $variant:ident : $ty:ty = $default:expr, $rule:ident;
	)*) => {
		/// The network's global parameters, changed only by the privileged origin through
		/// `set_params`.
		#[derive(
			Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
			TypeInfo, Serialize, Deserialize,
		)]
		#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
		pub struct GlobalParams {
			$( $(#[doc = $doc])* $(#[serde($($serde)*)])? pub $field: $ty, )*
		}

		impl Default for GlobalParams {
			/// The reference defaults (3-second blocks).
			fn default() -> Self {
				GlobalParams { $( $field: $default, )* }
			}
		}

		/// One new value of one global parameter (see [`GlobalParams`] for each meaning).
		#[derive(
			Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
			TypeInfo,
		)]
		pub enum Param {
			$( $(#[doc = $doc])* $variant($ty), )*
		}

		impl GlobalParams {
			/// Sets one parameter if its value satisfies its rule; unchanged otherwise.
			pub fn set(&mut self, param: &Param) -> Result<(), ParamError> {
				match param {
					$( Param::$variant(v) => {
						rule::$rule(v)?;
						self.$field = v.clone();
					}, )*
				}
				Ok(())
			}

			/// Every parameter as an update to its current value (benchmarks use it).
			pub fn as_updates(&self) -> alloc::vec::Vec<Param> {
				alloc::vec![ $( Param::$variant(self.$field.clone()), )* ]
			}

			/// Checks every value against its rule (used on genesis values).
			pub fn validate(&self) -> Result<(), ParamError> {
				$( rule::$rule(&self.$field)?; )*
				Ok(())
			}
		}
	};
}

global_params! {
	/// A topic whose weight is below this is not served (weight unit: the token's smallest unit).
	min_topic_weight / MinTopicWeight: Fixed = fx(100), non_negative;
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
	/// The shortest epoch (blocks) a topic may set.
	min_epoch_length / MinEpochLength: u32 = 12, at_least_one;
	/// The longest epoch (blocks) a topic may set (not a reference parameter: without it a
	/// topic with an epoch of `u32::MAX` blocks would hold its place in the bounded epoch
	/// schedule for good). At least `MinEpochLength`. Default: a month of 3-second blocks.
	max_epoch_length / MaxEpochLength: u32 = 864_000, at_least_one;
	/// β: resilience of the reward split against copycats.
	beta_entropy / BetaEntropy: Fixed = fx(ONE / 4), fraction;
	/// Learning rate of the reputers' listening-coefficient gradient descent.
	learning_rate / LearningRate: Fixed = fx(ONE / 20), positive;
	/// Iterations of that gradient descent (at most `MAX_GRADIENT_DESCENT_ITERS`, 20).
	gradient_descent_max_iters / GradientDescentMaxIters: u32 = 10, at_least_one;
	/// Stop criterion of that gradient descent.
	max_gradient_threshold / MaxGradientThreshold: Fixed = fx(ONE / 1000), positive;
	/// Fraction of stake that must stay listened to.
	min_stake_fraction / MinStakeFraction: Fixed = fx(ONE / 2), fraction;
	/// Cap for reputer scores.
	epsilon_reputer / EpsilonReputer: Fixed = fx(ONE / 100), positive;
	/// Lower bound of every sum of weights (guard against division by zero).
	epsilon_safe_div / EpsilonSafeDiv: Fixed = fx(100_000_000_000), positive;
	/// Open worker nonces kept per topic (the oldest are dropped first).
	max_unfulfilled_worker_requests / MaxUnfulfilledWorkerRequests: u32 = 100, at_least_one;
	/// Open reputer nonces kept per topic (the oldest are dropped first).
	max_unfulfilled_reputer_requests / MaxUnfulfilledReputerRequests: u32 = 100, at_least_one;
	/// μ: exponent of the stake in a topic's weight.
	topic_reward_stake_importance / TopicRewardStakeImportance: Fixed = fx(ONE / 2), fraction;
	/// ν: exponent of the fee revenue in a topic's weight.
	topic_reward_fee_revenue_importance / TopicRewardFeeRevenueImportance: Fixed = fx(ONE / 2), fraction;
	/// EMA weight of a topic's weight.
	topic_reward_alpha / TopicRewardAlpha: Fixed = fx(ONE / 2), positive_fraction;
	/// EMA weight of the reward fractions.
	task_reward_alpha / TaskRewardAlpha: Fixed = fx(ONE / 10), positive_fraction;
	/// Share of the emission paid to collators and stakers.
	validators_vs_allora_percent_reward / ValidatorsVsAlloraPercentReward: Fixed = fx(ONE / 4), fraction;
	/// Score history used to scale scores.
	max_samples_to_scale_scores / MaxSamplesToScaleScores: u32 = 10, at_least_one;
	/// Inferers rewarded per epoch at most.
	max_top_inferers_to_reward / MaxTopInferersToReward: u32 = 32, at_least_one;
	/// Forecasters rewarded per epoch at most.
	max_top_forecasters_to_reward / MaxTopForecastersToReward: u32 = 6, at_least_one;
	/// Reputers rewarded per epoch at most.
	max_top_reputers_to_reward / MaxTopReputersToReward: u32 = 6, at_least_one;
	/// Fee (smallest unit) to create a topic; credited to the topic's fee revenue.
	#[serde(with = "allora_primitives::json::decimal")]
	create_topic_fee / CreateTopicFee: u128 = 75_000, any_amount;
	/// Fee (smallest unit) to register as a worker or reputer; credited to the topic.
	#[serde(with = "allora_primitives::json::decimal")]
	registration_fee / RegistrationFee: u128 = 200, any_amount;
	/// Fee (smallest unit) for each worker or reputer payload; credited to the topic.
	#[serde(with = "allora_primitives::json::decimal")]
	data_sending_fee / DataSendingFee: u128 = 10, any_amount;
	/// Blocks a topic must have been inactive before anyone may retire it (`retire_topic`),
	/// deleting its storage and returning its deposit (not a reference parameter). Default:
	/// 90 days of 3-second blocks.
	retire_inactive_topics_after / RetireInactiveTopicsAfter: u32 = 2_592_000, at_least_one;
	/// Epochs of records kept at least, beyond the ground-truth lag.
	min_epoch_length_record_limit / MinEpochLengthRecordLimit: u32 = 3, at_least_one;
	/// Blocks in a month (the emission schedule's period).
	blocks_per_month / BlocksPerMonth: u32 = 864_000, at_least_one;
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
	/// `c`: offset of the synthesis weight function.
	c_norm / CNorm: Fixed = fx(3 * ONE / 4), non_negative;
	/// Half the stake removals processed per block.
	half_max_process_stake_removals_end_block / HalfMaxProcessStakeRemovalsEndBlock: u32 = 40, at_least_one;
	/// Elements a forecast may carry (after duplicates are dropped).
	max_elements_per_forecast / MaxElementsPerForecast: u32 = 12, at_least_one;
	/// Topics whose epoch is advanced per block at most; also the worker windows closed per
	/// block at most.
	max_active_topics_per_block / MaxActiveTopicsPerBlock: u32 = 1, at_least_one;
	/// Longest topic metadata and loss method, in bytes.
	max_string_length / MaxStringLength: u32 = 255, at_least_one;
	/// Quantile of the experienced workers' regrets that sets a topic's initial regret.
	initial_regret_quantile / InitialRegretQuantile: Fixed = fx(ONE / 4), fraction;
	/// Offset of the weight function's shift in the initial regret.
	p_norm_safe_div / PNormSafeDiv: Fixed = fx(8_250_000_000_000_000_000), positive;
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn defaults_satisfy_their_rules() {
		assert_eq!(GlobalParams::default().validate(), Ok(()));
	}

	#[test]
	fn set_checks_the_rule_and_leaves_the_value_on_error() {
		let mut p = GlobalParams::default();
		assert_eq!(p.set(&Param::BetaEntropy(Fixed::from_int(2))), Err(ParamError::NotAFraction));
		assert_eq!(p.set(&Param::TopicRewardAlpha(Fixed::ZERO)), Err(ParamError::NotPositive));
		assert_eq!(p.set(&Param::MinTopicWeight(Fixed::from_int(-1))), Err(ParamError::Negative));
		assert_eq!(p.set(&Param::MinEpochLength(0)), Err(ParamError::Zero));
		assert_eq!(p, GlobalParams::default());
		assert_eq!(p.set(&Param::MinEpochLength(5)), Ok(()));
		assert_eq!(p.min_epoch_length, 5);
	}

	#[test]
	fn json_uses_decimal_strings_and_fills_missing_fields_with_defaults() {
		let p: GlobalParams =
			serde_json::from_str(r#"{"minEpochLength": 4, "betaEntropy": "0.5"}"#).unwrap();
		assert_eq!(p.min_epoch_length, 4);
		assert_eq!(p.beta_entropy, Fixed::from_raw(ONE / 2));
		assert_eq!(p.learning_rate, GlobalParams::default().learning_rate);
		assert!(serde_json::from_str::<GlobalParams>(r#"{"noSuchParam": 1}"#).is_err());
	}

	#[test]
	fn amounts_are_decimal_strings_and_read_from_either_form() {
		let json = serde_json::to_value(GlobalParams::default()).unwrap();
		assert_eq!(json["createTopicFee"], "75000");
		assert_eq!(json["requiredMinimumStake"], "10000");
		assert_eq!(json["minEpochLength"], 12);
		let p: GlobalParams = serde_json::from_str(
			r#"{"createTopicFee": "1000000000000000000000", "registrationFee": 5}"#,
		)
		.unwrap();
		assert_eq!(p.create_topic_fee, 1_000_000_000_000_000_000_000);
		assert_eq!(p.registration_fee, 5);
		assert!(serde_json::from_str::<GlobalParams>(r#"{"dataSendingFee": "-1"}"#).is_err());
	}
}
