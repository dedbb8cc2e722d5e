import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata, EventStore } from '@app/event-store';
import { DispatchService, platformContext } from '@app/dispatch';
import { IntakeReplyTimers } from '@app/intake';
import { deliverToInbox } from '@app/inbox';
import {
  evolveIncident,
  IncidentEvent,
  IncidentEventType,
  IncidentReportedData,
  incidentStreamId,
  initialIncidentState,
} from '@app/incidents';
import { Clock, deterministicUuid, PeriodicTask } from '@app/kernel';
import { JobQueue } from '@app/jobs';
import {
  prefilledFlashReport,
  SPECIAL_REPORT_STREAM_TYPE,
  SpecialReportEventType,
  specialReportStreamId,
} from '@app/reports';
import {
  DEFAULT_TIMER_SETTINGS,
  DeadlineStep,
  OrganizationDirectory,
  StepRule,
  stepRule,
  TimerSettings,
} from '@app/organization';
import {
  FLASH_REPORT_STREAM_TYPE,
  FlashReason,
  flashReportDecider,
  flashReportStreamId,
} from './flash-report';
import { SubjectType, TimerKind, TimerOutcome } from './timer-kinds';
import { TIMER_LAPSE_STREAM_TYPE, timerLapseDecider, timerLapseStreamId } from './timer-lapse';
import { timerNotes } from './timer-notes';

export const TIMER_OPTIONS = Symbol('TIMER_OPTIONS');

export interface TimerOptions {
  /** How often this process sweeps for due timers and runs them, in ms (0: only when `fireDue` is called). */
  tickMs: number;
  /** A job not completed within this time (its process died) is retried by another process. */
  jobExpireSeconds: number;
  retryDelaySeconds: number;
  /** Subjects run at once by one process: each is its own stream, so they do not contend. */
  concurrency: number;
}

export const DEFAULT_TIMER_OPTIONS: TimerOptions = {
  tickMs: 15_000,
  jobExpireSeconds: 60,
  retryDelaySeconds: 5,
  concurrency: 8,
};

export const TIMER_QUEUE = 'timers';

interface TimerRow {
  timer_id: string;
  kind: TimerKind;
  subject_type: SubjectType;
  subject_id: string;
  incident_id: string | null;
  county_id: string | null;
  due_at: Date;
  payload: Record<string, unknown>;
}

/** One timer that ran: what it was and whether it acted. */
export interface TimerRun {
  timerId: string;
  kind: TimerKind;
  subjectId: string;
  dueAt: Date;
  outcome: TimerOutcome;
}

const MINUTE = 60_000;

/** Where each kind of subject's own events are: its stream id is the prefix and the subject's id. */
const SUBJECT_STREAM_PREFIX: Record<SubjectType, string> = {
  TASK: 'task-',
  LETTER: 'letter-',
  INCIDENT: 'incident-',
  INTAKE_ITEM: 'intake-item-',
};

/**
 * Runs the timers (ADR 0009). A sweep queues one job per subject (task, letter, incident) with timers due on the
 * domain clock; pg-boss hands each job to one process (stately queue, singleton key = subject), retries it when
 * it fails and gives it to another process when the one running it dies. A job fires its subject's due timers in
 * order. Every effect is an append that remembers the timer, so a job run twice acts once.
 */
