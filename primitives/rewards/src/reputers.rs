//! Reputer scores (rewards spec §3.3): the stake-weighted consensus of the reported losses, each
//! reputer's closeness to it, and the listening coefficients found by gradient ascent.
//!
//! Stakes enter as fractions of their total: every quantity here is invariant under a common
//! scaling of the stakes, and fractions keep 10^27-sized stakes inside [`Fixed`]'s range.

use crate::wide::{MulSum, Signed256, Small, I384};
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
	/// which with the Gram matrix is what the scoring costs (see
	/// `pallet_reputation::scoring_units`).
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

/// 10^18, the scale of a [`Fixed`]'s raw value.
const SCALE: u64 = Fixed::ONE.raw() as u64;

/// The reputers' losses as their Gram matrix `G_mk = Σ_j ℓ_mj·ℓ_kj` (exact, units of 10^-36),
/// when every reputer reported every loss: the chain's case, as a report holds exactly the
/// nonce's workers. The consensus is then one convex combination `c = Σ_k w_k ℓ_k` of the
/// reputers' loss vectors for every column (`w_k` the adjusted stake over their total), so
///
/// `‖ℓ_m − c‖² = G_mm − 2 Σ_k w_k G_mk + Σ_k Σ_l w_k w_l G_kl` and `‖c‖² = Σ_k Σ_l w_k w_l G_kl`:
///
/// the matrix is built once per scoring (`R²·C/2` products for `R` reputers and `C` losses) and
/// each of the scoring's `(R + 1)·steps` evaluations costs `R²` multiply-adds instead of
/// `R·C` consensus terms and `R·C` distance terms. Computed exactly (384-bit integers) and
/// truncated only at the square roots, it gives the direct computation's scores within its own
/// rounding (property test `the_gram_scores_are_the_direct_ones`).
struct Gram {
	reputers: usize,
	matrix: Vec<Signed256>,
}

impl Gram {
	/// The matrix of `losses`, or `None` when some reputer lacks a loss (a missing loss is
	/// replaced by the column's furthest value below consensus, which depends on the
	/// consensus) or the sizes or values are beyond the exact range (`|ℓ| < 2^90` raw, i.e.
	/// about 1.2·10^9, more than any bound on a reported loss; fewer than 2^16 reputers and
	/// losses).
	fn new(losses: &[LossRow]) -> Option<Self> {
		let reputers = losses.len();
		let columns = losses.first()?.len();
		if reputers >= 1 << 16 || columns >= 1 << 16 {
			return None;
		}
		let rows: Vec<Vec<Small>> = losses
			.iter()
			.map(|row| {
				if row.len() != columns {
					return None;
				}
				row.iter().map(|v| v.and_then(|v| Small::new(v.raw()))).collect()
			})
			.collect::<Option<_>>()?;
		let mut matrix = vec![Signed256::default(); reputers * reputers];
		for m in 0..reputers {
			for k in 0..=m {
				let sum = Signed256::new(I384::sum_of_products(&rows[m], &rows[k])?)?;
				matrix[m * reputers + k] = sum;
				matrix[k * reputers + m] = sum;
			}
		}
		Some(Gram { reputers, matrix })
	}

