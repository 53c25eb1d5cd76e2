//! A set of losses of one worker nonce as the chain stores it: a reputer's report, the network
//! losses aggregated from the reports, and a regret update waiting for its stages.

use crate::{per_worker, PerWorker};
use alloc::collections::BTreeMap;
use allora_synthesis::{losses::LossBundle, Fixed};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::frame_support::{
	traits::Get, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;

/// A reputer's losses of one worker nonce, once the ground truth is known (synthesis spec
/// §2.11): the loss of every value the network produced at that nonce. Losses are 18-decimal
/// fixed point, in the log10 domain unless the topic allows negative losses.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(N))]
pub struct LossReport<AccountId: Clone + PartialEq + Eq + core::fmt::Debug, N: Get<u32>> {
	/// Loss of the combined network inference.
	pub combined: Fixed,
	/// Loss of the naive (inferers-only) network inference.
	pub naive: Fixed,
	/// Loss of each inferer's inference: exactly the nonce's inferers.
	pub inferer: PerWorker<AccountId, N>,
	/// Loss of each forecaster's forecast-implied inference: exactly those of the nonce.
	pub forecaster: PerWorker<AccountId, N>,
	/// Loss of the network inference without each inferer: exactly those of the nonce.
	pub one_out_inferer: PerWorker<AccountId, N>,
	/// Loss of the network inference without each forecaster: exactly those of the nonce.
	pub one_out_forecaster: PerWorker<AccountId, N>,
	/// Loss of the naive inference plus each forecaster: exactly those of the nonce.
	pub one_in_forecaster: PerWorker<AccountId, N>,
}

fn map<A: Ord + Clone, N: Get<u32>>(v: &PerWorker<A, N>) -> BTreeMap<A, Fixed> {
	v.iter().cloned().collect()
}

impl<A: Ord + Clone + core::fmt::Debug, N: Get<u32>> LossReport<A, N> {
	/// The report as the synthesis crate's bundle.
	pub fn to_bundle(&self) -> LossBundle<A> {
		LossBundle {
			combined: self.combined,
			naive: self.naive,
			inferer: map(&self.inferer),
			forecaster: map(&self.forecaster),
			one_out_inferer: map(&self.one_out_inferer),
			one_out_forecaster: map(&self.one_out_forecaster),
			one_in_forecaster: map(&self.one_in_forecaster),
			one_out_inferer_forecaster: BTreeMap::new(),
		}
	}

	/// A bundle as a report (lists longer than `N` are cut; a nonce never has more workers).
	pub fn from_bundle(b: LossBundle<A>) -> Self {
		LossReport {
			combined: b.combined,
			naive: b.naive,
			inferer: per_worker(b.inferer),
			forecaster: per_worker(b.forecaster),
			one_out_inferer: per_worker(b.one_out_inferer),
			one_out_forecaster: per_worker(b.one_out_forecaster),
			one_in_forecaster: per_worker(b.one_in_forecaster),
		}
	}

	/// Every loss value of the report, in a fixed order (for range checks).
	pub fn values(&self) -> impl Iterator<Item = Fixed> + '_ {
		[self.combined, self.naive].into_iter().chain(
			[
				&self.inferer,
				&self.forecaster,
				&self.one_out_inferer,
				&self.one_out_forecaster,
				&self.one_in_forecaster,
			]
			.into_iter()
			.flat_map(|l| l.iter().map(|(_, v)| *v)),
		)
	}
}
