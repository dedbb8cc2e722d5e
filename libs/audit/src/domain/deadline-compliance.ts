import { RecordedEvent } from '@app/kernel';
import { TaskRole } from '@app/incidents/domain';
import {
  DeadlinePolicyInForce,
  DeadlineRule,
  lateness,
  TaskEvent,
  TaskEventType,
  TaskKind,
  TaskStatus,
} from '@app/dispatch/domain';

export interface ExtensionRecord {
  requestedAt: Date;
  requestedDueAt: Date;
  reason: string;
  decidedAt: Date | null;
  approved: boolean | null;
  decisionReason: string | null;
  previousDueAt: Date | null;
  newDueAt: Date | null;
}

export interface ReasonedStep {
  at: Date;
  byUnitId: string;
  reason: string;
}

export interface SupervisionRecord {
  at: Date;
  noticeId: string;
  replyDueAt: Date;
  automatic: boolean;
  escalatedAt: Date | null;
}

/** The facts of one task that accountability (追责) is built on, from its events alone. */
export interface TaskCompliance {
  taskId: string;
  incidentId: string;
  incidentTitle: string;
  assigneeUnitId: string;
  dispatcherUnitId: string;
  role: TaskRole;
  kind: TaskKind;
  deadlineRule: DeadlineRule;
  /** The county's deadline policy in force when it was dispatched (null: set from a parent task, or not recorded). */
  policyInForce: (DeadlinePolicyInForce & { rules: NonNullable<DeadlinePolicyInForce['rules']> }) | null;
  status: TaskStatus;
  dispatchedAt: Date;
  /** The deadline it was dispatched with, kept beside any extension. */
  originalDueAt: Date;
  dueAt: Date;
  hardDueAt: Date;
  signedAt: Date | null;
  firstHandedInAt: Date | null;
  lastHandedInAt: Date | null;
  acceptedAt: Date | null;
  cancelledAt: Date | null;
  extensions: ExtensionRecord[];
  returns: ReasonedStep[];
  reworks: ReasonedStep[];
  supervisions: SupervisionRecord[];
  reminders: Date[];
  /** Handed in after its deadline the first time (a late hand-in stays late through rework), or still open past it. */
  late: boolean;
  /** Minutes past the deadline: at the first hand-in, or up to `now` while still open. */
  overdueMinutes: number;
}

