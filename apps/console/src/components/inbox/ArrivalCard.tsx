import { CheckOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button, Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { InboxChangeKind } from '../../gql/graphql';
import { label } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { useUnits } from '../../lib/units';

export const MARK_READ = graphql(`
  mutation ConsoleMarkArrivalsRead($input: MarkArrivalsReadInput!) {
    markArrivalsRead(input: $input) {
      marked
    }
  }
`);

/** Where an arrival opens: its incident, or the report or document it is about. */
function linkOf(a: { refType: string; refId: string; incidentId?: string | null }): string | null {
  if (a.refType === 'SPECIAL_REPORT') return `/special-reports/${a.refId}`;
  if (a.refType === 'DAILY_REPORT') return `/reports/${a.refId}`;
  if (a.refType === 'DOCUMENT') return `/documents/${a.refId}`;
  if (a.refType === 'INTAKE_ITEM') return a.incidentId ? `/incidents/${a.incidentId}` : '/intake';
  return a.incidentId ? `/incidents/${a.incidentId}` : null;
}

/**
 * 待阅 — something that arrived to be read (快报, 专报, 日报, a warning, a linkage notice, a report up): it stays in the
 * 待办 until the person marks it 已阅. A confidential one shows only that it exists (002).
 */
export function ArrivalCard({
  arrival: a,
  onRead,
}: {
  arrival: {
    id: string;
    kind: InboxChangeKind;
    refType: string;
    refId: string;
    incidentId?: string | null;
    title?: string | null;
    note?: string | null;
    confidential: boolean;
    fromUnitId: string;
    arrivedAt: string;
  };
  onRead: () => void;
}) {
  const units = useUnits();
  const read = useSubmit(MARK_READ);
  const to = linkOf(a);
  const title = a.confidential ? '涉密事项（内容请线下查阅）' : (a.title ?? label('InboxChangeKind', a.kind));
  return (
    <Card size="small" className="inbox-card" data-testid="inbox-arrival">
      <div className="inbox-card-top">
        <Tag color="blue" icon={<NotificationOutlined />}>
          {label('InboxChangeKind', a.kind)}
        </Tag>
        <span className="due">{fmt(a.arrivedAt)}</span>
      </div>
      {to ? (
        <Link to={to} className="inbox-title">
          {title}
        </Link>
      ) : (
        <div className="inbox-title">{title}</div>
      )}
      {a.note && <div className="inbox-req">{a.note}</div>}
      <div className="inbox-meta">来自 {units.name(a.fromUnitId)}</div>
      <Button
        block
        icon={<CheckOutlined />}
        loading={read.loading}
        data-testid="arrival-read"
        onClick={() => void read.run({ input: { ids: [a.id] } }, '已阅').then((r) => r && onRead())}
      >
        已阅
      </Button>
    </Card>
  );
}
