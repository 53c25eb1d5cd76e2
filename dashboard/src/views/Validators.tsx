/**
 * Validators and reputers: the collator set from staking (bonded, nominators, era points) and
 * every topic's reputers (stake, delegated, listening coefficient, score).
 */
import { useLive } from '../chain';
import { listTopics, topicReputers } from '../data';
import { Account, Amount, Card, Dec, Page, Pending, Stat, Stats, Table } from '../design/components';

export function Validators() {
  const collators = useLive(async ({ api }) => {
    const [session, active, invulnerables] = await Promise.all([
      api.query.session.validators(), api.query.staking.activeEra(), api.query.staking.invulnerables(),
    ]);
    const era = active.isSome ? active.unwrap().index.toNumber() : 0;
    const points = await api.query.staking.erasRewardPoints(era);
    const pointsOf = new Map([...points.individual.entries()].map(([k, v]) => [k.toString(), v.toNumber()]));
    const validators = (await api.query.staking.validators.keys()).map((k) => k.args[0].toString());
    const stashes = [...new Set([...validators, ...session.map((s) => s.toString())])].sort();
    const rows = await Promise.all(stashes.map(async (stash) => {
      const controller = (await api.query.staking.bonded(stash)).unwrapOr(null)?.toString() ?? stash;
      const ledger = await api.query.staking.ledger(controller);
      const overview = await api.query.staking.erasStakersOverview(era, stash);
      const prefs = await api.query.staking.validators(stash);
      return {
        stash,
        bonded: ledger.isSome ? ledger.unwrap().total.toBigInt() : 0n,
        exposure: overview.isSome ? overview.unwrap().total.toBigInt() : 0n,
        nominators: overview.isSome ? overview.unwrap().nominatorCount.toNumber() : 0,
        commission: prefs.commission.toHuman() as string,
        points: pointsOf.get(stash) ?? 0,
        inSession: session.some((s) => s.toString() === stash),
        invulnerable: invulnerables.some((s) => s.toString() === stash),
      };
    }));
    const nominators = (await api.query.staking.counterForNominators()).toNumber();
    return { era, rows, total: points.total.toNumber(), nominators };
  });
  const reputers = useLive(async (chain) => {
    const topics = await listTopics(chain);
    const rows = await Promise.all(topics.map(async (t) => (await topicReputers(chain, t.id)).map((r) => ({ topic: t, ...r }))));
    return rows.flat();
  });
  return (
    <Page title="Validators and reputers">
      {collators.data ? (
        <>
          <Stats>
            <Stat label="Active era" testid="active-era">{collators.data.era}</Stat>
            <Stat label="Era points so far" testid="era-points">{collators.data.total}</Stat>
            <Stat label="Nominators" testid="nominators">{collators.data.nominators}</Stat>
          </Stats>
          <Card title="Collators" id="collators">
            <Table
              testid="collators-table"
              rows={collators.data.rows}
              rowKey={(r) => r.stash}
              columns={[
                { title: 'Collator (stash)', render: (r) => <Account address={r.stash} /> },
                { title: 'In session', render: (r) => (r.inSession ? <span class="badge positive">authoring</span> : <span class="badge">waiting</span>) },
                { title: 'Bonded', numeric: true, render: (r) => <Amount raw={r.bonded} places={2} /> },
                { title: 'Backing this era', numeric: true, render: (r) => <Amount raw={r.exposure} places={2} /> },
                { title: 'Nominators', numeric: true, render: (r) => r.nominators },
                { title: 'Commission', numeric: true, render: (r) => r.commission },
                { title: 'Era points', numeric: true, render: (r) => r.points },
              ]}
            />
          </Card>
        </>
      ) : <Pending error={collators.error} />}
      <Card title="Reputers per topic" id="reputers-per-topic">
        {reputers.data ? (
          <Table
            testid="all-reputers-table"
            rows={reputers.data}
            rowKey={(r) => `${r.topic.id}/${r.account}`}
            empty="No reputer registered in any topic."
            columns={[
              { title: 'Topic', render: (r) => <a href={`#/topics/${r.topic.id}`}>#{r.topic.id} {r.topic.config.metadata}</a> },
              { title: 'Reputer', render: (r) => <Account address={r.account} /> },
              { title: 'Stake', numeric: true, render: (r) => <Amount raw={r.stake.own} /> },
              { title: 'Delegated', numeric: true, render: (r) => <Amount raw={r.stake.delegated} /> },
              { title: 'Listening coefficient', numeric: true, render: (r) => <Dec value={r.stake.listeningCoefficient} /> },
              { title: 'Score', numeric: true, render: (r) => <Dec value={r.score?.score} places={6} /> },
            ]}
          />
        ) : <Pending error={reputers.error} />}
      </Card>
    </Page>
  );
}
