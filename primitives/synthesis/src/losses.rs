//! Network losses from reputer loss bundles (spec §2.11): every network loss is the
//! stake-weighted mean of the values the reputers reported (log10 domain), a per-worker loss
//! averaging only over the reputers that reported that worker.

use crate::{Fixed, SynthesisError};
use alloc::collections::BTreeMap;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// One set of losses: a reputer's report, or the network losses aggregated from all of them.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct LossBundle<W: Ord> {
	/// `L_i`: loss of the combined network inference.
	pub combined: Fixed,
	/// `L⁻_i`: loss of the naive network inference.
	pub naive: Fixed,
	/// `L_ij`: loss of each inferer's inference.
	pub inferer: BTreeMap<W, Fixed>,
	/// `L_ik`: loss of each forecaster's forecast-implied inference.
	pub forecaster: BTreeMap<W, Fixed>,
	/// `L⁻_j'i`: loss of the network inference without inferer `j'`.
	pub one_out_inferer: BTreeMap<W, Fixed>,
	/// `L⁻_k'i`: loss of the network inference without forecaster `k'`.
	pub one_out_forecaster: BTreeMap<W, Fixed>,
	/// `L⁺_ki`: loss of the naive network inference plus forecaster `k`.
	pub one_in_forecaster: BTreeMap<W, Fixed>,
	/// `L⁻_j'ik`: per forecaster `k`, loss of its forecast-implied inference without inferer `j'`.
	pub one_out_inferer_forecaster: BTreeMap<W, BTreeMap<W, Fixed>>,
}

impl<W: Ord> Default for LossBundle<W> {
	fn default() -> Self {
		LossBundle {
			combined: Fixed::ZERO,
			naive: Fixed::ZERO,
			inferer: BTreeMap::new(),
			forecaster: BTreeMap::new(),
			one_out_inferer: BTreeMap::new(),
			one_out_forecaster: BTreeMap::new(),
			one_in_forecaster: BTreeMap::new(),
			one_out_inferer_forecaster: BTreeMap::new(),
		}
	}
}

/// Running `Σ w·ℓ` and `Σ w` of one loss.
#[derive(Default, Clone, Copy)]
struct Mean {
	num: Fixed,
	den: Fixed,
}

impl Mean {
	fn add(&mut self, w: Fixed, v: Fixed) -> Result<(), SynthesisError> {
		self.num = self.num.checked_add(w.checked_mul(v)?)?;
		self.den = self.den.checked_add(w)?;
		Ok(())
	}

	fn value(self) -> Result<Fixed, SynthesisError> {
		if self.den.is_zero() {
			return Err(SynthesisError::NoStake);
		}
		Ok(self.num.checked_div(self.den)?)
	}
}

fn add_all<W: Ord + Clone>(
	acc: &mut BTreeMap<W, Mean>,
	w: Fixed,
	values: &BTreeMap<W, Fixed>,
) -> Result<(), SynthesisError> {
	for (k, v) in values {
		acc.entry(k.clone()).or_default().add(w, *v)?;
	}
	Ok(())
}

fn finish<W: Ord + Clone>(acc: BTreeMap<W, Mean>) -> Result<BTreeMap<W, Fixed>, SynthesisError> {
	acc.into_iter().map(|(k, m)| Ok((k, m.value()?))).collect()
}

