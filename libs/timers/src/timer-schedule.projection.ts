import { EntityManager } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import {
  DeadlinePolicyInForce,
  LetterEventType,
  reminderTimes,
  RiskLetterChasedData,
  RiskLetterSentData,
  TaskDispatchedData,
  TaskEscalatedData,
  TaskEventType,
  TaskExtensionDecidedData,
  TaskOverdueData,
  TaskRemindedData,
} from '@app/dispatch';
import { IncidentEventType } from '@app/incidents';
import { IntakeEventType, IntakeItemReceivedData, IntakeItemReplyRemindedData } from '@app/intake';
import {
  CountyDeadlines,
  DEFAULT_TIMER_SETTINGS,
  DeadlineStep,
  StepRule,
  stepRule,
  TimerSettings,
} from '@app/organization';
import { FLASH_REPORT_RAISED, FlashReportRaisedData } from './flash-report';
import { TIMER_LAPSED, TimerLapsedData } from './timer-lapse';
import { SubjectType, TimerKind, timerId, TimerOutcome } from './timer-kinds';

const MINUTE = 60_000;
const MAJOR = ['I', 'II'];

interface Arm {
  kind: TimerKind;
  subjectType: SubjectType;
  subjectId: string;
  incidentId: string | null;
  countyId: string | null;
  dueAt: Date;
  payload: Record<string, unknown>;
  n?: number;
}

/** The reminder settings a task was dispatched under (older tasks: the defaults). */
const taskSettings = (policy: DeadlinePolicyInForce | null | undefined): TimerSettings => ({
  ...DEFAULT_TIMER_SETTINGS,
  ...(policy?.timers ?? {}),
});

/** The 督办 reply rule a task was dispatched under (older tasks: the default cell). */
const supervisionReply = (policy: DeadlinePolicyInForce | null | undefined): StepRule =>
  policy?.rules?.find((r) => r.step === DeadlineStep.SUPERVISION_REPLY) ??
  stepRule(null, null, DeadlineStep.SUPERVISION_REPLY);

/**
 * The schedule of timers, folded from the log (ADR 0009): dispatch arms a task's reminders and deadline, an
 * extension moves them, hand-in, acceptance, return and cancellation drop them, the platform's own events mark
 * them fired, and a lapse (a due timer that found nothing to do) closes one. Arming is an upsert that never revives a fired timer, so replays and rebuilds converge.
 */
export class TimerScheduleProjection implements Projection {
  readonly name = 'timer-schedule';
  readonly tables = ['timer'];
  readonly eventTypes = [
    TaskEventType.Dispatched,
    TaskEventType.Signed,
    TaskEventType.ProgressReported,
    TaskEventType.Returned,
    TaskEventType.ExtensionDecided,
    TaskEventType.HandedIn,
    TaskEventType.Accepted,
    TaskEventType.SentBack,
    TaskEventType.Cancelled,
    TaskEventType.Reminded,
    TaskEventType.Overdue,
    TaskEventType.Escalated,
    LetterEventType.Sent,
    LetterEventType.Chased,
    LetterEventType.Escalated,
    IncidentEventType.Reported,
    IncidentEventType.Assessed,
    FLASH_REPORT_RAISED,
    TIMER_LAPSED,
    IntakeEventType.ItemReceived,
    IntakeEventType.ItemReplied,
    IntakeEventType.ItemReplyReminded,
  ];

