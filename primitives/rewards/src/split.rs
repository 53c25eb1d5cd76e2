//! The split of a topic's reward between inferers, forecasters and reputers (rewards spec §2.3).

use allora_synthesis::{Fixed, FixedError};

const TENTH: Fixed = Fixed::from_raw(100_000_000_000_000_000);
const HALF: Fixed = Fixed::from_raw(500_000_000_000_000_000);
const FOUR_TENTHS: Fixed = Fixed::from_raw(400_000_000_000_000_000);

/// The forecasters' utility χ and the new forecaster score ratio (an EMA with `alpha`), from the
/// forecasting task's score `t_i` (naive loss − network loss) and the inferers' scores.
pub fn forecasting_utility(
	t_i: Fixed,
	inferer_scores: &[Fixed],
	previous_ratio: Fixed,
	alpha: Fixed,
) -> Result<(Fixed, Fixed), FixedError> {
	let m = inferer_scores.iter().copied().fold(Fixed::ZERO, Fixed::max);
	let mut den = m.abs()?;
	if m.is_zero() {
		if t_i.is_zero() {
			return Ok((HALF, Fixed::ZERO));
		}
		den = t_i.abs()?;
	}
	let ratio = t_i.checked_sub(Fixed::ZERO.min(m))?.checked_div(den)?;
	let new_ratio = alpha
		.checked_mul(ratio)?
		.checked_add(Fixed::ONE.checked_sub(alpha)?.checked_mul(previous_ratio)?)?;
	let chi = if new_ratio.is_negative() {
		TENTH
	} else if new_ratio >= Fixed::ONE {
		HALF
	} else {
		new_ratio.checked_mul(FOUR_TENTHS)?.checked_add(TENTH)?
	};
	Ok((chi, new_ratio))
}

/// `γ = (F + G) / ((1 − χ)·F + χ·G)`, F and G the inferers' and forecasters' entropies.
pub fn normalization_factor(f: Fixed, g: Fixed, chi: Fixed) -> Result<Fixed, FixedError> {
	let den = Fixed::ONE.checked_sub(chi)?.checked_mul(f)?.checked_add(chi.checked_mul(g)?)?;
	f.checked_add(g)?.checked_div(den)
}

/// The three groups' rewards `(U, V, W)` of a topic reward `e`, from the entropies F, G, H,
/// χ and γ: `U = (1−χ)γF·e / (F+G+H)`, `V = χγG·e / (F+G+H)`, `W = H·e / (F+G+H)`.
pub fn task_rewards(
	f: Fixed,
	g: Fixed,
	h: Fixed,
	e: Fixed,
	chi: Fixed,
	gamma: Fixed,
) -> Result<(Fixed, Fixed, Fixed), FixedError> {
	let den = f.checked_add(g)?.checked_add(h)?;
	let one_minus = Fixed::ONE.checked_sub(chi)?;
	let u = one_minus.checked_mul(gamma)?.checked_mul(f)?.checked_mul(e)?.checked_div(den)?;
	let v = chi.checked_mul(gamma)?.checked_mul(g)?.checked_mul(e)?.checked_div(den)?;
	let w = h.checked_mul(e)?.checked_div(den)?;
	Ok((u, v, w))
}
