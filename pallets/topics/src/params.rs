//! The topics pallet's parameters: the epoch bounds, the topic weight, the fees every payload
//! and registration pays, the open nonces a topic keeps, the records' retention, the chain's
//! month, and the pace of the epoch schedule (`shared/spec/lifecycle.md`, "Global
//! parameters"). The other pallets read the ones that set a topic's rhythm and fees (open
//! nonces, record retention, windows closed per block, the data-sending fee) through
//! `pallet_topics::Params`, the pallet they are built on.
//!
//! Units: fractions and exponents are [`Fixed`] (18 decimals, shown as
//! an integer `value·10^18` in polkadot.js apps); fees and stakes are in the token's smallest
//! unit; durations are in blocks. The defaults are the reference's values for 3-second blocks;
//! a runtime with another block time scales the block-based ones in its genesis.

use allora_primitives::params::{fx, ONE};
use allora_synthesis::Fixed;

allora_primitives::pallet_params! {
	/// The topics pallet's parameters, changed only by the privileged origin through `set_params`.
	pub struct TopicsParams;
	/// One new value of one of the topics pallet's parameters (see [`TopicsParams`]).
	pub enum TopicsParam;
	/// A topic whose weight is below this is not served (weight unit: the token's smallest unit).
	min_topic_weight / MinTopicWeight: Fixed = fx(100), non_negative;
	/// The shortest epoch (blocks) a topic may set.
	min_epoch_length / MinEpochLength: u32 = 12, at_least_one;
	/// The longest epoch (blocks) a topic may set (not a reference parameter: without it a
	/// topic with an epoch of `u32::MAX` blocks would hold its place in the bounded epoch
	/// schedule for good). At least `MinEpochLength`. Default: a month of 3-second blocks.
	max_epoch_length / MaxEpochLength: u32 = 864_000, at_least_one;
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
	/// Topics whose epoch is advanced per block at most; also the worker windows closed per
	/// block at most.
	max_active_topics_per_block / MaxActiveTopicsPerBlock: u32 = 1, at_least_one;
	/// Longest topic metadata and loss method, in bytes.
	max_string_length / MaxStringLength: u32 = 255, at_least_one;
}
