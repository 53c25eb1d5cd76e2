/**
 * The `allora_*` JSON-RPC methods, described for @polkadot/api (`rpc` option of
 * `ApiPromise.create`, or a `typesBundle` for polkadot.js apps' config).
 *
 * Each method answers JSON (numbers that JavaScript would round are decimal strings: see
 * `docs/rpc.md`). Object answers are typed `Json`; arrays and scalars get a codec type, because
 * `Json` keeps only an object's keys. {@link AlloraRpc} turns every answer into the plain,
 * typed objects of `./views.ts`.
 */
import type { DefinitionRpc } from '@polkadot/types/types';

const at = { name: 'at', type: 'BlockHash', isOptional: true } as const;
const topicId = { name: 'topicId', type: 'u64' } as const;
const nonce = { name: 'nonce', type: 'u32' } as const;

/** Every method of the `allora` namespace served by `allora-node` (`node/src/rpc.rs`). */
export const alloraRpc = {
  topic: { description: 'The topic, its parameters and its state', params: [topicId, at], type: 'Json' },
  topicCount: { description: 'How many topics were ever created (ids 1..=topicCount)', params: [at], type: 'u64' },
  topicsParams: { description: "The topics pallet's parameters", params: [at], type: 'Json' },
  roles: {
    description: 'The roles the account holds in the topic',
    params: [topicId, { name: 'account', type: 'AccountId' }, at],
    type: 'Vec<Text>',
  },
  score: {
    description: "The participant's score EMA in a task (inference, forecast, reputation)",
    params: [topicId, { name: 'task', type: 'Text' }, { name: 'account', type: 'AccountId' }, at],
    type: 'Option<Json>',
  },
  latestNetworkInference: {
    description: "The topic's latest network inference, whole",
    params: [topicId, at],
    type: 'Json',
  },
  networkInference: { description: 'The network inference of a kept worker nonce', params: [topicId, nonce, at], type: 'Json' },
  payloads: { description: 'The inferences and forecasts of an open or kept nonce', params: [topicId, nonce, at], type: 'Json' },
  regrets: {
    description: 'Every stored regret about the worker',
    params: [topicId, { name: 'worker', type: 'AccountId' }, at],
    type: 'Vec<(Json, Text)>',
  },
  openNonces: { description: 'The worker nonces whose windows are open, oldest first', params: [topicId, at], type: 'Vec<u32>' },
  keptNonces: { description: 'The closed worker nonces the topic keeps, oldest first', params: [topicId, at], type: 'Vec<u32>' },
  inferenceParams: { description: "The inference pallet's parameters", params: [at], type: 'Json' },
  reputerStake: {
    description: "The reputer's own and delegated stake, listening coefficient and pending removal",
    params: [topicId, { name: 'reputer', type: 'AccountId' }, at],
    type: 'Json',
  },
  delegation: {
    description: "A delegator's stake on a reputer, its pending reward and pending removal",
    params: [topicId, { name: 'reputer', type: 'AccountId' }, { name: 'delegator', type: 'AccountId' }, at],
    type: 'Json',
  },
  stakeTotals: { description: "The topic's stake and all topics' together", params: [topicId, at], type: 'Json' },
  reputerScores: {
    description: "The reputers' scores of a closed reputer nonce",
    params: [topicId, nonce, at],
    type: 'Vec<(AccountId, Text)>',
  },
  openReputerNonces: {
    description: 'The nonces open for loss reports, oldest first',
    params: [topicId, at],
    type: 'Vec<Json>',
  },
  reputationParams: { description: "The reputation pallet's parameters", params: [at], type: 'Json' },
  emission: { description: "The emission schedule's figures and running totals", params: [at], type: 'Json' },
} satisfies Record<string, DefinitionRpc>;

/** The names of the `allora_*` methods, as `rpc_methods` lists them. */
export const alloraMethods: string[] = Object.keys(alloraRpc).map((m) => `allora_${m}`);

/** The runtime's `spec_name`: the key of the chain's entry in a `typesBundle`. */
export const SPEC_NAME = 'allora-parachain';

/**
 * A `typesBundle` for @polkadot/api and polkadot.js apps (its `apps-config` takes one per chain):
 * every type comes from the metadata, so the bundle only adds the RPC. `apps-types-bundle.json`
 * is this object as a file.
 */
export const typesBundle = {
  spec: { [SPEC_NAME]: { rpc: { allora: alloraRpc } } },
};
