// The package in a few lines (docs/dashboard.md shows this file; `npm run typecheck -w js`
// type-checks it against the generated types).
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { AlloraRpc, connect, formatAllo, parseAllo, parseFixed, roundDecimal, signingOptions } from '@allora-polkadot/api';

export async function quickstart(url = 'ws://127.0.0.1:9944', topicId = 1): Promise<void> {
  const api = await connect(url); // ApiPromise with the allora RPC: no warning about our methods
  const rpc = new AlloraRpc(api);

  const view = await rpc.latestNetworkInference(topicId); // NetworkInferenceView, typed
  console.log(view.nonce, view.combined, roundDecimal(parseFixed(view.combined), 2)); // 153 "3004.1735…" "3004.17"

  await cryptoWaitReady();
  const eve = new Keyring({ type: 'sr25519' }).addFromUri('//Eve');
  const { own } = await rpc.reputerStake(topicId, eve.address);
  console.log(`${formatAllo(own)} ALLO`); // "1000.5 ALLO", exactly

  // Storage, calls and events are typed from the runtime's metadata.
  const topicStake = await api.query.reputation.topicStake(topicId);
  console.log(formatAllo(topicStake.toBigInt()));
  await api.tx.reputation.addStake(topicId, parseAllo('250.75')).signAndSend(eve, await signingOptions(api));
  await api.disconnect();
}
