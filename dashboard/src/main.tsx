import { render } from 'preact';
import './design/tokens.css';
import './design/base.css';
import { App } from './App';
import { initAccounts } from './accounts';
import { applyTheme, theme } from './settings';

applyTheme(theme());
await initAccounts();
render(<App />, document.getElementById('app')!);
