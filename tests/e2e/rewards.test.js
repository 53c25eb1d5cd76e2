// Rewards through @polkadot/api on a dev node with 500 ms blocks: three workers and a staked
// reputer (with a delegator) play a topic's epochs until one is paid; the workers are paid to
// their accounts, the reputer's reward is staked for it, the delegator collects its share; and
// the collators' next era payout is exactly the validator share the emission burnt for it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DevNode, fixed, participants, sample, submit, topicConfig, waitForBlock } from './lib/node.js';

const ALLO = 10n ** 18n;
let node;
let api;
let alice;
let workers;
let reputer;
let delegator;

before(async () => {
  ({ alice, workers, reputer, delegator } = await participants());
  node = new DevNode({ extraArgs: ['--dev-block-time', '500'], prometheus: true });
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

const is = (section, method, pred = () => true) => (e) => api.events[section][method].is(e) && pred(e);
const abs = (x) => (x < 0n ? -x : x);

test('a paid epoch: workers, a compounding reputer, its delegator, and the collators\' era payout', async () => {
  // The era ends at the next session boundary instead of after six sessions.
  await submit(api, api.tx.sudo.sudo(api.tx.staking.forceNewEra()), alice);

  // 20-block epochs (10 s), a worker window of the whole epoch and a ground truth one block
  // later than the epoch (W = E, L = E + 1): the settings whose reputer windows used to be
  // one block long.
  const config = topicConfig({ epochLength: 20, groundTruthLag: 21, workerSubmissionWindow: 20 });
  const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
  const topicId = events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event.data.topicId.toNumber();
  await Promise.all([
    ...workers.map((w) => submit(api, api.tx.topics.register(topicId, 'Worker'), w)),
    submit(api, api.tx.topics.register(topicId, 'Reputer'), reputer),
  ]);
  await submit(api, api.tx.reputation.addStake(topicId, 1000n * ALLO), reputer);
  await submit(api, api.tx.reputation.delegateStake(topicId, reputer.address, 250n * ALLO), delegator);
  const mine = (e) => e.data.topicId.toNumber() === topicId;

  // Play: each opened nonce gets three inferences (Bob also forecasts the others' losses);
  // each nonce opened for reputers gets the reputer's losses, |value − truth| + 0.01.
  const truths = new Map();
  const failures = [];
  const seen = [];
  // Storage entries of an optional value come as `Option<Fixed>`.
  const raw = (v) => (v.unwrap ? v.unwrap() : v).toBigInt();
  const lossOf = (truth) => (v) => abs(raw(v) - truth) + fixed('0.01');
  const answer = async (event) => {
    if (api.events.inference.NonceOpened.is(event) && mine(event)) {
      const nonce = event.data.nonce.toNumber();
      const truth = fixed(String(100 + (nonce % 7)));
      truths.set(nonce, truth);
      const forecast = [[workers[1], '0.2'], [workers[2], '0.1']].map(([w, v]) => ({ inferer: w.address, value: fixed(v) }));
      await Promise.all(workers.map((w, i) => submit(api,
        api.tx.inference.submitWorkerPayload(topicId, nonce, truth + fixed(String(i - 1)), i === 0 ? forecast : null), w)));
    }
    if (api.events.reputation.ReputerNonceOpened.is(event) && mine(event)) {
      const nonce = event.data.nonce.toNumber();
      const { opensAt, closesAt } = event.data;
      if (closesAt.toNumber() - opensAt.toNumber() !== 20) throw new Error(`a reputer window of ${closesAt - opensAt} blocks`);
      // Reports are accepted from `opensAt` on (the ground truth's block).
      await waitForBlock(api, opensAt.toNumber() - 1, 120_000);
      const loss = lossOf(truths.get(nonce));
      const record = (await api.query.inference.networkInferencesAt(topicId, nonce)).unwrap();
      const inferences = await api.query.inference.inferences.entries([topicId, nonce]);
      const list = (l) => l.map(([who, v]) => [who.toString(), loss(v)]);
      const report = {
        combined: loss(record.combined),
        naive: loss(record.naive),
        inferer: inferences.map(([k, v]) => [k.args[1].toString(), loss(v)]),
        forecaster: list(record.forecastImplied),
        oneOutInferer: list(record.oneOutInferers),
        oneOutForecaster: list(record.oneOutForecasters),
        oneInForecaster: list(record.oneInForecasters),
      };
      await submit(api, api.tx.reputation.submitReputerPayload(topicId, nonce, report), reputer);
    }
  };
  const unsub = await api.query.system.events((records) => {
    for (const { event } of records) {
      seen.push(event);
      answer(event).catch((e) => failures.push(e));
    }
  });
  // Resolves with the first event seen (since the subscription started) that matches.
  const seenEvent = async (match, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = seen.find(match);
      if (found) return found;
      if (failures.length) throw failures[0];
      if (Date.now() > deadline) throw new Error('event not seen');
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  // A topic's first two nonces are synthesised before any network loss exists (nothing to
  // score); the third is paid when its reputer window closes, 42 blocks after its epoch began.
  const rewarded = await seenEvent(is('emissions', 'EpochRewarded', mine), 240_000);
  assert.deepEqual(failures, []);
  const { reward, inferers, forecasters, reputers, paid, failed } = rewarded.data;
  assert.equal(failed.toNumber(), 0);
  assert.ok(paid.toBigInt() > 0n && paid.toBigInt() <= reward.toBigInt());
  assert.ok(inferers.toBigInt() > 0n && forecasters.toBigInt() > 0n && reputers.toBigInt() > 0n);

  // Every worker was paid to its account, counted as included; the payments add up to `paid`.
  const workerPaid = seen.filter(is('emissions', 'WorkerRewarded', mine));
  const slots = await api.query.inference.regretSlots(topicId);
  for (const w of workers) {
    assert.ok(workerPaid.some((e) => e.data.worker.toString() === w.address && e.data.amount.toBigInt() > 0n), `${w.address} paid`);
    // Each payment counts an inclusion in the worker's regret slot.
    const slot = slots.find((s) => s.worker.isSome && s.worker.unwrap().toString() === w.address);
    assert.ok(slot && slot.inferences.toNumber() >= 1, `${w.address} counted`);
  }
  const staked = seen.filter(is('reputation', 'ReputerRewarded', mine));
  assert.equal(staked.length, 1);
  const { staked: toStake, toDelegators } = staked[0].data;
  const sum = workerPaid.reduce((s, e) => s + e.data.amount.toBigInt(), 0n) + toStake.toBigInt() + toDelegators.toBigInt();
  assert.equal(sum, paid.toBigInt());

  // The reputer's reward compounded into its stake; a fifth (250 of 1 250) waits for the delegator.
  assert.equal((await api.query.reputation.reputerStake(topicId, reputer.address)).toBigInt(), 1000n * ALLO + toStake.toBigInt());
  assert.ok(toDelegators.toBigInt() > 0n);
  assert.ok(abs(toDelegators.toBigInt() * 5n - (toStake.toBigInt() + toDelegators.toBigInt())) <= 5n);
  const { events: claimed } = await submit(api, api.tx.reputation.claimDelegatorRewards(topicId, reputer.address), delegator);
  const paidOut = claimed.find(({ event }) => api.events.reputation.DelegatorRewardPaid.is(event)).event.data.amount.toBigInt();
  assert.ok(paidOut > 0n && paidOut <= toDelegators.toBigInt(), `${paidOut} of ${toDelegators}`);
  await assert.rejects(
    submit(api, api.tx.reputation.claimDelegatorRewards(topicId, reputer.address), delegator),
    /reputation\.NothingToClaim/,
  );

  // The node's metrics saw it all, from its finalized blocks: windows opened and computed, the
  // paid epoch, the closes' blocks, the stake held.
  let metrics = [];
  for (let tries = 0; tries < 20 && !(sample(metrics, 'allora_epochs_rewarded_total') >= 1); tries++) {
    if (tries) await new Promise((resolve) => setTimeout(resolve, 500));
    metrics = await node.metrics();
  }
  assert.ok(sample(metrics, 'allora_epochs_rewarded_total') >= 1, 'an epoch rewarded');
  for (const kind of ['worker', 'reputer']) {
    const windows = (outcome) => sample(metrics, `allora_${kind}_windows_total`, { outcome });
    assert.ok(windows('opened') >= 3 && windows('computed') >= 3, `${kind} windows opened and computed`);
    assert.equal(windows('failed'), 0);
  }
  assert.ok(sample(metrics, 'allora_active_topics') >= 1);
  assert.ok(sample(metrics, 'allora_window_close_blocks_count') >= 3);
  assert.ok(sample(metrics, 'allora_hooks_ref_time_seconds_count') > 0);
  // Stake only grows here (rewards compound): the metric, a block or so behind, is between the
  // stake before any reward and the stake now.
  const heldNow = Number((await api.query.reputation.totalStake()).toBigInt()) / 1e18;
  const held = sample(metrics, 'allora_stake_held_allo');
  assert.ok(held > 1250 && held <= heldNow * (1 + 1e-9), `stake held ${held}, now ${heldNow}`);

  // The collators: the era ends at a session boundary; its payout is what was burnt for them.
  const funded = await seenEvent(is('emissions', 'EraPayoutFunded'), 240_000);
  unsub();
  const amount = funded.data.amount.toBigInt();
  assert.ok(amount > 0n, 'the era payout is funded');
  const era = (await api.query.staking.activeEra()).unwrap().index.toNumber() - 1;
  assert.equal((await api.query.staking.erasValidatorReward(era)).unwrap().toBigInt(), amount);
  assert.equal((await api.query.emissions.validatorRewardsOwed()).toBigInt() < amount, true);
});
