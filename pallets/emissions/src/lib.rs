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
//!   payout ([`EraPayout`](polkadot_sdk::sp_staking::EraPayout), which pallet-staking mints when stakers claim);
//!   the rest goes to the rewards account that pays the AI network's participants.
//!
//! - **Rewards.** When a topic's reputer nonce closes with network losses (the reputation
//!   pallet's [`RewardsPayer`](allora_primitives::RewardsPayer)), the topic earns its weight's
//!   share of the total active weight × this block's network emission × its epoch length
//!   (§1.4), capped by the rewards account. That reward is split among the nonce's inferers,
//!   forecasters and reputers by their scores (reward fractions, smoothed fractions and
//!   entropies, the forecasters' utility χ; §2–3) and paid: workers to their accounts,
//!   reputers into their stake with their delegators' share set aside (§4.1–4.2). Every
//!   month the reputers' share of what was paid becomes `f_rep`, which caps the emission.
//!
//! Total issuance therefore always equals genesis issuance + minted − burnt (+ what staking
//! mints for the burnt validator share); the tests check it block by block.

//!
//! ## Example
//! Each block mints what the ecosystem account lacks of the block's emission and splits it
//! between the collators and the network (the test this is taken from):
#![doc = docify::embed!("src/tests/mod.rs", each_block_mints_the_shortfall_and_splits_it)]
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod accrual;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod config_preludes;
mod mint;
mod params;
mod queries;
mod rewards;
mod try_state;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use accrual::accrued;
pub use pallet::*;
pub use params::{RewardParam, RewardParams};
pub use queries::EmissionView;
pub use types::*;
pub use weights::WeightInfo;

use allora_primitives::{ParamSet, StakeLedger, WorkerResults, WorkerTask};
use allora_rewards::distribution::Distribution;
use allora_rewards::mint::{
	emission_amounts, max_emission_per_staked_token, smoothed_emission, split_block_emission,
	target_emission_per_staked_token,
};
use allora_synthesis::{Fixed, FixedError, SynthesisError};
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

