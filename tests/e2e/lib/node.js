// Starts and stops `allora-node --dev` for the tests: free loopback ports, its own base path,
// logs kept in a file that is printed when a test fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { alloraApiOptions, parseFixed, signingOptions } from '@allora-polkadot/api';

export const NODE_BIN = process.env.ALLORA_NODE ?? new URL('../../../target/debug/allora-node', import.meta.url).pathname;

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A dev node; `start()` can be called again after `stop()` on the same base path. With
 * `prometheus`, it serves its metrics (`metrics()`) on a free port.
 */
export class DevNode {
  /** @param {{ basePath?: string, extraArgs?: string[], prometheus?: boolean }} [options] */
  constructor({ basePath, extraArgs = [], prometheus = false } = {}) {
    this.basePath = basePath ?? mkdtempSync(join(tmpdir(), 'allora-e2e-'));
    this.ownsBasePath = !basePath;
    this.extraArgs = extraArgs;
    this.prometheus = prometheus;
    this.logFile = join(this.basePath, 'node.log');
  }

  /** Starts the node; a restart keeps its RPC port (clients configured with it reconnect). */
  async start() {
    this.rpcPort ??= await freePort();
    const p2pPort = await freePort();
    if (this.prometheus) this.prometheusPort ??= await freePort();
    const metricsArgs = this.prometheus ? ['--prometheus-port', String(this.prometheusPort)] : ['--no-prometheus'];
    const log = openSync(this.logFile, 'a');
    this.proc = spawn(NODE_BIN, [
      '--dev', '--base-path', this.basePath,
      '--rpc-port', String(this.rpcPort), '--port', String(p2pPort),
      ...metricsArgs, '--no-telemetry', '--no-mdns', '--no-hardware-benchmarks',
      ...this.extraArgs,
    ], { stdio: ['ignore', log, log] });
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    this.url = `ws://127.0.0.1:${this.rpcPort}`;
    this.api = await connect(this.url, this.exited, () => this.logs());
    return this.api;
  }

  /** Calls a JSON-RPC method of the running node over HTTP (any client would). */
  rpc(method, ...params) {
    return fetchRpc(this.url.replace('ws://', 'http://'), method, params);
  }

  /**
   * The node's Prometheus samples: `[{ name, labels, value }]`. `sample(samples, name, labels)`
   * finds one.
   */
  async metrics() {
    const text = await (await fetch(`http://127.0.0.1:${this.prometheusPort}/metrics`)).text();
    const samples = [];
    for (const line of text.split('\n')) {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) continue;
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
      samples.push({ name: m[1], labels, value: Number(m[3]) });
    }
    return samples;
  }

  logs() {
    try { return readFileSync(this.logFile, 'utf8').split('\n').slice(-40).join('\n'); } catch { return ''; }
  }

  /** Stops the node gracefully (SIGINT) and waits for it to exit. */
  async stop() {
    if (this.api) { await this.api.disconnect().catch(() => {}); this.api = undefined; }
    if (this.proc && this.proc.exitCode === null) {
      this.proc.kill('SIGINT');
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 20_000);
      await this.exited;
      clearTimeout(timer);
    }
    this.proc = undefined;
  }

  async cleanup() {
    await this.stop();
    if (this.ownsBasePath) rmSync(this.basePath, { recursive: true, force: true });
  }
}

/** Connects once the node's RPC answers; fails early if the node exits. */
async function connect(url, exited, logs, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let dead = null;
  exited.then((e) => { dead = e; });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`allora-node exited (${JSON.stringify(dead)}):\n${logs()}`);
    try {
      await fetchRpc(url.replace('ws://', 'http://'), 'system_health');
      const provider = new WsProvider(url, false);
      await provider.connect();
      return await ApiPromise.create(alloraApiOptions({ provider, throwOnConnect: true, noInitWarn: true }));
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`allora-node RPC not up after ${timeoutMs} ms:\n${logs()}`);
}

/** A JSON-RPC call over HTTP: its `result`, or an Error `code: message` of its error. */
export async function fetchRpc(httpUrl, method, params = []) {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${body.error.code}: ${body.error.message}`);
  return body.result;
}

/** Resolves once the best block number reaches `n`. */
export async function waitForBlock(api, n, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    if (head >= n) return head;
    if (Date.now() > deadline) throw new Error(`block ${n} not reached (at ${head})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Signs and sends `tx`, resolving with the events once it is in a block; rejects with the
 * pallet error name (`pallet.Error`) if dispatch failed. */
export async function submit(api, tx, signer) {
  const options = await signingOptions(api);
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, options, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          reject(new Error(`${section}.${name}`));
        } else reject(new Error(dispatchError.toString()));
        return;
      }
      // Manual seal finalizes at once, so a transaction may go from Ready to Finalized.
      if (status.isInBlock || status.isFinalized) {
        unsub();
        resolve({ events, blockHash: status.isInBlock ? status.asInBlock : status.asFinalized });
      }
    }).then((u) => { unsub = u; }).catch(reject);
  });
}

/** Resolves with the first event of a new block for which `match(event)` holds. */
export async function waitForEvent(api, match, timeoutMs = 60_000) {
  let unsub = () => {};
  let timer;
  try {
    return await new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`event not seen in ${timeoutMs} ms`)), timeoutMs);
      api.query.system.events((records) => {
        const found = records.find(({ event }) => match(event));
        if (found) resolve(found.event);
      }).then((u) => { unsub = u; }).catch(reject);
    });
  } finally {
    clearTimeout(timer);
    unsub();
  }
}

/** A decimal string as the raw integer of an 18-decimal fixed-point number (`Fixed`). */
export function fixed(decimal) {
  return parseFixed(String(decimal));
}

/** A valid `TopicConfig` for `topics.createTopic` (the reference synthesis settings), with
 * `overrides` applied. */
export function topicConfig(overrides = {}) {
  return {
    metadata: 'ETH/USD in 5 minutes',
    lossMethod: 'mse',
    epochLength: 8,
    groundTruthLag: 8,
    workerSubmissionWindow: 5,
    pNorm: fixed('3'),
    alphaRegret: fixed('0.1'),
    allowNegative: false,
    epsilon: fixed('0.01'),
    meritSortitionAlpha: fixed('0.1'),
    activeInfererQuantile: fixed('0.2'),
    activeForecasterQuantile: fixed('0.2'),
    activeReputerQuantile: fixed('0.2'),
    // Payloads in one call: the tests of commit–reveal set it.
    commitReveal: null,
    ...overrides,
  };
}

/** An sr25519 keyring (generic SS58 prefix), the crypto ready. */
export async function sr25519Keyring() {
  const { Keyring } = await import('@polkadot/keyring');
  const { cryptoWaitReady } = await import('@polkadot/util-crypto');
  await cryptoWaitReady();
  return new Keyring({ type: 'sr25519', ss58Format: 42 });
}

/** The dev accounts used as participants: `{ alice, workers: [Bob, Charlie, Dave], reputer: Eve,
 * delegator: Ferdie }` (sr25519 key pairs). */
export async function participants() {
  const keyring = await sr25519Keyring();
  return {
    alice: keyring.addFromUri('//Alice'),
    workers: ['//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri)),
    reputer: keyring.addFromUri('//Eve'),
    delegator: keyring.addFromUri('//Ferdie'),
  };
}

/** The value of the sample `name` whose labels include `labels`, if any. */
export function sample(samples, name, labels = {}) {
  return samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
