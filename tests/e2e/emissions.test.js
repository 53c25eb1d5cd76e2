// The emission through @polkadot/api: with the collators' stake, every block pays its emission:
// 25% (minted into the ecosystem account as needed) accrues to the collators' next era payout,
// 75% is credited to the active topics (none here: it stays unminted); issuance grows by exactly
// what was minted minus what was burnt for the collators.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DevNode, fixed, waitForEvent } from './lib/node.js';

let node;
let api;

before(async () => {
  node = new DevNode();
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

test('each block emits: minted into the ecosystem account, split between collators and the network', async () => {
  // The collators' genesis bonds are stake: the first block sets the emission.
  const emitted = await waitForEvent(api, (e) => api.events.emissions.BlockEmitted.is(e), 30_000);
  const perBlock = (await api.query.emissions.blockEmission()).toBigInt();
  // The emission figures in one runtime-API call, the same as the storage.
  const figures = await api.call.emissionsApi.emission();
  assert.equal(figures.blockEmission.toBigInt(), perBlock);
  assert.equal(figures.emissionPerStakedToken.toString(), (await api.query.emissions.emissionPerStakedToken()).toString());
  assert.ok(perBlock > 0n, 'a positive emission per block');
  // The cap (below 3.8% a month, with the genesis f_rep of 0.3) governs a young chain.
  const rate = (await api.query.emissions.emissionPerStakedToken()).unwrap().toBigInt();
  assert.ok(rate > 0n && rate <= fixed('0.038'), `rate ${rate}`);

  const { toValidators, toNetwork } = emitted.data;
  assert.equal(toValidators.toBigInt(), perBlock / 4n);
  // No active topic: the network's share is credited to none and never leaves the ecosystem.
  assert.equal(toNetwork.toBigInt(), 0n);
  assert.equal(figures.networkEmitted.toBigInt(), 0n);

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
