//! Read-only queries of the pallet for its runtime API ([`ReputationApi`] in
//! `pallet-reputation-runtime-api`).

use crate::{
	BalanceOf, Config, DelegatedStake, Delegations, ListeningCoefficients, OpenReputerNonces,
	Pallet, PendingRemovals, Removal, ReputerCommitments, ReputerHistory, ReputerScores,
	ReputerStake, StakeKey, TopicStake, TotalStake,
};
use alloc::vec::Vec;
use allora_synthesis::Fixed;
use codec::{Decode, Encode};
use pallet_topics::{QueryError, TopicId};
use polkadot_sdk::frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// An open reputer window: reports are accepted in blocks `opens_at ..= closes_at − 1` (on a
/// commit–reveal topic, commitments in its first blocks and reveals in its last).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ReputerWindowView<AccountId, BlockNumber> {
	/// The worker nonce whose values are evaluated.
	pub nonce: BlockNumber,
	/// The first block that accepts reports (or commitments).
	pub opens_at: BlockNumber,
	/// The first block that no longer accepts them.
	pub closes_at: BlockNumber,
	/// The reports stored so far, a commitment counting as its report.
	pub reports: u32,
	/// On a commit–reveal topic, the reputers that committed to a report (sorted); the report
	/// itself is stored, and shown, only from its reveal on. Empty on other topics.
	pub committed: Vec<AccountId>,
}

/// [`ReputerWindowView`] of a runtime.
pub type ReputerWindowViewOf<T> =
	ReputerWindowView<<T as polkadot_sdk::frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A reputer's stake in a topic.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		rename_all = "camelCase",
		bound(
			serialize = "Balance: core::fmt::Display, BlockNumber: serde::Serialize",
			deserialize = "Balance: core::str::FromStr + TryFrom<u128>, BlockNumber: serde::Deserialize<'de>"
		)
	)
)]
pub struct ReputerStakeView<Balance, BlockNumber> {
	/// Its own stake.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub own: Balance,
	/// The stake delegated to it.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub delegated: Balance,
	/// Its listening coefficient (1 until its first scored nonce).
	pub listening_coefficient: Fixed,
	/// Its own stake's pending removal, if any.
	pub pending_removal: Option<Removal<Balance, BlockNumber>>,
}

/// A delegator's stake on a reputer in a topic.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
	feature = "std",
	serde(
		rename_all = "camelCase",
		bound(
			serialize = "Balance: core::fmt::Display, BlockNumber: serde::Serialize",
			deserialize = "Balance: core::str::FromStr + TryFrom<u128>, BlockNumber: serde::Deserialize<'de>"
		)
	)
)]
pub struct DelegationView<Balance, BlockNumber> {
	/// The delegated amount.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub amount: Balance,
	/// Rewards it may collect now (`claim_delegator_rewards`), smallest unit.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub pending_reward: u128,
	/// Its pending removal, if any.
	pub pending_removal: Option<Removal<Balance, BlockNumber>>,
}

/// The stake of a topic and of the network.
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
pub struct StakeTotals<Balance> {
	/// The topic's stake: its reputers' own and delegated stake.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub topic: Balance,
	/// The stake of all topics together.
	#[cfg_attr(feature = "std", serde(with = "allora_primitives::json::decimal"))]
	pub total: Balance,
}

impl<T: Config> Pallet<T> {
	/// A reputer's stake in a topic.
	pub fn reputer_stake(
		topic_id: TopicId,
		reputer: &T::AccountId,
	) -> Result<ReputerStakeView<BalanceOf<T>, BlockNumberFor<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		let key = StakeKey::Own { topic_id, reputer: reputer.clone() };
		Ok(ReputerStakeView {
			own: ReputerStake::<T>::get(topic_id, reputer),
			delegated: DelegatedStake::<T>::get(topic_id, reputer),
			listening_coefficient: ListeningCoefficients::<T>::get(topic_id, reputer)
				.unwrap_or(Fixed::ONE),
			pending_removal: PendingRemovals::<T>::get(&key),
		})
	}

	/// A delegator's stake on a reputer in a topic, with the rewards it may collect.
	pub fn delegation(
		topic_id: TopicId,
		reputer: &T::AccountId,
		delegator: &T::AccountId,
	) -> Result<DelegationView<BalanceOf<T>, BlockNumberFor<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		let key = StakeKey::Delegated {
			topic_id,
			reputer: reputer.clone(),
			delegator: delegator.clone(),
		};
		Ok(DelegationView {
			amount: Delegations::<T>::get((topic_id, reputer, delegator)),
			pending_reward: Self::pending_delegator_reward(topic_id, reputer, delegator),
			pending_removal: PendingRemovals::<T>::get(&key),
		})
	}

	/// A topic's stake and the network's.
	pub fn stake_totals(topic_id: TopicId) -> Result<StakeTotals<BalanceOf<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		Ok(StakeTotals { topic: TopicStake::<T>::get(topic_id), total: TotalStake::<T>::get() })
	}

	/// The reputer scores of a closed reputer nonce the topic keeps (`NonceOpen` while its
	/// window is open, `NonceNotKept` otherwise, `NoInference` if it closed without losses).
	pub fn reputer_scores_at(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
	) -> Result<Vec<(T::AccountId, Fixed)>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		if OpenReputerNonces::<T>::get(topic_id).iter().any(|n| n.nonce == nonce) {
			return Err(QueryError::NonceOpen);
		}
		if !ReputerHistory::<T>::get(topic_id).contains(&nonce) {
			return Err(QueryError::NonceNotKept);
		}
		ReputerScores::<T>::get(topic_id, nonce)
			.map(|s| s.into_inner())
			.ok_or(QueryError::NoInference)
	}

	/// The open reputer windows of a topic, oldest first, with who committed in each.
	pub fn open_reputer_nonces(
		topic_id: TopicId,
	) -> Result<Vec<ReputerWindowViewOf<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		Ok(OpenReputerNonces::<T>::get(topic_id)
			.into_iter()
			.map(|w| {
				let mut committed: Vec<_> =
					ReputerCommitments::<T>::iter_key_prefix((topic_id, w.nonce)).collect();
				committed.sort();
				ReputerWindowView {
					nonce: w.nonce,
					opens_at: w.opens_at,
					closes_at: w.closes_at,
					reports: w.reports,
					committed,
				}
			})
			.collect())
	}
}
