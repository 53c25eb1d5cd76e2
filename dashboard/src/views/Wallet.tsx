/**
 * Wallet: an account's balances and holds, followed by subscription, and its activity —
 * transfers, stakes, rewards — from the recent blocks and then as each block comes.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeAddress } from '@polkadot/util-crypto';
import { errorText, useChain } from '../chain';
import { useActivity, type Happened } from '../data';
import { devSigningAccounts } from '../accounts';
import { Account, Amount, Card, Field, Notice, Page, Pending, Stat, Stats, Table } from '../design/components';

/** Whether an event is about `address`: one of its fields is the account. */
const concerns = (address: string) => (h: Happened) => Object.values(h.data).includes(address)
  && ['balances', 'reputation', 'emissions', 'topics', 'inference', 'staking'].includes(h.section)
  && !['Withdraw', 'Deposit'].includes(h.method);

function isAddress(text: string) {
  try { decodeAddress(text); return true; } catch { return false; }
}

export function Wallet({ account }: { account?: string }) {
  const [draft, setDraft] = useState(account ?? '');
  useEffect(() => setDraft(account ?? ''), [account]);
  const valid = account !== undefined && isAddress(account);
  return (
    <Page title="Wallet">
      <Card title="Account" id="wallet-account">
        <form class="stack" onSubmit={(e) => { e.preventDefault(); location.hash = `#/wallet/${encodeURIComponent(draft.trim())}`; }}>
          <Field label="Address (SS58)" id="field-address">
            <input id="field-address" name="address" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} list="dev-accounts" />
            <datalist id="dev-accounts">{devSigningAccounts().map((a) => <option value={a.address}>{a.name}</option>)}</datalist>
          </Field>
          <button type="submit">Show</button>
        </form>
        <p class="muted">Dev accounts: {devSigningAccounts().map((a) => <><a href={`#/wallet/${a.address}`}>{a.name}</a> </>)}</p>
      </Card>
      {account !== undefined && !valid && <Notice kind="error">Address: {JSON.stringify(account)} is not an SS58 address.</Notice>}
      {valid && <AccountState address={account} />}
    </Page>
  );
}

interface Balances { free: bigint; reserved: bigint; frozen: bigint; holds: Array<{ id: string; amount: bigint }> }

function AccountState({ address }: { address: string }) {
  const chain = useChain();
  const [balances, setBalances] = useState<Balances>();
  const [error, setError] = useState<string>();
  const activity = useActivity(concerns(address), address);
  useEffect(() => {
    const unsubs: Array<() => void> = [];
    let closed = false;
    setBalances(undefined);
    (async () => {
      let holds: Balances['holds'] = [];
      let account: Omit<Balances, 'holds'> | undefined;
      const publish = () => { if (account && !closed) setBalances({ ...account, holds }); };
      unsubs.push(await chain.api.query.system.account(address, ({ data }) => {
        account = { free: data.free.toBigInt(), reserved: data.reserved.toBigInt(), frozen: data.frozen.toBigInt() };
        publish();
      }));
      unsubs.push(await chain.api.query.balances.holds(address, (list) => {
        // A hold's reason is `{ pallet: Reason }`: shown as "pallet: Reason".
        holds = list.map((h) => ({
          id: Object.entries(h.id.toJSON() as Record<string, string>).map(([p, r]) => `${p}: ${r}`).join(', '),
          amount: h.amount.toBigInt(),
        }));
        publish();
      }));
      if (closed) unsubs.forEach((u) => u());
    })().catch((e) => setError(errorText(e)));
    return () => { closed = true; unsubs.forEach((u) => u()); };
  }, [address, chain.url]);

  return (
    <>
      {balances ? (
        <Stats>
          <Stat label="Free" testid="balance-free"><Amount raw={balances.free} /></Stat>
          <Stat label="Reserved and held" testid="balance-reserved"><Amount raw={balances.reserved} /></Stat>
          <Stat label="Frozen" testid="balance-frozen"><Amount raw={balances.frozen} /></Stat>
        </Stats>
      ) : <Pending error={error} />}
      <Card title="Holds" id="holds">
        {balances ? (
          <Table
            testid="holds-table"
            rows={balances.holds}
            rowKey={(h) => h.id}
            empty="No funds held."
            columns={[
              { title: 'Held for', render: (h) => <span class="mono">{h.id}</span> },
              { title: 'Amount', numeric: true, render: (h) => <Amount raw={h.amount} testid="hold-amount" /> },
            ]}
          />
        ) : <Pending error={error} />}
      </Card>
      <Card title="Activity" id="activity">
        {activity.events ? (
          <Table
            testid="activity-table"
            caption="Transfers, stakes and rewards of this account: the recent blocks, then live"
            rows={activity.events}
            rowKey={(h) => `${h.block}-${h.index}`}
            empty="Nothing in the recent blocks; new activity appears here as it happens."
            columns={[
              { title: 'Block', render: (h) => `#${h.block}` },
              { title: 'What', render: (h) => <span data-testid="activity-kind">{h.section}.{h.method}</span> },
              { title: 'Details', render: (h) => <Details h={h} self={address} /> },
            ]}
          />
        ) : <Pending error={activity.error} />}
      </Card>
    </>
  );
}

const AMOUNT_FIELDS = ['amount', 'staked', 'toDelegators', 'value'];

function Details({ h, self }: { h: Happened; self: string }) {
  return (
    <span>
      {Object.entries(h.data).map(([k, v]) => (
        <span class="detail">
          {k}: {AMOUNT_FIELDS.includes(k) && /^\d+$/.test(v) ? <Amount raw={v} /> : v.length > 40 && isAddress(v) ? (v === self ? 'this account' : <Account address={v} />) : v}{'; '}
        </span>
      ))}
    </span>
  );
}
