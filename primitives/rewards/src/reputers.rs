//! Reputer scores (rewards spec §3.3): the stake-weighted consensus of the reported losses, each
//! reputer's closeness to it, and the listening coefficients found by gradient ascent.
//!
//! Stakes enter as fractions of their total: every quantity here is invariant under a common
//! scaling of the stakes, and fractions keep 10^27-sized stakes inside [`Fixed`]'s range.

use alloc::{vec, vec::Vec};
use allora_synthesis::{Fixed, FixedError, SynthesisError};

/// A reputer's reported losses, aligned across reputers; `None` where it reported nothing.
pub type LossRow = Vec<Option<Fixed>>;

/// The parameters of the reputer scoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReputerParams {
	/// `LearningRate` of the gradient ascent (default 0.05).
	pub learning_rate: Fixed,
	/// `GradientDescentMaxIters` (default 10).
	pub max_iters: u32,
	/// `EpsilonReputer`: caps a score at `1/ε` (default 0.01).
	pub epsilon_reputer: Fixed,
	/// `EpsilonSafeDiv`: the consensus norm when it is zero (default 1e-7).
	pub epsilon_safe_div: Fixed,
	/// `MinStakeFraction`: the stake fraction that must stay listened to (default 0.5).
	pub min_stake_fraction: Fixed,
	/// `MaxGradientThreshold`: the stop criterion (default 0.001).
	pub max_gradient_threshold: Fixed,
}

impl ReputerParams {
	/// The reference defaults.
	pub const fn reference() -> Self {
		ReputerParams {
			learning_rate: Fixed::from_raw(50_000_000_000_000_000),
			max_iters: 10,
			epsilon_reputer: Fixed::from_raw(10_000_000_000_000_000),
			epsilon_safe_div: Fixed::from_raw(100_000_000_000),
			min_stake_fraction: Fixed::from_raw(500_000_000_000_000_000),
			max_gradient_threshold: Fixed::from_raw(1_000_000_000_000_000),
		}
	}
}

/// What the scoring produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReputerOutput {
	/// Each reputer's score, computed with [`ReputerOutput::scored_with`].
	pub scores: Vec<Fixed>,
	/// The new listening coefficients.
	pub coefficients: Vec<Fixed>,
	/// The coefficients the scores were computed with (those at the start of the last step).
	pub scored_with: Vec<Fixed>,
	/// The gradient steps taken (at most `max_iters`); each scores every reputer `n + 1` times,
	/// which is what the scoring costs (see `pallet_reputation::scoring_units`).
	pub iterations: u32,
}

/// Stakes (smallest unit) as fractions of their total; all zero when the total is zero.
pub fn stake_fractions(stakes: &[u128]) -> Result<Vec<Fixed>, FixedError> {
	let total =
		stakes.iter().try_fold(0u128, |s, x| s.checked_add(*x)).ok_or(FixedError::Overflow)?;
	if total == 0 {
		return Ok(vec![Fixed::ZERO; stakes.len()]);
	}
	stakes.iter().map(|s| Fixed::from_ratio_u128(*s, total)).collect()
}

fn weighted_sum(ws: &[Fixed], xs: &[Fixed]) -> Result<Fixed, FixedError> {
	ws.iter().zip(xs).try_fold(Fixed::ZERO, |s, (w, x)| s.checked_add(w.checked_mul(*x)?))
}

/// `AdjStake_m = min(N·a_m·S_m / Σ a·S, 1)`.
pub fn adjusted_stakes(stakes: &[Fixed], coefficients: &[Fixed]) -> Result<Vec<Fixed>, FixedError> {
	let n = Fixed::from_int(stakes.len() as i64);
	let den = weighted_sum(coefficients, stakes)?;
	stakes
		.iter()
		.zip(coefficients)
		.map(|(s, a)| Ok(n.checked_mul(*a)?.checked_mul(*s)?.checked_div(den)?.min(Fixed::ONE)))
		.collect()
}

/// The consensus of each loss column (the adjusted-stake-weighted mean of the values reported),
/// and per column the reported value furthest below it (`None` if nobody reported it).
pub fn consensus(
	adjusted: &[Fixed],
	losses: &[LossRow],
) -> Result<(Vec<Fixed>, Vec<Option<Fixed>>), FixedError> {
	let columns = losses.iter().map(Vec::len).max().unwrap_or(0);
	let mut cons = Vec::with_capacity(columns);
	let mut far = Vec::with_capacity(columns);
	for j in 0..columns {
		let reported = || {
			losses
				.iter()
				.zip(adjusted)
				.filter_map(move |(row, a)| row.get(j).copied().flatten().map(|v| (v, *a)))
		};
		let total = reported().try_fold(Fixed::ZERO, |s, (_, a)| s.checked_add(a))?;
		let mut c = Fixed::ZERO;
		for (v, a) in reported() {
			c = c.checked_add(v.checked_mul(a)?.checked_div(total)?)?;
		}
		// The first strict maximum of `c − v`, starting from −1 as the reference does.
		let mut best = Fixed::from_int(-1);
		let mut value = None;
		for (v, _) in reported() {
			let d = c.checked_sub(v)?;
			if d > best {
				best = d;
				value = Some(v);
			}
		}
		cons.push(c);
		far.push(value);
	}
	Ok((cons, far))
}

