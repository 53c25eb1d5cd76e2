// A topic's whole life through @polkadot/api on a dev node with 500 ms blocks, restarted in the
// middle on the same base path: five workers and two staked reputers (one with a delegator) play
// three epochs; every network inference is read through the node's `allora_*` RPC and through
// `api.call`, and recomputed independently with the shared Python model of the synthesis; the
// third epoch pays the workers, both reputers and the delegator; bad submissions are refused
// with the pallet's error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DevNode, fixed, participants, submit, topicConfig, waitForBlock } from './lib/node.js';
import { AlloraRpc } from '@allora-polkadot/api';

const ALLO = 10n ** 18n;
/** The shared Python model (`../shared/spec` beside the checkout, or `ALLORA_SPEC_DIR`). */
const SPEC_DIR = process.env.ALLORA_SPEC_DIR
  ?? new URL('../../../shared/spec', import.meta.url).pathname;
const RECOMPUTE = new URL('./lib/recompute.py', import.meta.url).pathname;

// 20-block epochs (10 s): 12-block windows leave the test time to answer; the ground truth is
// known one epoch after an epoch starts, and its losses are taken for one more epoch.
const EPOCH = 20;
const WINDOW = 12;
const LAG = 20;
/** Epochs the workers play; the first two close before any network loss exists, the third is
 * synthesised with regrets and paid. */
const EPOCHS = 3;

let node;
let api;
let alice;
let workers;
let reputers;
let delegator;

