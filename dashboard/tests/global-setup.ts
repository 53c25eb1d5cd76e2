// A dev chain with live data for the browser tests: `allora-node --dev` (500 ms blocks), seeded
// by the participants' client (scripts/seed.mjs) until three epochs are rewarded. The node's
// URL and the topic reach the tests through the environment; the returned function tears down.
import { DevNode } from '../../tests/e2e/lib/node.js';
import { seed } from '../scripts/seed.mjs';

export default async function globalSetup() {
  const node = new DevNode({ extraArgs: ['--dev-block-time', '500'] });
  await node.start();
  const started = Date.now();
  const seeded = await seed(node.url!, { epochs: 3, log: (m: string) => console.log(`seed: ${m}`) });
  console.log(`seed: done in ${Math.round((Date.now() - started) / 1000)} s`);
  process.env.ALLORA_TEST_RPC = node.url;
  process.env.ALLORA_TEST_TOPIC = String(seeded.topicId);
  return async () => {
    await seeded.stop();
    await node.cleanup();
  };
}
