import { RecordedEvent } from '@app/event-store';
import { DeadlineRule, TaskKind, taskDecider } from '@app/dispatch/domain';
import { TaskRole } from '@app/incidents/domain';
import { decided, recorded } from '@test/given-when-then';
import { openProjectionDb, ProjectionDb } from '../../../test/support/projection-db';
import { TimerKind, TimerOutcome, timerId } from './timer-kinds';
import { TIMER_LAPSED } from './timer-lapse';
import { TimerScheduleProjection } from './timer-schedule.projection';

/**
 * The timer schedule on the embedded PostgreSQL: its fold reads back what it armed (a task's deadline, to move or
 * re-arm it), so it is tested with its writer. Task events come from the real task decider; each test has its own
 * task.
 */
let pdb: ProjectionDb;
beforeAll(async () => {
  pdb = await openProjectionDb('timers');
});
afterAll(() => pdb.close());

type TaskCommand = Parameters<typeof taskDecider.decide>[0];
type Body<T> = T extends unknown ? Omit<T, 'taskId' | 'context'> : never;
const t0 = new Date('2026-03-02T02:00:00.000Z');
const at = (hours: number) => new Date(t0.getTime() + hours * 3600_000);
const dispatch: Body<TaskCommand> = {
  type: 'DispatchTask',
  task: {
    incidentId: 'i1',
    countyId: 'county-a',
    dispatcherUnitId: 'centre',
    assigneeUnitId: 'town',
    role: TaskRole.LEAD,
    kind: TaskKind.STANDARD,
    requirements: '核实补偿款发放情况并书面反馈',
    dueAt: at(12),
    hardDueAt: at(24),
    deadlineRule: DeadlineRule.WRITTEN_FEEDBACK,
    policy: null,
    signForDueAt: at(1),
    remindAt: [at(6), at(11)],
    parentTaskId: null,
    parentAssigneeUnitId: null,
    incidentTitle: '征地补偿争议',
    grade: 'III',
    confidential: false,
  },
};

/** Events after the timer epoch (the template's log is empty, so its epoch is 0): positions keep rising. */
let position = 1000n;
function task(taskId: string, ...steps: [number, Body<TaskCommand>][]): RecordedEvent[] {
  const commands = steps.map(([h, c]) => ({
    ...c,
    taskId,
    context: { now: at(h), actorUserId: 'clerk', actorUnitId: h === 0 ? 'centre' : 'town' },
  }));
  return recorded(decided(taskDecider, commands), { streamId: `task-${taskId}` }).map((e) => ({
    ...e,
    globalPosition: ++position,
  }));
}
const timers = (subjectId: string) =>
  pdb.sql<{ kind: string; due_at: Date; armed: boolean; outcome: string | null; fired_at: Date | null }>(
    `SELECT kind, due_at, armed, outcome, fired_at FROM timer WHERE subject_id = $1 ORDER BY due_at, kind`,
    [subjectId],
  );
const armed = async (subjectId: string) =>
  (await timers(subjectId)).filter((t) => t.armed).map((t) => [t.kind, t.due_at.toISOString()]);

it('a dispatch arms the sign-for reminder, the reminders it placed and the deadline', async () => {
  await pdb.apply(new TimerScheduleProjection(), task('t-arm', [0, dispatch]));
  expect(await armed('t-arm')).toEqual([
    [TimerKind.TASK_SIGN_FOR, at(1).toISOString()],
    [TimerKind.TASK_NEARLY_DUE, at(6).toISOString()],
    [TimerKind.TASK_NEARLY_DUE, at(11).toISOString()],
    [TimerKind.TASK_OVERDUE, at(12).toISOString()],
  ]);
});

it('signing for the task disarms only its sign-for reminder', async () => {
  await pdb.apply(new TimerScheduleProjection(), task('t-sign', [0, dispatch], [0.5, { type: 'SignTask' }]));
  const signFor = (await timers('t-sign')).find((t) => t.kind === TimerKind.TASK_SIGN_FOR)!;
  expect(signFor).toMatchObject({ armed: false, outcome: TimerOutcome.DISARMED });
  expect((await armed('t-sign')).map(([k]) => k)).toEqual([
    TimerKind.TASK_NEARLY_DUE,
    TimerKind.TASK_NEARLY_DUE,
    TimerKind.TASK_OVERDUE,
  ]);
});

