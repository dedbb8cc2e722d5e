import { beijingDay, RecordedEvent } from '@app/kernel';
import {
  DeadlineRule,
  LetterEventType,
  RiskLetterChasedData,
  RiskLetterSentData,
  RiskLetterSignedData,
  TaskDispatchedData,
  TaskEventType,
  TaskExtensionDecidedData,
  TaskHandedInData,
  TaskOverdueData,
  TaskSupervisedData,
} from '@app/dispatch/domain';
import {
  IncidentAssessedData,
  IncidentEventType,
  IncidentNature,
  IncidentReportedData,
  WarningIssuedData,
} from '@app/incidents/domain';

/**
 * The per-unit, per-day facts the statistics and the 考核 are counted from (issue 24), folded from the log. Each
 * fact belongs to the Beijing day it happened on (a task fallen overdue: the day its due time passed; a letter not
 * signed for: the day its receipt was due) and is kept with the day it was *recorded* on when that is later
 * (`recordedOn`): a period's figures are those recorded by its last day, and what arrives after is a late
 * correction, shown beside them and never folded into them (ADR 0024).
 */
export const FACT_COUNTERS = [
  'tasksReceived',
  'tasksSigned',
  'signedLate',
  'tasksReturned',
  'handedIn',
  'handedInOnTime',
  'handedInLate',
  'lateMinutes',
  'lateUpTo1h',
  'late1To6h',
  'late6To24h',
  'late24To72h',
  'lateOver72h',
  'resubmitted',
  'sentBack',
  'accepted',
  'earlyClosures',
  'overdue',
  'extensionsRequested',
  'extensionsGranted',
  'supervised',
  'reminded',
  'escalated',
  'lettersReceived',
  'lettersSigned',
  'lettersSignedLate',
  'lettersMissed',
  'incidentsReported',
  'reportLagMinutes',
  'incidentsAssessed',
  'assessLagMinutes',
  'warningsIssued',
  'warnLagMinutes',
  'incidentsDispatched',
  'dispatchLagMinutes',
  // Inquiries (询问/质疑/诉求, 003 §三(一)): a handling opinion the same day. Each belongs to the day the task came in.
  'inquiryTasks',
  'inquiryReplies',
  'inquiryReplyLagMinutes',
  'inquiryRepliedSameDay',
] as const;
export type FactCounter = (typeof FACT_COUNTERS)[number];
export type FactCounters = Record<FactCounter, number>;

/**
 * Counts judged when read, under the county's limits in force on the day (迟报/漏报): not stored per day, since a
 * change of the limits must not need a rebuild, but added beside the stored counters everywhere they are summed.
 */
export const JUDGED_COUNTERS = ['lateReports', 'missedReports'] as const;
export type JudgedCounter = (typeof JUDGED_COUNTERS)[number];
export type Counters = FactCounters & Record<JudgedCounter, number>;
const ALL_COUNTERS = [...FACT_COUNTERS, ...JUDGED_COUNTERS];

export const emptyCounters = (): Counters => Object.fromEntries(ALL_COUNTERS.map((k) => [k, 0])) as Counters;

export function addCounters<C extends Partial<Counters>>(into: C, more: Partial<Counters>): C {
  const target = into as Record<string, number>;
  for (const k of ALL_COUNTERS) if (k in target || more[k]) target[k] = (target[k] ?? 0) + (more[k] ?? 0);
  return into;
}

/** The lateness distribution's buckets (by how late the first hand-in came), in order. */
export const LATENESS_BUCKETS: { counter: FactCounter; upToMinutes: number | null; label: string }[] = [
  { counter: 'lateUpTo1h', upToMinutes: 60, label: '1小时以内' },
  { counter: 'late1To6h', upToMinutes: 360, label: '1–6小时' },
  { counter: 'late6To24h', upToMinutes: 1440, label: '6–24小时' },
  { counter: 'late24To72h', upToMinutes: 4320, label: '1–3天' },
  { counter: 'lateOver72h', upToMinutes: null, label: '3天以上' },
];

const bucketOf = (minutes: number): FactCounter =>
  LATENESS_BUCKETS.find((b) => b.upToMinutes === null || minutes <= b.upToMinutes)!.counter;

