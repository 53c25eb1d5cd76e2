//! The emission schedule (rewards spec §5): locked vesting, the target and capped emission per
//! staked token, its monthly smoothing, and the per-block amounts. Amounts are integers in any
//! unit (tokens or smallest units); rates are [`Fixed`].

use allora_synthesis::{Fixed, FixedError};

/// The vesting buckets' shares of the maximum supply: preseed, investors, team.
pub type VestingShares = [Fixed; 3];

/// The reference's buckets: preseed 5%, investors 26.05%, team 17.5%.
pub const REFERENCE_VESTING: VestingShares = [
	Fixed::from_raw(50_000_000_000_000_000),
	Fixed::from_raw(260_500_000_000_000_000),
	Fixed::from_raw(175_000_000_000_000_000),
];

/// The locked vesting tokens at `height` (§5.1): everything before a year, then a linear monthly
/// unlock of the remaining two thirds until month 36, nothing after. Returns the total and the
/// three buckets.
pub fn locked_vesting(
	blocks_per_month: u64,
	height: u64,
	max_supply: u128,
	shares: &VestingShares,
) -> Result<(u128, [u128; 3]), FixedError> {
	let year = blocks_per_month.saturating_mul(12);
	let mut parts = [0u128; 3];
	for (part, share) in parts.iter_mut().zip(shares) {
		let full = share.mul_u128_floor(max_supply)?;
		*part = if height < year {
			full
		} else if height < year.saturating_mul(3) {
			let months = (height / blocks_per_month.max(1)).min(36) as i128;
			Fixed::from_rational(36 - months, 36)?.mul_u128_floor(full)?
		} else {
			0
		};
	}
	let total =
		parts.iter().try_fold(0u128, |s, p| s.checked_add(*p)).ok_or(FixedError::Overflow)?;
	Ok((total, parts))
}

/// `ê_target = f_e · (ecosystem locked / staked) · (circulating / max supply)` (§5.3).
pub fn target_emission_per_staked_token(
	f_e: Fixed,
	ecosystem_locked: u128,
	staked: u128,
	circulating: u128,
	max_supply: u128,
) -> Result<Fixed, FixedError> {
	let eco = Fixed::from_ratio_u128(ecosystem_locked, staked)?;
	let circ = Fixed::from_ratio_u128(circulating, max_supply)?;
	f_e.checked_mul(eco)?.checked_mul(circ)
}

/// `ê_max = MaximumMonthlyPercentageYield / ((1 − v)·f_rep + v)` (§5.3), `v` the validators'
/// share and `f_rep` the share of the network's reward paid to reputers.
pub fn max_emission_per_staked_token(
	max_monthly_yield: Fixed,
	reputers_share: Fixed,
	validators_share: Fixed,
) -> Result<Fixed, FixedError> {
	let f_stake = Fixed::ONE
		.checked_sub(validators_share)?
		.checked_mul(reputers_share)?
		.checked_add(validators_share)?;
	max_monthly_yield.checked_div(f_stake)
}

/// `e = α·ê + (1 − α)·e_prev` (§5.3), `ê` already capped.
pub fn smoothed_emission(
	target: Fixed,
	alpha: Fixed,
	previous: Fixed,
) -> Result<Fixed, FixedError> {
	alpha.checked_mul(target)?.checked_add(Fixed::ONE.checked_sub(alpha)?.checked_mul(previous)?)
}

/// The month's emission `trunc(e · staked)` and the per-block emission (integer division).
pub fn emission_amounts(
	per_staked_token: Fixed,
	staked: u128,
	blocks_per_month: u64,
) -> Result<(u128, u128), FixedError> {
	let month = per_staked_token.mul_u128_floor(staked)?;
	Ok((month, month / u128::from(blocks_per_month.max(1))))
}

/// The validators' cut `trunc(v · block emission)` and the network's rest (§5.5).
pub fn split_block_emission(
	block_emission: u128,
	validators_share: Fixed,
) -> Result<(u128, u128), FixedError> {
	let validators = validators_share.mul_u128_floor(block_emission)?;
	Ok((validators, block_emission.saturating_sub(validators)))
}