/// The network losses of one nonce from the reputers' bundles and their stakes (smallest unit).
///
/// Stakes are normalised by their total before weighting (so 10^30-sized stakes never overflow);
/// only their ratios matter. No bundle, or a zero total stake, is [`SynthesisError::NoStake`].
pub fn network_losses<W: Ord + Clone>(
	bundles: &[(u128, LossBundle<W>)],
) -> Result<LossBundle<W>, SynthesisError> {
	let total = bundles.iter().try_fold(0u128, |s, (stake, _)| s.checked_add(*stake));
	let total = total.ok_or(SynthesisError::Arithmetic(crate::FixedError::Overflow))?;
	if total == 0 {
		return Err(SynthesisError::NoStake);
	}
	let mut combined = Mean::default();
	let mut naive = Mean::default();
	let mut inferer = BTreeMap::new();
	let mut forecaster = BTreeMap::new();
	let mut one_out_inferer = BTreeMap::new();
	let mut one_out_forecaster = BTreeMap::new();
	let mut one_in_forecaster = BTreeMap::new();
	let mut oo_inf_fc: BTreeMap<W, BTreeMap<W, Mean>> = BTreeMap::new();
	for (stake, b) in bundles {
		let w = Fixed::from_ratio_u128(*stake, total)?;
		combined.add(w, b.combined)?;
		naive.add(w, b.naive)?;
		add_all(&mut inferer, w, &b.inferer)?;
		add_all(&mut forecaster, w, &b.forecaster)?;
		add_all(&mut one_out_inferer, w, &b.one_out_inferer)?;
		add_all(&mut one_out_forecaster, w, &b.one_out_forecaster)?;
		add_all(&mut one_in_forecaster, w, &b.one_in_forecaster)?;
		for (k, per) in &b.one_out_inferer_forecaster {
			add_all(oo_inf_fc.entry(k.clone()).or_default(), w, per)?;
		}
	}
	Ok(LossBundle {
		combined: combined.value()?,
		naive: naive.value()?,
		inferer: finish(inferer)?,
		forecaster: finish(forecaster)?,
		one_out_inferer: finish(one_out_inferer)?,
		one_out_forecaster: finish(one_out_forecaster)?,
		one_in_forecaster: finish(one_in_forecaster)?,
		one_out_inferer_forecaster: oo_inf_fc
			.into_iter()
			.map(|(k, per)| Ok((k, finish(per)?)))
			.collect::<Result<BTreeMap<_, _>, SynthesisError>>()?,
	})
}

/// Keeps only the values about the given inferers and forecasters (a reputer may only report on
/// the participants of the nonce); returns the filtered bundle.
pub fn restrict_bundle<W: Ord + Clone>(
	bundle: &LossBundle<W>,
	inferers: &[W],
	forecasters: &[W],
) -> LossBundle<W> {
	let keep = |m: &BTreeMap<W, Fixed>, set: &[W]| -> BTreeMap<W, Fixed> {
		m.iter().filter(|(k, _)| set.contains(k)).map(|(k, v)| (k.clone(), *v)).collect()
	};
	let inferer = keep(&bundle.inferer, inferers);
	// One-out inferer losses are meaningless with at most one accepted inferer.
	let one_out_inferer =
		if inferer.len() <= 1 { BTreeMap::new() } else { keep(&bundle.one_out_inferer, inferers) };
	LossBundle {
		combined: bundle.combined,
		naive: bundle.naive,
		inferer,
		forecaster: keep(&bundle.forecaster, forecasters),
		one_out_inferer,
		one_out_forecaster: keep(&bundle.one_out_forecaster, forecasters),
		one_in_forecaster: keep(&bundle.one_in_forecaster, forecasters),
		one_out_inferer_forecaster: bundle
			.one_out_inferer_forecaster
			.iter()
			.filter(|(k, _)| forecasters.contains(k))
			.map(|(k, per)| (k.clone(), keep(per, inferers)))
			.collect(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(s: &str) -> Fixed {
		s.parse().unwrap()
	}

	#[test]
	fn reference_weighted_mean() {
		// TestCalcNetworkLosses: (1·0.1 + 2·0.2)/3 = 0.1666…
		let b = |v: &str| LossBundle::<u8> { combined: f(v), naive: f(v), ..Default::default() };
		let out = network_losses(&[(1, b("0.1")), (2, b("0.2"))]).unwrap();
		let want = f("0.166666666666666666");
		assert!(
			out.combined.checked_sub(want).unwrap().abs().unwrap() <= f("0.000000000000000002")
		);
	}

	#[test]
	fn per_worker_mean_uses_only_reporting_reputers() {
		let mut a = LossBundle::<u8>::default();
		a.inferer.insert(1, f("1"));
		let mut b = LossBundle::<u8>::default();
		b.inferer.insert(2, f("5"));
		let out = network_losses(&[(1, a), (3, b)]).unwrap();
		assert_eq!(out.inferer[&1], f("1"));
		assert_eq!(out.inferer[&2], f("5"));
	}

	#[test]
	fn zero_stake_is_an_error() {
		assert_eq!(network_losses::<u8>(&[]), Err(SynthesisError::NoStake));
		assert_eq!(
			network_losses(&[(0, LossBundle::<u8>::default())]),
			Err(SynthesisError::NoStake)
		);
	}

	#[test]
	fn huge_stakes_do_not_overflow() {
		let b = |v: &str| LossBundle::<u8> { combined: f(v), naive: f(v), ..Default::default() };
		let out = network_losses(&[(10u128.pow(30), b("-3")), (10u128.pow(30), b("-1"))]).unwrap();
		assert_eq!(out.combined, f("-2"));
	}
}
