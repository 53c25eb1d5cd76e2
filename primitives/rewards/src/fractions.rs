//! Reward fractions from scores (rewards spec §3.4–3.5).

use alloc::{vec, vec::Vec};
use allora_synthesis::{stats::std_dev, Fixed, FixedError, SynthesisError};

/// `φ_{p,c}(x) = ln(1 + e^{p(x − c)})`.
pub fn phi(p: Fixed, c: Fixed, x: Fixed) -> Result<Fixed, FixedError> {
	Fixed::ONE.checked_add(p.checked_mul(x.checked_sub(c)?)?.checked_exp()?)?.checked_ln()
}

fn sd(window: &[Fixed]) -> Result<Fixed, SynthesisError> {
	if window.len() > 1 {
		Ok(std_dev(window)?.abs()?)
	} else {
		Ok(Fixed::ZERO)
	}
}

/// The mapped scores `M_j = φ_{p,c}(T_j / (σ + ε))`, σ the standard deviation of `window`; all 1
/// when `σ < ε`.
pub fn mapping_values(
	latest: &[Fixed],
	window: &[Fixed],
	p: Fixed,
	c: Fixed,
	epsilon: Fixed,
) -> Result<Vec<Fixed>, SynthesisError> {
	let sigma = sd(window)?;
	if sigma < epsilon {
		return Ok(vec![Fixed::ONE; latest.len()]);
	}
	let den = sigma.checked_add(epsilon)?;
	Ok(latest
		.iter()
		.map(|s| phi(p, c, s.checked_div(den)?))
		.collect::<Result<Vec<_>, FixedError>>()?)
}

/// The workers' reward fractions: mapped scores normalised to sum to 1.
pub fn score_fractions(
	latest: &[Fixed],
	window: &[Fixed],
	p: Fixed,
	c: Fixed,
	epsilon: Fixed,
) -> Result<Vec<Fixed>, SynthesisError> {
	Ok(normalize(&mapping_values(latest, window, p, c, epsilon)?)?)
}

/// The newest `max_samples` scores of a score history given newest block first, each block's
/// scores in insertion order (`GetInferenceScoresUntilBlock`).
pub fn score_window(history: &[Vec<Fixed>], max_samples: usize) -> Vec<Fixed> {
	history.iter().flatten().take(max_samples).copied().collect()
}

/// The score window after an epoch, from this epoch's scores (insertion order) and the
/// previous window: the last `max_samples` of `latest` (the reference keeps only the last
/// `MaxSamplesToScaleScores` scores stored per block), then the previous window, at most
/// `max_samples` in all. Equal to [`score_window`] over the whole history.
pub fn next_window(latest: &[Fixed], previous: &[Fixed], max_samples: usize) -> Vec<Fixed> {
	let tail = &latest[latest.len().saturating_sub(max_samples)..];
	tail.iter().chain(previous).take(max_samples).copied().collect()
}

/// `x_m = (S_m·T_m)^p`, normalised (a zero stays zero). `stakes` may be fractions: the result
/// is invariant under a common scaling.
pub fn reputer_fractions(
	stakes: &[Fixed],
	scores: &[Fixed],
	p: Fixed,
) -> Result<Vec<Fixed>, FixedError> {
	let x = stakes
		.iter()
		.zip(scores)
		.map(|(s, t)| s.checked_mul(*t)?.checked_pow(p))
		.collect::<Result<Vec<_>, _>>()?;
	let total = sum(&x)?;
	x.iter().map(|v| if v.is_zero() { Ok(*v) } else { v.checked_div(total) }).collect()
}

/// `Σ x`.
pub fn sum(xs: &[Fixed]) -> Result<Fixed, FixedError> {
	xs.iter().try_fold(Fixed::ZERO, |s, x| s.checked_add(*x))
}

/// `x_i / Σ x`.
pub fn normalize(xs: &[Fixed]) -> Result<Vec<Fixed>, FixedError> {
	let total = sum(xs)?;
	xs.iter().map(|x| x.checked_div(total)).collect()
}
