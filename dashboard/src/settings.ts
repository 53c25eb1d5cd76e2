/**
 * The dashboard's settings: the node it talks to and the theme. The node comes from the page's
 * `?rpc=` parameter, else the last one chosen (localStorage), else the dev node on this machine.
 */
export const DEFAULT_RPC = 'ws://127.0.0.1:9944';

export type Theme = 'light' | 'dark' | 'auto';

const store = {
  get: (key: string) => { try { return localStorage.getItem(key); } catch { return null; } },
  set: (key: string, value: string) => { try { localStorage.setItem(key, value); } catch { /* private mode */ } },
};

export function rpcUrl(): string {
  return new URLSearchParams(location.search).get('rpc') ?? store.get('allora.rpc') ?? DEFAULT_RPC;
}

/** Switches to another node: remembered, and the page reloads onto it. */
export function setRpcUrl(url: string): void {
  store.set('allora.rpc', url);
  const params = new URLSearchParams(location.search);
  params.set('rpc', url);
  location.search = params.toString();
}

export function theme(): Theme {
  const t = store.get('allora.theme');
  return t === 'light' || t === 'dark' ? t : 'auto';
}

export function applyTheme(t: Theme): void {
  store.set('allora.theme', t);
  const dark = t === 'dark' || (t === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