before(async () => {
  assert.ok(existsSync(`${SPEC_DIR}/reference_synthesis.py`), `the shared model is not in ${SPEC_DIR}`);
  ({ alice } = await participants());
  const { Keyring } = await import('@polkadot/keyring');
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const account = (uri) => keyring.addFromUri(`//lifecycle/${uri}`);
  workers = [0, 1, 2, 3, 4].map((i) => account(`worker/${i}`));
  reputers = [0, 1].map((i) => account(`reputer/${i}`));
  delegator = account('delegator');
  node = new DevNode({ extraArgs: ['--dev-block-time', '500'] });
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

/** Calls an `allora_*` method through the typed client package (@allora-polkadot/api's
 * `AlloraRpc`); rejects with `code: message` of its error. */
const rpc = (method, ...params) => new AlloraRpc(api)[method](...params);
const fx = (s) => fixed(s);
const abs = (x) => (x < 0n ? -x : x);
const id = (a) => a.toString();

/** The truth of a nonce, and each worker's inference: the truth plus its own bias. */
const truthOf = (nonce) => fx(String(3000 + (nonce % 13)));
const BIAS = ['-2.5', '-1', '0.25', '1.5', '4'].map(fx);
/** A forecaster's prediction of an inferer's loss: the bias it expects, scaled by its skill. */
const predictedLoss = (forecaster, inferer) =>
  (abs(BIAS[inferer]) * BigInt(4 + forecaster)) / 5n + fx('0.1');
/** Reputer `r`'s loss of a value: |value − truth| + 0.01, the second reputer 2 % higher. */
const lossOf = (r, truth) => (v) => ((abs(v - truth) + fx('0.01')) * (100n + 2n * BigInt(r))) / 100n;

test('five workers, two reputers and a delegator: three epochs, a restart, verified inferences, rewards', async () => {
  // The participants get their ALLO from Alice in one batch.
  const everyone = [...workers, ...reputers, delegator];
  await submit(api, api.tx.utility.batchAll(
    everyone.map((p) => api.tx.balances.transferKeepAlive(p.address, 10_000n * ALLO))), alice);

  const config = topicConfig({ epochLength: EPOCH, groundTruthLag: LAG, workerSubmissionWindow: WINDOW });
  const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
  const topicId = events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event.data.topicId.toNumber();

  // A bad registration: no such topic.
  await assert.rejects(submit(api, api.tx.topics.register(topicId + 1, 'Worker'), workers[0]), /topics\.NoSuchTopic/);
  await Promise.all([
    ...workers.map((w) => submit(api, api.tx.topics.register(topicId, 'Worker'), w)),
    ...reputers.map((r) => submit(api, api.tx.topics.register(topicId, 'Reputer'), r)),
  ]);
  await Promise.all(reputers.map((r) => submit(api, api.tx.reputation.addStake(topicId, 1000n * ALLO), r)));
  await submit(api, api.tx.reputation.delegateStake(topicId, reputers[0].address, 250n * ALLO), delegator);

  // The RPC sees what the extrinsics did.
  const topic = await rpc('topic', topicId);
  assert.equal(topic.config.epochLength, EPOCH);
  assert.equal(topic.config.metadata, config.metadata);
  assert.equal(topic.workers, 5);
  assert.equal(topic.reputers, 2);
  assert.deepEqual(await rpc('roles', topicId, workers[0].address), ['worker']);
  const stake = await rpc('reputerStake', topicId, reputers[0].address);
  assert.deepEqual([stake.own, stake.delegated], [String(1000n * ALLO), String(250n * ALLO)]);
  assert.equal((await rpc('stakeTotals', topicId)).topic, String(2250n * ALLO));

  // The players answer whatever the chain has open, block by block (from state, not events, so
  // that nothing is missed across the restart).
  const played = { workers: new Set(), reputers: new Set() };
  const failures = [];
  let busy = false;
  const playOnce = async () => {
    const open = (await api.call.inferenceApi.openNonces(topicId)).asOk.map((n) => n.toNumber());
    for (const nonce of open) {
      if (played.workers.has(nonce) || played.workers.size >= EPOCHS) continue;
      played.workers.add(nonce);
      const truth = truthOf(nonce);
      await Promise.all(workers.map((w, i) => {
        const forecast = workers.map((_, j) => j).filter((j) => j !== i)
          .map((j) => ({ inferer: workers[j].address, value: predictedLoss(i, j) }));
        return submit(api, api.tx.inference.submitWorkerPayload(topicId, nonce, truth + BIAS[i], forecast), w);
      }));
    }
    // A reputer window accepts reports from `opensAt` (the ground truth's block) on.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const openForReputers = (await api.call.reputationApi.openReputerNonces(topicId)).asOk
      .filter((n) => n.opensAt.toNumber() <= head + 1).map((n) => n.nonce.toNumber());
    for (const nonce of openForReputers) {
      if (played.reputers.has(nonce) || !played.workers.has(nonce)) continue;
      played.reputers.add(nonce);
      const view = (await api.call.inferenceApi.networkInference(topicId, nonce)).asOk;
      const payloads = (await api.call.inferenceApi.payloads(topicId, nonce)).asOk;
      await Promise.all(reputers.map((r, k) => {
        const loss = lossOf(k, truthOf(nonce));
        const list = (l) => l.map(([who, v]) => [who, loss(v.toBigInt())]);
        return submit(api, api.tx.reputation.submitReputerPayload(topicId, nonce, {
          combined: loss(view.combined.toBigInt()),
          naive: loss(view.naive.toBigInt()),
          inferer: list(payloads.inferences),
          forecaster: list(view.forecastImplied),
          oneOutInferer: list(view.oneOutInferers),
          oneOutForecaster: list(view.oneOutForecasters),
          oneInForecaster: list(view.oneInForecasters),
        }), r);
      }));
    }
  };
  const play = () => api.rpc.chain.subscribeNewHeads(() => {
    if (busy) return;
    busy = true;
    playOnce().catch((e) => failures.push(e)).finally(() => { busy = false; });
  });
  const waitUntil = async (what, done, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (failures.length) throw failures[0];
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const kept = async () => (await rpc('keptNonces', topicId)).map(Number);

  let unsub = await play();
  // Two epochs synthesised and the first one's losses in: restart the node on its base path.
  await waitUntil('two epochs synthesised', async () => (await kept()).length >= 2 && played.reputers.size >= 1, 120_000);
  unsub();
  await waitUntil('the players are idle', async () => !busy, 30_000);
  const before = (await api.rpc.chain.getHeader()).number.toNumber();
  await node.stop();
  api = await node.start();
  assert.ok((await api.rpc.chain.getHeader()).number.toNumber() >= before, 'the chain survived the restart');

  // Bad submissions, refused with the pallet's error (before the players resume, so that no
  // account has two transactions in flight): a worker nonce that is not open, a worker that is
  // not registered, losses for a nonce not open to reputers, a reputer that is not one.
  const [first] = await kept();
  await assert.rejects(submit(api, api.tx.inference.submitWorkerPayload(topicId, first, fx('1'), null), workers[0]),
    /inference\.NonceNotOpen/);
  await assert.rejects(submit(api, api.tx.inference.submitWorkerPayload(topicId, first, fx('1'), null), delegator),
    /inference\.NotRegisteredWorker/);
  const report = { combined: fx('1'), naive: fx('1'), inferer: [], forecaster: [], oneOutInferer: [], oneOutForecaster: [], oneInForecaster: [] };
  await assert.rejects(submit(api, api.tx.reputation.submitReputerPayload(topicId, first + 1, report), reputers[1]),
    /reputation\.ReputerNonceNotOpen/);
  await assert.rejects(submit(api, api.tx.reputation.submitReputerPayload(topicId, first, report), delegator),
    /reputation\.NotRegisteredReputer/);
  unsub = await play();

  // The third epoch is paid when its reputer window closes.
  const paid = async () => {
    const nonces = await kept();
    return nonces.length >= EPOCHS && (await rpc('score', topicId, 'inference', workers[0].address)) !== null
      && played.reputers.size >= EPOCHS;
  };
  await waitUntil('the third epoch paid', paid, 180_000);
  unsub();
  await waitUntil('the players are idle', async () => !busy, 30_000);
  assert.deepEqual(failures, []);

  // Every synthesised epoch: the RPC and the runtime API agree exactly, and the shared Python
  // model recomputes the same numbers from the stored state the chain used.
  const synthesised = (await kept()).slice(0, EPOCHS);
  assert.equal(synthesised.length, EPOCHS);
  let withRegrets = 0;
  for (const nonce of synthesised) {
    const viaRpc = await rpc('networkInference', topicId, nonce);
    const viaCall = (await api.call.inferenceApi.networkInference(topicId, nonce)).asOk;
    assert.equal(fixed(viaRpc.combined), viaCall.combined.toBigInt(), `nonce ${nonce}: RPC = api.call`);
    assert.equal(fixed(viaRpc.naive), viaCall.naive.toBigInt());
    assert.deepEqual(viaRpc.oneOutInferers.map(([w, v]) => [w, fixed(v)]),
      viaCall.oneOutInferers.map(([w, v]) => [id(w), v.toBigInt()]));
    const expected = await recomputed(topicId, nonce);
    near(viaRpc.combined, expected.combined, `nonce ${nonce}: combined`);
    near(viaRpc.naive, expected.naive, `nonce ${nonce}: naive`);
    for (const list of ['forecastImplied', 'oneOutInferers', 'oneOutForecasters', 'oneInForecasters', 'infererWeights', 'forecasterWeights']) {
      assert.deepEqual(viaRpc[list].map(([w]) => w).sort(), Object.keys(expected[list]).sort(), `nonce ${nonce}: ${list}`);
      for (const [w, v] of viaRpc[list]) near(v, expected[list][w], `nonce ${nonce}: ${list}[${w}]`);
    }
    viaRpc.confidenceInterval.forEach((v, i) => near(v, expected.confidenceInterval[i], `nonce ${nonce}: CI ${i}`));
    if (viaRpc.oneOutInferers.length > 0) withRegrets += 1;
  }
  assert.ok(withRegrets >= 1, 'an epoch was synthesised from regrets and a network loss');

  // Paid, in the block the third epoch's reputer window closed: every worker (to its account),
  // both reputers (their stake grew), and a share set aside for the delegator, who claims it.
  const paidNonce = synthesised[EPOCHS - 1];
  const closedAt = await api.rpc.chain.getBlockHash(paidNonce + LAG + EPOCH);
  const closing = (await (await api.at(closedAt)).query.system.events()).map(({ event }) => event);
  const of = (section, method) => closing.filter((e) => api.events[section][method].is(e)
    && e.data.topicId.toNumber() === topicId);
  const [epoch] = of('emissions', 'EpochRewarded');
  assert.ok(epoch, `the epoch of nonce ${paidNonce} is rewarded in block ${paidNonce + LAG + EPOCH}`);
  assert.equal(epoch.data.nonce.toNumber(), paidNonce);
  assert.equal(epoch.data.failed.toNumber(), 0);
  const workerPaid = of('emissions', 'WorkerRewarded');
  for (const w of workers) {
    assert.ok(workerPaid.some((e) => id(e.data.worker) === w.address && e.data.amount.toBigInt() > 0n), `${w.address} paid`);
    assert.ok((await rpc('score', topicId, 'inference', w.address)) !== null, `${w.address} scored`);
  }
  const reputerPaid = of('reputation', 'ReputerRewarded');
  for (const r of reputers) {
    assert.ok(reputerPaid.some((e) => id(e.data.reputer) === r.address && e.data.staked.toBigInt() > 0n), `${r.address} paid`);
    const { own } = await rpc('reputerStake', topicId, r.address);
    assert.ok(BigInt(own) > 1000n * ALLO, `${r.address}'s reward compounded (${own})`);
  }
  const sum = (list, field) => list.reduce((acc, e) => acc + e.data[field].toBigInt(), 0n);
  assert.equal(sum(workerPaid, 'amount') + sum(reputerPaid, 'staked') + sum(reputerPaid, 'toDelegators'),
    epoch.data.paid.toBigInt(), 'the payments add up to what the epoch paid');
  const { pendingReward } = await rpc('delegation', topicId, reputers[0].address, delegator.address);
  assert.ok(BigInt(pendingReward) > 0n, 'the delegator has a reward to claim');
  const { events: claimed } = await submit(api, api.tx.reputation.claimDelegatorRewards(topicId, reputers[0].address), delegator);
  const got = claimed.find(({ event }) => api.events.reputation.DelegatorRewardPaid.is(event)).event.data.amount.toBigInt();
  assert.equal(got, BigInt(pendingReward));
  assert.equal((await rpc('delegation', topicId, reputers[0].address, delegator.address)).pendingReward, '0');
  const emission = await rpc('emission');
  assert.ok(BigInt(emission.rewardsPaid) > 0n);

  // Everything is listed by `rpc_methods`, and a pruned or unknown nonce is a clear error.
  const { methods } = await api.rpc.rpc.methods();
  for (const m of ['topic', 'topicCount', 'topicsParams', 'inferenceParams', 'reputationParams', 'roles', 'score', 'latestNetworkInference', 'networkInference',
    'payloads', 'regrets', 'openNonces', 'keptNonces', 'reputerStake', 'delegation', 'stakeTotals',
    'reputerScores', 'openReputerNonces', 'emission']) {
    assert.ok(methods.map(String).includes(`allora_${m}`), `allora_${m} is listed`);
  }
  await assert.rejects(rpc('networkInference', topicId, 1), /8002: the topic keeps no records of this nonce/);
  await assert.rejects(rpc('topic', 999), /8000: no such topic/);
});

/** The network inference of a nonce as the shared Python model computes it from the state the
 * chain synthesised it from: the payloads, and the regrets, latest network loss and initial
 * regret at the block before the window closed. */
async function recomputed(topicId, nonce) {
  const closedAt = nonce + WINDOW + 1;
  const closing = await api.rpc.chain.getBlockHash(closedAt);
  const events = await (await api.at(closing)).query.system.events();
  assert.ok(events.some(({ event }) => api.events.inference.NetworkInferenceComputed.is(event)
    && event.data.nonce.toNumber() === nonce), `nonce ${nonce} synthesised in block ${closedAt}`);
  const before = await api.rpc.chain.getBlockHash(closedAt - 1);
  const payloads = await rpc('payloads', topicId, nonce);
  const workersOf = [...new Set([...payloads.inferences.map(([w]) => w), ...payloads.forecasts.map(([w]) => w)])];
  const regrets = new Map();
  for (const w of workersOf) {
    for (const [key, value] of await rpc('regrets', topicId, w, before)) regrets.set(JSON.stringify(key), [key, value]);
  }
  const topic = await rpc('topic', topicId, before);
  const params = await rpc('inferenceParams', before);
  const latest = (await (await api.at(before)).query.inference.latestNetworkLoss(topicId));
  const toDecimal = (raw) => {
    const sign = raw < 0n ? '-' : '';
    const a = abs(raw);
    return `${sign}${a / ALLO}.${String(a % ALLO).padStart(18, '0')}`;
  };
  const input = {
    inferences: Object.fromEntries(payloads.inferences),
    forecasts: Object.fromEntries(payloads.forecasts),
    latestLoss: latest.isSome ? toDecimal(latest.unwrap().toBigInt()) : null,
    initialRegret: topic.initialRegret,
    regrets: [...regrets.values()],
    eps: topic.config.epsilon,
    p: topic.config.pNorm,
    c: params.cNorm,
    epsSafeDiv: params.epsilonSafeDiv,
  };
  const out = execFileSync('python3', [RECOMPUTE, SPEC_DIR], { input: JSON.stringify(input) });
  return JSON.parse(out.toString());
}

/** `actual` (our decimal string) within a relative 1e-5 of `expected` (the model's). */
function near(actual, expected, what) {
  assert.ok(expected !== undefined, `${what}: the model has no value`);
  const a = Number(actual);
  const e = Number(expected);
  assert.ok(Math.abs(a - e) <= 1e-5 * Math.abs(e) + 1e-12, `${what}: ${actual} vs the model's ${expected}`);
}
