/** Choosing the account that signs: dev accounts on a dev chain, or a browser extension's. */
import { useState } from 'preact/hooks';
import { errorText, useChain } from './chain';
import { devSigningAccounts, extensionAccounts, type SigningAccount } from './accounts';
import { Field, Notice } from './design/components';

export function useSigningAccounts() {
  const { isDev } = useChain();
  const [extension, setExtension] = useState<SigningAccount[]>([]);
  const [error, setError] = useState<string>();
  const accounts = [...(isDev ? devSigningAccounts() : []), ...extension];
  const connectExtension = async () => {
    try { setExtension(await extensionAccounts()); setError(undefined); } catch (e) { setError(errorText(e)); }
  };
  return { accounts, connectExtension, error };
}

export function AccountPicker({ accounts, value, onChange, onConnect, error }: {
  accounts: SigningAccount[];
  value: string;
  onChange: (address: string) => void;
  onConnect: () => void;
  error?: string;
}) {
  return (
    <div class="stack">
      <Field label="Account" id="field-account">
        <select id="field-account" name="account" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">Choose an account</option>
          {accounts.map((a) => <option value={a.address}>{a.name} ({a.source}) {a.address.slice(0, 8)}…</option>)}
        </select>
      </Field>
      <p>
        <button type="button" class="secondary" onClick={onConnect}>Use a browser extension's accounts</button>
      </p>
      {error && <Notice kind="error">{error}</Notice>}
    </div>
  );
}
