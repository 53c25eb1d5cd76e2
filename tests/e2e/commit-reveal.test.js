// Commit–reveal as participants live it: a topic made by `allora topic create` (commit–reveal
// by default), two `allora worker` daemons and an `allora reputer` daemon play it to rewards;
// one worker daemon is stopped right after its commitment and started again, and still
// reveals (its payload waited on disk); Dave commits with @polkadot/api and never reveals:
// he is in no synthesis and paid nothing. At the last block of a commit phase nothing of a
// payload is on chain (payloads, events), only who committed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { u8aConcat } from '@polkadot/util';
import { DevNode, fixed, freePort, participants, submit } from './lib/node.js';
import { CLIENT, MODEL, Processes, ok, read, submittedNonces, waitUntil } from './lib/client.js';

// 20-block epochs of 500 ms, 12-block worker windows (reveal in the last 6), reputer windows
// of an epoch (reveal in the last 10), the truth known an epoch later.
const [EPOCH, WINDOW, LAG] = [20, 12, 20];

let node;
let api;
const procs = new Processes();

before(async () => {
  node = new DevNode({ extraArgs: ['--dev-block-time', '500', '--state-pruning', 'archive'] });
  api = await node.start();
});

after(async () => {
  procs.kill();
  await node?.cleanup();
});

/** Events of `topicId` in blocks `from ..= to`, each with its block. */
async function topicEvents(topicId, from, to) {
  const out = [];
  for (let b = from; b <= to; b += 1) {
    const at = await api.at(await api.rpc.chain.getBlockHash(b));
    for (const { event } of await at.query.system.events()) {
      if (event.data.topicId?.toNumber?.() === topicId) out.push({ block: b, event });
    }
  }
  return out;
}

