import { Button, Card, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { offers } from './shared';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type { IncidentTakedownFieldsFragment, TakedownAnswer } from '../../gql/graphql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';

graphql(`
  fragment IncidentTakedownFields on Incident {
    id
    allowedActions
    takedownRequests {
      id
      platform
      itemUrls
      request
      sentAt
      answer
      answerNote
      allowedActions
      sendingUnit {
        name
      }
    }
  }
`);

const SEND = graphql(`
  mutation ConsoleSendTakedownRequest($input: SendTakedownRequestInput!) {
    sendTakedownRequest(input: $input) {
      id
    }
  }
`);
const ANSWER = graphql(`
  mutation ConsoleRecordTakedownAnswer($input: RecordTakedownAnswerInput!) {
    recordTakedownAnswer(input: $input) {
      id
      answer
    }
  }
`);

const ANSWER_COLOR: Record<string, string> = { REMOVED: 'green', REFUSED: 'red', NO_ANSWER: 'gold' };

/**
 * 函告网站 (000 §三4): the takedown requests sent to outside platforms about this incident, with each platform's
 * answer. 函告网站 and 登记答复 appear only where the API offers them (`allowedActions`), not by rules kept here.
 */
export function TakedownCard({
  incident: inc,
  onChanged,
}: {
  incident: IncidentTakedownFieldsFragment;
  onChanged: () => void;
}) {
  const send = useSubmit(SEND);
  const answer = useSubmit(ANSWER);
  const [sending, setSending] = useState(false);
  const [answering, setAnswering] = useState<string | null>(null);
  const done = (r: unknown) => {
    if (r) onChanged();
    return !!r;
  };
  return (
    <Card
      size="small"
      title="函告网站"
      style={{ marginTop: 16 }}
      data-testid="takedown-card"
      extra={
        offers(inc, 'sendTakedownRequest') && (
          <Button size="small" onClick={() => setSending(true)} data-testid="takedown-send">
            函告网站
          </Button>
        )
      }
    >
      {inc.takedownRequests.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无函告" />
      ) : (
        inc.takedownRequests.map((r) => (
          <div key={r.id} className="statement" data-testid="takedown-request">
            <Space size={4} wrap>
              <b>{r.platform}</b>
              <Tag color={r.answer ? ANSWER_COLOR[r.answer] : undefined}>
                {r.answer ? label('TakedownAnswer', r.answer) : '待答复'}
              </Tag>
              <span className="muted">
                {r.sendingUnit?.name} · {fmt(r.sentAt)}
              </span>
            </Space>
            <div className="muted statement-body">{r.request}</div>
            {r.itemUrls.map((u) => (
              <div key={u}>
                <Typography.Link href={u} target="_blank" rel="noreferrer">
                  {u}
                </Typography.Link>
              </div>
            ))}
            {r.answerNote && <div className="muted">答复说明：{r.answerNote}</div>}
            {r.allowedActions.includes('recordTakedownAnswer') && (
              <Button size="small" onClick={() => setAnswering(r.id)} data-testid="takedown-answer">
                登记答复
              </Button>
            )}
          </div>
        ))
      )}

      <FormModal<{ platform: string; itemUrls: string; request: string }>
        open={sending}
        title="函告网站"
        onClose={() => setSending(false)}
        loading={send.loading}
        width={640}
        testId="takedown-form"
        onSubmit={async (f) =>
          done(
            await send.run(
              {
                input: {
                  incidentId: inc.id,
                  platform: f.platform,
                  request: f.request,
                  // One link a line, as they are copied from the browser.
                  itemUrls: f.itemUrls
                    .split('\n')
                    .map((u) => u.trim())
                    .filter(Boolean),
                },
              },
              '函告已登记',
            ),
          )
        }
      >
        <Form.Item name="platform" label="网站或平台名称" rules={[{ required: true }]}>
          <Input placeholder="如：某某论坛运营方" />
        </Form.Item>
        <Form.Item name="itemUrls" label="贴文链接（每行一个）" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="request" label="函告内容" rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>

      <FormModal<{ answer: TakedownAnswer; note: string }>
        open={answering !== null}
        title="登记平台答复"
        onClose={() => setAnswering(null)}
        loading={answer.loading}
        initialValues={{ answer: 'REMOVED', note: '' }}
        testId="takedown-answer-form"
        onSubmit={async (f) =>
          done(
            await answer.run(
              { input: { requestId: answering!, answer: f.answer, note: f.note ?? '' } },
              '答复已登记',
            ),
          )
        }
      >
        <Form.Item name="answer" label="平台答复">
          <Select options={options('TakedownAnswer')} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
