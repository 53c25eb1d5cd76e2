//! One topic's epoch reward split among its participants (rewards spec §2 and §3.1–3.2, in the
//! order of `GenerateRewardsDistributionByTopicParticipant`): worker scores from the network
//! losses, then each task's smoothed fractions and entropy, the forecasters' utility χ and γ,
//! the three task totals, and each participant's reward.
//!
//! The pallets call [`worker_scores`] and [`split_rewards`]; the conformance tool checks the
//! same two functions against the simulator table.

use crate::{
	entropy::task_entropy,
	scores::{f_unique, inferer_scores},
	split::{forecasting_utility, normalization_factor, task_rewards},
};
use alloc::vec::Vec;
use allora_synthesis::{losses::LossBundle, Fixed, FixedError, SynthesisError};

/// This epoch's instant worker scores (account order) and the forecasting task's score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkerScores<W> {
	/// `T_ij = L⁻_ji − L_i`; a lone inferer scores 0.
	pub inferers: Vec<(W, Fixed)>,
	/// `T_ik = f⁺·(L⁻_i − L⁺_ki) + (1 − f⁺)·(L⁻_ki − L_i)`; a lone forecaster scores 0.
	pub forecasters: Vec<(W, Fixed)>,
	/// `T_i = L⁻_i − L_i`, how much the network beats its naive (inferers-only) version.
	pub task: Fixed,
}

/// The instant worker scores of an epoch. Forecasters are paired by account (one missing
/// either value is not scored), not by position as the reference does (spec §9 Q4).
pub fn worker_scores<W: Ord + Clone>(l: &LossBundle<W>) -> Result<WorkerScores<W>, FixedError> {
	let inferers = if l.inferer.len() == 1 {
		l.inferer.keys().map(|w| (w.clone(), Fixed::ZERO)).collect()
	} else {
		let one_out: Vec<(W, Fixed)> =
			l.one_out_inferer.iter().map(|(w, v)| (w.clone(), *v)).collect();
		inferer_scores(l.combined, &one_out)?
	};
	let forecasters = if l.forecaster.len() == 1 {
		l.forecaster.keys().map(|w| (w.clone(), Fixed::ZERO)).collect()
	} else {
		let f = f_unique(l.one_out_forecaster.len().max(1))?;
		let g = Fixed::ONE.checked_sub(f)?;
		l.one_in_forecaster
			.iter()
			.filter_map(|(w, one_in)| l.one_out_forecaster.get(w).map(|o| (w, *one_in, *o)))
			.map(|(w, one_in, one_out)| {
				let s_in = l.naive.checked_sub(one_in)?;
				let s_out = one_out.checked_sub(l.combined)?;
				Ok((w.clone(), f.checked_mul(s_in)?.checked_add(g.checked_mul(s_out)?)?))
			})
			.collect::<Result<Vec<_>, FixedError>>()?
	};
	Ok(WorkerScores { inferers, forecasters, task: l.naive.checked_sub(l.combined)? })
}

/// One task's participants: each one's raw reward fraction this epoch and its previous
/// smoothed fraction (`None`: first time).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskInput<W> {
	/// `(account, raw fraction, previous smoothed fraction)`, fractions summing to 1.
	pub participants: Vec<(W, Fixed, Option<Fixed>)>,
}

/// One task's outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskOutcome<W> {
	/// The task's share of the topic reward (U, V or W).
	pub total: Fixed,
	/// The task's modified entropy (F, G or H).
	pub entropy: Fixed,
	/// Each participant's reward: its raw fraction of `total`.
	pub rewards: Vec<(W, Fixed)>,
	/// The new smoothed fractions to store (empty when the task's entropy is not computed,
	/// e.g. forecasters with a lone inferer).
	pub smoothed: Vec<(W, Fixed)>,
}