	/// Every reputer's consensus score with listening coefficients `coefficients`: what
	/// [`consensus_scores`] computes, from the matrix.
	fn scores(
		&self,
		stakes: &[Fixed],
		coefficients: &[Fixed],
		params: &ReputerParams,
	) -> Result<Vec<Fixed>, FixedError> {
		let n = self.reputers;
		let adjusted = adjusted_stakes(stakes, coefficients)?;
		let total = adjusted.iter().try_fold(Fixed::ZERO, |s, a| s.checked_add(*a))?;
		// Negative or above 1 when a listening coefficient left [0, 1] (the step that keeps the
		// minimum stake fraction may move one outside).
		let weights: Vec<i128> = adjusted
			.iter()
			.map(|a| a.checked_div(total).map(Fixed::raw))
			.collect::<Result<_, _>>()?;
		let overflow = FixedError::Overflow;
		// t_m = Σ_k w_k G_mk (units of 10^-54), q = Σ_m w_m t_m = ‖c‖² (units of 10^-72).
		let mut t = Vec::with_capacity(n);
		let mut q = I384::ZERO;
		for m in 0..n {
			let row = self.matrix.get(m * n..(m + 1) * n).ok_or(overflow)?;
			let mut sum = MulSum::default();
			for (g, w) in row.iter().zip(&weights) {
				sum.add(g, *w);
			}
			let tm = sum.total().ok_or(overflow)?;
			let wm = weights.get(m).copied().ok_or(overflow)?;
			q = q.checked_add(tm.checked_mul_i128(wm).ok_or(overflow)?).ok_or(overflow)?;
			t.push(tm);
		}
		// A value at 72 digits, brought to 36 and square-rooted: a distance at 18 digits.
		let root = |x: I384| -> Result<Fixed, FixedError> {
			let r = x
				.div_floor_u64(SCALE)
				.and_then(|x| x.div_floor_u64(SCALE))
				.and_then(I384::isqrt)
				.ok_or(overflow)?;
			i128::try_from(r).map(Fixed::from_raw).map_err(|_| overflow)
		};
		let mut norm = root(q)?;
		if norm.is_zero() {
			norm = params.epsilon_safe_div;
		}
		(0..n)
			.map(|m| {
				let gmm = self.matrix.get(m * n + m).map(Signed256::value).ok_or(overflow)?;
				let tm = t.get(m).copied().ok_or(overflow)?;
				// 10^72·‖ℓ_m − c‖², a sum of squares: never negative.
				let d2 = gmm
					.checked_mul_u64(SCALE)
					.and_then(|x| x.checked_mul_u64(SCALE))
					.and_then(|x| x.checked_sub(tm.checked_mul_u64(2 * SCALE)?))
					.and_then(|x| x.checked_add(q))
					.ok_or(overflow)?;
				let distance = root(d2)?.checked_div(norm)?;
				Fixed::ONE.checked_div(distance.checked_add(params.epsilon_reputer)?)
			})
			.collect()
	}
}

