import { Alert, Card, Descriptions, Form, Input, Space } from 'antd';
import { settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { ReasonDialog } from '../ReasonDialog';
import { RecordDocuments } from '../RecordDocuments';
import { graphql } from '../../gql';
import type { IncidentReviewFieldsFragment } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentReviewFields on Incident {
    id
    version
    review {
      cause
      spread
      result
      experience
      problems
      at
    }
  }
`);

const CALM = graphql(`
  mutation ConsoleCalm($input: MarkIncidentCalmedInput!) {
    markIncidentCalmed(input: $input) {
      id
      version
    }
  }
`);
const CLOSE = graphql(`
  mutation ConsoleClose($input: CloseIncidentInput!) {
    closeIncident(input: $input) {
      id
      version
    }
  }
`);
const REOPEN = graphql(`
  mutation ConsoleReopen($input: ReopenIncidentInput!) {
    reopenIncident(input: $input) {
      id
      version
    }
  }
`);
const REVIEW = graphql(`
  mutation ConsoleFileReview($input: FileIncidentReviewInput!) {
    fileIncidentReview(input: $input) {
      id
      version
    }
  }
`);

const REVIEW_FIELDS = [
  ['cause', '起因'],
  ['spread', '传播特点'],
  ['result', '处置结果'],
  ['experience', '经验'],
  ['problems', '存在问题'],
] as const;
type ReviewForm = Record<(typeof REVIEW_FIELDS)[number][0], string>;

/** The end of an incident: 标记平息, 办结, 总结评估 (shown once filed) and 重新打开 when it flares up again. */
export function ReviewCard({
  incident: inc,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentReviewFieldsFragment } & CardDialogs) {
  const calm = useSubmit(CALM);
  const closeIt = useSubmit(CLOSE);
  const reopen = useSubmit(REOPEN);
  const review = useSubmit(REVIEW);
  const done = settled(onChanged);
  const v = { incidentId: inc.id, expectedVersion: inc.version };
  return (
    <>
      <FormModal<{ note?: string }>
        open={dialog === 'calm'}
        title="标记平息"
        onClose={onClose}
        loading={calm.loading}
        onSubmit={async (f) => done(await calm.run({ input: { ...v, note: f.note ?? '' } }, '已标记平息'))}
      >
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} placeholder="如：网上讨论明显减少" />
        </Form.Item>
      </FormModal>

      <FormModal<{ summary: string }>
        open={dialog === 'close'}
        title="办结"
        onClose={onClose}
        loading={closeIt.loading}
        onSubmit={async (f) => done(await closeIt.run({ input: { ...v, summary: f.summary } }, '已办结'))}
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="办结前须解除预警，且所有工单已销号或撤销。"
        />
        <Form.Item name="summary" label="办结说明" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <ReasonDialog
        open={dialog === 'reopen'}
        title="重新打开（舆情反复）"
        onClose={onClose}
        loading={reopen.loading}
        onSubmit={async (reason) => done(await reopen.run({ input: { ...v, reason } }, '已重新打开'))}
      />

      <FormModal<ReviewForm>
        open={dialog === 'review'}
        title="总结评估"
        onClose={onClose}
        loading={review.loading}
        width={640}
        onSubmit={async (f) => done(await review.run({ input: { ...v, ...f } }, '总结评估已提交'))}
      >
        {REVIEW_FIELDS.map(([k, l]) => (
          <Form.Item key={k} name={k} label={l} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        ))}
      </FormModal>

      {inc.review && (
        <Card
          size="small"
          title="总结评估"
          style={{ marginTop: 16 }}
          data-testid="review"
          extra={
            <Space size={8} wrap>
              <span className="muted">{fmt(inc.review.at)} 提交</span>
              <RecordDocuments kind="REVIEW_REPORT" recordId={inc.id} />
            </Space>
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="起因">{inc.review.cause}</Descriptions.Item>
            <Descriptions.Item label="传播特点">{inc.review.spread}</Descriptions.Item>
            <Descriptions.Item label="处置结果">{inc.review.result}</Descriptions.Item>
            <Descriptions.Item label="经验">{inc.review.experience}</Descriptions.Item>
            <Descriptions.Item label="存在问题" span={2}>
              {inc.review.problems}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </>
  );
}
