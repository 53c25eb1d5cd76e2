//! Benchmarks of the collator election as this runtime runs it: on-chain sequential Phragmén
//! (and PhragMMS, which the election provider's weight interface also asks for) over up to
//! [`MaxElectionVoters`] voters and [`MaxCollatorCandidates`] candidates, each voter voting for
//! up to `MAX_NOMINATIONS` candidates. The generated weights (`weights/election.rs`) are what
//! staking's era change charges for the election (`OnChainSeqPhragmen::WeightInfo`).
//!
//! `v` voters, `t` candidates, `d` votes per voter (`min(d, t)`). The election provider charges
//! `phragmen(v, t, MAX_NOMINATIONS)` whatever the number of seats, so every run elects the most
//! the runtime ever elects: [`MaxCollators`] seats (all `t` candidates when there are fewer).

#[cfg(doc)]
use crate::configs::collators::{MaxCollatorCandidates, MaxCollators, MaxElectionVoters};
use polkadot_sdk::{
	frame_benchmarking::{self, v2::*},
	frame_election_provider_support::{NposSolver, PhragMMS, SequentialPhragmen},
	frame_system,
};
use sp_runtime::Perbill;

use crate::configs::collators::{
	MAX_COLLATORS, MAX_COLLATOR_CANDIDATES, MAX_ELECTION_VOTERS, MAX_NOMINATIONS,
};
use alloc::vec::Vec;
use polkadot_sdk::*;

/// What the benchmarks need of the runtime: accounts.
pub trait Config: frame_system::Config {}
impl Config for crate::Runtime {}

/// The benchmarks' owner (no pallet of its own: the election runs inside staking's hook).
pub struct Pallet<T: Config>(frame_system::Pallet<T>);

/// `v` voters, each with a stake of its own and `min(d, t)` votes spread over the `t`
/// candidates, so every candidate is backed.
fn election<T: Config>(
	v: u32,
	t: u32,
	d: u32,
) -> (Vec<(T::AccountId, u64, Vec<T::AccountId>)>, Vec<T::AccountId>) {
	let targets: Vec<T::AccountId> =
		(0..t).map(|i| frame_benchmarking::account("candidate", i, 0)).collect();
	let votes = d.min(t);
	let voters = (0..v)
		.map(|i| {
			let voter = frame_benchmarking::account("voter", i, 0);
			let stake = 1_000 + u64::from(i % 97) * 10;
			let picks = (0..votes).map(|k| targets[((i + k) % t) as usize].clone()).collect();
			(voter, stake, picks)
		})
		.collect();
	(voters, targets)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn phragmen(
		v: Linear<1, MAX_ELECTION_VOTERS>,
		t: Linear<1, MAX_COLLATOR_CANDIDATES>,
		d: Linear<1, MAX_NOMINATIONS>,
	) {
		let (voters, targets) = election::<T>(v, t, d);
		let seats = MAX_COLLATORS.min(t) as usize;
		let result;
		#[block]
		{
			result = SequentialPhragmen::<T::AccountId, Perbill>::solve(seats, targets, voters);
		}
		assert!(result.is_ok());
	}

	#[benchmark]
	fn phragmms(
		v: Linear<1, MAX_ELECTION_VOTERS>,
		t: Linear<1, MAX_COLLATOR_CANDIDATES>,
		d: Linear<1, MAX_NOMINATIONS>,
	) {
		let (voters, targets) = election::<T>(v, t, d);
		let seats = MAX_COLLATORS.min(t) as usize;
		let result;
		#[block]
		{
			result = PhragMMS::<T::AccountId, Perbill>::solve(seats, targets, voters);
		}
		assert!(result.is_ok());
	}
}