@Injectable()
export class TimerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Timers');
  private readonly periodic = new PeriodicTask(
    () => this.fireDue(),
    (err) => this.logger.error(`计时器运行失败 / timer round failed: ${err.message}`),
  );

  constructor(
    private readonly db: ScopedDb,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly dispatch: DispatchService,
    private readonly organization: OrganizationDirectory,
    private readonly executor: CommandExecutor,
    private readonly store: EventStore,
    private readonly replies: IntakeReplyTimers,
    @Inject(TIMER_OPTIONS) private readonly options: TimerOptions,
  ) {}

  onApplicationBootstrap(): void {
    // First round at once: timers that fell due while the system was down fire on start, in order.
    this.periodic.start(this.options.tickMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /**
   * Timers overdue for running: armed, due more than a few ticks ago. Only meaningful where this process runs them
   * on its own (a tick); null otherwise. For /healthz: a backlog means the timers are stuck or the queue is down.
   */
  async backlog(): Promise<{ late: number; oldestDueAt: Date } | null> {
    if (this.options.tickMs <= 0) return null;
    const before = new Date(this.clock.now().getTime() - Math.max(5 * this.options.tickMs, 5 * MINUTE));
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ late: number; oldest: Date | null }[]>(
        `SELECT count(*)::int AS late, min(due_at) AS oldest FROM timer WHERE armed AND due_at <= $1`,
        [before],
      ),
    );
    return row.late > 0 ? { late: row.late, oldestDueAt: new Date(row.oldest!) } : null;
  }

  /** Sweeps and runs everything due now. Tests call it after moving the clock. */
  async fireDue(): Promise<TimerRun[]> {
    await this.sweep();
    return this.drain();
  }

  /** Queues a job for each subject with a timer due, earliest first. Returns how many were queued anew. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const subjects = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ subject_id: string; subject_type: SubjectType }[]>(
        // A subject whose job waits, runs or awaits a retry is left alone: on a stately queue a second job for a
        // running one could never become active, and pg-boss's fetch then hands out nothing at all.
        `SELECT t.subject_id, t.subject_type FROM timer t
          WHERE t.armed AND t.due_at <= $1
            AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.singleton_key = t.subject_id
                              AND j.state IN ('created', 'retry', 'active'))
          GROUP BY t.subject_id, t.subject_type ORDER BY min(t.due_at), t.subject_id`,
        [now, TIMER_QUEUE],
      ),
    );
    let queued = 0;
    for (const s of subjects) {
      try {
        const id = await this.queue.send(
          TIMER_QUEUE,
          { subjectId: s.subject_id, subjectType: s.subject_type },
          {
            singletonKey: s.subject_id,
            expireInSeconds: this.options.jobExpireSeconds,
            retryDelay: this.options.retryDelaySeconds,
          },
        );
        if (id) queued++;
      } catch (err) {
        // One subject that cannot be queued now does not hold up the others; the next sweep tries again.
        this.logger.warn(`计时任务排队失败 / could not queue a timer job: ${(err as Error).message}`);
      }
    }
    return queued;
  }

  /**
   * Takes queued timer jobs until none is left, several subjects at a time (their commits share the log's group
   * commit), each subject's due timers in order.
   */
  async drain(): Promise<TimerRun[]> {
    const runs: TimerRun[] = [];
    for (;;) {
      const jobs = await this.queue.take<{ subjectId: string }>(TIMER_QUEUE, this.options.concurrency);
      if (jobs.length === 0) return runs;
      const done = await Promise.all(
        jobs.map(async (job) => {
          try {
            const ran = await this.runSubject(job.data.subjectId);
            await this.queue.complete(TIMER_QUEUE, job.id);
            return ran;
          } catch (err) {
            this.logger.warn(
              `计时任务失败，将重试 / timer job failed, will retry: ${(err as Error).message}`,
            );
            await this.queue.fail(TIMER_QUEUE, job.id, err as Error);
            return [];
          }
        }),
      );
      runs.push(...done.flat());
    }
  }

  private async runSubject(subjectId: string): Promise<TimerRun[]> {
    const now = this.clock.now();
    const due = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<TimerRow[]>(
        `SELECT timer_id, kind, subject_type, subject_id, incident_id, county_id, due_at, payload FROM timer
          WHERE subject_id = $1 AND armed AND due_at <= $2 ORDER BY due_at, timer_id`,
        [subjectId, now],
      ),
    );
    const runs: TimerRun[] = [];
    for (const t of due) {
      const acted = await this.fire(t, now);
      // Not fired: closed through the log (the schedule is a read model); a later event may arm it again.
      if (!acted) await this.lapse(t, now);
      runs.push({
        timerId: t.timer_id,
        kind: t.kind,
        subjectId: t.subject_id,
        dueAt: new Date(t.due_at),
        outcome: acted ? TimerOutcome.FIRED : TimerOutcome.NOTHING_TO_DO,
      });
    }
    return runs;
  }

  /** One timer's effect; false when it was overtaken by events or had already acted. */
  private async fire(t: TimerRow, now: Date): Promise<boolean> {
    const p = t.payload as { dueAt?: string; from?: string; reply?: StepRule; noticeId?: string };
    switch (t.kind) {
      case TimerKind.TASK_SIGN_FOR: {
        const task = await this.dispatch.taskFacts(t.subject_id);
        return this.dispatch.fireTaskTimer(
          t.subject_id,
          { kind: 'SIGN_FOR', timerId: t.timer_id, note: timerNotes.signFor(task.dispatchedAt) },
          now,
        );
      }
      case TimerKind.TASK_FIRST_REPLY:
        return this.dispatch.fireTaskTimer(
          t.subject_id,
          { kind: 'FIRST_REPLY', timerId: t.timer_id, note: timerNotes.firstReply() },
          now,
        );
      case TimerKind.TASK_NEARLY_DUE: {
        const dueAt = new Date(p.dueAt!);
        return this.dispatch.fireTaskTimer(
          t.subject_id,
          { kind: 'NEARLY_DUE', timerId: t.timer_id, dueAt, note: timerNotes.nearlyDue(dueAt, now) },
          now,
        );
      }
      case TimerKind.TASK_OVERDUE: {
        const dueAt = new Date(p.dueAt!);
        // The 督办's reply is due by the task's matrix cell, in working time if the county counts it so.
        const reply = p.reply ?? stepRule(null, null, DeadlineStep.SUPERVISION_REPLY);
        const replyDueAt =
          reply.onWorkingTime && t.county_id
            ? (await this.organization.holidayCalendar(t.county_id)).calendar.addWorkingMinutes(
                now,
                reply.minutes,
              ).dueAt
            : new Date(now.getTime() + reply.minutes * MINUTE);
        const note = timerNotes.overdue(dueAt, replyDueAt);
        return this.dispatch.fireTaskTimer(
          t.subject_id,
          {
            kind: 'OVERDUE',
            timerId: t.timer_id,
            dueAt,
            noticeId: deterministicUuid('automatic-supervision', t.timer_id),
            content: note.zh,
            replyDueAt,
            note,
          },
          now,
        );
      }
      case TimerKind.TASK_ESCALATE:
        return this.dispatch.fireTaskTimer(
          t.subject_id,
          {
            kind: 'ESCALATE',
            timerId: t.timer_id,
            noticeId: p.noticeId!,
            note: timerNotes.escalated(new Date(t.due_at)),
          },
          now,
        );
      case TimerKind.LETTER_CHASE:
        return this.dispatch.fireLetterTimer(
          t.subject_id,
          { kind: 'CHASE', timerId: t.timer_id, note: timerNotes.letterChased(new Date(t.due_at)) },
          now,
        );
      case TimerKind.LETTER_ESCALATE:
        return this.dispatch.fireLetterTimer(
          t.subject_id,
          { kind: 'ESCALATE', timerId: t.timer_id, note: timerNotes.letterEscalated() },
          now,
        );
      case TimerKind.INCIDENT_UNASSESSED:
        return this.flashReport(t, 'UNASSESSED', now);
      case TimerKind.INCIDENT_MAJOR:
        return this.flashReport(t, 'MAJOR', now);
      case TimerKind.MESSAGE_REPLY_NEARLY_DUE:
      case TimerKind.MESSAGE_REPLY_OVERDUE: {
        const owner = await this.subjectOwner(t);
        return this.replies.fire(
          t.subject_id,
          t.timer_id,
          t.kind === TimerKind.MESSAGE_REPLY_OVERDUE,
          platformContext(owner, t.timer_id, now),
        );
      }
    }
  }

  /**
   * 舆情快报 to the county centre's leaders: once per timer, and only while it still holds. Whether the incident is
   * still unassessed is read from its stream in the log, not from the incident read model: a model that lags (or a
   * projection marked broken) would report an assessed incident as unassessed, or the reverse.
   */
  private async flashReport(t: TimerRow, reason: FlashReason, now: Date): Promise<boolean> {
    const incident = await this.incidentFromLog(t.subject_id);
    if (!incident?.countyId) return false;
    if (reason === 'UNASSESSED' && incident.grade !== null) return false;
    const centre = await this.organization.countyCentreUnitId(incident.countyId);
    if (!centre) return false;
    const settings = { ...DEFAULT_TIMER_SETTINGS, ...(await this.countyTimers(incident.countyId)) };
    const grade = (t.payload.grade as string | undefined) ?? incident.grade;
    const note =
      reason === 'MAJOR' ? timerNotes.major(String(grade)) : timerNotes.unassessed(settings.flashMinutes);
    const ctx = platformContext(centre, t.timer_id, now);
    // The 快报 itself, pre-filled from the log for the centre to check and have signed off (002: 第一时间形成舆情快报).
    const reportId = deterministicUuid('flash-report', t.timer_id);
    const draft = prefilledFlashReport({
      reportId,
      timerId: t.timer_id,
      reason,
      centreUnitId: centre,
      incident: incident.events,
      unitNames: await this.unitNames(incident.events),
      unassessedMinutes: settings.flashMinutes,
      context: { now, actorUserId: ctx.actor.userId, actorUnitId: centre, actorName: '平台（快报预填）' },
    });
    const result = await this.executor.execute({
      streamId: flashReportStreamId(t.timer_id),
      streamType: FLASH_REPORT_STREAM_TYPE,
      decider: flashReportDecider,
      command: {
        type: 'RaiseFlashReport',
        report: {
          incidentId: incident.incidentId,
          countyId: incident.countyId,
          timerId: t.timer_id,
          reason,
          grade: reason === 'MAJOR' ? grade : null,
          since: String(reason === 'MAJOR' ? t.payload.assessedAt : t.payload.reportedAt),
          at: now.toISOString(),
        },
      },
      owningUnit: centre,
      metadata: commandMetadata('RaiseFlashReport', ctx),
      fingerprintOf: { timerId: t.timer_id },
      alsoWithin: async (tx, { events }) => {
        if (events.length === 0) return;
        // Raised and drafted together, or neither: one timer, one draft.
        await tx.append({
          streamId: specialReportStreamId(reportId),
          streamType: SPECIAL_REPORT_STREAM_TYPE,
          owningUnit: centre,
          expectedVersion: 'no-stream',
          events: draft.map((e) => ({ type: e.type, data: e.data as unknown as Record<string, unknown> })),
          metadata: { ...commandMetadata(SpecialReportEventType.Drafted, ctx), idempotencyKey: null },
        });
        await deliverToInbox(tx, ctx, {
          unitId: centre,
          kind: 'FLASH_REPORT',
          refType: 'SPECIAL_REPORT',
          refId: reportId,
          incidentId: incident.incidentId,
          incidentTitle: incident.title,
          confidential: incident.confidential,
          audience: 'LEADERS',
          note,
        });
      },
    });
    return result.events.length > 0;
  }

  /**
   * Whoever owns the timer's subject (the dispatcher of a task, the sender of a letter, the unit that registered an
   * incident, the unit whose source brought an item in): the platform acts for it.
   */
  private async subjectOwner(t: TimerRow): Promise<string> {
    const [owner] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ owning_unit: string }[]>(`SELECT owning_unit FROM es_streams WHERE stream_id = $1`, [
        `${SUBJECT_STREAM_PREFIX[t.subject_type]}${t.subject_id}`,
      ]),
    );
    return owner?.owning_unit ?? t.county_id ?? 'platform';
  }

  /** Records that a due timer found nothing to do; the schedule's projection closes it. */
  private async lapse(t: TimerRow, now: Date): Promise<void> {
    const unit = await this.subjectOwner(t);
    const ctx = { ...platformContext(unit, t.timer_id, now), idempotencyKey: undefined };
    await this.executor.execute({
      streamId: timerLapseStreamId(t.timer_id),
      streamType: TIMER_LAPSE_STREAM_TYPE,
      decider: timerLapseDecider,
      command: {
        type: 'LapseTimer',
        lapse: {
          timerId: t.timer_id,
          kind: t.kind,
          subjectType: t.subject_type,
          subjectId: t.subject_id,
          dueAt: new Date(t.due_at).toISOString(),
          at: now.toISOString(),
        },
      },
      owningUnit: unit,
      metadata: commandMetadata('LapseTimer', ctx),
    });
  }

  /** What a flash report needs of an incident, folded from its own stream. */
  private async incidentFromLog(incidentId: string) {
    const recorded = await this.store.readStream(incidentStreamId(incidentId));
    const first = recorded[0];
    if (!first || first.type !== IncidentEventType.Reported) return null;
    const reported = first.data as unknown as IncidentReportedData;
    const state = recorded.reduce(
      (s, r) => evolveIncident(s, { type: r.type, data: r.data } as unknown as IncidentEvent),
      initialIncidentState(),
    );
    return {
      incidentId,
      countyId: reported.countyId,
      title: reported.title,
      confidential: reported.confidential,
      grade: state.grade,
      events: recorded.map((r) => ({ type: r.type, data: r.data }) as unknown as IncidentEvent),
    };
  }

  /** The names of the units an incident's log names (its tasks' and linkage's), for the words of a 快报. */
  private async unitNames(events: readonly IncidentEvent[]): Promise<Map<string, string>> {
    const ids = new Set<string>();
    for (const e of events) {
      if (e.type === IncidentEventType.TaskAttached) ids.add(e.data.unitId);
      if (e.type === IncidentEventType.LinkageActivated) ids.add(e.data.leadUnitId);
    }
    const units = await this.organization.unitsByIds(SYSTEM_SCOPE, [...ids]);
    return new Map(units.map((u) => [u.unitId, u.name]));
  }

  private async countyTimers(countyId: string): Promise<Partial<TimerSettings>> {
    const county = await this.organization.countyFacts(countyId);
    return (county?.deadlinePolicy as { timers?: Partial<TimerSettings> } | null)?.timers ?? {};
  }
}
