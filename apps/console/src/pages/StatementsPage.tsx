import { Button, Card, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { ReasonDialog } from '../components/ReasonDialog';
import { RecordAttachments } from '../components/attachments/RecordAttachments';
import { ApproveStatementButton } from '../components/ApproveStatementButton';
import { PublishStatementModal, type PublishTarget } from '../components/PublishStatementModal';
import { graphql } from '../gql';
import type { StatementStatus } from '../gql/graphql';
import { label } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { fmt } from '../lib/time';
import { useUnits } from '../lib/units';
import { LoadError } from '../components/LoadError';

const STATEMENTS = graphql(`
  query ConsoleStatements($status: [StatementStatus!]) {
    statements(status: $status) {
      id
      incidentId
      kind
      tier
      title
      content
      status
      version
      draftedAt
      draftingUnitId
      publishedAt
      channels
      rejections {
        at
        reason
      }
      allowedActions
    }
  }
`);
const APPROVE = graphql(`
  mutation ConsoleStatementsApprove($input: ApproveStatementInput!) {
    approveStatement(input: $input) {
      id
      status
      version
    }
  }
`);

/** Propaganda department: statements awaiting approval; the spokesperson publishes approved ones. */
export default function StatementsPage() {
  const units = useUnits();
  const [status, setStatus] = useState<string>('DRAFT');
  const [{ data, error }, refetch] = useQuery({
    query: STATEMENTS,
    variables: { status: status === 'ALL' ? undefined : [status as StatementStatus] },
  });
  const approve = useSubmit(APPROVE);
  const [publishing, setPublishing] = useState<PublishTarget | null>(null);
  const [reject, setReject] = useState<{ id: string; version: number } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const list = data?.statements ?? [];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            口径 / 通稿
          </Typography.Title>
          <Typography.Text type="secondary">起草 → 宣传部审核 → 新闻发言人发布</Typography.Text>
        </div>
      </div>
      <Segmented
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={[
          { value: 'DRAFT', label: '待审核' },
          { value: 'APPROVED', label: '待发布' },
          { value: 'REJECTED', label: '退回修改' },
          { value: 'PUBLISHED', label: '已发布' },
          { value: 'ALL', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <LoadError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      {list.length === 0 && !error && <Empty description="暂无稿件" />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {list.map((s) => (
          <Card key={s.id} size="small">
            <Space wrap>
              <Tag>{label('StatementKind', s.kind)}</Tag>
              <Tag>{label('GuidanceTier', s.tier)}</Tag>
              <Tag
                color={
                  s.status === 'PUBLISHED'
                    ? 'green'
                    : s.status === 'APPROVED'
                      ? 'blue'
                      : s.status === 'REJECTED'
                        ? 'red'
                        : 'gold'
                }
              >
                {label('StatementStatus', s.status)}
              </Tag>
              <b>{s.title}</b>
            </Space>
            <Typography.Paragraph style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>
              {s.content}
            </Typography.Paragraph>
            <div className="muted">
              {units.name(s.draftingUnitId)} · {fmt(s.draftedAt)} 起草 ·{' '}
              <Link to={`/incidents/${s.incidentId}`}>查看事件</Link>
              {s.rejections.length > 0 && ` · 最近退回：${s.rejections[s.rejections.length - 1].reason}`}
            </div>
            <RecordAttachments
              recordKind="STATEMENT"
              recordId={s.id}
              mayAttach={s.allowedActions.includes('attachFile')}
            />
            <Space style={{ marginTop: 8 }}>
              {s.allowedActions.includes('approveStatement') && (
                <ApproveStatementButton statement={s} onApproved={() => void reload()} />
              )}
              {s.allowedActions.includes('rejectStatement') && (
                <Button danger onClick={() => setReject({ id: s.id, version: s.version })}>
                  退回修改
                </Button>
              )}
              {s.allowedActions.includes('publishStatement') && (
                <Button type="primary" onClick={() => setPublishing(s)}>
                  发布
                </Button>
              )}
            </Space>
          </Card>
        ))}
      </Space>
      <PublishStatementModal
        statement={publishing}
        onClose={() => setPublishing(null)}
        onPublished={() => void reload()}
      />
      <ReasonDialog
        open={!!reject}
        title="退回修改"
        label="修改意见"
        rows={3}
        onClose={() => setReject(null)}
        loading={approve.loading}
        onSubmit={async (reason) => {
          const r = await approve.run(
            { input: { statementId: reject!.id, approve: false, reason, expectedVersion: reject!.version } },
            '已退回修改',
          );
          if (r) reload();
          return !!r;
        }}
      />
    </div>
  );
}
