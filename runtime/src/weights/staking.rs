//! `pallet_staking`'s weights in this runtime: the election snapshot (reading every voter and
//! every candidate at an era change, [`Measured`], `staking_snapshot.rs`) measured here at this
//! runtime's bounds, because upstream's fit (a base of 119 s for a snapshot, measured with
//! bags-list over 1 000 validators) says nothing about ours; every call upstream's figures
//! (`SubstrateWeight`).

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::weights::Weight,
	frame_system,
	pallet_staking::{self, weights::SubstrateWeight as Upstream},
};

use super::staking_snapshot::Measured;

/// Staking's weights: see the module.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_staking::WeightInfo for WeightInfo<T> {
	fn get_npos_voters(v: u32, n: u32) -> Weight {
		Measured::<T>::get_npos_voters(v, n)
	}
	fn get_npos_targets(v: u32) -> Weight {
		Measured::<T>::get_npos_targets(v)
	}
	fn bond() -> Weight {
		Upstream::<T>::bond()
	}
	fn bond_extra() -> Weight {
		Upstream::<T>::bond_extra()
	}
	fn unbond() -> Weight {
		Upstream::<T>::unbond()
	}
	fn withdraw_unbonded_update(s: u32) -> Weight {
		Upstream::<T>::withdraw_unbonded_update(s)
	}
	fn withdraw_unbonded_kill(s: u32) -> Weight {
		Upstream::<T>::withdraw_unbonded_kill(s)
	}
	fn validate() -> Weight {
		Upstream::<T>::validate()
	}
	fn kick(k: u32) -> Weight {
		Upstream::<T>::kick(k)
	}
	fn nominate(n: u32) -> Weight {
		Upstream::<T>::nominate(n)
	}
	fn chill() -> Weight {
		Upstream::<T>::chill()
	}
	fn set_payee() -> Weight {
		Upstream::<T>::set_payee()
	}
	fn update_payee() -> Weight {
		Upstream::<T>::update_payee()
	}
	fn set_controller() -> Weight {
		Upstream::<T>::set_controller()
	}
	fn set_validator_count() -> Weight {
		Upstream::<T>::set_validator_count()
	}
	fn force_no_eras() -> Weight {
		Upstream::<T>::force_no_eras()
	}
	fn force_new_era() -> Weight {
		Upstream::<T>::force_new_era()
	}
	fn force_new_era_always() -> Weight {
		Upstream::<T>::force_new_era_always()
	}
	fn set_invulnerables(v: u32) -> Weight {
		Upstream::<T>::set_invulnerables(v)
	}
	fn deprecate_controller_batch(u: u32) -> Weight {
		Upstream::<T>::deprecate_controller_batch(u)
	}
	fn force_unstake(s: u32) -> Weight {
		Upstream::<T>::force_unstake(s)
	}
	fn cancel_deferred_slash(s: u32) -> Weight {
		Upstream::<T>::cancel_deferred_slash(s)
	}
	fn payout_stakers_alive_staked(n: u32) -> Weight {
		Upstream::<T>::payout_stakers_alive_staked(n)
	}
	fn rebond(l: u32) -> Weight {
		Upstream::<T>::rebond(l)
	}
	fn reap_stash(s: u32) -> Weight {
		Upstream::<T>::reap_stash(s)
	}
	fn new_era(v: u32, n: u32) -> Weight {
		Upstream::<T>::new_era(v, n)
	}
	fn set_staking_configs_all_set() -> Weight {
		Upstream::<T>::set_staking_configs_all_set()
	}
	fn set_staking_configs_all_remove() -> Weight {
		Upstream::<T>::set_staking_configs_all_remove()
	}
	fn chill_other() -> Weight {
		Upstream::<T>::chill_other()
	}
	fn force_apply_min_commission() -> Weight {
		Upstream::<T>::force_apply_min_commission()
	}
	fn set_min_commission() -> Weight {
		Upstream::<T>::set_min_commission()
	}
	fn restore_ledger() -> Weight {
		Upstream::<T>::restore_ledger()
	}
	fn migrate_currency() -> Weight {
		Upstream::<T>::migrate_currency()
	}
	fn manual_slash() -> Weight {
		Upstream::<T>::manual_slash()
	}
}
