/**
 * A topic: its network inference over the kept nonces with the confidence interval, each
 * worker's weight and scores, forecasts against the realised losses, the reputers' stakes and
 * scores, and the next windows.
 */
import { formatFixed, type NetworkInferenceView, type PayloadsView } from '@allora-polkadot/api';
import { useLive, type Chain } from '../chain';
import { registered, topicReputers } from '../data';
import { Account, Amount, Card, Dec, Page, Pending, Stat, Stats, Table } from '../design/components';
import { Chart } from '../design/Chart';
import { EpochClock } from './Topics';

/** Kept nonces are immutable: their views are read once per page. */
const inferenceCache = new Map<string, NetworkInferenceView>();

async function inferences(chain: Chain, id: number, nonces: number[]): Promise<NetworkInferenceView[]> {
  const views = await Promise.all(nonces.map(async (n) => {
    const key = `${chain.url}/${id}/${n}`;
    if (!inferenceCache.has(key)) {
      try { inferenceCache.set(key, await chain.rpc.networkInference(id, n)); } catch { return null; }
    }
    return inferenceCache.get(key)!;
  }));
  return views.filter((v): v is NetworkInferenceView => v !== null);
}

/** The chart's numbers: display only (the table beside shows the exact values). */
const num = (s: string | undefined) => (s === undefined ? null : Number(s));

