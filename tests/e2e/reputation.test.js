// The reputation pallet through @polkadot/api: a reputer stakes (which activates the topic), a
// delegator delegates, workers submit, the reputer's loss report is accepted once the ground
// truth is due, the regrets change, and a stake removal completes after its delay.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DevNode, fixed, participants, submit, topicConfig, waitForBlock, waitForEvent } from './lib/node.js';

const ALLO = 10n ** 18n;
let node;
let api;
let alice;
let workers;
let reputer;
let delegator;

before(async () => {
  ({ alice, workers, reputer, delegator } = await participants());
  node = new DevNode();
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

const config = topicConfig({ metadata: 'BTC/USD in 1 minute' });

const is = (section, method, pred = () => true) => (e) => api.events[section][method].is(e) && pred(e);

test('stake, delegation, a loss report, regrets and a removal after its delay', async () => {
  // Short removal delay for the test.
  await submit(api, api.tx.sudo.sudo(api.tx.reputation.setParams([{ RemoveStakeDelayWindow: 3 }])), alice);

  const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
  const topicId = events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event.data.topicId.toNumber();
  assert.ok(!events.some(({ event }) => api.events.topics.TopicActivated.is(event)), 'no stake yet: not active');
  await Promise.all([
    ...workers.map((w) => submit(api, api.tx.topics.register(topicId, 'Worker'), w)),
    submit(api, api.tx.topics.register(topicId, 'Reputer'), reputer),
  ]);

  // The reputer's stake gives the topic its weight.
  const staked = await submit(api, api.tx.reputation.addStake(topicId, 1000n * ALLO), reputer);
  assert.ok(staked.events.some(({ event }) => api.events.topics.TopicActivated.is(event)));
  await assert.rejects(submit(api, api.tx.reputation.delegateStake(topicId, reputer.address, 0), delegator), /reputation\.ZeroAmount/);
  await submit(api, api.tx.reputation.delegateStake(topicId, reputer.address, 100n * ALLO), delegator);
  assert.equal((await api.query.reputation.topicStake(topicId)).toBigInt(), 1100n * ALLO);
  assert.equal((await api.query.reputation.delegations(topicId, reputer.address, delegator.address)).toBigInt(), 100n * ALLO);

  // Workers submit in the first epoch.
  const opened = await waitForEvent(api, is('inference', 'NonceOpened', (e) => e.data.topicId.toNumber() === topicId));
  const nonce = opened.data.nonce.toNumber();
  const values = ['61000', '60500', '61250'];
  await Promise.all(workers.map((w, i) => submit(api, api.tx.inference.submitWorkerPayload(topicId, nonce, fixed(values[i]), null), w)));
  await waitForEvent(api, is('inference', 'NetworkInferenceComputed', (e) => e.data.nonce.toNumber() === nonce));

  // After the ground-truth lag, the reputer reports the losses of exactly those inferers.
  // The window closed with a network inference: the reputer window is set, from the ground
  // truth's block on for an epoch.
  const window = await waitForEvent(api, is('reputation', 'ReputerNonceOpened', (e) => e.data.nonce.toNumber() === nonce), 60_000);
  const opensAt = window.data.opensAt.toNumber();
  assert.equal(window.data.closesAt.toNumber() - opensAt, config.epochLength);
  await waitForBlock(api, opensAt - 1, 60_000);
  const report = (inferers) => ({
    combined: fixed('-1.5'),
    naive: fixed('-1.4'),
    inferer: inferers.map((w, i) => [w.address, fixed(['-1.2', '-1.9', '-1.6'][i])]),
    forecaster: [],
    oneOutInferer: [],
    oneOutForecaster: [],
    oneInForecaster: [],
  });
  await assert.rejects(
    submit(api, api.tx.reputation.submitReputerPayload(topicId, nonce, report(workers.slice(0, 2))), reputer),
    /reputation\.WrongParticipants/,
  );
  const { events: reported } = await submit(api, api.tx.reputation.submitReputerPayload(topicId, nonce, report(workers)), reputer);
  assert.ok(reported.some(({ event }) => api.events.reputation.LossesReported.is(event)));

  const computed = await waitForEvent(api, is('reputation', 'NetworkLossesComputed', (e) => e.data.nonce.toNumber() === nonce), 60_000);
  assert.equal(computed.data.networkLoss.toBigInt(), fixed('-1.5'));
  // The close hands the regret update to the inference pallet's hook, which writes its rows
  // from the next block on: the regrets and the latest network loss follow one block later.
  const closedAt = (await api.rpc.chain.getHeader()).number.toNumber();
  await waitForBlock(api, closedAt + 1, 60_000);
  assert.ok((await api.query.inference.regretUpdates(topicId)).isNone, 'the update is written');
  // R_j = 0.1 · (L − L_j): Bob's inference lost -1.2 against the network's -1.5.
  // Each worker now holds a regret slot of the topic; the inferers' regrets are one row of
  // cells, one per slot: the slot's generation and the regret zigzag-encoded (2v, or −2v − 1).
  const slots = await api.query.inference.regretSlots(topicId);
  assert.deepEqual(slots.map((s) => s.worker.unwrap().toString()).sort(), workers.map((w) => w.address).sort());
  const row = await api.query.inference.regrets(topicId, 'Inferers');
  assert.equal(row.aboutGeneration.toNumber(), 0, 'a network row is about no slot');
  const at = slots.findIndex((s) => s.worker.unwrap().eq(workers[0].address));
  assert.equal(row.cells[at].generation.toNumber(), slots[at].generation.toNumber());
  const z = row.cells[at].zigzag.toBigInt();
  assert.equal((z >> 1n) ^ -(z & 1n), fixed('-0.03'));
  // The same regret through the RPC, decoded.
  const viaRpc = await node.rpc('allora_regrets', topicId, workers[0].address);
  assert.ok(viaRpc.some(([key, value]) => key.inferer === workers[0].address && value === '-0.03'), JSON.stringify(viaRpc));
  assert.equal((await api.query.inference.latestNetworkLoss(topicId)).unwrap().toBigInt(), fixed('-1.5'));

  // The same state through the runtime APIs.
  const scores = (await api.call.reputationApi.reputerScores(topicId, nonce)).asOk;
  assert.deepEqual(scores.map(([who]) => who.toString()), [reputer.address]);
  const delegation = (await api.call.reputationApi.delegation(topicId, reputer.address, delegator.address)).asOk;
  assert.equal(delegation.amount.toBigInt(), 100n * ALLO);
  assert.ok(delegation.pendingRemoval.isNone);
  const totals = (await api.call.reputationApi.stakeTotals(topicId)).asOk;
  assert.equal(totals.topic.toBigInt(), 1100n * ALLO);
  const topic = (await api.call.topicsApi.topic(topicId)).asOk;
  assert.equal(topic.workers.toNumber(), 3);
  assert.equal(topic.reputers.toNumber(), 1);
  assert.ok(topic.nextEpochStart.isSome, 'an active topic has its next epoch scheduled');
  const roles = (await api.call.topicsApi.roles(topicId, reputer.address)).asOk;
  assert.deepEqual(roles.map((r) => r.type), ['Reputer']);
  assert.ok((await api.call.reputationApi.reputerStake(topicId + 100, reputer.address)).asErr.isNoSuchTopic);

  // A removal waits for its delay, then releases the held funds.
  const { events: requested } = await submit(api, api.tx.reputation.removeStake(topicId, 400n * ALLO), reputer);
  const due = requested.find(({ event }) => api.events.reputation.StakeRemovalRequested.is(event)).event.data.due.toNumber();
  const removed = await waitForEvent(api, is('reputation', 'StakeRemoved'), 60_000);
  assert.equal(removed.data.amount.toBigInt(), 400n * ALLO);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.ok(head >= due, `removed at ${head}, due ${due}`);
  assert.equal((await api.query.reputation.reputerStake(topicId, reputer.address)).toBigInt(), 600n * ALLO);
  const stake = (await api.call.reputationApi.reputerStake(topicId, reputer.address)).asOk;
  assert.equal(stake.own.toBigInt(), 600n * ALLO);
  assert.ok(stake.pendingRemoval.isNone);
  assert.equal((await api.query.reputation.topicStake(topicId)).toBigInt(), 700n * ALLO);
});
