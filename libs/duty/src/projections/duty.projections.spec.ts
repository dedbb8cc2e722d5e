import { actingAs, deciderSpec, givenEvents } from '@test/given-when-then';
import { dutyLogDecider, RecordDutyLog } from '../domain/duty-log.decider';
import {
  decideDutyRoster,
  DutyPerson,
  evolveDutyRoster,
  initialDutyRosterState,
} from '../domain/duty-roster.decider';
import { DutyLogKind, DutyPost, DutyRosterEvent } from '../domain/duty.events';
import { applyToDutyLog, applyToShift } from './duty.projections';

/** The duty read models (duty_shift_view, duty_log_view) as their folds build them from the log. */

const at = (s: string) => new Date(`${s}+08:00`);
const admin = actingAs('admin', 'centre', at('2026-10-01T08:00:00'));
const officer: DutyPerson = {
  userId: 'u1',
  displayName: '周明',
  unitId: 'centre',
  active: true,
  mayStandDuty: true,
  isLeader: false,
};

/** Shift s1 assigned, and (when asked) cancelled: the decider's own events. */
function roster(cancel: boolean): DutyRosterEvent[] {
  let s = initialDutyRosterState();
  const events: DutyRosterEvent[] = [];
  const commands = [
    {
      type: 'AssignDutyShift' as const,
      shiftId: 's1',
      unitId: 'centre',
      countyId: 'c',
      person: officer,
      startsAt: at('2026-10-02T08:30:00'),
      endsAt: at('2026-10-03T08:30:00'),
      post: DutyPost.OFFICER,
      note: '国庆值班',
      context: admin,
    },
    ...(cancel
      ? [
          {
            type: 'CancelDutyShift' as const,
            shiftId: 's1',
            unitId: 'centre',
            reason: '人员调整',
            context: admin,
          },
        ]
      : []),
  ];
  for (const c of commands) {
    const decided = decideDutyRoster(c, s);
    s = decided.reduce(evolveDutyRoster, s);
    events.push(...decided);
  }
  return events;
}

describe('duty_shift_view', () => {
  it('shows an assigned shift with its officer, times and post', () => {
    givenEvents(roster(false))
      .project(applyToShift)
      .then({
        shiftId: 's1',
        userId: 'u1',
        userName: '周明',
        startsAt: at('2026-10-02T08:30:00'),
        endsAt: at('2026-10-03T08:30:00'),
        post: DutyPost.OFFICER,
        note: '国庆值班',
        cancelled: false,
      });
  });

  it('a cancelled shift stays, marked cancelled', () => {
    givenEvents(roster(true)).project(applyToShift).then({ shiftId: 's1', cancelled: true });
  });

  it('a shift rostered before posts were recorded reads as a duty officer’s', () => {
    const [assigned] = roster(false);
    const old: Record<string, unknown> = { ...assigned.data };
    delete old.post;
    givenEvents([{ type: assigned.type, data: old }])
      .project(applyToShift)
      .then({ post: DutyPost.OFFICER });
  });
});

describe('duty_log_view', () => {
  it('shows a line with who wrote it, when, and whether they were on duty', () => {
    const command: RecordDutyLog = {
      type: 'RecordDutyLog',
      context: { ...actingAs('u1', 'centre', at('2026-10-02T22:15:00')), actorName: '周明' },
      entry: {
        entryId: 'e1',
        unitId: 'centre',
        countyId: 'c',
        kind: DutyLogKind.HANDOVER,
        text: '交班：东湖镇帖已移交',
        incidentId: null,
        onDuty: true,
      },
    };
    deciderSpec(dutyLogDecider)
      .given()
      .when(command)
      .then((events) =>
        givenEvents(events)
          .project(applyToDutyLog)
          .then({
            entryId: 'e1',
            userId: 'u1',
            userName: '周明',
            kind: DutyLogKind.HANDOVER,
            text: '交班：东湖镇帖已移交',
            onDuty: true,
            at: at('2026-10-02T22:15:00'),
          }),
      );
  });
});