export function TopicPage({ id }: { id: number }) {
  const live = useLive(async (chain) => {
    const [topic, kept, open, reputerNonces, stake] = await Promise.all([
      chain.rpc.topic(id), chain.rpc.keptNonces(id), chain.rpc.openNonces(id), chain.rpc.openReputerNonces(id), chain.rpc.stakeTotals(id),
    ]);
    const views = await inferences(chain, id, kept.slice(-48));
    const latest = views.at(-1);
    const workers = await registered(chain.api, id, 'Worker');
    const workerRows = await Promise.all(workers.map(async (w) => ({
      account: w,
      weight: latest?.infererWeights.find(([a]) => a === w)?.[1] ?? null,
      forecasterWeight: latest?.forecasterWeights.find(([a]) => a === w)?.[1] ?? null,
      inference: await chain.rpc.score(id, 'inference', w),
      forecast: await chain.rpc.score(id, 'forecast', w),
    })));
    const reputerRows = await topicReputers(chain, id);
    // Forecasts of the newest nonce whose losses are known, against those losses.
    let forecasts: { nonce: number; payloads: PayloadsView; losses: Map<string, string> } | null = null;
    for (const v of [...views].reverse()) {
      const losses = await chain.api.query.reputation.networkLossesAt(id, v.nonce);
      if (losses.isNone) continue;
      const report = losses.unwrap();
      const byInferer = new Map(report.inferer.map(([a, l]) => [a.toString(), l.toBigInt()]));
      const payloads = await chain.rpc.payloads(id, v.nonce);
      forecasts = { nonce: v.nonce, payloads, losses: new Map([...byInferer].map(([a, l]) => [a, formatFixed(l)])) };
      break;
    }
    return { topic, views, open, reputerNonces, stake, workerRows, reputerRows, forecasts };
  }, [id]);

  if (!live.data) return <Page title={`Topic ${id}`}><Pending error={live.error} /></Page>;
  const { topic, views, open, reputerNonces, stake, workerRows, reputerRows, forecasts } = live.data;
  const latest = views.at(-1);
  const ci = (v: NetworkInferenceView, i: number) => num(v.confidenceInterval[i]);
  return (
    <Page title={`Topic ${topic.id}: ${topic.config.metadata}`}>
      <Stats>
        <Stat label="Network inference" testid="combined">
          {latest ? <Dec value={latest.combined} testid="combined-value" /> : <span class="muted">none yet</span>}
        </Stat>
        <Stat label="Of epoch (nonce)" testid="latest-nonce">{latest ? latest.nonce : '—'}</Stat>
        <Stat label="Weight" testid="topic-weight"><Dec value={topic.weight} /></Stat>
        <Stat label="Stake" testid="topic-stake"><Amount raw={stake.topic} places={2} /></Stat>
        <Stat label="Epoch" testid="epoch-clock"><EpochClock topic={topic} /></Stat>
      </Stats>
      <Card title="Network inference over the kept epochs" id="inference-chart">
        {views.length > 0 ? (
          <Chart
            label={`Network inference of topic ${topic.id} for nonces ${views[0].nonce} to ${views.at(-1)!.nonce}, with its confidence interval`}
            x={views.map((v) => v.nonce)}
            xLabel="Epoch (nonce)"
            series={[
              { label: 'Network inference', values: views.map((v) => num(v.combined)), color: '--chart-1' },
              // On the simple paths (one inference, or no network loss yet) nothing but `combined` is
              // computed: `naive` is 0 there and the weights are empty.
              { label: 'Inferers only', values: views.map((v) => (v.infererWeights.length ? num(v.naive) : null)), color: '--chart-2', dash: true },
              { label: 'CI 2.28%', values: views.map((v) => ci(v, 0)), color: '--chart-band', edge: true },
              { label: 'CI 97.72%', values: views.map((v) => ci(v, 4)), color: '--chart-band', edge: true },
              { label: 'CI 15.87%', values: views.map((v) => ci(v, 1)), color: '--chart-band-2', edge: true },
              { label: 'CI 84.13%', values: views.map((v) => ci(v, 3)), color: '--chart-band-2', edge: true },
            ]}
            bands={[{ series: [4, 3], color: '--chart-band' }, { series: [6, 5], color: '--chart-band-2' }]}
          />
        ) : <p class="muted">No network inference kept yet.</p>}
        {latest && latest.confidenceInterval.length > 0 && (
          <p class="muted">Latest confidence interval (2.28, 15.87, 50, 84.13, 97.72 percentiles):{' '}
            {latest.confidenceInterval.map((c) => <><Dec value={c} /> </>)}</p>
        )}
      </Card>
      <Card title="Workers" id="workers">
        <Table
          testid="workers-table"
          rows={workerRows}
          rowKey={(r) => r.account}
          columns={[
            { title: 'Worker', render: (r) => <Account address={r.account} /> },
            { title: `Inferer weight (nonce ${latest?.nonce ?? '—'})`, numeric: true, render: (r) => <Dec value={r.weight} places={6} testid="inferer-weight" /> },
            { title: 'Forecaster weight', numeric: true, render: (r) => <Dec value={r.forecasterWeight} places={6} /> },
            { title: 'Inference score', numeric: true, render: (r) => <Dec value={r.inference?.score} places={6} /> },
            { title: 'Forecast score', numeric: true, render: (r) => <Dec value={r.forecast?.score} places={6} /> },
          ]}
        />
      </Card>
      <Card title="Forecasts against realised losses" id="forecasts">
        {forecasts ? (
          <Table
            caption={`Nonce ${forecasts.nonce}: each forecaster's predicted loss of each inferer, and the loss the reputers reported (stake-weighted network loss)`}
            rows={forecasts.payloads.forecasts.flatMap(([f, preds]) => preds.map(([i, p]) => ({ f, i, p })))}
            rowKey={(r) => `${r.f}/${r.i}`}
            columns={[
              { title: 'Forecaster', render: (r) => <Account address={r.f} /> },
              { title: 'About inferer', render: (r) => <Account address={r.i} /> },
              { title: 'Forecast loss', numeric: true, render: (r) => <Dec value={r.p} places={6} /> },
              { title: 'Realised loss', numeric: true, render: (r) => <Dec value={forecasts.losses.get(r.i)} places={6} /> },
            ]}
            empty="No forecast in that epoch."
          />
        ) : <p class="muted">No epoch with reported losses kept yet.</p>}
      </Card>
      <Card title="Reputers" id="reputers">
        <Table
          testid="reputers-table"
          rows={reputerRows}
          rowKey={(r) => r.account}
          columns={[
            { title: 'Reputer', render: (r) => <Account address={r.account} /> },
            { title: 'Own stake', numeric: true, render: (r) => <Amount raw={r.stake.own} testid="reputer-stake" /> },
            { title: 'Delegated', numeric: true, render: (r) => <Amount raw={r.stake.delegated} /> },
            { title: 'Listening coefficient', numeric: true, render: (r) => <Dec value={r.stake.listeningCoefficient} /> },
            { title: 'Score', numeric: true, render: (r) => <Dec value={r.score?.score} places={6} /> },
          ]}
        />
      </Card>
      <Card title="Windows" id="windows">
        <ul>
          <li data-testid="commit-reveal">{topic.config.commitReveal
            ? `Commit–reveal: payloads are revealed in the last ${topic.config.commitReveal.worker} blocks of a worker window and reports in the last ${topic.config.commitReveal.reputer} of a reputer window; before, only who committed is public.`
            : 'Commit–reveal: off (payloads are public when sent).'}</li>
          <li>Worker windows open: {open.length ? open.map((n) => `#${n}`).join(', ') : 'none'}; next epoch starts at {topic.nextEpochStart === null ? '— (inactive)' : `#${topic.nextEpochStart}`}.</li>
          {reputerNonces.map((r) => <li>Losses of nonce {r.nonce}: reports in blocks #{r.opensAt}–#{r.closesAt - 1}, {r.reports} so far{r.committed.length > 0 ? ` (${r.committed.length} committed)` : ''}.</li>)}
          {reputerNonces.length === 0 && <li>No reputer window open.</li>}
        </ul>
      </Card>
    </Page>
  );
}