test('daemons commit and reveal for three rewarded epochs; a restart between commit and reveal still reveals; an unrevealed commitment counts for nothing', async () => {
  const created = JSON.parse(await ok(node, '--json', '--signer', '//Alice', 'topic', 'create',
    '--metadata', 'toy ETH/USD, commit-reveal', '--epoch-length', String(EPOCH),
    '--window', String(WINDOW), '--ground-truth-lag', String(LAG)));
  const topicId = Number(/topic_id: (\d+)/.exec(created.events.find((e) => e.event === 'topics.TopicCreated').fields)[1]);
  const shown = JSON.parse(await ok(node, '--json', 'topic', 'show', String(topicId)));
  assert.deepEqual(shown.commitReveal, { workerReveal: WINDOW / 2, reputerReveal: EPOCH / 2 }, 'on by default: half of each window');
  for (const w of ['//Bob', '//Charlie', '//Dave']) await ok(node, '--signer', w, 'register', '--topic', String(topicId), '--role', 'worker');
  await ok(node, '--signer', '//Eve', 'register', '--topic', String(topicId), '--role', 'reputer');
  await ok(node, '--signer', '//Eve', 'stake', 'add', '--topic', String(topicId), '1000');

  const { workers: [bobKey, charlieKey, dave] } = await participants();
  const model = await freePort();
  procs.start('python3', [MODEL, '--port', String(model)], join(node.basePath, 'model.log'));
  const state = join(node.basePath, 'state');
  const daemon = (role, signer, source, name) => {
    const config = join(node.basePath, `${name}.toml`);
    writeFileSync(config, [`node = "${node.url}"`, `signer = "${signer}"`, `state = "${state}"`,
      '[[topic]]', `id = ${topicId}`, `source = { http = "http://127.0.0.1:${model}/${source}" }`, ''].join('\n'));
    const log = join(node.basePath, `${name}.log`);
    return { proc: procs.start(CLIENT, [role, '--config', config], log), log, config, role };
  };
  const bob = daemon('worker', '//Bob', 'inference?bias=-1&forecast=1', 'bob');
  let charlie = daemon('worker', '//Charlie', 'inference?bias=2&forecast=1', 'charlie');
  const eve = daemon('reputer', '//Eve', 'truth', 'eve');
  const logs = () => [bob, charlie, eve].map((d) => `--- ${d.log}\n${read(d.log).split('\n').slice(-8).join('\n')}`).join('\n')
    + `\n--- node\n${node.logs()}`;

  // Charlie's daemon stops right after its first commitment, its payload on disk, and starts
  // again: it reveals that nonce all the same.
  await waitUntil('Charlie commits', () => submittedNonces(charlie.log, 'committed').length > 0, 90_000, logs);
  const [restartNonce] = submittedNonces(charlie.log, 'committed');
  const kept = `worker-${charlieKey.address}-${topicId}-${restartNonce}.json`;
  assert.ok(readdirSync(state).includes(kept), `Charlie's payload kept on disk: ${readdirSync(state)}`);
  charlie.proc.kill('SIGTERM');
  assert.deepEqual(await charlie.proc.exited, { code: 0, signal: null });
  charlie = daemon('worker', '//Charlie', 'inference?bias=2&forecast=1', 'charlie');
  await waitUntil('Charlie, restarted, reveals', () => submittedNonces(charlie.log).includes(restartNonce), 60_000, logs);
  assert.ok(!existsSync(join(state, kept)), 'the kept payload goes once revealed');

  // Dave commits at a nonce synthesised after the first network loss (the epochs before have no
  // one-out inferences to score and go unrewarded whoever takes part), and never reveals.
  let daveNonce;
  await waitUntil('a nonce in its commit phase', async () => {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const open = (await node.rpc('allora_openNonces', topicId)).map(Number);
    daveNonce = open.find((n) => n >= restartNonce + 2 * EPOCH && best + 1 >= n + 1 && best + 1 <= n + WINDOW - WINDOW / 2 - 1);
    return daveNonce !== undefined;
  }, 90_000, logs);
  const payload = api.createType('(Option<i128>, Option<Vec<([u8;32], i128)>>)', [fixed('2500'), null]);
  const salt = new Uint8Array(32).fill(7);
  const hash = blake2AsU8a(u8aConcat(payload.toU8a(), salt, dave.publicKey), 256);
  await submit(api, api.tx.inference.commitWorkerPayload(topicId, daveNonce, hash), dave);

  // Three epochs rewarded after Dave's commitment, his epoch among them.
  const rewarded = [];
  let scanned = (await api.rpc.chain.getHeader()).number.toNumber();
  const paid = [];
  await waitUntil('three epochs rewarded', async () => {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    for (const { event } of await topicEvents(topicId, scanned + 1, best)) {
      if (api.events.emissions.EpochRewarded.is(event)) rewarded.push(event.data.nonce.toNumber());
      if (api.events.emissions.WorkerRewarded.is(event)) paid.push(event.data.worker.toString());
    }
    scanned = best;
    return rewarded.length >= 3 && rewarded.includes(daveNonce);
  }, 240_000, () => `Dave's nonce ${daveNonce}, rewarded ${rewarded}\n${logs()}`);

  // Dave: committed, never revealed, so in no synthesis and paid nothing; Bob and Charlie paid.
  const daveAt = await node.rpc('allora_payloads', topicId, daveNonce);
  assert.ok(daveAt.committed.includes(dave.address), JSON.stringify(daveAt));
  assert.ok(!daveAt.inferences.some(([w]) => w === dave.address), 'Dave revealed nothing');
  for (const nonce of (await node.rpc('allora_keptNonces', topicId)).map(Number)) {
    const record = await node.rpc('allora_networkInference', topicId, nonce).catch(() => null);
    if (record) assert.ok(!record.infererWeights.some(([w]) => w === dave.address), `nonce ${nonce}: Dave synthesised`);
  }
  assert.ok(!paid.includes(dave.address), 'Dave was paid');
  assert.ok(paid.includes(bobKey.address) && paid.includes(charlieKey.address), `paid: ${paid}`);
  // Every nonce the daemons committed to, they revealed (Charlie's log spans both his runs),
  // and the reputer reported by reveal too.
  for (const d of [bob, charlie]) {
    for (const n of submittedNonces(d.log, 'committed')) {
      if (n < Math.max(...rewarded)) assert.ok(submittedNonces(d.log).includes(n), `${d.log}: nonce ${n} committed, not revealed`);
    }
  }
  assert.ok(submittedNonces(eve.log, 'committed').length >= 3 && submittedNonces(eve.log).length >= 3, read(eve.log));

  // At the last block of Dave's nonce's commit phase: who committed, nothing of a payload.
  const lastCommit = daveNonce + WINDOW - WINDOW / 2;
  const hashAt = (await api.rpc.chain.getBlockHash(lastCommit)).toHex();
  const before = await node.rpc('allora_payloads', topicId, daveNonce, hashAt);
  assert.deepEqual(before.inferences, [], JSON.stringify(before));
  assert.deepEqual(before.forecasts, [], JSON.stringify(before));
  assert.ok(before.committed.length >= 3, JSON.stringify(before));
  const early = await topicEvents(topicId, daveNonce + 1, lastCommit);
  assert.ok(early.some(({ event }) => api.events.inference.WorkerPayloadCommitted.is(event)));
  assert.ok(!early.some(({ event }) => api.events.inference.WorkerPayloadSubmitted.is(event)), 'a payload before its reveal phase');
  // Revealed in the reveal phase, with the values the models gave.
  const after = await node.rpc('allora_payloads', topicId, daveNonce);
  assert.equal(after.inferences.length, 2, JSON.stringify(after));

  for (const d of [bob, charlie, eve]) {
    d.proc.kill('SIGTERM');
    assert.deepEqual(await d.proc.exited, { code: 0, signal: null }, read(d.log));
    const bad = read(d.log).split('\n').filter((l) => /panicked|refused |commitment_lost/.test(l));
    assert.deepEqual(bad, [], d.log);
  }
});