/** Reads one task's compliance from its stream's events (in order); null when the stream has no dispatch. */
export function taskCompliance(events: RecordedEvent[], now: Date): TaskCompliance | null {
  let c: TaskCompliance | null = null;
  for (const raw of events) {
    const e = { type: raw.type, data: raw.data } as unknown as TaskEvent;
    if (e.type === TaskEventType.Dispatched) {
      const d = e.data;
      c = {
        taskId: d.taskId,
        incidentId: d.incidentId,
        incidentTitle: d.incidentTitle,
        assigneeUnitId: d.assigneeUnitId,
        dispatcherUnitId: d.dispatcherUnitId,
        role: d.role,
        kind: d.kind,
        deadlineRule: d.deadlineRule,
        // Recorded before working time existed: it ran on the clock.
        policyInForce: d.policy
          ? {
              ...d.policy,
              onWorkingTime: d.policy.onWorkingTime ?? false,
              version: d.policy.version,
              rules: d.policy.rules ?? [],
            }
          : null,
        status: TaskStatus.DISPATCHED,
        dispatchedAt: new Date(d.at),
        originalDueAt: new Date(d.dueAt),
        dueAt: new Date(d.dueAt),
        hardDueAt: new Date(d.hardDueAt),
        signedAt: null,
        firstHandedInAt: null,
        lastHandedInAt: null,
        acceptedAt: null,
        cancelledAt: null,
        extensions: [],
        returns: [],
        reworks: [],
        supervisions: [],
        reminders: [],
        late: false,
        overdueMinutes: 0,
      };
      continue;
    }
    if (!c) continue;
    const at = new Date(e.data.at);
    switch (e.type) {
      case TaskEventType.Signed:
        c.signedAt ??= at;
        c.status = TaskStatus.SIGNED;
        break;
      case TaskEventType.Returned:
        c.returns.push({ at, byUnitId: e.data.byUnit, reason: e.data.reason });
        c.status = TaskStatus.RETURNED;
        break;
      case TaskEventType.ProgressReported:
        c.status = TaskStatus.IN_PROGRESS;
        break;
      case TaskEventType.ExtensionRequested:
        c.extensions.push({
          requestedAt: at,
          requestedDueAt: new Date(e.data.requestedDueAt),
          reason: e.data.reason,
          decidedAt: null,
          approved: null,
          decisionReason: null,
          previousDueAt: null,
          newDueAt: null,
        });
        break;
      case TaskEventType.ExtensionDecided: {
        const x = c.extensions[c.extensions.length - 1];
        if (x) {
          x.decidedAt = at;
          x.approved = e.data.approved;
          x.decisionReason = e.data.reason || null;
          x.previousDueAt = new Date(e.data.previousDueAt);
          x.newDueAt = e.data.newDueAt ? new Date(e.data.newDueAt) : null;
        }
        if (e.data.newDueAt) c.dueAt = new Date(e.data.newDueAt);
        break;
      }
      case TaskEventType.HandedIn:
        if (!c.firstHandedInAt) {
          c.firstHandedInAt = at;
          c.late = e.data.late;
          c.overdueMinutes = e.data.lateByMinutes;
        }
        c.lastHandedInAt = at;
        c.status = TaskStatus.HANDED_IN;
        break;
      case TaskEventType.Accepted:
        c.acceptedAt = at;
        c.status = TaskStatus.ACCEPTED;
        break;
      case TaskEventType.SentBack:
        c.reworks.push({ at, byUnitId: e.data.byUnit, reason: e.data.reason });
        c.status = TaskStatus.REWORK;
        break;
      case TaskEventType.Supervised:
        c.supervisions.push({
          at,
          noticeId: e.data.noticeId,
          replyDueAt: new Date(e.data.replyDueAt),
          automatic: e.data.automatic === true,
          escalatedAt: null,
        });
        break;
      case TaskEventType.Escalated: {
        const notice = c.supervisions.find((x) => x.noticeId === e.data.noticeId);
        if (notice) notice.escalatedAt = at;
        break;
      }
      case TaskEventType.Overdue:
        break;
      case TaskEventType.Reminded:
        c.reminders.push(at);
        break;
      case TaskEventType.Cancelled:
        c.cancelledAt = at;
        c.status = TaskStatus.CANCELLED;
        break;
      // Neither a village's part nor who answers for it changes a deadline.
      case TaskEventType.Redispatched:
      case TaskEventType.ResponsibleNamed:
        break;
    }
  }
  if (c) {
    // The one definition of lateness (dispatch's task-lateness), the same that Task.late reads.
    const judged = lateness(
      {
        status: c.status,
        dueAt: c.dueAt,
        firstHandIn: c.firstHandedInAt ? { late: c.late, lateByMinutes: c.overdueMinutes } : null,
      },
      now,
    );
    c.late = judged.late;
    c.overdueMinutes = judged.lateByMinutes;
  }
  return c;
}

export interface UnitComplianceSummary {
  tasks: number;
  handedIn: number;
  onTime: number;
  late: number;
  /** Still open and past the deadline. */
  openOverdue: number;
  cancelled: number;
  returns: number;
  reworks: number;
  supervisions: number;
  /** On-time hand-ins over all tasks that were handed in or fell due (null when none did). */
  onTimeRate: number | null;
}

export function summarize(tasks: TaskCompliance[]): UnitComplianceSummary {
  const handedIn = tasks.filter((t) => t.firstHandedInAt);
  const openOverdue = tasks.filter((t) => !t.firstHandedInAt && t.late);
  const onTime = handedIn.filter((t) => !t.late).length;
  const judged = handedIn.length + openOverdue.length;
  return {
    tasks: tasks.length,
    handedIn: handedIn.length,
    onTime,
    late: handedIn.length - onTime,
    openOverdue: openOverdue.length,
    cancelled: tasks.filter((t) => t.status === TaskStatus.CANCELLED).length,
    returns: tasks.reduce((n, t) => n + t.returns.length, 0),
    reworks: tasks.reduce((n, t) => n + t.reworks.length, 0),
    supervisions: tasks.reduce((n, t) => n + t.supervisions.length, 0),
    onTimeRate: judged ? Math.round((onTime / judged) * 1000) / 1000 : null,
  };
}
