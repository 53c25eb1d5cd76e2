//! A set of losses of one worker nonce as the chain stores it: a reputer's report as submitted
//! and as stored (compact, in the nonce's participants' order), the network losses aggregated
//! from the reports, and a regret update waiting for its stages.

use crate::{per_worker, NonceParticipants, PerWorker};
use alloc::{collections::BTreeMap, vec::Vec};
use allora_synthesis::{losses::LossBundle, Fixed};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
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

/// An 18-decimal value stored compactly: its raw value zigzag-encoded ([`Fixed::zigzag`]) in
/// SCALE's compact encoding: 8 bytes for a magnitude below 0.036, 9 below 9.2, 10 below 2 361
/// (16 as a [`Fixed`]).
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct CompactFixed(#[codec(compact)] pub u128);

impl From<Fixed> for CompactFixed {
	fn from(value: Fixed) -> Self {
		CompactFixed(value.zigzag())
	}
}

impl From<CompactFixed> for Fixed {
	fn from(value: CompactFixed) -> Self {
		Fixed::from_zigzag(value.0)
	}
}

/// Five times `N`: the most worker losses a report holds when a nonce has at most `N` workers
/// (its five lists, [`LossReport`]).
pub struct FiveTimes<N>(PhantomData<N>);

impl<N: Get<u32>> Get<u32> for FiveTimes<N> {
	fn get() -> u32 {
		N::get().saturating_mul(5)
	}
}

/// A reputer's [`LossReport`] as stored: the two network losses and every worker's loss,
/// compact and without the accounts, in the order of the nonce's participants
/// ([`NonceParticipants::in_order`]: inferers, forecasters, one-out inferers, one-out
/// forecasters, one-in forecasters, each list sorted by account). About 9 bytes a loss instead
/// of 48, so that a close reads every report of a 256 × 256 nonce in a fraction of a block's
/// proof; the participants come from the nonce's network-inference record.
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
pub struct StoredLossReport<N: Get<u32>> {
	/// Loss of the combined network inference.
	pub combined: CompactFixed,
	/// Loss of the naive (inferers-only) network inference.
	pub naive: CompactFixed,
	/// Every worker's loss, in the participants' order.
	pub losses: BoundedVec<CompactFixed, FiveTimes<N>>,
}

impl<N: Get<u32>> StoredLossReport<N> {
	/// `report` stored against the nonce's `participants`; `None` unless each of its lists
	/// names exactly the participants of that list, each once.
	pub fn new<A: Ord + Clone + core::fmt::Debug, M: Get<u32>>(
		report: &LossReport<A, M>,
		participants: &NonceParticipants<A>,
	) -> Option<Self> {
		let lists = [
			&report.inferer,
			&report.forecaster,
			&report.one_out_inferer,
			&report.one_out_forecaster,
			&report.one_in_forecaster,
		];
		let mut losses = Vec::new();
		for (list, want) in lists.into_iter().zip(participants.lists()) {
			let values: BTreeMap<&A, Fixed> = list.iter().map(|(a, v)| (a, *v)).collect();
			if values.len() != list.len() || values.len() != want.len() {
				return None;
			}
			for account in want {
				losses.push(CompactFixed::from(*values.get(account)?));
			}
		}
		Some(StoredLossReport {
			combined: report.combined.into(),
			naive: report.naive.into(),
			losses: BoundedVec::try_from(losses).ok()?,
		})
	}

	/// The report as the synthesis crate's bundle, its losses given back to `participants`
	/// (those it was stored against); `None` if their numbers differ.
	pub fn to_bundle<A: Ord + Clone>(
		&self,
		participants: &NonceParticipants<A>,
	) -> Option<LossBundle<A>> {
		let mut values = self.losses.iter().map(|v| Fixed::from(*v));
		let mut maps: [BTreeMap<A, Fixed>; 5] = Default::default();
		for (map, list) in maps.iter_mut().zip(participants.lists()) {
			for account in list {
				map.insert(account.clone(), values.next()?);
			}
		}
		if values.next().is_some() {
			return None;
		}
		let [inferer, forecaster, one_out_inferer, one_out_forecaster, one_in_forecaster] = maps;
		Some(LossBundle {
			combined: self.combined.into(),
			naive: self.naive.into(),
			inferer,
			forecaster,
			one_out_inferer,
			one_out_forecaster,
			one_in_forecaster,
			one_out_inferer_forecaster: BTreeMap::new(),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::frame_support::traits::ConstU32;
	use proptest::prelude::*;

	type Report = LossReport<u8, ConstU32<16>>;
	type Stored = StoredLossReport<ConstU32<16>>;

	fn list(workers: &[u8], values: &[i128]) -> PerWorker<u8, ConstU32<16>> {
		let pairs = workers.iter().zip(values).map(|(w, v)| (*w, Fixed::from_raw(*v)));
		BoundedVec::truncate_from(pairs.collect())
	}

	/// A report over `workers` (every list naming them, in the given order) and the nonce's
	/// participants.
	fn report(workers: &[u8], values: &[i128]) -> (Report, NonceParticipants<u8>) {
		let l = |k: usize| {
			let v: Vec<i128> = values.iter().map(|v| v.wrapping_add(k as i128)).collect();
			list(workers, &v)
		};
		let report = LossReport {
			combined: Fixed::from_raw(values[0]),
			naive: Fixed::from_raw(-values[0]),
			inferer: l(1),
			forecaster: l(2),
			one_out_inferer: l(3),
			one_out_forecaster: l(4),
			one_in_forecaster: l(5),
		};
		let all = workers.to_vec();
		let participants = NonceParticipants {
			inferers: all.clone(),
			forecasters: all.clone(),
			one_out_inferers: all.clone(),
			one_out_forecasters: all.clone(),
			one_in_forecasters: all,
		}
		.in_order();
		(report, participants)
	}

	proptest! {
		/// A report stored against its nonce's participants gives back the same bundle,
		/// whatever the order of its lists and the sign or size of its values.
		#[test]
		fn a_stored_report_gives_back_its_losses(
			workers in proptest::sample::subsequence((0u8..40).collect::<Vec<_>>(), 1..16).prop_shuffle(),
			values in proptest::collection::vec(any::<i64>(), 16),
		) {
			let values: Vec<i128> = values.iter().map(|v| i128::from(*v) << 40).collect();
			let (report, participants) = report(&workers, &values);
			let stored = Stored::new(&report, &participants).expect("names the participants");
			prop_assert_eq!(stored.to_bundle(&participants), Some(report.to_bundle()));
			prop_assert_eq!(Stored::decode(&mut &stored.encode()[..]).ok(), Some(stored));
		}

		/// A report naming a worker too many, one too few, or one twice is not stored.
		#[test]
		fn a_report_with_other_workers_is_refused(
			workers in proptest::sample::subsequence((0u8..40).collect::<Vec<_>>(), 2..16),
			list_index in 0usize..5,
			how in 0u8..3,
		) {
			let values = vec![7i128; 16];
			let (mut report, participants) = report(&workers, &values);
			let lists = [
				&mut report.inferer,
				&mut report.forecaster,
				&mut report.one_out_inferer,
				&mut report.one_out_forecaster,
				&mut report.one_in_forecaster,
			];
			let list = lists.into_iter().nth(list_index).expect("five lists");
			match how {
				0 => list.force_push((200, Fixed::ONE)),
				1 => { list.pop(); },
				_ => { let first = list[0]; list[1] = first; },
			}
			prop_assert_eq!(Stored::new(&report, &participants), None);
		}
	}

	#[test]
	fn a_usual_loss_takes_nine_bytes() {
		let size =
			|s: &str| CompactFixed::from(s.parse::<Fixed>().expect("a value")).encode().len();
		assert_eq!(size("0.035"), 8);
		assert_eq!(size("-0.035"), 8);
		assert_eq!(size("9.2"), 9);
		assert_eq!(size("-2"), 9);
		assert_eq!(size("2360"), 10);
		assert_eq!(Fixed::MAX.encode().len(), 16);
	}
}
