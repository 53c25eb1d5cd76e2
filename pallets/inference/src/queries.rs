//! Read-only queries of the pallet for its runtime API ([`InferenceApi`] in
//! `pallet-inference-runtime-api`): plain lists instead of bounded ones, and a [`QueryError`]
//! that says why there is no answer.

use crate::{
	regrets::stored_regrets, CloseInProgress, Config, Forecasts, History, Inferences,
	LatestNetworkInference, NetworkInferencesAt, OpenNonces, Pallet, RecordOf, WorkerCommitments,
};
use alloc::vec::Vec;
use allora_synthesis::{regrets::RegretKey, Fixed};
use codec::{Decode, Encode};
use pallet_topics::{QueryError, TopicId};
use polkadot_sdk::frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// A topic's network inference of one worker nonce (synthesis spec §2), each list sorted by
/// account.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct NetworkInferenceView<AccountId, BlockNumber> {
	/// The worker nonce (the block its epoch started).
	pub nonce: BlockNumber,
	/// The network inference.
	pub combined: Fixed,
	/// The inferers-only ("naive") network inference.
	pub naive: Fixed,
	/// Each forecaster's forecast-implied inference.
	pub forecast_implied: Vec<(AccountId, Fixed)>,
	/// The network inference without each inferer.
	pub one_out_inferers: Vec<(AccountId, Fixed)>,
	/// The network inference without each forecaster.
	pub one_out_forecasters: Vec<(AccountId, Fixed)>,
	/// The naive inference plus each forecaster alone.
	pub one_in_forecasters: Vec<(AccountId, Fixed)>,
	/// Each inferer's weight in the combined inference.
	pub inferer_weights: Vec<(AccountId, Fixed)>,
	/// Each forecaster's weight in the combined inference.
	pub forecaster_weights: Vec<(AccountId, Fixed)>,
	/// The 2.28, 15.87, 50, 84.13 and 97.72 weighted percentiles (empty on the simple paths).
	pub confidence_interval: Vec<Fixed>,
}

impl<AccountId, BlockNumber> NetworkInferenceView<AccountId, BlockNumber> {
	fn new<N: polkadot_sdk::frame_support::traits::Get<u32>>(
		nonce: BlockNumber,
		r: crate::NetworkInferenceRecord<AccountId, N>,
	) -> Self {
		NetworkInferenceView {
			nonce,
			combined: r.combined,
			naive: r.naive,
			forecast_implied: r.forecast_implied.into_inner(),
			one_out_inferers: r.one_out_inferers.into_inner(),
			one_out_forecasters: r.one_out_forecasters.into_inner(),
			one_in_forecasters: r.one_in_forecasters.into_inner(),
			inferer_weights: r.inferers.into_iter().zip(r.inferer_weights).collect(),
			forecaster_weights: r.forecaster_weights.into_inner(),
			confidence_interval: r.confidence_interval.into_inner(),
		}
	}
}

/// The payloads of one worker nonce as stored: after the window closed, those of its active
/// sets (the others were deleted), each list sorted by account.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PayloadsView<AccountId> {
	/// `(inferer, inference)`.
	pub inferences: Vec<(AccountId, Fixed)>,
	/// `(forecaster, [(inferer, forecasted loss)])`.
	pub forecasts: Vec<(AccountId, Vec<(AccountId, Fixed)>)>,
	/// On a commit–reveal topic, the workers that committed to a payload (sorted): those
	/// without a payload above have not revealed (yet). Empty on other topics.
	pub committed: Vec<AccountId>,
}

/// Stored regrets with their keys, sorted by key.
pub type RegretList<AccountId> = Vec<(RegretKey<AccountId>, Fixed)>;

/// The nonce's state in its topic, or why it has none.
enum NonceState {
	Open,
	Closing,
	Kept,
}

