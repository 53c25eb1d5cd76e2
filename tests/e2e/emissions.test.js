// The emission through @polkadot/api: once something is staked, every block pays its emission
// (minting the shortfall in the ecosystem account), 25% accrues to the collators' next era payout
// and 75% reaches the rewards account; issuance grows by exactly what was minted minus what was
// burnt for the collators.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { DevNode, fixed, submit, waitForEvent } from './lib/node.js';

const ALLO = 10n ** 18n;
let node;
let api;
let alice;
let eve;

before(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  alice = keyring.addFromUri('//Alice');
  eve = keyring.addFromUri('//Eve');
  node = new DevNode();
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

test('each block emits: minted into the ecosystem account, split between collators and the network', async () => {
  const config = {
    metadata: 'SOL/USD', lossMethod: 'mse', epochLength: 8, groundTruthLag: 8, workerSubmissionWindow: 4,
    pNorm: fixed('3'), alphaRegret: fixed('0.1'), allowNegative: false, epsilon: fixed('0.01'),
    meritSortitionAlpha: fixed('0.1'), activeInfererQuantile: fixed('0.2'),
    activeForecasterQuantile: fixed('0.2'), activeReputerQuantile: fixed('0.2'),
  };
  const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
  const topicId = events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event.data.topicId.toNumber();
  await submit(api, api.tx.topics.register(topicId, 'Reputer'), eve);
  await submit(api, api.tx.reputation.addStake(topicId, 5000n * ALLO), eve);

  const recalculated = await waitForEvent(api, (e) => api.events.emissions.EmissionRecalculated.is(e), 30_000);
  const perBlock = recalculated.data.perBlock.toBigInt();
  assert.ok(perBlock > 0n, 'a positive emission per block');
  // The cap (3.8% a month while no reward has gone to reputers) governs a young chain.
  assert.ok(recalculated.data.perStakedToken.toBigInt() <= fixed('0.038'));

  const emitted = await waitForEvent(api, (e) => api.events.emissions.BlockEmitted.is(e), 30_000);
  const { toValidators, toNetwork } = emitted.data;
  assert.equal(toValidators.toBigInt() + toNetwork.toBigInt(), perBlock);
  assert.equal(toValidators.toBigInt(), perBlock / 4n);

  // Over a few blocks: owed validator rewards and the rewards account grow, issuance is accounted.
  const owed0 = (await api.query.emissions.validatorRewardsOwed()).toBigInt();
  const minted0 = (await api.query.emissions.ecosystemMinted()).toBigInt();
  const burnt0 = (await api.query.emissions.burnt()).toBigInt();
  const issuance0 = (await api.query.balances.totalIssuance()).toBigInt();
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  for (;;) {
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    if (now >= head + 3) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const owed1 = (await api.query.emissions.validatorRewardsOwed()).toBigInt();
  assert.ok(owed1 > owed0, 'validator rewards accrue');
  const minted1 = (await api.query.emissions.ecosystemMinted()).toBigInt();
  const burnt1 = (await api.query.emissions.burnt()).toBigInt();
  const issuance1 = (await api.query.balances.totalIssuance()).toBigInt();
  // Transaction fees are burnt too (pallet-transaction-payment), but no transaction ran here.
  assert.equal(issuance1 - issuance0, (minted1 - minted0) - (burnt1 - burnt0));
});
