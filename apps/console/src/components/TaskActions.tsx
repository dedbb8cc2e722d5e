import { Button, DatePicker, Descriptions, Form, Input, Popconfirm, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { graphql } from '../gql';
import { useSubmit } from '../lib/submit';
import { lines } from '../lib/text';
import { dayjs, fmt } from '../lib/time';
import { useUnits } from '../lib/units';
import { FormModal } from './FormModal';
import { ReasonDialog } from './ReasonDialog';
import { TaskAttachments } from './TaskAttachments';
import { TaskResponsibleAction } from './TaskResponsibleAction';

const SIGN = graphql(`
  mutation ConsoleSignTask($input: SignTaskInput!) {
    signTask(input: $input) {
      id
      status
      version
      allowedActions
    }
  }
`);
const RETURN = graphql(`
  mutation ConsoleReturnTask($input: ReturnTaskInput!) {
    returnTask(input: $input) {
      id
      status
      version
      allowedActions
    }
  }
`);
const PROGRESS = graphql(`
  mutation ConsoleReportProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      id
      status
      version
      allowedActions
    }
  }
`);
const EXTEND = graphql(`
  mutation ConsoleRequestExtension($input: RequestTaskExtensionInput!) {
    requestTaskExtension(input: $input) {
      id
      status
      version
      allowedActions
      pendingExtension {
        requestedDueAt
      }
    }
  }
`);
const HAND_IN = graphql(`
  mutation ConsoleHandIn($input: HandInTaskInput!) {
    handInTask(input: $input) {
      id
      status
      version
      late
      lateByMinutes
      allowedActions
    }
  }
`);
const REDISPATCH = graphql(`
  mutation ConsoleRedispatch($input: RedispatchTaskInput!) {
    redispatchTask(input: $input) {
      id
      dueAt
    }
  }
`);
const REVIEW = graphql(`
  mutation ConsoleReviewTask($input: ReviewTaskInput!) {
    reviewTask(input: $input) {
      id
      status
      version
      reworks
      allowedActions
    }
  }
`);
const DECIDE = graphql(`
  mutation ConsoleDecideExtension($input: DecideTaskExtensionInput!) {
    decideTaskExtension(input: $input) {
      id
      status
      version
      dueAt
      allowedActions
    }
  }
`);
const SUPERVISE = graphql(`
  mutation ConsoleSupervise($input: SuperviseTaskInput!) {
    superviseTask(input: $input) {
      id
      version
      allowedActions
    }
  }
`);
const REMIND = graphql(`
  mutation ConsoleRemind($input: RemindTaskInput!) {
    remindTask(input: $input) {
      id
      version
      reminders
    }
  }
`);
const CANCEL = graphql(`
  mutation ConsoleCancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) {
      id
      status
      version
      allowedActions
    }
  }
`);

/** Progress reports (办理进展) in the task's history, oldest first; an entry that cannot be read is left out. */
function progressReports(history: ActionableTask['history']) {
  return (history ?? []).flatMap((h) => {
    if (h.type !== 'TaskProgressReported') return [];
    try {
      const d = JSON.parse(h.detail) as { online?: string[]; offline?: string[]; note?: string };
      return [{ at: h.at, online: d.online ?? [], offline: d.offline ?? [], note: d.note ?? '' }];
    } catch {
      return [];
    }
  });
}

/**
 * What the reviewer decides on (审核): the whole written feedback, the progress reported before it and the files
 * attached — not a verdict on a title.
 */
function HandInForReview({ task }: { task: ActionableTask }) {
  const progress = progressReports(task.history);
  return (
    <div className="review-handin" data-testid="review-handin">
      {task.feedback ? (
        <Descriptions size="small" column={1} bordered title="书面反馈">
          <Descriptions.Item label="核查情况">{task.feedback.factsFound}</Descriptions.Item>
          <Descriptions.Item label="处置措施">{task.feedback.measures}</Descriptions.Item>
          <Descriptions.Item label="处置结果">{task.feedback.result}</Descriptions.Item>
          <Descriptions.Item label="佐证材料">
            {task.feedback.evidence.length ? task.feedback.evidence.join('；') : '—'}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <p className="muted">未取得书面反馈内容。</p>
      )}
      {progress.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <b>办理进展</b>
          <ul className="review-progress">
            {progress.map((r) => (
              <li key={r.at}>
                {fmt(r.at)}：{[...r.online, ...r.offline, r.note].filter(Boolean).join('；')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div style={{ margin: '12px 0' }}>
        <b>附件</b>
        <TaskAttachments task={{ id: task.id, allowedActions: [] }} />
      </div>
    </div>
  );
}

export interface ActionableTask {
  id: string;
  version: number;
  status: string;
  dueAt: string;
  hardDueAt?: string;
  assigneeUnitId: string;
  allowedActions: string[];
  /** 责任人 in the unit it went to. */
  responsible?: { userId: string; name: string } | null;
  pendingExtension?: { requestedDueAt: string; reason: string } | null;
  /** The last written feedback: a task sent back is handed in again from it, not retyped. */
  feedback?: { factsFound: string; measures: string; result: string; evidence: string[] } | null;
  /** What happened to it (progress reports are shown to the reviewer). */
  history?: readonly { type: string; detail: string; at: string }[];
}

/** The buttons a task allows the caller now (Task.allowedActions), each with its form. */
export function TaskActions({
  task,
  onDone,
  block,
}: {
  task: ActionableTask;
  onDone: () => void;
  block?: boolean;
}) {
  const units = useUnits();
  const [dialog, setDialog] = useState<string | null>(null);
  const sign = useSubmit(SIGN);
  const ret = useSubmit(RETURN);
  const progress = useSubmit(PROGRESS);
  const extend = useSubmit(EXTEND);
  const handIn = useSubmit(HAND_IN);
  const redispatch = useSubmit(REDISPATCH);
  const review = useSubmit(REVIEW);
  const decide = useSubmit(DECIDE);
  const supervise = useSubmit(SUPERVISE);
  const remind = useSubmit(REMIND);
  const cancel = useSubmit(CANCEL);
  const can = (a: string) => task.allowedActions.includes(a);
  const close = () => setDialog(null);
  const done = <T,>(r: T | undefined) => {
    if (r) onDone();
    return !!r;
  };
  const base = { taskId: task.id, expectedVersion: task.version };
  const size = block ? 'middle' : 'small';

  return (
    <>
      <Space wrap size={[6, 6]} className={block ? 'task-actions block' : 'task-actions'}>
        {can('signTask') && (
          <Button
            type="primary"
            size={size}
            loading={sign.loading}
            onClick={() => void sign.run({ input: base }, '已签收工单').then(done)}
            data-testid="task-sign"
          >
            签收
          </Button>
        )}
        {can('returnTask') && (
          <Button size={size} danger onClick={() => setDialog('return')} data-testid="task-return">
            退回
          </Button>
        )}
        {can('reportTaskProgress') && (
          <Button size={size} onClick={() => setDialog('progress')} data-testid="task-progress">
            报送进展
          </Button>
        )}
        {can('handInTask') && (
          <Button type="primary" size={size} onClick={() => setDialog('handIn')} data-testid="task-handin">
            交单
          </Button>
        )}
        {can('requestTaskExtension') && (
          <Button size={size} onClick={() => setDialog('extend')} data-testid="task-extend">
            申请延期
          </Button>
        )}
        {can('nameTaskResponsible') && <TaskResponsibleAction task={task} size={size} onDone={onDone} />}
        {can('redispatchTask') && (
          <Button size={size} onClick={() => setDialog('redispatch')} data-testid="task-redispatch">
            转派村（社区）
          </Button>
        )}
        {can('reviewTask') && (
          <Button type="primary" size={size} onClick={() => setDialog('review')} data-testid="task-review">
            审核
          </Button>
        )}
        {can('decideTaskExtension') && (
          <Button size={size} onClick={() => setDialog('decide')} data-testid="task-decide">
            审批延期
          </Button>
        )}
        {can('superviseTask') && (
          <Button size={size} onClick={() => setDialog('supervise')}>
            督办
          </Button>
        )}
        {can('remindTask') && (
          <Popconfirm
            title="向承办单位发送催办？"
            okText="催办"
            cancelText="取消"
            onConfirm={() => void remind.run({ input: { ...base, note: '' } }, '已催办').then(done)}
          >
            <Button size={size} loading={remind.loading}>
              催办
            </Button>
          </Popconfirm>
        )}
        {can('cancelTask') && (
          <Button size={size} type="text" danger onClick={() => setDialog('cancel')}>
            撤销
          </Button>
        )}
      </Space>

      <ReasonDialog
        open={dialog === 'return'}
        title="退回工单"
        label="退回理由"
        rows={3}
        placeholder="如：不属于本单位职责，建议转交……"
        onClose={close}
        loading={ret.loading}
        testId="return-form"
        onSubmit={async (reason) => done(await ret.run({ input: { ...base, reason } }, '已退回工单'))}
      />

      <FormModal<{ online?: string; offline?: string; note?: string }>
        open={dialog === 'progress'}
        title="报送办理进展"
        onClose={close}
        loading={progress.loading}
        testId="progress-form"
        onSubmit={async (v) =>
          done(
            await progress.run(
              { input: { ...base, online: lines(v.online), offline: lines(v.offline), note: v.note ?? '' } },
              '已报送进展',
            ),
          )
        }
      >
        <Form.Item name="online" label="网上处置措施（每行一条）">
          <Input.TextArea rows={2} placeholder="如：在网帖下发布情况说明" />
        </Form.Item>
        <Form.Item name="offline" label="网下处置措施（每行一条）">
          <Input.TextArea rows={2} placeholder="如：入户核实发放名单" />
        </Form.Item>
        <Form.Item name="note" label="进展说明">
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{ factsFound: string; measures: string; result: string; evidence?: string }>
        open={dialog === 'handIn'}
        title="交单 · 书面反馈"
        onClose={close}
        loading={handIn.loading}
        testId="handin-form"
        width={640}
        initialValues={
          task.feedback
            ? {
                factsFound: task.feedback.factsFound,
                measures: task.feedback.measures,
                result: task.feedback.result,
                evidence: task.feedback.evidence.join('\n'),
              }
            : undefined
        }
        onSubmit={async (v) => {
          const r = await handIn.run(
            {
              input: {
                ...base,
                factsFound: v.factsFound,
                measures: v.measures,
                result: v.result,
                evidence: lines(v.evidence),
              },
            },
            '已交单',
          );
          return done(r);
        }}
      >
        <Form.Item name="factsFound" label="核查情况" rules={[{ required: true, message: '请填写核查情况' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="measures" label="处置措施" rules={[{ required: true, message: '请填写处置措施' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="result" label="处置结果" rules={[{ required: true, message: '请填写处置结果' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="evidence" label="佐证材料（每行一项）">
          <Input.TextArea rows={2} placeholder="如：发放签收表" />
        </Form.Item>
      </FormModal>

      <FormModal<{ requestedDueAt: dayjs.Dayjs; reason: string }>
        open={dialog === 'extend'}
        title="申请延期"
        onClose={close}
        loading={extend.loading}
        initialValues={{ requestedDueAt: dayjs(task.dueAt).add(4, 'hour') }}
        onSubmit={async (v) =>
          done(
            await extend.run(
              { input: { ...base, requestedDueAt: v.requestedDueAt.toISOString(), reason: v.reason } },
              '已提交延期申请',
            ),
          )
        }
      >
        <p className="muted">
          现时限 {fmt(task.dueAt)}
          {task.hardDueAt && `，最迟不超过 ${fmt(task.hardDueAt)}`}
        </p>
        <Form.Item name="requestedDueAt" label="申请延至" rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请说明理由' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{ villageUnitId: string; requirements: string }>
        open={dialog === 'redispatch'}
        title="转派村（社区）"
        onClose={close}
        loading={redispatch.loading}
        onSubmit={async (v) => done(await redispatch.run({ input: { ...base, ...v } }, '已转派'))}
      >
        <Form.Item name="villageUnitId" label="村（社区）" rules={[{ required: true, message: '请选择' }]}>
          <Select
            options={units.list
              .filter((u) => u.kind === 'VILLAGE' && u.parentId === task.assigneeUnitId && u.active)
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item
          name="requirements"
          label="工作要求"
          rules={[{ required: true, message: '请填写工作要求' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <FormModal<{ accept: boolean; reason?: string }>
        open={dialog === 'review'}
        title="审核交单"
        onClose={close}
        loading={review.loading}
        testId="review-form"
        width={680}
        onSubmit={async (v) =>
          done(
            await review.run(
              { input: { ...base, accept: v.accept, reason: v.reason ?? '' } },
              v.accept ? '已销号' : '已退回重办',
            ),
          )
        }
      >
        <HandInForReview task={task} />
        <Form.Item name="accept" label="审核结论" rules={[{ required: true, message: '请选择审核结论' }]}>
          <Radio.Group
            options={[
              { value: true, label: '通过，销号' },
              { value: false, label: '退回重办' },
            ]}
            optionType="button"
            buttonStyle="solid"
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) =>
            getFieldValue('accept') === false ? (
              <Form.Item
                name="reason"
                label="退回理由"
                rules={[{ required: true, message: '请说明需补充的内容' }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
            ) : (
              // An approval records its opinion too (审核意见, issue 20 §1): kept on TaskAccepted with the sign-off.
              getFieldValue('accept') === true && (
                <Form.Item name="reason" label="审核意见（可不填）">
                  <Input.TextArea rows={2} placeholder="如：核查属实，处置到位，同意销号" />
                </Form.Item>
              )
            )
          }
        </Form.Item>
      </FormModal>

      <FormModal<{ approve: boolean; reason?: string }>
        open={dialog === 'decide'}
        title="审批延期"
        onClose={close}
        loading={decide.loading}
        initialValues={{ approve: true }}
        onSubmit={async (v) =>
          done(
            await decide.run(
              { input: { ...base, approve: v.approve, reason: v.reason ?? '' } },
              v.approve ? '已同意延期' : '已不同意延期',
            ),
          )
        }
      >
        {task.pendingExtension && (
          <p>
            申请延至 <b>{fmt(task.pendingExtension.requestedDueAt)}</b>：{task.pendingExtension.reason}
          </p>
        )}
        <Form.Item name="approve">
          <Radio.Group
            options={[
              { value: true, label: '同意' },
              { value: false, label: '不同意' },
            ]}
            optionType="button"
            buttonStyle="solid"
          />
        </Form.Item>
        <Form.Item name="reason" label="意见">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal<{ content: string; replyDueAt: dayjs.Dayjs }>
        open={dialog === 'supervise'}
        title="督办（舆情督报）"
        onClose={close}
        loading={supervise.loading}
        initialValues={{ replyDueAt: dayjs().add(2, 'hour') }}
        onSubmit={async (v) =>
          done(
            await supervise.run(
              { input: { ...base, content: v.content, replyDueAt: v.replyDueAt.toISOString() } },
              '已发出督办通知',
            ),
          )
        }
      >
        <Form.Item name="content" label="督办内容" rules={[{ required: true }]}>
          <Input.TextArea rows={3} placeholder="请核实情况、解决问题并回应关切" />
        </Form.Item>
        <Form.Item name="replyDueAt" label="回复时限" rules={[{ required: true }]}>
          <DatePicker showTime format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </FormModal>

      <ReasonDialog
        open={dialog === 'cancel'}
        title="撤销工单"
        label="撤销理由"
        onClose={close}
        loading={cancel.loading}
        onSubmit={async (reason) => done(await cancel.run({ input: { ...base, reason } }, '已撤销工单'))}
      />
    </>
  );
}
