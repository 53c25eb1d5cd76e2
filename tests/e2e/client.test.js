// The participants' client, as a participant runs it, against a dev node with 500 ms blocks:
// the topic, registrations and stakes made with `allora` commands; three `allora worker`
// daemons (two with forecasts) and two `allora reputer` daemons serving the example model and
// ground truth (examples/model_server.py) for several epochs; the node restarted in the middle
// on the same base path and port (the daemons carry on); one worker's model endpoint dead for an
// epoch (a named error in its log, no crash, it submits again once the model is back). Every
// epoch is synthesised and rewarded, `allora verify --all` matches (network inferences and
// network losses), and verify fails on a perturbed payload set. The topic is made as `allora
// topic create` makes one by default: with commit–reveal (commit-reveal.test.js tests it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DevNode, freePort } from './lib/node.js';
import { CLIENT, MODEL, Processes, allora as cli, ok as okCli, read, submittedNonces as nonces, waitUntil } from './lib/client.js';

// 20-block epochs (10 s), 12-block worker windows, the truth known one epoch later.
const EPOCH = 20;
const WINDOW = 12;
const LAG = 20;

let node;
let api;
const procs = new Processes();

before(async () => {
  // An archive node: verify reads the state of the blocks before each window's close.
  node = new DevNode({ extraArgs: ['--dev-block-time', '500', '--state-pruning', 'archive'] });
  api = await node.start();
});

after(async () => {
  procs.kill();
  await node?.cleanup();
});

const allora = (...args) => cli(node, ...args);
const ok = (...args) => okCli(node, ...args);
const background = (cmd, args, log) => procs.start(cmd, args, log);
const modelServer = (port) => background('python3', [MODEL, '--port', String(port)], join(node.basePath, `model-${port}.log`));

