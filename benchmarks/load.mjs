// Payloads per block against a real `allora-node --dev` (see benchmarks/load and README.md,
// "Payloads per block"): TOPICS topics of WORKERS funded, registered workers each; once every
// topic's worker nonce is open, every worker sends one payload (an inference and a forecast of
// ELEMENTS elements) at the same moment. For each block until all are in (or the windows
// close): the payloads it included, its weight and proof (System.BlockWeight, normal class),
// and the transaction pool's length; then what the pool refused.
import { DevNode, fixed, signingOptions, sr25519Keyring, submit, topicConfig, waitForEvent } from '../tests/e2e/lib/node.js';

const TOPICS = Number(process.env.TOPICS ?? 15);
const WORKERS = Number(process.env.WORKERS ?? 256);
const ELEMENTS = Number(process.env.ELEMENTS ?? 12);
const WINDOW = 30;
const BLOCK_REF_TIME = 2_000_000_000_000n;
const BLOCK_PROOF = 10n * 1024n * 1024n;

const log = (...a) => console.error(`[load ${new Date().toISOString().slice(11, 19)}]`, ...a);
const pct = (v, of) => `${(Number((v * 10000n) / of) / 100).toFixed(1)}%`;

/** Sends signed transactions without watching them; returns the refusals by message. */
async function sendAll(api, signed) {
  const refused = new Map();
  await Promise.all(signed.map((tx) => api.rpc.author.submitExtrinsic(tx).catch((e) => {
    const why = String(e.message ?? e).slice(0, 120);
    refused.set(why, (refused.get(why) ?? 0) + 1);
  })));
  return refused;
}

/** Signs `calls[i]` by `signers[i]`, each at nonce `nonce`, all with one mortal era. */
async function signAll(api, calls, signers, nonce = 0) {
  const options = await signingOptions(api);
  const out = [];
  for (let i = 0; i < calls.length; i++) out.push(await calls[i].signAsync(signers[i], { ...options, nonce }));
  return out;
}

