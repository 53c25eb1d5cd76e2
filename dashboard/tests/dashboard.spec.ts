// The dashboard in Debian's Chromium against a dev chain seeded by the participants' client
// (three rewarded epochs, daemons still running): every view renders without a console error;
// the combined inference, a worker's weight, a reputer's stake and an account's balance on
// screen are what the node answers; a delegation made in the Staking view with a dev account
// reaches the chain and shows in the Wallet view. Each view's screenshot is saved
// (test-results/screenshots; docs/dashboard.md shows them).
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, parseFixed, roundDecimal, groupThousands, signingOptions } from '@allora-polkadot/api';
import { fetchRpc } from '../../tests/e2e/lib/node.js';

const RPC = process.env.ALLORA_TEST_RPC!;
const TOPIC = Number(process.env.ALLORA_TEST_TOPIC);
const SHOTS = process.env.ALLORA_SCREENSHOTS ?? join(import.meta.dirname, '..', 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** A JSON-RPC call to the seeded node over HTTP. */
const rpc = (method: string, ...params: unknown[]): Promise<any> => fetchRpc(RPC.replace('ws://', 'http://'), method, params);

let dev: Record<string, string> = {};
test.beforeAll(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  dev = Object.fromEntries(['Alice', 'Bob', 'Eve', 'Ferdie'].map((n) => [n, keyring.addFromUri(`//${n}`).address]));
});

/** Console errors and page errors of a test: none allowed. */
let problems: string[] = [];
test.beforeEach(({ page }) => {
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});
test.afterEach(() => { expect(problems, 'console errors').toEqual([]); });

async function open(page: Page, route: string) {
  await page.goto(`/?rpc=${encodeURIComponent(RPC)}#/${route}`);
  await expect(page.getByTestId('connection')).toContainText('#');
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const shown = (decimal: string, places: number) => groupThousands(roundDecimal(parseFixed(decimal), places));

test('overview: clock, finality, emission, stake, topics, latest rewards', async ({ page }) => {
  await open(page, '');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('best-block')).toContainText('#');
  const [emission, params, totals] = await Promise.all([rpc('allora_emission'), rpc('allora_topicsParams'), rpc('allora_stakeTotals', TOPIC)]);
  const monthly = BigInt(emission.blockEmission) * BigInt(params.blocksPerMonth);
  await expect(page.getByTestId('monthly-emission').locator('[data-value]')).toHaveAttribute('data-value', String(monthly));
  await expect(page.getByTestId('total-staked').locator('[data-value]')).toHaveAttribute('data-value', totals.total);
  await expect(page.getByTestId('active-topics')).toContainText('1');
  await expect(page.getByTestId('latest-rewards').locator('tbody tr').first()).toBeVisible();
  await shot(page, 'overview');
});

test('topics: the list with weight, stake and epoch clock', async ({ page }) => {
  await open(page, 'topics');
  const row = page.getByTestId('topics-table').locator(`tr[data-row="${TOPIC}"]`);
  await expect(row).toContainText('ETH/USD');
  await expect(row.getByRole('progressbar')).toBeVisible();
  const topic = await rpc('allora_topic', TOPIC);
  await expect(row.locator('.decimal').first()).toHaveAttribute('data-value', topic.weight);
  await shot(page, 'topics');
});

test('topic page: the combined inference, a worker\'s weight and a reputer\'s stake are the node\'s', async ({ page }) => {
  await open(page, `topics/${TOPIC}`);
  const combined = page.getByTestId('combined-value');
  await expect(combined).toBeVisible();
  // A new epoch may land between two reads: compare one reading of the page with the node's
  // answer at that moment, until they agree (both move together within a block).
  await expect.poll(async () => {
    const onScreen = await combined.getAttribute('data-value');
    const latest = await rpc('allora_latestNetworkInference', TOPIC);
    return onScreen === latest.combined && (await combined.textContent()) === shown(latest.combined, 4);
  }).toBe(true);
  const bob = page.getByTestId('workers-table').locator(`tr[data-row="${dev.Bob}"]`).getByTestId('inferer-weight');
  await expect.poll(async () => {
    const latest = await rpc('allora_latestNetworkInference', TOPIC);
    const weight = latest.infererWeights.find(([a]: [string]) => a === dev.Bob)?.[1];
    return weight !== undefined && (await bob.getAttribute('data-value')) === weight && (await bob.textContent()) === shown(weight, 6);
  }).toBe(true);
  const eve = page.getByTestId('reputers-table').locator(`tr[data-row="${dev.Eve}"]`).getByTestId('reputer-stake');
  await expect.poll(async () => (await eve.getAttribute('data-value')) === (await rpc('allora_reputerStake', TOPIC, dev.Eve)).own).toBe(true);
  await expect(page.locator('.chart canvas')).toBeVisible();
  await expect(page.getByTestId('forecasts').locator('tbody tr').first()).toBeVisible();
  await shot(page, 'topic');
});

