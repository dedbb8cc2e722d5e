import { RecordedEvent, RowProjection } from '@app/event-store';
import { LetterEventType, RiskLetterSentData, RiskLetterSignedData } from '../domain/letter.decider';
import { TaskStatus } from '../domain/task.enums';
import { TaskEvent, TaskEventType } from '../domain/task.events';
import { LetterView } from './letter-view.entity';
import { TaskView } from './task-view.entity';

const toTaskEvent = (e: RecordedEvent) => ({ type: e.type, data: e.data }) as unknown as TaskEvent;

/** Folds one task event into its row. Pure: times come from the events. */
export function applyToTaskView(row: TaskView | undefined, event: RecordedEvent): TaskView | undefined {
  const e = toTaskEvent(event);
  if (e.type === TaskEventType.Dispatched) {
    const d = e.data;
    return Object.assign(new TaskView(), {
      taskId: d.taskId,
      incidentId: d.incidentId,
      countyId: d.countyId,
      dispatcherUnitId: d.dispatcherUnitId,
      assigneeUnitId: d.assigneeUnitId,
      parentTaskId: d.parentTaskId,
      parentAssigneeUnitId: d.parentAssigneeUnitId,
      visibleUnits: [
        ...new Set(
          [d.dispatcherUnitId, d.assigneeUnitId, d.parentAssigneeUnitId].filter((u): u is string => !!u),
        ),
      ],
      role: d.role,
      kind: d.kind,
      status: TaskStatus.DISPATCHED,
      requirements: d.requirements,
      incidentTitle: d.incidentTitle,
      grade: d.grade,
      confidential: d.confidential,
      dispatchedAt: new Date(d.at),
      dispatchSeq: event.globalPosition.toString(),
      dueAt: new Date(d.dueAt),
      originalDueAt: new Date(d.dueAt),
      hardDueAt: new Date(d.hardDueAt),
      deadlineRule: d.deadlineRule,
      signedAt: null,
      responsibleUserId: null,
      responsibleName: null,
      handedInAt: null,
      settledAt: null,
      late: false,
      lateByMinutes: 0,
      feedback: null,
      history: [
        {
          type: e.type,
          by: d.by,
          byUnit: d.byUnit,
          at: d.at,
          detail: { requirements: d.requirements, dueAt: d.dueAt },
        },
      ],
      pendingExtension: null,
      supervisions: [],
      reminders: 0,
      returns: 0,
      reworks: 0,
      version: event.streamVersion,
      updatedAt: event.recordedAt,
    });
  }
  if (!row) return row;
  const d = e.data;
  const { taskId: _t, incidentId: _i, by, byUnit, at, ...detail } = d as typeof d & Record<string, unknown>;
  void _t;
  void _i;
  Object.assign(row, {
    version: event.streamVersion,
    updatedAt: event.recordedAt,
    history: [...row.history, { type: e.type, by, byUnit, at, detail }],
  });
  switch (e.type) {
    case TaskEventType.Signed:
      return Object.assign(row, {
        status: TaskStatus.SIGNED,
        signedAt: new Date(e.data.at),
        responsibleUserId: e.data.responsible?.userId ?? null,
        responsibleName: e.data.responsible?.name ?? null,
      });
    case TaskEventType.ResponsibleNamed:
      return Object.assign(row, {
        responsibleUserId: e.data.responsible.userId,
        responsibleName: e.data.responsible.name,
      });
    case TaskEventType.Returned:
      return Object.assign(row, { status: TaskStatus.RETURNED, returns: row.returns + 1 });
    case TaskEventType.ProgressReported:
      return Object.assign(row, { status: TaskStatus.IN_PROGRESS });
    case TaskEventType.ExtensionRequested:
      return Object.assign(row, {
        pendingExtension: {
          requestId: e.data.requestId,
          requestedDueAt: e.data.requestedDueAt,
          reason: e.data.reason,
          by: e.data.by,
          at: e.data.at,
        },
      });
    case TaskEventType.ExtensionDecided:
      return Object.assign(row, {
        pendingExtension: null,
        dueAt: e.data.newDueAt ? new Date(e.data.newDueAt) : row.dueAt,
      });
    case TaskEventType.HandedIn: {
      const h = e.data;
      return Object.assign(row, {
        status: TaskStatus.HANDED_IN,
        pendingExtension: null,
        handedInAt: new Date(h.at),
        // The first hand-in decides lateness (task-lateness.ts); rework handed in later does not change it.
        late: row.handedInAt === null ? h.late : row.late,
        lateByMinutes: row.handedInAt === null ? h.lateByMinutes : row.lateByMinutes,
        feedback: {
          factsFound: h.factsFound,
          measures: h.measures,
          result: h.result,
          evidence: h.evidence,
          late: h.late,
          lateByMinutes: h.lateByMinutes,
          by: h.by,
          at: h.at,
        },
      });
    }
    case TaskEventType.Accepted:
      return Object.assign(row, { status: TaskStatus.ACCEPTED, settledAt: new Date(e.data.at) });
    case TaskEventType.SentBack:
      return Object.assign(row, { status: TaskStatus.REWORK, reworks: row.reworks + 1 });
    case TaskEventType.Supervised:
      return Object.assign(row, {
        supervisions: [
          ...row.supervisions,
          {
            noticeId: e.data.noticeId,
            content: e.data.content,
            replyDueAt: e.data.replyDueAt,
            by: e.data.by,
            at: e.data.at,
            automatic: e.data.automatic === true,
            escalatedAt: null,
          },
        ],
      });
    case TaskEventType.Escalated:
      return Object.assign(row, {
        supervisions: row.supervisions.map((x) =>
          x.noticeId === e.data.noticeId ? { ...x, escalatedAt: e.data.at } : x,
        ),
      });
    case TaskEventType.Overdue:
      return row;
    case TaskEventType.Reminded:
      return Object.assign(row, { reminders: row.reminders + 1 });
    case TaskEventType.Cancelled:
      return Object.assign(row, {
        status: TaskStatus.CANCELLED,
        pendingExtension: null,
        settledAt: new Date(e.data.at),
      });
    case TaskEventType.Redispatched:
      return row;
  }
}

