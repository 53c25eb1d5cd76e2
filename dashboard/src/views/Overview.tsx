/** Overview: the chain's clock and finality, this month's emission, stake, topics, rewards. */
import { useChain, useLive } from '../chain';
import { listTopics, useActivity } from '../data';
import { Account, Amount, Card, Page, Pending, Stat, Stats, Table } from '../design/components';

export function Overview() {
  const live = useLive(async (chain) => {
    const [emission, topics, total, params] = await Promise.all([
      chain.rpc.emission(), listTopics(chain), chain.api.query.reputation.totalStake(), chain.rpc.topicsParams(),
    ]);
    return { emission, topics, total: total.toBigInt(), blocksPerMonth: BigInt(params.blocksPerMonth as number) };
  });
  const rewards = useActivity((h) => h.section === 'emissions' && h.method === 'EpochRewarded', 'epoch-rewards', 12);
  const { best, finalized } = useChain();
  return (
    <Page title="Overview">
      <Stats>
        <Stat label="Best block" testid="best-block">#{best}</Stat>
        <Stat label="Finalized block" testid="finalized-block">#{finalized} <span class="muted">({best - finalized} behind)</span></Stat>
        {live.data ? (
          <>
            <Stat label="Emission this month" testid="monthly-emission">
              <Amount raw={BigInt(live.data.emission.blockEmission) * live.data.blocksPerMonth} places={2} />
            </Stat>
            <Stat label="Total staked on topics" testid="total-staked"><Amount raw={live.data.total} places={2} /></Stat>
            <Stat label="Active topics" testid="active-topics">
              {live.data.topics.filter((t) => t.nextEpochStart !== null).length} <span class="muted">of {live.data.topics.length}</span>
            </Stat>
            <Stat label="Rewards paid so far" testid="rewards-paid"><Amount raw={live.data.emission.rewardsPaid} places={2} /></Stat>
          </>
        ) : <Pending error={live.error} />}
      </Stats>
      <Card title="Latest rewards" id="latest-rewards">
        {rewards.events ? (
          <Table
            caption="Epochs rewarded in the recent blocks"
            rows={rewards.events}
            rowKey={(h) => `${h.block}-${h.index}`}
            empty="No epoch rewarded in the recent blocks."
            columns={[
              { title: 'Block', render: (h) => `#${h.block}` },
              { title: 'Topic', render: (h) => <a href={`#/topics/${h.data.topicId}`}>{h.data.topicId}</a> },
              { title: 'Epoch (nonce)', render: (h) => h.data.nonce },
              { title: 'Inferers', numeric: true, render: (h) => <Amount raw={h.data.inferers} /> },
              { title: 'Forecasters', numeric: true, render: (h) => <Amount raw={h.data.forecasters} /> },
              { title: 'Reputers', numeric: true, render: (h) => <Amount raw={h.data.reputers} /> },
            ]}
          />
        ) : <Pending error={rewards.error} />}
      </Card>
      <Card title="Collators" id="overview-collators">
        <p class="muted">The collator set, its stake and era points: <a href="#/validators">Validators and reputers</a>.</p>
        <CurrentAuthor />
      </Card>
    </Page>
  );
}

function CurrentAuthor() {
  const live = useLive(async ({ api }) => (await api.query.session.validators()).map((v) => v.toString()));
  if (!live.data) return <Pending error={live.error} />;
  return <p>{live.data.length} collators in this session: {live.data.map((v) => <><Account address={v} /> </>)}</p>;
}
