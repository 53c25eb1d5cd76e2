/** Topics: every topic with its weight, stake and epoch clock. */
import { useChain, useLive } from '../chain';
import { listTopics } from '../data';
import { Amount, Card, Dec, Page, Pending, Progress, Table } from '../design/components';
import type { TopicView } from '@allora-polkadot/api';

/** Where a topic is in its epoch: blocks since its current epoch started, and until the next. */
export function EpochClock({ topic }: { topic: TopicView }) {
  const { best } = useChain();
  if (topic.nextEpochStart === null) return <span class="badge">inactive</span>;
  const length = topic.config.epochLength;
  const into = Math.max(0, Math.min(length, length - (topic.nextEpochStart - best)));
  return (
    <div>
      <Progress value={into} max={length} label={`Epoch of topic ${topic.id}: ${into} of ${length} blocks`} />
      <span class="muted">next epoch in {Math.max(0, topic.nextEpochStart - best)} blocks (#{topic.nextEpochStart})</span>
    </div>
  );
}

export function Topics() {
  const live = useLive(async (chain) => {
    const topics = await listTopics(chain);
    const stakes = await Promise.all(topics.map((t) => chain.rpc.stakeTotals(t.id)));
    return topics.map((t, i) => ({ topic: t, stake: stakes[i].topic }));
  });
  return (
    <Page title="Topics">
      <Card title="All topics" id="topics">
        {live.data ? (
          <Table
            testid="topics-table"
            rows={live.data}
            rowKey={(r) => String(r.topic.id)}
            empty="No topic yet: create one with `allora topic create`."
            columns={[
              { title: 'Topic', render: (r) => <a href={`#/topics/${r.topic.id}`}>#{r.topic.id} {r.topic.config.metadata}</a> },
              { title: 'Weight', numeric: true, render: (r) => <Dec value={r.topic.weight} /> },
              { title: 'Stake', numeric: true, render: (r) => <Amount raw={r.stake} places={2} /> },
              { title: 'Workers', numeric: true, render: (r) => r.topic.workers },
              { title: 'Reputers', numeric: true, render: (r) => r.topic.reputers },
              { title: 'Epoch', render: (r) => <EpochClock topic={r.topic} /> },
            ]}
          />
        ) : <Pending error={live.error} />}
      </Card>
    </Page>
  );
}
