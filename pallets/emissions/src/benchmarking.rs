//! Benchmarks of the emissions pallet: its call and the block hook's work items (the monthly
//! recalculation, one block's emission in its worst case: minting the shortfall, burning the
//! validators' share and paying the network's).

#![cfg(feature = "runtime-benchmarks")]

use super::*;
use polkadot_sdk::frame_benchmarking::v2::*;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = <T as pallet_topics::Config>::AdminOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let params = MintParams::default();
		#[extrinsic_call]
		set_mint_params(origin as T::RuntimeOrigin, params.clone());
		assert_eq!(Params::<T>::get(), params);
		Ok(())
	}

	/// The monthly recalculation with a previous rate to smooth.
	#[benchmark]
	fn recalculate() {
		let staked: pallet_reputation::BalanceOf<T> =
			1_000_000_000_000_000_000_000_000u128.saturated_into();
		pallet_reputation::TotalStake::<T>::put(staked);
		EmissionPerStakedToken::<T>::put(Fixed::from_raw(10_000_000_000_000_000));
		MonthRewards::<T>::put((1_000u128, 300u128));
		#[block]
		{
			Pallet::<T>::update_reputers_share();
			Pallet::<T>::recalculate(false);
		}
		assert!(!BlockEmission::<T>::get().is_zero());
	}

	/// One block's emission when the ecosystem account holds nothing: the whole emission is
	/// minted, the validators' share burnt, the network's paid to the rewards account.
	#[benchmark]
	fn emit_block() {
		let emission: BalanceOf<T> = 1_000_000_000_000_000_000u128.saturated_into();
		BlockEmission::<T>::put(emission);
		let minted = EcosystemMinted::<T>::get();
		#[block]
		{
			Pallet::<T>::emit_block();
		}
		assert!(EcosystemMinted::<T>::get() > minted);
		assert!(!NetworkBlockEmission::<T>::get().is_zero());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