/** What the fold must remember of a task between its events (its assignee is named on TaskDispatched alone). */
export interface TaskMemo {
  taskId: string;
  countyId: string;
  incidentId: string;
  assigneeUnitId: string;
  dispatcherUnitId: string;
  dispatchedAt: Date;
  dueAt: Date;
  /**
   * Each due time the task has had and from when (dispatch, then each extension granted), so "overdue at a period's
   * end" reads the one in force then, not today's (an extension granted after the period closed changes nothing).
   */
  dueHistory: { dueAt: string; from: string }[];
  signForDueAt: Date | null;
  firstHandInAt: Date | null;
  /** Returned (退回) or cancelled: nobody owes it from then on. */
  closedAt: Date | null;
  acceptedAt: Date | null;
  /**
   * For a task on an inquiry (the incident's nature when it was dispatched): the handling opinion is due the same
   * day (003 §三(一)) — the end of the dispatch's Beijing day, or the due time the platform gave instead when the
   * day had too little left (SAME_DAY_LEAST_TIME). Null for any other task.
   */
  replyDueAt: Date | null;
  /** The unit's first word on it: its first progress report (办理意见) or hand-in, whichever came first. */
  firstReplyAt: Date | null;
}

export interface LetterMemo {
  letterId: string;
  countyId: string;
  receiptDueAt: Date;
}

export interface IncidentMemo {
  incidentId: string;
  countyId: string;
  ownerUnitId: string;
  discoveredAt: Date;
  /** As last assessed (an inquiry's tasks owe a same-day reply). */
  nature: string | null;
  assessed: boolean;
  warned: boolean;
  dispatched: boolean;
}

export interface FoldMemory {
  tasks: Map<string, TaskMemo>;
  letters: Map<string, LetterMemo>;
  incidents: Map<string, IncidentMemo>;
}

export interface FactIncrement {
  countyId: string;
  unitId: string;
  /** The Beijing day the fact belongs to. */
  day: string;
  /** The Beijing day it was recorded on, if later than `day`; else `day`. */
  recordedOn: string;
  counters: Partial<FactCounters>;
}

/** Event types the fold reads (the projection subscribes to these alone). */
export const FACT_EVENT_TYPES: string[] = [
  TaskEventType.Dispatched,
  TaskEventType.Signed,
  TaskEventType.Returned,
  TaskEventType.ExtensionRequested,
  TaskEventType.ExtensionDecided,
  TaskEventType.HandedIn,
  TaskEventType.Accepted,
  TaskEventType.SentBack,
  TaskEventType.Supervised,
  TaskEventType.Reminded,
  TaskEventType.Cancelled,
  TaskEventType.Overdue,
  TaskEventType.Escalated,
  TaskEventType.ProgressReported,
  LetterEventType.Sent,
  LetterEventType.Signed,
  LetterEventType.Chased,
  IncidentEventType.Reported,
  IncidentEventType.Assessed,
  IncidentEventType.WarningIssued,
];

/** Which task, letter or incident an event concerns (to load its memo before the batch is folded). */
export function subjectOf(e: RecordedEvent): { kind: 'task' | 'letter' | 'incident'; id: string } | null {
  const d = e.data as { taskId?: string; letterId?: string; incidentId?: string };
  if (d.taskId && e.type.startsWith('Task')) return { kind: 'task', id: d.taskId };
  if (d.letterId) return { kind: 'letter', id: d.letterId };
  if (d.incidentId) return { kind: 'incident', id: d.incidentId };
  return null;
}

/** The last moment of a Beijing day, as the deadline policy's SAME_DAY rule counts it. */
const endOfBeijingDay = (at: Date) => new Date(Date.parse(`${beijingDay(at)}T23:59:59.999+08:00`));

const minutesBetween = (from: Date, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));

/**
 * Folds one event: the facts it adds, and the memos it changes (in `memory`, which the caller loaded for the
 * batch and saves after it). Pure apart from that memory: times come from the event, never the clock, so a rebuild
 * gives exactly the live rows.
 */
