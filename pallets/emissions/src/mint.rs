//! The mint: the emission schedule's monthly recalculation, each block's emission (the
//! validators' share from the ecosystem account, the network's credited to the active topics),
//! the ecosystem bucket, and the era payout that hands the validators' share to staking.

use super::*;

impl<T: Config> Pallet<T> {
	/// The account that pays the AI network's rewards.
	pub fn rewards_account() -> T::AccountId {
		T::RewardsPalletId::get().into_account_truncating()
	}

	/// The ecosystem bucket: the most this pallet may ever mint.
	pub fn ecosystem_cap() -> u128 {
		Self::ecosystem_cap_under(&Params::<T>::get())
	}

	/// The ecosystem bucket under `params`.
	pub(crate) fn ecosystem_cap_under(params: &MintParams) -> u128 {
		params.ecosystem_share.mul_u128_floor(T::MaxSupply::get()).unwrap_or(0)
	}

	/// The staked supply: all reputer and delegated stake plus the collators' bonded stake.
	pub fn staked() -> u128 {
		T::Stakes::total_stake().saturating_add(T::CollatorStake::get())
	}

	/// `f_rep` := the reputers' share of the rewards paid since the last recalculation (kept
	/// when nothing was paid). The reference takes the ratio of a single block's payouts to the
	/// treasury (spec §9 Q7); a month's payouts are what the name says.
	pub(crate) fn update_reputers_share() {
		let (all, reputers) = MonthRewards::<T>::take();
		if all == 0 {
			return;
		}
		if let Ok(share) = Fixed::from_ratio_u128(reputers, all) {
			ReputersRewardShare::<T>::put(share);
			Self::deposit_event(Event::ReputersRewardShareUpdated { share });
		}
	}

	/// Recomputes the emission per staked token and per block (rewards spec §5.3); on error the
	/// previous emission stays.
	pub(crate) fn recalculate(first_month: bool) {
		match Self::emission_rate(first_month) {
			Ok((per_staked_token, per_block, staked)) => {
				EmissionPerStakedToken::<T>::put(per_staked_token);
				let per_block: BalanceOf<T> = per_block.saturated_into();
				BlockEmission::<T>::put(per_block);
				Self::deposit_event(Event::EmissionRecalculated {
					per_staked_token,
					per_block,
					staked,
				});
			},
			Err(error) => Self::deposit_event(Event::EmissionRecalculationSkipped { error }),
		}
	}

	/// `(e, per-block emission, staked)` from the current state.
	pub fn emission_rate(first_month: bool) -> Result<(Fixed, u128, u128), FixedError> {
		let mint = Params::<T>::get();
		let params = RewardParameters::<T>::get();
		let blocks_per_month = pallet_topics::Params::<T>::get().blocks_per_month;
		let currency_balance = |who: &T::AccountId| -> u128 {
			<T as pallet_topics::Config>::Currency::balance(who).saturated_into()
		};
		let remaining = Self::ecosystem_cap().saturating_sub(EcosystemMinted::<T>::get());
		let ecosystem_balance = currency_balance(&pallet_topics::Pallet::<T>::ecosystem_account());
		let ecosystem_locked = ecosystem_balance.saturating_add(remaining);
		let issuance: u128 =
			<T as pallet_topics::Config>::Currency::total_issuance().saturated_into();
		// No vesting buckets on this chain: everything issued outside the ecosystem account
		// circulates.
		let circulating = issuance.saturating_sub(ecosystem_balance);
		let staked = Self::staked();
		if staked == 0 {
			return Err(FixedError::DivisionByZero);
		}
		let target = target_emission_per_staked_token(
			mint.emission_factor,
			ecosystem_locked,
			staked,
			circulating,
			T::MaxSupply::get(),
		)?;
		let cap = max_emission_per_staked_token(
			mint.max_monthly_yield,
			ReputersRewardShare::<T>::get(),
			params.validators_vs_allora_percent_reward,
		)?;
		let capped = target.min(cap);
		let previous = match EmissionPerStakedToken::<T>::get() {
			Some(e) if !first_month => e,
			_ => capped,
		};
		let e = smoothed_emission(capped, mint.smoothing, previous)?;
		let (_, per_block) = emission_amounts(e, staked, u64::from(blocks_per_month))?;
		Ok((e, per_block, staked))
	}

	/// Pays this block's validator share from the ecosystem account, minting the shortfall
	/// within the ecosystem bucket (burnt, it accrues to the next era payout), and credits the
	/// network share to the active topics ([`RewardIndex`]; moved at each topic's settlement).
	pub(crate) fn emit_block() {
		let emission: u128 = BlockEmission::<T>::get().saturated_into();
		if emission == 0 {
			NetworkBlockEmission::<T>::kill();
			return;
		}
		let v = RewardParameters::<T>::get().validators_vs_allora_percent_reward;
		let (to_validators, to_network) =
			split_block_emission(emission, v).unwrap_or((0, emission));
		let minted = Self::fund_ecosystem(to_validators);
		let ecosystem = pallet_topics::Pallet::<T>::ecosystem_account();
		let to_validators = to_validators.min(Self::spendable(&ecosystem));
		let burnt = <T as pallet_topics::Config>::Currency::burn_from(
			&ecosystem,
			to_validators.saturated_into(),
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		);
		let to_validators: BalanceOf<T> = match burnt {
			Ok(b) => {
				Burnt::<T>::mutate(|x| *x = x.saturating_add(b.saturated_into()));
				ValidatorRewardsOwed::<T>::mutate(|o| *o = o.saturating_add(b));
				b
			},
			Err(_) => Zero::zero(),
		};
		let to_network: BalanceOf<T> = Self::credit_topics(to_network).saturated_into();
		NetworkBlockEmission::<T>::put(to_network);
		Self::deposit_event(Event::BlockEmitted {
			minted: minted.saturated_into(),
			to_validators,
			to_network,
		});
	}
}

impl<T: Config> polkadot_sdk::sp_staking::EraPayout<BalanceOf<T>> for Pallet<T> {
	/// The validator share burnt since the last era, all to the stakers (pallet-staking mints it
	/// when they claim).
	fn era_payout(_: BalanceOf<T>, _: BalanceOf<T>, _: u64) -> (BalanceOf<T>, BalanceOf<T>) {
		let amount = ValidatorRewardsOwed::<T>::take();
		Self::deposit_event(Event::EraPayoutFunded { amount });
		(amount, Zero::zero())
	}
}
