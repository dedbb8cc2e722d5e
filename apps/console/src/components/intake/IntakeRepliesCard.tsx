import { Button, Card, Empty, List } from 'antd';
import { useQuery } from 'urql';
import { IntakeItemRow } from './IntakeItemRow';
import { INTAKE_AWAITING_REPLIES } from './intake-queries';
import { LoadError } from '../LoadError';

/**
 * 留言待回复 (issue 23): the 领导留言板 and 书记县长信箱 messages waiting for their reply, the soonest due first, whatever
 * was decided about them — a message registered as an incident still waits until it is marked answered here.
 */
export function IntakeRepliesCard() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: INTAKE_AWAITING_REPLIES,
    variables: { first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <LoadError error={error} retry={reload} />;
  const items = data?.intakeAwaitingReplies.edges.map((e) => e.node) ?? [];
  return (
    <Card
      size="small"
      title={`留言待回复（${data?.intakeAwaitingReplies.totalCount ?? 0}）`}
      data-testid="intake-replies"
      extra={
        <Button size="small" onClick={reload}>
          刷新
        </Button>
      }
    >
      <List
        loading={fetching && !data}
        dataSource={items}
        locale={{ emptyText: <Empty description="没有待回复的留言" /> }}
        renderItem={(item) => (
          <List.Item>
            <IntakeItemRow item={item} onChanged={reload} />
          </List.Item>
        )}
      />
    </Card>
  );
}
