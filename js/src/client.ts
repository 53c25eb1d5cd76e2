/**
 * Connecting to an Allora node with @polkadot/api, and {@link AlloraRpc}: the `allora_*` methods
 * with typed answers.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';
import type { Codec } from '@polkadot/types/types';
import { alloraRpc } from './rpc.js';
import type {
  Account, DelegationView, EmissionView, NetworkInferenceView, Params, PayloadsView, RegretEntry,
  ReputerNonce, ReputerStakeView, RewardTask, ScoreEma, StakeTotals, TopicView, Decimal,
} from './views.js';

/**
 * The transaction extensions of our runtime that @polkadot/api does not know. Neither adds
 * anything to a transaction or to what is signed: `AuthorizeCall` (frame-system: calls that
 * authorize themselves, such as `apply_authorized_upgrade`) and cumulus' `StorageWeightReclaim`.
 */
export const signedExtensions = {
  AuthorizeCall: { extrinsic: {}, payload: {} },
  StorageWeightReclaim: { extrinsic: {}, payload: {} },
};

/**
 * The options `ApiPromise.create` needs for our chain: the `allora` RPC definitions and our
 * transaction extensions, so that it connects without a warning.
 */
export function alloraApiOptions(options: ApiOptions = {}): ApiOptions {
  return {
    ...options,
    rpc: { ...options.rpc, allora: alloraRpc },
    signedExtensions: { ...signedExtensions, ...options.signedExtensions },
  };
}

/** An `ApiPromise` connected to `url` (`ws://127.0.0.1:9944` by default), with our RPC. */
export async function connect(url = 'ws://127.0.0.1:9944', options: ApiOptions = {}): Promise<ApiPromise> {
  return ApiPromise.create(alloraApiOptions({ provider: new WsProvider(url), ...options }));
}

/**
 * Signing options for a transaction: a mortal era of `period` blocks that starts `lag` blocks
 * behind the best block. On a dev chain every block is final at once, so an era that starts at
 * the newest block can reach the pool before the pool has imported that block, and is refused
 * as "ancient birth block"; a few blocks back is known to every state the pool checks against.
 */
export async function signingOptions(api: ApiPromise, lag = 4, period = 64) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const birth = Math.max(0, best - lag);
  return {
    blockHash: await api.rpc.chain.getBlockHash(birth),
    era: api.createType('ExtrinsicEra', { current: birth, period }),
  };
}

type RpcMethod = (...args: unknown[]) => Promise<Codec>;

/**
 * The `allora_*` RPC of a connected `ApiPromise` (created with {@link alloraApiOptions}), each
 * answer as the plain object of `./views.ts`. `at` asks a block's state (a block hash). A query
 * error rejects with the node's `code: message` (8000 `NoSuchTopic`, ...: `docs/rpc.md`).
 */
export class AlloraRpc {
  constructor(readonly api: ApiPromise) {}

  private async call<T>(method: keyof typeof alloraRpc, ...args: unknown[]): Promise<T> {
    const section = (this.api.rpc as unknown as Record<string, Record<string, RpcMethod>>).allora;
    if (!section?.[method]) throw new Error('the ApiPromise has no allora RPC: create it with alloraApiOptions()');
    // An omitted `at` must not be sent: @polkadot/api would encode `undefined` as the zero hash.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const answer = await section[method](...args);
    return answer.toJSON() as T;
  }

  topic(topicId: number, at?: string): Promise<TopicView> { return this.call('topic', topicId, at); }
  topicCount(at?: string): Promise<number> { return this.call('topicCount', at); }
  topicsParams(at?: string): Promise<Params> { return this.call('topicsParams', at); }
  roles(topicId: number, account: Account, at?: string): Promise<string[]> { return this.call('roles', topicId, account, at); }
  score(topicId: number, task: RewardTask, account: Account, at?: string): Promise<ScoreEma | null> {
    return this.call('score', topicId, task, account, at);
  }
  latestNetworkInference(topicId: number, at?: string): Promise<NetworkInferenceView> {
    return this.call('latestNetworkInference', topicId, at);
  }
  networkInference(topicId: number, nonce: number, at?: string): Promise<NetworkInferenceView> {
    return this.call('networkInference', topicId, nonce, at);
  }
  payloads(topicId: number, nonce: number, at?: string): Promise<PayloadsView> { return this.call('payloads', topicId, nonce, at); }
  regrets(topicId: number, worker: Account, at?: string): Promise<RegretEntry[]> { return this.call('regrets', topicId, worker, at); }
  openNonces(topicId: number, at?: string): Promise<number[]> { return this.call('openNonces', topicId, at); }
  keptNonces(topicId: number, at?: string): Promise<number[]> { return this.call('keptNonces', topicId, at); }
  inferenceParams(at?: string): Promise<Params> { return this.call('inferenceParams', at); }
  reputerStake(topicId: number, reputer: Account, at?: string): Promise<ReputerStakeView> {
    return this.call('reputerStake', topicId, reputer, at);
  }
  delegation(topicId: number, reputer: Account, delegator: Account, at?: string): Promise<DelegationView> {
    return this.call('delegation', topicId, reputer, delegator, at);
  }
  stakeTotals(topicId: number, at?: string): Promise<StakeTotals> { return this.call('stakeTotals', topicId, at); }
  reputerScores(topicId: number, nonce: number, at?: string): Promise<Array<[Account, Decimal]>> {
    return this.call('reputerScores', topicId, nonce, at);
  }
  openReputerNonces(topicId: number, at?: string): Promise<ReputerNonce[]> { return this.call('openReputerNonces', topicId, at); }
  reputationParams(at?: string): Promise<Params> { return this.call('reputationParams', at); }
  emission(at?: string): Promise<EmissionView> { return this.call('emission', at); }
}
