// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    emissions: {
      /**
       * The new ecosystem share would make the ecosystem bucket smaller than what has already
       * been minted from it.
       **/
      EcosystemShareBelowMinted: AugmentedError<ApiType>;
      /**
       * A share or rate is outside `[0, 1]`.
       **/
      InvalidMintParams: AugmentedError<ApiType>;
      /**
       * `set_reward_params` got no update.
       **/
      NoParamUpdates: AugmentedError<ApiType>;
      /**
       * A reward parameter update sets a negative value.
       **/
      ParamNegative: AugmentedError<ApiType>;
      /**
       * A reward parameter update sets a fraction outside `[0, 1]`.
       **/
      ParamNotAFraction: AugmentedError<ApiType>;
      /**
       * A reward parameter update sets a non-positive value where a positive one is required.
       **/
      ParamNotPositive: AugmentedError<ApiType>;
      /**
       * A reward parameter update sets 0 where at least 1 is required.
       **/
      ParamZero: AugmentedError<ApiType>;
    };
    foreignAssets: {
      /**
       * The asset-account already exists.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The [`Config::AssetIdAllocator`] cannot allocate the asset ID: the id space is
       * exhausted.
       **/
      AssetIdAllocationFailed: AugmentedError<ApiType>;
      /**
       * The asset is not live, and likely being destroyed.
       **/
      AssetNotLive: AugmentedError<ApiType>;
      /**
       * The asset ID is not the one required by [`Config::AssetIdAllocator`].
       **/
      BadAssetId: AugmentedError<ApiType>;
      /**
       * Invalid metadata given.
       **/
      BadMetadata: AugmentedError<ApiType>;
      /**
       * Invalid witness data given.
       **/
      BadWitness: AugmentedError<ApiType>;
      /**
       * Account balance must be greater than or equal to the transfer amount.
       **/
      BalanceLow: AugmentedError<ApiType>;
      /**
       * Callback action resulted in error
       **/
      CallbackFailed: AugmentedError<ApiType>;
      /**
       * The asset cannot be destroyed because some accounts for this asset contain freezes.
       **/
      ContainsFreezes: AugmentedError<ApiType>;
      /**
       * The asset cannot be destroyed because some accounts for this asset contain holds.
       **/
      ContainsHolds: AugmentedError<ApiType>;
      /**
       * The origin account is frozen.
       **/
      Frozen: AugmentedError<ApiType>;
      /**
       * The asset deposit could not be fully moved due to a lock or freeze on the owner.
       **/
      IncompleteDepositTransfer: AugmentedError<ApiType>;
      /**
       * The asset status is not the expected status.
       **/
      IncorrectStatus: AugmentedError<ApiType>;
      /**
       * The asset ID is already taken.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * The asset is a live asset and is actively being used. Usually emit for operations such
       * as `start_destroy` which require the asset to be in a destroying state.
       **/
      LiveAsset: AugmentedError<ApiType>;
      /**
       * Minimum balance should be non-zero.
       **/
      MinBalanceZero: AugmentedError<ApiType>;
      /**
       * The account to alter does not exist.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * The asset-account doesn't have an associated deposit.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The signing account has no permission to do the operation.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The asset should be frozen before the given operation.
       **/
      NotFrozen: AugmentedError<ApiType>;
      /**
       * Tried setting too many reserves.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * No approval exists that would allow the transfer.
       **/
      Unapproved: AugmentedError<ApiType>;
      /**
       * Unable to increment the consumer reference counters on the account. Either no provider
       * reference exists to allow a non-zero balance of a non-self-sufficient asset, or one
       * fewer then the maximum number of consumers has been reached.
       **/
      UnavailableConsumer: AugmentedError<ApiType>;
      /**
       * The given asset ID is unknown.
       **/
      Unknown: AugmentedError<ApiType>;
      /**
       * The operation would result in funds being burned.
       **/
      WouldBurn: AugmentedError<ApiType>;
      /**
       * The source account would not survive the transfer and it needs to stay alive.
       **/
      WouldDie: AugmentedError<ApiType>;
    };
    inference: {
      /**
       * This worker already committed for this nonce.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * This worker already submitted for this nonce.
       **/
      AlreadySubmitted: AugmentedError<ApiType>;
      /**
       * The topic does not use commit–reveal: submit with `submit_worker_payload`.
       **/
      CommitRevealOff: AugmentedError<ApiType>;
      /**
       * The topic uses commit–reveal: commit with `commit_worker_payload`, then reveal with
       * `reveal_worker_payload`.
       **/
      CommitRevealOn: AugmentedError<ApiType>;
      /**
       * A forecast was given with no element.
       **/
      EmptyForecast: AugmentedError<ApiType>;
      /**
       * Neither an inference nor a forecast was given.
       **/
      EmptyPayload: AugmentedError<ApiType>;
      /**
       * This worker did not commit for this nonce: nothing to reveal.
       **/
      NoCommitment: AugmentedError<ApiType>;
      /**
       * The nonce is not an open worker nonce of the topic (never opened, or closed).
       **/
      NonceNotOpen: AugmentedError<ApiType>;
      /**
       * `set_params` got no update.
       **/
      NoParamUpdates: AugmentedError<ApiType>;
      /**
       * No topic has this id.
       **/
      NoSuchTopic: AugmentedError<ApiType>;
      /**
       * The nonce's window is not in its commit phase (not started, or revealing already).
       **/
      NotCommitPhase: AugmentedError<ApiType>;
      /**
       * The sender is not a registered worker of the topic.
       **/
      NotRegisteredWorker: AugmentedError<ApiType>;
      /**
       * The nonce's window is not in its reveal phase (still committing).
       **/
      NotRevealPhase: AugmentedError<ApiType>;
      /**
       * The nonce's submission window has not started yet or is over.
       **/
      OutsideSubmissionWindow: AugmentedError<ApiType>;
      /**
       * A parameter update exceeds the runtime's hard bound for it.
       **/
      ParamAboveLimit: AugmentedError<ApiType>;
      /**
       * A parameter update sets a negative value.
       **/
      ParamNegative: AugmentedError<ApiType>;
      /**
       * A parameter update sets a fraction outside `[0, 1]`.
       **/
      ParamNotAFraction: AugmentedError<ApiType>;
      /**
       * A parameter update sets a non-positive value where a positive one is required.
       **/
      ParamNotPositive: AugmentedError<ApiType>;
      /**
       * A parameter update sets 0 where at least 1 is required.
       **/
      ParamZero: AugmentedError<ApiType>;
      /**
       * The payload and salt do not hash to this worker's commitment.
       **/
      RevealMismatch: AugmentedError<ApiType>;
      /**
       * A forecast has more elements than `MaxElementsPerForecast` (duplicates not counted).
       **/
      TooManyForecastElements: AugmentedError<ApiType>;
      /**
       * An inference or forecasted loss is larger in magnitude than `MaxAbsValue`.
       **/
      ValueOutOfRange: AugmentedError<ApiType>;
    };
    messageQueue: {
      /**
       * The message was already processed and cannot be processed again.
       **/
      AlreadyProcessed: AugmentedError<ApiType>;
      /**
       * There is temporarily not enough weight to continue servicing messages.
       **/
      InsufficientWeight: AugmentedError<ApiType>;
      /**
       * The referenced message could not be found.
       **/
      NoMessage: AugmentedError<ApiType>;
      /**
       * Page to be reaped does not exist.
       **/
      NoPage: AugmentedError<ApiType>;
      /**
       * Page is not reapable because it has items remaining to be processed and is not old
       * enough.
       **/
      NotReapable: AugmentedError<ApiType>;
      /**
       * The message is queued for future execution.
       **/
      Queued: AugmentedError<ApiType>;
      /**
       * The queue is paused and no message can be executed from it.
       * 
       * This can change at any time and may resolve in the future by re-trying.
       **/
      QueuePaused: AugmentedError<ApiType>;
      /**
       * Another call is in progress and needs to finish before this call can happen.
       **/
      RecursiveDisallowed: AugmentedError<ApiType>;
      /**
       * This message is temporarily unprocessable.
       * 
       * Such errors are expected, but not guaranteed, to resolve themselves eventually through
       * retrying.
       **/
      TemporarilyUnprocessable: AugmentedError<ApiType>;
    };
    parachainSystem: {
      /**
       * The inherent which supplies the host configuration did not run this block.
       **/
      HostConfigurationNotAvailable: AugmentedError<ApiType>;
      /**
       * No validation function upgrade is currently scheduled.
       **/
      NotScheduled: AugmentedError<ApiType>;
      /**
       * Attempt to upgrade validation function while existing upgrade pending.
       **/
      OverlappingUpgrades: AugmentedError<ApiType>;
      /**
       * Polkadot currently prohibits this parachain from upgrading its validation function.
       **/
      ProhibitedByPolkadot: AugmentedError<ApiType>;
      /**
       * The supplied validation function has compiled into a blob larger than Polkadot is
       * willing to run.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * The inherent which supplies the validation data did not run this block.
       **/
      ValidationDataNotAvailable: AugmentedError<ApiType>;
    };
    polkadotXcm: {
      /**
       * The given account is not an identifiable sovereign account for any location.
       **/
      AccountNotSovereign: AugmentedError<ApiType>;
      /**
       * The alias to remove authorization for was not found.
       **/
      AliasNotFound: AugmentedError<ApiType>;
      /**
       * The location is invalid since it already has a subscription from us.
       **/
      AlreadySubscribed: AugmentedError<ApiType>;
      /**
       * The given location could not be used (e.g. because it cannot be expressed in the
       * desired version of XCM).
       **/
      BadLocation: AugmentedError<ApiType>;
      /**
       * The version of the `Versioned` value used is not able to be interpreted.
       **/
      BadVersion: AugmentedError<ApiType>;
      /**
       * Could not check-out the assets for teleportation to the destination chain.
       **/
      CannotCheckOutTeleport: AugmentedError<ApiType>;
      /**
       * Could not re-anchor the assets to declare the fees for the destination chain.
       **/
      CannotReanchor: AugmentedError<ApiType>;
      /**
       * The destination `Location` provided cannot be inverted.
       **/
      DestinationNotInvertible: AugmentedError<ApiType>;
      /**
       * The assets to be sent are empty.
       **/
      Empty: AugmentedError<ApiType>;
      /**
       * Expiry block number is in the past.
       **/
      ExpiresInPast: AugmentedError<ApiType>;
      /**
       * The operation required fees to be paid which the initiator could not meet.
       **/
      FeesNotMet: AugmentedError<ApiType>;
      /**
       * The message execution fails the filter.
       **/
      Filtered: AugmentedError<ApiType>;
      /**
       * The unlock operation cannot succeed because there are still consumers of the lock.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * Invalid asset, reserve chain could not be determined for it.
       **/
      InvalidAssetUnknownReserve: AugmentedError<ApiType>;
      /**
       * Invalid asset, do not support remote asset reserves with different fees reserves.
       **/
      InvalidAssetUnsupportedReserve: AugmentedError<ApiType>;
      /**
       * Origin is invalid for sending.
       **/
      InvalidOrigin: AugmentedError<ApiType>;
      /**
       * Local XCM execution incomplete.
       **/
      LocalExecutionIncomplete: AugmentedError<ApiType>;
      /**
       * Local XCM execution incomplete with the actual XCM error and the index of the
       * instruction that caused the error.
       **/
      LocalExecutionIncompleteWithError: AugmentedError<ApiType>;
      /**
       * A remote lock with the corresponding data could not be found.
       **/
      LockNotFound: AugmentedError<ApiType>;
      /**
       * The owner does not own (all) of the asset that they wish to do the operation on.
       **/
      LowBalance: AugmentedError<ApiType>;
      /**
       * The referenced subscription could not be found.
       **/
      NoSubscription: AugmentedError<ApiType>;
      /**
       * There was some other issue (i.e. not to do with routing) in sending the message.
       * Perhaps a lack of space for buffering the message.
       **/
      SendFailure: AugmentedError<ApiType>;
      /**
       * Too many assets have been attempted for transfer.
       **/
      TooManyAssets: AugmentedError<ApiType>;
      /**
       * Too many locations authorized to alias origin.
       **/
      TooManyAuthorizedAliases: AugmentedError<ApiType>;
      /**
       * The asset owner has too many locks on the asset.
       **/
      TooManyLocks: AugmentedError<ApiType>;
      /**
       * Too many assets with different reserve locations have been attempted for transfer.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * The desired destination was unreachable, generally because there is a no way of routing
       * to it.
       **/
      Unreachable: AugmentedError<ApiType>;
      /**
       * The message's weight could not be determined.
       **/
      UnweighableMessage: AugmentedError<ApiType>;
    };
    reputation: {
      /**
       * This reputer already committed for this nonce.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * This reputer already reported this nonce.
       **/
      AlreadyReported: AugmentedError<ApiType>;
      /**
       * The reputer's authority stake is below `RequiredMinimumStake`.
       **/
      BelowMinimumStake: AugmentedError<ApiType>;
      /**
       * The account cannot hold this amount (free balance too low).
       **/
      CannotHold: AugmentedError<ApiType>;
      /**
       * The topic does not use commit–reveal: report with `submit_reputer_payload`.
       **/
      CommitRevealOff: AugmentedError<ApiType>;
      /**
       * The topic uses commit–reveal: commit with `commit_reputer_payload`, then reveal with
       * `reveal_reputer_payload`.
       **/
      CommitRevealOn: AugmentedError<ApiType>;
      /**
       * The amount exceeds the stake it would come from.
       **/
      InsufficientStake: AugmentedError<ApiType>;
      /**
       * This reputer did not commit for this nonce: nothing to reveal.
       **/
      NoCommitment: AugmentedError<ApiType>;
      /**
       * `set_params` got no update.
       **/
      NoParamUpdates: AugmentedError<ApiType>;
      /**
       * There is no pending removal to cancel.
       **/
      NoPendingRemoval: AugmentedError<ApiType>;
      /**
       * No topic has this id.
       **/
      NoSuchTopic: AugmentedError<ApiType>;
      /**
       * The nonce's reputer window is not in its commit phase (not started, or revealing
       * already).
       **/
      NotCommitPhase: AugmentedError<ApiType>;
      /**
       * The delegation has no reward to collect.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * The account is not a registered reputer of the topic.
       **/
      NotRegisteredReputer: AugmentedError<ApiType>;
      /**
       * The nonce's reputer window is not in its reveal phase (still committing).
       **/
      NotRevealPhase: AugmentedError<ApiType>;
      /**
       * A parameter update exceeds the runtime's hard bound for it.
       **/
      ParamAboveLimit: AugmentedError<ApiType>;
      /**
       * A parameter update sets a negative value.
       **/
      ParamNegative: AugmentedError<ApiType>;
      /**
       * A parameter update sets a fraction outside `[0, 1]`.
       **/
      ParamNotAFraction: AugmentedError<ApiType>;
      /**
       * A parameter update sets a non-positive value where a positive one is required.
       **/
      ParamNotPositive: AugmentedError<ApiType>;
      /**
       * A parameter update sets 0 where at least 1 is required.
       **/
      ParamZero: AugmentedError<ApiType>;
      /**
       * The removal would leave a stake below `MinStakeAmount`: remove all of it, or less.
       **/
      RemovalLeavesDust: AugmentedError<ApiType>;
      /**
       * Too many removals fall due in that block already; try again next block.
       **/
      RemovalQueueFull: AugmentedError<ApiType>;
      /**
       * The nonce has no reputer window (never had a network inference, or closed).
       **/
      ReputerNonceNotOpen: AugmentedError<ApiType>;
      /**
       * The nonce's reputer window has not started: its ground truth is not due yet (see
       * `opens_at` in the `ReputerNonceOpened` event).
       **/
      ReputerWindowNotStarted: AugmentedError<ApiType>;
      /**
       * The nonce's reputer window is over (`closes_at` has come); it is being closed.
       **/
      ReputerWindowOver: AugmentedError<ApiType>;
      /**
       * The report and salt do not hash to this reputer's commitment.
       **/
      RevealMismatch: AugmentedError<ApiType>;
      /**
       * A reputer cannot delegate to itself (it stakes with `add_stake`).
       **/
      SelfDelegation: AugmentedError<ApiType>;
      /**
       * The stake (your own, or this delegation) would stay below `MinStakeAmount`.
       **/
      StakeBelowMinimum: AugmentedError<ApiType>;
      /**
       * The nonce has `MaxReputersPerTopic` reports already.
       **/
      TooManyReports: AugmentedError<ApiType>;
      /**
       * A loss is larger in magnitude than `MaxAbsValue`.
       **/
      ValueOutOfRange: AugmentedError<ApiType>;
      /**
       * A list of the report does not name exactly the nonce's participants.
       **/
      WrongParticipants: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    staking: {
      /**
       * Stash is already bonded.
       **/
      AlreadyBonded: AugmentedError<ApiType>;
      /**
       * Rewards for this era have already been claimed for this validator.
       **/
      AlreadyClaimed: AugmentedError<ApiType>;
      /**
       * The stake of this account is already migrated to `Fungible` holds.
       **/
      AlreadyMigrated: AugmentedError<ApiType>;
      /**
       * Controller is already paired.
       **/
      AlreadyPaired: AugmentedError<ApiType>;
      /**
       * Internal state has become somehow corrupted and the operation cannot continue.
       **/
      BadState: AugmentedError<ApiType>;
      /**
       * A nomination target was supplied that was blocked or otherwise not a validator.
       **/
      BadTarget: AugmentedError<ApiType>;
      /**
       * Some bound is not met.
       **/
      BoundNotMet: AugmentedError<ApiType>;
      /**
       * The user has enough bond and thus cannot be chilled forcefully by an external person.
       **/
      CannotChillOther: AugmentedError<ApiType>;
      /**
       * Stash could not be reaped as other pallet might depend on it.
       **/
      CannotReapStash: AugmentedError<ApiType>;
      /**
       * Cannot reset a ledger.
       **/
      CannotRestoreLedger: AugmentedError<ApiType>;
      /**
       * Commission is too low. Must be at least `MinCommission`.
       **/
      CommissionTooLow: AugmentedError<ApiType>;
      /**
       * Used when attempting to use deprecated controller account logic.
       **/
      ControllerDeprecated: AugmentedError<ApiType>;
      /**
       * Duplicate index.
       **/
      DuplicateIndex: AugmentedError<ApiType>;
      /**
       * Targets cannot be empty.
       **/
      EmptyTargets: AugmentedError<ApiType>;
      /**
       * Attempting to target a stash that still has funds.
       **/
      FundedTarget: AugmentedError<ApiType>;
      /**
       * Incorrect previous history depth input provided.
       **/
      IncorrectHistoryDepth: AugmentedError<ApiType>;
      /**
       * Incorrect number of slashing spans provided.
       **/
      IncorrectSlashingSpans: AugmentedError<ApiType>;
      /**
       * Cannot have a validator or nominator role, with value less than the minimum defined by
       * governance (see `MinValidatorBond` and `MinNominatorBond`). If unbonding is the
       * intention, `chill` first to remove one's role as validator/nominator.
       **/
      InsufficientBond: AugmentedError<ApiType>;
      /**
       * Invalid era to reward.
       **/
      InvalidEraToReward: AugmentedError<ApiType>;
      /**
       * Invalid number of nominations.
       **/
      InvalidNumberOfNominations: AugmentedError<ApiType>;
      /**
       * No nominators exist on this page.
       **/
      InvalidPage: AugmentedError<ApiType>;
      /**
       * Slash record index out of bounds.
       **/
      InvalidSlashIndex: AugmentedError<ApiType>;
      /**
       * Can not schedule more unlock chunks.
       **/
      NoMoreChunks: AugmentedError<ApiType>;
      /**
       * Not a controller account.
       **/
      NotController: AugmentedError<ApiType>;
      /**
       * Not enough funds available to withdraw.
       **/
      NotEnoughFunds: AugmentedError<ApiType>;
      /**
       * Items are not sorted and unique.
       **/
      NotSortedAndUnique: AugmentedError<ApiType>;
      /**
       * Not a stash account.
       **/
      NotStash: AugmentedError<ApiType>;
      /**
       * Can not rebond without unlocking chunks.
       **/
      NoUnlockChunk: AugmentedError<ApiType>;
      /**
       * Account is restricted from participation in staking. This may happen if the account is
       * staking in another way already, such as via pool.
       **/
      Restricted: AugmentedError<ApiType>;
      /**
       * Provided reward destination is not allowed.
       **/
      RewardDestinationRestricted: AugmentedError<ApiType>;
      /**
       * There are too many nominators in the system. Governance needs to adjust the staking
       * settings to keep things safe for the runtime.
       **/
      TooManyNominators: AugmentedError<ApiType>;
      /**
       * Too many nomination targets supplied.
       **/
      TooManyTargets: AugmentedError<ApiType>;
      /**
       * There are too many validator candidates in the system. Governance needs to adjust the
       * staking settings to keep things safe for the runtime.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * Operation not allowed for virtual stakers.
       **/
      VirtualStakerNotAllowed: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    topics: {
      /**
       * The active topic weighs at least as much as the one that would replace it.
       **/
      ActiveTopicWeighsMore: AugmentedError<ApiType>;
      /**
       * `alpha_regret` is outside `(0, 1]`.
       **/
      AlphaRegretOutOfRange: AugmentedError<ApiType>;
      /**
       * The topic is active already.
       **/
      AlreadyActive: AugmentedError<ApiType>;
      /**
       * The account already holds this role in this topic.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The account cannot set the deposit aside (free balance too low).
       **/
      CannotHoldDeposit: AugmentedError<ApiType>;
      /**
       * The account cannot pay this fee or amount (and stay alive).
       **/
      CannotPay: AugmentedError<ApiType>;
      /**
       * `MinEpochLength` would exceed `MaxEpochLength`.
       **/
      EpochBoundsInverted: AugmentedError<ApiType>;
      /**
       * The epoch length is above the parameter `MaxEpochLength`.
       **/
      EpochTooLong: AugmentedError<ApiType>;
      /**
       * The epoch length is below the parameter `MinEpochLength`.
       **/
      EpochTooShort: AugmentedError<ApiType>;
      /**
       * `epsilon` is not positive.
       **/
      EpsilonNotPositive: AugmentedError<ApiType>;
      /**
       * `active_forecaster_quantile` is outside `[0, 1)`.
       **/
      ForecasterQuantileOutOfRange: AugmentedError<ApiType>;
      /**
       * The ground-truth lag exceeds `MaxUnfulfilledReputerRequests` epochs.
       **/
      GroundTruthLagTooLong: AugmentedError<ApiType>;
      /**
       * The ground-truth lag is shorter than the epoch.
       **/
      GroundTruthLagTooShort: AugmentedError<ApiType>;
      /**
       * `active_inferer_quantile` is outside `[0, 1)`.
       **/
      InfererQuantileOutOfRange: AugmentedError<ApiType>;
      /**
       * The loss method is empty.
       **/
      LossMethodEmpty: AugmentedError<ApiType>;
      /**
       * The loss method is longer than the parameter `MaxStringLength`.
       **/
      LossMethodTooLong: AugmentedError<ApiType>;
      /**
       * The member scores at or above the topic's quantile in a task of the role.
       **/
      MemberScoresWell: AugmentedError<ApiType>;
      /**
       * The member has been registered for less than an epoch of the topic.
       **/
      MemberTooNew: AugmentedError<ApiType>;
      /**
       * `merit_sortition_alpha` is outside `[0, 1)`.
       **/
      MeritSortitionAlphaOutOfRange: AugmentedError<ApiType>;
      /**
       * The metadata is longer than the parameter `MaxStringLength`.
       **/
      MetadataTooLong: AugmentedError<ApiType>;
      /**
       * `set_params` got no update.
       **/
      NoParamUpdates: AugmentedError<ApiType>;
      /**
       * No topic has this id.
       **/
      NoSuchTopic: AugmentedError<ApiType>;
      /**
       * The topic to replace is not active.
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * The account does not hold this role in this topic.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * Only the topic's creator may update it.
       **/
      NotTopicCreator: AugmentedError<ApiType>;
      /**
       * A parameter exceeds the hard bound for it (255 for `MaxStringLength`, 20 for
       * `GradientDescentMaxIters`; the runtime's
       * `MaxUnfulfilledRequests`, `MaxForecastElements`, `MaxActiveTopics`,
       * `MaxActiveWorkers` for the top inferers and forecasters together, `MaxActiveReputers`
       * for the top reputers).
       **/
      ParamAboveLimit: AugmentedError<ApiType>;
      /**
       * A parameter must not be negative.
       **/
      ParamNegative: AugmentedError<ApiType>;
      /**
       * A parameter must lie in `[0, 1]`.
       **/
      ParamNotAFraction: AugmentedError<ApiType>;
      /**
       * A parameter must be positive.
       **/
      ParamNotPositive: AugmentedError<ApiType>;
      /**
       * A count or duration parameter must be at least 1.
       **/
      ParamZero: AugmentedError<ApiType>;
      /**
       * `p_norm` is outside `2.5..=4.5`.
       **/
      PNormOutOfRange: AugmentedError<ApiType>;
      /**
       * `active_reputer_quantile` is outside `[0, 1)`.
       **/
      ReputerQuantileOutOfRange: AugmentedError<ApiType>;
      /**
       * The reputer reveal phase is as long as the epoch (a reputer window's length) or longer:
       * nobody could commit.
       **/
      ReputerRevealPhaseTooLong: AugmentedError<ApiType>;
      /**
       * Commit–reveal with a reputer reveal phase of 0 blocks: nobody could reveal.
       **/
      ReputerRevealPhaseZero: AugmentedError<ApiType>;
      /**
       * The role still has room: use `register`.
       **/
      RoleNotFull: AugmentedError<ApiType>;
      /**
       * The epoch schedule has room: a topic whose weight qualifies is activated by
       * `fund_topic` (or any call that changes its weight).
       **/
      ScheduleNotFull: AugmentedError<ApiType>;
      /**
       * The worker submission window is longer than the epoch.
       **/
      SubmissionWindowTooLong: AugmentedError<ApiType>;
      /**
       * The worker submission window is zero.
       **/
      SubmissionWindowZero: AugmentedError<ApiType>;
      /**
       * The topic has `MaxReputersPerTopic` reputers already.
       **/
      TooManyReputers: AugmentedError<ApiType>;
      /**
       * The topic has `MaxWorkersPerTopic` workers already.
       **/
      TooManyWorkers: AugmentedError<ApiType>;
      /**
       * The topic still has open worker or reputer nonces.
       **/
      TopicHasOpenNonces: AugmentedError<ApiType>;
      /**
       * The topic still has registered workers or reputers.
       **/
      TopicHasParticipants: AugmentedError<ApiType>;
      /**
       * Stake is still behind the topic (its removals have not all executed).
       **/
      TopicHasStake: AugmentedError<ApiType>;
      /**
       * The topic has been inactive for less than `RetireInactiveTopicsAfter` blocks.
       **/
      TopicRecentlyActive: AugmentedError<ApiType>;
      /**
       * The topic's weight is below `MinTopicWeight` (or it has no fee revenue).
       **/
      WeightTooLow: AugmentedError<ApiType>;
      /**
       * The worker reveal phase is as long as the submission window or longer: nobody could
       * commit (a window of one block cannot use commit–reveal).
       **/
      WorkerRevealPhaseTooLong: AugmentedError<ApiType>;
      /**
       * Commit–reveal with a worker reveal phase of 0 blocks: nobody could reveal.
       **/
      WorkerRevealPhaseZero: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
    xcmpQueue: {
      /**
       * The execution is already resumed.
       **/
      AlreadyResumed: AugmentedError<ApiType>;
      /**
       * The execution is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * Setting the queue config failed since one of its values was invalid.
       **/
      BadQueueConfig: AugmentedError<ApiType>;
      /**
       * The message is too big.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * There are too many active outbound channels.
       **/
      TooManyActiveOutboundChannels: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
