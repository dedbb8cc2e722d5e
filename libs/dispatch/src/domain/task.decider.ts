import { HolidayCalendar } from '@app/calendar/domain';
import { DEFAULT_TIMER_SETTINGS, TimerSettings } from '@app/organization/domain';
import { DeadlinePolicyInForce } from './deadline-policy';
import { reminderTimes } from './reminders';
import { TaskRole } from '@app/incidents/domain';
import {
  AppError,
  Decider,
  checkReason,
  DecisionContext,
  ErrorCode,
  FieldProblem,
  LocalizedMessage,
  problem,
  textListProblems,
  textProblems,
  ValidationFailed,
} from '@app/kernel';
import {
  DispatchErrorReason,
  ResponsibleUnchanged,
  TaskAlreadyDispatched,
  TaskNotFound,
} from './dispatch.errors';
import { DeadlineRule, TASK_STATUS_LABELS, TaskKind, TaskStatus } from './task.enums';
import { TaskEvent, TaskEventType, TaskResponsible } from './task.events';

/** The kernel's one decision-context shape (who and when), under the name this decider's callers know. */
export type TaskDecisionContext = DecisionContext;

/** What a new task is, decided by the handler from the incident and the county's policy. */
export interface NewTask {
  incidentId: string;
  countyId: string | null;
  dispatcherUnitId: string;
  assigneeUnitId: string;
  role: TaskRole;
  kind: TaskKind;
  requirements: string;
  dueAt: Date;
  hardDueAt: Date;
  deadlineRule: DeadlineRule;
  /** The county's deadline policy the due time was set by (null when it came from the parent task). */
  policy: DeadlinePolicyInForce | null;
  /** When the platform reminds the unit to sign for it, and to give a first reply (the matrix). */
  signForDueAt?: Date;
  firstReplyDueAt?: Date;
  /** Nearly-due reminders, on the deadline's clock (reminders.ts), and whether that clock is working time. */
  remindAt?: Date[];
  remindOnWorkingTime?: boolean;
  parentTaskId: string | null;
  parentAssigneeUnitId: string | null;
  incidentTitle: string;
  grade: string | null;
  confidential: boolean;
}

export type TaskCommand = { taskId: string; context: TaskDecisionContext } & (
  | { type: 'DispatchTask'; task: NewTask }
  | { type: 'SignTask'; responsible?: TaskResponsible }
  | { type: 'NameTaskResponsible'; responsible: TaskResponsible }
  | { type: 'ReturnTask'; reason: string }
  | { type: 'ReportTaskProgress'; online: string[]; offline: string[]; note: string }
  | { type: 'RequestTaskExtension'; requestId: string; requestedDueAt: Date; reason: string }
  | {
      type: 'DecideTaskExtension';
      approve: boolean;
      reason: string;
      /** The county's holiday calendar (the handler's): an extension on working time is reminded in working time. */
      calendar?: HolidayCalendar;
    }
  | { type: 'HandInTask'; factsFound: string; measures: string; result: string; evidence: string[] }
  | { type: 'ReviewTask'; accept: boolean; reason: string }
  | { type: 'RecordRedispatch'; childTaskId: string; villageUnitId: string; requirements: string }
  | { type: 'SuperviseTask'; noticeId: string; content: string; replyDueAt: Date }
  | { type: 'RemindTask'; note: string }
  | { type: 'CancelTask'; reason: string }
  | { type: 'FireTaskTimer'; timer: TaskTimer }
);

/**
 * A timer of the task falling due (ADR 0009). It carries what it was armed for, so that a timer that is late,
 * repeated, or overtaken (the task was signed, handed in, given more time) decides nothing.
 */
export type TaskTimer = { timerId: string; note: LocalizedMessage } & (
  | { kind: 'SIGN_FOR' }
  | { kind: 'FIRST_REPLY' }
  | { kind: 'NEARLY_DUE'; dueAt: Date }
  | { kind: 'OVERDUE'; dueAt: Date; noticeId: string; content: string; replyDueAt: Date }
  | { kind: 'ESCALATE'; noticeId: string }
);

