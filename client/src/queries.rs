//! What the client reads from the chain, at a given block: each read through the pallets'
//! runtime APIs where they have one, else their storage; each error a sentence that says what
//! could not be read.

use crate::chain::{
	allora::{self, runtime_types},
	AccountId, AtBlock,
};
use allora_synthesis::Fixed;
use std::collections::BTreeMap;

/// A topic's view (`topicsApi.topic`).
pub type TopicView = runtime_types::pallet_topics::queries::TopicView<AccountId, u32, u128>;
/// A network inference's record (`inferenceApi.networkInference`).
pub type NetworkInferenceView =
	runtime_types::pallet_inference::queries::NetworkInferenceView<AccountId, u32>;
/// An open reputer window (`reputationApi.openReputerNonces`).
pub type ReputerNonce =
	runtime_types::pallet_reputation::queries::ReputerWindowView<AccountId, u32>;

/// Calls a runtime API at `at`.
pub async fn call<P: subxt::runtime_apis::Payload>(
	at: &AtBlock,
	payload: P,
) -> Result<P::ReturnType, String> {
	at.runtime_apis()
		.call(payload)
		.await
		.map_err(|e| format!("runtime API call at block {}: {e}", at.block_number()))
}

/// A runtime API answer that may be a query error (`NoSuchTopic`, `NonceNotKept`, …).
fn answer<T, E: std::fmt::Debug>(what: &str, r: Result<T, E>) -> Result<T, String> {
	r.map_err(|e| format!("{what}: {e:?}"))
}

/// The topic `id`.
pub async fn topic(at: &AtBlock, id: u64) -> Result<TopicView, String> {
	answer(&format!("topic {id}"), call(at, allora::runtime_apis().topics_api().topic(id)).await?)
}

/// The topic's open worker nonces, oldest first.
pub async fn open_nonces(at: &AtBlock, id: u64) -> Result<Vec<u32>, String> {
	answer(
		&format!("topic {id}"),
		call(at, allora::runtime_apis().inference_api().open_nonces(id)).await?,
	)
}

/// The topic's kept (closed) worker nonces, oldest first.
pub async fn kept_nonces(at: &AtBlock, id: u64) -> Result<Vec<u32>, String> {
	answer(
		&format!("topic {id}"),
		call(at, allora::runtime_apis().inference_api().kept_nonces(id)).await?,
	)
}

/// The topic's open reputer nonces, oldest first.
pub async fn open_reputer_nonces(at: &AtBlock, id: u64) -> Result<Vec<ReputerNonce>, String> {
	let mut open = answer(
		&format!("topic {id}"),
		call(at, allora::runtime_apis().reputation_api().open_reputer_nonces(id)).await?,
	)?;
	open.sort_by_key(|n| n.nonce);
	Ok(open)
}

/// A nonce's payloads: the inferences and the forecasts (`(inferer, value)` lists), by account
/// (`verify` reads and writes them as JSON, and recomputes from them).
#[derive(Clone, Debug, PartialEq)]
pub struct PayloadSet {
	/// `inferer → inference`.
	pub inferences: BTreeMap<AccountId, Fixed>,
	/// `forecaster → [(inferer, forecasted loss)]`.
	pub forecasts: BTreeMap<AccountId, Vec<(AccountId, Fixed)>>,
}

/// The payloads of an open or kept nonce.
pub async fn payloads(at: &AtBlock, id: u64, nonce: u32) -> Result<PayloadSet, String> {
	let view = answer(
		&format!("topic {id} nonce {nonce}"),
		call(at, allora::runtime_apis().inference_api().payloads(id, nonce)).await?,
	)?;
	Ok(PayloadSet {
		inferences: view.inferences.into_iter().map(|(w, v)| (w, v.0)).collect(),
		forecasts: view
			.forecasts
			.into_iter()
			.map(|(k, f)| (k, f.into_iter().map(|(j, v)| (j, v.0)).collect()))
			.collect(),
	})
}

/// The network inference of a kept nonce.
pub async fn network_inference(
	at: &AtBlock,
	id: u64,
	nonce: u32,
) -> Result<NetworkInferenceView, String> {
	answer(
		&format!("topic {id} nonce {nonce}"),
		call(at, allora::runtime_apis().inference_api().network_inference(id, nonce)).await?,
	)
}

/// The topic's registered workers.
pub async fn workers(at: &AtBlock, id: u64) -> Result<Vec<AccountId>, String> {
	let entry = at
		.storage()
		.entry(allora::storage().topics().registrations())
		.map_err(|e| e.to_string())?;
	let role = runtime_types::allora_primitives::topic::Role::Worker;
	let mut iter = entry.iter(((id, role),)).await.map_err(|e| format!("registrations: {e}"))?;
	let mut out = Vec::new();
	while let Some(kv) = iter.next().await {
		let kv = kv.map_err(|e| format!("registrations: {e}"))?;
		let (_, who) = kv.key().and_then(|k| k.decode()).map_err(|e| e.to_string())?;
		out.push(who);
	}
	out.sort();
	Ok(out)
}

/// Whether `reputer` has reported on the nonce.
pub async fn has_reported(
	at: &AtBlock,
	id: u64,
	nonce: u32,
	reputer: &AccountId,
) -> Result<bool, String> {
	let entry = at
		.storage()
		.entry(allora::storage().reputation().loss_reports())
		.map_err(|e| e.to_string())?;
	let found =
		entry.try_fetch(((id, nonce), *reputer)).await.map_err(|e| format!("loss reports: {e}"))?;
	Ok(found.is_some())
}

/// Whether `worker` committed to a payload at the nonce (commit–reveal topics).
pub async fn worker_committed(
	at: &AtBlock,
	id: u64,
	nonce: u32,
	worker: &AccountId,
) -> Result<bool, String> {
	let entry = at
		.storage()
		.entry(allora::storage().inference().worker_commitments())
		.map_err(|e| e.to_string())?;
	let found = entry
		.try_fetch(((id, nonce), *worker))
		.await
		.map_err(|e| format!("worker commitments: {e}"))?;
	Ok(found.is_some())
}
