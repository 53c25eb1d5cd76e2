//! The runtime APIs: what a collator, a full node and polkadot.js apps call into the runtime.

use alloc::vec::Vec;

use polkadot_sdk::*;

use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_aura::Authorities;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use pallet_inference_runtime_api::{
	NetworkInferenceView, PayloadsView, QueryError, RegretList, TopicId,
};

use super::{
	AccountId, Balance, Block, BlockNumber, ConsensusHook, Emissions, Executive, Inference,
	InherentDataExt, Nonce, ParachainInfo, ParachainSystem, Reputation, Runtime, RuntimeCall,
	RuntimeGenesisConfig, SessionKeys, System, Topics, TransactionPayment, SLOT_DURATION, VERSION,
};

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_inference_runtime_api::InferenceApi<Block, AccountId, BlockNumber> for Runtime {
		fn latest_network_inference(
			topic_id: TopicId,
		) -> Result<NetworkInferenceView<AccountId, BlockNumber>, QueryError> {
			Inference::latest_network_inference(topic_id)
		}

		fn network_inference(
			topic_id: TopicId,
			nonce: BlockNumber,
		) -> Result<NetworkInferenceView<AccountId, BlockNumber>, QueryError> {
			Inference::network_inference(topic_id, nonce)
		}

		fn payloads(topic_id: TopicId, nonce: BlockNumber) -> Result<PayloadsView<AccountId>, QueryError> {
			Inference::payloads(topic_id, nonce)
		}

		fn regrets(
			topic_id: TopicId,
			worker: AccountId,
		) -> Result<RegretList<AccountId>, QueryError> {
			Inference::regrets_of(topic_id, &worker)
		}

		fn open_nonces(topic_id: TopicId) -> Result<Vec<BlockNumber>, QueryError> {
			Inference::open_nonces(topic_id)
		}

		fn kept_nonces(topic_id: TopicId) -> Result<Vec<BlockNumber>, QueryError> {
			Inference::kept_nonces(topic_id)
		}

		fn params() -> pallet_inference::InferenceParams {
			pallet_inference::Params::<Runtime>::get()
		}
	}

	impl pallet_topics_runtime_api::TopicsApi<Block, AccountId, BlockNumber, Balance> for Runtime {
		fn topic(
			topic_id: TopicId,
		) -> Result<pallet_topics::TopicView<AccountId, BlockNumber, Balance>, QueryError> {
			Topics::topic_view(topic_id)
		}

		fn topic_count() -> TopicId {
			Topics::topic_count()
		}

		fn params() -> pallet_topics::TopicsParams {
			pallet_topics::Params::<Runtime>::get()
		}

		fn roles(topic_id: TopicId, account: AccountId) -> Result<Vec<pallet_topics::Role>, QueryError> {
			Topics::roles(topic_id, &account)
		}

		fn score(
			topic_id: TopicId,
			task: pallet_topics::RewardTask,
			account: AccountId,
		) -> Result<Option<pallet_topics::ScoreEma<BlockNumber>>, QueryError> {
			Topics::score_ema(topic_id, task, &account)
		}
	}

	impl pallet_reputation_runtime_api::ReputationApi<Block, AccountId, BlockNumber, Balance> for Runtime {
		fn reputer_stake(
			topic_id: TopicId,
			reputer: AccountId,
		) -> Result<pallet_reputation::ReputerStakeView<Balance, BlockNumber>, QueryError> {
			Reputation::reputer_stake(topic_id, &reputer)
		}

		fn delegation(
			topic_id: TopicId,
			reputer: AccountId,
			delegator: AccountId,
		) -> Result<pallet_reputation::DelegationView<Balance, BlockNumber>, QueryError> {
			Reputation::delegation(topic_id, &reputer, &delegator)
		}

		fn stake_totals(topic_id: TopicId) -> Result<pallet_reputation::StakeTotals<Balance>, QueryError> {
			Reputation::stake_totals(topic_id)
		}

		fn reputer_scores(
			topic_id: TopicId,
			nonce: BlockNumber,
		) -> Result<Vec<(AccountId, allora_synthesis::Fixed)>, QueryError> {
			Reputation::reputer_scores_at(topic_id, nonce)
		}

		fn open_reputer_nonces(
			topic_id: TopicId,
		) -> Result<Vec<pallet_reputation::ReputerWindowView<AccountId, BlockNumber>>, QueryError> {
			Reputation::open_reputer_nonces(topic_id)
		}

		fn params() -> pallet_reputation::ReputationParams {
			pallet_reputation::Params::<Runtime>::get()
		}
	}

	impl pallet_emissions_runtime_api::EmissionsApi<Block, Balance> for Runtime {
		fn emission() -> pallet_emissions::EmissionView<Balance> {
			Emissions::emission()
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as BlockT>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl cumulus_primitives_core::KeyToIncludeInRelayProof<Block> for Runtime {
		/// No relay-chain storage beyond what parachain-system always proves.
		fn keys_to_prove() -> cumulus_primitives_core::RelayProofRequest {
			Default::default()
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			0
		}

		fn max_claim_queue_offset() -> u8 {
			1
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select).unwrap()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::election_benchmarking::Pallet as ElectionBench;
			use pallet_xcm::benchmarking::Pallet as PalletXcmBench;
			use super::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, AllPalletsWithSystem::storage_info())
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{BenchmarkBatch, BenchmarkError};
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::election_benchmarking::Pallet as ElectionBench;
			use pallet_xcm::benchmarking::Pallet as PalletXcmBench;
			use super::*;

			impl frame_system_benchmarking::Config for Runtime {
				fn setup_set_code_requirements(code: &Vec<u8>) -> Result<(), BenchmarkError> {
					ParachainSystem::initialize_for_set_code_benchmark(code.len() as u32);
					Ok(())
				}

				fn verify_set_code() {
					System::assert_last_event(
						cumulus_pallet_parachain_system::Event::<Runtime>::ValidationFunctionStored.into(),
					);
				}
			}

			let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			if batches.is_empty() {
				return Err("Benchmark not found for this pallet.".into());
			}
			Ok(batches)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}

/// The benchmarks the runtime exposes to `allora-node benchmark pallet`.
#[cfg(feature = "runtime-benchmarks")]
mod benches {
	polkadot_sdk::frame_benchmarking::define_benchmarks!(
		[frame_system, SystemBench::<Runtime>]
		[pallet_balances, Balances]
		[pallet_timestamp, Timestamp]
		[pallet_sudo, Sudo]
		[pallet_utility, Utility]
		[pallet_topics, Topics]
		[pallet_inference, Inference]
		[pallet_reputation, Reputation]
		[pallet_emissions, Emissions]
		[frame_election_provider_support, ElectionBench::<Runtime>]
		[pallet_staking, Staking]
		[pallet_xcm, PalletXcmBench::<Runtime>]
	);
}
