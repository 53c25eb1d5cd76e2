// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Option, i128, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight, StagingXcmV5Junctions } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    emissions: {
      /**
       * The most tokens that will ever exist (smallest unit).
       **/
      maxSupply: u128 & AugmentedConst<ApiType>;
      /**
       * Derives the rewards account, which pays the AI network's participants.
       **/
      rewardsPalletId: FrameSupportPalletId & AugmentedConst<ApiType>;
    };
    foreignAssets: {
      /**
       * The amount of funds that must be reserved when creating a new approval.
       **/
      approvalDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of funds that must be reserved for a non-provider asset account to be
       * maintained.
       **/
      assetAccountDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The basic amount of funds that must be reserved for an asset.
       **/
      assetDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The basic amount of funds that must be reserved when adding metadata to your asset.
       **/
      metadataDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The additional funds that must be reserved for the number of bytes you store in your
       * metadata.
       **/
      metadataDepositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * Max number of items to destroy per `destroy_accounts` and `destroy_approvals` call.
       * 
       * Must be configured to result in a weight that makes each call fit in a block.
       **/
      removeItemsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a name or symbol stored on-chain.
       **/
      stringLimit: u32 & AugmentedConst<ApiType>;
    };
    inference: {
      /**
       * The largest magnitude of an inference or forecasted loss.
       **/
      maxAbsValue: i128 & AugmentedConst<ApiType>;
      /**
       * The weight the block hook may spend closing windows: it closes only as many due
       * windows as fit at their worst case (at least one per block); the others wait in the
       * queue for the next blocks.
       **/
      maxClosingWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Closed nonces whose records a topic keeps at most.
       **/
      maxHistory: u32 & AugmentedConst<ApiType>;
      /**
       * Submission windows open at once across all topics.
       **/
      maxOpenWindows: u32 & AugmentedConst<ApiType>;
      /**
       * The workers whose regrets a topic keeps ([`RegretSlots`]): the most recently
       * written. A worker that gives its slot up reads as the topic's initial regret again,
       * as a newcomer. At least twice the largest active set (`MaxActiveWorkers`, or
       * `MaxWorkersPerTopic` if fewer), so that one update (inferers and forecasters) never
       * evicts a worker it updates; at most 65 535.
       **/
      maxRegretSlots: u32 & AugmentedConst<ApiType>;
    };
    messageQueue: {
      /**
       * The size of the page; this implies the maximum message size which can be sent.
       * 
       * A good value depends on the expected message sizes, their weights, the weight that is
       * available for processing them and the maximal needed message size. The maximal message
       * size is slightly lower than this as defined by [`MaxMessageLenOf`].
       **/
      heapSize: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of weight (if any) to be used from remaining weight `on_idle` which
       * should be provided to the message queue for servicing enqueued items `on_idle`.
       * Useful for parachains to process messages at the same block they are received.
       * 
       * If `None`, it will not call `ServiceQueues::service_queues` in `on_idle`.
       **/
      idleMaxServiceWeight: Option<SpWeightsWeightV2Weight> & AugmentedConst<ApiType>;
      /**
       * The maximum number of stale pages (i.e. of overweight messages) allowed before culling
       * can happen. Once there are more stale pages than this, then historical pages may be
       * dropped, even if they contain unprocessed overweight messages.
       **/
      maxStale: u32 & AugmentedConst<ApiType>;
      /**
       * The amount of weight (if any) which should be provided to the message queue for
       * servicing enqueued items `on_initialize`.
       * 
       * This may be legitimately `None` in the case that you will call
       * `ServiceQueues::service_queues` manually or set [`Self::IdleMaxServiceWeight`] to have
       * it run in `on_idle`.
       **/
      serviceWeight: Option<SpWeightsWeightV2Weight> & AugmentedConst<ApiType>;
    };
    parachainSystem: {
      /**
       * Returns the parachain ID we are running with.
       **/
      selfParaId: u32 & AugmentedConst<ApiType>;
    };
    polkadotXcm: {
      /**
       * The latest supported version that we advertise. Generally just set it to
       * `pallet_xcm::CurrentXcmVersion`.
       **/
      advertisedXcmVersion: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of local XCM locks that a single account may have.
       **/
      maxLockers: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of consumers a single remote lock may have.
       **/
      maxRemoteLockConsumers: u32 & AugmentedConst<ApiType>;
      /**
       * This chain's Universal Location.
       **/
      universalLocation: StagingXcmV5Junctions & AugmentedConst<ApiType>;
    };
    reputation: {
      /**
       * The weight the block hook may spend closing reputer nonces (with their rewards): it
       * closes only as many due nonces as fit at their worst case (at least one per block);
       * the others wait in the queue for the next blocks.
       **/
      maxClosingWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Closed reputer nonces whose records a topic keeps at most.
       **/
      maxHistory: u32 & AugmentedConst<ApiType>;
      /**
       * Reputer windows open at once across all topics (the reputer closing queue).
       **/
      maxOpenWindows: u32 & AugmentedConst<ApiType>;
      /**
       * Stake removals that may fall due in one block.
       **/
      maxRemovalsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Derives the account that keeps the delegators' rewards until they collect them.
       **/
      pendingRewardsPalletId: FrameSupportPalletId & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    staking: {
      /**
       * Number of eras that staked funds must remain bonded for.
       **/
      bondingDuration: u32 & AugmentedConst<ApiType>;
      /**
       * Number of eras to keep in history.
       * 
       * Following information is kept for eras in `[current_era -
       * HistoryDepth, current_era]`: `ErasStakers`, `ErasStakersClipped`,
       * `ErasValidatorPrefs`, `ErasValidatorReward`, `ErasRewardPoints`,
       * `ErasTotalStake`, `ErasStartSessionIndex`, `ClaimedRewards`, `ErasStakersPaged`,
       * `ErasStakersOverview`.
       * 
       * Must be more than the number of eras delayed by session.
       * I.e. active era must always be in history. I.e. `active_era >
       * current_era - history_depth` must be guaranteed.
       * 
       * If migrating an existing pallet from storage value to config value,
       * this should be set to same value or greater as in storage.
       * 
       * Note: `HistoryDepth` is used as the upper bound for the `BoundedVec`
       * item `StakingLedger.legacy_claimed_rewards`. Setting this value lower than
       * the existing value can lead to inconsistencies in the
       * `StakingLedger` and will need to be handled properly in a migration.
       * The test `reducing_history_depth_abrupt` shows this effect.
       **/
      historyDepth: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum size of each `T::ExposurePage`.
       * 
       * An `ExposurePage` is weakly bounded to a maximum of `MaxExposurePageSize`
       * nominators.
       * 
       * For older non-paged exposure, a reward payout was restricted to the top
       * `MaxExposurePageSize` nominators. This is to limit the i/o cost for the
       * nominator payout.
       * 
       * Note: `MaxExposurePageSize` is used to bound `ClaimedRewards` and is unsafe to reduce
       * without handling it in a migration.
       **/
      maxExposurePageSize: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of `unlocking` chunks a [`StakingLedger`] can
       * have. Effectively determines how many unique eras a staker may be
       * unbonding in.
       * 
       * Note: `MaxUnlockingChunks` is used as the upper bound for the
       * `BoundedVec` item `StakingLedger.unlocking`. Setting this value
       * lower than the existing value can lead to inconsistencies in the
       * `StakingLedger` and will need to be handled properly in a runtime
       * migration. The test `reducing_max_unlocking_chunks_abrupt` shows
       * this effect.
       **/
      maxUnlockingChunks: u32 & AugmentedConst<ApiType>;
      /**
       * The absolute maximum of winner validators this pallet should return.
       **/
      maxValidatorSet: u32 & AugmentedConst<ApiType>;
      /**
       * Number of sessions per era.
       **/
      sessionsPerEra: u32 & AugmentedConst<ApiType>;
      /**
       * Number of eras that slashes are deferred by, after computation.
       * 
       * This should be less than the bonding duration. Set to 0 if slashes
       * should be applied immediately, without opportunity for intervention.
       **/
      slashDeferDuration: u32 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    topics: {
      /**
       * Hard upper bound of the reputation pallet's parameter `MaxTopReputersToReward`: the most reputers a
       * reputer-nonce close scores. Each gradient step of the scoring costs the square of that
       * number (see `benchmarks/README.md`).
       **/
      maxActiveReputers: u32 & AugmentedConst<ApiType>;
      /**
       * Topics that may be active at once (the size of the epoch schedule).
       **/
      maxActiveTopics: u32 & AugmentedConst<ApiType>;
      /**
       * Hard upper bound of the sum of the inference pallet's parameters `MaxTopInferersToReward` and
       * `MaxTopForecastersToReward`: the most workers one window's synthesis takes. The
       * synthesis and the regret tables grow with the square of that number, so it bounds the
       * work of a window close and of a reputer-nonce close (see `benchmarks/README.md`).
       **/
      maxActiveWorkers: u32 & AugmentedConst<ApiType>;
      /**
       * Due topics the block hook weighs at most in one block (their shares settled,
       * weights updated; the heaviest `MaxActiveTopicsPerBlock` start their epochs). More
       * topics due in one block are weighed in the next blocks, keeping their period.
       **/
      maxDueTopicsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Hard upper bound of the inference pallet's parameter `MaxElementsPerForecast`.
       **/
      maxForecastElements: u32 & AugmentedConst<ApiType>;
      /**
       * Reputers one topic may have.
       **/
      maxReputersPerTopic: u32 & AugmentedConst<ApiType>;
      /**
       * Hard upper bound of the parameters `MaxUnfulfilledWorkerRequests` and
       * `MaxUnfulfilledReputerRequests`, and of `MaxActiveTopicsPerBlock`'s companions.
       **/
      maxUnfulfilledRequests: u32 & AugmentedConst<ApiType>;
      /**
       * Workers one topic may have.
       **/
      maxWorkersPerTopic: u32 & AugmentedConst<ApiType>;
      /**
       * Derives the ecosystem account that receives every fee.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Held from a worker or reputer while it is registered (the registration and its
       * count), released by `unregister`.
       **/
      registrationDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held from a topic's creator while the topic exists (the topic, its fee revenue,
       * weight and place in the epoch schedule).
       **/
      topicDeposit: u128 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
    };
    xcmpQueue: {
      /**
       * Maximal number of outbound XCMP channels that can have messages queued at the same time.
       * 
       * If this is reached, then no further messages can be sent to channels that do not yet
       * have a message queued. This should be set to the expected maximum of outbound channels
       * which is determined by [`Self::ChannelInfo`]. It is important to set this large enough,
       * since otherwise the congestion control protocol will not work as intended and messages
       * may be dropped. This value increases the PoV and should therefore not be picked too
       * high. Governance needs to pay attention to not open more channels than this value.
       **/
      maxActiveOutboundChannels: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of inbound XCMP channels that can be suspended simultaneously.
       * 
       * Any further channel suspensions will fail and messages may get dropped without further
       * notice. Choosing a high value (1000) is okay; the trade-off that is described in
       * [`InboundXcmpSuspended`] still applies at that scale.
       **/
      maxInboundSuspended: u32 & AugmentedConst<ApiType>;
      /**
       * The maximal page size for HRMP message pages.
       * 
       * A lower limit can be set dynamically, but this is the hard-limit for the PoV worst case
       * benchmarking. The limit for the size of a message is slightly below this, since some
       * overhead is incurred for encoding the format.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
