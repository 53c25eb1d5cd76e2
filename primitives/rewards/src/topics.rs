//! Topic weights and the per-topic reward of an epoch (rewards spec §1.1 and §1.4).

use alloc::vec::Vec;
use allora_synthesis::{Fixed, FixedError};

/// The target weight `stake^μ · (fee revenue / epoch length)^ν`.
pub fn topic_target_weight(
	stake: Fixed,
	fee_revenue: Fixed,
	epoch_length: u64,
	mu: Fixed,
	nu: Fixed,
) -> Result<Fixed, FixedError> {
	let per_block =
		fee_revenue.checked_div(Fixed::from_int(epoch_length.min(i64::MAX as u64) as i64))?;
	stake.checked_pow(mu)?.checked_mul(per_block.checked_pow(nu)?)
}

/// A topic taking part in a block's rewards: its weight and epoch length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewardedTopic {
	/// The topic's weight.
	pub weight: Fixed,
	/// Its epoch length in blocks.
	pub epoch_length: u64,
}

/// Each topic's reward for its epoch (`CalcTopicRewards`): its share of the total weight, times
/// the block's network emission, times its epoch length; scaled down to the treasury if their
/// sum exceeds it (all of it to a lone topic; by weight × epoch length otherwise). A topic whose
/// share is zero gets nothing.
pub fn topic_rewards(
	topics: &[RewardedTopic],
	total_weight: Fixed,
	treasury: Fixed,
	block_emission: Fixed,
) -> Result<Vec<Fixed>, FixedError> {
	let mut out = Vec::with_capacity(topics.len());
	let mut sum = Fixed::ZERO;
	for t in topics {
		let share = t.weight.checked_div(total_weight)?;
		let r = if share.is_zero() {
			Fixed::ZERO
		} else {
			share
				.checked_mul(block_emission)?
				.checked_mul(Fixed::from_int(t.epoch_length as i64))?
		};
		sum = sum.checked_add(r)?;
		out.push(r);
	}
	if sum > treasury {
		if topics.len() == 1 {
			return Ok(alloc::vec![treasury]);
		}
		let factors = topics
			.iter()
			.map(|t| t.weight.checked_mul(Fixed::from_int(t.epoch_length as i64)))
			.collect::<Result<Vec<_>, _>>()?;
		let total = factors.iter().try_fold(Fixed::ZERO, |s, f| s.checked_add(*f))?;
		return factors.iter().map(|f| treasury.checked_mul(*f)?.checked_div(total)).collect();
	}
	Ok(out)
}
