//! Worker scores (rewards spec §3.1–3.2): how much the network loses without each worker.

use alloc::vec::Vec;
use allora_synthesis::{Fixed, FixedError};

/// Inferer scores `T_ij = L⁻_j'i − L_i`: the one-out network loss without inferer `j` minus the
/// network loss. (A topic with a single inferer scores it 0; the caller decides.)
pub fn inferer_scores<W: Clone>(
	network_loss: Fixed,
	one_out: &[(W, Fixed)],
) -> Result<Vec<(W, Fixed)>, FixedError> {
	one_out.iter().map(|(w, l)| Ok((w.clone(), l.checked_sub(network_loss)?))).collect()
}

/// `f_unique(n) = 1 / 2^(n−1)`: the weight of the one-in term for `n` forecasters, truncated
/// to 18 decimals as a division would be: the raw `10^18` shifted right `n − 1` times, 0 from
/// 61 forecasters on (the power `2^(n−1)` itself overflows from 69 on: a topic of 256
/// forecasters failed to score them all until issue 19's benchmarks found it).
pub fn f_unique(n: usize) -> Result<Fixed, FixedError> {
	match n.checked_sub(1) {
		None => Ok(Fixed::from_int(2)),
		Some(k) => Ok(Fixed::from_raw(Fixed::ONE.raw() >> k.min(127))),
	}
}

/// Forecaster scores `T_ik = f·(L⁻_i − L⁺_ki) + (1 − f)·(L⁻_k'i − L_i)` with `f = f_unique(n)`:
/// the one-in gain over the naive network and the one-out loss of the network. `one_out` and
/// `one_in` are paired by position (both sorted by forecaster).
pub fn forecaster_scores<W: Clone>(
	network_loss: Fixed,
	naive_loss: Fixed,
	one_out: &[(W, Fixed)],
	one_in: &[(W, Fixed)],
) -> Result<Vec<(W, Fixed)>, FixedError> {
	let f = f_unique(one_out.len())?;
	let g = Fixed::ONE.checked_sub(f)?;
	one_in
		.iter()
		.zip(one_out)
		.map(|((w, l_in), (_, l_out))| {
			let s_in = naive_loss.checked_sub(*l_in)?;
			let s_out = l_out.checked_sub(network_loss)?;
			Ok((w.clone(), f.checked_mul(s_in)?.checked_add(g.checked_mul(s_out)?)?))
		})
		.collect()
}
