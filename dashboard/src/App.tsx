/**
 * The shell: navigation, the node and theme settings, and the view of the current route
 * (`#/`, `#/topics`, `#/topics/<id>`, `#/validators`, `#/staking`, `#/wallet/<account>`).
 */
import { useEffect, useState } from 'preact/hooks';
import { ChainContext, useConnection } from './chain';
import { applyTheme, rpcUrl, setRpcUrl, theme, type Theme } from './settings';
import { Field, Notice } from './design/components';
import { Overview } from './views/Overview';
import { Topics } from './views/Topics';
import { TopicPage } from './views/Topic';
import { Validators } from './views/Validators';
import { Staking } from './views/Staking';
import { Wallet } from './views/Wallet';

const NAV = [
  { href: '#/', label: 'Overview', match: (p: string[]) => p.length === 0 },
  { href: '#/topics', label: 'Topics', match: (p: string[]) => p[0] === 'topics' },
  { href: '#/validators', label: 'Validators and reputers', match: (p: string[]) => p[0] === 'validators' },
  { href: '#/staking', label: 'Staking', match: (p: string[]) => p[0] === 'staking' },
  { href: '#/wallet', label: 'Wallet', match: (p: string[]) => p[0] === 'wallet' },
];

function useRoute(): string[] {
  const parse = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(parse());
  useEffect(() => {
    const on = () => { setRoute(parse()); document.getElementById('main')?.focus(); };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

function View({ route }: { route: string[] }) {
  switch (route[0]) {
    case undefined: return <Overview />;
    case 'topics': return route[1] ? <TopicPage id={Number(route[1])} /> : <Topics />;
    case 'validators': return <Validators />;
    case 'staking': return <Staking />;
    case 'wallet': return <Wallet account={route[1]} />;
    default: return <Notice kind="error">No page at #/{route.join('/')}.</Notice>;
  }
}

function Settings({ url }: { url: string }) {
  const [draft, setDraft] = useState(url);
  const [t, setT] = useState<Theme>(theme());
  return (
    <div class="settings">
      <form onSubmit={(e) => { e.preventDefault(); setRpcUrl(draft); }}>
        <Field label="Node (WebSocket RPC)" id="field-rpc">
          <input id="field-rpc" name="rpc" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </Field>
      </form>
      <Field label="Theme" id="field-theme">
        <select id="field-theme" value={t} onChange={(e) => { const v = e.currentTarget.value as Theme; setT(v); applyTheme(v); }}>
          <option value="auto">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </Field>
    </div>
  );
}

export function App() {
  const url = rpcUrl();
  const conn = useConnection(url);
  const route = useRoute();
  return (
    <div class="shell">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <nav class="nav" aria-label="Main">
        <h1>Allora</h1>
        <ul>
          {NAV.map((n) => <li><a href={n.href} aria-current={n.match(route) ? 'page' : undefined}>{n.label}</a></li>)}
        </ul>
        <Settings url={url} />
        {conn.state === 'connected' && (
          <p class="muted" data-testid="connection">{conn.chain.name} · #{conn.chain.best}</p>
        )}
      </nav>
      <main id="main" tabIndex={-1}>
        {conn.state === 'connecting' && <p aria-busy="true">Connecting to {url}…</p>}
        {conn.state === 'failed' && <Notice kind="error">Cannot reach {conn.url}: {conn.error}</Notice>}
        {conn.state === 'connected' && (
          <ChainContext.Provider value={conn.chain}>
            <View route={route} />
          </ChainContext.Provider>
        )}
      </main>
    </div>
  );
}