impl<T: Config> Pallet<T> {
	fn nonce_state(topic_id: TopicId, nonce: BlockNumberFor<T>) -> Result<NonceState, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		if OpenNonces::<T>::get(topic_id).contains(&nonce) {
			Ok(NonceState::Open)
		} else if History::<T>::get(topic_id).contains(&nonce) {
			Ok(NonceState::Kept)
		} else if CloseInProgress::<T>::get()
			.is_some_and(|p| (p.topic_id, p.nonce) == (topic_id, nonce))
		{
			Ok(NonceState::Closing)
		} else {
			Err(QueryError::NonceNotKept)
		}
	}

	/// The latest network inference of a topic, whole.
	pub fn latest_network_inference(
		topic_id: TopicId,
	) -> Result<NetworkInferenceView<T::AccountId, BlockNumberFor<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		let latest =
			LatestNetworkInference::<T>::get(topic_id).ok_or(QueryError::NoInferenceYet)?;
		Self::network_inference(topic_id, latest.nonce)
	}

	/// The network inference of a kept worker nonce.
	pub fn network_inference(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
	) -> Result<NetworkInferenceView<T::AccountId, BlockNumberFor<T>>, QueryError> {
		match Self::nonce_state(topic_id, nonce)? {
			NonceState::Open => Err(QueryError::NonceOpen),
			NonceState::Closing => Err(QueryError::NonceClosing),
			NonceState::Kept => {
				let record: RecordOf<T> = NetworkInferencesAt::<T>::get(topic_id, nonce)
					.ok_or(QueryError::NoInference)?;
				Ok(NetworkInferenceView::new(nonce, record))
			},
		}
	}

	/// The inferences and forecasts of an open, closing or kept worker nonce, and who committed
	/// (commit–reveal topics): a payload is stored, and so shown, only from its reveal on.
	pub fn payloads(
		topic_id: TopicId,
		nonce: BlockNumberFor<T>,
	) -> Result<PayloadsView<T::AccountId>, QueryError> {
		Self::nonce_state(topic_id, nonce)?;
		let key = (topic_id, nonce);
		let mut inferences: Vec<_> = Inferences::<T>::iter_prefix(key).collect();
		inferences.sort_by(|a, b| a.0.cmp(&b.0));
		let mut forecasts: Vec<_> = Forecasts::<T>::iter_prefix(key)
			.map(|(who, f)| (who, f.into_iter().map(|e| (e.inferer, e.value)).collect()))
			.collect();
		forecasts.sort_by(|a, b| a.0.cmp(&b.0));
		let mut committed: Vec<_> = WorkerCommitments::<T>::iter_key_prefix(key).collect();
		committed.sort();
		Ok(PayloadsView { inferences, forecasts, committed })
	}

	/// Every stored regret of a topic about `worker` (as the worker whose regret it is, and as
	/// the withheld or added worker of a one-out or one-in table), sorted by key; a regret that
	/// is not stored is the topic's initial regret.
	pub fn regrets_of(
		topic_id: TopicId,
		worker: &T::AccountId,
	) -> Result<RegretList<T::AccountId>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		let mut about: Vec<_> = stored_regrets::<T>(topic_id)
			.into_iter()
			.filter(|(key, _)| key.names(worker))
			.collect();
		about.sort_by(|a, b| a.0.cmp(&b.0));
		Ok(about)
	}

	/// The worker nonces of a topic whose windows are open, oldest first.
	pub fn open_nonces(topic_id: TopicId) -> Result<Vec<BlockNumberFor<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		Ok(OpenNonces::<T>::get(topic_id).into_inner())
	}

	/// The closed worker nonces of a topic whose records are kept, oldest first.
	pub fn kept_nonces(topic_id: TopicId) -> Result<Vec<BlockNumberFor<T>>, QueryError> {
		pallet_topics::Pallet::<T>::queried_topic(topic_id)?;
		Ok(History::<T>::get(topic_id).into_inner())
	}
}