/** Waits until `count()` reaches `target` (checked each new block). */
async function until(api, what, count, target, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await count();
    if (n >= target) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${n} of ${target} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main() {
  const keyring = await sr25519Keyring();
  const alice = keyring.addFromUri('//Alice');
  const node = new DevNode();
  const api = await node.start();
  try {
    log(`node ${node.url}; ${TOPICS} topics × ${WORKERS} workers, ${ELEMENTS}-element forecasts`);
    await submit(api, api.tx.sudo.sudo(api.tx.topics.setParams([{ MinTopicWeight: 0 }])), alice);
    const config = topicConfig({ epochLength: 60, groundTruthLag: 60, workerSubmissionWindow: WINDOW });
    // One topic a block: a block starts the epochs of at most `MaxActiveTopicsPerBlock` (1)
    // topics, and topics created together would share their epoch starts.
    const topics = [];
    for (let t = 0; t < TOPICS; t++) {
      const { events } = await submit(api, api.tx.topics.createTopic(config), alice);
      topics.push(events.find(({ event }) => api.events.topics.TopicCreated.is(event)).event.data.topicId.toNumber());
    }
    log(`topics ${topics.join(', ')}`);

    const workers = Array.from({ length: TOPICS * WORKERS }, (_, i) => keyring.addFromUri(`//load//${i}`));
    const fund = 10n * 10n ** 18n;
    for (let i = 0; i < workers.length; i += 500) {
      const transfers = workers.slice(i, i + 500).map((w) => api.tx.balances.transferKeepAlive(w.address, fund));
      await submit(api, api.tx.utility.batchAll(transfers), alice);
    }
    log(`${workers.length} workers funded`);
    const topicOf = (i) => topics[Math.floor(i / WORKERS)];
    const registrations = workers.map((w, i) => api.tx.topics.register(topicOf(i), 'Worker'));
    const refusedRegistrations = await sendAll(api, await signAll(api, registrations, workers));
    if (refusedRegistrations.size) throw new Error(`registrations refused: ${JSON.stringify([...refusedRegistrations])}`);
    const registered = async () => (await api.query.topics.registrations.entries()).length;
    await until(api, 'registrations', registered, workers.length);
    log(`${workers.length} workers registered`);

    // Every topic's next nonce open (one topic's nonce opens per block).
    const nonces = new Map();
    const unsubOpen = await api.query.system.events((records) => {
      for (const { event } of records) {
        if (api.events.inference.NonceOpened.is(event) && topics.includes(event.data.topicId.toNumber())) {
          nonces.set(event.data.topicId.toNumber(), event.data.nonce.toNumber());
        }
      }
    });
    await until(api, 'open nonces', async () => nonces.size, topics.length, 200_000);
    unsubOpen();
    await waitForEvent(api, () => true);
    log(`nonces open: ${[...nonces].map(([t, n]) => `${t}@${n}`).join(', ')}`);

    const payloads = workers.map((w, i) => {
      const t = topicOf(i);
      const first = Math.floor(i / WORKERS) * WORKERS;
      const forecast = Array.from({ length: ELEMENTS }, (_, k) => ({
        inferer: workers[first + ((i - first + 1 + k) % WORKERS)].address,
        value: fixed(`0.${String(1 + ((i + k) % 97)).padStart(2, '0')}`),
      }));
      return api.tx.inference.submitWorkerPayload(t, nonces.get(t), fixed(`${3000 + (i % 50)}.5`), forecast);
    });
    const signed = await signAll(api, payloads, workers, 1);
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    const sendStarted = Date.now();
    const refused = await sendAll(api, signed);
    log(`${signed.length} payloads sent in ${Date.now() - sendStarted} ms from block ${start}; refused: ${refused.size ? JSON.stringify([...refused]) : 'none'}`);

    const rows = [];
    let included = 0;
    const lastOpen = Math.min(...[...nonces.values()]) + WINDOW;
    for (let b = start + 1; included + [...refused.values()].reduce((a, n) => a + n, 0) < signed.length && b <= lastOpen + 1; b++) {
      const hash = await (async () => {
        for (;;) {
          const best = (await api.rpc.chain.getHeader()).number.toNumber();
          if (best >= b) return api.rpc.chain.getBlockHash(b);
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const at = await api.at(hash);
      const events = await at.query.system.events();
      const n = events.filter(({ event }) => api.events.inference.WorkerPayloadSubmitted.is(event)).length;
      const failed = events.filter(({ event }) => api.events.system.ExtrinsicFailed.is(event)).length;
      const weight = (await at.query.system.blockWeight()).normal;
      const pool = (await api.rpc.author.pendingExtrinsics()).length;
      included += n;
      rows.push({ b, n, failed, ref: weight.refTime.toBigInt(), proof: weight.proofSize.toBigInt(), pool });
      log(`block ${b}: ${n} payloads, ${failed} failed, pool ${pool}`);
    }
    const out = [];
    out.push(`${TOPICS} topics × ${WORKERS} workers = ${signed.length} payloads of an inference and ${ELEMENTS} forecast elements, sent at once from block ${start}; refused by the pool: ${refused.size ? [...refused].map(([m, c]) => `${c} × ${m}`).join('; ') : 'none'}.`);
    out.push('');
    out.push('| block | payloads included | extrinsics failed | normal-class ref time | normal-class proof | pool after |');
    out.push('|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      out.push(`| ${r.b} | ${r.n} | ${r.failed} | ${(Number(r.ref) / 1e9).toFixed(0)} ms (${pct(r.ref, BLOCK_REF_TIME)}) | ${(Number(r.proof) / 1024).toFixed(0)} KiB (${pct(r.proof, BLOCK_PROOF)}) | ${r.pool} |`);
    }
    out.push('');
    out.push(`Included: ${included} of ${signed.length}.`);
    console.log(out.join('\n'));
  } finally {
    await node.cleanup();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