export interface TaskState {
  exists: boolean;
  incidentId: string | null;
  status: TaskStatus | null;
  dueAt: Date | null;
  hardDueAt: Date | null;
  pendingExtension: { requestId: string; requestedDueAt: Date } | null;
  /** Timers that have had their effect: each fires once. */
  firedTimers: string[];
  /** The automatic 督办 of the latest time the task fell overdue. */
  overdueNotice: { noticeId: string; replyDueAt: Date } | null;
  /** How its nearly-due reminders are placed (null: a task from before they were recorded). */
  reminders: { settings: TimerSettings; onWorkingTime: boolean } | null;
  /** 责任人 in the receiving unit (null: not named, or a task signed before they were recorded). */
  responsible: TaskResponsible | null;
}

export const initialTaskState = (): TaskState => ({
  exists: false,
  incidentId: null,
  status: null,
  dueAt: null,
  hardDueAt: null,
  pendingExtension: null,
  firedTimers: [],
  overdueNotice: null,
  reminders: null,
  responsible: null,
});

export const TASK_OPERATIONS = {
  signTask: { zh: '签收', en: 'signed for' },
  returnTask: { zh: '退回', en: 'returned' },
  reportTaskProgress: { zh: '报送进展', en: 'given progress' },
  requestTaskExtension: { zh: '申请延期', en: 'given more time' },
  decideTaskExtension: { zh: '审批延期', en: 'have an extension decided' },
  handInTask: { zh: '交单', en: 'handed in' },
  reviewTask: { zh: '审核', en: 'reviewed' },
  redispatchTask: { zh: '转派', en: 'handed on' },
  superviseTask: { zh: '督办', en: 'supervised' },
  remindTask: { zh: '催办', en: 'reminded' },
  cancelTask: { zh: '撤销', en: 'cancelled' },
  nameTaskResponsible: { zh: '变更责任人', en: 'given another person responsible' },
} as const;
export type TaskOperation = keyof typeof TASK_OPERATIONS;

const OPEN: TaskStatus[] = [
  TaskStatus.DISPATCHED,
  TaskStatus.SIGNED,
  TaskStatus.IN_PROGRESS,
  TaskStatus.REWORK,
  TaskStatus.HANDED_IN,
];
const WORKING: TaskStatus[] = [TaskStatus.SIGNED, TaskStatus.IN_PROGRESS, TaskStatus.REWORK];

/** What each state allows (DOMAIN §3: signed before handed in, handed in before reviewed). */
const BY_STATUS: Record<TaskStatus, TaskOperation[]> = {
  DISPATCHED: ['signTask', 'returnTask', 'superviseTask', 'remindTask', 'cancelTask'],
  SIGNED: [
    'reportTaskProgress',
    'requestTaskExtension',
    'handInTask',
    'redispatchTask',
    'nameTaskResponsible',
    'superviseTask',
    'remindTask',
    'cancelTask',
  ],
  IN_PROGRESS: [
    'reportTaskProgress',
    'requestTaskExtension',
    'handInTask',
    'redispatchTask',
    'nameTaskResponsible',
    'superviseTask',
    'remindTask',
    'cancelTask',
  ],
  REWORK: [
    'reportTaskProgress',
    'requestTaskExtension',
    'handInTask',
    'redispatchTask',
    'nameTaskResponsible',
    'superviseTask',
    'remindTask',
    'cancelTask',
  ],
  HANDED_IN: ['reviewTask', 'superviseTask', 'cancelTask'],
  ACCEPTED: [],
  RETURNED: ['cancelTask'],
  CANCELLED: [],
};

export function allowedTaskOperations(s: TaskState): TaskOperation[] {
  if (!s.exists || !s.status) return [];
  const ops = [...BY_STATUS[s.status]];
  if (s.pendingExtension) {
    ops.push('decideTaskExtension');
    return ops.filter((o) => o !== 'requestTaskExtension');
  }
  return ops;
}

