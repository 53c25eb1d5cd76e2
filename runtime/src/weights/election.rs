//! This runtime's weights of `frame_election_provider_support`: not yet measured; upstream's
//! figures until `benchmarks/run` regenerates this file from `election_benchmarking`.

#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::weights::Weight;

pub struct WeightInfo<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config>
	polkadot_sdk::frame_election_provider_support::WeightInfo for WeightInfo<T>
{
	fn phragmen(v: u32, t: u32, d: u32) -> Weight {
		Weight::from_parts(32_973_000, 0)
			.saturating_mul(v.into())
			.saturating_add(Weight::from_parts(1_334_000, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(2_636_364_000, 0).saturating_mul(d.into()))
	}
	fn phragmms(v: u32, t: u32, d: u32) -> Weight {
		Self::phragmen(v, t, d)
	}
}
