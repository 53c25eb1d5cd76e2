/**
 * Staking: a reputer's own stake and a delegator's stake on a reputer — add, remove (after the
 * removal delay), cancel a pending removal, claim delegator rewards — signed by a dev account
 * or a browser extension; and the account's stakes and pending removals with their due block.
 */
import { useState } from 'preact/hooks';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { DecimalError, parseAllo, signingOptions } from '@allora-polkadot/api';
import { errorText, useChain, useLive, type Chain } from '../chain';
import { listTopics, registered } from '../data';
import { accountName, type SigningAccount } from '../accounts';
import { AccountPicker, useSigningAccounts } from '../AccountPicker';
import { Account, Amount, Card, Field, Notice, Page, Pending, Table } from '../design/components';

const ACTIONS = {
  addStake: { label: 'Stake (as the reputer)', reputer: false, amount: true },
  removeStake: { label: 'Unstake own stake (starts the removal delay)', reputer: false, amount: true },
  cancelRemoveStake: { label: 'Cancel the pending removal of own stake', reputer: false, amount: false },
  delegateStake: { label: 'Delegate to a reputer', reputer: true, amount: true },
  removeDelegateStake: { label: 'Undelegate (starts the removal delay)', reputer: true, amount: true },
  cancelRemoveDelegateStake: { label: 'Cancel the pending removal of a delegation', reputer: true, amount: false },
  claimDelegatorRewards: { label: 'Claim delegator rewards', reputer: true, amount: false },
} as const;
type Action = keyof typeof ACTIONS;

function buildCall(chain: Chain, action: Action, topic: number, reputer: string, amount: bigint): SubmittableExtrinsic<'promise'> {
  const r = chain.api.tx.reputation;
  switch (action) {
    case 'addStake': return r.addStake(topic, amount);
    case 'removeStake': return r.removeStake(topic, amount);
    case 'cancelRemoveStake': return r.cancelRemoveStake(topic);
    case 'delegateStake': return r.delegateStake(topic, reputer, amount);
    case 'removeDelegateStake': return r.removeDelegateStake(topic, reputer, amount);
    case 'cancelRemoveDelegateStake': return r.cancelRemoveDelegateStake(topic, reputer);
    case 'claimDelegatorRewards': return r.claimDelegatorRewards(topic, reputer);
  }
}

type Outcome = { kind: 'ok' | 'error' | 'info'; text: string };

/** Signs and sends; resolves with what happened once the transaction is in a block. */
async function send(chain: Chain, tx: SubmittableExtrinsic<'promise'>, who: SigningAccount, onStatus: (o: Outcome) => void) {
  const options = { ...(await signingOptions(chain.api)), signer: who.signer };
  await new Promise<void>((resolve, reject) => {
    let unsub: (() => void) | undefined;
    const signer = who.pair ?? who.address;
    tx.signAndSend(signer, options, ({ status, dispatchError, events }) => {
      if (status.isReady) onStatus({ kind: 'info', text: 'Sent: waiting for a block…' });
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub?.();
        onStatus({ kind: 'error', text: `The node did not include the transaction: ${status.type}` });
        resolve();
        return;
      }
      if (!status.isInBlock && !status.isFinalized) return;
      unsub?.();
      const block = status.isInBlock ? status.asInBlock : status.asFinalized;
      if (dispatchError) {
        const text = dispatchError.isModule
          ? (({ section, name, docs }) => `${section}.${name}: ${docs.join(' ')}`)(chain.api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        onStatus({ kind: 'error', text: `Refused in block ${block.toHex().slice(0, 10)}…: ${text}` });
      } else {
        const ours = events.filter(({ event }) => event.section === 'reputation').map(({ event }) => `${event.section}.${event.method}`);
        onStatus({ kind: 'ok', text: `In block ${block.toHex().slice(0, 10)}…: ${ours.join(', ') || 'done'}` });
      }
      resolve();
    }).then((u) => { unsub = u; }).catch(reject);
  });
}

