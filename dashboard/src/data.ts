/**
 * Reads shared by several views. Everything comes from the node: the allora RPC for computed
 * answers, storage for lists (registrations), events of recent blocks for activity. How far
 * back a view looks is bounded (RECENT_BLOCKS): older history is an archive node's or an
 * indexer's job (docs/dashboard.md).
 */
import type { ApiPromise } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';
import type { ReputerStakeView, ScoreEma, TopicView } from '@allora-polkadot/api';
import { useEffect, useState } from 'preact/hooks';
import { errorText, useChain, type Chain } from './chain';

/** How many blocks back the activity lists look when a view opens. */
export const RECENT_BLOCKS = 120;

/** Every topic, newest first. */
export async function listTopics({ rpc }: Chain): Promise<TopicView[]> {
  const count = await rpc.topicCount();
  const ids = Array.from({ length: count }, (_, i) => count - i);
  return Promise.all(ids.map((id) => rpc.topic(id)));
}

/** The accounts registered in a topic with a role. */
export async function registered(api: ApiPromise, topicId: number, role: 'Worker' | 'Reputer'): Promise<string[]> {
  const entries = await api.query.topics.registrations.keys([topicId, role]);
  return entries.map((k) => k.args[1].toString()).sort();
}

/** A topic's reputer: its stake (own, delegated, listening coefficient) and its score EMA. */
export interface TopicReputer {
  account: string;
  stake: ReputerStakeView;
  score: ScoreEma | null;
}

/** Every reputer registered in a topic, with its stake and score. */
export async function topicReputers({ api, rpc }: Chain, topicId: number): Promise<TopicReputer[]> {
  return Promise.all((await registered(api, topicId, 'Reputer')).map(async (account) => ({
    account,
    stake: await rpc.reputerStake(topicId, account),
    score: await rpc.score(topicId, 'reputation', account),
  })));
}

export interface Happened {
  block: number;
  index: number;
  section: string;
  method: string;
  data: Record<string, string>;
}

/** An event as plain strings (amounts as decimal integers, accounts as SS58). */
export function happened(block: number, index: number, { event }: EventRecord): Happened {
  const data: Record<string, string> = {};
  const names = event.meta.fields.map((f) => f.name.unwrapOr(null)?.toString());
  event.data.forEach((value, i) => {
    const name = names[i] ?? String(i);
    const text = value.toString();
    data[name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())] = text;
  });
  return { block, index, section: event.section, method: event.method, data };
}

/**
 * The events of the last `blocks` blocks up to `best` that `keep` selects, newest first. The
 * blocks are read in parallel, a few at a time.
 */
export async function recentEvents(
  { api, best }: Chain,
  keep: (h: Happened) => boolean,
  blocks = RECENT_BLOCKS,
): Promise<Happened[]> {
  const numbers = Array.from({ length: Math.min(blocks, best + 1) }, (_, i) => best - i);
  const out: Happened[] = [];
  for (let i = 0; i < numbers.length; i += 16) {
    const batch = await Promise.all(numbers.slice(i, i + 16).map(async (n) => {
      const at = await api.at(await api.rpc.chain.getBlockHash(n));
      const records = await at.query.system.events();
      return records.map((r, index) => happened(n, index, r)).filter(keep);
    }));
    out.push(...batch.flat());
  }
  return out;
}

/**
 * The events `keep` selects: those of the recent blocks once, then each new block's as it comes
 * (a subscription to new heads, each block's events read at its hash), newest first, at most `limit`. `key` names the selection:
 * a new key starts over.
 */
export function useActivity(keep: (h: Happened) => boolean, key: string, limit = 200): { events?: Happened[]; error?: string } {
  const chain = useChain();
  const [state, setState] = useState<{ events?: Happened[]; error?: string }>({});
  useEffect(() => {
    let closed = false;
    let unsub: (() => void) | undefined;
    setState({});
    (async () => {
      const past = await recentEvents(chain, keep);
      if (closed) return;
      setState({ events: past.slice(0, limit) });
      const seen = new Set(past.map((h) => `${h.block}-${h.index}`));
      unsub = await chain.api.rpc.chain.subscribeNewHeads(async (header) => {
        const block = header.number.toNumber();
        const records = await (await chain.api.at(header.hash)).query.system.events();
        const fresh = records.map((r, i) => happened(block, i, r)).filter(keep).filter((h) => !seen.has(`${h.block}-${h.index}`));
        fresh.forEach((h) => seen.add(`${h.block}-${h.index}`));
        if (fresh.length && !closed) setState((s) => ({ events: [...fresh, ...(s.events ?? [])].slice(0, limit) }));
      });
      if (closed) unsub();
    })().catch((e) => { if (!closed) setState({ error: errorText(e) }); });
    return () => { closed = true; unsub?.(); };
  }, [key, chain.url]);
  return state;
}
