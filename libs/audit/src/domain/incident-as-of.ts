import { RecordedEvent } from '@app/kernel';
import {
  evolveIncident,
  INCIDENT_STREAM_TYPE,
  IncidentEvent,
  IncidentEventType,
  IncidentReportedData,
  IncidentState,
  initialIncidentState,
  TaskRole,
} from '@app/incidents/domain';
import {
  evolveLetter,
  evolveTask,
  initialLetterState,
  initialTaskState,
  LETTER_STREAM_TYPE,
  LetterEvent,
  TASK_STREAM_TYPE,
  TaskDispatchedData,
  TaskEvent,
  TaskEventType,
  TaskKind,
  TaskState,
  TaskStatus,
} from '@app/dispatch/domain';
import {
  evolveStatement,
  initialStatementState,
  STATEMENT_STREAM_TYPE,
  StatementEvent,
  StatementStatus,
} from '@app/response/domain';

export interface TaskAsOf {
  taskId: string;
  assigneeUnitId: string;
  dispatcherUnitId: string;
  role: TaskRole;
  kind: TaskKind;
  status: TaskStatus;
  dueAt: Date;
  hardDueAt: Date;
  extensionPending: boolean;
  parentTaskId: string | null;
}

export interface LetterAsOf {
  letterId: string;
  recipientUnitIds: string[];
  signedUnitIds: string[];
}

export interface StatementAsOf {
  statementId: string;
  status: StatementStatus;
}

/** An incident as it stood at a moment, folded from the log with the same `evolve` functions its commands use. */
export interface IncidentAsOf {
  incidentId: string;
  at: Date;
  /** False when the incident had not been registered yet at that moment. */
  exists: boolean;
  title: string | null;
  confidential: boolean;
  reportedAt: Date | null;
  state: IncidentState;
  tasks: TaskAsOf[];
  letters: LetterAsOf[];
  statements: StatementAsOf[];
  eventsApplied: number;
  /** The last event applied, `transactionId:position`; null when none. */
  lastPosition: string | null;
  lastEventAt: Date | null;
}

/**
 * Folds the incident's events (in log order) recorded at or before `at`. Every event of the incident's own streams
 * counts; deliveries to inboxes do not change the incident's state.
 */
export function incidentAsOf(incidentId: string, events: RecordedEvent[], at: Date): IncidentAsOf {
  let incident = initialIncidentState();
  let reported: IncidentReportedData | null = null;
  const tasks = new Map<string, { state: TaskState; dispatched: TaskDispatchedData }>();
  const letters = new Map<string, ReturnType<typeof initialLetterState>>();
  const statements = new Map<string, ReturnType<typeof initialStatementState>>();
  let applied = 0;
  let last: RecordedEvent | null = null;
  for (const e of events) {
    if (e.recordedAt > at) continue;
    const data = e.data as { taskId?: string; letterId?: string; statementId?: string };
    switch (e.streamType) {
      case INCIDENT_STREAM_TYPE: {
        const ev = { type: e.type, data: e.data } as unknown as IncidentEvent;
        if (ev.type === IncidentEventType.Reported) reported = ev.data;
        incident = evolveIncident(incident, ev);
        break;
      }
      case TASK_STREAM_TYPE: {
        const ev = { type: e.type, data: e.data } as unknown as TaskEvent;
        const id = data.taskId!;
        const t = tasks.get(id);
        if (ev.type === TaskEventType.Dispatched)
          tasks.set(id, { state: evolveTask(initialTaskState(), ev), dispatched: ev.data });
        else if (t) t.state = evolveTask(t.state, ev);
        break;
      }
      case LETTER_STREAM_TYPE: {
        const id = data.letterId!;
        letters.set(id, evolveLetter(letters.get(id) ?? initialLetterState(), e as unknown as LetterEvent));
        break;
      }
      case STATEMENT_STREAM_TYPE: {
        const id = data.statementId!;
        statements.set(
          id,
          evolveStatement(statements.get(id) ?? initialStatementState(), e as unknown as StatementEvent),
        );
        break;
      }
      default:
        continue;
    }
    applied++;
    last = e;
  }

  return {
    incidentId,
    at,
    exists: incident.exists,
    title: reported?.title ?? null,
    confidential: reported?.confidential ?? false,
    reportedAt: reported ? new Date(reported.reportedAt) : null,
    state: incident,
    tasks: [...tasks.entries()].map(([taskId, { state, dispatched }]) => ({
      taskId,
      assigneeUnitId: dispatched.assigneeUnitId,
      dispatcherUnitId: dispatched.dispatcherUnitId,
      role: dispatched.role,
      kind: dispatched.kind,
      status: state.status!,
      dueAt: state.dueAt!,
      hardDueAt: state.hardDueAt!,
      extensionPending: state.pendingExtension !== null,
      parentTaskId: dispatched.parentTaskId,
    })),
    letters: [...letters.entries()].map(([letterId, l]) => ({
      letterId,
      recipientUnitIds: l.recipients,
      signedUnitIds: l.signed,
    })),
    statements: [...statements.entries()].map(([statementId, s]) => ({ statementId, status: s.status! })),
    eventsApplied: applied,
    lastPosition: last ? `${last.transactionId}:${last.globalPosition}` : null,
    lastEventAt: last?.recordedAt ?? null,
  };
}
