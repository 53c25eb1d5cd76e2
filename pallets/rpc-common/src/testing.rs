//! A client over a mocked runtime API (`sp_api::mock_impl_runtime_apis!`), for the tests of the
//! `allora_*` RPC crates: its best block is the default hash, and it answers every runtime API
//! call with the mock.

use polkadot_sdk::{
	sp_api::{ApiRef, ProvideRuntimeApi},
	sp_blockchain::{BlockStatus, HeaderBackend, Info, Result},
	sp_runtime::{
		generic,
		traits::{BlakeTwo256, Block as BlockT, NumberFor},
		OpaqueExtrinsic,
	},
};

/// The block type of the tests.
pub type Block = generic::Block<generic::Header<u32, BlakeTwo256>, OpaqueExtrinsic>;
/// Its hash.
pub type Hash = <Block as BlockT>::Hash;

/// A chain of one block whose runtime is `Api`.
pub struct MockClient<Api>(pub Api);

impl<Api: Clone + polkadot_sdk::sp_api::ApiExt<Block>> ProvideRuntimeApi<Block>
	for MockClient<Api>
{
	type Api = Api;
	fn runtime_api(&self) -> ApiRef<'_, Api> {
		self.0.clone().into()
	}
}

impl<Api: Send + Sync> HeaderBackend<Block> for MockClient<Api> {
	fn header(&self, _: Hash) -> Result<Option<<Block as BlockT>::Header>> {
		Ok(None)
	}
	fn info(&self) -> Info<Block> {
		Info {
			best_hash: Hash::default(),
			best_number: 0,
			genesis_hash: Hash::default(),
			finalized_hash: Hash::default(),
			finalized_number: 0,
			finalized_state: None,
			number_leaves: 0,
			block_gap: None,
		}
	}
	fn status(&self, _: Hash) -> Result<BlockStatus> {
		Ok(BlockStatus::InChain)
	}
	fn number(&self, _: Hash) -> Result<Option<NumberFor<Block>>> {
		Ok(Some(0))
	}
	fn hash(&self, _: NumberFor<Block>) -> Result<Option<Hash>> {
		Ok(None)
	}
}