/// The reputers' scores and new listening coefficients (`GetAllReputersOutput`): gradient ascent
/// of the stake-weighted total score over the coefficients, keeping at least
/// `MinStakeFraction` of the stake listened to. `stakes` are fractions (see
/// [`stake_fractions`]); `initial` the stored coefficients (1 for a newcomer). The three lists
/// must have one entry per reputer ([`SynthesisError::InvalidParameter`] otherwise). When every
/// reputer reported every loss the scores come from the losses' Gram matrix (exactly, at
/// `R²` per evaluation instead of `R·C`), otherwise from [`consensus_scores`].
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
	// Built on the first evaluation: a scoring of no step (`max_iters` 0) costs nothing.
	let mut gram: Option<Option<Gram>> = None;
	let mut evaluate = |coefficients: &[Fixed]| match gram.get_or_insert_with(|| Gram::new(losses))
	{
		Some(gram) => gram.scores(stakes, coefficients, params),
		None => consensus_scores(losses, stakes, coefficients, params),
	};
	let mut it = 0u32;
	let mut iterations = 0u32;
	let mut max_grad = Fixed::ONE;
	while max_grad >= params.max_gradient_threshold && it < params.max_iters {
		iterations = iterations.saturating_add(1);
		let old = coefs.clone();
		let base = evaluate(&coefs)?;
		let base_total = weighted_sum(&base, stakes)?;
		let mut grad = Vec::with_capacity(n);
		for l in 0..n {
			let d = if coefs[l] == Fixed::ONE { step.checked_neg()? } else { step };
			let mut perturbed = coefs.clone();
			perturbed[l] = perturbed[l].checked_add(d)?;
			let pert = evaluate(&perturbed)?;
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

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	const UNIT: i128 = 1_000_000_000_000_000_000;

	fn complete(rows: &[Vec<i128>]) -> Vec<LossRow> {
		rows.iter().map(|r| r.iter().map(|v| Some(Fixed::from_raw(*v))).collect()).collect()
	}

	fn inputs() -> impl Strategy<Value = (Vec<Vec<i128>>, Vec<u128>, Vec<i128>)> {
		(1usize..7, 1usize..24).prop_flat_map(|(r, c)| {
			(
				prop::collection::vec(prop::collection::vec(-10 * UNIT..10 * UNIT, c), r),
				prop::collection::vec(1u128..1_000_000 * UNIT as u128, r),
				// Mostly in [0, 1]; the minimum-stake-fraction step may move one outside.
				prop::collection::vec(prop_oneof![4 => 0..=UNIT, 1 => -UNIT..2 * UNIT], r),
			)
		})
	}

	proptest! {
		/// When every reputer reported every loss, the scores from the Gram matrix are the
		/// direct computation's, within its rounding, for any losses, stakes and listening
		/// coefficients (some outside [0, 1], as the ascent may leave them) whose consensus is
		/// not within rounding of 0; reputers reporting the same losses included.
		#[test]
		fn the_gram_scores_are_the_direct_ones((rows, stakes, coefficients) in inputs(), copies in 0usize..3) {
			let mut rows = rows;
			for i in 0..copies.min(rows.len() - 1) {
				rows[i + 1] = rows[0].clone();
			}
			let losses = complete(&rows);
			let stakes = stake_fractions(&stakes).unwrap();
			let coefficients: Vec<Fixed> = coefficients.into_iter().map(Fixed::from_raw).collect();
			let params = ReputerParams::reference();
			let gram = Gram::new(&losses).expect("complete and in range");
			let fast = gram.scores(&stakes, &coefficients, &params);
			let direct = consensus_scores(&losses, &stakes, &coefficients, &params);
			// Both round the consensus and the distances at 10^-18 (the direct computation each
			// term, the Gram one only the square roots): distances may differ by (R + 2)·10^-18
			// over the consensus norm (at least ε_div = 10^-7), and a score s = 1/(d + ε) by s²
			// times that.
			let (cons, _) = consensus(&adjusted_stakes(&stakes, &coefficients).unwrap(), &losses).unwrap();
			let norm2 = cons.iter().fold(Fixed::ZERO, |s, c| s.saturating_add(c.checked_mul(*c).unwrap()));
			// Below a consensus norm of 10^-6 the two part ways on purpose: the direct
			// computation's squares of each consensus value truncate to 0 below 10^-9, so its
			// norm falls to 0 and is replaced by ε_div, while the Gram one keeps it exact.
			prop_assume!(norm2 >= Fixed::from_raw(1_000_000));
			let norm = norm2.checked_sqrt().unwrap().max(params.epsilon_safe_div);
			let slack = Fixed::from_raw(rows.len() as i128 + 2).checked_div(norm).unwrap();
			match (fast, direct) {
				(Ok(fast), Ok(direct)) => {
					for (a, b) in fast.iter().zip(&direct) {
						let amplified = b.checked_mul(*b).unwrap().checked_mul(slack).unwrap();
						let tolerance = b.raw().abs() / 1_000_000_000_000 + amplified.raw() + 2;
						prop_assert!((a.raw() - b.raw()).abs() <= tolerance, "{} vs {}", a, b);
					}
				},
				(Err(_), Err(_)) => {},
				(fast, direct) => prop_assert!(false, "{:?} vs {:?}", fast, direct),
			}
		}
	}

	#[test]
	fn a_missing_loss_takes_the_direct_path() {
		let mut losses = complete(&[vec![UNIT, 2 * UNIT], vec![UNIT, 3 * UNIT]]);
		assert!(Gram::new(&losses).is_some());
		losses[1][0] = None;
		assert!(Gram::new(&losses).is_none());
		let huge = complete(&[vec![1 << 95]]);
		assert!(Gram::new(&huge).is_none());
		assert!(Gram::new(&[]).is_none());
	}
}