export function foldFacts(e: RecordedEvent, memory: FoldMemory): FactIncrement[] {
  const recorded = beijingDay(e.recordedAt);
  const fact = (countyId: string, unitId: string, at: Date, counters: Partial<FactCounters>) => {
    const day = beijingDay(at);
    return { countyId, unitId, day, recordedOn: recorded > day ? recorded : day, counters };
  };
  const d = e.data;
  const at = typeof d.at === 'string' ? new Date(d.at) : e.recordedAt;

  if (e.type === TaskEventType.Dispatched) {
    const t = e.data as unknown as TaskDispatchedData;
    if (!t.countyId) return [];
    const inquiry = memory.incidents.get(t.incidentId)?.nature === IncidentNature.INQUIRY_APPEAL;
    const replyDueAt = !inquiry
      ? null
      : t.deadlineRule === DeadlineRule.SAME_DAY_LEAST_TIME
        ? new Date(t.dueAt)
        : endOfBeijingDay(at);
    memory.tasks.set(t.taskId, {
      taskId: t.taskId,
      countyId: t.countyId,
      incidentId: t.incidentId,
      assigneeUnitId: t.assigneeUnitId,
      dispatcherUnitId: t.dispatcherUnitId,
      dispatchedAt: at,
      dueAt: new Date(t.dueAt),
      dueHistory: [{ dueAt: new Date(t.dueAt).toISOString(), from: at.toISOString() }],
      signForDueAt: t.signForDueAt ? new Date(t.signForDueAt) : null,
      firstHandInAt: null,
      closedAt: null,
      acceptedAt: null,
      replyDueAt,
      firstReplyAt: null,
    });
    const out = [
      fact(
        t.countyId,
        t.assigneeUnitId,
        at,
        replyDueAt ? { tasksReceived: 1, inquiryTasks: 1 } : { tasksReceived: 1 },
      ),
    ];
    // The centre's speed: discovery to its first dispatch on the incident (re-dispatch by a township is not it).
    const incident = memory.incidents.get(t.incidentId);
    if (incident && !incident.dispatched && !t.parentTaskId) {
      incident.dispatched = true;
      out.push(
        fact(t.countyId, t.dispatcherUnitId, at, {
          incidentsDispatched: 1,
          dispatchLagMinutes: minutesBetween(incident.discoveredAt, at),
        }),
      );
    }
    return out;
  }

  if (e.type.startsWith('Task')) {
    const task = memory.tasks.get(String(d.taskId));
    if (!task) return [];
    const unit = (counters: Partial<FactCounters>, when = at) =>
      fact(task.countyId, task.assigneeUnitId, when, counters);
    // An inquiry's first reply: counted on the day the task came in (a reply after that day's period closed is a
    // late correction of it), with the lag from dispatch and whether it came within the same-day limit.
    const reply: FactIncrement[] = [];
    if (
      (e.type === TaskEventType.ProgressReported || e.type === TaskEventType.HandedIn) &&
      task.replyDueAt &&
      !task.firstReplyAt
    ) {
      task.firstReplyAt = at;
      reply.push(
        unit(
          {
            inquiryReplies: 1,
            inquiryReplyLagMinutes: minutesBetween(task.dispatchedAt, at),
            inquiryRepliedSameDay: at <= task.replyDueAt ? 1 : 0,
          },
          task.dispatchedAt,
        ),
      );
    }
    switch (e.type) {
      case TaskEventType.ProgressReported:
        return reply;
      case TaskEventType.Signed:
        return [unit({ tasksSigned: 1, signedLate: task.signForDueAt && at > task.signForDueAt ? 1 : 0 })];
      case TaskEventType.Returned:
        task.closedAt ??= at;
        return [unit({ tasksReturned: 1 })];
      case TaskEventType.Cancelled:
        task.closedAt ??= at;
        return [];
      case TaskEventType.ExtensionRequested:
        return [unit({ extensionsRequested: 1 })];
      case TaskEventType.ExtensionDecided: {
        const x = e.data as unknown as TaskExtensionDecidedData;
        if (!x.approved || !x.newDueAt) return [];
        task.dueAt = new Date(x.newDueAt);
        task.dueHistory = [
          ...(task.dueHistory ?? []),
          { dueAt: task.dueAt.toISOString(), from: at.toISOString() },
        ];
        return [unit({ extensionsGranted: 1 })];
      }
      case TaskEventType.HandedIn: {
        const h = e.data as unknown as TaskHandedInData;
        // 逾期 is decided by the first hand-in (LATE_DEFINITION); rework handed in later is counted apart.
        if (task.firstHandInAt) return [unit({ resubmitted: 1 })];
        task.firstHandInAt = at;
        if (!h.late) return [unit({ handedIn: 1, handedInOnTime: 1 }), ...reply];
        const minutes = h.lateByMinutes;
        return [
          unit({ handedIn: 1, handedInLate: 1, lateMinutes: minutes, [bucketOf(minutes)]: 1 }),
          ...reply,
        ];
      }
      case TaskEventType.Accepted:
        task.acceptedAt ??= at;
        return [unit({ accepted: 1, earlyClosures: at < task.dueAt ? 1 : 0 })];
      case TaskEventType.SentBack:
        return [unit({ sentBack: 1 })];
      case TaskEventType.Supervised:
        // The automatic 督办 goes with TaskOverdue and is counted there.
        return (e.data as unknown as TaskSupervisedData).automatic ? [] : [unit({ supervised: 1 })];
      case TaskEventType.Reminded:
        return d.automatic ? [] : [unit({ reminded: 1 })];
      case TaskEventType.Overdue:
        // Belongs to the day the due time passed, whenever the platform's timer got to write it.
        return [unit({ overdue: 1 }, new Date((e.data as unknown as TaskOverdueData).dueAt))];
      case TaskEventType.Escalated:
        return [unit({ escalated: 1 })];
      default:
        return [];
    }
  }

  if (e.type === LetterEventType.Sent) {
    const l = e.data as unknown as RiskLetterSentData;
    if (!l.countyId) return [];
    memory.letters.set(l.letterId, {
      letterId: l.letterId,
      countyId: l.countyId,
      receiptDueAt: new Date(l.receiptDueAt),
    });
    return [...new Set(l.recipientUnitIds)].map((u) => fact(l.countyId!, u, at, { lettersReceived: 1 }));
  }
  if (e.type === LetterEventType.Signed) {
    const s = e.data as unknown as RiskLetterSignedData;
    const letter = memory.letters.get(s.letterId);
    if (!letter) return [];
    return [
      fact(letter.countyId, s.unitId, at, {
        lettersSigned: 1,
        lettersSignedLate: at > letter.receiptDueAt ? 1 : 0,
      }),
    ];
  }
  if (e.type === LetterEventType.Chased) {
    const c = e.data as unknown as RiskLetterChasedData;
    const letter = memory.letters.get(c.letterId);
    if (!letter) return [];
    return [...new Set(c.unsignedUnitIds)].map((u) =>
      fact(letter.countyId, u, letter.receiptDueAt, { lettersMissed: 1 }),
    );
  }

  if (e.type === IncidentEventType.Reported) {
    const r = e.data as unknown as IncidentReportedData;
    if (!r.countyId) return [];
    const reportedAt = new Date(r.reportedAt);
    const discoveredAt = new Date(r.discoveredAt);
    memory.incidents.set(r.incidentId, {
      incidentId: r.incidentId,
      countyId: r.countyId,
      ownerUnitId: e.owningUnit,
      discoveredAt,
      nature: null,
      assessed: false,
      warned: false,
      dispatched: false,
    });
    // Discovery to report (迟报, 003 §二): the reporting unit's lag.
    return [
      fact(r.countyId, r.reportingUnitId, reportedAt, {
        incidentsReported: 1,
        reportLagMinutes: minutesBetween(discoveredAt, reportedAt),
      }),
    ];
  }
  const incident = memory.incidents.get(String(d.incidentId));
  if (!incident) return [];
  if (e.type === IncidentEventType.Assessed)
    incident.nature = (e.data as unknown as IncidentAssessedData).nature;
  if (e.type === IncidentEventType.Assessed && !incident.assessed) {
    incident.assessed = true;
    const when = new Date((e.data as unknown as IncidentAssessedData).assessedAt);
    // The unit that judged it (the centre, for an incident a township reported up), not the one that registered it.
    return [
      fact(incident.countyId, e.metadata.actorUnit || incident.ownerUnitId, when, {
        incidentsAssessed: 1,
        assessLagMinutes: minutesBetween(incident.discoveredAt, when),
      }),
    ];
  }
  if (e.type === IncidentEventType.WarningIssued && !incident.warned) {
    incident.warned = true;
    const issuer = (e.data as unknown as WarningIssuedData).issuingUnitId || incident.ownerUnitId;
    return [
      fact(incident.countyId, issuer, at, {
        warningsIssued: 1,
        warnLagMinutes: minutesBetween(incident.discoveredAt, at),
      }),
    ];
  }
  return [];
}