  async clear(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM timer`);
  }

  /** Events at or before this log position were recorded before timers existed: they arm nothing. */
  private epoch: bigint | null = null;

  async apply(events: RecordedEvent[], m: EntityManager): Promise<void> {
    if (this.epoch === null) {
      const [row] = await m.query<{ after: string }[]>(
        `SELECT after_position::text AS after FROM timer_epoch`,
      );
      this.epoch = BigInt(row?.after ?? '0');
    }
    for (const e of events) if (e.globalPosition > this.epoch) await this.applyOne(e, m);
  }

  private async applyOne(e: RecordedEvent, m: EntityManager): Promise<void> {
    const d = e.data;
    switch (e.type) {
      case TaskEventType.Dispatched: {
        const t = d as unknown as TaskDispatchedData;
        const settings = taskSettings(t.policy);
        const reply = supervisionReply(t.policy);
        const base = {
          subjectType: 'TASK' as const,
          subjectId: t.taskId,
          incidentId: t.incidentId,
          countyId: t.countyId,
        };
        await this.arm(m, {
          ...base,
          kind: TimerKind.TASK_SIGN_FOR,
          dueAt: new Date(t.signForDueAt ?? Date.parse(t.at) + 60 * MINUTE),
          payload: {},
        });
        if (t.firstReplyDueAt)
          await this.arm(m, {
            ...base,
            kind: TimerKind.TASK_FIRST_REPLY,
            dueAt: new Date(t.firstReplyDueAt),
            payload: {},
          });
        await this.armDeadline(m, base, new Date(t.at), new Date(t.dueAt), settings, reply, t.remindAt);
        return;
      }
      case TaskEventType.Signed:
        return this.disarm(m, String(d.taskId), [TimerKind.TASK_SIGN_FOR]);
      case TaskEventType.ProgressReported:
        return this.disarm(m, String(d.taskId), [TimerKind.TASK_FIRST_REPLY]);
      case TaskEventType.ExtensionDecided: {
        const x = d as unknown as TaskExtensionDecidedData;
        if (!x.newDueAt) return;
        const current = await this.taskDeadline(m, x.taskId);
        if (!current) return;
        // The escalation of an earlier overdue notice goes too: with more time the task is not late.
        await this.disarm(m, x.taskId, [
          TimerKind.TASK_NEARLY_DUE,
          TimerKind.TASK_OVERDUE,
          TimerKind.TASK_ESCALATE,
        ]);
        await this.armDeadline(
          m,
          current.base,
          new Date(x.at),
          new Date(x.newDueAt),
          current.settings,
          current.reply,
          x.remindAt,
        );
        return;
      }
      case TaskEventType.SentBack: {
        // Back to work on the same deadline: its reminders and overdue notice count again (unless they fired), and
        // an overdue notice not yet escalated escalates when its reply falls due (at once if it has).
        const current = await this.taskDeadline(m, String(d.taskId));
        if (current)
          await this.armDeadline(
            m,
            current.base,
            current.from,
            current.dueAt,
            current.settings,
            current.reply,
            current.remindAt,
          );
        await m.query(
          `UPDATE timer SET armed = true, outcome = NULL WHERE subject_id = $1 AND kind = $2 AND fired_at IS NULL`,
          [String(d.taskId), TimerKind.TASK_ESCALATE],
        );
        return;
      }
      case TaskEventType.HandedIn:
      case TaskEventType.Accepted:
      case TaskEventType.Returned:
      case TaskEventType.Cancelled:
        return this.disarm(m, String(d.taskId), [
          TimerKind.TASK_SIGN_FOR,
          TimerKind.TASK_FIRST_REPLY,
          TimerKind.TASK_NEARLY_DUE,
          TimerKind.TASK_OVERDUE,
          TimerKind.TASK_ESCALATE,
        ]);
      case TaskEventType.Reminded: {
        const r = d as unknown as TaskRemindedData;
        if (r.timerId) await this.fired(m, r.timerId, r.at);
        return;
      }
      case TaskEventType.Overdue: {
        const o = d as unknown as TaskOverdueData;
        await this.fired(m, o.timerId, o.at);
        const overdue = await this.taskDeadline(m, o.taskId);
        await this.arm(m, {
          kind: TimerKind.TASK_ESCALATE,
          subjectType: 'TASK',
          subjectId: o.taskId,
          incidentId: o.incidentId,
          countyId: overdue?.base.countyId ?? null,
          dueAt: new Date(o.replyDueAt),
          payload: { noticeId: o.noticeId },
        });
        return;
      }
      case TaskEventType.Escalated: {
        const x = d as unknown as TaskEscalatedData;
        return this.fired(m, x.timerId, x.at);
      }
      case LetterEventType.Sent: {
        const l = d as unknown as RiskLetterSentData;
        await this.arm(m, {
          kind: TimerKind.LETTER_CHASE,
          subjectType: 'LETTER',
          subjectId: l.letterId,
          incidentId: l.incidentId,
          countyId: l.countyId,
          dueAt: new Date(l.receiptDueAt),
          payload: { level: l.level },
        });
        return;
      }
      case LetterEventType.Chased: {
        const c = d as unknown as RiskLetterChasedData;
        await this.fired(m, c.timerId, c.at);
        const chase = await this.timer(m, c.timerId);
        // Raised when the chase goes unanswered as long as a 督办 may (the letter's grade, on the clock).
        const policy = await this.countyPolicy(m, chase?.county_id ?? null);
        const level = (chase?.payload.level as string | undefined) ?? 'IV';
        const reply = stepRule(policy, level, DeadlineStep.SUPERVISION_REPLY);
        await this.arm(m, {
          kind: TimerKind.LETTER_ESCALATE,
          subjectType: 'LETTER',
          subjectId: c.letterId,
          incidentId: c.incidentId,
          countyId: chase?.county_id ?? null,
          dueAt: new Date(Date.parse(c.at) + reply.minutes * MINUTE),
          payload: {},
        });
        return;
      }
      case LetterEventType.Escalated: {
        const c = d as unknown as RiskLetterChasedData;
        return this.fired(m, c.timerId, c.at);
      }
      case IncidentEventType.Reported: {
        const countyId = (d.countyId as string | null) ?? null;
        const settings = {
          ...DEFAULT_TIMER_SETTINGS,
          ...((await this.countyPolicy(m, countyId))?.timers ?? {}),
        };
        await this.arm(m, {
          kind: TimerKind.INCIDENT_UNASSESSED,
          subjectType: 'INCIDENT',
          subjectId: String(d.incidentId),
          incidentId: String(d.incidentId),
          countyId,
          dueAt: new Date(Date.parse(String(d.reportedAt)) + settings.flashMinutes * MINUTE),
          payload: { reportedAt: d.reportedAt },
        });
        return;
      }
      case IncidentEventType.Assessed: {
        const incidentId = String(d.incidentId);
        await this.disarm(m, incidentId, [TimerKind.INCIDENT_UNASSESSED]);
        // A major incident (II/I) calls for a 舆情快报 at once — the first time it reaches that grade.
        if (MAJOR.includes(String(d.grade)) && !MAJOR.includes(String(d.previousGrade))) {
          const rows: { county_id: string | null }[] = await m.query(
            `SELECT county_id FROM timer WHERE subject_id = $1 AND kind = $2 LIMIT 1`,
            [incidentId, TimerKind.INCIDENT_UNASSESSED],
          );
          await this.arm(m, {
            kind: TimerKind.INCIDENT_MAJOR,
            subjectType: 'INCIDENT',
            subjectId: incidentId,
            incidentId,
            countyId: rows[0]?.county_id ?? null,
            dueAt: new Date(String(d.assessedAt)),
            payload: { grade: d.grade, assessedAt: d.assessedAt },
          });
        }
        return;
      }
      case IntakeEventType.ItemReceived: {
        // A 留言板/信箱 message's own deadline: reminded like a task's (the county's reminder settings), then 超期.
        const r = d as unknown as IntakeItemReceivedData;
        if (!r.replyDueAt) return;
        const settings = {
          ...DEFAULT_TIMER_SETTINGS,
          ...((await this.countyPolicy(m, r.countyId))?.timers ?? {}),
        };
        const base = {
          subjectType: 'INTAKE_ITEM' as const,
          subjectId: r.itemId,
          incidentId: null,
          countyId: r.countyId,
          payload: { dueAt: r.replyDueAt },
        };
        const from = new Date(r.sighting.at);
        const dueAt = new Date(r.replyDueAt);
        for (const [n, at] of reminderTimes(from, dueAt, settings).entries())
          await this.arm(m, { ...base, kind: TimerKind.MESSAGE_REPLY_NEARLY_DUE, dueAt: at, n: n + 1 });
        await this.arm(m, { ...base, kind: TimerKind.MESSAGE_REPLY_OVERDUE, dueAt });
        return;
      }
      case IntakeEventType.ItemReplied:
        return this.disarm(m, String(d.itemId), [
          TimerKind.MESSAGE_REPLY_NEARLY_DUE,
          TimerKind.MESSAGE_REPLY_OVERDUE,
        ]);
      case IntakeEventType.ItemReplyReminded: {
        const x = d as unknown as IntakeItemReplyRemindedData;
        return this.fired(m, x.timerId, x.at);
      }
      case FLASH_REPORT_RAISED: {
        const f = d as unknown as FlashReportRaisedData;
        return this.fired(m, f.timerId, f.at);
      }
      case TIMER_LAPSED: {
        // Fell due with nothing to do; unlike a fired one, a later event (work sent back) may arm it again.
        const l = d as unknown as TimerLapsedData;
        await m.query(
          `UPDATE timer SET armed = false, outcome = $2 WHERE timer_id = $1 AND armed AND fired_at IS NULL`,
          [l.timerId, TimerOutcome.NOTHING_TO_DO],
        );
        return;
      }
    }
  }

  /**
   * Reminders at a share of the time and shortly before the deadline, and the deadline itself. The reminders are the
   * ones the command placed (on the deadline's clock, working time included: `remindAt`); tasks from before they
   * were recorded are reminded on the wall clock, as they always were.
   */
  private async armDeadline(
    m: EntityManager,
    base: { subjectType: 'TASK'; subjectId: string; incidentId: string; countyId: string | null },
    from: Date,
    dueAt: Date,
    settings: TimerSettings,
    reply: StepRule,
    remindAt?: string[],
  ): Promise<void> {
    const payload = { dueAt: dueAt.toISOString(), from: from.toISOString(), settings, reply, remindAt };
    const distinct = remindAt ? remindAt.map((at) => new Date(at)) : reminderTimes(from, dueAt, settings);
    for (const [n, at] of distinct.entries())
      await this.arm(m, { ...base, kind: TimerKind.TASK_NEARLY_DUE, dueAt: at, payload, n: n + 1 });
    await this.arm(m, { ...base, kind: TimerKind.TASK_OVERDUE, dueAt, payload });
  }

  /** The task's current deadline as last armed, with what it was armed under. */
  private async taskDeadline(m: EntityManager, taskId: string) {
    const rows: {
      incident_id: string;
      county_id: string | null;
      payload: {
        dueAt: string;
        from: string;
        settings: TimerSettings;
        reply?: StepRule;
        remindAt?: string[];
      };
    }[] = await m.query(
      `SELECT incident_id, county_id, payload FROM timer WHERE subject_id = $1 AND kind = $2
        ORDER BY due_at DESC LIMIT 1`,
      [taskId, TimerKind.TASK_OVERDUE],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      base: {
        subjectType: 'TASK' as const,
        subjectId: taskId,
        incidentId: r.incident_id,
        countyId: r.county_id,
      },
      from: new Date(r.payload.from),
      dueAt: new Date(r.payload.dueAt),
      settings: { ...DEFAULT_TIMER_SETTINGS, ...r.payload.settings },
      reply: r.payload.reply ?? supervisionReply(null),
      remindAt: r.payload.remindAt,
    };
  }

  /** Letters and incidents are timed by the county's policy in force when the timer is armed. */
  private async countyPolicy(m: EntityManager, countyId: string | null): Promise<CountyDeadlines | null> {
    if (!countyId) return null;
    const rows: { policy: CountyDeadlines | null }[] = await m.query(
      `SELECT deadline_policy AS policy FROM county_view WHERE county_id = $1`,
      [countyId],
    );
    return rows[0]?.policy ?? null;
  }

  private async timer(m: EntityManager, id: string) {
    const rows: { county_id: string | null; payload: Record<string, unknown> }[] = await m.query(
      `SELECT county_id, payload FROM timer WHERE timer_id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  private async arm(m: EntityManager, a: Arm): Promise<void> {
    await m.query(
      `INSERT INTO timer (timer_id, kind, subject_type, subject_id, incident_id, county_id, due_at, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (timer_id) DO UPDATE SET armed = true, outcome = NULL
        WHERE timer.fired_at IS NULL`,
      [
        timerId(a.kind, a.subjectId, a.dueAt, a.n),
        a.kind,
        a.subjectType,
        a.subjectId,
        a.incidentId,
        a.countyId,
        a.dueAt,
        JSON.stringify(a.payload),
      ],
    );
  }

  private async disarm(m: EntityManager, subjectId: string, kinds: TimerKind[]): Promise<void> {
    await m.query(
      `UPDATE timer SET armed = false, outcome = $3 WHERE subject_id = $1 AND kind = ANY($2) AND armed`,
      [subjectId, kinds, TimerOutcome.DISARMED],
    );
  }

  private async fired(m: EntityManager, id: string, at: string): Promise<void> {
    await m.query(
      `UPDATE timer SET armed = false, fired_at = coalesce(fired_at, $2), outcome = $3 WHERE timer_id = $1`,
      [id, at, TimerOutcome.FIRED],
    );
  }
}
