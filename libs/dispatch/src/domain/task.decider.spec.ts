import { HolidayCalendar, shippedCalendar } from '@app/calendar';
import {
  allowedTaskOperations,
  decideTask,
  evolveTask,
  initialTaskState,
  NewTask,
  TaskCommand,
  TaskState,
  TaskTimer,
} from './task.decider';
import { at, Body, dispatch, handIn } from './dispatch.fixtures';
import { TaskStatus } from './task.enums';
import { TaskEvent } from './task.events';

/** Runs commands at the given hours after t0; returns the events. */
function run(...steps: [number, Body<TaskCommand>][]): TaskEvent[] {
  const events: TaskEvent[] = [];
  for (const [h, c] of steps) {
    const state = events.reduce(evolveTask, initialTaskState());
    events.push(
      ...decideTask(
        { ...c, taskId: 't1', context: { now: at(h), actorUserId: 'u', actorUnitId: 'x' } },
        state,
      ),
    );
  }
  return events;
}
const state = (events: TaskEvent[]): TaskState => events.reduce(evolveTask, initialTaskState());
function refusal(events: TaskEvent[], h: number, c: Body<TaskCommand>): Record<string, unknown> {
  try {
    decideTask(
      { ...c, taskId: 't1', context: { now: at(h), actorUserId: 'u', actorUnitId: 'x' } },
      state(events),
    );
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected a refusal');
}

describe('Task: 办单 and 交单 in order (DOMAIN §3)', () => {
  it('is handed in only after it was signed for, naming the state and what may come next', () => {
    const dispatched = run([0, dispatch]);
    expect(refusal(dispatched, 1, handIn)).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: {
        currentState: 'DISPATCHED',
        attempted: 'handInTask',
        allowedNext: ['signTask', 'returnTask', 'superviseTask', 'remindTask', 'cancelTask'],
      },
    });
    const done = run([0, dispatch], [1, { type: 'SignTask' }], [5, handIn]);
    expect(state(done).status).toBe(TaskStatus.HANDED_IN);
  });

  it('is reviewed only after hand-in; sent back for rework with a reason, handed in again, struck off', () => {
    const signed = run([0, dispatch], [1, { type: 'SignTask' }]);
    expect(refusal(signed, 2, { type: 'ReviewTask', accept: true, reason: '' })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const handed = run([0, dispatch], [1, { type: 'SignTask' }], [5, handIn]);
    // A blank reason is its own coded refusal, named for what it refuses.
    expect(refusal(handed, 6, { type: 'ReviewTask', accept: false, reason: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INPUT.REASON_REQUIRED',
      problems: [{ field: 'input.reason', message: { zh: '退回重办须填写理由，不能为空' } }],
    });
    const cycle = run(
      [0, dispatch],
      [1, { type: 'SignTask' }],
      [5, handIn],
      [6, { type: 'ReviewTask', accept: false, reason: '缺少发放凭证' }],
      [8, { ...handIn, evidence: ['发放签收单'] }],
      [9, { type: 'ReviewTask', accept: true, reason: '' }],
    );
    expect(cycle.map((e) => e.type)).toEqual([
      'TaskDispatched',
      'TaskSigned',
      'TaskHandedIn',
      'TaskSentBack',
      'TaskHandedIn',
      'TaskAccepted',
    ]);
    expect(state(cycle).status).toBe(TaskStatus.ACCEPTED);
  });

  it('a return needs a reason; a returned task can only be cancelled', () => {
    expect(refusal(run([0, dispatch]), 1, { type: 'ReturnTask', reason: ' ' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INPUT.REASON_REQUIRED',
    });
    const returned = run([0, dispatch], [1, { type: 'ReturnTask', reason: '不属于本镇管辖' }]);
    expect(refusal(returned, 2, { type: 'SignTask' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { allowedNext: ['cancelTask'] },
    });
  });

  it('a late hand-in is accepted and marked late, never hidden', () => {
    const late = run([0, dispatch], [1, { type: 'SignTask' }], [13.5, handIn]);
    expect(late[2].data).toMatchObject({ late: true, lateByMinutes: 90, dueAt: at(12).toISOString() });
    const onTime = run([0, dispatch], [1, { type: 'SignTask' }], [11, handIn]);
    expect(onTime[2].data).toMatchObject({ late: false, lateByMinutes: 0 });
  });
});

describe('Task: extensions (never past 24 h, 002)', () => {
  const signed = () => run([0, dispatch], [1, { type: 'SignTask' }]);

  it('refuses an extension past the hard limit', () => {
    expect(
      refusal(signed(), 2, {
        type: 'RequestTaskExtension',
        requestId: 'r1',
        requestedDueAt: at(30),
        reason: '需要核实',
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('an approved extension moves the due time and keeps the original on record; one request at a time', () => {
    const requested = [
      ...signed(),
      ...run(
        [0, dispatch],
        [1, { type: 'SignTask' }],
        [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
      ).slice(2),
    ];
    expect(
      refusal(requested, 3, {
        type: 'RequestTaskExtension',
        requestId: 'r2',
        requestedDueAt: at(22),
        reason: 'x',
      }),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const decided = run(
      [0, dispatch],
      [1, { type: 'SignTask' }],
      [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
      [3, { type: 'DecideTaskExtension', approve: true, reason: '' }],
    );
    expect(decided[3].data).toMatchObject({
      approved: true,
      previousDueAt: at(12).toISOString(),
      newDueAt: at(20).toISOString(),
    });
    expect(state(decided).dueAt).toEqual(at(20));
    const denied = run(
      [0, dispatch],
      [1, { type: 'SignTask' }],
      [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
    );
    expect(refusal(denied, 3, { type: 'DecideTaskExtension', approve: false, reason: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('Task: nearly-due reminders of an extension, on the deadline’s clock', () => {
  const onWorkingTime: Body<TaskCommand> = {
    ...dispatch,
    task: { ...(dispatch as { task: NewTask }).task, remindAt: [at(9)], remindOnWorkingTime: true },
  };
  const extended = (first: Body<TaskCommand>, calendar?: HolidayCalendar) =>
    run(
      [0, first],
      [1, { type: 'SignTask' }],
      [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
      [3, { type: 'DecideTaskExtension', approve: true, reason: '', calendar }],
    )[3].data as { remindAt?: string[] };

  it('more time on a working-time deadline is reminded in office hours, not through the night', () => {
    // Granted Monday 13:00 until Tuesday 06:00 Beijing: the office hours left are Monday 14:00–17:30.
    expect(extended(onWorkingTime, shippedCalendar()).remindAt).toEqual(['2026-03-02T08:30:00.000Z']); // 16:30
  });

  it('on the wall clock otherwise; a task from before reminders were recorded records none', () => {
    const wall = { ...dispatch, task: { ...(dispatch as { task: NewTask }).task, remindAt: [at(9)] } };
    expect(extended(wall as Body<TaskCommand>).remindAt).toEqual([
      at(15.75).toISOString(), // 75 % of the 17 hours granted
      at(19).toISOString(),
    ]);
    expect(extended(dispatch).remindAt).toBeUndefined();
  });
});

describe('Task: supervision (督办) and reminders (催办)', () => {
  it('a supervision notice carries its own reply deadline in the future', () => {
    const events = run(
      [0, dispatch],
      [13, { type: 'SuperviseTask', noticeId: 'n1', content: '请立即核实并回复', replyDueAt: at(15) }],
    );
    expect(events[1].data).toMatchObject({ noticeId: 'n1', replyDueAt: at(15).toISOString() });
    expect(
      refusal(run([0, dispatch]), 13, {
        type: 'SuperviseTask',
        noticeId: 'n2',
        content: 'x',
        replyDueAt: at(12),
      }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('nothing more happens to a struck-off task', () => {
    const done = run(
      [0, dispatch],
      [1, { type: 'SignTask' }],
      [2, handIn],
      [3, { type: 'ReviewTask', accept: true, reason: '' }],
    );
    expect(refusal(done, 4, { type: 'RemindTask', note: '' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { allowedNext: [] },
    });
  });
});

describe('Task: what the platform adds on its own changes nothing a person decides on (ADR 0014)', () => {
  const note = { zh: '提醒', en: 'reminder' };
  const timers: TaskTimer[] = [
    { kind: 'SIGN_FOR', timerId: 'sign', note },
    { kind: 'FIRST_REPLY', timerId: 'first', note },
    { kind: 'NEARLY_DUE', timerId: 'nearly', dueAt: at(12), note },
    {
      kind: 'OVERDUE',
      timerId: 'over',
      dueAt: at(12),
      noticeId: 'n1',
      content: '超时督办',
      replyDueAt: at(16),
      note,
    },
    { kind: 'ESCALATE', timerId: 'esc', noticeId: 'n1', note },
  ];
  const personal = (s: TaskState) => ({
    status: s.status,
    dueAt: s.dueAt,
    hardDueAt: s.hardDueAt,
    pendingExtension: s.pendingExtension,
    allowed: allowedTaskOperations(s),
  });
  const fire = (events: TaskEvent[], h: number, timer: TaskTimer) =>
    decideTask(
      {
        type: 'FireTaskTimer',
        timer,
        taskId: 't1',
        context: { now: at(h), actorUserId: 'platform', actorUnitId: 'centre' },
      },
      state(events),
    );

  it('reminders, overdue notices, automatic 督办 and escalation leave status, times and allowed steps as they were', () => {
    const histories = [
      run([0, dispatch]),
      run([0, dispatch], [1, { type: 'SignTask' }]),
      run(
        [0, dispatch],
        [1, { type: 'SignTask' }],
        [2, { type: 'RequestTaskExtension', requestId: 'r1', requestedDueAt: at(20), reason: '需要走访' }],
      ),
    ];
    const kinds = new Set<string>();
    for (const history of histories) {
      let events = history;
      for (const [i, timer] of timers.entries()) {
        const added = fire(events, i < 3 ? 3 + i : 13 + i, timer);
        added.forEach((e) => kinds.add(e.type));
        expect(personal(state([...events, ...added]))).toEqual(personal(state(events)));
        events = [...events, ...added];
      }
    }
    // Each kind of note was added somewhere: the check above was not vacuous.
    expect([...kinds].sort()).toEqual(['TaskEscalated', 'TaskOverdue', 'TaskReminded', 'TaskSupervised']);
  });
});

describe('Task: 责任人 in the receiving unit (000 §六3 责任到人)', () => {
  const li = { userId: 'lina', name: '李娜' };
  const wang = { userId: 'wangbo', name: '王博' };

  it('is named at signing and changed later, the earlier one kept on the event', () => {
    const events = run(
      [0, dispatch],
      [1, { type: 'SignTask', responsible: li }],
      [2, { type: 'NameTaskResponsible', responsible: wang }],
    );
    expect(events[1]).toMatchObject({ type: 'TaskSigned', data: { responsible: li } });
    expect(events[2]).toMatchObject({
      type: 'TaskResponsibleNamed',
      data: { responsible: wang, previous: li, by: 'u', at: at(2).toISOString() },
    });
    expect(state(events).responsible).toEqual(wang);
  });

  it('refuses naming the same person again, and naming anyone before the task is signed or after it is settled', () => {
    const signed = run([0, dispatch], [1, { type: 'SignTask', responsible: li }]);
    expect(refusal(signed, 2, { type: 'NameTaskResponsible', responsible: li })).toMatchObject({
      reason: 'TASK.RESPONSIBLE_UNCHANGED',
    });
    expect(refusal(run([0, dispatch]), 1, { type: 'NameTaskResponsible', responsible: wang })).toMatchObject({
      reason: 'TASK.INVALID_TRANSITION',
    });
    const handed = run([0, dispatch], [1, { type: 'SignTask' }], [5, handIn]);
    expect(refusal(handed, 6, { type: 'NameTaskResponsible', responsible: wang })).toMatchObject({
      reason: 'TASK.INVALID_TRANSITION',
    });
  });
});
