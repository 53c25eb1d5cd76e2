//! Order statistics and averages used by the synthesis (spec `synthesis.md` §2.0).

use crate::{wide::U256, Fixed, FixedError, SynthesisError};
use alloc::vec::Vec;

/// Sample standard deviation (Bessel-corrected, divides by n−1); 0 for fewer than two values.
/// The squared deviations from the mean (the mean truncated to 18 digits) are summed exactly,
/// so the result is the floor of the square root of their exact sum over n−1.
pub fn std_dev(xs: &[Fixed]) -> Result<Fixed, SynthesisError> {
	let n = xs.len();
	if n < 2 {
		return Ok(Fixed::ZERO);
	}
	let mut sum = Fixed::ZERO;
	for x in xs {
		sum = sum.checked_add(*x)?;
	}
	let mean = sum.checked_div_int(n as i128)?;
	let mut acc = U256::ZERO;
	for x in xs {
		let dx = x.checked_sub(mean)?.raw().unsigned_abs();
		acc = acc.checked_add(U256::mul_u128(dx, dx)).ok_or(FixedError::Overflow)?;
	}
	let variance = acc.checked_div_u128(n as u128 - 1).ok_or(FixedError::DivisionByZero)?;
	let sd = i128::try_from(variance.isqrt()).map_err(|_| FixedError::Overflow)?;
	Ok(Fixed::from_raw(sd))
}

/// Median: the middle value, or the mean of the two middle values; 0 for no values.
pub fn median(xs: &[Fixed]) -> Result<Fixed, SynthesisError> {
	let mut v: Vec<Fixed> = xs.to_vec();
	v.sort();
	let n = v.len();
	if n == 0 {
		return Ok(Fixed::ZERO);
	}
	if n % 2 == 1 {
		return Ok(v[n / 2]);
	}
	Ok(v[n / 2 - 1].checked_add(v[n / 2])?.checked_div_int(2)?)
}

/// The `q`-quantile with linear interpolation (numpy "linear"), as the reference computes it:
/// on the values sorted in descending order at position `(1 − q)(n − 1)`. 0 for no values.
pub fn quantile(xs: &[Fixed], q: Fixed) -> Result<Fixed, SynthesisError> {
	if xs.is_empty() {
		return Ok(Fixed::ZERO);
	}
	if q.is_negative() || q > Fixed::ONE {
		return Err(SynthesisError::InvalidParameter);
	}
	let mut desc: Vec<Fixed> = xs.to_vec();
	desc.sort_by(|a, b| b.cmp(a));
	let pos = Fixed::ONE.checked_sub(q)?.checked_mul(Fixed::from_int(desc.len() as i64 - 1))?;
	let lo = pos.floor();
	let hi = pos.checked_ceil()?;
	let (lo_i, hi_i) = (lo.trunc_int() as usize, hi.trunc_int() as usize);
	if hi_i >= desc.len() {
		return Err(SynthesisError::InvalidParameter);
	}
	if lo_i == hi_i {
		return Ok(desc[lo_i]);
	}
	let frac = pos.checked_sub(lo)?;
	Ok(desc[lo_i].checked_add(frac.checked_mul(desc[hi_i].checked_sub(desc[lo_i])?)?)?)
}

/// Exponential moving average `α·current + (1−α)·previous` (`current` itself when equal).
pub fn ema(alpha: Fixed, current: Fixed, previous: Fixed) -> Result<Fixed, SynthesisError> {
	if current == previous {
		return Ok(current);
	}
	let one_minus = Fixed::ONE.checked_sub(alpha)?;
	Ok(alpha.checked_mul(current)?.checked_add(one_minus.checked_mul(previous)?)?)
}