export function applyToLetterView(row: LetterView | undefined, e: RecordedEvent): LetterView | undefined {
  if (e.type === LetterEventType.Sent) {
    const d = e.data as unknown as RiskLetterSentData;
    return Object.assign(new LetterView(), {
      letterId: d.letterId,
      incidentId: d.incidentId,
      countyId: d.countyId,
      senderUnitId: d.senderUnitId,
      recipientUnitIds: d.recipientUnitIds,
      visibleUnits: [d.senderUnitId, ...d.recipientUnitIds],
      receipts: d.recipientUnitIds.map((unitId) => ({ unitId, signedAt: null, signedBy: null })),
      title: d.title,
      risk: d.risk,
      level: d.level,
      scope: d.scope,
      watchPoints: d.watchPoints,
      requestedMeasures: d.requestedMeasures,
      confidential: d.confidential,
      sentAt: new Date(d.at),
      receiptDueAt: new Date(d.receiptDueAt),
      sentBy: d.by,
      version: e.streamVersion,
      updatedAt: e.recordedAt,
    });
  }
  if (!row) return row;
  if (e.type !== LetterEventType.Signed)
    return Object.assign(row, { version: e.streamVersion, updatedAt: e.recordedAt });
  const d = e.data as unknown as RiskLetterSignedData;
  return Object.assign(row, {
    receipts: row.receipts.map((r) => (r.unitId === d.unitId ? { ...r, signedAt: d.at, signedBy: d.by } : r)),
    version: e.streamVersion,
    updatedAt: e.recordedAt,
  });
}

export const taskViewProjection = () =>
  new RowProjection<TaskView>({
    name: 'task-view',
    // 2: `late` is the first hand-in's (one definition of lateness, issue 27). 3: 责任人.
    version: 3,
    entity: TaskView,
    table: 'task_view',
    keyProperty: 'taskId',
    eventTypes: Object.values(TaskEventType),
    keyOf: (e) => String((e.data as { taskId?: string }).taskId),
    apply: applyToTaskView,
  });

export const letterViewProjection = () =>
  new RowProjection<LetterView>({
    name: 'letter-view',
    entity: LetterView,
    table: 'letter_view',
    keyProperty: 'letterId',
    eventTypes: Object.values(LetterEventType),
    keyOf: (e) => String((e.data as { letterId?: string }).letterId),
    apply: applyToLetterView,
  });
