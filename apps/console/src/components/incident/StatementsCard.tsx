import { Button, Card, Col, Empty, Form, Input, Row, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { RecordAttachments } from '../attachments/RecordAttachments';
import { ApproveStatementButton } from '../ApproveStatementButton';
import { PublishStatementModal, type PublishTarget } from '../PublishStatementModal';
import { graphql } from '../../gql';
import type { GuidanceTier, IncidentStatementsFieldsFragment, StatementKind } from '../../gql/graphql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';

graphql(`
  fragment IncidentStatementsFields on Incident {
    id
    statements {
      id
      kind
      title
      content
      status
      version
      allowedActions
    }
  }
`);

const DRAFT = graphql(`
  mutation ConsoleDraftStatement($input: DraftStatementInput!) {
    draftStatement(input: $input) {
      id
    }
  }
`);

const STATUS_COLOR: Record<string, string> = {
  PUBLISHED: 'green',
  APPROVED: 'blue',
  REJECTED: 'red',
};

/**
 * 口径 / 通稿 on the incident: its statements with their state, 审核通过 for the propaganda department's leader and
 * 发布 for the spokesperson (as `Statement.allowedActions` offers them); drafting one here.
 */
export function StatementsCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentStatementsFieldsFragment } & CardDialogs) {
  const draft = useSubmit(DRAFT);
  const [publishing, setPublishing] = useState<PublishTarget | null>(null);
  const done = settled(onChanged);
  return (
    <Card size="small" title="口径 / 通稿" style={{ marginTop: 16 }}>
      {inc.statements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无稿件" />
      ) : (
        inc.statements.map((s) => (
          <div key={s.id} className="statement">
            <Space size={4} wrap>
              <Tag>{label('StatementKind', s.kind)}</Tag>
              <Tag color={STATUS_COLOR[s.status] ?? 'gold'}>{label('StatementStatus', s.status)}</Tag>
              <b>{s.title}</b>
            </Space>
            <div className="muted statement-body">{s.content}</div>
            <RecordAttachments
              recordKind="STATEMENT"
              recordId={s.id}
              mayAttach={s.allowedActions.includes('attachFile')}
            />
            <Space>
              {s.allowedActions.includes('approveStatement') && (
                <ApproveStatementButton size="small" statement={s} onApproved={onChanged} />
              )}
              {s.allowedActions.includes('publishStatement') && (
                <Button size="small" type="primary" onClick={() => setPublishing(s)}>
                  发布
                </Button>
              )}
            </Space>
          </div>
        ))
      )}

      <PublishStatementModal
        statement={publishing}
        onClose={() => setPublishing(null)}
        onPublished={onChanged}
      />
      <FormModal<{ kind: StatementKind; tier: GuidanceTier; title: string; content: string }>
        open={dialog === 'draft'}
        title="起草口径 / 通稿"
        onClose={onClose}
        loading={draft.loading}
        width={640}
        initialValues={{ kind: 'WORDING', tier: 'POSITIVE_RESPONSE' }}
        onSubmit={async (f) =>
          done(await draft.run({ input: { ...f, incidentId: inc.id } }, '稿件已提交宣传部审核'))
        }
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label="类型">
              <Select options={options('StatementKind')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tier" label="引导层级">
              <Select options={options('GuidanceTier')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="content"
          label="内容（早讲事实、重讲态度、多讲措施、慎讲原因）"
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
