// The parachain skeleton through @polkadot/api: metadata decodes with no custom types, the
// pallets are there, a transfer moves funds, blocks are produced, and a restart on the same
// base path continues the same chain.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { DevNode, submit, waitForBlock } from './lib/node.js';

const ALLO = 10n ** 18n;
let node;
let api;
let alice;
let bob;

before(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  alice = keyring.addFromUri('//Alice');
  bob = keyring.addFromUri('//Bob');
  node = new DevNode();
  api = await node.start();
});

after(async () => { await node?.cleanup(); });

test('metadata decodes with no custom types and the chain describes itself', async () => {
  const props = await api.rpc.system.properties();
  assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'ALLO');
  assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 18);
  assert.equal(api.runtimeVersion.specName.toString(), 'allora-parachain');
  assert.ok(api.runtimeMetadata.version >= 15, `metadata v${api.runtimeMetadata.version}`);
});

test('the runtime has its pallets', async () => {
  const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString());
  for (const pallet of ['System', 'ParachainSystem', 'Timestamp', 'ParachainInfo', 'WeightReclaim', 'Utility',
    'Balances', 'TransactionPayment', 'Sudo', 'Authorship', 'Staking', 'Session', 'Historical', 'Aura',
    'AuraExt', 'XcmpQueue', 'PolkadotXcm', 'CumulusXcm', 'MessageQueue']) {
    assert.ok(pallets.includes(pallet), `pallet ${pallet} missing from ${pallets}`);
  }
  // Alice and Bob are the elected collators and the Aura authorities.
  const validators = (await api.query.session.validators()).map((v) => v.toString()).sort();
  assert.deepEqual(validators, [alice.address, bob.address].sort());
  assert.equal((await api.query.aura.authorities()).length, 2);
  assert.equal((await api.query.staking.validatorCount()).toNumber(), 2);
});

test('blocks are produced', async () => {
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  const reached = await waitForBlock(api, start + 2, 30_000);
  assert.ok(reached >= start + 2);
});

test('a transfer from Alice to Bob changes both balances', async () => {
  const amount = 12n * ALLO;
  const before = (await api.query.system.account(bob.address)).data.free.toBigInt();
  const aliceBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();
  const { events } = await submit(api, api.tx.balances.transferKeepAlive(bob.address, amount), alice);
  assert.ok(events.some(({ event }) => api.events.balances.Transfer.is(event)));
  const afterBob = (await api.query.system.account(bob.address)).data.free.toBigInt();
  const afterAlice = (await api.query.system.account(alice.address)).data.free.toBigInt();
  assert.equal(afterBob - before, amount);
  assert.ok(aliceBefore - afterAlice > amount, 'Alice pays the amount plus a fee');
});

test('a restart on the same base path continues the same chain', async () => {
  const head = await api.rpc.chain.getHeader();
  const number = head.number.toNumber();
  const hash = head.hash.toHex();
  const bobBalance = (await api.query.system.account(bob.address)).data.free.toBigInt();
  await node.stop();
  api = await node.start();
  assert.equal((await api.rpc.chain.getBlockHash(number)).toHex(), hash, 'the old head is still there');
  assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt(), bobBalance);
  await waitForBlock(api, number + 2, 30_000);
});
