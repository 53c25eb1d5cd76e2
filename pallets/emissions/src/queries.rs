//! Read-only queries of the pallet for its runtime API ([`EmissionsApi`] in
//! `pallet-emissions-runtime-api`).

use crate::{
	BalanceOf, BlockEmission, Burnt, Config, EcosystemMinted, EmissionPerStakedToken, MintParams,
	NetworkBlockEmission, NetworkEmitted, Pallet, Params, ReputersRewardShare, RewardParameters,
	RewardParams, RewardsPaid, ValidatorRewardsOwed,
};
use allora_synthesis::Fixed;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// The current emission figures.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		rename_all = "camelCase",
		bound(
			serialize = "Balance: core::fmt::Display",
			deserialize = "Balance: core::str::FromStr + TryFrom<u128>"
		)
	)
)]
pub struct EmissionView<Balance> {
	/// The emission schedule's parameters.
	pub params: MintParams,
	/// The reward formulas' parameters.
	pub reward_params: RewardParams,
	/// The emission per staked token per month (`e`), recomputed monthly; `None` before the
	/// first recalculation.
	pub emission_per_staked_token: Option<Fixed>,
	/// What each block emits until the next recalculation (smallest unit).
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub block_emission: Balance,
	/// The network's share of the latest block emission: the per-block unit of the topics'
	/// rewards.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub network_block_emission: Balance,
	/// The validator share owed to the next era payout.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub validator_rewards_owed: Balance,
	/// The share of the network's rewards that went to reputers over the last month (`f_rep`).
	pub reputers_reward_share: Fixed,
	/// Everything minted into the ecosystem account so far.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub ecosystem_minted: u128,
	/// Everything ever paid to the rewards account.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub network_emitted: u128,
	/// Everything ever paid out of the rewards account to participants.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub rewards_paid: u128,
	/// Everything burnt (the validator shares).
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub burnt: u128,
}

impl<T: Config> Pallet<T> {
	/// The current emission figures.
	pub fn emission() -> EmissionView<BalanceOf<T>> {
		EmissionView {
			params: Params::<T>::get(),
			reward_params: RewardParameters::<T>::get(),
			emission_per_staked_token: EmissionPerStakedToken::<T>::get(),
			block_emission: BlockEmission::<T>::get(),
			network_block_emission: NetworkBlockEmission::<T>::get(),
			validator_rewards_owed: ValidatorRewardsOwed::<T>::get(),
			reputers_reward_share: ReputersRewardShare::<T>::get(),
			ecosystem_minted: EcosystemMinted::<T>::get(),
			network_emitted: NetworkEmitted::<T>::get(),
			rewards_paid: RewardsPaid::<T>::get(),
			burnt: Burnt::<T>::get(),
		}
	}
}
