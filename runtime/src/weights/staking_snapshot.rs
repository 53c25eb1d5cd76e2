//! Not measured here yet (upstream's benchmarks fail on our genesis: `docs/security.md`, "Still
//! open"): upstream's figures until `benchmarks/run staking` regenerates this file.

#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{frame_support::weights::Weight, pallet_staking::WeightInfo as _};

type Upstream<T> = polkadot_sdk::pallet_staking::weights::SubstrateWeight<T>;

pub struct Measured<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> Measured<T> {
	pub fn get_npos_voters(v: u32, n: u32) -> Weight {
		Upstream::<T>::get_npos_voters(v, n)
	}
	pub fn get_npos_targets(v: u32) -> Weight {
		Upstream::<T>::get_npos_targets(v)
	}
}