export class InvalidTaskTransition extends AppError {
  constructor(attempted: TaskOperation, current: TaskStatus, allowed: TaskOperation[]) {
    const state = TASK_STATUS_LABELS[current];
    super(
      ErrorCode.INVALID_TRANSITION,
      DispatchErrorReason.TASK_INVALID_TRANSITION,
      {
        zh: `工单当前为「${state.zh}」，不能${TASK_OPERATIONS[attempted].zh}。可执行：${allowed.map((a) => TASK_OPERATIONS[a].zh).join('、') || '无'}`,
        en: `The task is ${state.en.toLowerCase()}; it cannot be ${TASK_OPERATIONS[attempted].en}. Allowed next: ${allowed.join(', ') || 'none'}`,
      },
      { currentState: current, attempted, allowedNext: allowed },
    );
  }
}

function permit(op: TaskOperation, s: TaskState, taskId: string): void {
  if (!s.exists || !s.status) throw new TaskNotFound(taskId);
  const allowed = allowedTaskOperations(s);
  if (!allowed.includes(op)) throw new InvalidTaskTransition(op, s.status, allowed);
}

function check(p: FieldProblem[]): void {
  if (p.length) throw new ValidationFailed(p);
}

export function decideTask(c: TaskCommand, s: TaskState): TaskEvent[] {
  const { taskId, context } = c;
  const stamp = () => ({
    taskId,
    incidentId: s.incidentId!,
    by: context.actorUserId,
    byUnit: context.actorUnitId,
    at: context.now.toISOString(),
  });
  switch (c.type) {
    case 'DispatchTask': {
      if (s.exists) throw new TaskAlreadyDispatched();
      const t = c.task;
      const p = textProblems('input.requirements', t.requirements, 1, 2000);
      if (t.dueAt.getTime() <= context.now.getTime())
        p.push(problem('input.dueAt', '完成时限须晚于现在', 'must be in the future'));
      if (t.dueAt.getTime() > t.hardDueAt.getTime()) {
        p.push(
          problem(
            'input.dueAt',
            `完成时限不能晚于 ${t.hardDueAt.toISOString()}（最迟时限）`,
            `cannot be later than the hard limit ${t.hardDueAt.toISOString()}`,
          ),
        );
      }
      check(p);
      return [
        {
          type: TaskEventType.Dispatched,
          data: {
            taskId,
            incidentId: t.incidentId,
            by: context.actorUserId,
            byUnit: context.actorUnitId,
            at: context.now.toISOString(),
            countyId: t.countyId,
            dispatcherUnitId: t.dispatcherUnitId,
            assigneeUnitId: t.assigneeUnitId,
            role: t.role,
            kind: t.kind,
            requirements: t.requirements.trim(),
            dueAt: t.dueAt.toISOString(),
            hardDueAt: t.hardDueAt.toISOString(),
            deadlineRule: t.deadlineRule,
            policy: t.policy,
            signForDueAt: t.signForDueAt?.toISOString(),
            firstReplyDueAt: t.firstReplyDueAt?.toISOString(),
            remindAt: t.remindAt?.map((d) => d.toISOString()),
            remindOnWorkingTime: t.remindAt ? (t.remindOnWorkingTime ?? false) : undefined,
            parentTaskId: t.parentTaskId,
            parentAssigneeUnitId: t.parentAssigneeUnitId,
            incidentTitle: t.incidentTitle,
            grade: t.grade,
            confidential: t.confidential,
          },
        },
      ];
    }
    case 'SignTask':
      permit('signTask', s, taskId);
      return [
        {
          type: TaskEventType.Signed,
          data: { ...stamp(), ...(c.responsible ? { responsible: c.responsible } : {}) },
        },
      ];
    case 'NameTaskResponsible':
      permit('nameTaskResponsible', s, taskId);
      if (s.responsible?.userId === c.responsible.userId) throw new ResponsibleUnchanged();
      return [
        {
          type: TaskEventType.ResponsibleNamed,
          data: { ...stamp(), responsible: c.responsible, previous: s.responsible },
        },
      ];
    case 'ReturnTask':
      permit('returnTask', s, taskId);
      checkReason('input.reason', c.reason, 1000, { zh: '退回工单', en: 'return a task' });
      return [{ type: TaskEventType.Returned, data: { ...stamp(), reason: c.reason.trim() } }];
    case 'ReportTaskProgress': {
      permit('reportTaskProgress', s, taskId);
      const p = [
        ...textListProblems('input.online', c.online, 20, 1000),
        ...textListProblems('input.offline', c.offline, 20, 1000),
      ];
      if (c.online.length + c.offline.length === 0 && !c.note.trim()) {
        p.push(problem('input', '请填写网上或网下处置措施', 'give at least one online or offline measure'));
      }
      p.push(...textProblems('input.note', c.note, 0, 2000));
      check(p);
      return [
        {
          type: TaskEventType.ProgressReported,
          data: {
            ...stamp(),
            online: c.online.map((x) => x.trim()),
            offline: c.offline.map((x) => x.trim()),
            note: c.note.trim(),
          },
        },
      ];
    }
    case 'RequestTaskExtension': {
      permit('requestTaskExtension', s, taskId);
      const p = textProblems('input.reason', c.reason, 1, 1000);
      if (c.requestedDueAt.getTime() <= s.dueAt!.getTime())
        p.push(problem('input.requestedDueAt', '须晚于当前时限', 'must be later than the current due time'));
      // 002: written feedback never later than 24 h; an extension cannot move past the hard limit.
      if (c.requestedDueAt.getTime() > s.hardDueAt!.getTime()) {
        p.push(
          problem(
            'input.requestedDueAt',
            `延期不能超过最迟时限 ${s.hardDueAt!.toISOString()}`,
            `cannot go past the hard limit ${s.hardDueAt!.toISOString()}`,
          ),
        );
      }
      check(p);
      return [
        {
          type: TaskEventType.ExtensionRequested,
          data: {
            ...stamp(),
            requestId: c.requestId,
            requestedDueAt: c.requestedDueAt.toISOString(),
            reason: c.reason.trim(),
          },
        },
      ];
    }
    case 'DecideTaskExtension': {
      permit('decideTaskExtension', s, taskId);
      if (!c.approve)
        checkReason('input.reason', c.reason, 1000, { zh: '不同意延期', en: 'refuse an extension' });
      const pending = s.pendingExtension!;
      // More time is reminded like the first: on the deadline's clock, from now to the new due time.
      const remindAt =
        c.approve && s.reminders
          ? reminderTimes(
              context.now,
              pending.requestedDueAt,
              s.reminders.settings,
              s.reminders.onWorkingTime ? c.calendar : undefined,
            ).map((d) => d.toISOString())
          : undefined;
      return [
        {
          type: TaskEventType.ExtensionDecided,
          data: {
            ...stamp(),
            requestId: pending.requestId,
            approved: c.approve,
            reason: c.reason.trim(),
            previousDueAt: s.dueAt!.toISOString(),
            newDueAt: c.approve ? pending.requestedDueAt.toISOString() : null,
            remindAt,
          },
        },
      ];
    }
    case 'HandInTask': {
      permit('handInTask', s, taskId);
      check([
        ...textProblems('input.factsFound', c.factsFound, 1, 5000),
        ...textProblems('input.measures', c.measures, 1, 5000),
        ...textProblems('input.result', c.result, 1, 5000),
        ...textListProblems('input.evidence', c.evidence, 20, 2000),
      ]);
      const lateBy = context.now.getTime() - s.dueAt!.getTime();
      return [
        {
          type: TaskEventType.HandedIn,
          data: {
            ...stamp(),
            factsFound: c.factsFound.trim(),
            measures: c.measures.trim(),
            result: c.result.trim(),
            evidence: c.evidence.map((x) => x.trim()),
            dueAt: s.dueAt!.toISOString(),
            late: lateBy > 0,
            lateByMinutes: lateBy > 0 ? Math.ceil(lateBy / 60_000) : 0,
          },
        },
      ];
    }
    case 'ReviewTask':
      permit('reviewTask', s, taskId);
      if (c.accept) return [{ type: TaskEventType.Accepted, data: { ...stamp(), reason: c.reason.trim() } }];
      checkReason('input.reason', c.reason, 2000, { zh: '退回重办', en: 'send work back' });
      return [{ type: TaskEventType.SentBack, data: { ...stamp(), reason: c.reason.trim() } }];
    case 'RecordRedispatch':
      permit('redispatchTask', s, taskId);
      return [
        {
          type: TaskEventType.Redispatched,
          data: {
            ...stamp(),
            childTaskId: c.childTaskId,
            villageUnitId: c.villageUnitId,
            requirements: c.requirements.trim(),
          },
        },
      ];
    case 'SuperviseTask': {
      permit('superviseTask', s, taskId);
      const p = textProblems('input.content', c.content, 1, 2000);
      if (c.replyDueAt.getTime() <= context.now.getTime())
        p.push(problem('input.replyDueAt', '回复时限须晚于现在', 'must be in the future'));
      check(p);
      return [
        {
          type: TaskEventType.Supervised,
          data: {
            ...stamp(),
            noticeId: c.noticeId,
            content: c.content.trim(),
            replyDueAt: c.replyDueAt.toISOString(),
          },
        },
      ];
    }
    case 'RemindTask':
      permit('remindTask', s, taskId);
      check(textProblems('input.note', c.note, 0, 1000));
      return [{ type: TaskEventType.Reminded, data: { ...stamp(), note: c.note.trim() } }];
    case 'CancelTask':
      permit('cancelTask', s, taskId);
      checkReason('input.reason', c.reason, 1000, { zh: '撤销工单', en: 'cancel a task' });
      return [{ type: TaskEventType.Cancelled, data: { ...stamp(), reason: c.reason.trim() } }];
    case 'FireTaskTimer':
      return fireTimer(c.timer, s, stamp, context.now);
  }
}

