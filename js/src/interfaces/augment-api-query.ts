// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { BTreeMap, BTreeSet, Bytes, Compact, Null, Option, U8aFixed, Vec, bool, i128, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill, Percent } from '@polkadot/types/interfaces/runtime';
import type { AlloraPrimitivesInterfacesScoredReputer, AlloraPrimitivesLossesLossReport, AlloraPrimitivesLossesStoredLossReport, AlloraPrimitivesTopic, AlloraPrimitivesTopicRewardTask, AlloraPrimitivesTopicRole, AlloraRuntimeSessionKeys, AlloraSynthesisRegretStorageRegretSlot, AlloraSynthesisRegretStorageStoredRow, AlloraSynthesisRegretsRegretRow, CumulusPalletParachainSystemBlockWeightBlockWeightMode, CumulusPalletParachainSystemParachainInherentInboundMessageId, CumulusPalletParachainSystemPoVMessages, CumulusPalletParachainSystemRelayStateSnapshotMessagingStateSnapshot, CumulusPalletParachainSystemUnincludedSegmentAncestor, CumulusPalletParachainSystemUnincludedSegmentSegmentTracker, CumulusPalletXcmpQueueOutboundChannelDetails, CumulusPalletXcmpQueueQueueConfigData, CumulusPrimitivesCoreAggregateMessageOrigin, FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, PalletAssetsApproval, PalletAssetsAssetAccount, PalletAssetsAssetDetails, PalletAssetsAssetMetadata, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletEmissionsMintParams, PalletEmissionsParamsRewardParams, PalletInferenceCloseProgress, PalletInferenceClosingPayloads, PalletInferenceForecastElement, PalletInferenceLatestInference, PalletInferenceNetworkInferenceRecord, PalletInferenceParamsInferenceParams, PalletInferenceRegretUpdate, PalletMessageQueueBookState, PalletMessageQueuePage, PalletReputationParamsReputationParams, PalletReputationRemoval, PalletReputationReputerNonce, PalletReputationStakeKey, PalletStakingActiveEraInfo, PalletStakingEraRewardPoints, PalletStakingForcing, PalletStakingNominations, PalletStakingRewardDestination, PalletStakingSlashingSlashingSpans, PalletStakingSlashingSpanRecord, PalletStakingStakingLedger, PalletStakingUnappliedSlash, PalletStakingValidatorPrefs, PalletTopicsParamsTopicsParams, PalletTopicsRegistration, PalletTopicsScoreEma, PalletTransactionPaymentReleases, PalletXcmAuthorizedAliasesEntry, PalletXcmQueryStatus, PalletXcmRemoteLockedFungibleRecord, PalletXcmVersionMigrationStage, PolkadotCorePrimitivesOutboundHrmpMessage, PolkadotPrimitivesV9AbridgedHostConfiguration, PolkadotPrimitivesV9PersistedValidationData, PolkadotPrimitivesV9UpgradeGoAhead, PolkadotPrimitivesV9UpgradeRestriction, SpConsensusAuraSr25519AppSr25519Public, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpStakingExposure, SpStakingExposurePage, SpStakingPagedExposureMetadata, SpTrieStorageProof, SpWeightsWeightV2Weight, StagingXcmV5Instruction, StagingXcmV5Location, XcmVersionedAssetId, XcmVersionedLocation } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    auraExt: {
      /**
       * Serves as cache for the authorities.
       * 
       * The authorities in AuRa are overwritten in `on_initialize` when we switch to a new session,
       * but we require the old authorities to verify the seal when validating a PoV. This will
       * always be updated to the latest AuRa authorities in `on_finalize`.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * Current relay chain slot paired with a number of authored blocks.
       * 
       * This is updated in [`FixedVelocityConsensusHook::on_state_proof`] with the current relay
       * chain slot as provided by the relay chain state proof.
       **/
      relaySlotInfo: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u64, u32]>>>, []>;
    };
    authorship: {
      /**
       * Author of current block.
       **/
      author: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    emissions: {
      /**
       * What each block emits until the next recalculation (smallest unit).
       **/
      blockEmission: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Everything this pallet burnt (the validator shares and the finished topics' budgets).
       **/
      burnt: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Everything minted into the ecosystem account so far (at most the ecosystem bucket).
       **/
      ecosystemMinted: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The current emission per staked token per month (`e`), recomputed monthly.
       **/
      emissionPerStakedToken: AugmentedQuery<ApiType, () => Observable<Option<i128>>, []>;
      /**
       * Each topic's forecaster score ratio (EMA of the forecasting task's score over the best
       * inferer's): it sets the forecasters' utility χ.
       **/
      forecasterScoreRatio: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<i128>, [u64]>;
      /**
       * Total issuance at genesis (the base of the issuance invariant).
       **/
      genesisIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * This month's payouts so far: `(all rewards, reputer rewards)`; at the monthly
       * recalculation their ratio becomes `f_rep`.
       **/
      monthRewards: AugmentedQuery<ApiType, () => Observable<ITuple<[u128, u128]>>, []>;
      /**
       * The network's share of the latest block emission, credited to the active topics
       * ([`RewardIndex`]); 0 when no topic was active.
       **/
      networkBlockEmission: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Everything ever moved to the rewards account for topics (their settled shares): it
       * equals `RewardsPaid + RewardsBurnt +` the topics' budgets, to the unit.
       **/
      networkEmitted: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The emission schedule's parameters.
       **/
      params: AugmentedQuery<ApiType, () => Observable<PalletEmissionsMintParams>, []>;
      /**
       * The share of the network's rewards that went to reputers over the last month (`f_rep`,
       * 0 until rewards are paid); it lowers the emission cap as stakers earn more.
       **/
      reputersRewardShare: AugmentedQuery<ApiType, () => Observable<i128>, []>;
      /**
       * The network emission per unit of active topic weight, summed over every block since
       * genesis (tokens per weight): an active topic of weight `w` earns `w ·` its growth.
       **/
      rewardIndex: AugmentedQuery<ApiType, () => Observable<i128>, []>;
      /**
       * The reward formulas' parameters ([`RewardParams`]); the privileged origin changes them
       * with [`set_reward_params`](Pallet::set_reward_params).
       **/
      rewardParameters: AugmentedQuery<ApiType, () => Observable<PalletEmissionsParamsRewardParams>, []>;
      /**
       * Everything burnt from the rewards account: the budgets of topics that finished.
       **/
      rewardsBurnt: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Everything ever paid out of the rewards account to participants.
       **/
      rewardsPaid: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The newest instant scores of each `(topic, task)`, newest epoch first (at most
       * `MaxSamplesToScaleScores`): their standard deviation scales the reward fractions.
       **/
      scoreWindows: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AlloraPrimitivesTopicRewardTask | 'Inference' | 'Forecast' | 'Reputation' | number | Uint8Array) => Observable<Vec<i128>>, [u64, AlloraPrimitivesTopicRewardTask]>;
      /**
       * Each participant's smoothed reward fraction per `(topic, task)` (EMA with
       * `TaskRewardAlpha`, normalised): they set the task's entropy.
       **/
      smoothedFractions: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AlloraPrimitivesTopicRewardTask | 'Inference' | 'Forecast' | 'Reputation' | number | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<i128>>, [u64, AlloraPrimitivesTopicRewardTask, AccountId32]>;
      /**
       * Each active topic's [`RewardIndex`] at its last settlement (absent while inactive).
       **/
      topicIndex: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<i128>>, [u64]>;
      /**
       * Each topic's settled, unpaid share of the network emission (smallest unit), held by
       * the rewards account: its next rewarded epoch pays from it.
       **/
      topicRewardBudget: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u128>, [u64]>;
      /**
       * The validator share burnt from the ecosystem account since the last era payout; the next
       * era pays it to the collators and nominators.
       **/
      validatorRewardsOwed: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    foreignAssets: {
      /**
       * The holdings of a specific account for a specific asset.
       **/
      account: AugmentedQuery<ApiType, (arg1: StagingXcmV5Location | { parents?: any; interior?: any } | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsAssetAccount>>, [StagingXcmV5Location, AccountId32]>;
      /**
       * Approved balance transfers. First balance is the amount approved for transfer. Second
       * is the amount of `T::Currency` reserved for storing this.
       * First key is the asset ID, second key is the owner and third key is the delegate.
       **/
      approvals: AugmentedQuery<ApiType, (arg1: StagingXcmV5Location | { parents?: any; interior?: any } | string | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsApproval>>, [StagingXcmV5Location, AccountId32, AccountId32]>;
      /**
       * Details of an asset.
       **/
      asset: AugmentedQuery<ApiType, (arg: StagingXcmV5Location | { parents?: any; interior?: any } | string | Uint8Array) => Observable<Option<PalletAssetsAssetDetails>>, [StagingXcmV5Location]>;
      /**
       * Metadata of an asset.
       **/
      metadata: AugmentedQuery<ApiType, (arg: StagingXcmV5Location | { parents?: any; interior?: any } | string | Uint8Array) => Observable<PalletAssetsAssetMetadata>, [StagingXcmV5Location]>;
      /**
       * The asset ID enforced for the next asset creation, if any present. Otherwise, this storage
       * item has no effect.
       * 
       * Only read by [`crate::AutoIncAssetId`]: configure it as [`Config::AssetIdAllocator`] and
       * provide an initial value here to apply an auto-increment model to all new asset IDs.
       * 
       * The initial next asset ID can be set using the [`GenesisConfig`] or the
       * [SetNextAssetId](`migration::next_asset_id::SetNextAssetId`) migration.
       **/
      nextAssetId: AugmentedQuery<ApiType, () => Observable<Option<StagingXcmV5Location>>, []>;
      /**
       * Maps an asset to a list of its configured reserve information.
       **/
      reserves: AugmentedQuery<ApiType, (arg: StagingXcmV5Location | { parents?: any; interior?: any } | string | Uint8Array) => Observable<Vec<Null>>, [StagingXcmV5Location]>;
    };
    historical: {
      /**
       * Mapping from historical session indices to session-data root hash and validator count.
       **/
      historicalSessions: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[H256, u32]>>>, [u32]>;
      /**
       * The range of historical sessions we store. [first, last)
       **/
      storedRange: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
    };
    inference: {
      /**
       * The window close in progress, when one did not fit in its block. The close's first
       * stage chooses the active sets and computes the combined and naive networks; its
       * counterfactual networks (one-out and one-in, [`allora_synthesis::inference::Counterfactuals`])
       * follow in the next blocks' closing hooks, before any other close, as many as each block's
       * budget allows; the last stage stores the record. Meanwhile the topic's regrets and latest
       * network loss do not change (its reputer closes wait; a worker leaving it keeps its
       * regrets), so the record is the synthesis of the state before the first stage.
       **/
      closeInProgress: AugmentedQuery<ApiType, () => Observable<Option<PalletInferenceCloseProgress>>, []>;
      /**
       * The active payloads of the close in progress, compactly ([`ClosingPayloads`]).
       **/
      closingInputs: AugmentedQuery<ApiType, () => Observable<Option<PalletInferenceClosingPayloads>>, []>;
      /**
       * The open submission windows of all topics, by closing block: `(closes at, topic, nonce)`,
       * sorted.
       **/
      closingQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, u64, u32]>>>, []>;
      /**
       * Forecasts: `((topic, nonce), forecaster) → elements` (one per inferer).
       **/
      forecasts: AugmentedQuery<ApiType, (arg1: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<Vec<PalletInferenceForecastElement>>>, [ITuple<[u64, u32]>, AccountId32]>;
      /**
       * The closed nonces of each topic whose records are kept, oldest first.
       **/
      history: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<u32>>, [u64]>;
      /**
       * Inferences: `((topic, nonce), worker) → value`.
       **/
      inferences: AugmentedQuery<ApiType, (arg1: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<i128>>, [ITuple<[u64, u32]>, AccountId32]>;
      /**
       * The latest network inference of each topic.
       **/
      latestNetworkInference: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletInferenceLatestInference>>, [u64]>;
      /**
       * Each topic's latest network loss (of the combined inference); none before the first
       * ground truth, which makes the next synthesis the median of the inferences.
       **/
      latestNetworkLoss: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<i128>>, [u64]>;
      /**
       * The network inferences of each closed nonce that had inferences.
       **/
      networkInferencesAt: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletInferenceNetworkInferenceRecord>>, [u64, u32]>;
      /**
       * The worker nonces of each topic whose submission window has not closed, oldest first.
       **/
      openNonces: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<u32>>, [u64]>;
      /**
       * The pallet's parameters ([`InferenceParams`]); the privileged origin changes them with
       * [`set_params`](Pallet::set_params).
       **/
      params: AugmentedQuery<ApiType, () => Observable<PalletInferenceParamsInferenceParams>, []>;
      /**
       * The record of the close in progress: its counterfactual networks so far.
       **/
      partialRecord: AugmentedQuery<ApiType, () => Observable<Option<PalletInferenceNetworkInferenceRecord>>, []>;
      /**
       * The nonces retired from a topic's history whose payloads and record are still to be
       * deleted: the closing hook prunes them from the next block on, before any window close
       * starts, as many a block as `MaxClosingWeight` allows (a full nonce's prune is 0.7 MB of
       * proof, too much to ride along with a close's stage). Meanwhile the topic cannot retire.
       **/
      pruneQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u64, u32]>>>, []>;
      /**
       * Each topic's regrets (synthesis spec §1.3), by row ([`RegretRow`]: one per table and per
       * withheld or added worker, that worker named by its slot in [`RegretSlots`]): one cell per
       * slot, in slot order, and the generation of the slot the row is about. A cell that is
       * empty, or was written under an older generation of its slot, reads as the topic's initial
       * regret, and so does every cell of a row about a former holder of its slot.
       **/
      regrets: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AlloraSynthesisRegretsRegretRow | { Inferers: any } | { Forecasters: any } | { Naive: any } | { OneOutInfererInferers: any } | { OneOutInfererForecasters: any } | { OneOutForecasterInferers: any } | { OneOutForecasterForecasters: any } | { OneIn: any } | string | Uint8Array) => Observable<AlloraSynthesisRegretStorageStoredRow>, [u64, AlloraSynthesisRegretsRegretRow]>;
      /**
       * Each topic's regret slots: the workers whose regrets it keeps (at most
       * [`Config::MaxRegretSlots`]), each at the index its cells have in every row of
       * [`Regrets`], and how many times it was paid for each task in the topic (its
       * inclusions: a worker with a stored regret paid at least `1 / alpha_regret` times is
       * *experienced*, and the experienced workers' regrets set the topic's initial regret). A
       * worker gets a slot when its regrets are first written and gives it up, with its counts,
       * when it leaves the topic or, the slots being full, when it is the least recently written
       * and a newcomer needs one.
       **/
      regretSlots: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<AlloraSynthesisRegretStorageRegretSlot>>, [u64]>;
      /**
       * The topics of [`RegretUpdates`], in the order their updates are written.
       **/
      regretUpdateQueue: AugmentedQuery<ApiType, () => Observable<Vec<u64>>, []>;
      /**
       * The regret updates waiting for their rows to be written, by topic: a reputer close hands
       * its network losses over, the closing hook writes the rows from the next block on, in
       * the order of [`RegretUpdateQueue`], before any window close starts, as many a block as
       * `MaxClosingWeight` allows. The topic's slots are taken and its initial regret
       * re-estimated when the losses come; its latest network loss and initial regret change
       * once every row is written. Meanwhile the topic's reputer closes wait, as for a close in
       * stages.
       **/
      regretUpdates: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletInferenceRegretUpdate>>, [u64]>;
      /**
       * Commitments of commit–reveal topics ([`commit_worker_payload`](Pallet::commit_worker_payload)):
       * `((topic, nonce), worker) → blake2_256(SCALE((inference, forecast)) ++ salt ++
       * SCALE(worker))`. At most one per registered worker and nonce (a worker leaving the topic
       * takes its commitments at open nonces with it); kept after the reveal, so that anyone can
       * see who committed and did not reveal, and deleted with the nonce's payloads.
       **/
      workerCommitments: AugmentedQuery<ApiType, (arg1: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<U8aFixed>>, [ITuple<[u64, u32]>, AccountId32]>;
    };
    messageQueue: {
      /**
       * The index of the first and last (non-empty) pages.
       **/
      bookStateFor: AugmentedQuery<ApiType, (arg: CumulusPrimitivesCoreAggregateMessageOrigin | { Here: any } | { Parent: any } | { Sibling: any } | string | Uint8Array) => Observable<PalletMessageQueueBookState>, [CumulusPrimitivesCoreAggregateMessageOrigin]>;
      /**
       * The map of page indices to pages.
       **/
      pages: AugmentedQuery<ApiType, (arg1: CumulusPrimitivesCoreAggregateMessageOrigin | { Here: any } | { Parent: any } | { Sibling: any } | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletMessageQueuePage>>, [CumulusPrimitivesCoreAggregateMessageOrigin, u32]>;
      /**
       * The origin at which we should begin servicing.
       **/
      serviceHead: AugmentedQuery<ApiType, () => Observable<Option<CumulusPrimitivesCoreAggregateMessageOrigin>>, []>;
    };
    parachainInfo: {
      parachainId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
    };
    parachainSystem: {
      /**
       * Storage field that keeps track of bandwidth used by the unincluded segment along with the
       * latest HRMP watermark. Used for limiting the acceptance of new blocks with
       * respect to relay chain constraints.
       **/
      aggregatedUnincludedSegment: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemUnincludedSegmentSegmentTracker>>, []>;
      /**
       * The number of HRMP messages we observed in `on_initialize` and thus used that number for
       * announcing the weight of `on_initialize` and `on_finalize`.
       **/
      announcedHrmpMessagesPerCandidate: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The current block weight mode.
       * 
       * This is used to determine what is the maximum allowed block weight, for more information see
       * [`block_weight`].
       * 
       * Killed in [`Self::on_initialize`] and set by the [`block_weight`] logic.
       **/
      blockWeightMode: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemBlockWeightBlockWeightMode>>, []>;
      /**
       * A custom head data that should be returned as result of `validate_block`.
       * 
       * See `Pallet::set_custom_validation_head_data` for more information.
       **/
      customValidationHeadData: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
      /**
       * Were the validation data set to notify the relay chain?
       **/
      didSetValidationCode: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The parachain host configuration that was obtained from the relay parent.
       * 
       * This field is meant to be updated each block with the validation data inherent. Therefore,
       * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
       * 
       * This data is also absent from the genesis.
       **/
      hostConfiguration: AugmentedQuery<ApiType, () => Observable<Option<PolkadotPrimitivesV9AbridgedHostConfiguration>>, []>;
      /**
       * HRMP messages that were sent in a block.
       * 
       * This will be cleared in `on_initialize` of each new block.
       **/
      hrmpOutboundMessages: AugmentedQuery<ApiType, () => Observable<Vec<PolkadotCorePrimitivesOutboundHrmpMessage>>, []>;
      /**
       * HRMP watermark that was set in a block.
       **/
      hrmpWatermark: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The last downward message queue chain head we have observed.
       * 
       * This value is loaded before and saved after processing inbound downward messages carried
       * by the system inherent.
       **/
      lastDmqMqcHead: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * The message queue chain heads we have observed per each channel incoming channel.
       * 
       * This value is loaded before and saved after processing inbound downward messages carried
       * by the system inherent.
       **/
      lastHrmpMqcHeads: AugmentedQuery<ApiType, () => Observable<BTreeMap<u32, H256>>, []>;
      /**
       * The last processed downward message.
       * 
       * We need to keep track of this to filter the messages that have been already processed.
       **/
      lastProcessedDownwardMessage: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemParachainInherentInboundMessageId>>, []>;
      /**
       * The last processed HRMP message.
       * 
       * We need to keep track of this to filter the messages that have been already processed.
       **/
      lastProcessedHrmpMessage: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemParachainInherentInboundMessageId>>, []>;
      /**
       * The relay chain block number associated with the last parachain block.
       * 
       * This is updated in `on_finalize`.
       **/
      lastRelayChainBlockNumber: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Validation code that is set by the parachain and is to be communicated to collator and
       * consequently the relay-chain.
       * 
       * This will be cleared in `on_initialize` of each new block if no other pallet already set
       * the value.
       **/
      newValidationCode: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
      /**
       * The approved peer id to be sent as a UMP signal on the last block of the PoV.
       **/
      pendingApprovedPeer: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
      /**
       * Upward messages that are still pending and not yet sent to the relay chain.
       **/
      pendingUpwardMessages: AugmentedQuery<ApiType, () => Observable<Vec<Bytes>>, []>;
      /**
       * Upward signals that are still pending and not yet sent to the relay chain.
       * 
       * This will be cleared in `on_finalize` for each block.
       **/
      pendingUpwardSignals: AugmentedQuery<ApiType, () => Observable<Vec<Bytes>>, []>;
      /**
       * In case of a scheduled upgrade, this storage field contains the validation code to be
       * applied.
       * 
       * As soon as the relay chain gives us the go-ahead signal, we will overwrite the
       * [`:pending_code`][sp_core::storage::well_known_keys::PENDING_CODE] which will result the
       * next block to be processed with the new validation code. This concludes the upgrade process.
       **/
      pendingValidationCode: AugmentedQuery<ApiType, () => Observable<Bytes>, []>;
      /**
       * Tracks cumulative `UMP` and `HRMP` messages sent across blocks in the current `PoV`.
       * 
       * Across different candidates/PoVs the budgets are tracked by [`AggregatedUnincludedSegment`].
       **/
      poVMessagesTracker: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemPoVMessages>>, []>;
      /**
       * The core count available to the parachain in the previous block.
       * 
       * This is mainly used for offchain functionality to calculate the correct target block weight.
       **/
      previousCoreCount: AugmentedQuery<ApiType, () => Observable<Option<Compact<u16>>>, []>;
      /**
       * Number of downward messages processed in a block.
       * 
       * This will be cleared in `on_initialize` of each new block.
       **/
      processedDownwardMessages: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The state proof for the last relay parent block.
       * 
       * This field is meant to be updated each block with the validation data inherent. Therefore,
       * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
       * 
       * This data is also absent from the genesis.
       **/
      relayStateProof: AugmentedQuery<ApiType, () => Observable<Option<SpTrieStorageProof>>, []>;
      /**
       * The snapshot of some state related to messaging relevant to the current parachain as per
       * the relay parent.
       * 
       * This field is meant to be updated each block with the validation data inherent. Therefore,
       * before processing of the inherent, e.g. in `on_initialize` this data may be stale.
       * 
       * This data is also absent from the genesis.
       **/
      relevantMessagingState: AugmentedQuery<ApiType, () => Observable<Option<CumulusPalletParachainSystemRelayStateSnapshotMessagingStateSnapshot>>, []>;
      /**
       * The weight we reserve at the beginning of the block for processing DMP messages. This
       * overrides the amount set in the Config trait.
       **/
      reservedDmpWeightOverride: AugmentedQuery<ApiType, () => Observable<Option<SpWeightsWeightV2Weight>>, []>;
      /**
       * The weight we reserve at the beginning of the block for processing XCMP messages. This
       * overrides the amount set in the Config trait.
       **/
      reservedXcmpWeightOverride: AugmentedQuery<ApiType, () => Observable<Option<SpWeightsWeightV2Weight>>, []>;
      /**
       * Latest included block descendants the runtime accepted. In other words, these are
       * ancestors of the currently executing block which have not been included in the observed
       * relay-chain state.
       * 
       * The segment length is limited by the capacity returned from the [`ConsensusHook`] configured
       * in the pallet.
       **/
      unincludedSegment: AugmentedQuery<ApiType, () => Observable<Vec<CumulusPalletParachainSystemUnincludedSegmentAncestor>>, []>;
      /**
       * Optional upgrade go-ahead signal from the relay-chain.
       * 
       * This storage item is a mirror of the corresponding value for the current parachain from the
       * relay-chain. This value is ephemeral which means it doesn't hit the storage. This value is
       * set after the inherent.
       **/
      upgradeGoAhead: AugmentedQuery<ApiType, () => Observable<Option<PolkadotPrimitivesV9UpgradeGoAhead>>, []>;
      /**
       * An option which indicates if the relay-chain restricts signalling a validation code upgrade.
       * In other words, if this is `Some` and [`NewValidationCode`] is `Some` then the produced
       * candidate will be invalid.
       * 
       * This storage item is a mirror of the corresponding value for the current parachain from the
       * relay-chain. This value is ephemeral which means it doesn't hit the storage. This value is
       * set after the inherent.
       **/
      upgradeRestrictionSignal: AugmentedQuery<ApiType, () => Observable<Option<PolkadotPrimitivesV9UpgradeRestriction>>, []>;
      /**
       * The factor to multiply the base delivery fee by for UMP.
       **/
      upwardDeliveryFeeFactor: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Upward messages that were sent in a block.
       * 
       * This will be cleared in `on_initialize` for each new block.
       **/
      upwardMessages: AugmentedQuery<ApiType, () => Observable<Vec<Bytes>>, []>;
      /**
       * The [`PersistedValidationData`] set for this block.
       * 
       * This value is expected to be set only once by the [`Pallet::set_validation_data`] inherent.
       **/
      validationData: AugmentedQuery<ApiType, () => Observable<Option<PolkadotPrimitivesV9PersistedValidationData>>, []>;
    };
    polkadotXcm: {
      /**
       * The existing asset traps.
       * 
       * Key is the blake2 256 hash of (origin, versioned `Assets`) pair. Value is the number of
       * times this pair has been trapped (usually just 1 if it exists at all).
       **/
      assetTraps: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<u32>, [H256]>;
      /**
       * Map of authorized aliasers of local origins. Each local location can authorize a list of
       * other locations to alias into it. Each aliaser is only valid until its inner `expiry`
       * block number.
       **/
      authorizedAliases: AugmentedQuery<ApiType, (arg: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Option<PalletXcmAuthorizedAliasesEntry>>, [XcmVersionedLocation]>;
      /**
       * The current migration's stage, if any.
       **/
      currentMigration: AugmentedQuery<ApiType, () => Observable<Option<PalletXcmVersionMigrationStage>>, []>;
      /**
       * Fungible assets which we know are locked on this chain.
       **/
      lockedFungibles: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Vec<ITuple<[u128, XcmVersionedLocation]>>>>, [AccountId32]>;
      /**
       * The ongoing queries.
       **/
      queries: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletXcmQueryStatus>>, [u64]>;
      /**
       * The latest available query index.
       **/
      queryCounter: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * If [`ShouldRecordXcm`] is set to true, then the last XCM program executed locally
       * will be stored here.
       * Runtime APIs can fetch the XCM that was executed by accessing this value.
       * 
       * Only relevant if this pallet is being used as the [`xcm_executor::traits::RecordXcm`]
       * implementation in the XCM executor configuration.
       **/
      recordedXcm: AugmentedQuery<ApiType, () => Observable<Option<Vec<StagingXcmV5Instruction>>>, []>;
      /**
       * Fungible assets which we know are locked on a remote chain.
       **/
      remoteLockedFungibles: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: XcmVersionedAssetId | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Option<PalletXcmRemoteLockedFungibleRecord>>, [u32, AccountId32, XcmVersionedAssetId]>;
      /**
       * Default version to encode XCM when latest version of destination is unknown. If `None`,
       * then the destinations whose XCM version is unknown are considered unreachable.
       **/
      safeXcmVersion: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Whether or not incoming XCMs (both executed locally and received) should be recorded.
       * Only one XCM program will be recorded at a time.
       * This is meant to be used in runtime APIs, and it's advised it stays false
       * for all other use cases, so as to not degrade regular performance.
       * 
       * Only relevant if this pallet is being used as the [`xcm_executor::traits::RecordXcm`]
       * implementation in the XCM executor configuration.
       **/
      shouldRecordXcm: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The Latest versions that we know various locations support.
       **/
      supportedVersion: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Option<u32>>, [u32, XcmVersionedLocation]>;
      /**
       * Destinations whose latest XCM version we would like to know. Duplicates not allowed, and
       * the `u32` counter is the number of times that a send to the destination has been attempted,
       * which is used as a prioritization.
       **/
      versionDiscoveryQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[XcmVersionedLocation, u32]>>>, []>;
      /**
       * All locations that we have requested version notifications from.
       **/
      versionNotifiers: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Option<u64>>, [u32, XcmVersionedLocation]>;
      /**
       * The target locations that are subscribed to our version changes, as well as the most recent
       * of our versions we informed them of.
       **/
      versionNotifyTargets: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Option<ITuple<[u64, SpWeightsWeightV2Weight, u32]>>>, [u32, XcmVersionedLocation]>;
      /**
       * Global suspension state of the XCM executor.
       **/
      xcmExecutionSuspended: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    reputation: {
      /**
       * The stake delegated to each reputer per topic (the sum of its delegations).
       **/
      delegatedStake: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32]>;
      /**
       * Delegations: `(topic, reputer, delegator) → amount`.
       **/
      delegations: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32, AccountId32]>;
      /**
       * Each reputer's listening coefficient per topic (how much of its stake the consensus
       * listens to); 1 when absent.
       **/
      listeningCoefficients: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<i128>>, [u64, AccountId32]>;
      /**
       * The reputers' loss reports: `((topic, worker nonce), reputer) → report`, each loss
       * compact and in the order of the nonce's participants (the five lists of the report,
       * each sorted by account: `StoredLossReport`), so that a close reads about 9 bytes a
       * loss, not 48.
       **/
      lossReports: AugmentedQuery<ApiType, (arg1: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<AlloraPrimitivesLossesStoredLossReport>>, [ITuple<[u64, u32]>, AccountId32]>;
      /**
       * The network losses of each closed reputer nonce.
       **/
      networkLossesAt: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<AlloraPrimitivesLossesLossReport>>, [u64, u32]>;
      /**
       * The open reputer nonces of each topic, oldest first.
       **/
      openReputerNonces: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<PalletReputationReputerNonce>>, [u64]>;
      /**
       * The pallet's parameters ([`ReputationParams`]); the privileged origin changes them with
       * [`set_params`](Pallet::set_params).
       **/
      params: AugmentedQuery<ApiType, () => Observable<PalletReputationParamsReputationParams>, []>;
      /**
       * The keys of [`PaymentsDue`], in the order they are paid.
       **/
      paymentQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u64, u32]>>>, []>;
      /**
       * The rewards of closed reputer nonces that did not fit in their close's block, by
       * `(topic, worker nonce)`: the scored reputers with their stakes at the close (the network
       * losses are [`NetworkLossesAt`]'s). The block hook pays them from the next block on, in
       * the order of [`PaymentQueue`], before any reputer close; meanwhile the topic cannot
       * retire and its next reputer close waits.
       **/
      paymentsDue: AugmentedQuery<ApiType, (arg: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<Option<Vec<AlloraPrimitivesInterfacesScoredReputer>>>, [ITuple<[u64, u32]>]>;
      /**
       * The pending stake removals.
       **/
      pendingRemovals: AugmentedQuery<ApiType, (arg: PalletReputationStakeKey | { Own: any } | { Delegated: any } | string | Uint8Array) => Observable<Option<PalletReputationRemoval>>, [PalletReputationStakeKey]>;
      /**
       * The first block of [`RemovalQueue`] not yet fully processed.
       **/
      removalCursor: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The removals falling due at each block (entries of cancelled or replaced requests are
       * skipped when reached).
       **/
      removalQueue: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletReputationStakeKey>>, [u32]>;
      /**
       * The open reputer windows of all topics by closing block, sorted.
       **/
      reputerClosingQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, u64, u32]>>>, []>;
      /**
       * Commitments of commit–reveal topics
       * ([`commit_reputer_payload`](Pallet::commit_reputer_payload)): `((topic, worker nonce),
       * reputer) → blake2_256(SCALE(report) ++ salt ++ SCALE(reputer))`. At most one per reputer
       * and nonce, counted in the window's `reports` (bounded by `MaxReputersPerTopic`; a reputer
       * leaving takes its commitments at open nonces with it); kept after the reveal, so that
       * anyone can see who committed and did not reveal, and deleted with the nonce's reports.
       **/
      reputerCommitments: AugmentedQuery<ApiType, (arg1: ITuple<[u64, u32]> | [u64 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<U8aFixed>>, [ITuple<[u64, u32]>, AccountId32]>;
      /**
       * The closed reputer nonces of each topic whose records are kept, oldest first.
       **/
      reputerHistory: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Vec<u32>>, [u64]>;
      /**
       * The reputers' scores of each closed reputer nonce, by account.
       **/
      reputerScores: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<Vec<ITuple<[AccountId32, i128]>>>>, [u64, u32]>;
      /**
       * Each reputer's own stake per topic.
       **/
      reputerStake: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32]>;
      /**
       * What each delegation has collected already, as `amount · reward per share` at its last
       * collection: `(topic, reputer, delegator) → smallest unit`.
       **/
      rewardDebt: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32, AccountId32]>;
      /**
       * The delegators' reward per unit of stake delegated to a reputer in a topic, accrued
       * since the delegation started (18-decimal fixed point; grows with every reward).
       **/
      rewardPerShare: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<i128>, [u64, AccountId32]>;
      /**
       * Each topic's total stake: its reputers' own and delegated stake.
       **/
      topicStake: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u128>, [u64]>;
      /**
       * The stake of all topics together.
       **/
      totalStake: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<AlloraRuntimeSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, AlloraRuntimeSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    staking: {
      /**
       * The active era information, it holds index and start.
       * 
       * The active era is the era being currently rewarded. Validator set of this era must be
       * equal to [`SessionInterface::validators`].
       **/
      activeEra: AugmentedQuery<ApiType, () => Observable<Option<PalletStakingActiveEraInfo>>, []>;
      /**
       * Map from all locked "stash" accounts to the controller account.
       * 
       * TWOX-NOTE: SAFE since `AccountId` is a secure hash.
       **/
      bonded: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<AccountId32>>, [AccountId32]>;
      /**
       * A mapping from still-bonded eras to the first session index of that era.
       * 
       * Must contains information for eras for the range:
       * `[active_era - bounding_duration; active_era]`
       **/
      bondedEras: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, u32]>>>, []>;
      /**
       * The amount of currency given to reporters of a slash event which was
       * canceled by extraordinary circumstances (e.g. governance).
       **/
      canceledSlashPayout: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The threshold for when users can start calling `chill_other` for other validators /
       * nominators. The threshold is compared to the actual number of validators / nominators
       * (`CountFor*`) in the system compared to the configured max (`Max*Count`).
       **/
      chillThreshold: AugmentedQuery<ApiType, () => Observable<Option<Percent>>, []>;
      /**
       * History of claimed paged rewards by era and validator.
       * 
       * This is keyed by era and validator stash which maps to the set of page indexes which have
       * been claimed.
       * 
       * It is removed after [`Config::HistoryDepth`] eras.
       **/
      claimedRewards: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Vec<u32>>, [u32, AccountId32]>;
      /**
       * Counter for the related counted storage map
       **/
      counterForNominators: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Counter for the related counted storage map
       **/
      counterForValidators: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Counter for the related counted storage map
       **/
      counterForVirtualStakers: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The current era index.
       * 
       * This is the latest planned era, depending on how the Session pallet queues the validator
       * set, it might be active or not.
       **/
      currentEra: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * The last planned session scheduled by the session pallet.
       * 
       * This is basically in sync with the call to [`pallet_session::SessionManager::new_session`].
       **/
      currentPlannedSession: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Rewards for the last [`Config::HistoryDepth`] eras.
       * If reward hasn't been set or has been removed then 0 reward is returned.
       **/
      erasRewardPoints: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<PalletStakingEraRewardPoints>, [u32]>;
      /**
       * Exposure of validator at era.
       * 
       * This is keyed first by the era index to allow bulk deletion and then the stash account.
       * 
       * Is it removed after [`Config::HistoryDepth`] eras.
       * If stakers hasn't been set or has been removed then empty exposure is returned.
       * 
       * Note: Deprecated since v14. Use `EraInfo` instead to work with exposures.
       **/
      erasStakers: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<SpStakingExposure>, [u32, AccountId32]>;
      /**
       * Clipped Exposure of validator at era.
       * 
       * Note: This is deprecated, should be used as read-only and will be removed in the future.
       * New `Exposure`s are stored in a paged manner in `ErasStakersPaged` instead.
       * 
       * This is similar to [`ErasStakers`] but number of nominators exposed is reduced to the
       * `T::MaxExposurePageSize` biggest stakers.
       * (Note: the field `total` and `own` of the exposure remains unchanged).
       * This is used to limit the i/o cost for the nominator payout.
       * 
       * This is keyed fist by the era index to allow bulk deletion and then the stash account.
       * 
       * It is removed after [`Config::HistoryDepth`] eras.
       * If stakers hasn't been set or has been removed then empty exposure is returned.
       * 
       * Note: Deprecated since v14. Use `EraInfo` instead to work with exposures.
       **/
      erasStakersClipped: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<SpStakingExposure>, [u32, AccountId32]>;
      /**
       * Summary of validator exposure at a given era.
       * 
       * This contains the total stake in support of the validator and their own stake. In addition,
       * it can also be used to get the number of nominators backing this validator and the number of
       * exposure pages they are divided into. The page count is useful to determine the number of
       * pages of rewards that needs to be claimed.
       * 
       * This is keyed first by the era index to allow bulk deletion and then the stash account.
       * Should only be accessed through `EraInfo`.
       * 
       * Is it removed after [`Config::HistoryDepth`] eras.
       * If stakers hasn't been set or has been removed then empty overview is returned.
       **/
      erasStakersOverview: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<SpStakingPagedExposureMetadata>>, [u32, AccountId32]>;
      /**
       * Paginated exposure of a validator at given era.
       * 
       * This is keyed first by the era index to allow bulk deletion, then stash account and finally
       * the page. Should only be accessed through `EraInfo`.
       * 
       * This is cleared after [`Config::HistoryDepth`] eras.
       **/
      erasStakersPaged: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: u32 | AnyNumber | Uint8Array) => Observable<Option<SpStakingExposurePage>>, [u32, AccountId32, u32]>;
      /**
       * The session index at which the era start for the last [`Config::HistoryDepth`] eras.
       * 
       * Note: This tracks the starting session (i.e. session index when era start being active)
       * for the eras in `[CurrentEra - HISTORY_DEPTH, CurrentEra]`.
       **/
      erasStartSessionIndex: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u32]>;
      /**
       * The total amount staked for the last [`Config::HistoryDepth`] eras.
       * If total hasn't been set or has been removed then 0 stake is returned.
       **/
      erasTotalStake: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u128>, [u32]>;
      /**
       * Similar to `ErasStakers`, this holds the preferences of validators.
       * 
       * This is keyed first by the era index to allow bulk deletion and then the stash account.
       * 
       * Is it removed after [`Config::HistoryDepth`] eras.
       **/
      erasValidatorPrefs: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<PalletStakingValidatorPrefs>, [u32, AccountId32]>;
      /**
       * The total validator era payout for the last [`Config::HistoryDepth`] eras.
       * 
       * Eras that haven't finished yet or has been removed doesn't have reward.
       **/
      erasValidatorReward: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u32]>;
      /**
       * Mode of era forcing.
       **/
      forceEra: AugmentedQuery<ApiType, () => Observable<PalletStakingForcing>, []>;
      /**
       * Any validators that may never be slashed or forcibly kicked. It's a Vec since they're
       * easy to initialize and the performance hit is minimal (we expect no more than four
       * invulnerables) and restricted to testnets.
       **/
      invulnerables: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * Map from all (unlocked) "controller" accounts to the info regarding the staking.
       * 
       * Note: All the reads and mutations to this storage *MUST* be done through the methods exposed
       * by [`StakingLedger`] to ensure data and lock consistency.
       **/
      ledger: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletStakingStakingLedger>>, [AccountId32]>;
      /**
       * The maximum nominator count before we stop allowing new validators to join.
       * 
       * When this value is not set, no limits are enforced.
       **/
      maxNominatorsCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Maximum staked rewards, i.e. the percentage of the era inflation that
       * is used for stake rewards.
       * See [Era payout](./index.html#era-payout).
       **/
      maxStakedRewards: AugmentedQuery<ApiType, () => Observable<Option<Percent>>, []>;
      /**
       * The maximum validator count before we stop allowing new validators to join.
       * 
       * When this value is not set, no limits are enforced.
       **/
      maxValidatorsCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * The minimum amount of commission that validators can set.
       * 
       * If set to `0`, no limit exists.
       **/
      minCommission: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * The minimum active nominator stake of the last successful election.
       **/
      minimumActiveStake: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Minimum number of staking participants before emergency conditions are imposed.
       **/
      minimumValidatorCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The minimum active bond to become and maintain the role of a nominator.
       **/
      minNominatorBond: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The minimum active bond to become and maintain the role of a validator.
       **/
      minValidatorBond: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The map from nominator stash key to their nomination preferences, namely the validators that
       * they wish to support.
       * 
       * Note that the keys of this storage map might become non-decodable in case the
       * account's [`NominationsQuota::MaxNominations`] configuration is decreased.
       * In this rare case, these nominators
       * are still existent in storage, their key is correct and retrievable (i.e. `contains_key`
       * indicates that they exist), but their value cannot be decoded. Therefore, the non-decodable
       * nominators will effectively not-exist, until they re-submit their preferences such that it
       * is within the bounds of the newly set `Config::MaxNominations`.
       * 
       * This implies that `::iter_keys().count()` and `::iter().count()` might return different
       * values for this map. Moreover, the main `::count()` is aligned with the former, namely the
       * number of keys that exist.
       * 
       * Lastly, if any of the nominators become non-decodable, they can be chilled immediately via
       * [`Call::chill_other`] dispatchable by anyone.
       * 
       * TWOX-NOTE: SAFE since `AccountId` is a secure hash.
       **/
      nominators: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletStakingNominations>>, [AccountId32]>;
      /**
       * All slashing events on nominators, mapped by era to the highest slash value of the era.
       **/
      nominatorSlashInEra: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<u128>>, [u32, AccountId32]>;
      /**
       * Where the reward payment should be made. Keyed by stash.
       * 
       * TWOX-NOTE: SAFE since `AccountId` is a secure hash.
       **/
      payee: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletStakingRewardDestination>>, [AccountId32]>;
      /**
       * Slashing spans for stash accounts.
       **/
      slashingSpans: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletStakingSlashingSlashingSpans>>, [AccountId32]>;
      /**
       * The percentage of the slash that is distributed to reporters.
       * 
       * The rest of the slashed value is handled by the `Slash`.
       **/
      slashRewardFraction: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * Records information about the maximum slash of a stash within a slashing span,
       * as well as how much reward has been paid out.
       **/
      spanSlash: AugmentedQuery<ApiType, (arg: ITuple<[AccountId32, u32]> | [AccountId32 | string | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<PalletStakingSlashingSpanRecord>, [ITuple<[AccountId32, u32]>]>;
      /**
       * All unapplied slashes that are queued for later.
       **/
      unappliedSlashes: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletStakingUnappliedSlash>>, [u32]>;
      /**
       * The ideal number of active validators.
       **/
      validatorCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The map from (wannabe) validator stash key to the preferences of that validator.
       * 
       * TWOX-NOTE: SAFE since `AccountId` is a secure hash.
       **/
      validators: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletStakingValidatorPrefs>, [AccountId32]>;
      /**
       * All slashing events on validators, mapped by era to the highest slash proportion
       * and slash value of the era.
       **/
      validatorSlashInEra: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<ITuple<[Perbill, u128]>>>, [u32, AccountId32]>;
      /**
       * Stakers whose funds are managed by other pallets.
       * 
       * This pallet does not apply any locks on them, therefore they are only virtually bonded. They
       * are expected to be keyless accounts and hence should not be allowed to mutate their ledger
       * directly via this pallet. Instead, these accounts are managed by other pallets and accessed
       * via low level apis. We keep track of them to do minimal integrity checks.
       **/
      virtualStakers: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    topics: {
      /**
       * The active topics with the block at which each one's next epoch starts, sorted by
       * `(block, topic id)`.
       **/
      epochSchedule: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, u64]>>>, []>;
      /**
       * Each topic's fee revenue (smallest unit): every fee paid to it and every funding. It
       * weighs the topic's share of the rewards.
       **/
      feeRevenue: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u128>, [u64]>;
      /**
       * The block each inactive topic became inactive (or was created, if it never was active):
       * `RetireInactiveTopicsAfter` blocks later anyone may retire it.
       **/
      inactiveSince: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * The pallet's parameters ([`TopicsParams`]).
       **/
      params: AugmentedQuery<ApiType, () => Observable<PalletTopicsParamsTopicsParams>, []>;
      /**
       * How many accounts hold each `(topic, role)` registration.
       **/
      registrationCount: AugmentedQuery<ApiType, (arg: ITuple<[u64, AlloraPrimitivesTopicRole]> | [u64 | AnyNumber | Uint8Array, AlloraPrimitivesTopicRole | 'Worker' | 'Reputer' | number | Uint8Array]) => Observable<u32>, [ITuple<[u64, AlloraPrimitivesTopicRole]>]>;
      /**
       * Registrations: `((topic, role), account) →` the deposit held (released on leaving) and
       * the block the registration began.
       **/
      registrations: AugmentedQuery<ApiType, (arg1: ITuple<[u64, AlloraPrimitivesTopicRole]> | [u64 | AnyNumber | Uint8Array, AlloraPrimitivesTopicRole | 'Worker' | 'Reputer' | number | Uint8Array], arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletTopicsRegistration>>, [ITuple<[u64, AlloraPrimitivesTopicRole]>, AccountId32]>;
      /**
       * Each participant's score EMA per `(topic, task)` (merit sortition, rewards spec §6.1).
       **/
      scoreEmas: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AlloraPrimitivesTopicRewardTask | 'Inference' | 'Forecast' | 'Reputation' | number | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<PalletTopicsScoreEma>>, [u64, AlloraPrimitivesTopicRewardTask, AccountId32]>;
      /**
       * The quantile (the topic's `active_*_quantile`) of the last scored epoch's instant scores
       * per `(topic, task)`: where an excluded candidate's score EMA drifts.
       **/
      scoreQuantiles: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AlloraPrimitivesTopicRewardTask | 'Inference' | 'Forecast' | 'Reputation' | number | Uint8Array) => Observable<i128>, [u64, AlloraPrimitivesTopicRewardTask]>;
      /**
       * How many topics were ever created; topic ids are `1..=TopicCount`.
       **/
      topicCount: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The deposit held from each topic's creator (released with the topic).
       **/
      topicDeposits: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u128>, [u64]>;
      /**
       * Every topic by id.
       **/
      topics: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<AlloraPrimitivesTopic>>, [u64]>;
      /**
       * Each topic's weight as of its latest epoch start: the EMA (`TopicRewardAlpha`) of
       * `stake^μ · (fee revenue / epoch length)^ν`, 0 without fee revenue. Absent before the
       * topic's first epoch (the first value is then taken as is). Kept when the topic leaves the
       * schedule.
       **/
      topicWeights: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<i128>>, [u64]>;
      /**
       * The sum of the stored weights of the scheduled (active) topics: the denominator of a
       * topic's share of the network's emission.
       **/
      totalActiveWeight: AugmentedQuery<ApiType, () => Observable<i128>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
    xcmpQueue: {
      /**
       * The factor to multiply the base delivery fee by.
       **/
      deliveryFeeFactor: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u128>, [u32]>;
      /**
       * The suspended inbound XCMP channels. All others are not suspended.
       * 
       * This is a `StorageValue` instead of a `StorageMap` since we expect multiple reads per block
       * to different keys with a one byte payload. The access to `BoundedBTreeSet` will be cached
       * within the block and therefore only included once in the proof size.
       * 
       * NOTE: The PoV benchmarking cannot know this and will over-estimate, but the actual proof
       * will be smaller.
       **/
      inboundXcmpSuspended: AugmentedQuery<ApiType, () => Observable<BTreeSet<u32>>, []>;
      /**
       * The messages outbound in a given XCMP channel.
       **/
      outboundXcmpMessages: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: u16 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32, u16]>;
      /**
       * The non-empty XCMP channels in order of becoming non-empty, and the index of the first
       * and last outbound message. If the two indices are equal, then it indicates an empty
       * queue and there must be a non-`Ok` `OutboundStatus`. We assume queues grow no greater
       * than 65535 items. Queue indices for normal messages begin at one; zero is reserved in
       * case of the need to send a high-priority signal message this block.
       * The bool is true if there is a signal message waiting to be sent.
       **/
      outboundXcmpStatus: AugmentedQuery<ApiType, () => Observable<Vec<CumulusPalletXcmpQueueOutboundChannelDetails>>, []>;
      /**
       * The configuration which controls the dynamics of the outbound queue.
       **/
      queueConfig: AugmentedQuery<ApiType, () => Observable<CumulusPalletXcmpQueueQueueConfigData>, []>;
      /**
       * Whether or not the XCMP queue is suspended from executing incoming XCMs or not.
       **/
      queueSuspended: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Any signal messages waiting to be sent.
       **/
      signalMessages: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
    };
  } // AugmentedQueries
} // declare module
