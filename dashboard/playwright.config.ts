import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// The binaries the global setup runs: the shared cargo target dir's debug builds, unless given.
const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME ?? '', '.cache/allora-target');
process.env.ALLORA_NODE ??= join(target, 'debug/allora-node');
process.env.ALLORA_CLIENT ??= join(target, 'debug/allora');

// Debian's Chromium (browsers cannot be downloaded on our machines): CHROMIUM overrides the path.
// The flags keep it off the network it would otherwise call at every start.
export default defineConfig({
  testDir: 'tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  outputDir: 'test-results',
  globalSetup: './tests/global-setup.ts',
  use: {
    baseURL: 'http://127.0.0.1:4173',
    headless: true,
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