/** The HTTP body of a daemon's metrics endpoint. */
async function metrics(port) {
  return (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
}

/** A metric's value (summed over the series whose labels contain `labels`). */
function metric(body, name, labels = '') {
  return body.split('\n').filter((l) => l.startsWith(name) && l.includes(labels))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

test('three workers and two reputers run by `allora` daemons: restart, dead model, verified epochs', async () => {
  // The topic, registrations and stakes, as a person makes them.
  const created = JSON.parse(await ok('--json', '--signer', '//Alice', 'topic', 'create',
    '--metadata', 'toy ETH/USD', '--epoch-length', String(EPOCH), '--window', String(WINDOW),
    '--ground-truth-lag', String(LAG)));
  const topicId = Number(/topic_id: (\d+)/.exec(created.events.find((e) => e.event === 'topics.TopicCreated').fields)[1]);
  const workers = ['//Bob', '//Charlie', '//Dave'];
  const reputers = ['//Eve', '//Ferdie'];
  for (const w of workers) await ok('--signer', w, 'register', '--topic', String(topicId), '--role', 'worker');
  for (const r of reputers) {
    await ok('--signer', r, 'register', '--topic', String(topicId), '--role', 'reputer');
    await ok('--signer', r, 'stake', 'add', '--topic', String(topicId), '1000.5');
  }
  const eve = JSON.parse(await ok('--json', '--signer', '//Eve', 'status'));
  assert.equal(eve.topics[0].stake.own, '1000.5', 'stake shown in ALLO, exactly');
  // Amounts are refused, not rounded.
  const precise = await allora('--signer', '//Eve', 'stake', 'add', '--topic', String(topicId), '0.0000000000000000001');
  assert.notEqual(precise.code, 0);
  assert.match(precise.stderr, /at most 18 digits/);

  // Two model servers: one for Bob, Charlie and the ground truth, one for Dave's model.
  const [shared, davePort] = [await freePort(), await freePort()];
  modelServer(shared);
  let daveModel = modelServer(davePort);

  const daemons = [];
  // Bob's config also names a topic that does not exist: its errors must not hold up topic 1.
  const missingTopic = topicId + 1000;
  const start = async (role, signer, source, i, extraTopics = []) => {
    const metricsPort = await freePort();
    const config = join(node.basePath, `${role}-${i}.toml`);
    writeFileSync(config, [
      `node = "${node.url}"`, `signer = "${signer}"`, `metrics = "127.0.0.1:${metricsPort}"`,
      `state = "${join(node.basePath, 'state')}"`,
      ...[...extraTopics, topicId].flatMap((id) => ['[[topic]]', `id = ${id}`, `source = { http = "${source}" }`]), '',
    ].join('\n'));
    const log = join(node.basePath, `${role}-${i}.log`);
    const proc = background(CLIENT, [role, '--config', config], log);
    daemons.push({ role, i, proc, log, metricsPort });
  };
  await start('worker', workers[0], `http://127.0.0.1:${shared}/inference?bias=-2.5&forecast=1`, 0, [missingTopic]);
  await start('worker', workers[1], `http://127.0.0.1:${shared}/inference?bias=1&forecast=1`, 1);
  await start('worker', workers[2], `http://127.0.0.1:${davePort}/inference?bias=4`, 2);
  for (const [i, r] of reputers.entries()) await start('reputer', r, `http://127.0.0.1:${shared}/truth`, i);
  const logs = () => daemons.map((d) => `--- ${d.role} ${d.i}\n${read(d.log).split('\n').slice(-8).join('\n')}`).join('\n');
  const submittedNonces = (d) => nonces(d.log);
  const [bob, , dave] = daemons;

  // Two epochs in, and a report: restart the node on its base path and port.
  await waitUntil('two epochs submitted and one reported',
    () => submittedNonces(bob).length >= 2 && daemons.slice(3).every((d) => submittedNonces(d).length >= 1),
    120_000, logs);
  await node.stop();
  await new Promise((r) => setTimeout(r, 3000));
  api = await node.start();
  await waitUntil('every daemon back on the node', () => daemons.every((d) => /node_reconnected/.test(read(d.log))), 60_000, logs);

  // Dave's model goes away for an epoch.
  const beforeDeath = Math.max(...submittedNonces(dave));
  daveModel.kill('SIGKILL');
  await daveModel.exited;
  await waitUntil('a window passes without Dave\'s model',
    () => submittedNonces(bob).some((n) => n > beforeDeath) && /source_error .*source_unreachable/.test(read(dave.log)),
    60_000, logs);
  const missed = Math.max(...submittedNonces(bob));
  assert.ok(!submittedNonces(dave).includes(missed), 'Dave could not submit without his model');
  assert.equal(dave.proc.exitCode, null, 'the worker keeps running');
  daveModel = modelServer(davePort);
  await waitUntil('Dave submits again', () => submittedNonces(dave).some((n) => n > missed), 60_000, logs);

  // Three more epochs rewarded after the restart.
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const rewarded = new Set();
  const unrewarded = new Set();
  const synthesised = new Set();
  let scanned = 0;
  const scan = async () => {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    for (; scanned <= best; scanned += 1) {
      const at = await api.at(await api.rpc.chain.getBlockHash(scanned));
      for (const { event } of await at.query.system.events()) {
        if (event.data.topicId?.toNumber?.() !== topicId) continue;
        if (api.events.emissions.EpochRewarded.is(event)) rewarded.add(event.data.nonce.toNumber());
        if (api.events.emissions.EpochUnrewarded.is(event)) unrewarded.add(event.data.nonce.toNumber());
        if (api.events.inference.NetworkInferenceComputed.is(event)) synthesised.add(event.data.nonce.toNumber());
      }
    }
    return [...rewarded].filter((n) => n > head).length >= 3;
  };
  await waitUntil('three more epochs rewarded', scan, 180_000, logs);

  assert.match(read(bob.log), new RegExp(`step_failed topic=${missingTopic} block=\\d+: topic ${missingTopic}: NoSuchTopic`));

  // The daemons' metrics, then a clean stop.
  const bobMetrics = await metrics(bob.metricsPort);
  assert.ok(metric(bobMetrics, 'allora_submissions_total') >= 5, bobMetrics);
  assert.ok(metric(bobMetrics, 'allora_node_reconnects_total') >= 1, bobMetrics);
  assert.ok(metric(await metrics(dave.metricsPort), 'allora_source_errors_total', 'kind="unreachable"') >= 1);
  assert.ok(metric(await metrics(daemons[3].metricsPort), 'allora_submissions_total', 'role="reputer"') >= 4);
  for (const d of daemons) d.proc.kill('SIGTERM');
  for (const d of daemons) assert.deepEqual(await d.proc.exited, { code: 0, signal: null }, `${d.role} ${d.i}\n${read(d.log)}`);
  for (const d of daemons) {
    const bad = read(d.log).split('\n').filter((l) => /panicked|allora: refused /.test(l));
    assert.deepEqual(bad, [], `${d.role} ${d.i}`);
  }

  // Every synthesised epoch whose reputer window has closed was rewarded, except the topic's
  // first ones: synthesised before any network loss, they have no one-out inferences to score
  // (EpochUnrewarded, their budget carried to the next).
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const firstPaid = Math.min(...rewarded);
  for (const n of synthesised) {
    if (n + LAG + EPOCH + 2 > best) continue;
    if (n < firstPaid) assert.ok(unrewarded.has(n), `nonce ${n}: neither rewarded nor unrewarded`);
    else assert.ok(rewarded.has(n), `nonce ${n} synthesised but not rewarded`);
  }
  assert.ok(unrewarded.size <= 3, `only the first epochs go unrewarded: ${[...unrewarded]}`);

  // `verify --all`: every kept nonce recomputed, every quantity equal.
  const all = await allora('--json', 'verify', '--topic', String(topicId), '--all');
  assert.equal(all.code, 0, all.stderr + all.stdout);
  const verdict = JSON.parse(all.stdout);
  assert.equal(verdict.matches, true);
  assert.ok(verdict.verdicts.length >= 3, all.stdout);
  const full = verdict.verdicts.find((v) => v.checks.some((c) => c.quantity.startsWith('forecaster_weights')));
  assert.ok(full, 'a nonce with the full synthesis (forecasters weighted) was verified');
  // The network losses of the nonces whose reputer windows closed: the reports weighted by stake.
  const withLosses = verdict.verdicts.filter((v) => v.lossesClosedAt !== null);
  assert.ok(withLosses.length >= 2, all.stdout);
  for (const v of withLosses) {
    assert.ok(v.checks.some((c) => c.quantity === 'losses.combined' && c.chain !== null), JSON.stringify(v.checks));
    assert.ok(v.checks.some((c) => c.quantity.startsWith('losses.one_out_inferer[')), `nonce ${v.nonce}`);
  }

  // A perturbed payload set: one inference 0.001 higher. Verify says which quantities differ.
  const one = JSON.parse(await ok('--json', 'verify', '--topic', String(topicId), '--nonce', String(full.nonce)));
  const inferences = one.verdicts[0].payloads.inferences;
  const [who] = Object.keys(inferences);
  inferences[who] = (Number(inferences[who]) + 0.001).toFixed(9);
  const file = join(node.basePath, 'perturbed.json');
  writeFileSync(file, JSON.stringify(one));
  const perturbed = await allora('verify', '--topic', String(topicId), '--nonce', String(full.nonce), '--payloads', file);
  assert.equal(perturbed.code, 1, perturbed.stderr + perturbed.stdout);
  assert.match(perturbed.stdout, /MISMATCH  combined: chain /);
});
