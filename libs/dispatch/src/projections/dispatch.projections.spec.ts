import { givenEvents } from '@test/given-when-then';
import { at, Body, dispatch, handIn, letterSent } from '../domain/dispatch.fixtures';
import { LetterEvent, LetterEventType } from '../domain/letter.decider';
import { decideTask, evolveTask, initialTaskState, TaskCommand } from '../domain/task.decider';
import { TaskStatus } from '../domain/task.enums';
import { TaskEvent } from '../domain/task.events';
import { applyToLetterView, applyToTaskView } from './dispatch.projections';

/** The task and letter read models (task_view, letter_view) as their folds build them from the log. */
/** The events a task's steps decide, each at its hour after t0 (the decider makes them, so they are real). */
function task(...steps: [number, Body<TaskCommand>][]): TaskEvent[] {
  const events: TaskEvent[] = [];
  for (const [h, c] of steps) {
    const state = events.reduce(evolveTask, initialTaskState());
    const context = { now: at(h), actorUserId: 'clerk', actorUnitId: h === 0 ? 'centre' : 'town' };
    events.push(...decideTask({ ...c, taskId: 't1', context }, state));
  }
  return events;
}

describe('task_view', () => {
  it('shows a dispatched task to the dispatching and the assigned unit, due as dispatched', () => {
    givenEvents(task([0, dispatch]), { streamId: 'task-t1' })
      .project(applyToTaskView)
      .then({
        taskId: 't1',
        status: TaskStatus.DISPATCHED,
        visibleUnits: ['centre', 'town'],
        dueAt: at(12),
        originalDueAt: at(12),
        hardDueAt: at(24),
        late: false,
        version: 1,
      });
  });

  it('follows the task through signing and hand-in, keeping each step in its history', () => {
    const row = givenEvents(task([0, dispatch], [1, { type: 'SignTask' }], [5, handIn]))
      .project(applyToTaskView)
      .row();
    expect(row).toMatchObject({
      status: TaskStatus.HANDED_IN,
      signedAt: at(1),
      handedInAt: at(5),
      version: 3,
    });
    expect(row!.history.map((h) => h.type)).toEqual(['TaskDispatched', 'TaskSigned', 'TaskHandedIn']);
  });

  it('judges lateness by the first hand-in: rework handed in later does not change it', () => {
    givenEvents(
      task(
        [0, dispatch],
        [1, { type: 'SignTask' }],
        [13, handIn],
        [14, { type: 'ReviewTask', accept: false, reason: '证据不足，请补充' }],
        [15, handIn],
      ),
    )
      .project(applyToTaskView)
      .then({ status: TaskStatus.HANDED_IN, late: true, lateByMinutes: 60, reworks: 1, handedInAt: at(15) });
  });

  it('has no row for a task whose dispatch it never saw', () => {
    const [, ...afterDispatch] = task([0, dispatch], [1, { type: 'SignTask' }]);
    givenEvents(afterDispatch).project(applyToTaskView).then(undefined);
  });
});

const sent = letterSent(at(0), at(4));

describe('letter_view', () => {
  it('shows a sent letter to its sender and recipients, every receipt unsigned', () => {
    givenEvents([sent])
      .project(applyToLetterView)
      .then({
        visibleUnits: ['centre', 'donghu', 'police'],
        receipts: [
          { unitId: 'donghu', signedAt: null, signedBy: null },
          { unitId: 'police', signedAt: null, signedBy: null },
        ],
        sentAt: at(0),
        receiptDueAt: at(4),
      });
  });

  it('marks the receipt of the unit that signed, and only it; a chase moves the version alone', () => {
    const signed: LetterEvent = {
      type: LetterEventType.Signed,
      data: {
        letterId: 'letter-1',
        incidentId: 'incident-1',
        unitId: 'police',
        by: 'police-clerk',
        at: at(1).toISOString(),
      },
    };
    const chased: LetterEvent = {
      type: LetterEventType.Chased,
      data: {
        letterId: 'letter-1',
        incidentId: 'incident-1',
        timerId: 'chase-1',
        unsignedUnitIds: ['donghu'],
        receiptDueAt: at(4).toISOString(),
        at: at(5).toISOString(),
      },
    };
    givenEvents([sent, signed, chased])
      .project(applyToLetterView)
      .then({
        receipts: [
          { unitId: 'donghu', signedAt: null, signedBy: null },
          { unitId: 'police', signedAt: at(1).toISOString(), signedBy: 'police-clerk' },
        ],
        version: 3,
        updatedAt: at(5),
      });
  });
});
