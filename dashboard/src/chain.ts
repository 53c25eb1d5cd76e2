/**
 * The connection to the node, shared by every view: the `ApiPromise` (with the allora RPC, from
 * @allora-polkadot/api), the best and finalized block numbers as they change, and `useLive`,
 * which re-reads a view's data at every new block.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiPromise } from '@polkadot/api';
import { AlloraRpc, connect } from '@allora-polkadot/api';

/** What a caught value says: an Error's message, anything else as a string. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface Chain {
  api: ApiPromise;
  rpc: AlloraRpc;
  url: string;
  name: string;
  /** A development or local chain: the dev accounts (//Alice, ...) may sign. */
  isDev: boolean;
  best: number;
  finalized: number;
}

export const ChainContext = createContext<Chain | null>(null);

/** The connected chain; views render only once it is connected. */
export function useChain(): Chain {
  const chain = useContext(ChainContext);
  if (!chain) throw new Error('useChain outside a connected ChainContext');
  return chain;
}

export type Connection =
  | { state: 'connecting'; url: string }
  | { state: 'failed'; url: string; error: string }
  | { state: 'connected'; chain: Chain };

/** Connects to `url` and follows its best and finalized heads. */
export function useConnection(url: string): Connection {
  const [conn, setConn] = useState<Connection>({ state: 'connecting', url });
  useEffect(() => {
    let api: ApiPromise | undefined;
    let cancelled = false;
    const unsubs: Array<() => void> = [];
    (async () => {
      try {
        api = await connect(url, { throwOnConnect: true, noInitWarn: true });
        const [name, type] = await Promise.all([api.rpc.system.chain(), api.rpc.system.chainType()]);
        const base = { api, rpc: new AlloraRpc(api), url, name: name.toString(), isDev: type.isDevelopment || type.isLocal };
        let best = 0;
        let finalized = 0;
        const publish = () => { if (!cancelled) setConn({ state: 'connected', chain: { ...base, best, finalized } }); };
        unsubs.push(await api.rpc.chain.subscribeNewHeads((h) => { best = h.number.toNumber(); publish(); }));
        unsubs.push(await api.rpc.chain.subscribeFinalizedHeads((h) => { finalized = h.number.toNumber(); publish(); }));
      } catch (e) {
        if (!cancelled) setConn({ state: 'failed', url, error: errorText(e) });
      }
    })();
    return () => {
      cancelled = true;
      unsubs.forEach((u) => u());
      void api?.disconnect();
    };
  }, [url]);
  return conn;
}

export type Live<T> = { data?: T; error?: string; loading: boolean };

/**
 * `load()` at mount, whenever `deps` change, and at every new best block; a block that comes
 * while a load runs is skipped, so a slow load is never cancelled by the next block. An answer
 * for other `deps` than the current ones is dropped. Errors are kept beside the last good data.
 */
export function useLive<T>(load: (chain: Chain) => Promise<T>, deps: unknown[] = []): Live<T> {
  const chain = useChain();
  const [state, setState] = useState<Live<T>>({ loading: true });
  const running = useRef<string | null>(null);
  const key = JSON.stringify(deps);
  const current = useRef(key);
  useEffect(() => {
    if (current.current !== key) { current.current = key; setState({ loading: true }); }
    if (running.current === key) return;
    running.current = key;
    load(chain)
      .then((data) => { if (current.current === key) setState({ data, loading: false }); })
      .catch((e) => {
        if (current.current === key) setState((s) => ({ ...s, error: errorText(e), loading: false }));
      })
      .finally(() => { if (running.current === key) running.current = null; });
  }, [chain.best, key]);
  return state;
}