/// Parameter changes of one `set_reward_params` call.
pub type RewardParamUpdates = BoundedVec<RewardParam, ConstU32<32>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config(with_default)]
	pub trait Config:
		polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> + pallet_topics::Config
	{
		/// The stake ledger (the reputation pallet): the network's stake, the reputer nonces
		/// still to pay, and where reputers' rewards go.
		#[pallet::no_default]
		type Stakes: StakeLedger<Self::AccountId>;
		/// The worker side of each epoch (the inference pallet): its open nonces, and the
		/// workers paid.
		#[pallet::no_default]
		type WorkerResults: WorkerResults<Self::AccountId, BlockNumberFor<Self>>;
		/// The most tokens that will ever exist (smallest unit).
		#[pallet::constant]
		type MaxSupply: Get<u128>;
		/// Derives the rewards account, which pays the AI network's participants.
		#[pallet::constant]
		type RewardsPalletId: Get<PalletId>;
		/// The stake bonded by collators and their nominators (smallest unit).
		#[pallet::no_default]
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

	/// Everything this pallet burnt (the validator shares and the finished topics' budgets).
	#[pallet::storage]
	pub type Burnt<T> = StorageValue<_, u128, ValueQuery>;

	/// The share of the network's rewards that went to reputers over the last month (`f_rep`,
	/// 0 until rewards are paid); it lowers the emission cap as stakers earn more.
	#[pallet::storage]
	pub type ReputersRewardShare<T> = StorageValue<_, Fixed, ValueQuery>;

	/// The network's share of the latest block emission, credited to the active topics
	/// ([`RewardIndex`]); 0 when no topic was active.
	#[pallet::storage]
	pub type NetworkBlockEmission<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The network emission per unit of active topic weight, summed over every block since
	/// genesis (tokens per weight): an active topic of weight `w` earns `w ·` its growth.
	#[pallet::storage]
	pub type RewardIndex<T> = StorageValue<_, Fixed, ValueQuery>;

	/// Each active topic's [`RewardIndex`] at its last settlement (absent while inactive).
	#[pallet::storage]
	pub type TopicIndex<T> = StorageMap<_, Blake2_128Concat, TopicId, Fixed>;

	/// Each topic's settled, unpaid share of the network emission (smallest unit), held by
	/// the rewards account: its next rewarded epoch pays from it.
	#[pallet::storage]
	pub type TopicRewardBudget<T> = StorageMap<_, Blake2_128Concat, TopicId, u128, ValueQuery>;

	/// Everything ever moved to the rewards account for topics (their settled shares): it
	/// equals `RewardsPaid + RewardsBurnt +` the topics' budgets, to the unit.
	#[pallet::storage]
	pub type NetworkEmitted<T> = StorageValue<_, u128, ValueQuery>;

	/// Everything burnt from the rewards account: the budgets of topics that finished.
	#[pallet::storage]
	pub type RewardsBurnt<T> = StorageValue<_, u128, ValueQuery>;

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

	/// The reward formulas' parameters ([`RewardParams`]); the privileged origin changes them
	/// with [`set_reward_params`](Pallet::set_reward_params).
	#[pallet::storage]
	pub type RewardParameters<T> = StorageValue<_, RewardParams, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The schedule's parameters (missing fields take the reference defaults).
		pub params: MintParams,
		/// The reward formulas' parameters (missing fields take the reference defaults).
		pub reward_params: RewardParams,
		/// `f_rep` before any reward was paid: the reference's genesis value, 0.3.
		pub reputers_reward_share: Fixed,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			GenesisConfig {
				params: MintParams::default(),
				reward_params: RewardParams::default(),
				reputers_reward_share: Fixed::from_raw(300_000_000_000_000_000),
				_config: Default::default(),
			}
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(self.params.is_valid(), "genesis mint parameters are valid");
			let share = self.reputers_reward_share;
			assert!(!share.is_negative() && share <= Fixed::ONE, "genesis f_rep is in [0, 1]");
			Params::<T>::put(&self.params);
			Pallet::<T>::check_reward_params(&self.reward_params)
				.expect("genesis reward parameters are valid");
			RewardParameters::<T>::put(&self.reward_params);
			ReputersRewardShare::<T>::put(share);
			// The rewards and pending-rewards accounts must exist before amounts below the
			// existential deposit reach them.
			let min = <T as pallet_topics::Config>::Currency::minimum_balance();
			for account in [Pallet::<T>::rewards_account(), T::Stakes::pending_rewards_account()] {
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
		/// A block's emission: `minted` new tokens for the validator share (the rest came from
		/// fees), `to_validators` accrued to the next era payout, `to_network` credited to the
		/// active topics (moved when each topic's share is settled).
		BlockEmitted { minted: BalanceOf<T>, to_validators: BalanceOf<T>, to_network: BalanceOf<T> },
		/// A topic's share of the network emission since its last settlement, `amount`, moved
		/// to the rewards account into its budget (`minted` of it new tokens).
		TopicRewardAccrued { topic_id: TopicId, amount: BalanceOf<T>, minted: BalanceOf<T> },
		/// A topic that finished (inactive, nothing left to close) had `amount` of budget
		/// left: it was burnt.
		TopicRewardsBurnt { topic_id: TopicId, amount: BalanceOf<T> },
		/// The validator rewards accrued since the last era were handed to the era payout.
		EraPayoutFunded { amount: BalanceOf<T> },
		/// The privileged origin changed the schedule's parameters.
		ParamsUpdated { params: MintParams },
		/// The privileged origin changed the reward formulas' parameters.
		RewardParamsUpdated { updates: RewardParamUpdates },
		/// A topic's epoch was paid: `reward` (the topic's budget) split into `inferers`,
		/// `forecasters` and `reputers`; `paid` left the rewards account, `carried` (rounding,
		/// the `failed` payments) stays in the topic's budget for its next rewarded epoch.
		EpochRewarded {
			topic_id: TopicId,
			nonce: BlockNumberFor<T>,
			reward: BalanceOf<T>,
			inferers: BalanceOf<T>,
			forecasters: BalanceOf<T>,
			reputers: BalanceOf<T>,
			paid: BalanceOf<T>,
			failed: u32,
			carried: BalanceOf<T>,
		},
		/// A worker was paid for its inference or forecast of a topic's epoch.
		WorkerRewarded {
			topic_id: TopicId,
			worker: T::AccountId,
			task: WorkerTask,
			amount: BalanceOf<T>,
		},
		/// A topic's epoch paid nothing: an empty budget, or no inferer to score (no one-out
		/// losses, as in a topic's first epochs); its budget, `carried`, waits for its next
		/// rewarded epoch.
		EpochUnrewarded { topic_id: TopicId, nonce: BlockNumberFor<T>, carried: BalanceOf<T> },
		/// A topic's epoch reward could not be computed; nothing was paid (the topic goes on).
		EpochRewardFailed { topic_id: TopicId, nonce: BlockNumberFor<T>, error: SynthesisError },
		/// The monthly recalculation set the reputers' share of last month's rewards.
		ReputersRewardShareUpdated { share: Fixed },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A share or rate is outside `[0, 1]`.
		InvalidMintParams,
		/// The new ecosystem share would make the ecosystem bucket smaller than what has already
		/// been minted from it.
		EcosystemShareBelowMinted,
		/// A reward parameter update sets a fraction outside `[0, 1]`.
		ParamNotAFraction,
		/// A reward parameter update sets a non-positive value where a positive one is required.
		ParamNotPositive,
		/// A reward parameter update sets a negative value.
		ParamNegative,
		/// A reward parameter update sets 0 where at least 1 is required.
		ParamZero,
		/// `set_reward_params` got no update.
		NoParamUpdates,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// A supply to emit, and a rewards account of its own (not the ecosystem account, nor
		/// the delegators' pending rewards).
		fn integrity_test() {
			assert!(T::MaxSupply::get() > 0, "MaxSupply must be positive");
			let rewards = Self::rewards_account();
			assert!(
				rewards != pallet_topics::Pallet::<T>::ecosystem_account()
					&& rewards != T::Stakes::pending_rewards_account(),
				"RewardsPalletId must give an account of its own"
			);
		}

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
		/// recalculation. The ecosystem share may not shrink the bucket below what has already
		/// been minted from it.
		#[pallet::call_index(0)]
		#[pallet::weight(
			<T as Config>::WeightInfo::set_params().saturating_add(T::DbWeight::get().reads(1))
		)]
		pub fn set_mint_params(origin: OriginFor<T>, params: MintParams) -> DispatchResult {
			<T as pallet_topics::Config>::AdminOrigin::ensure_origin(origin)?;
			ensure!(params.is_valid(), Error::<T>::InvalidMintParams);
			ensure!(
				Self::ecosystem_cap_under(&params) >= EcosystemMinted::<T>::get(),
				Error::<T>::EcosystemShareBelowMinted
			);
			Params::<T>::put(&params);
			Self::deposit_event(Event::ParamsUpdated { params });
			Ok(())
		}

		/// Change the reward formulas' parameters ([`RewardParams`]; privileged origin only,
		/// e.g. sudo or governance). The updates apply in order; if any value breaks its rule,
		/// none does. They take effect at the next epoch paid.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::set_reward_params(updates.len() as u32))]
		pub fn set_reward_params(
			origin: OriginFor<T>,
			updates: RewardParamUpdates,
		) -> DispatchResult {
			<T as pallet_topics::Config>::AdminOrigin::ensure_origin(origin)?;
			ensure!(!updates.is_empty(), Error::<T>::NoParamUpdates);
			let params =
				RewardParameters::<T>::get().updated(&updates).map_err(Error::<T>::from)?;
			Self::check_reward_params(&params)?;
			RewardParameters::<T>::put(params);
			Self::deposit_event(Event::RewardParamsUpdated { updates });
			Ok(())
		}
	}
}
