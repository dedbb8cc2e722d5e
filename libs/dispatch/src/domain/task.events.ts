import { TaskRole } from '@app/incidents/domain';
import { DeadlinePolicyInForce } from './deadline-policy';
import { DeadlineRule, TaskKind } from './task.enums';

export const TaskEventType = {
  Dispatched: 'TaskDispatched',
  Signed: 'TaskSigned',
  Returned: 'TaskReturned',
  ProgressReported: 'TaskProgressReported',
  ExtensionRequested: 'TaskExtensionRequested',
  ExtensionDecided: 'TaskExtensionDecided',
  HandedIn: 'TaskHandedIn',
  Accepted: 'TaskAccepted',
  SentBack: 'TaskSentBack',
  Redispatched: 'TaskRedispatched',
  Supervised: 'TaskSupervised',
  Reminded: 'TaskReminded',
  Cancelled: 'TaskCancelled',
  Overdue: 'TaskOverdue',
  Escalated: 'TaskEscalated',
  ResponsibleNamed: 'TaskResponsibleNamed',
} as const;

export const TASK_STREAM_TYPE = 'Task';
export const taskStreamId = (taskId: string) => `task-${taskId}`;

/** Who did it, when, on which task and incident: on every task event. */
interface Stamp {
  taskId: string;
  incidentId: string;
  by: string;
  byUnit: string;
  at: string;
}

/** 派单: a task for one unit, with requirements and a deadline from the county's policy (or given). */
export interface TaskDispatchedData extends Stamp {
  countyId: string | null;
  dispatcherUnitId: string;
  assigneeUnitId: string;
  role: TaskRole;
  kind: TaskKind;
  requirements: string;
  dueAt: string;
  hardDueAt: string;
  deadlineRule: DeadlineRule;
  /** The policy in force at dispatch; absent on tasks dispatched before it was recorded. */
  policy?: DeadlinePolicyInForce | null;
  /** Reminders to sign for it and to give a first reply fall due then (absent on older tasks). */
  signForDueAt?: string;
  firstReplyDueAt?: string;
  /**
   * When its nearly-due reminders fall, placed at dispatch on the deadline's own clock (working time when the county
   * counts the deadline so). Absent on older tasks: their reminders are placed on the wall clock.
   */
  remindAt?: string[];
  /** The deadline counts office hours: the reminders of an extension are placed in working time too. */
  remindOnWorkingTime?: boolean;
  parentTaskId: string | null;
  parentAssigneeUnitId: string | null;
  incidentTitle: string;
  grade: string | null;
  /** 涉密: notifications and subscriptions carry only a reference (002). */
  confidential: boolean;
}

export interface TaskReturnedData extends Stamp {
  reason: string;
}

/** 办单: what was done, online (网上) and offline (网下). */
export interface TaskProgressReportedData extends Stamp {
  online: string[];
  offline: string[];
  note: string;
}

export interface TaskExtensionRequestedData extends Stamp {
  requestId: string;
  requestedDueAt: string;
  reason: string;
}

/** The original deadline stays on record beside the new one. */
export interface TaskExtensionDecidedData extends Stamp {
  requestId: string;
  approved: boolean;
  reason: string;
  previousDueAt: string;
  newDueAt: string | null;
  /** The nearly-due reminders before the new due time, placed as at dispatch (absent: older tasks, wall clock). */
  remindAt?: string[];
}

/** 交单: written feedback (书面反馈) — facts found, measures, result, evidence. Late ones are marked, never hidden. */
export interface TaskHandedInData extends Stamp {
  factsFound: string;
  measures: string;
  result: string;
  evidence: string[];
  dueAt: string;
  late: boolean;
  lateByMinutes: number;
}

export interface TaskReviewData extends Stamp {
  reason: string;
}

export interface TaskRedispatchedData extends Stamp {
  childTaskId: string;
  villageUnitId: string;
  requirements: string;
}

/** 督办 (舆情督报, 004): a notice to verify, solve and respond, with its own deadline. */
export interface TaskSupervisedData extends Stamp {
  noticeId: string;
  content: string;
  replyDueAt: string;
  /** Sent by the platform when the task fell overdue (absent: by a person). */
  automatic?: boolean;
}

/** Why the platform reminded (absent: a person did). */
export type AutomaticReminder = 'SIGN_FOR' | 'FIRST_REPLY' | 'NEARLY_DUE';

/** 催办: a reminder. */
export interface TaskRemindedData extends Stamp {
  note: string;
  /** The timer that sent it, for reminders the platform sends. */
  timerId?: string;
  automatic?: AutomaticReminder;
}

/**
 * The task's due time passed before it was handed in. Written by the platform (its timer), together with an
 * automatic 督办 whose reply is due at `replyDueAt`.
 */
export interface TaskOverdueData extends Stamp {
  timerId: string;
  dueAt: string;
  noticeId: string;
  replyDueAt: string;
}

/** Still not handed in when the automatic 督办's reply fell due: raised to the dispatching unit's leaders. */
export interface TaskEscalatedData extends Stamp {
  timerId: string;
  noticeId: string;
  replyDueAt: string;
}

/** 责任人: the person in the receiving unit who answers for the task (000 §六3 责任到人; 003 §二(三) 专人跟踪). */
export interface TaskResponsible {
  userId: string;
  name: string;
}

/** 签收, naming who is responsible (absent on tasks signed before 责任人 were recorded). */
export interface TaskSignedData extends Stamp {
  responsible?: TaskResponsible;
}

/** Another person of the unit answers for the task from now on; the earlier one stays on record. */
export interface TaskResponsibleNamedData extends Stamp {
  responsible: TaskResponsible;
  previous: TaskResponsible | null;
}

export interface TaskCancelledData extends Stamp {
  reason: string;
}

export type TaskEvent =
  | { type: typeof TaskEventType.Dispatched; data: TaskDispatchedData }
  | { type: typeof TaskEventType.Signed; data: TaskSignedData }
  | { type: typeof TaskEventType.Returned; data: TaskReturnedData }
  | { type: typeof TaskEventType.ProgressReported; data: TaskProgressReportedData }
  | { type: typeof TaskEventType.ExtensionRequested; data: TaskExtensionRequestedData }
  | { type: typeof TaskEventType.ExtensionDecided; data: TaskExtensionDecidedData }
  | { type: typeof TaskEventType.HandedIn; data: TaskHandedInData }
  | { type: typeof TaskEventType.Accepted; data: TaskReviewData }
  | { type: typeof TaskEventType.SentBack; data: TaskReviewData }
  | { type: typeof TaskEventType.Redispatched; data: TaskRedispatchedData }
  | { type: typeof TaskEventType.Supervised; data: TaskSupervisedData }
  | { type: typeof TaskEventType.Reminded; data: TaskRemindedData }
  | { type: typeof TaskEventType.Cancelled; data: TaskCancelledData }
  | { type: typeof TaskEventType.Overdue; data: TaskOverdueData }
  | { type: typeof TaskEventType.Escalated; data: TaskEscalatedData }
  | { type: typeof TaskEventType.ResponsibleNamed; data: TaskResponsibleNamedData };