export function Staking() {
  const chain = useChain();
  const { accounts, connectExtension, error } = useSigningAccounts();
  const [address, setAddress] = useState(accounts[0]?.address ?? '');
  const [action, setAction] = useState<Action>('addStake');
  const [topic, setTopic] = useState('');
  const [reputer, setReputer] = useState('');
  const [amount, setAmount] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const topics = useLive((c) => listTopics(c));
  const reputers = useLive(async ({ api }) => (topic ? registered(api, Number(topic), 'Reputer') : []), [topic]);
  const spec = ACTIONS[action];

  const submit = async (e: Event) => {
    e.preventDefault();
    const who = accounts.find((a) => a.address === address);
    if (!who) return setOutcome({ kind: 'error', text: 'Choose the account that signs.' });
    if (!topic) return setOutcome({ kind: 'error', text: 'Choose a topic.' });
    if (spec.reputer && !reputer) return setOutcome({ kind: 'error', text: 'Choose the reputer.' });
    let raw = 0n;
    if (spec.amount) {
      try { raw = parseAllo(amount.trim()); } catch (err) {
        return setOutcome({ kind: 'error', text: `Amount: ${err instanceof DecimalError ? err.message : String(err)}` });
      }
      if (raw === 0n) return setOutcome({ kind: 'error', text: 'Amount: must be more than 0 ALLO.' });
    }
    setBusy(true);
    try {
      await send(chain, buildCall(chain, action, Number(topic), reputer, raw), who, setOutcome);
    } catch (err) {
      setOutcome({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title="Staking">
      <Card title="Stake, delegate, unstake" id="staking-form">
        {!chain.isDev && <p class="muted">Sign with a browser extension: dev accounts are offered on development chains only.</p>}
        <form class="stack" onSubmit={submit} aria-describedby="staking-outcome">
          <AccountPicker accounts={accounts} value={address} onChange={setAddress} onConnect={connectExtension} error={error} />
          <Field label="Action" id="field-action">
            <select id="field-action" name="action" value={action} onChange={(e) => setAction(e.currentTarget.value as Action)}>
              {Object.entries(ACTIONS).map(([k, v]) => <option value={k}>{v.label}</option>)}
            </select>
          </Field>
          <Field label="Topic" id="field-topic">
            <select id="field-topic" name="topic" value={topic} onChange={(e) => { setTopic(e.currentTarget.value); setReputer(''); }}>
              <option value="">Choose a topic</option>
              {topics.data?.map((t) => <option value={String(t.id)}>#{t.id} {t.config.metadata}</option>)}
            </select>
          </Field>
          {spec.reputer && (
            <Field label="Reputer" id="field-reputer">
              <select id="field-reputer" name="reputer" value={reputer} onChange={(e) => setReputer(e.currentTarget.value)}>
                <option value="">Choose a reputer</option>
                {reputers.data?.map((r) => <option value={r}>{accountName(r) ? `${accountName(r)} ${r}` : r}</option>)}
              </select>
            </Field>
          )}
          {spec.amount && (
            <Field label="Amount (ALLO, up to 18 decimals)" id="field-amount">
              <input id="field-amount" name="amount" inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} placeholder="100.5" />
            </Field>
          )}
          <button type="submit" disabled={busy}>{busy ? 'Signing…' : 'Sign and send'}</button>
          <div id="staking-outcome" data-testid="staking-outcome">{outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}</div>
        </form>
      </Card>
      {address && <Positions address={address} />}
    </Page>
  );
}

/** The account's stakes and delegations in every topic, and their pending removals. */
function Positions({ address }: { address: string }) {
  const live = useLive(async (chain) => {
    const topics = await listTopics(chain);
    const rows = [];
    for (const t of topics) {
      const reputers = await registered(chain.api, t.id, 'Reputer');
      if (reputers.includes(address)) {
        const s = await chain.rpc.reputerStake(t.id, address);
        rows.push({ key: `${t.id}/own`, topic: t.id, kind: 'own stake', reputer: address, amount: s.own, reward: null, removal: s.pendingRemoval });
      }
      for (const r of reputers) {
        const d = await chain.rpc.delegation(t.id, r, address);
        if (d.amount !== '0' || d.pendingRemoval || d.pendingReward !== '0') {
          rows.push({ key: `${t.id}/${r}`, topic: t.id, kind: 'delegated', reputer: r, amount: d.amount, reward: d.pendingReward, removal: d.pendingRemoval });
        }
      }
    }
    return rows;
  }, [address]);
  const { best } = useChain();
  return (
    <Card title="Stakes and pending removals" id="positions">
      {live.data ? (
        <Table
          testid="positions-table"
          rows={live.data}
          rowKey={(r) => r.key}
          empty="This account has no stake and no delegation."
          columns={[
            { title: 'Topic', render: (r) => <a href={`#/topics/${r.topic}`}>#{r.topic}</a> },
            { title: 'Kind', render: (r) => r.kind },
            { title: 'Reputer', render: (r) => <Account address={r.reputer} /> },
            { title: 'Amount', numeric: true, render: (r) => <Amount raw={r.amount} testid="position-amount" /> },
            { title: 'Claimable reward', numeric: true, render: (r) => (r.reward === null ? '—' : <Amount raw={r.reward} />) },
            {
              title: 'Pending removal',
              render: (r) => (r.removal
                ? <span data-testid="pending-removal"><Amount raw={r.removal.amount} /> due at #{r.removal.due} ({Math.max(0, r.removal.due - best)} blocks)</span>
                : '—'),
            },
          ]}
        />
      ) : <Pending error={live.error} />}
    </Card>
  );
}