/// A topic epoch's reward split.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Distribution<W> {
	/// Inferers (U, F).
	pub inference: TaskOutcome<W>,
	/// Forecasters (V, G).
	pub forecast: TaskOutcome<W>,
	/// Reputers (W, H).
	pub reputation: TaskOutcome<W>,
	/// The forecasters' utility χ.
	pub chi: Fixed,
	/// The normalisation γ.
	pub gamma: Fixed,
	/// The new forecaster score ratio to store.
	pub ratio: Fixed,
}

/// The parameters of the split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitParams {
	/// `TaskRewardAlpha`: EMA weight of the smoothed fractions and of the score ratio.
	pub alpha: Fixed,
	/// `BetaEntropy`.
	pub beta: Fixed,
}

fn entropy_of<W: Clone>(
	task: &TaskInput<W>,
	p: &SplitParams,
) -> Result<(Fixed, Vec<(W, Fixed)>), SynthesisError> {
	let fractions: Vec<Fixed> = task.participants.iter().map(|(_, f, _)| *f).collect();
	let previous: Vec<Option<Fixed>> = task.participants.iter().map(|(_, _, p)| *p).collect();
	let (h, smoothed) = task_entropy(&fractions, &previous, p.alpha, p.beta)?;
	let smoothed = task.participants.iter().map(|(w, _, _)| w.clone()).zip(smoothed).collect();
	Ok((h, smoothed))
}

fn pay<W: Clone>(task: &TaskInput<W>, total: Fixed) -> Result<Vec<(W, Fixed)>, FixedError> {
	task.participants.iter().map(|(w, f, _)| Ok((w.clone(), f.checked_mul(total)?))).collect()
}

