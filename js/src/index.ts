/**
 * `@allora-polkadot/api`: a typed client for Allora on Polkadot.
 *
 * - `connect(url)` / `alloraApiOptions()`: @polkadot/api with our `allora_*` RPC decorated;
 *   importing this package augments @polkadot/api's types with our runtime's (`api.query.topics`,
 *   `api.tx.reputation`, `api.events.inference`, `api.call.inferenceApi`, ..., generated from
 *   the metadata by `npm run typegen`).
 * - `AlloraRpc`: the RPC's answers as typed objects (`./views.ts`).
 * - `parseFixed` / `formatFixed` / `parseAllo` / `formatAllo` / `roundDecimal`: exact decimals.
 */
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import './interfaces/types-lookup.js';

export * from './fixed.js';
export * from './rpc.js';
export * from './client.js';
export type * from './views.js';