it('an extension, in a later batch, moves the deadline: the old one is disarmed, the new one armed', async () => {
  const events = task(
    't-ext',
    [0, dispatch],
    [0.5, { type: 'SignTask' }],
    [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
    [3, { type: 'DecideTaskExtension', approve: true, reason: '' }],
  );
  await pdb.apply(new TimerScheduleProjection(), events.slice(0, 3));
  await pdb.apply(new TimerScheduleProjection(), events.slice(3));
  const overdue = (await timers('t-ext')).filter((t) => t.kind === TimerKind.TASK_OVERDUE);
  expect(overdue.map((t) => [t.due_at.toISOString(), t.armed, t.outcome])).toEqual([
    [at(12).toISOString(), false, TimerOutcome.DISARMED],
    [at(20).toISOString(), true, null],
  ]);
});

it('a hand-in disarms every timer of the task', async () => {
  const handIn: Body<TaskCommand> = {
    type: 'HandInTask',
    factsFound: '补偿款已拨付但未发放到户',
    measures: '督促发放',
    result: '已发放',
    evidence: [],
  };
  await pdb.apply(
    new TimerScheduleProjection(),
    task('t-done', [0, dispatch], [0.5, { type: 'SignTask' }], [5, handIn]),
  );
  expect(await armed('t-done')).toEqual([]);
  expect(new Set((await timers('t-done')).map((t) => t.outcome))).toEqual(new Set([TimerOutcome.DISARMED]));
});

it('an overdue notice fires its timer and arms the escalation; the dispatch applied again revives nothing fired', async () => {
  const overdueId = timerId(TimerKind.TASK_OVERDUE, 't-late', at(12));
  const events = task(
    't-late',
    [0, dispatch],
    [0.5, { type: 'SignTask' }],
    [
      12,
      {
        type: 'FireTaskTimer',
        timer: {
          kind: 'OVERDUE',
          timerId: overdueId,
          dueAt: at(12),
          noticeId: 'n1',
          content: '工单已超时，请立即办理',
          replyDueAt: at(14),
          note: { zh: '超时督办', en: 'overdue' },
        },
      },
    ],
  );
  expect(events.map((e) => e.type)).toContain('TaskOverdue');
  const p = new TimerScheduleProjection();
  await pdb.apply(p, events);
  await pdb.apply(p, events.slice(0, 1));
  const byKind = Object.fromEntries((await timers('t-late')).map((t) => [t.kind, t]));
  expect(byKind[TimerKind.TASK_OVERDUE]).toMatchObject({
    armed: false,
    outcome: TimerOutcome.FIRED,
    fired_at: at(12),
  });
  expect(byKind[TimerKind.TASK_ESCALATE]).toMatchObject({ armed: true, due_at: at(14) });
});

it('a lapse closes an armed timer as having nothing to do', async () => {
  await pdb.apply(new TimerScheduleProjection(), task('t-lapse', [0, dispatch]));
  const signForId = timerId(TimerKind.TASK_SIGN_FOR, 't-lapse', at(1));
  const [lapse] = recorded([
    {
      type: TIMER_LAPSED,
      data: {
        timerId: signForId,
        kind: TimerKind.TASK_SIGN_FOR,
        subjectType: 'TASK',
        subjectId: 't-lapse',
        dueAt: at(1).toISOString(),
        at: at(1).toISOString(),
      },
    },
  ]);
  await pdb.apply(new TimerScheduleProjection(), [{ ...lapse, globalPosition: ++position }]);
  expect((await timers('t-lapse')).find((t) => t.kind === TimerKind.TASK_SIGN_FOR)).toMatchObject({
    armed: false,
    outcome: TimerOutcome.NOTHING_TO_DO,
    fired_at: null,
  });
});

it('work recorded before timers existed (at or before the epoch) arms nothing', async () => {
  const [old] = task('t-old', [0, dispatch]);
  await pdb.sql(`UPDATE timer_epoch SET after_position = $1`, [String(position)]);
  try {
    await pdb.apply(new TimerScheduleProjection(), [old]);
  } finally {
    await pdb.sql(`UPDATE timer_epoch SET after_position = 0`);
  }
  expect(await timers('t-old')).toEqual([]);
});
