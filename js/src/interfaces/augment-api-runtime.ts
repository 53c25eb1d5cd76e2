// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, Vec, bool, i128, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { ParaId } from '@polkadot/types/interfaces/parachains';
import type { AccountId32, Call, H256, Slot, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { AlloraPrimitivesQueryQueryError, AlloraPrimitivesTopicRewardTask, AlloraPrimitivesTopicRole, AlloraSynthesisRegretsRegretKey, CumulusPrimitivesCoreCollationInfo, CumulusPrimitivesCoreRelayProofRequest, FrameSupportViewFunctionsViewFunctionDispatchError, FrameSupportViewFunctionsViewFunctionId, PalletEmissionsQueriesEmissionView, PalletInferenceParamsInferenceParams, PalletInferenceQueriesNetworkInferenceView, PalletInferenceQueriesPayloadsView, PalletReputationParamsReputationParams, PalletReputationQueriesDelegationView, PalletReputationQueriesReputerStakeView, PalletReputationQueriesReputerWindowView, PalletReputationQueriesStakeTotals, PalletTopicsParamsTopicsParams, PalletTopicsQueriesTopicView, PalletTopicsScoreEma, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
    };
    /** 0xd7bdd8a272ca0d65/ */
    auraUnincludedSegmentApi: {
      /**
       * Whether it is legal to extend the chain, assuming the given block is the most, recently included one as-of the relay parent that will be built against, and, the given relay chain slot.,, This should be consistent with the logic the runtime uses when validating blocks to, avoid issues.,, When the unincluded segment is empty, i.e. `included_hash == at`, where at is the block, whose state we are querying against, this must always return `true` as long as the slot, is more recent than the included block itself.
       **/
      canBuildUpon: AugmentedCall<ApiType, (included_hash: H256 | string | Uint8Array, slot: Slot | AnyNumber | Uint8Array) => Observable<bool>>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
    };
    /** 0xea93e3f16f3d6962/ */
    collectCollationInfo: {
      /**
       * Collect information about a collation.,, The given `header` is the header of the built block for that, we are collecting the collation info for.
       **/
      collectCollationInfo: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<CumulusPrimitivesCoreCollationInfo>>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
    };
    /** 0xf19219bacd628c01/ */
    emissionsApi: {
      /**
       * The emission schedule's and the reward formulas' parameters, the current emission, rates and the running totals.
       **/
      emission: AugmentedCall<ApiType, () => Observable<PalletEmissionsQueriesEmissionView>>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
    };
    /** 0xa2ddb6a58477bf63/ */
    getParachainInfo: {
      /**
       * Retrieve the parachain id used for runtime.
       **/
      parachainId: AugmentedCall<ApiType, () => Observable<ParaId>>;
    };
    /** 0xf4bf6a478a6a8dc2/ */
    inferenceApi: {
      /**
       * The closed worker nonces whose records the topic keeps, oldest first.
       **/
      keptNonces: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<Vec<u32>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The topic's latest network inference, whole (`NoInferenceYet` before its first).
       **/
      latestNetworkInference: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<PalletInferenceQueriesNetworkInferenceView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The network inference of a worker nonce the topic keeps (`NonceOpen` while its, window is open, `NonceNotKept` once pruned, `NoInference` if it closed without one).
       **/
      networkInference: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, nonce: u32 | AnyNumber | Uint8Array) => Observable<Result<PalletInferenceQueriesNetworkInferenceView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The worker nonces whose windows are open, oldest first.
       **/
      openNonces: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<Vec<u32>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The inference pallet's parameters.
       **/
      params: AugmentedCall<ApiType, () => Observable<PalletInferenceParamsInferenceParams>>;
      /**
       * The inferences and forecasts of an open or kept worker nonce.
       **/
      payloads: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, nonce: u32 | AnyNumber | Uint8Array) => Observable<Result<PalletInferenceQueriesPayloadsView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * Every stored regret of the topic about `worker`; any other is the topic's initial, regret.
       **/
      regrets: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, worker: AccountId32 | string | Uint8Array) => Observable<Result<Vec<ITuple<[AlloraSynthesisRegretsRegretKey, i128]>>, AlloraPrimitivesQueryQueryError>>>;
    };
    /** 0x075f8cd374350e84/ */
    keyToIncludeInRelayProof: {
      /**
       * Returns relay chain storage proof requests.,, The collator will include them in the relay chain proof that is passed alongside the parachain inherent into the runtime.
       **/
      keysToProve: AugmentedCall<ApiType, () => Observable<CumulusPrimitivesCoreRelayProofRequest>>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
    };
    /** 0x04e70521a0d3d2f8/ */
    relayParentOffsetApi: {
      /**
       * Maximum claim queue offset for async backing flexibility.,, Bounds how far "into the future" a candidate may look in the claim queue when, selecting a core. The effective claim queue depth depends on the candidate version:,, - **V1/V2 candidates**: the claim queue is looked up at the candidate's `relay_parent`,,   which is `relay_parent_offset` blocks behind the relay-chain tip. The effective,   depth is `relay_parent_offset + max_claim_queue_offset`.,, - **V3 candidates**: the claim queue is looked up at the candidate's,   `scheduling_parent` — the relay-chain block of the *last finished* slot, decoupled,   from the execution-context `relay_parent`. The effective depth is just,   `max_claim_queue_offset`.,, Collators select a core via an offset in `[0, max_claim_queue_offset]`.,, - **V2 candidates**: `max_claim_queue_offset = 1` is sufficient. The claim queue is,   looked up at `relay_parent`, which sits behind the tip. Offset 0 covers synchronous,   backing in the next relay block; offset 1 covers asynchronous backing in the relay,   block after that.,, - **V3 candidates**: offset 0 is not reachable — the `scheduling_parent`,   is usually the leaf when picked, but its child is already being built, so there is,   no opportunity to land in the next relay block. Offset 1 is reachable under,   synchronous-backing semantics. For elastic scaling the last block in the bundle is,   built near the end of the current slot, which makes offset 1 too tight —,   `max_claim_queue_offset = 2` is the minimum cap that keeps elastic scaling viable.,, Note: this method was added in `api_version = 2`. Collators calling on runtimes that, only implement `api_version = 1` of [`RelayParentOffsetApi`] will receive an error, and should fall back to a sensible default (current collator defaults: `1` on the, V3 path, `0` on the V1/V2 path).,, See: <https://github.com/paritytech/polkadot-sdk/issues/8893>
       **/
      maxClaimQueueOffset: AugmentedCall<ApiType, () => Observable<u8>>;
      /**
       * Fetch the relay parent offset that is expected from the relay chain.,, This determines how many blocks behind the relay chain tip the relay parent should be.
       **/
      relayParentOffset: AugmentedCall<ApiType, () => Observable<u32>>;
    };
    /** 0xd067af78e8a329d9/ */
    reputationApi: {
      /**
       * A delegator's stake on a reputer, the rewards it may collect and its pending removal.
       **/
      delegation: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, reputer: AccountId32 | string | Uint8Array, delegator: AccountId32 | string | Uint8Array) => Observable<Result<PalletReputationQueriesDelegationView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The open reputer windows, oldest first, with who committed in each (commit–reveal, topics).
       **/
      openReputerNonces: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<Vec<PalletReputationQueriesReputerWindowView>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * The reputation pallet's parameters.
       **/
      params: AugmentedCall<ApiType, () => Observable<PalletReputationParamsReputationParams>>;
      /**
       * The reputer scores of a closed reputer nonce the topic keeps.
       **/
      reputerScores: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, nonce: u32 | AnyNumber | Uint8Array) => Observable<Result<Vec<ITuple<[AccountId32, i128]>>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * A reputer's own and delegated stake in a topic, its listening coefficient and its, pending removal.
       **/
      reputerStake: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, reputer: AccountId32 | string | Uint8Array) => Observable<Result<PalletReputationQueriesReputerStakeView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * A topic's stake and the network's.
       **/
      stakeTotals: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<PalletReputationQueriesStakeTotals, AlloraPrimitivesQueryQueryError>>>;
    };
    /** 0xccd9de6396c899ca/ */
    runtimeViewFunction: {
      /**
       * Execute a view function query.
       **/
      executeViewFunction: AugmentedCall<ApiType, (query_id: FrameSupportViewFunctionsViewFunctionId | { prefix?: any; suffix?: any } | string | Uint8Array, input: Bytes | string | Uint8Array) => Observable<Result<Bytes, FrameSupportViewFunctionsViewFunctionDispatchError>>>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
    };
    /** 0xc55f89dce1ccf5bd/ */
    topicsApi: {
      /**
       * The topics pallet's parameters.
       **/
      params: AugmentedCall<ApiType, () => Observable<PalletTopicsParamsTopicsParams>>;
      /**
       * The roles `account` holds in a topic.
       **/
      roles: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, account: AccountId32 | string | Uint8Array) => Observable<Result<Vec<AlloraPrimitivesTopicRole>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * A participant's score EMA in a topic's task (`None`: never scored).
       **/
      score: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array, task: AlloraPrimitivesTopicRewardTask | 'Inference' | 'Forecast' | 'Reputation' | number | Uint8Array, account: AccountId32 | string | Uint8Array) => Observable<Result<Option<PalletTopicsScoreEma>, AlloraPrimitivesQueryQueryError>>>;
      /**
       * A topic with its parameters and state.
       **/
      topic: AugmentedCall<ApiType, (topic_id: u64 | AnyNumber | Uint8Array) => Observable<Result<PalletTopicsQueriesTopicView, AlloraPrimitivesQueryQueryError>>>;
      /**
       * How many topics were ever created: topic ids are `1..=topic_count`.
       **/
      topicCount: AugmentedCall<ApiType, () => Observable<u64>>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
  } // AugmentedCalls
} // declare module
