// Seeds a chain with a live topic, as participants make one: with the `allora` client, a topic
// (20-block epochs), three workers (two forecast) and two staked reputers, a delegation, and the
// client's own daemons (`allora worker`, `allora reputer`) serving the example model
// (examples/model_server.py) — so the dashboard has network inferences, weights, scores, losses
// and rewards to show, and new ones every epoch.
//
//   node dashboard/scripts/seed.mjs ws://127.0.0.1:9944 [--epochs N]
//
// runs until Ctrl-C (the daemons with it); `--epochs N` waits until N epochs are rewarded and
// prints `seeded topic=ID`. The Playwright test imports `seed()`.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect } from '@allora-polkadot/api';
import { freePort } from '../../tests/e2e/lib/node.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLIENT = process.env.ALLORA_CLIENT
  ?? join(process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/allora-target'), 'debug/allora');
const MODEL = join(root, 'examples/model_server.py');

export const EPOCH = 20;
const WINDOW = 12;
const LAG = 20;
export const WORKERS = ['//Bob', '//Charlie', '//Dave'];
export const REPUTERS = ['//Eve', '//Ferdie'];

/**
 * Seeds the chain at `url`; resolves once `epochs` epochs of the topic are rewarded, with
 * `{ topicId, stop }` (`stop()` ends the daemons and the model server).
 *
 * @param {string} url
 * @param {{ epochs?: number, workDir?: string, log?: (message: string) => void }} [options]
 */
export async function seed(url, { epochs = 3, workDir = mkdtempSync(join(tmpdir(), 'allora-seed-')), log = () => {} } = {}) {
  const procs = [];
  const allora = (...args) => new Promise((resolve, reject) => {
    execFile(CLIENT, ['--node', url, ...args], { timeout: 120_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`allora ${args.join(' ')}: ${stderr}${stdout}`)); else resolve(stdout);
    });
  });
  const background = (cmd, args, name) => {
    const fd = openSync(join(workDir, `${name}.log`), 'a');
    const p = spawn(cmd, args, { stdio: ['ignore', fd, fd] });
    procs.push(p);
    return p;
  };
  // A process has ended once it has an exit code or the signal that ended it.
  const running = (p) => p.exitCode === null && p.signalCode === null;
  const stop = async () => {
    const alive = procs.filter(running);
    const exited = alive.map((p) => new Promise((r) => p.once('exit', r)));
    for (const p of alive) p.kill('SIGTERM');
    await Promise.all(exited);
  };

  try {
    log('creating the topic, registering 3 workers and 2 reputers');
    const created = JSON.parse(await allora('--json', '--signer', '//Alice', 'topic', 'create', '--metadata', 'ETH/USD in 10 s (toy)',
      '--epoch-length', String(EPOCH), '--window', String(WINDOW), '--ground-truth-lag', String(LAG)));
    const topicId = Number(/topic_id: (\d+)/.exec(created.events.find((e) => e.event === 'topics.TopicCreated').fields)[1]);
    for (const w of WORKERS) await allora('--signer', w, 'register', '--topic', String(topicId), '--role', 'worker');
    for (const [i, r] of REPUTERS.entries()) {
      await allora('--signer', r, 'register', '--topic', String(topicId), '--role', 'reputer');
      await allora('--signer', r, 'stake', 'add', '--topic', String(topicId), i === 0 ? '1000.5' : '750');
    }
    await cryptoWaitReady();
    const eve = new Keyring({ type: 'sr25519' }).addFromUri('//Eve').address;
    await allora('--signer', '//Ferdie', 'delegate', 'add', '--topic', String(topicId), '--reputer', eve, '125.25');

    const port = await freePort();
    background('python3', [MODEL, '--port', String(port)], 'model');
    const source = (q) => `http://127.0.0.1:${port}/${q}`;
    const daemon = (role, signer, q, i) => {
      const config = join(workDir, `${role}-${i}.toml`);
      writeFileSync(config, [`node = "${url}"`, `signer = "${signer}"`, '[[topic]]', `id = ${topicId}`, `source = { http = "${source(q)}" }`, ''].join('\n'));
      background(CLIENT, [role, '--config', config], `${role}-${i}`);
    };
    daemon('worker', WORKERS[0], 'inference?bias=-2.5&forecast=1', 0);
    daemon('worker', WORKERS[1], 'inference?bias=1&forecast=1', 1);
    daemon('worker', WORKERS[2], 'inference?bias=4', 2);
    REPUTERS.forEach((r, i) => daemon('reputer', r, 'truth', i));
    log(`daemons running (logs in ${workDir})${epochs > 0 ? `; waiting for ${epochs} rewarded epochs` : ''}`);

    const api = await connect(url, { noInitWarn: true });
    try {
      await new Promise((resolve, reject) => {
        const rewarded = new Set();
        const timer = setTimeout(() => reject(new Error(`${epochs} epochs not rewarded in time (logs in ${workDir})`)), (epochs + 4) * EPOCH * 3000 + 120_000);
        api.query.system.events((records) => {
          for (const { event } of records) {
            if (api.events.emissions.EpochRewarded.is(event) && event.data.topicId.toNumber() === topicId) {
              rewarded.add(event.data.nonce.toNumber());
              log(`epoch ${event.data.nonce.toNumber()} rewarded (${rewarded.size}/${epochs})`);
            }
          }
          if (rewarded.size >= epochs) { clearTimeout(timer); resolve(); }
        }).catch(reject);
      });
    } finally {
      await api.disconnect();
    }
    return { topicId, stop, workDir };
  } catch (e) {
    await stop();
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
  const i = process.argv.indexOf('--epochs');
  const epochs = i > 0 ? Number(process.argv[i + 1]) : 1;
  const { topicId, stop } = await seed(url, { epochs, log: (m) => console.log(`seed: ${m}`) });
  console.log(`seeded topic=${topicId}`);
  const end = async () => { await stop(); process.exit(0); };
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
}
