// Generates the @polkadot/api augmentation of our chain (src/interfaces/augment-api-*.ts: every
// storage item, call, event, error, constant and runtime API of the runtime, typed) from the
// runtime's metadata as committed in client/metadata.scale, with @polkadot/typegen.
//
//   node scripts/typegen.mjs          writes src/interfaces/
//   node scripts/typegen.mjs --check  fails if src/interfaces/ is not what the metadata gives
//
// client/metadata.scale is regenerated from the runtime by
// `ALLORA_WRITE_METADATA=1 cargo test -p allora-runtime --test metadata` (docs/participants.md).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const pkg = new URL('..', import.meta.url).pathname;
const metadata = new URL('../../client/metadata.scale', import.meta.url).pathname;
const target = join(pkg, 'src/interfaces');
const check = process.argv.includes('--check');

const work = mkdtempSync(join(tmpdir(), 'allora-typegen-'));
try {
  // typegen reads a JSON-RPC answer of state_getMetadata from a file path relative to its cwd.
  writeFileSync(join(work, 'metadata.json'), JSON.stringify({ result: `0x${readFileSync(metadata).toString('hex')}` }));
  mkdirSync(join(work, 'out'));
  // No type of ours is defined by hand: every type comes from the metadata's registry.
  writeFileSync(join(work, 'out', 'definitions.ts'), 'export {};\n');
  // The generators' output (and @polkadot/types' warnings about our two transaction extensions,
  // which alloraApiOptions declares) is shown only when they fail.
  const typegen = (bin, args) => {
    try {
      execFileSync(join(pkg, '../node_modules/.bin', bin), args, {
        cwd: work, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: `--import ${import.meta.resolve('tsx')}` },
      });
    } catch (e) {
      console.error(`${bin} failed:\n${e.stdout}${e.stderr}`);
      process.exit(1);
    }
  };
  // tsx: the generators import the .ts files they wrote (lookup.ts) and Node 20 cannot.
  // The metadata's types (`lookup.ts`, `types-lookup.ts`: PalletTopicsTopicConfig, ...)...
  typegen('polkadot-types-from-defs', ['--endpoint', 'metadata.json', '--input', 'out', '--package', '@allora-polkadot/api/interfaces']);
  // ...then api.query / tx / events / errors / consts / call, typed with them.
  typegen('polkadot-types-from-chain', ['--endpoint', 'metadata.json', '--output', 'out', '--package', '@allora-polkadot/api/interfaces', '--strict']);
  // typegen names the runtime's call enum in the runtime APIs' signatures without declaring it
  // (types-lookup.ts maps it to @polkadot/types' `Call`): use `Call`.
  const runtimeApis = join(work, 'out', 'augment-api-runtime.ts');
  writeFileSync(runtimeApis, readFileSync(runtimeApis, 'utf8')
    .replaceAll('AlloraRuntimeRuntimeCall', 'Call')
    .replace("import type { AccountId32,", "import type { AccountId32, Call,"));
  const files = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.ts')).sort();
  if (check) {
    const stale = files.filter((f) => {
      try { return readFileSync(join(target, f), 'utf8') !== readFileSync(join(work, 'out', f), 'utf8'); } catch { return true; }
    });
    if (stale.length) {
      console.error(`typegen: ${stale.join(', ')} in ${relative(process.cwd(), target)} differ from the metadata: run npm run typegen -w js`);
      process.exit(1);
    }
    console.log(`typegen: ${files.length} files match client/metadata.scale`);
  } else {
    rmSync(target, { recursive: true, force: true });
    cpSync(join(work, 'out'), target, { recursive: true });
    console.log(`typegen: wrote ${files.join(', ')}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