/** What a due timer does to the task now; nothing when it already fired or what it was armed for has passed. */
function fireTimer(
  t: TaskTimer,
  s: TaskState,
  stamp: () => { taskId: string; incidentId: string; by: string; byUnit: string; at: string },
  now: Date,
): TaskEvent[] {
  if (!s.exists || !s.status || s.firedTimers.includes(t.timerId)) return [];
  // Only work not yet handed in can be late: a handed-in task waits on the dispatcher, not on the unit.
  const owed = s.status === TaskStatus.DISPATCHED || isWorking(s.status);
  if (!owed) return [];
  const sameDue = (d: Date) => s.dueAt!.getTime() === d.getTime();
  // Past the deadline, the overdue notice and its 督办 say it all: no gentler reminders after them.
  const pastDue = now.getTime() >= s.dueAt!.getTime();
  switch (t.kind) {
    case 'SIGN_FOR':
      if (s.status !== TaskStatus.DISPATCHED || pastDue) return [];
      return [
        {
          type: TaskEventType.Reminded,
          data: { ...stamp(), note: t.note.zh, timerId: t.timerId, automatic: 'SIGN_FOR' },
        },
      ];
    case 'FIRST_REPLY':
      // A first reply is a progress report (办理意见): owed while none has come.
      if ((s.status !== TaskStatus.DISPATCHED && s.status !== TaskStatus.SIGNED) || pastDue) return [];
      return [
        {
          type: TaskEventType.Reminded,
          data: { ...stamp(), note: t.note.zh, timerId: t.timerId, automatic: 'FIRST_REPLY' },
        },
      ];
    case 'NEARLY_DUE':
      // Reminding after the deadline passed says nothing the overdue notice does not say better.
      if (!sameDue(t.dueAt) || now.getTime() >= t.dueAt.getTime()) return [];
      return [
        {
          type: TaskEventType.Reminded,
          data: { ...stamp(), note: t.note.zh, timerId: t.timerId, automatic: 'NEARLY_DUE' },
        },
      ];
    case 'OVERDUE':
      if (!sameDue(t.dueAt) || now.getTime() < t.dueAt.getTime()) return [];
      return [
        {
          type: TaskEventType.Overdue,
          data: {
            ...stamp(),
            timerId: t.timerId,
            dueAt: t.dueAt.toISOString(),
            noticeId: t.noticeId,
            replyDueAt: t.replyDueAt.toISOString(),
          },
        },
        {
          type: TaskEventType.Supervised,
          data: {
            ...stamp(),
            noticeId: t.noticeId,
            content: t.content,
            replyDueAt: t.replyDueAt.toISOString(),
            automatic: true,
          },
        },
      ];
    case 'ESCALATE':
      if (s.overdueNotice?.noticeId !== t.noticeId) return [];
      return [
        {
          type: TaskEventType.Escalated,
          data: {
            ...stamp(),
            timerId: t.timerId,
            noticeId: t.noticeId,
            replyDueAt: s.overdueNotice.replyDueAt.toISOString(),
          },
        },
      ];
  }
}

