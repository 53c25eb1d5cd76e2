/**
 * The accounts that can sign: on a development or local chain the well-known dev accounts
 * (//Alice, ...), and the accounts of a browser extension (polkadot.js, Talisman, SubWallet, ...)
 * through @polkadot/extension-dapp once the person allows it.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Signer } from '@polkadot/api/types';

export const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

export interface SigningAccount {
  address: string;
  name: string;
  source: 'dev' | 'extension';
  /** A dev account's key pair. */
  pair?: KeyringPair;
  /** An extension account's signer. */
  signer?: Signer;
}

const names = new Map<string, string>();
let devAccounts: SigningAccount[] = [];

/** Loads the crypto and derives the dev accounts (their names label them everywhere). */
export async function initAccounts(): Promise<void> {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  devAccounts = DEV_NAMES.map((name) => {
    const pair = keyring.addFromUri(`//${name}`, { name });
    names.set(pair.address, name);
    return { address: pair.address, name, source: 'dev' as const, pair };
  });
}

export function accountName(address: string): string | undefined {
  return names.get(address);
}

export function devSigningAccounts(): SigningAccount[] {
  return devAccounts;
}

/** Asks the browser's extensions for their accounts (the person approves in the extension). */
export async function extensionAccounts(): Promise<SigningAccount[]> {
  const { web3Enable, web3Accounts, web3FromSource } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable('Allora dashboard');
  if (extensions.length === 0) throw new Error('no browser extension answered (is one installed and allowed for this page?)');
  const accounts = await web3Accounts();
  return Promise.all(accounts.map(async (a) => {
    const injector = await web3FromSource(a.meta.source);
    if (a.meta.name) names.set(a.address, a.meta.name);
    return { address: a.address, name: a.meta.name ?? a.address, source: 'extension' as const, signer: injector.signer };
  }));
}
