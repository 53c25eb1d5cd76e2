/**
 * What the `allora_*` RPC methods answer (`docs/rpc.md`), as TypeScript types. Numbers that
 * JavaScript would round are decimal strings: `Decimal` for fixed-point values (`"3001.5"`),
 * `Amount` for balances in the smallest unit (`"1000000000000000000000"` = 1 000 ALLO); parse
 * them with `parseFixed` / `BigInt` and show them with `formatAllo` / `roundDecimal`.
 */

/** An exact 18-decimal fixed-point value as a decimal string: `"3001.5"`, `"-0.25"`. */
export type Decimal = string;
/** An amount in the smallest unit as a decimal integer string. */
export type Amount = string;
/** An account as an SS58 string. */
export type Account = string;
/** A list sorted by account: `[account, value]` pairs. */
export type ByAccount<T> = Array<[Account, T]>;

/** The loss function a topic scores inferences with. */
export type LossMethod = 'mse' | 'mae' | 'huber' | 'logLoss' | string;

/** A topic's parameters as created or updated. */
export interface TopicConfig {
  metadata: string;
  lossMethod: LossMethod;
  epochLength: number;
  groundTruthLag: number;
  workerSubmissionWindow: number;
  pNorm: Decimal;
  alphaRegret: Decimal;
  allowNegative: boolean;
  epsilon: Decimal;
  meritSortitionAlpha: Decimal;
  activeInfererQuantile: Decimal;
  activeForecasterQuantile: Decimal;
  activeReputerQuantile: Decimal;
  /** Commit–reveal: the reveal phases' lengths in blocks, or `null` (payloads public when sent). */
  commitReveal: RevealPhases | null;
}

/** The last `worker` blocks of a worker window and the last `reputer` blocks of a reputer
 * window are their reveal phases; the blocks before, their commit phases. */
export interface RevealPhases {
  worker: number;
  reputer: number;
}

/** `allora_topic`: the topic, its parameters and its state. */
export interface TopicView {
  id: number;
  creator: Account;
  config: TopicConfig;
  initialRegret: Decimal;
  /** The latest worker nonce (the block its epoch started). */
  currentEpochStart: number;
  /** `null` while the topic is inactive (not scheduled). */
  nextEpochStart: number | null;
  feeRevenue: Amount;
  /** The topic's weight as of its latest epoch start. */
  weight: Decimal;
  workers: number;
  reputers: number;
}

/** `allora_latestNetworkInference` / `allora_networkInference`. */
export interface NetworkInferenceView {
  nonce: number;
  /** The network inference. */
  combined: Decimal;
  /** The inferers-only inference; `"0"` on the simple paths (where the lists below are empty). */
  naive: Decimal;
  forecastImplied: ByAccount<Decimal>;
  oneOutInferers: ByAccount<Decimal>;
  oneOutForecasters: ByAccount<Decimal>;
  oneInForecasters: ByAccount<Decimal>;
  infererWeights: ByAccount<Decimal>;
  forecasterWeights: ByAccount<Decimal>;
  /** The 2.28, 15.87, 50, 84.13 and 97.72 weighted percentiles; empty on the simple paths. */
  confidenceInterval: Decimal[];
}

/** `allora_payloads`: inferences, and each forecaster's forecast losses of the inferers. */
export interface PayloadsView {
  inferences: ByAccount<Decimal>;
  forecasts: ByAccount<ByAccount<Decimal>>;
  /** Commit–reveal topics: the workers that committed (a payload shows only once revealed). */
  committed: Account[];
}

/** One `allora_regrets` entry: its key (e.g. `{ inferer: account }`) and the regret. */
export type RegretEntry = [Record<string, unknown>, Decimal];

/** `allora_score`. */
export interface ScoreEma {
  nonce: number;
  score: Decimal;
}

/** A task a participant is scored in. */
export type RewardTask = 'inference' | 'forecast' | 'reputation';

/** A removal of stake waiting for its due block. */
export interface PendingRemoval {
  amount: Amount;
  due: number;
}

/** `allora_reputerStake`. */
export interface ReputerStakeView {
  own: Amount;
  delegated: Amount;
  listeningCoefficient: Decimal;
  pendingRemoval: PendingRemoval | null;
}

/** `allora_delegation`. */
export interface DelegationView {
  amount: Amount;
  /** Rewards the delegator may collect now (`reputation.claimDelegatorRewards`). */
  pendingReward: Amount;
  pendingRemoval: PendingRemoval | null;
}

/** `allora_stakeTotals`. */
export interface StakeTotals {
  topic: Amount;
  total: Amount;
}

/** `allora_openReputerNonces`: reports are accepted in blocks `opensAt ..= closesAt - 1`. */
export interface ReputerNonce {
  nonce: number;
  opensAt: number;
  closesAt: number;
  /** Reports stored so far, a commitment counting as its report. */
  reports: number;
  /** Commit–reveal topics: the reputers that committed (a report shows only once revealed). */
  committed: Account[];
}

/** `allora_emission` (`docs/tokenomics.md` says what each figure means). */
export interface EmissionView {
  params: Record<string, Decimal>;
  rewardParams: Record<string, Decimal>;
  /** Monthly; `null` before the first recalculation. */
  emissionPerStakedToken: Decimal | null;
  blockEmission: Amount;
  networkBlockEmission: Amount;
  validatorRewardsOwed: Amount;
  reputersRewardShare: Decimal;
  ecosystemMinted: Amount;
  networkEmitted: Amount;
  rewardsPaid: Amount;
  burnt: Amount;
}

/** A pallet's parameters (`allora_topicsParams`, `allora_inferenceParams`, `allora_reputationParams`). */
export type Params = Record<string, unknown>;