test('validators and reputers: the collator set from staking, reputers per topic', async ({ page }) => {
  await open(page, 'validators');
  await expect(page.getByTestId('collators-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('all-reputers-table').locator(`tr[data-row="${TOPIC}/${dev.Eve}"]`)).toBeVisible();
  await shot(page, 'validators');
});

test('staking: a delegation signed by a dev account reaches the chain, then the wallet shows it', async ({ page }) => {
  await open(page, 'staking');
  const form = page.getByTestId('staking-form');
  await form.getByLabel('Account').selectOption(dev.Alice);
  await form.getByLabel('Action').selectOption('delegateStake');
  await form.getByLabel('Topic').selectOption(String(TOPIC));
  await form.getByLabel('Reputer').selectOption(dev.Eve);
  // An amount that would be rounded is refused, with the field named.
  await form.getByLabel(/Amount/).fill('1.0000000000000000001');
  await form.getByRole('button', { name: 'Sign and send' }).click();
  await expect(page.getByTestId('staking-outcome')).toContainText('Amount: "1.0000000000000000001": at most 18 digits after the point');
  const before = BigInt((await rpc('allora_delegation', TOPIC, dev.Eve, dev.Alice)).amount);
  await form.getByLabel(/Amount/).fill('42.5');
  await form.getByRole('button', { name: 'Sign and send' }).click();
  await expect(page.getByTestId('staking-outcome')).toContainText('reputation.StakeDelegated', { timeout: 60_000 });
  const after = BigInt((await rpc('allora_delegation', TOPIC, dev.Eve, dev.Alice)).amount);
  expect(after - before).toBe(42_500_000_000_000_000_000n);
  await expect(page.getByTestId('positions-table').locator(`tr[data-row="${TOPIC}/${dev.Eve}"]`).getByTestId('position-amount'))
    .toHaveAttribute('data-value', String(after));
  // Undelegating part of it starts the removal delay: the pending removal shows with its due block.
  await form.getByLabel('Action').selectOption('removeDelegateStake');
  await form.getByLabel('Reputer').selectOption(dev.Eve);
  await form.getByLabel(/Amount/).fill('10');
  await form.getByRole('button', { name: 'Sign and send' }).click();
  await expect(page.getByTestId('staking-outcome')).toContainText('reputation.StakeRemovalRequested', { timeout: 60_000 });
  const { pendingRemoval } = await rpc('allora_delegation', TOPIC, dev.Eve, dev.Alice);
  expect(pendingRemoval.amount).toBe(String(10n * 10n ** 18n));
  await expect(page.getByTestId('positions-table').getByTestId('pending-removal')).toContainText(`due at #${pendingRemoval.due}`);
  await shot(page, 'staking');

  await open(page, `wallet/${dev.Alice}`);
  await expect(page.getByTestId('activity-table')).toContainText('reputation.StakeDelegated');
  // Alice stakes nowhere else in the reputation pallet: its hold is the delegation.
  await expect(page.getByTestId('holds-table').locator('tr[data-row="reputation: Stake"]').getByTestId('hold-amount'))
    .toHaveAttribute('data-value', String(after));
  await shot(page, 'wallet');
});

test('wallet: the balance on screen is the chain\'s, follows a transfer as it happens, and shows rewards', async ({ page }) => {
  const api = await connect(RPC, { noInitWarn: true });
  try {
    await open(page, `wallet/${dev.Ferdie}`);
    const free = page.getByTestId('balance-free').locator('[data-value]');
    const chainFree = async () => (await api.query.system.account(dev.Ferdie)).data.free.toString();
    await expect.poll(async () => (await free.getAttribute('data-value')) === (await chainFree())).toBe(true);
    // Alice sends Ferdie 7 ALLO: the page shows the new balance and the transfer without a reload.
    // (Alice, not a worker: a worker's daemon signs with its key at the same time, and two
    // transactions with one nonce are one too many.)
    await cryptoWaitReady();
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    await api.tx.balances.transferKeepAlive(dev.Ferdie, 7n * 10n ** 18n).signAndSend(alice, await signingOptions(api));
    await expect(page.getByTestId('activity-table')).toContainText('balances.Transfer', { timeout: 30_000 });
    await expect.poll(async () => (await free.getAttribute('data-value')) === (await chainFree())).toBe(true);
    // A worker's rewards are in its activity.
    await open(page, `wallet/${dev.Bob}`);
    await expect(page.getByTestId('activity-table')).toContainText('emissions.WorkerRewarded');
  } finally {
    await api.disconnect();
  }
});

test('one design system: dark theme, keyboard navigation, labelled controls', async ({ page }) => {
  await open(page, `topics/${TOPIC}`);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('combined-value')).toBeVisible();
  await shot(page, 'topic-dark');
  // The first Tab reaches the skip link, the next the navigation; Enter follows it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  // Every form control has an accessible name.
  await open(page, 'staking');
  for (const control of await page.locator('input, select').all()) {
    expect(await control.evaluate((el) => (el as HTMLInputElement).labels?.length ?? 0), await control.evaluate((el) => el.outerHTML)).toBeGreaterThan(0);
  }
  // Text colours meet WCAG AA (4.5:1) on every surface, in both themes.
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme);
    const ratios = await page.evaluate(() => {
      // The browser resolves each token to rgb() (the build may shorten the hex).
      const probe = document.body.appendChild(document.createElement('span'));
      const rgb = (name: string) => {
        probe.style.color = `var(${name})`;
        return (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
      };
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const out: Record<string, number> = {};
      for (const fg of ['--color-text', '--color-text-muted', '--color-accent', '--color-positive', '--color-negative']) {
        for (const bg of ['--color-bg', '--color-surface', '--color-surface-2']) out[`${fg} on ${bg}`] = ratio(fg, bg);
      }
      out['--color-accent-text on --color-accent'] = ratio('--color-accent-text', '--color-accent');
      probe.remove();
      return out;
    });
    expect(Object.keys(ratios)).toHaveLength(16);
    for (const [pair, r] of Object.entries(ratios)) expect(r, `${theme}: ${pair}`).toBeGreaterThanOrEqual(4.5);
  }
  await page.getByLabel('Theme').selectOption('light');
});
