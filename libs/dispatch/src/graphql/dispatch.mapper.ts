import { Action, decide, Principal, UnitKind } from '@app/access';
import { Grade, TaskRole } from '@app/incidents';
import { ACTION_OF_TASK_OPERATION } from '../commands/task-actions';
import { letterTarget, taskTarget } from '../commands/dispatch.service';
import { allowedTaskOperations, initialTaskState, TaskOperation, TaskState } from '../domain/task.decider';
import { lateness } from '../domain/task-lateness';
import { DeadlineRule, TaskKind, TaskStatus } from '../domain/task.enums';
import { LetterView } from '../projections/letter-view.entity';
import { TaskView } from '../projections/task-view.entity';
import { LetterAction, TaskAction } from './dispatch-enums.graphql';
import { RiskLetterType, TaskType } from './dispatch.types';

const OPEN = [TaskStatus.DISPATCHED, TaskStatus.SIGNED, TaskStatus.IN_PROGRESS, TaskStatus.REWORK];

/** The decider's view of a task row: enough to say what it allows next. */
function stateOf(t: TaskView): TaskState {
  return {
    ...initialTaskState(),
    exists: true,
    incidentId: t.incidentId,
    status: t.status as TaskStatus,
    dueAt: t.dueAt,
    hardDueAt: t.hardDueAt,
    pendingExtension: t.pendingExtension
      ? {
          requestId: t.pendingExtension.requestId,
          requestedDueAt: new Date(t.pendingExtension.requestedDueAt),
        }
      : null,
  };
}

export function toTaskType(t: TaskView, now: Date, p: Principal): TaskType {
  const target = taskTarget(t);
  const can = (op: TaskOperation) =>
    // Only a township hands work on to its villages.
    (op !== 'redispatchTask' || p.unitKind === UnitKind.TOWNSHIP) &&
    decide(p, ACTION_OF_TASK_OPERATION[op], target).allowed;
  return {
    id: t.taskId,
    incidentId: t.incidentId,
    incidentTitle: t.incidentTitle,
    grade: t.grade as Grade | null,
    confidential: t.confidential,
    status: t.status as TaskStatus,
    role: t.role as TaskRole,
    kind: t.kind as TaskKind,
    requirements: t.requirements,
    dispatcherUnitId: t.dispatcherUnitId,
    assigneeUnitId: t.assigneeUnitId,
    parentTaskId: t.parentTaskId,
    dispatchedAt: t.dispatchedAt,
    dueAt: t.dueAt,
    originalDueAt: t.originalDueAt,
    hardDueAt: t.hardDueAt,
    deadlineRule: t.deadlineRule as DeadlineRule,
    overdue: OPEN.includes(t.status as TaskStatus) && t.dueAt.getTime() < now.getTime(),
    signedAt: t.signedAt,
    responsible:
      t.responsibleUserId && t.responsibleName
        ? { userId: t.responsibleUserId, name: t.responsibleName }
        : null,
    handedInAt: t.handedInAt,
    settledAt: t.settledAt,
    ...lateness(
      {
        status: t.status as TaskStatus,
        dueAt: t.dueAt,
        firstHandIn: t.handedInAt ? { late: t.late, lateByMinutes: t.lateByMinutes } : null,
      },
      now,
    ),
    feedback: t.feedback ? { ...t.feedback, at: new Date(t.feedback.at) } : null,
    history: t.history.map((h) => ({
      type: h.type,
      by: h.by,
      byUnit: h.byUnit,
      at: new Date(h.at),
      detail: JSON.stringify(h.detail),
    })),
    pendingExtension: t.pendingExtension
      ? {
          id: t.pendingExtension.requestId,
          requestedDueAt: new Date(t.pendingExtension.requestedDueAt),
          reason: t.pendingExtension.reason,
          by: t.pendingExtension.by,
          at: new Date(t.pendingExtension.at),
        }
      : null,
    supervisions: t.supervisions.map((s) => ({
      id: s.noticeId,
      content: s.content,
      replyDueAt: new Date(s.replyDueAt),
      by: s.by,
      at: new Date(s.at),
      automatic: s.automatic === true,
      escalatedAt: s.escalatedAt ? new Date(s.escalatedAt) : null,
    })),
    reminders: t.reminders,
    returns: t.returns,
    reworks: t.reworks,
    allowedActions: allowedTaskOperations(stateOf(t)).filter(can) as TaskAction[],
    version: t.version,
  };
}

/**
 * A letter is signed once per recipient unit: offered to a recipient that has not signed, if the policy lets it.
 * Files (the stamped scan, the recipient's materials) are added by whoever the policy lets attach to it.
 */
function letterActions(l: LetterView, p: Principal): LetterAction[] {
  const unsigned = l.receipts.some((r) => r.unitId === p.unitId && !r.signedAt);
  return [
    ...(unsigned && decide(p, Action.LetterSign, letterTarget(l)).allowed
      ? [LetterAction.signRiskLetter]
      : []),
    ...(decide(p, Action.EvidenceAttach, letterTarget(l)).allowed ? [LetterAction.attachFile] : []),
  ];
}

export function toLetterType(l: LetterView, p: Principal): RiskLetterType {
  return {
    id: l.letterId,
    incidentId: l.incidentId,
    senderUnitId: l.senderUnitId,
    title: l.title,
    risk: l.risk,
    level: l.level as Grade,
    scope: l.scope,
    watchPoints: l.watchPoints,
    requestedMeasures: l.requestedMeasures,
    confidential: l.confidential,
    sentAt: l.sentAt,
    receiptDueAt: l.receiptDueAt,
    receipts: l.receipts.map((r) => ({
      unitId: r.unitId,
      signed: !!r.signedAt,
      signedAt: r.signedAt ? new Date(r.signedAt) : null,
      signedBy: r.signedBy,
    })),
    allowedActions: letterActions(l, p),
    version: l.version,
  };
}