export function evolveTask(s: TaskState, e: TaskEvent): TaskState {
  switch (e.type) {
    case TaskEventType.Dispatched:
      return {
        ...s,
        exists: true,
        incidentId: e.data.incidentId,
        status: TaskStatus.DISPATCHED,
        dueAt: new Date(e.data.dueAt),
        hardDueAt: new Date(e.data.hardDueAt),
        reminders: e.data.remindAt
          ? {
              settings: { ...DEFAULT_TIMER_SETTINGS, ...(e.data.policy?.timers ?? {}) },
              onWorkingTime: e.data.remindOnWorkingTime ?? false,
            }
          : null,
      };
    case TaskEventType.Signed:
      return { ...s, status: TaskStatus.SIGNED, responsible: e.data.responsible ?? null };
    case TaskEventType.ResponsibleNamed:
      return { ...s, responsible: e.data.responsible };
    case TaskEventType.Returned:
      return { ...s, status: TaskStatus.RETURNED };
    case TaskEventType.ProgressReported:
      return { ...s, status: TaskStatus.IN_PROGRESS };
    case TaskEventType.ExtensionRequested:
      return {
        ...s,
        pendingExtension: { requestId: e.data.requestId, requestedDueAt: new Date(e.data.requestedDueAt) },
      };
    case TaskEventType.ExtensionDecided:
      // More time granted: an overdue notice before it no longer escalates (the task is not late any more).
      return e.data.newDueAt
        ? { ...s, pendingExtension: null, dueAt: new Date(e.data.newDueAt), overdueNotice: null }
        : { ...s, pendingExtension: null };
    case TaskEventType.HandedIn:
      return { ...s, status: TaskStatus.HANDED_IN, pendingExtension: null };
    case TaskEventType.Accepted:
      return { ...s, status: TaskStatus.ACCEPTED };
    case TaskEventType.SentBack:
      return { ...s, status: TaskStatus.REWORK };
    case TaskEventType.Cancelled:
      return { ...s, status: TaskStatus.CANCELLED, pendingExtension: null };
    case TaskEventType.Reminded:
      return e.data.timerId ? { ...s, firedTimers: [...s.firedTimers, e.data.timerId] } : s;
    case TaskEventType.Overdue:
      return {
        ...s,
        firedTimers: [...s.firedTimers, e.data.timerId],
        overdueNotice: { noticeId: e.data.noticeId, replyDueAt: new Date(e.data.replyDueAt) },
      };
    case TaskEventType.Escalated:
      return { ...s, firedTimers: [...s.firedTimers, e.data.timerId] };
    case TaskEventType.Redispatched:
    case TaskEventType.Supervised:
      return s;
  }
}

export const isOpen = (status: TaskStatus) => OPEN.includes(status);
export const isWorking = (status: TaskStatus) => WORKING.includes(status);

/** The task aggregate, built once beside decide/evolve (issue 18): every handler runs this one. */
export const taskDecider: Decider<TaskCommand, TaskEvent, TaskState> = {
  decide: decideTask,
  evolve: evolveTask,
  initialState: initialTaskState,
};