/// Splits a topic's epoch reward `reward` (spec §2.2–2.4): entropies H (reputers) and F
/// (inferers), G (forecasters; 0 unless there are forecasters and more than one inferer), χ
/// from the task score and the inferers' scores with the previous ratio, γ, the totals
/// `U + V + W = reward`, and each participant's raw fraction of its task's total.
pub fn split_rewards<W: Clone>(
	reward: Fixed,
	inference: &TaskInput<W>,
	forecast: &TaskInput<W>,
	reputation: &TaskInput<W>,
	scores: &WorkerScores<W>,
	previous_ratio: Fixed,
	p: &SplitParams,
) -> Result<Distribution<W>, SynthesisError> {
	if inference.participants.is_empty() || reputation.participants.is_empty() {
		return Err(SynthesisError::NoInferences);
	}
	let (h, rep_smoothed) = entropy_of(reputation, p)?;
	let (f, inf_smoothed) = entropy_of(inference, p)?;
	let (g, fc_smoothed) = if !forecast.participants.is_empty() && inference.participants.len() > 1
	{
		entropy_of(forecast, p)?
	} else {
		(Fixed::ZERO, Vec::new())
	};
	let inferer_scores: Vec<Fixed> = scores.inferers.iter().map(|(_, s)| *s).collect();
	let (chi, ratio) = forecasting_utility(scores.task, &inferer_scores, previous_ratio, p.alpha)?;
	let gamma = normalization_factor(f, g, chi)?;
	let (u, v, w) = task_rewards(f, g, h, reward, chi, gamma)?;
	Ok(Distribution {
		inference: TaskOutcome {
			total: u,
			entropy: f,
			rewards: pay(inference, u)?,
			smoothed: inf_smoothed,
		},
		forecast: TaskOutcome {
			total: v,
			entropy: g,
			rewards: if g.is_zero() { Vec::new() } else { pay(forecast, v)? },
			smoothed: fc_smoothed,
		},
		reputation: TaskOutcome {
			total: w,
			entropy: h,
			rewards: pay(reputation, w)?,
			smoothed: rep_smoothed,
		},
		chi,
		gamma,
		ratio,
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::collections::BTreeMap;

	fn f(s: &str) -> Fixed {
		Fixed::parse_decimal(s, true).unwrap()
	}

	fn task(fs: &[&str]) -> TaskInput<u8> {
		TaskInput {
			participants: fs.iter().enumerate().map(|(i, x)| (i as u8, f(x), None)).collect(),
		}
	}

	/// `f_unique` is the truncated `1 / 2^(n−1)` the division gave wherever that did not
	/// overflow, and 0 beyond, so that any number of forecasters is scored: a 256 × 256 epoch.
	#[test]
	fn any_number_of_forecasters_is_scored() {
		let two = Fixed::from_int(2);
		for n in 1..=68usize {
			let power = two.checked_pow(Fixed::from_int(n as i64 - 1)).unwrap();
			assert_eq!(f_unique(n), Fixed::ONE.checked_div(power), "{n}");
		}
		assert!(two.checked_pow(Fixed::from_int(68)).is_err());
		assert!((61..=1_000).all(|n| f_unique(n) == Ok(Fixed::ZERO)));
		let workers = 0..256u16;
		let losses = |base: &str| -> BTreeMap<u16, Fixed> {
			workers
				.clone()
				.map(|w| (w, f(base).saturating_add(Fixed::from_raw(i128::from(w) << 40))))
				.collect()
		};
		let bundle = LossBundle {
			combined: f("0.1"),
			naive: f("0.2"),
			inferer: losses("0.3"),
			forecaster: losses("0.3"),
			one_out_inferer: losses("0.15"),
			one_out_forecaster: losses("0.12"),
			one_in_forecaster: losses("0.18"),
			one_out_inferer_forecaster: BTreeMap::new(),
		};
		let scores = worker_scores(&bundle).unwrap();
		assert_eq!((scores.inferers.len(), scores.forecasters.len()), (256, 256));
		// f = 0: each forecaster scores its one-out loss above the network's.
		assert_eq!(scores.forecasters[0].1, f("0.02"));
	}

	#[test]
	fn the_three_totals_make_the_reward() {
		let scores = WorkerScores {
			inferers: vec![(0, f("0.1")), (1, f("0.3"))],
			forecasters: vec![(0, f("0.2"))],
			task: f("0.2"),
		};
		let p = SplitParams { alpha: f("0.1"), beta: f("0.25") };
		let d = split_rewards(
			f("1000"),
			&task(&["0.25", "0.75"]),
			&task(&["1"]),
			&task(&["0.5", "0.3", "0.2"]),
			&scores,
			Fixed::ZERO,
			&p,
		)
		.unwrap();
		let total = d.inference.total.checked_add(d.forecast.total).unwrap();
		let total = total.checked_add(d.reputation.total).unwrap();
		assert!(total.checked_sub(f("1000")).unwrap().abs().unwrap() < f("0.000001"));
		assert_eq!(d.inference.rewards[1].1, d.inference.total.checked_mul(f("0.75")).unwrap());
		assert_eq!(d.forecast.rewards.len(), 1);
		// A lone inferer: no forecaster entropy, so the forecasters get nothing.
		let d = split_rewards(
			f("1000"),
			&task(&["1"]),
			&task(&["1"]),
			&task(&["1"]),
			&scores,
			Fixed::ZERO,
			&p,
		)
		.unwrap();
		assert!(d.forecast.rewards.is_empty() && d.forecast.smoothed.is_empty());
		assert_eq!(d.forecast.total, Fixed::ZERO);
	}

	#[test]
	fn lone_workers_score_zero_and_forecasters_pair_by_account() {
		let mut l = LossBundle::<u8> { combined: f("1"), naive: f("1.5"), ..Default::default() };
		l.inferer.insert(1, f("2"));
		l.one_out_inferer.insert(1, f("1.2"));
		l.forecaster.insert(2, f("1"));
		l.forecaster.insert(3, f("1"));
		l.one_out_forecaster.insert(3, f("1.4"));
		l.one_in_forecaster.insert(2, f("1.1"));
		l.one_in_forecaster.insert(3, f("1.3"));
		let s = worker_scores(&l).unwrap();
		assert_eq!(s.inferers, vec![(1, Fixed::ZERO)]);
		// Forecaster 2 lacks a one-out value: not scored. f⁺ = 1 for one one-out value.
		assert_eq!(s.forecasters, vec![(3, f("0.2"))]);
		assert_eq!(s.task, f("0.5"));
	}
}
