// Running the participants' client (`allora`) from the e2e tests: its commands, its daemons and
// the example model server as background processes, and waiting on their logs.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';

export const CLIENT = process.env.ALLORA_CLIENT
  ?? new URL('../../../../target/debug/allora', import.meta.url).pathname;
export const MODEL = new URL('../../../examples/model_server.py', import.meta.url).pathname;

/** `allora --node URL ARGS` to its end: `{ code, stdout, stderr }`. */
export function allora(node, ...args) {
  return new Promise((resolve) => {
    execFile(CLIENT, ['--node', node.url, ...args], { timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** `allora ARGS` that must succeed: its stdout. */
export async function ok(node, ...args) {
  const r = await allora(node, ...args);
  assert.equal(r.code, 0, `allora ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Long-running processes, each writing to its log; `kill()` ends those still running. */
export class Processes {
  constructor() {
    this.all = [];
  }

  /** Starts `cmd ARGS` with its output appended to `log`; `p.exited` resolves at its exit. */
  start(cmd, args, log) {
    const fd = openSync(log, 'a');
    const p = spawn(cmd, args, { stdio: ['ignore', fd, fd] });
    p.exited = new Promise((resolve) => p.once('exit', (code, signal) => resolve({ code, signal })));
    this.all.push(p);
    return p;
  }

  kill() {
    for (const p of this.all) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  }
}

/** A file's text, or '' if it cannot be read. */
export const read = (f) => { try { return readFileSync(f, 'utf8'); } catch { return ''; } };

/** Polls `done()` every 500 ms until it holds; throws with `logs()` after `timeoutMs`. */
export async function waitUntil(what, done, timeoutMs, logs = () => '') {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${logs()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The nonces a daemon's log says it submitted (or revealed) on `topic`. */
export function submittedNonces(log, what = 'submitted') {
  return [...read(log).matchAll(new RegExp(`${what} topic=\\d+ nonce=(\\d+)`, 'g'))].map((m) => Number(m[1]));
}
