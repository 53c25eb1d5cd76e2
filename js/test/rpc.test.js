// The RPC definitions are the node's methods: read from the Rust RPC traits of our pallets
// (pallets/*/rpc/src/lib.rs), so that a method added, renamed or given a parameter there fails
// here until the package follows. (tests/e2e/rpc-client.test.js checks them against a running
// node's rpc_methods, and that ApiPromise.create no longer warns.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { alloraMethods, alloraRpc, typesBundle, SPEC_NAME } from '@allora-polkadot/api';

const pallets = new URL('../../pallets/', import.meta.url);

/** `{ name: parameterNames }` of every `#[method(name = "...")]` of an `allora` RPC trait. */
function rustMethods() {
  const methods = {};
  for (const pallet of readdirSync(pallets)) {
    let source;
    try { source = readFileSync(new URL(`${pallet}/rpc/src/lib.rs`, pallets), 'utf8'); } catch { continue; }
    assert.match(source, /namespace = "allora"/, pallet);
    const trait = source.slice(source.indexOf('#[rpc('), source.indexOf('\n}\n', source.indexOf('#[rpc(')));
    for (const m of trait.matchAll(/#\[method\(name = "(\w+)"\)\]\s*fn \w+\(\s*&self,?([^)]*)\)/g)) {
      methods[m[1]] = m[2].split(',').map((p) => p.trim()).filter(Boolean).map((p) => p.split(':')[0].trim());
    }
  }
  return methods;
}

const camel = (snake) => snake.replace(/_(\w)/g, (_, c) => c.toUpperCase());

test('every allora_* method of the node is defined, with its parameters in order, and nothing else', () => {
  const rust = rustMethods();
  assert.ok(Object.keys(rust).length >= 19, JSON.stringify(rust));
  assert.deepEqual(Object.keys(alloraRpc).sort(), Object.keys(rust).sort());
  for (const [name, params] of Object.entries(rust)) {
    assert.deepEqual(alloraRpc[name].params.map((p) => p.name), params.map(camel), name);
    // `at` is the last and the only optional parameter.
    assert.deepEqual(alloraRpc[name].params.map((p) => Boolean(p.isOptional)), params.map((p) => p === 'at'), name);
  }
  assert.deepEqual(alloraMethods, Object.keys(alloraRpc).map((m) => `allora_${m}`));
});

test('apps-types-bundle.json is the package\'s typesBundle, keyed by the runtime\'s spec_name', () => {
  const file = JSON.parse(readFileSync(new URL('../apps-types-bundle.json', import.meta.url), 'utf8'));
  assert.deepEqual(file, JSON.parse(JSON.stringify(typesBundle)));
  const runtime = readFileSync(new URL('../../runtime/src/lib.rs', import.meta.url), 'utf8');
  assert.match(runtime, new RegExp(`spec_name: alloc::borrow::Cow::Borrowed\\("${SPEC_NAME}"\\)`));
});
