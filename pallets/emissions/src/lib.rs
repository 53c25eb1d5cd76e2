//! # Emissions pallet
//!
//! The token emission of the Allora network (rewards spec §5): how much is emitted per block,
//! where it comes from, and where it goes.
//!
//! - **Schedule.** At the first block of every month (`BlocksPerMonth`) the emission per staked
//!   token is recomputed: a target that falls as the ecosystem bucket drains
//!   (`f_e · ecosystem locked / staked · circulating / max supply`), capped by the maximum monthly
//!   yield, smoothed by an EMA. The month's emission is that rate times the staked supply
//!   (reputer stake plus collator stake); a block emits a `BlocksPerMonth`-th of it.
//! - **Source.** Each block's emission is paid from the ecosystem account (which receives every
//!   topic fee); only the shortfall is minted, and never more than the ecosystem bucket
//!   (`EcosystemShare` of `MaxSupply`) in all.
//! - **Split.** `ValidatorsVsAlloraPercentReward` of it goes to the collators and their
//!   nominators: it is burnt from the ecosystem account and accrues to the next staking era
//!   payout ([`EraPayout`](sp_staking::EraPayout), which pallet-staking mints when stakers claim);
//!   the rest goes to the rewards account that pays the AI network's participants.
//!
//! - **Rewards.** When a topic's reputer nonce closes with network losses (the reputation
//!   pallet's [`LossesHandler`](pallet_reputation::LossesHandler)), the topic earns its weight's
//!   share of the total active weight × this block's network emission × its epoch length
//!   (§1.4), capped by the rewards account. That reward is split among the nonce's inferers,
//!   forecasters and reputers by their scores (reward fractions, smoothed fractions and
//!   entropies, the forecasters' utility χ; §2–3) and paid: workers to their accounts,
//!   reputers into their stake with their delegators' share set aside (§4.1–4.2). Every
//!   month the reputers' share of what was paid becomes `f_rep`, which caps the emission.
//!
//! Total issuance therefore always equals genesis issuance + minted − burnt (+ what staking
//! mints for the burnt validator share); the tests check it block by block.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod queries;
mod rewards;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use queries::EmissionView;
pub use types::*;
pub use weights::WeightInfo;

use allora_rewards::distribution::Distribution;
use allora_rewards::mint::{
	emission_amounts, max_emission_per_staked_token, smoothed_emission, split_block_emission,
	target_emission_per_staked_token,
};
use allora_synthesis::{Fixed, FixedError, SynthesisError};
use pallet_inference::WorkerTask;
use pallet_topics::{RewardTask, TopicId};
use polkadot_sdk::{
	frame_support::{
		self,
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate},
			tokens::{Fortitude, Precision, Preservation},
		},
		PalletId,
	},
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{AccountIdConversion, Saturating, Zero},
		SaturatedConversion,
	},
};

/// The most scores a task's score window keeps, whatever `MaxSamplesToScaleScores` says.
pub const MAX_SCORE_SAMPLES: u32 = 256;

