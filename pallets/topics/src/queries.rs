//! Read-only queries of the pallet for its runtime API ([`TopicsApi`] in
//! `pallet-topics-runtime-api`).

use crate::{
	BalanceOf, Config, EpochSchedule, FeeRevenue, Pallet, QueryError, RegistrationCount,
	RewardTask, Role, ScoreEma, ScoreEmas, TopicConfig, TopicCount, TopicId, TopicOf, TopicWeights,
};
use alloc::vec::Vec;
use allora_synthesis::Fixed;
use codec::{Decode, Encode};
use polkadot_sdk::frame_system::{self, pallet_prelude::BlockNumberFor};
use scale_info::TypeInfo;

/// A topic with its parameters and its state.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		rename_all = "camelCase",
		bound(
			serialize = "AccountId: serde::Serialize, BlockNumber: serde::Serialize, Balance: core::fmt::Display",
			deserialize = "AccountId: serde::Deserialize<'de>, BlockNumber: serde::Deserialize<'de>, \
			               Balance: core::str::FromStr + TryFrom<u128>"
		)
	)
)]
pub struct TopicView<AccountId, BlockNumber, Balance> {
	/// The topic's id.
	pub id: TopicId,
	/// Who created it (the only account that may update it).
	pub creator: AccountId,
	/// Its parameters, as the creator chose them.
	pub config: TopicConfig<BlockNumber>,
	/// Its initial regret: what a worker without a stored regret counts as.
	pub initial_regret: Fixed,
	/// The block its current epoch started (its latest worker nonce); 0 before the first.
	pub current_epoch_start: BlockNumber,
	/// The block its next epoch starts, if it is active (in the epoch schedule).
	pub next_epoch_start: Option<BlockNumber>,
	/// Every fee paid to it and every funding (smallest unit).
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub fee_revenue: Balance,
	/// Its weight as of its latest epoch start (absent before its first).
	pub weight: Option<Fixed>,
	/// Registered workers.
	pub workers: u32,
	/// Registered reputers.
	pub reputers: u32,
}

/// A [`TopicView`] of a runtime.
pub type TopicViewOf<T> =
	TopicView<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

impl<T: Config> Pallet<T> {
	/// The topic, if it exists.
	pub fn topic(topic_id: TopicId) -> Option<TopicOf<T>> {
		crate::Topics::<T>::get(topic_id)
	}

	/// The topic, for a query: `Err(NoSuchTopic)` if there is none (every pallet's runtime-API
	/// queries start here).
	pub fn queried_topic(topic_id: TopicId) -> Result<TopicOf<T>, QueryError> {
		Self::topic(topic_id).ok_or(QueryError::NoSuchTopic)
	}

	/// A topic with its parameters and state.
	pub fn topic_view(topic_id: TopicId) -> Result<TopicViewOf<T>, QueryError> {
		let topic = Self::queried_topic(topic_id)?;
		let next_epoch_start =
			EpochSchedule::<T>::get().iter().find(|(_, id)| *id == topic_id).map(|(at, _)| *at);
		Ok(TopicView {
			id: topic_id,
			creator: topic.creator,
			config: topic.config,
			initial_regret: topic.initial_regret,
			current_epoch_start: topic.current_epoch_start,
			next_epoch_start,
			fee_revenue: FeeRevenue::<T>::get(topic_id),
			weight: TopicWeights::<T>::get(topic_id),
			workers: RegistrationCount::<T>::get((topic_id, Role::Worker)),
			reputers: RegistrationCount::<T>::get((topic_id, Role::Reputer)),
		})
	}

	/// How many topics were ever created: topic ids are `1..=topic_count()`.
	pub fn topic_count() -> TopicId {
		TopicCount::<T>::get()
	}

	/// The roles `account` holds in a topic.
	pub fn roles(topic_id: TopicId, account: &T::AccountId) -> Result<Vec<Role>, QueryError> {
		Self::queried_topic(topic_id)?;
		Ok([Role::Worker, Role::Reputer]
			.into_iter()
			.filter(|role| Self::is_registered(topic_id, *role, account))
			.collect())
	}

	/// A participant's score EMA in a topic's task (`None`: never scored).
	pub fn score_ema(
		topic_id: TopicId,
		task: RewardTask,
		account: &T::AccountId,
	) -> Result<Option<ScoreEma<BlockNumberFor<T>>>, QueryError> {
		Self::queried_topic(topic_id)?;
		Ok(ScoreEmas::<T>::get((topic_id, task, account)))
	}
}
