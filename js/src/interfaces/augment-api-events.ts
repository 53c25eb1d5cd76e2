// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, i128, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { AlloraPrimitivesTopicRewardTask, AlloraPrimitivesTopicRole, AlloraPrimitivesTopicWorkerTask, AlloraRuntimeRuntimeHoldReason, AlloraSynthesisFixedFixedError, AlloraSynthesisSynthesisError, CumulusPrimitivesCoreAggregateMessageOrigin, FrameSupportMessagesProcessMessageError, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletEmissionsMintParams, PalletEmissionsParamsRewardParam, PalletInferenceParamsInferenceParam, PalletReputationParamsReputationParam, PalletReputationStakeKey, PalletStakingForcing, PalletStakingRewardDestination, PalletStakingValidatorPrefs, PalletTopicsParamsTopicsParam, SpRuntimeDispatchError, SpWeightsWeightV2Weight, StagingXcmV5AssetAssets, StagingXcmV5Location, StagingXcmV5Response, StagingXcmV5TraitsOutcome, StagingXcmV5Xcm, XcmV3TraitsSendError, XcmV5TraitsError, XcmVersionedAssets, XcmVersionedLocation } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: AlloraRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: AlloraRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: AlloraRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: AlloraRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: AlloraRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    cumulusXcm: {
      /**
       * Downward message executed with the given outcome.
       * \[ id, outcome \]
       **/
      ExecutedDownward: AugmentedEvent<ApiType, [U8aFixed, StagingXcmV5TraitsOutcome]>;
      /**
       * Downward message is invalid XCM.
       * \[ id \]
       **/
      InvalidFormat: AugmentedEvent<ApiType, [U8aFixed]>;
      /**
       * Downward message is unsupported version of XCM.
       * \[ id \]
       **/
      UnsupportedVersion: AugmentedEvent<ApiType, [U8aFixed]>;
    };
    emissions: {
      /**
       * A block's emission: `minted` new tokens for the validator share (the rest came from
       * fees), `to_validators` accrued to the next era payout, `to_network` credited to the
       * active topics (moved when each topic's share is settled).
       **/
      BlockEmitted: AugmentedEvent<ApiType, [minted: u128, toValidators: u128, toNetwork: u128], { minted: u128, toValidators: u128, toNetwork: u128 }>;
      /**
       * The emission was recomputed: `per_staked_token` a month, `per_block` from now on.
       **/
      EmissionRecalculated: AugmentedEvent<ApiType, [perStakedToken: i128, perBlock: u128, staked: u128], { perStakedToken: i128, perBlock: u128, staked: u128 }>;
      /**
       * The recalculation could not run (no stake, or an arithmetic failure); the previous
       * emission goes on.
       **/
      EmissionRecalculationSkipped: AugmentedEvent<ApiType, [error: AlloraSynthesisFixedFixedError], { error: AlloraSynthesisFixedFixedError }>;
      /**
       * A topic's epoch was paid: `reward` (the topic's budget) split into `inferers`,
       * `forecasters` and `reputers`; `paid` left the rewards account, `carried` (rounding,
       * the `failed` payments) stays in the topic's budget for its next rewarded epoch.
       **/
      EpochRewarded: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, reward: u128, inferers: u128, forecasters: u128, reputers: u128, paid: u128, failed: u32, carried: u128], { topicId: u64, nonce: u32, reward: u128, inferers: u128, forecasters: u128, reputers: u128, paid: u128, failed: u32, carried: u128 }>;
      /**
       * A topic's epoch reward could not be computed; nothing was paid (the topic goes on).
       **/
      EpochRewardFailed: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError], { topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError }>;
      /**
       * A topic's epoch paid nothing: an empty budget, or no inferer to score (no one-out
       * losses, as in a topic's first epochs); its budget, `carried`, waits for its next
       * rewarded epoch.
       **/
      EpochUnrewarded: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, carried: u128], { topicId: u64, nonce: u32, carried: u128 }>;
      /**
       * The validator rewards accrued since the last era were handed to the era payout.
       **/
      EraPayoutFunded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * The privileged origin changed the schedule's parameters.
       **/
      ParamsUpdated: AugmentedEvent<ApiType, [params: PalletEmissionsMintParams], { params: PalletEmissionsMintParams }>;
      /**
       * The monthly recalculation set the reputers' share of last month's rewards.
       **/
      ReputersRewardShareUpdated: AugmentedEvent<ApiType, [share: i128], { share: i128 }>;
      /**
       * The privileged origin changed the reward formulas' parameters.
       **/
      RewardParamsUpdated: AugmentedEvent<ApiType, [updates: Vec<PalletEmissionsParamsRewardParam>], { updates: Vec<PalletEmissionsParamsRewardParam> }>;
      /**
       * A topic's share of the network emission since its last settlement, `amount`, moved
       * to the rewards account into its budget (`minted` of it new tokens).
       **/
      TopicRewardAccrued: AugmentedEvent<ApiType, [topicId: u64, amount: u128, minted: u128], { topicId: u64, amount: u128, minted: u128 }>;
      /**
       * A topic that finished (inactive, nothing left to close) had `amount` of budget
       * left: it was burnt.
       **/
      TopicRewardsBurnt: AugmentedEvent<ApiType, [topicId: u64, amount: u128], { topicId: u64, amount: u128 }>;
      /**
       * A worker was paid for its inference or forecast of a topic's epoch.
       **/
      WorkerRewarded: AugmentedEvent<ApiType, [topicId: u64, worker: AccountId32, task: AlloraPrimitivesTopicWorkerTask, amount: u128], { topicId: u64, worker: AccountId32, task: AlloraPrimitivesTopicWorkerTask, amount: u128 }>;
    };
    foreignAssets: {
      /**
       * Accounts were destroyed for given asset.
       **/
      AccountsDestroyed: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, accountsDestroyed: u32, accountsRemaining: u32], { assetId: StagingXcmV5Location, accountsDestroyed: u32, accountsRemaining: u32 }>;
      /**
       * An approval for account `delegate` was cancelled by `owner`.
       **/
      ApprovalCancelled: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32, delegate: AccountId32], { assetId: StagingXcmV5Location, owner: AccountId32, delegate: AccountId32 }>;
      /**
       * Approvals were destroyed for given asset.
       **/
      ApprovalsDestroyed: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, approvalsDestroyed: u32, approvalsRemaining: u32], { assetId: StagingXcmV5Location, approvalsDestroyed: u32, approvalsRemaining: u32 }>;
      /**
       * (Additional) funds have been approved for transfer to a destination account.
       **/
      ApprovedTransfer: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, source: AccountId32, delegate: AccountId32, amount: u128], { assetId: StagingXcmV5Location, source: AccountId32, delegate: AccountId32, amount: u128 }>;
      /**
       * Some asset `asset_id` was frozen.
       **/
      AssetFrozen: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * The min_balance of an asset has been updated by the asset owner.
       **/
      AssetMinBalanceChanged: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, newMinBalance: u128], { assetId: StagingXcmV5Location, newMinBalance: u128 }>;
      /**
       * An asset has had its attributes changed by the `Force` origin.
       **/
      AssetStatusChanged: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * Some asset `asset_id` was thawed.
       **/
      AssetThawed: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * Some account `who` was blocked.
       **/
      Blocked: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32], { assetId: StagingXcmV5Location, who: AccountId32 }>;
      /**
       * Some assets were destroyed.
       **/
      Burned: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32, balance: u128], { assetId: StagingXcmV5Location, owner: AccountId32, balance: u128 }>;
      /**
       * Some assets Credit was destroyed.
       **/
      BurnedCredit: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, amount: u128], { assetId: StagingXcmV5Location, amount: u128 }>;
      /**
       * Some assets Debt was destroyed (and assets issued).
       **/
      BurnedDebt: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, amount: u128], { assetId: StagingXcmV5Location, amount: u128 }>;
      /**
       * Some asset class was created.
       **/
      Created: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, creator: AccountId32, owner: AccountId32], { assetId: StagingXcmV5Location, creator: AccountId32, owner: AccountId32 }>;
      /**
       * Some assets were deposited (e.g. for transaction fees).
       **/
      Deposited: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32, amount: u128], { assetId: StagingXcmV5Location, who: AccountId32, amount: u128 }>;
      /**
       * An asset class was destroyed.
       **/
      Destroyed: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * An asset class is in the process of being destroyed.
       **/
      DestructionStarted: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * Some asset class was force-created.
       **/
      ForceCreated: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32], { assetId: StagingXcmV5Location, owner: AccountId32 }>;
      /**
       * Some account `who` was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32], { assetId: StagingXcmV5Location, who: AccountId32 }>;
      /**
       * Some assets were issued.
       **/
      Issued: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32, amount: u128], { assetId: StagingXcmV5Location, owner: AccountId32, amount: u128 }>;
      /**
       * Some assets were issued as Credit (no owner yet).
       **/
      IssuedCredit: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, amount: u128], { assetId: StagingXcmV5Location, amount: u128 }>;
      /**
       * Some assets were burned and a Debt was created.
       **/
      IssuedDebt: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, amount: u128], { assetId: StagingXcmV5Location, amount: u128 }>;
      /**
       * Metadata has been cleared for an asset.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * New metadata has been set for an asset.
       **/
      MetadataSet: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, name: Bytes, symbol_: Bytes, decimals: u8, isFrozen: bool], { assetId: StagingXcmV5Location, name: Bytes, symbol: Bytes, decimals: u8, isFrozen: bool }>;
      /**
       * The owner changed.
       **/
      OwnerChanged: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32], { assetId: StagingXcmV5Location, owner: AccountId32 }>;
      /**
       * Reserve information was removed for `asset_id`.
       **/
      ReservesRemoved: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location], { assetId: StagingXcmV5Location }>;
      /**
       * Reserve information was set or updated for `asset_id`.
       **/
      ReservesUpdated: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, reserves: Vec<Null>], { assetId: StagingXcmV5Location, reserves: Vec<Null> }>;
      /**
       * The management team changed.
       **/
      TeamChanged: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, issuer: AccountId32, admin: AccountId32, freezer: AccountId32], { assetId: StagingXcmV5Location, issuer: AccountId32, admin: AccountId32, freezer: AccountId32 }>;
      /**
       * Some account `who` was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32], { assetId: StagingXcmV5Location, who: AccountId32 }>;
      /**
       * Some account `who` was created with a deposit from `depositor`.
       **/
      Touched: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32, depositor: AccountId32], { assetId: StagingXcmV5Location, who: AccountId32, depositor: AccountId32 }>;
      /**
       * Some assets were transferred.
       **/
      Transferred: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, from: AccountId32, to: AccountId32, amount: u128], { assetId: StagingXcmV5Location, from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * An `amount` was transferred in its entirety from `owner` to `destination` by
       * the approved `delegate`.
       **/
      TransferredApproved: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, owner: AccountId32, delegate: AccountId32, destination: AccountId32, amount: u128], { assetId: StagingXcmV5Location, owner: AccountId32, delegate: AccountId32, destination: AccountId32, amount: u128 }>;
      /**
       * Some assets were withdrawn from the account (e.g. for transaction fees).
       **/
      Withdrawn: AugmentedEvent<ApiType, [assetId: StagingXcmV5Location, who: AccountId32, amount: u128], { assetId: StagingXcmV5Location, who: AccountId32, amount: u128 }>;
    };
    historical: {
      /**
       * The merkle roots of up to this session index were pruned
       **/
      RootsPruned: AugmentedEvent<ApiType, [upTo: u32], { upTo: u32 }>;
      /**
       * The merkle root of the validators of the said session were stored
       **/
      RootStored: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
    };
    inference: {
      /**
       * A window's close did not fit in this block: `computed` of its `networks`
       * counterfactual networks are done, the others follow in the next blocks (see
       * [`CloseInProgress`]).
       **/
      CloseContinues: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, computed: u32, networks: u32], { topicId: u64, nonce: u32, computed: u32, networks: u32 }>;
      /**
       * The topic's initial regret (the regret of a newcomer) was re-estimated from its
       * experienced workers.
       **/
      InitialRegretUpdated: AugmentedEvent<ApiType, [topicId: u64, initialRegret: i128], { topicId: u64, initialRegret: i128 }>;
      /**
       * A window closed and the network inference was computed from `inferers` inferences
       * and `forecasters` forecasts.
       **/
      NetworkInferenceComputed: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, combined: i128, naive: i128, inferers: u32, forecasters: u32], { topicId: u64, nonce: u32, combined: i128, naive: i128, inferers: u32, forecasters: u32 }>;
      /**
       * A window closed without any inference: nothing to compute.
       **/
      NonceClosedEmpty: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * A nonce was dropped unprocessed: `MaxUnfulfilledWorkerRequests` newer ones are open,
       * or no window slot was free.
       **/
      NonceDropped: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * A worker nonce opened: payloads are accepted in blocks `opens_at ..= closes_at`.
       **/
      NonceOpened: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, opensAt: u32, closesAt: u32], { topicId: u64, nonce: u32, opensAt: u32, closesAt: u32 }>;
      /**
       * The records of an old nonce were deleted.
       **/
      NoncePruned: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * The privileged origin changed the pallet's parameters.
       **/
      ParamsUpdated: AugmentedEvent<ApiType, [updates: Vec<PalletInferenceParamsInferenceParam>], { updates: Vec<PalletInferenceParamsInferenceParam> }>;
      /**
       * The ground truth of a nonce is in: its network loss is now the topic's latest, and
       * `regrets` regrets were updated.
       **/
      RegretsUpdated: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, networkLoss: i128, regrets: u32], { topicId: u64, nonce: u32, networkLoss: i128, regrets: u32 }>;
      /**
       * A nonce's network losses came: its regret update's `rows` rows are written from the
       * next block on (see [`RegretUpdates`]), then `RegretsUpdated` follows.
       **/
      RegretUpdateStaged: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, rows: u32], { topicId: u64, nonce: u32, rows: u32 }>;
      /**
       * A window closed but the synthesis failed (the topic goes on with its next epoch).
       **/
      SynthesisFailed: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError], { topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError }>;
      /**
       * A worker of a commit–reveal topic committed to a payload for a nonce (the payload
       * itself follows, as `WorkerPayloadSubmitted`, when the worker reveals it).
       **/
      WorkerPayloadCommitted: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, worker: AccountId32], { topicId: u64, nonce: u32, worker: AccountId32 }>;
      /**
       * A worker submitted for a nonce (or revealed its committed payload, on a commit–reveal
       * topic): an inference, a forecast of `forecast_elements` elements (after duplicates
       * were dropped), or both.
       **/
      WorkerPayloadSubmitted: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, worker: AccountId32, inference: Option<i128>, forecastElements: u32], { topicId: u64, nonce: u32, worker: AccountId32, inference: Option<i128>, forecastElements: u32 }>;
    };
    messageQueue: {
      /**
       * Message placed in overweight queue.
       **/
      OverweightEnqueued: AugmentedEvent<ApiType, [id: U8aFixed, origin: CumulusPrimitivesCoreAggregateMessageOrigin, pageIndex: u32, messageIndex: u32], { id: U8aFixed, origin: CumulusPrimitivesCoreAggregateMessageOrigin, pageIndex: u32, messageIndex: u32 }>;
      /**
       * This page was reaped.
       **/
      PageReaped: AugmentedEvent<ApiType, [origin: CumulusPrimitivesCoreAggregateMessageOrigin, index: u32], { origin: CumulusPrimitivesCoreAggregateMessageOrigin, index: u32 }>;
      /**
       * Message is processed.
       **/
      Processed: AugmentedEvent<ApiType, [id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, weightUsed: SpWeightsWeightV2Weight, success: bool], { id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, weightUsed: SpWeightsWeightV2Weight, success: bool }>;
      /**
       * Message discarded due to an error in the `MessageProcessor` (usually a format error).
       **/
      ProcessingFailed: AugmentedEvent<ApiType, [id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, error: FrameSupportMessagesProcessMessageError], { id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, error: FrameSupportMessagesProcessMessageError }>;
    };
    parachainSystem: {
      /**
       * Downward messages were processed using the given weight.
       **/
      DownwardMessagesProcessed: AugmentedEvent<ApiType, [weightUsed: SpWeightsWeightV2Weight, dmqHead: H256], { weightUsed: SpWeightsWeightV2Weight, dmqHead: H256 }>;
      /**
       * Some downward messages have been received and will be processed.
       **/
      DownwardMessagesReceived: AugmentedEvent<ApiType, [count: u32], { count: u32 }>;
      /**
       * An upward message was sent to the relay chain.
       **/
      UpwardMessageSent: AugmentedEvent<ApiType, [messageHash: Option<U8aFixed>], { messageHash: Option<U8aFixed> }>;
      /**
       * The validation function was applied as of the contained relay chain block number.
       **/
      ValidationFunctionApplied: AugmentedEvent<ApiType, [relayChainBlockNum: u32], { relayChainBlockNum: u32 }>;
      /**
       * The relay-chain aborted the upgrade process.
       **/
      ValidationFunctionDiscarded: AugmentedEvent<ApiType, []>;
      /**
       * The validation function has been scheduled to apply.
       **/
      ValidationFunctionStored: AugmentedEvent<ApiType, []>;
    };
    polkadotXcm: {
      /**
       * `target` removed alias authorization for `aliaser`.
       **/
      AliasAuthorizationRemoved: AugmentedEvent<ApiType, [aliaser: StagingXcmV5Location, target: StagingXcmV5Location], { aliaser: StagingXcmV5Location, target: StagingXcmV5Location }>;
      /**
       * An `aliaser` location was authorized by `target` to alias it, authorization valid until
       * `expiry` block number.
       **/
      AliasAuthorized: AugmentedEvent<ApiType, [aliaser: StagingXcmV5Location, target: StagingXcmV5Location, expiry: Option<u64>], { aliaser: StagingXcmV5Location, target: StagingXcmV5Location, expiry: Option<u64> }>;
      /**
       * `target` removed all alias authorizations.
       **/
      AliasesAuthorizationsRemoved: AugmentedEvent<ApiType, [target: StagingXcmV5Location], { target: StagingXcmV5Location }>;
      /**
       * Some assets have been claimed from an asset trap
       **/
      AssetsClaimed: AugmentedEvent<ApiType, [hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets], { hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets }>;
      /**
       * Some assets have been placed in an asset trap.
       **/
      AssetsTrapped: AugmentedEvent<ApiType, [hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets], { hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets }>;
      /**
       * Execution of an XCM message was attempted.
       **/
      Attempted: AugmentedEvent<ApiType, [outcome: StagingXcmV5TraitsOutcome], { outcome: StagingXcmV5TraitsOutcome }>;
      /**
       * Fees were paid from a location for an operation (often for using `SendXcm`).
       **/
      FeesPaid: AugmentedEvent<ApiType, [paying: StagingXcmV5Location, fees: StagingXcmV5AssetAssets], { paying: StagingXcmV5Location, fees: StagingXcmV5AssetAssets }>;
      /**
       * Expected query response has been received but the querier location of the response does
       * not match the expected. The query remains registered for a later, valid, response to
       * be received and acted upon.
       **/
      InvalidQuerier: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64, expectedQuerier: StagingXcmV5Location, maybeActualQuerier: Option<StagingXcmV5Location>], { origin: StagingXcmV5Location, queryId: u64, expectedQuerier: StagingXcmV5Location, maybeActualQuerier: Option<StagingXcmV5Location> }>;
      /**
       * Expected query response has been received but the expected querier location placed in
       * storage by this runtime previously cannot be decoded. The query remains registered.
       * 
       * This is unexpected (since a location placed in storage in a previously executing
       * runtime should be readable prior to query timeout) and dangerous since the possibly
       * valid response will be dropped. Manual governance intervention is probably going to be
       * needed.
       **/
      InvalidQuerierVersion: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * Expected query response has been received but the origin location of the response does
       * not match that expected. The query remains registered for a later, valid, response to
       * be received and acted upon.
       **/
      InvalidResponder: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64, expectedLocation: Option<StagingXcmV5Location>], { origin: StagingXcmV5Location, queryId: u64, expectedLocation: Option<StagingXcmV5Location> }>;
      /**
       * Expected query response has been received but the expected origin location placed in
       * storage by this runtime previously cannot be decoded. The query remains registered.
       * 
       * This is unexpected (since a location placed in storage in a previously executing
       * runtime should be readable prior to query timeout) and dangerous since the possibly
       * valid response will be dropped. Manual governance intervention is probably going to be
       * needed.
       **/
      InvalidResponderVersion: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * Query response has been received and query is removed. The registered notification has
       * been dispatched and executed successfully.
       **/
      Notified: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. The dispatch was unable to be
       * decoded into a `Call`; this might be due to dispatch function having a signature which
       * is not `(origin, QueryId, Response)`.
       **/
      NotifyDecodeFailed: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. There was a general error with
       * dispatching the notification call.
       **/
      NotifyDispatchError: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. The registered notification
       * could not be dispatched because the dispatch weight is greater than the maximum weight
       * originally budgeted by this runtime for the query result.
       **/
      NotifyOverweight: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8, actualWeight: SpWeightsWeightV2Weight, maxBudgetedWeight: SpWeightsWeightV2Weight], { queryId: u64, palletIndex: u8, callIndex: u8, actualWeight: SpWeightsWeightV2Weight, maxBudgetedWeight: SpWeightsWeightV2Weight }>;
      /**
       * A given location which had a version change subscription was dropped owing to an error
       * migrating the location to our new XCM format.
       **/
      NotifyTargetMigrationFail: AugmentedEvent<ApiType, [location: XcmVersionedLocation, queryId: u64], { location: XcmVersionedLocation, queryId: u64 }>;
      /**
       * A given location which had a version change subscription was dropped owing to an error
       * sending the notification to it.
       **/
      NotifyTargetSendFail: AugmentedEvent<ApiType, [location: StagingXcmV5Location, queryId: u64, error: XcmV5TraitsError], { location: StagingXcmV5Location, queryId: u64, error: XcmV5TraitsError }>;
      /**
       * An XCM message failed to process.
       **/
      ProcessXcmError: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, error: XcmV5TraitsError, messageId: U8aFixed], { origin: StagingXcmV5Location, error: XcmV5TraitsError, messageId: U8aFixed }>;
      /**
       * Query response has been received and is ready for taking with `take_response`. There is
       * no registered notification call.
       **/
      ResponseReady: AugmentedEvent<ApiType, [queryId: u64, response: StagingXcmV5Response], { queryId: u64, response: StagingXcmV5Response }>;
      /**
       * Received query response has been read and removed.
       **/
      ResponseTaken: AugmentedEvent<ApiType, [queryId: u64], { queryId: u64 }>;
      /**
       * An XCM message failed to send.
       **/
      SendFailed: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, destination: StagingXcmV5Location, error: XcmV3TraitsSendError, messageId: U8aFixed], { origin: StagingXcmV5Location, destination: StagingXcmV5Location, error: XcmV3TraitsSendError, messageId: U8aFixed }>;
      /**
       * An XCM message was sent.
       **/
      Sent: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, destination: StagingXcmV5Location, message: StagingXcmV5Xcm, messageId: U8aFixed], { origin: StagingXcmV5Location, destination: StagingXcmV5Location, message: StagingXcmV5Xcm, messageId: U8aFixed }>;
      /**
       * The supported version of a location has been changed. This might be through an
       * automatic notification or a manual intervention.
       **/
      SupportedVersionChanged: AugmentedEvent<ApiType, [location: StagingXcmV5Location, version: u32], { location: StagingXcmV5Location, version: u32 }>;
      /**
       * Query response received which does not match a registered query. This may be because a
       * matching query was never registered, it may be because it is a duplicate response, or
       * because the query timed out.
       **/
      UnexpectedResponse: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * An XCM version change notification message has been attempted to be sent.
       * 
       * The cost of sending it (borne by the chain) is included.
       **/
      VersionChangeNotified: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, result: u32, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, result: u32, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * A XCM version migration finished.
       **/
      VersionMigrationFinished: AugmentedEvent<ApiType, [version: u32], { version: u32 }>;
      /**
       * We have requested that a remote chain send us XCM version change notifications.
       **/
      VersionNotifyRequested: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * A remote has requested XCM version change notification from us and we have honored it.
       * A version information message is sent to them and its cost is included.
       **/
      VersionNotifyStarted: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * We have requested that a remote chain stops sending us XCM version change
       * notifications.
       **/
      VersionNotifyUnrequested: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
    };
    reputation: {
      /**
       * A delegator collected `amount` of rewards from its delegation to `reputer`.
       **/
      DelegatorRewardPaid: AugmentedEvent<ApiType, [topicId: u64, reputer: AccountId32, delegator: AccountId32, amount: u128], { topicId: u64, reputer: AccountId32, delegator: AccountId32, amount: u128 }>;
      /**
       * A reputer window closed but its losses could not be processed (the topic goes on).
       **/
      LossesFailed: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError], { topicId: u64, nonce: u32, error: AlloraSynthesisSynthesisError }>;
      /**
       * A reputer reported the losses of a nonce (or revealed its committed report, on a
       * commit–reveal topic).
       **/
      LossesReported: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, reputer: AccountId32], { topicId: u64, nonce: u32, reputer: AccountId32 }>;
      /**
       * A reputer window closed: the network losses of `reputers` reports updated the
       * regrets and scored those reputers.
       **/
      NetworkLossesComputed: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, networkLoss: i128, reputers: u32], { topicId: u64, nonce: u32, networkLoss: i128, reputers: u32 }>;
      /**
       * The privileged origin changed the pallet's parameters.
       **/
      ParamsUpdated: AugmentedEvent<ApiType, [updates: Vec<PalletReputationParamsReputationParam>], { updates: Vec<PalletReputationParamsReputationParam> }>;
      /**
       * A reputer of a commit–reveal topic committed to a report for a nonce (the report
       * follows, as `LossesReported`, when the reputer reveals it).
       **/
      ReportCommitted: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, reputer: AccountId32], { topicId: u64, nonce: u32, reputer: AccountId32 }>;
      /**
       * A reputer left the topic: its reports at `nonces` open reputer nonces were withdrawn.
       **/
      ReportsWithdrawn: AugmentedEvent<ApiType, [topicId: u64, reputer: AccountId32, nonces: u32], { topicId: u64, reputer: AccountId32, nonces: u32 }>;
      /**
       * A reputer window closed without a report from a sufficiently staked reputer.
       **/
      ReputerNonceClosedEmpty: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * A reputer nonce was dropped unprocessed (too many open, or no window slot free).
       **/
      ReputerNonceDropped: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * Worker nonce `nonce` has a reputer window: its losses are accepted in the blocks
       * `opens_at ..= closes_at − 1` (at least `epoch_length` blocks).
       **/
      ReputerNonceOpened: AugmentedEvent<ApiType, [topicId: u64, nonce: u32, opensAt: u32, closesAt: u32], { topicId: u64, nonce: u32, opensAt: u32, closesAt: u32 }>;
      /**
       * A reputer's reward: `staked` added to its own stake, `to_delegators` to its
       * delegators' pending rewards.
       **/
      ReputerRewarded: AugmentedEvent<ApiType, [topicId: u64, reputer: AccountId32, staked: u128, toDelegators: u128], { topicId: u64, reputer: AccountId32, staked: u128, toDelegators: u128 }>;
      /**
       * A reputer nonce's rewards did not fit in its close's block: they are paid from the
       * next block on (see [`PaymentsDue`]).
       **/
      RewardsDeferred: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * A reputer added to its own stake in a topic.
       **/
      StakeAdded: AugmentedEvent<ApiType, [topicId: u64, reputer: AccountId32, amount: u128], { topicId: u64, reputer: AccountId32, amount: u128 }>;
      /**
       * A delegator staked behind a reputer.
       **/
      StakeDelegated: AugmentedEvent<ApiType, [topicId: u64, reputer: AccountId32, delegator: AccountId32, amount: u128], { topicId: u64, reputer: AccountId32, delegator: AccountId32, amount: u128 }>;
      /**
       * A pending stake removal was cancelled.
       **/
      StakeRemovalCancelled: AugmentedEvent<ApiType, [key: PalletReputationStakeKey], { key: PalletReputationStakeKey }>;
      /**
       * A stake removal was requested; it executes at block `due`.
       **/
      StakeRemovalRequested: AugmentedEvent<ApiType, [key: PalletReputationStakeKey, amount: u128, due: u32], { key: PalletReputationStakeKey, amount: u128, due: u32 }>;
      /**
       * A stake removal executed: `amount` is released to the staker.
       **/
      StakeRemoved: AugmentedEvent<ApiType, [key: PalletReputationStakeKey, amount: u128], { key: PalletReputationStakeKey, amount: u128 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    staking: {
      /**
       * An account has bonded this amount. \[stash, amount\]
       * 
       * NOTE: This event is only emitted when funds are bonded via a dispatchable. Notably,
       * it will not be emitted for staking rewards when they are added to stake.
       **/
      Bonded: AugmentedEvent<ApiType, [stash: AccountId32, amount: u128], { stash: AccountId32, amount: u128 }>;
      /**
       * An account has stopped participating as either a validator or nominator.
       **/
      Chilled: AugmentedEvent<ApiType, [stash: AccountId32], { stash: AccountId32 }>;
      /**
       * Report of a controller batch deprecation.
       **/
      ControllerBatchDeprecated: AugmentedEvent<ApiType, [failures: u32], { failures: u32 }>;
      /**
       * Staking balance migrated from locks to holds, with any balance that could not be held
       * is force withdrawn.
       **/
      CurrencyMigrated: AugmentedEvent<ApiType, [stash: AccountId32, forceWithdraw: u128], { stash: AccountId32, forceWithdraw: u128 }>;
      /**
       * The era payout has been set; the first balance is the validator-payout; the second is
       * the remainder from the maximum amount of reward.
       **/
      EraPaid: AugmentedEvent<ApiType, [eraIndex: u32, validatorPayout: u128, remainder: u128], { eraIndex: u32, validatorPayout: u128, remainder: u128 }>;
      /**
       * A new force era mode was set.
       **/
      ForceEra: AugmentedEvent<ApiType, [mode: PalletStakingForcing], { mode: PalletStakingForcing }>;
      /**
       * A nominator has been kicked from a validator.
       **/
      Kicked: AugmentedEvent<ApiType, [nominator: AccountId32, stash: AccountId32], { nominator: AccountId32, stash: AccountId32 }>;
      /**
       * An old slashing report from a prior era was discarded because it could
       * not be processed.
       **/
      OldSlashingReportDiscarded: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * A Page of stakers rewards are getting paid. `next` is `None` if all pages are claimed.
       **/
      PayoutStarted: AugmentedEvent<ApiType, [eraIndex: u32, validatorStash: AccountId32, page: u32, next: Option<u32>], { eraIndex: u32, validatorStash: AccountId32, page: u32, next: Option<u32> }>;
      /**
       * The nominator has been rewarded by this amount to this destination.
       **/
      Rewarded: AugmentedEvent<ApiType, [stash: AccountId32, dest: PalletStakingRewardDestination, amount: u128], { stash: AccountId32, dest: PalletStakingRewardDestination, amount: u128 }>;
      /**
       * A staker (validator or nominator) has been slashed by the given amount.
       **/
      Slashed: AugmentedEvent<ApiType, [staker: AccountId32, amount: u128], { staker: AccountId32, amount: u128 }>;
      /**
       * A slash for the given validator, for the given percentage of their stake, at the given
       * era as been reported.
       **/
      SlashReported: AugmentedEvent<ApiType, [validator: AccountId32, fraction: Perbill, slashEra: u32], { validator: AccountId32, fraction: Perbill, slashEra: u32 }>;
      /**
       * Targets size limit reached.
       **/
      SnapshotTargetsSizeExceeded: AugmentedEvent<ApiType, [size_: u32], { size_: u32 }>;
      /**
       * Voters size limit reached.
       **/
      SnapshotVotersSizeExceeded: AugmentedEvent<ApiType, [size_: u32], { size_: u32 }>;
      /**
       * A new set of stakers was elected.
       **/
      StakersElected: AugmentedEvent<ApiType, []>;
      /**
       * The election failed. No new era is planned.
       **/
      StakingElectionFailed: AugmentedEvent<ApiType, []>;
      /**
       * An account has unbonded this amount.
       **/
      Unbonded: AugmentedEvent<ApiType, [stash: AccountId32, amount: u128], { stash: AccountId32, amount: u128 }>;
      /**
       * A validator has set their preferences.
       **/
      ValidatorPrefsSet: AugmentedEvent<ApiType, [stash: AccountId32, prefs: PalletStakingValidatorPrefs], { stash: AccountId32, prefs: PalletStakingValidatorPrefs }>;
      /**
       * An account has called `withdraw_unbonded` and removed unbonding chunks worth `Balance`
       * from the unlocking queue.
       **/
      Withdrawn: AugmentedEvent<ApiType, [stash: AccountId32, amount: u128], { stash: AccountId32, amount: u128 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    topics: {
      /**
       * More candidates than the task's cap submitted for `nonce`: the `excluded` ones (lowest
       * score EMAs) are left out and their EMAs drift towards the topic's quantile.
       **/
      ActiveSetSelected: AugmentedEvent<ApiType, [topicId: u64, task: AlloraPrimitivesTopicRewardTask, nonce: u32, selected: u32, excluded: u32], { topicId: u64, task: AlloraPrimitivesTopicRewardTask, nonce: u32, selected: u32, excluded: u32 }>;
      /**
       * More epochs were due at `block` than `MaxActiveTopicsPerBlock`: this topic, among
       * the lightest of them at `weight`, has no epoch this time; its next one is due
       * `epoch_length` blocks later, as if it had started.
       **/
      EpochSkipped: AugmentedEvent<ApiType, [topicId: u64, block: u32, weight: i128], { topicId: u64, block: u32, weight: i128 }>;
      /**
       * A topic's epoch started: its worker nonce is `nonce`.
       **/
      EpochStarted: AugmentedEvent<ApiType, [topicId: u64, nonce: u32], { topicId: u64, nonce: u32 }>;
      /**
       * `account` lost its place in a topic's full role to `by` (`register_replacing`); its
       * deposit was returned (see the `Unregistered` event before this one).
       **/
      Evicted: AugmentedEvent<ApiType, [topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, by: AccountId32], { topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, by: AccountId32 }>;
      /**
       * A fee for a topic was paid to the ecosystem account (payload fees of other pallets).
       **/
      FeePaid: AugmentedEvent<ApiType, [topicId: u64, payer: AccountId32, fee: u128], { topicId: u64, payer: AccountId32, fee: u128 }>;
      /**
       * The privileged origin changed the pallet's parameters.
       **/
      ParamsUpdated: AugmentedEvent<ApiType, [updates: Vec<PalletTopicsParamsTopicsParam>], { updates: Vec<PalletTopicsParamsTopicsParam> }>;
      /**
       * An account joined a topic in a role, paying `fee`; `deposit` is held while it is
       * registered.
       **/
      Registered: AugmentedEvent<ApiType, [topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, fee: u128, deposit: u128], { topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, fee: u128, deposit: u128 }>;
      /**
       * The score EMAs of a task's `scored` participants moved with the instant scores of
       * `nonce`; `quantile` is the new target of excluded candidates.
       **/
      ScoresRecorded: AugmentedEvent<ApiType, [topicId: u64, task: AlloraPrimitivesTopicRewardTask, nonce: u32, scored: u32, quantile: i128], { topicId: u64, task: AlloraPrimitivesTopicRewardTask, nonce: u32, scored: u32, quantile: i128 }>;
      /**
       * A topic's weight qualified: its first epoch starts at `first_epoch_at`.
       **/
      TopicActivated: AugmentedEvent<ApiType, [topicId: u64, firstEpochAt: u32], { topicId: u64, firstEpochAt: u32 }>;
      /**
       * A topic was created; `fee` went to the ecosystem account and its fee revenue, and
       * `deposit` is held from the creator while the topic exists.
       **/
      TopicCreated: AugmentedEvent<ApiType, [topicId: u64, creator: AccountId32, fee: u128, deposit: u128], { topicId: u64, creator: AccountId32, fee: u128, deposit: u128 }>;
      /**
       * A topic left the full schedule to the heavier topic `by` (`activate_replacing`).
       **/
      TopicEvicted: AugmentedEvent<ApiType, [topicId: u64, by: u64], { topicId: u64, by: u64 }>;
      /**
       * Someone added `amount` to a topic's fee revenue.
       **/
      TopicFunded: AugmentedEvent<ApiType, [topicId: u64, funder: AccountId32, amount: u128], { topicId: u64, funder: AccountId32, amount: u128 }>;
      /**
       * A topic left the schedule because its weight fell below `MinTopicWeight`.
       **/
      TopicInactivated: AugmentedEvent<ApiType, [topicId: u64, weight: i128], { topicId: u64, weight: i128 }>;
      /**
       * A topic was retired: its storage is gone and its creator got `deposit` back.
       **/
      TopicRetired: AugmentedEvent<ApiType, [topicId: u64, deposit: u128], { topicId: u64, deposit: u128 }>;
      /**
       * A retirement deleted part of a topic's records; call `retire_topic` again to go on.
       **/
      TopicRetiring: AugmentedEvent<ApiType, [topicId: u64], { topicId: u64 }>;
      /**
       * A topic's creator changed its tuning fields.
       **/
      TopicUpdated: AugmentedEvent<ApiType, [topicId: u64], { topicId: u64 }>;
      /**
       * At an epoch start the topic's weight moved to `weight` (EMA), and its fee revenue
       * decayed ("dripped") to `fee_revenue`.
       **/
      TopicWeightUpdated: AugmentedEvent<ApiType, [topicId: u64, weight: i128, feeRevenue: u128], { topicId: u64, weight: i128, feeRevenue: u128 }>;
      /**
       * An account left a topic's role and got its `deposit` back (its stake, if any, stays
       * until removed).
       **/
      Unregistered: AugmentedEvent<ApiType, [topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, deposit: u128], { topicId: u64, account: AccountId32, role: AlloraPrimitivesTopicRole, deposit: u128 }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
    xcmpQueue: {
      /**
       * An HRMP message was sent to a sibling parachain.
       **/
      XcmpMessageSent: AugmentedEvent<ApiType, [messageHash: U8aFixed], { messageHash: U8aFixed }>;
    };
  } // AugmentedEvents
} // declare module