/// The balance type (the topics pallet's currency).
pub type BalanceOf<T> = pallet_topics::BalanceOf<T>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config:
		polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ pallet_reputation::Config
	{
		/// The most tokens that will ever exist (smallest unit).
		#[pallet::constant]
		type MaxSupply: Get<u128>;
		/// Derives the rewards account, which pays the AI network's participants.
		#[pallet::constant]
		type RewardsPalletId: Get<PalletId>;
		/// The stake bonded by collators and their nominators (smallest unit).
		type CollatorStake: Get<u128>;
		/// Weights of this pallet's call and hook.
		type WeightInfo: WeightInfo;
	}

	/// The emission schedule's parameters.
	#[pallet::storage]
	pub type Params<T> = StorageValue<_, MintParams, ValueQuery>;

	/// The current emission per staked token per month (`e`), recomputed monthly.
	#[pallet::storage]
	pub type EmissionPerStakedToken<T> = StorageValue<_, Fixed, OptionQuery>;

	/// What each block emits until the next recalculation (smallest unit).
	#[pallet::storage]
	pub type BlockEmission<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Everything minted into the ecosystem account so far (at most the ecosystem bucket).
	#[pallet::storage]
	pub type EcosystemMinted<T> = StorageValue<_, u128, ValueQuery>;

	/// The validator share burnt from the ecosystem account since the last era payout; the next
	/// era pays it to the collators and nominators.
	#[pallet::storage]
	pub type ValidatorRewardsOwed<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Everything this pallet burnt (the validator shares).
	#[pallet::storage]
	pub type Burnt<T> = StorageValue<_, u128, ValueQuery>;

	/// The share of the network's rewards that went to reputers over the last month (`f_rep`,
	/// 0 until rewards are paid); it lowers the emission cap as stakers earn more.
	#[pallet::storage]
	pub type ReputersRewardShare<T> = StorageValue<_, Fixed, ValueQuery>;

	/// The network's share of the latest block emission (what the rewards account received
	/// this block): the per-block unit of every topic's reward.
	#[pallet::storage]
	pub type NetworkBlockEmission<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Everything ever paid to the rewards account by the emission.
	#[pallet::storage]
	pub type NetworkEmitted<T> = StorageValue<_, u128, ValueQuery>;

	/// Everything ever paid out of the rewards account to participants.
	#[pallet::storage]
	pub type RewardsPaid<T> = StorageValue<_, u128, ValueQuery>;

	/// This month's payouts so far: `(all rewards, reputer rewards)`; at the monthly
	/// recalculation their ratio becomes `f_rep`.
	#[pallet::storage]
	pub type MonthRewards<T> = StorageValue<_, (u128, u128), ValueQuery>;

	/// The newest instant scores of each `(topic, task)`, newest epoch first (at most
	/// `MaxSamplesToScaleScores`): their standard deviation scales the reward fractions.
	#[pallet::storage]
	pub type ScoreWindows<T> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		TopicId,
		Twox64Concat,
		RewardTask,
		BoundedVec<Fixed, ConstU32<MAX_SCORE_SAMPLES>>,
		ValueQuery,
	>;

	/// Each participant's smoothed reward fraction per `(topic, task)` (EMA with
	/// `TaskRewardAlpha`, normalised): they set the task's entropy.
	#[pallet::storage]
	pub type SmoothedFractions<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, TopicId>,
			NMapKey<Twox64Concat, RewardTask>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		Fixed,
	>;

	/// Each topic's forecaster score ratio (EMA of the forecasting task's score over the best
	/// inferer's): it sets the forecasters' utility χ.
	#[pallet::storage]
	pub type ForecasterScoreRatio<T> = StorageMap<_, Blake2_128Concat, TopicId, Fixed, ValueQuery>;

	/// Total issuance at genesis (the base of the issuance invariant).
	#[pallet::storage]
	pub type GenesisIssuance<T> = StorageValue<_, u128, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The schedule's parameters (missing fields take the reference defaults).
		pub params: MintParams,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.params.is_valid(), "genesis mint parameters are valid");
			Params::<T>::put(&self.params);
			// The rewards and pending-rewards accounts must exist before amounts below the
			// existential deposit reach them.
			let min = <T as pallet_topics::Config>::Currency::minimum_balance();
			for account in [
				Pallet::<T>::rewards_account(),
				pallet_reputation::Pallet::<T>::pending_rewards_account(),
			] {
				if <T as pallet_topics::Config>::Currency::balance(&account) < min {
					let _ = <T as pallet_topics::Config>::Currency::mint_into(&account, min);
				}
			}
			GenesisIssuance::<T>::put(
				<T as pallet_topics::Config>::Currency::total_issuance().saturated_into::<u128>(),
			);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The emission was recomputed: `per_staked_token` a month, `per_block` from now on.
		EmissionRecalculated { per_staked_token: Fixed, per_block: BalanceOf<T>, staked: u128 },
		/// The recalculation could not run (no stake, or an arithmetic failure); the previous
		/// emission goes on.
		EmissionRecalculationSkipped { error: FixedError },
		/// A block's emission: `minted` new tokens (the rest came from fees), `to_validators`
		/// accrued to the next era payout, `to_network` paid to the rewards account.
		BlockEmitted { minted: BalanceOf<T>, to_validators: BalanceOf<T>, to_network: BalanceOf<T> },
		/// The validator rewards accrued since the last era were handed to the era payout.
		EraPayoutFunded { amount: BalanceOf<T> },
		/// The privileged origin changed the schedule's parameters.
		ParamsUpdated { params: MintParams },
		/// A topic's epoch was paid: `reward` split into `inferers`, `forecasters` and
		/// `reputers`; `paid` left the rewards account (the rest is rounding, or the `failed`
		/// payments, and stays there).
		EpochRewarded {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			reward: BalanceOf<T>,
			inferers: BalanceOf<T>,
			forecasters: BalanceOf<T>,
			reputers: BalanceOf<T>,
			paid: BalanceOf<T>,
			failed: u32,
		},
		/// A worker was paid for its inference or forecast of a topic's epoch.
		WorkerRewarded {
			topic_id: TopicId,
			worker: T::AccountId,
			task: WorkerTask,
			amount: BalanceOf<T>,
		},
		/// A topic's epoch earned nothing: no weight, an empty rewards account, or no inferer
		/// to score (no one-out losses, as in a topic's first epoch).
		EpochUnrewarded { topic_id: TopicId, nonce: BlockNumberFor<T> },
		/// A topic's epoch reward could not be computed; nothing was paid (the topic goes on).
		EpochRewardFailed { topic_id: TopicId, nonce: BlockNumberFor<T>, error: SynthesisError },
		/// The monthly recalculation set the reputers' share of last month's rewards.
		ReputersRewardShareUpdated { share: Fixed },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A share or rate is outside `[0, 1]`.
		InvalidMintParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let mut weight = Weight::zero();
			let bpm = pallet_topics::Params::<T>::get().blocks_per_month.max(1);
			let height: u32 = now.saturated_into();
			if height % bpm == 1 || EmissionPerStakedToken::<T>::get().is_none() {
				Self::update_reputers_share();
				Self::recalculate(height < bpm);
				weight.saturating_accrue(<T as Config>::WeightInfo::recalculate());
			}
			Self::emit_block();
			weight.saturating_add(<T as Config>::WeightInfo::emit_block())
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Change the emission schedule's parameters (privileged origin only). Shares and rates
		/// are 18-decimal fixed point in `[0, 1]`; they take effect at the next monthly
		/// recalculation.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_params())]
		pub fn set_mint_params(origin: OriginFor<T>, params: MintParams) -> DispatchResult {
			<T as pallet_topics::Config>::AdminOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidMintParams);
			Params::<T>::put(&params);
			Self::deposit_event(Event::ParamsUpdated { params });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The account that pays the AI network's rewards.
	pub fn rewards_account() -> T::AccountId {
		T::RewardsPalletId::get().into_account_truncating()
	}

	/// The ecosystem bucket: the most this pallet may ever mint.
	pub fn ecosystem_cap() -> u128 {
		Params::<T>::get().ecosystem_share.mul_u128_floor(T::MaxSupply::get()).unwrap_or(0)
	}

	/// The staked supply: all reputer and delegated stake plus the collators' bonded stake.
	pub fn staked() -> u128 {
		pallet_reputation::TotalStake::<T>::get()
			.saturated_into::<u128>()
			.saturating_add(T::CollatorStake::get())
	}

	/// `f_rep` := the reputers' share of the rewards paid since the last recalculation (kept
	/// when nothing was paid). The reference takes the ratio of a single block's payouts to the
	/// treasury (spec §9 Q7); a month's payouts are what the name says.
	fn update_reputers_share() {
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
	fn recalculate(first_month: bool) {
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
		let params = pallet_topics::Params::<T>::get();
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
		let (_, per_block) = emission_amounts(e, staked, u64::from(params.blocks_per_month))?;
		Ok((e, per_block, staked))
	}

	/// Pays this block's emission from the ecosystem account, minting the shortfall within the
	/// ecosystem bucket; the validator share is burnt and accrues to the next era payout, the
	/// rest goes to the rewards account.
	fn emit_block() {
		let emission = BlockEmission::<T>::get();
		if emission.is_zero() {
			NetworkBlockEmission::<T>::kill();
			return;
		}
		let ecosystem = pallet_topics::Pallet::<T>::ecosystem_account();
		let spendable = |who: &T::AccountId| {
			<T as pallet_topics::Config>::Currency::reducible_balance(
				who,
				Preservation::Preserve,
				Fortitude::Polite,
			)
		};
		let mut minted: BalanceOf<T> = Zero::zero();
		let available = spendable(&ecosystem);
		if emission > available {
			let remaining = Self::ecosystem_cap().saturating_sub(EcosystemMinted::<T>::get());
			let shortfall: u128 = emission.saturating_sub(available).saturated_into();
			let amount: BalanceOf<T> = shortfall.min(remaining).saturated_into();
			if !amount.is_zero()
				&& <T as pallet_topics::Config>::Currency::mint_into(&ecosystem, amount).is_ok()
			{
				minted = amount;
				EcosystemMinted::<T>::mutate(|m| *m = m.saturating_add(amount.saturated_into()));
			}
		}
		let pay = emission.min(spendable(&ecosystem));
		let v = pallet_topics::Params::<T>::get().validators_vs_allora_percent_reward;
		let (to_validators, to_network) =
			split_block_emission(pay.saturated_into(), v).unwrap_or((0, pay.saturated_into()));
		let to_validators: BalanceOf<T> = to_validators.saturated_into();
		let mut to_network: BalanceOf<T> = to_network.saturated_into();
		let burnt = <T as pallet_topics::Config>::Currency::burn_from(
			&ecosystem,
			to_validators,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		);
		let to_validators = match burnt {
			Ok(b) => {
				Burnt::<T>::mutate(|x| *x = x.saturating_add(b.saturated_into()));
				ValidatorRewardsOwed::<T>::mutate(|o| *o = o.saturating_add(b));
				b
			},
			Err(_) => Zero::zero(),
		};
		if <T as pallet_topics::Config>::Currency::transfer(
			&ecosystem,
			&Self::rewards_account(),
			to_network,
			Preservation::Preserve,
		)
		.is_err()
		{
			to_network = Zero::zero();
		}
		NetworkBlockEmission::<T>::put(to_network);
		NetworkEmitted::<T>::mutate(|e| *e = e.saturating_add(to_network.saturated_into()));
		Self::deposit_event(Event::BlockEmitted { minted, to_validators, to_network });
	}

	/// The pallet's invariants (run by `try-runtime` and after every unit test).
	#[cfg(any(test, feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		ensure!(
			EcosystemMinted::<T>::get() <= Self::ecosystem_cap(),
			"minted more than the ecosystem bucket"
		);
		ensure!(Params::<T>::get().is_valid(), "invalid mint parameters");
		// The reward pot is never overdrawn: it holds at least what the emission brought and
		// the rewards did not take.
		let emitted = NetworkEmitted::<T>::get();
		let paid = RewardsPaid::<T>::get();
		ensure!(paid <= emitted, "paid more rewards than the emission brought");
		let pot: u128 = <T as pallet_topics::Config>::Currency::balance(&Self::rewards_account())
			.saturated_into();
		ensure!(pot >= emitted - paid, "the rewards account holds less than it owes");
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

impl<T: Config> polkadot_sdk::sp_staking::EraPayout<BalanceOf<T>> for Pallet<T> {
	/// The validator share burnt since the last era, all to the stakers (pallet-staking mints it
	/// when they claim).
	fn era_payout(_: BalanceOf<T>, _: BalanceOf<T>, _: u64) -> (BalanceOf<T>, BalanceOf<T>) {
		let amount = ValidatorRewardsOwed::<T>::take();
		Self::deposit_event(Event::EraPayoutFunded { amount });
		(amount, Zero::zero())
	}
}
