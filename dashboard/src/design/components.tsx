/**
 * The dashboard's components: every view is made of these, styled only by the design tokens
 * (tokens.css, base.css). Numbers keep their exact value in `data-value` (and the tooltip) and
 * show a rounded one.
 */
import type { ComponentChildren } from 'preact';
import { formatAllo, groupThousands, parseFixed, roundDecimal, ALLO } from '@allora-polkadot/api';
import { accountName } from '../accounts';

export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" class="page-title">{title}</h1>
      {children}
    </section>
  );
}

export function Card({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-title`;
  return (
    <section class="card" aria-labelledby={headingId} data-testid={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function Stats({ children }: { children: ComponentChildren }) {
  return <div class="grid">{children}</div>;
}

export function Stat({ label, children, testid }: { label: string; children: ComponentChildren; testid?: string }) {
  return (
    <div class="card stat" data-testid={testid}>
      <div class="label">{label}</div>
      <div class="value">{children}</div>
    </div>
  );
}

/** An amount in the smallest unit (a decimal integer string or bigint), shown in ALLO. */
export function Amount({ raw, places = 4, testid }: { raw: string | bigint; places?: number; testid?: string }) {
  const exact = formatAllo(raw);
  return (
    <span class="amount" data-testid={testid} data-value={String(raw)} title={`${exact} ${ALLO}`}>
      {groupThousands(roundDecimal(raw, places))} {ALLO}
    </span>
  );
}

/** A fixed-point value (the RPC's exact decimal string), rounded for display; `—` when absent. */
export function Dec({ value, places = 4, testid }: { value: string | null | undefined; places?: number; testid?: string }) {
  if (value === null || value === undefined) return <>—</>;
  return (
    <span class="decimal" data-testid={testid} data-value={value} title={value}>
      {groupThousands(roundDecimal(parseFixed(value), places))}
    </span>
  );
}

/** An account: its dev name when it has one, else a shortened address; the whole in the tooltip. */
export function Account({ address }: { address: string }) {
  const name = accountName(address);
  const short = `${address.slice(0, 6)}…${address.slice(-4)}`;
  return <span class="mono" title={address} data-account={address}>{name ? `${name} (${short})` : short}</span>;
}

export interface Column<R> {
  title: string;
  render: (row: R) => ComponentChildren;
  numeric?: boolean;
}

export function Table<R>({ caption, columns, rows, rowKey, empty = 'Nothing yet.', testid }: {
  caption?: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  empty?: string;
  testid?: string;
}) {
  if (rows.length === 0) return <p class="muted" data-testid={testid}>{empty}</p>;
  return (
    <table data-testid={testid}>
      {caption && <caption>{caption}</caption>}
      <thead><tr>{columns.map((c) => <th scope="col" class={c.numeric ? 'num' : undefined}>{c.title}</th>)}</tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)} data-row={rowKey(r)}>
            {columns.map((c) => <td class={c.numeric ? 'num' : undefined}>{c.render(r)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A form control with its label (`for`/`id`), so its accessible name is the label alone. */
export function Field({ label, id, children }: { label: string; id: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

export function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div class="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
      <div style={{ width: `${pct}%` }} />
    </div>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'ok'; children: ComponentChildren }) {
  return <p class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</p>;
}

/** What a `useLive` read shows while it has no data: loading, or its error. */
export function Pending({ error }: { error?: string }) {
  return error ? <Notice kind="error">{error}</Notice> : <p class="muted" aria-busy="true">Loading…</p>;
}
