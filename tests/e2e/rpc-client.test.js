// The typed client package (@allora-polkadot/api) against a real node: ApiPromise.create with its
// options connects without a warning (every allora_* method decorated, our transaction extensions
// known), its RPC definitions are exactly the node's allora_* methods, and its typed answers are
// the node's JSON answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { AlloraRpc, alloraApiOptions, alloraMethods, formatAllo, parseAllo, typesBundle } from '@allora-polkadot/api';
import { DevNode } from './lib/node.js';

let node;

before(async () => {
  node = new DevNode();
  await node.start();
});

after(async () => { await node?.cleanup(); });

/** Everything `fn` writes to the console while it runs, and its result. */
async function capturingConsole(fn) {
  const lines = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  for (const k of Object.keys(saved)) console[k] = (...args) => lines.push(args.join(' '));
  try {
    return { result: await fn(), lines };
  } finally {
    Object.assign(console, saved);
  }
}

/** The methods @polkadot/api says it could not decorate, from its init warning. */
const undecorated = (lines) => lines.flatMap((l) => /RPC methods not decorated: (.*)/.exec(l)?.[1].split(', ') ?? []);

// @polkadot/api 16 has no definitions for Substrate's new JSON-RPC spec (chainHead_v1_*,
// archive_v1_*, transaction_v1_*, ...: the methods polkadot-api and light clients use), so it
// names them whatever the options: the test checks that none of ours is among them, and that
// nothing else is printed.
test('ApiPromise.create with the package\'s options, or its typesBundle, warns about nothing of ours', async () => {
  for (const options of [alloraApiOptions(), { typesBundle, signedExtensions: alloraApiOptions().signedExtensions }]) {
    const { result: api, lines } = await capturingConsole(() =>
      ApiPromise.create({ ...options, provider: new WsProvider(node.url), throwOnConnect: true }));
    try {
      assert.deepEqual(undecorated(lines).filter((m) => !/^(chainHead|chainSpec|transaction|transactionWatch|archive|bitswap)_v1_|^author_rotateKeysWithOwner$|^state_callRecorded$/.test(m)), []);
      assert.deepEqual(lines.filter((l) => !/RPC methods not decorated/.test(l)), [], 'no other warning (transaction extensions known)');
      assert.equal(typeof api.rpc.allora.latestNetworkInference, 'function');
    } finally {
      await api.disconnect();
    }
  }
  // Without them, @polkadot/api names what it cannot decorate (what the package is for).
  const { result: bare, lines } = await capturingConsole(() =>
    ApiPromise.create({ provider: new WsProvider(node.url), throwOnConnect: true }));
  await bare.disconnect();
  assert.ok(undecorated(lines).includes('allora_topic'), lines.join('\n'));
  assert.match(lines.join('\n'), /Unknown signed extensions AuthorizeCall, StorageWeightReclaim/);
});

test('the RPC definitions are the node\'s allora_* methods', async () => {
  const { methods } = await node.rpc('rpc_methods');
  assert.deepEqual(methods.filter((m) => m.startsWith('allora_')).sort(), [...alloraMethods].sort());
});

test('AlloraRpc answers what the node answers, typed; errors keep their code', async () => {
  const rpc = new AlloraRpc(node.api);
  assert.equal(await rpc.topicCount(), await node.rpc('allora_topicCount'));
  assert.deepEqual(await rpc.emission(), await node.rpc('allora_emission'));
  assert.deepEqual(await rpc.topicsParams(), await node.rpc('allora_topicsParams'));
  assert.deepEqual(await rpc.inferenceParams(), await node.rpc('allora_inferenceParams'));
  assert.deepEqual(await rpc.reputationParams(), await node.rpc('allora_reputationParams'));
  const head = (await node.api.rpc.chain.getHeader()).hash.toHex();
  assert.deepEqual(await rpc.emission(head), await node.rpc('allora_emission', head));
  await assert.rejects(rpc.topic(999), /8000: no such topic/);
  await assert.rejects(rpc.keptNonces(999), /8000/);
  // Amounts arrive as decimal strings of the smallest unit and read back exactly.
  for (const amount of Object.values(await rpc.emission()).filter((v) => typeof v === 'string' && /^\d+$/.test(v))) {
    assert.equal(parseAllo(formatAllo(amount)), BigInt(amount));
  }
});
