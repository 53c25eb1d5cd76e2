//! What every `allora_*` JSON-RPC method of the node shares (each pallet's RPC crate,
//! `pallets/<name>/rpc`, adds its methods to [`AlloraRpc`]):
//!
//! - a query is answered at a block, the best one unless `at` names another
//!   ([`AlloraRpc::api_at`]);
//! - every number is an exact decimal string where JavaScript would round it: amounts
//!   (`"75000"`) and fixed-point values (`"0.25"`); block numbers, counts and ids are numbers;
//! - a [`QueryError`] is a JSON-RPC error with its own code (8000 + its index) and message
//!   ([`query_error`]); a runtime call that fails is error [`RUNTIME_ERROR`].

#![warn(missing_docs)]

use std::{marker::PhantomData, sync::Arc};

use allora_primitives::QueryError;
use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	types::{ErrorObject, ErrorObjectOwned},
};
use polkadot_sdk::{
	sp_api::{ApiError, ApiRef, ProvideRuntimeApi},
	sp_blockchain::HeaderBackend,
	sp_runtime::traits::Block as BlockT,
};

#[cfg(any(test, feature = "testing"))]
pub mod testing;

/// What an account id or a block number is to cross the RPC: SCALE to the runtime, JSON to the
/// client.
pub trait RpcValue:
	Codec + Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static
{
}
impl<T> RpcValue for T where
	T: Codec + Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static
{
}

/// What an amount is to cross the RPC: SCALE to the runtime, a decimal string to the client
/// (`allora_primitives::json::decimal`).
pub trait RpcAmount:
	Codec + Clone + Send + Sync + std::fmt::Display + std::str::FromStr + TryFrom<u128> + 'static
{
}
impl<T> RpcAmount for T where
	T: Codec
		+ Clone
		+ Send
		+ Sync
		+ std::fmt::Display
		+ std::str::FromStr
		+ TryFrom<u128>
		+ 'static
{
}

/// What a block hash (`at`) is to cross the RPC.
pub trait RpcBlockHash: Clone + Send + Sync + serde::de::DeserializeOwned + 'static {}
impl<T: Clone + Send + Sync + serde::de::DeserializeOwned + 'static> RpcBlockHash for T {}

/// The error code of a runtime API call that failed (the runtime could not answer at all).
pub const RUNTIME_ERROR: i32 = 8100;

/// A [`QueryError`] as a JSON-RPC error.
pub fn query_error(e: QueryError) -> ErrorObjectOwned {
	ErrorObject::owned(e.code(), e.message(), None::<()>)
}

/// A failed runtime API call as a JSON-RPC error.
pub fn runtime_error(e: ApiError) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "the runtime API call failed", Some(e.to_string()))
}

/// The answer of a runtime API query that may refuse: its value, or its error.
pub fn answer<T>(r: Result<Result<T, QueryError>, ApiError>) -> RpcResult<T> {
	r.map_err(runtime_error)?.map_err(query_error)
}

/// The answer of a runtime API query that always has one.
pub fn value<T>(r: Result<T, ApiError>) -> RpcResult<T> {
	r.map_err(runtime_error)
}

/// The `allora_*` methods over a client of the chain: each pallet's RPC crate implements its
/// server trait (`TopicsRpcServer`, `InferenceRpcServer`, ...) for this one type.
pub struct AlloraRpc<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> AlloraRpc<C, Block> {
	/// The methods over `client`.
	pub fn new(client: Arc<C>) -> Self {
		AlloraRpc { client, _block: PhantomData }
	}
}

impl<C: ProvideRuntimeApi<Block> + HeaderBackend<Block>, Block: BlockT> AlloraRpc<C, Block> {
	/// The runtime API, and the block a query is asked at: `at`, or the best block.
	pub fn api_at(&self, at: Option<Block::Hash>) -> (ApiRef<'_, C::Api>, Block::Hash) {
		(self.client.runtime_api(), at.unwrap_or_else(|| self.client.info().best_hash))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn every_query_error_has_its_own_code_and_runtime_failures_theirs() {
		let all = [
			QueryError::NoSuchTopic,
			QueryError::NonceOpen,
			QueryError::NonceNotKept,
			QueryError::NoInference,
			QueryError::NoInferenceYet,
		];
		let codes: std::collections::BTreeSet<_> =
			all.iter().map(|e| query_error(*e).code()).collect();
		assert_eq!(codes.len(), all.len());
		assert!(!codes.contains(&RUNTIME_ERROR));
		let failed = runtime_error(ApiError::Application("boom".into()));
		assert_eq!(
			(failed.code(), failed.message()),
			(RUNTIME_ERROR, "the runtime API call failed")
		);
	}
}
