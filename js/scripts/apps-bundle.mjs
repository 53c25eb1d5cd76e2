// Writes apps-types-bundle.json from the built package: the typesBundle that polkadot.js apps
// (its apps-config) and `ApiPromise.create({ typesBundle })` take for our chain.
import { writeFileSync } from 'node:fs';
import { typesBundle } from '../dist/index.js';

writeFileSync(new URL('../apps-types-bundle.json', import.meta.url), `${JSON.stringify(typesBundle, null, 2)}\n`);
