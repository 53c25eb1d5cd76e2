//! Smoothed reward fractions and the modified entropy of a task (rewards spec §2.2).

use crate::fractions::normalize;
use alloc::vec::Vec;
use allora_synthesis::{stats::ema, Fixed, FixedError, SynthesisError};

/// The entropy of a task with a single participant (`−ln(0.5)·0.25`, the reference constant).
pub const SINGLE_PARTICIPANT_ENTROPY: Fixed = Fixed::from_raw(173_286_795_139_986_000);

/// The effective number of participants `1 / Σ f²`.
pub fn number_ratio(fs: &[Fixed]) -> Result<Fixed, FixedError> {
	let s = fs.iter().try_fold(Fixed::ZERO, |s, f| s.checked_add(f.checked_mul(*f)?))?;
	Fixed::ONE.checked_div(s)
}

/// The modified entropy `−Σ f·ln f · (N_eff / n)^β`.
pub fn entropy(
	fs: &[Fixed],
	number_ratio: Fixed,
	n: usize,
	beta: Fixed,
) -> Result<Fixed, FixedError> {
	let mult = number_ratio.checked_div(Fixed::from_int(n as i64))?.checked_pow(beta)?;
	let s =
		fs.iter().try_fold(Fixed::ZERO, |s, f| s.checked_add(f.checked_mul(f.checked_ln()?)?))?;
	s.checked_neg()?.checked_mul(mult)
}

/// A task's entropy from this epoch's fractions and the previous smoothed fractions
/// (`None` = no previous value: the fraction is taken as is). Returns the entropy and the new
/// smoothed fractions to store.
pub fn task_entropy(
	fractions: &[Fixed],
	previous: &[Option<Fixed>],
	alpha: Fixed,
	beta: Fixed,
) -> Result<(Fixed, Vec<Fixed>), SynthesisError> {
	let smoothed = fractions
		.iter()
		.zip(previous)
		.map(|(f, prev)| match prev {
			Some(p) => ema(alpha, *f, *p),
			None => Ok(*f),
		})
		.collect::<Result<Vec<_>, _>>()?;
	let nr = number_ratio(&smoothed)?;
	let modified = normalize(&smoothed)?;
	let h = if fractions.len() > 1 {
		entropy(&modified, nr, fractions.len(), beta)?
	} else {
		SINGLE_PARTICIPANT_ENTROPY
	};
	Ok((h, modified))
}