/// `1 / (‖ℓ − consensus‖ / ‖consensus‖ + ε)`, a missing loss counted as the column's furthest
/// value below consensus.
pub fn consensus_score(
	row: &LossRow,
	cons: &[Fixed],
	far: &[Option<Fixed>],
	params: &ReputerParams,
) -> Result<Fixed, FixedError> {
	let mut norm2 = Fixed::ZERO;
	for c in cons {
		norm2 = norm2.checked_add(c.checked_mul(*c)?)?;
	}
	let mut norm = norm2.checked_sqrt()?;
	if norm.is_zero() {
		norm = params.epsilon_safe_div;
	}
	let mut d2 = Fixed::ZERO;
	for (j, c) in cons.iter().enumerate() {
		let v = row.get(j).copied().flatten().or(far.get(j).copied().flatten()).unwrap_or(*c);
		let x = v.checked_sub(*c)?;
		d2 = d2.checked_add(x.checked_mul(x)?)?;
	}
	let distance = d2.checked_sqrt()?.checked_div(norm)?;
	Fixed::ONE.checked_div(distance.checked_add(params.epsilon_reputer)?)
}

/// Every reputer's consensus score with listening coefficients `coefficients`.
pub fn consensus_scores(
	losses: &[LossRow],
	stakes: &[Fixed],
	coefficients: &[Fixed],
	params: &ReputerParams,
) -> Result<Vec<Fixed>, FixedError> {
	let adjusted = adjusted_stakes(stakes, coefficients)?;
	let (cons, far) = consensus(&adjusted, losses)?;
	losses.iter().map(|row| consensus_score(row, &cons, &far, params)).collect()
}

/// The reputers' scores and new listening coefficients (`GetAllReputersOutput`): gradient ascent
/// of the stake-weighted total score over the coefficients, keeping at least
/// `MinStakeFraction` of the stake listened to. `stakes` are fractions (see
/// [`stake_fractions`]); `initial` the stored coefficients (1 for a newcomer). The three lists
/// must have one entry per reputer ([`SynthesisError::InvalidParameter`] otherwise).
pub fn reputer_scores(
	losses: &[LossRow],
	stakes: &[Fixed],
	initial: &[Fixed],
	params: &ReputerParams,
) -> Result<ReputerOutput, SynthesisError> {
	let n = stakes.len();
	if losses.len() != n || initial.len() != n {
		return Err(SynthesisError::InvalidParameter);
	}
	let step = Fixed::from_raw(1_000_000_000_000_000);
	let mut coefs = initial.to_vec();
	let mut scores = vec![Fixed::ZERO; n];
	let mut scored_with = initial.to_vec();
	let total: Fixed = stakes.iter().try_fold(Fixed::ZERO, |s, x| s.checked_add(*x))?;
	let mut it = 0u32;
	let mut iterations = 0u32;
	let mut max_grad = Fixed::ONE;
	while max_grad >= params.max_gradient_threshold && it < params.max_iters {
		iterations = iterations.saturating_add(1);
		let old = coefs.clone();
		let base = consensus_scores(losses, stakes, &coefs, params)?;
		let base_total = weighted_sum(&base, stakes)?;
		let mut grad = Vec::with_capacity(n);
		for l in 0..n {
			let d = if coefs[l] == Fixed::ONE { step.checked_neg()? } else { step };
			let mut perturbed = coefs.clone();
			perturbed[l] = perturbed[l].checked_add(d)?;
			let pert = consensus_scores(losses, stakes, &perturbed, params)?;
			let ratio = base_total.checked_div(weighted_sum(&pert, stakes)?)?;
			grad.push(Fixed::ONE.checked_sub(ratio)?.checked_div(d)?);
		}
		scores = base;
		scored_with = coefs.clone();
		let new: Vec<Fixed> = coefs
			.iter()
			.zip(&grad)
			.map(|(c, g)| {
				Ok(c.checked_add(params.learning_rate.checked_mul(*g)?)?
					.clamp(Fixed::ZERO, Fixed::ONE))
			})
			.collect::<Result<_, FixedError>>()?;
		let f_old = weighted_sum(&old, stakes)?.checked_div(total)?;
		let f_new = weighted_sum(&new, stakes)?.checked_div(total)?;
		if f_new < params.min_stake_fraction {
			let span = f_new.checked_sub(f_old)?;
			if span.is_zero() {
				it = params.max_iters;
			} else {
				let share = params.min_stake_fraction.checked_sub(f_old)?;
				for l in 0..n {
					let moved =
						new[l].checked_sub(old[l])?.checked_mul(share)?.checked_div(span)?;
					coefs[l] = old[l].checked_add(moved)?;
				}
			}
		} else {
			coefs = new;
		}
		let mut max_change = Fixed::ZERO;
		for (a, b) in coefs.iter().zip(&old) {
			max_change = max_change.max(a.checked_sub(*b)?.abs()?);
		}
		max_grad = max_change.checked_div(params.learning_rate)?;
		it = it.saturating_add(1);
	}
	Ok(ReputerOutput { scores, coefficients: coefs, scored_with, iterations })
}