/// Weighted percentiles (spec §2.0, "WeightedPercentile"): sorts the `(value, weight)` pairs by
/// value (then weight), places each at `(cumulative weight − weight/2) / total`, and interpolates linearly at
/// `P/100` for each percentile `P`, clamping at both ends. Empty input gives no values.
pub fn weighted_percentiles(
	pairs: &[(Fixed, Fixed)],
	percentiles: &[Fixed],
) -> Result<Vec<Fixed>, SynthesisError> {
	if pairs.is_empty() {
		return Ok(Vec::new());
	}
	let mut sorted: Vec<(Fixed, Fixed)> = pairs.to_vec();
	// Ties in value are ordered by weight, so the result does not depend on who is listed first.
	sorted.sort();
	let mut cum = Vec::with_capacity(sorted.len());
	let mut s = Fixed::ZERO;
	for (_, w) in &sorted {
		s = s.checked_add(*w)?;
		cum.push(s);
	}
	let total = s;
	let mut xp = Vec::with_capacity(sorted.len());
	for (i, (_, w)) in sorted.iter().enumerate() {
		xp.push(cum[i].checked_sub(w.checked_div_int(2)?)?.checked_div(total)?);
	}
	let last = sorted.len() - 1;
	let mut out = Vec::with_capacity(percentiles.len());
	for pc in percentiles {
		let x = pc.checked_div_int(100)?;
		if x <= xp[0] {
			out.push(sorted[0].0);
			continue;
		}
		if x >= xp[last] {
			out.push(sorted[last].0);
			continue;
		}
		// The first j with x < xp[j+1] exists because x < xp[last].
		let j = (0..last).find(|&i| x < xp[i + 1]).unwrap_or(last - 1);
		let t = x.checked_sub(xp[j])?.checked_div(xp[j + 1].checked_sub(xp[j])?)?;
		let a = sorted[j].0.checked_mul(Fixed::ONE.checked_sub(t)?)?;
		out.push(a.checked_add(sorted[j + 1].0.checked_mul(t)?)?);
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn std_dev_of_known_values() {
		// Sample sd of 2,4,4,4,5,5,7,9 is sqrt(32/7) = 2.138089935299395...
		let xs: Vec<Fixed> = [2, 4, 4, 4, 5, 5, 7, 9].iter().map(|v| Fixed::from_int(*v)).collect();
		assert_eq!(std_dev(&xs).unwrap(), f("2.138089935299395077"));
		assert_eq!(std_dev(&[f("3")]).unwrap(), Fixed::ZERO);
		assert_eq!(std_dev(&[]).unwrap(), Fixed::ZERO);
	}

	#[test]
	fn median_odd_even_empty() {
		assert_eq!(median(&[f("10"), f("30"), f("20")]).unwrap(), f("20"));
		assert_eq!(median(&[f("1"), f("4"), f("2"), f("3")]).unwrap(), f("2.5"));
		assert_eq!(median(&[]).unwrap(), Fixed::ZERO);
	}

	#[test]
	fn quantile_interpolates_and_rejects_bad_q() {
		let xs = [f("1"), f("2"), f("3"), f("4"), f("5")];
		assert_eq!(quantile(&xs, f("0.25")).unwrap(), f("2"));
		assert_eq!(quantile(&xs, f("0.1")).unwrap(), f("1.4"));
		assert_eq!(quantile(&xs, f("1")).unwrap(), f("5"));
		assert_eq!(quantile(&xs, f("1.5")), Err(SynthesisError::InvalidParameter));
		assert_eq!(quantile(&xs, f("-0.1")), Err(SynthesisError::InvalidParameter));
	}

	#[test]
	fn ema_reference_example() {
		// TestComputeAndBuildEMRegret: EMA(0.1, 500-200, 200) = 210.
		assert_eq!(ema(f("0.1"), f("300"), f("200")).unwrap(), f("210"));
		assert_eq!(ema(f("0.1"), f("7"), f("7")).unwrap(), f("7"));
	}

	#[test]
	fn weighted_percentiles_clamp_and_interpolate() {
		let pairs = [(f("1"), f("1")), (f("2"), f("1"))];
		// xp = [0.25, 0.75]
		let out = weighted_percentiles(&pairs, &[f("10"), f("50"), f("90")]).unwrap();
		assert_eq!(out, vec![f("1"), f("1.5"), f("2")]);
		assert!(weighted_percentiles(&[], &[f("50")]).unwrap().is_empty());
	}
}
