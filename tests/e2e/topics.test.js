// The topics and inference pallets through @polkadot/api: the privileged origin sets a parameter,
// a topic is created, three workers register and submit in the first epoch's window, and the
// window's close computes the network inference (the median, as no loss is known yet).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { DevNode, fixed, submit, topicConfig, waitForEvent } from './lib/node.js';

let node;
let api;
let alice;
let workers;

before(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  alice = keyring.addFromUri('//Alice');
  workers = ['//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri));
  node = new DevNode();
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

const config = topicConfig();

test('a topic is served end to end: create, register, submit, network inference', async () => {
  // No reputer stake exists yet (reputation pallet), so let any funded topic be served.
  const setParams = api.tx.topics.setParams([{ MinTopicWeight: 0 }]);
  const { events: paramEvents } = await submit(api, api.tx.sudo.sudo(setParams), alice);
  assert.ok(paramEvents.some(({ event }) => api.events.topics.ParamsUpdated.is(event)));

  // Bad input gets the pallet's error.
  await assert.rejects(
    submit(api, api.tx.topics.createTopic({ ...config, epochLength: 2, groundTruthLag: 2, workerSubmissionWindow: 1 }), alice),
    /topics\.EpochTooShort/,
  );

  const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
  const created = events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event;
  const topicId = created.data.topicId.toNumber();
  assert.ok(events.some(({ event }) => api.events.topics.TopicActivated.is(event)));
  const topic = (await api.query.topics.topics(topicId)).unwrap();
  assert.equal(topic.creator.toString(), alice.address);
  assert.equal(topic.config.epochLength.toNumber(), 8);

  await Promise.all(workers.map((w) => submit(api, api.tx.topics.register(topicId, 'Worker'), w)));
  for (const w of workers) {
    assert.ok((await api.query.topics.registrations([topicId, 'Worker'], w.address)).isSome);
  }

  const opened = await waitForEvent(api, (e) => api.events.inference.NonceOpened.is(e) && e.data.topicId.toNumber() === topicId, 60_000);
  const nonce = opened.data.nonce.toNumber();

  const values = ['3010.5', '2990.25', '3001'];
  await Promise.all(workers.map((w, i) => {
    const forecast = i === 0 ? [{ inferer: workers[1].address, value: fixed('-1.5') }] : null;
    return submit(api, api.tx.inference.submitWorkerPayload(topicId, nonce, fixed(values[i]), forecast), w);
  }));
  assert.equal((await api.query.inference.inferences([topicId, nonce], workers[0].address)).unwrap().toBigInt(), fixed('3010.5'));
  await assert.rejects(
    submit(api, api.tx.inference.submitWorkerPayload(topicId, nonce, fixed('1'), null), workers[0]),
    /inference\.AlreadySubmitted/,
  );
  await assert.rejects(
    submit(api, api.tx.inference.submitWorkerPayload(topicId, nonce, fixed('1'), null), alice),
    /inference\.NotRegisteredWorker/,
  );

  const computed = await waitForEvent(api, (e) => api.events.inference.NetworkInferenceComputed.is(e) && e.data.nonce.toNumber() === nonce, 60_000);
  // No network loss yet: the median of the three inferences.
  assert.equal(computed.data.combined.toBigInt(), fixed('3001'));
  assert.equal(computed.data.inferers.toNumber(), 3);
  assert.equal(computed.data.forecasters.toNumber(), 1);
  const latest = (await api.query.inference.latestNetworkInference(topicId)).unwrap();
  assert.equal(latest.nonce.toNumber(), nonce);
  assert.equal(latest.combined.toBigInt(), fixed('3001'));

  // The same through the inference pallet's runtime API (`api.call`, from the metadata).
  const view = await api.call.inferenceApi.latestNetworkInference(topicId);
  assert.ok(view.isOk, view.toString());
  assert.equal(view.asOk.nonce.toNumber(), nonce);
  assert.equal(view.asOk.combined.toBigInt(), fixed('3001'));
  // The view is the stored record, list for list (on this median path the lists are empty).
  const record = (await api.query.inference.networkInferencesAt(topicId, nonce)).unwrap();
  for (const field of ['naive', 'forecastImplied', 'oneOutInferers', 'infererWeights', 'forecasterWeights', 'confidenceInterval']) {
    assert.equal(view.asOk[field].toString(), record[field].toString(), field);
  }
  const payloads = (await api.call.inferenceApi.payloads(topicId, nonce)).asOk;
  assert.equal(payloads.inferences.length, 3);
  assert.equal(payloads.forecasts[0][1][0][1].toBigInt(), fixed('-1.5'));
  const unknown = await api.call.inferenceApi.latestNetworkInference(topicId + 100);
  assert.ok(unknown.isErr && unknown.asErr.isNoSuchTopic, unknown.toString());
  assert.ok((await api.call.inferenceApi.networkInference(topicId, nonce + 1)).asErr.isNonceNotKept);
});
