import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { RecordDocuments } from '../RecordDocuments';
import { TaskActions } from '../TaskActions';
import { TaskAttachments } from '../TaskAttachments';
import { TaskStatusTag } from '../tags';
import { graphql } from '../../gql';
import type { TaskCardFieldsFragment } from '../../gql/graphql';
import { label, ROLE_SHORT } from '../../lib/labels';
import { dueText, fmt } from '../../lib/time';
import { sentBackReason } from '../../lib/task-rework';
import { useUnits } from '../../lib/units';

graphql(`
  fragment TaskCardFields on Task {
    id
    kind
    role
    status
    version
    assigneeUnitId
    requirements
    dueAt
    hardDueAt
    deadlineRule
    overdue
    late
    lateByMinutes
    reworks
    responsible {
      userId
      name
    }
    handedInAt
    allowedActions
    pendingExtension {
      requestedDueAt
      reason
    }
    feedback {
      factsFound
      measures
      result
      evidence
    }
    history {
      type
      detail
      at
    }
  }
`);

// A task handed in or settled is no longer running against its deadline.
const NO_LONGER_DUE = ['ACCEPTED', 'CANCELLED', 'RETURNED', 'HANDED_IN'];

/** One task (工单) on the 四单 board: who has it, its state and deadline, its feedback, and its buttons. */
export function TaskCard({
  task: t,
  now,
  onChanged,
}: {
  task: TaskCardFieldsFragment;
  now: number;
  onChanged: () => void;
}) {
  const units = useUnits();
  const d = dueText(t.dueAt, now);
  const open = !NO_LONGER_DUE.includes(t.status);
  return (
    <div className={`task-card ${t.overdue ? 'overdue' : ''}`} data-testid="task-card">
      <div className="task-card-head">
        <b>{units.name(t.assigneeUnitId)}</b>
        <Tag color={t.role === 'LEAD' ? 'blue' : 'default'}>{ROLE_SHORT[t.role]}</Tag>
      </div>
      <div className="task-card-meta">
        <TaskStatusTag status={t.status} />
        {t.kind !== 'STANDARD' && <Tag>{label('TaskKind', t.kind)}</Tag>}
        {t.reworks > 0 && <Tag color="orange">返工 {t.reworks}</Tag>}
        {/* One definition of 逾期 (the API's Task.late): handed in late, or past due and not handed in. */}
        {t.late && <Tag color="red">{t.handedInAt ? `逾期交单 ${t.lateByMinutes} 分` : '逾期未交单'}</Tag>}
      </div>
      <div className="task-req">{t.requirements}</div>
      {t.responsible && (
        <div className="muted" data-testid="task-responsible-name">
          责任人：{t.responsible.name}
        </div>
      )}
      {t.status === 'REWORK' && sentBackReason(t.history) && (
        <div className="task-ext" data-testid="rework-reason">
          退回理由：{sentBackReason(t.history)}
        </div>
      )}
      <div className="task-due">
        <ClockCircleOutlined /> {fmt(t.dueAt)}
        {t.deadlineRule === 'SAME_DAY_LEAST_TIME' && (
          <span className="muted" data-testid="task-least-time">
            {' '}
            · 当天所余不足最少办理时间，已顺延
          </span>
        )}
        {open && (
          <span style={{ color: d.overdue ? '#cf1322' : d.soon ? '#d48806' : '#8c8c8c' }}> · {d.text}</span>
        )}
      </div>
      {t.pendingExtension && (
        <div className="task-ext">申请延期至 {fmt(t.pendingExtension.requestedDueAt)}</div>
      )}
      {t.feedback && (
        <div className="task-feedback">
          <div>
            <b>核查：</b>
            {t.feedback.factsFound}
          </div>
          <div>
            <b>结果：</b>
            {t.feedback.result}
          </div>
        </div>
      )}
      <RecordDocuments kind="DISPATCH_NOTICE" recordId={t.id} />
      {t.feedback && <RecordDocuments kind="WRITTEN_FEEDBACK" recordId={t.id} />}
      <TaskAttachments task={t} />
      <TaskActions task={t} onDone={onChanged} />
    </div>
  );
}
