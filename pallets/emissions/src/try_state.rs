//! The pallet's invariants, checked by `try_state` after every block in the tests and by
//! try-runtime (each listed at its check below): the ecosystem bucket is never exceeded, the
//! mint and reward parameters are valid, and every token moved for the topics is paid, burnt
//! or carried in their budgets.

use super::*;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants (run by `try-runtime` and after every unit test).
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		ensure!(
			EcosystemMinted::<T>::get() <= Self::ecosystem_cap(),
			"minted more than the ecosystem bucket"
		);
		ensure!(Params::<T>::get().is_valid(), "invalid mint parameters");
		Self::check_reward_params(&RewardParameters::<T>::get())
			.map_err(|_| "invalid reward parameters")?;
		// What was moved for topics is paid, burnt or carried in their budgets, to the unit,
		// and the rewards account holds the budgets above its existential deposit (exactly,
		// unless someone sent it tokens).
		let emitted = NetworkEmitted::<T>::get();
		let carried = Self::carried();
		ensure!(
			emitted
				== RewardsPaid::<T>::get()
					.saturating_add(RewardsBurnt::<T>::get())
					.saturating_add(carried),
			"minted for topics differs from paid + burnt + carried"
		);
		ensure!(
			Self::spendable(&Self::rewards_account()) >= carried,
			"the rewards account holds less than the topics' budgets"
		);
		ensure!(
			TopicIndex::<T>::iter_keys().all(pallet_topics::Pallet::<T>::is_active),
			"an inactive topic accrues"
		);
		ensure!(
			TopicIndex::<T>::iter_values().all(|i| i <= RewardIndex::<T>::get()),
			"a topic's index is ahead of the reward index"
		);
		// Issuance itself moves with transaction fees and staking's mints on a live chain; the
		// tests check `issuance = genesis + minted − burnt` block by block. Here: what the era
		// payout owes was burnt first.
		ensure!(
			ValidatorRewardsOwed::<T>::get().saturated_into::<u128>() <= Burnt::<T>::get(),
			"the era payout owes more than was burnt for it"
		);
		let share = ReputersRewardShare::<T>::get();
		ensure!(!share.is_negative() && share <= Fixed::ONE, "f_rep outside [0, 1]");
		Ok(())
	}
}
