import { RecordedEvent } from '@app/kernel';
import { FoldMemory, foldFacts } from './unit-day-facts';

/** The fold on its own: which facts each event adds, on which day, recorded when (no database). */
const memory = (): FoldMemory => ({ tasks: new Map(), letters: new Map(), incidents: new Map() });
let position = 0;
const event = (type: string, data: Record<string, unknown>, recordedAt?: string): RecordedEvent => {
  position++;
  return {
    globalPosition: BigInt(position),
    transactionId: BigInt(position),
    eventId: `e${position}`,
    streamId: 's',
    streamType: 'Task',
    streamVersion: position,
    type,
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data,
    metadata: { actorUser: 'u', actorUnit: 'centre', command: 'Test', correlationId: 'c' },
    recordedAt: new Date(recordedAt ?? (data.at as string)),
    owningUnit: 'centre',
    prevHash: '',
    hash: '',
  };
};
const stamp = (at: string) => ({ taskId: 't1', incidentId: 'i1', by: 'u', byUnit: 'town', at });
const dispatched = event('TaskDispatched', {
  ...stamp('2026-01-31T14:00:00.000Z'), // 22:00 Beijing, 31 January
  countyId: 'county',
  dispatcherUnitId: 'centre',
  assigneeUnitId: 'town',
  dueAt: '2026-02-01T02:00:00.000Z',
  signForDueAt: '2026-01-31T15:00:00.000Z',
  parentTaskId: null,
});

describe('the facts of a task', () => {
  it('puts each on its Beijing day, on the assignee', () => {
    const m = memory();
    expect(foldFacts(dispatched, m)).toEqual([
      {
        countyId: 'county',
        unitId: 'town',
        day: '2026-01-31',
        recordedOn: '2026-01-31',
        counters: { tasksReceived: 1 },
      },
    ]);
    // Signed at 00:30 Beijing on 1 February, after the sign-for time: a February fact, late.
    expect(foldFacts(event('TaskSigned', stamp('2026-01-31T16:30:00.000Z')), m)[0]).toMatchObject({
      day: '2026-02-01',
      counters: { tasksSigned: 1, signedLate: 1 },
    });
  });

  it('keeps an overdue written days later on the day the due time passed, recorded later (a correction)', () => {
    const m = memory();
    foldFacts(dispatched, m);
    const overdue = event(
      'TaskOverdue',
      {
        ...stamp('2026-02-05T01:00:00.000Z'),
        dueAt: '2026-02-01T02:00:00.000Z',
        timerId: 'x',
        noticeId: 'n',
      },
      '2026-02-05T01:00:00.000Z',
    );
    expect(foldFacts(overdue, m)).toEqual([
      {
        countyId: 'county',
        unitId: 'town',
        day: '2026-02-01',
        recordedOn: '2026-02-05',
        counters: { overdue: 1 },
      },
    ]);
    // Its automatic 督办 is counted by `overdue`, not again as a 督办.
    expect(
      foldFacts(event('TaskSupervised', { ...stamp('2026-02-05T01:00:00.000Z'), automatic: true }), m),
    ).toEqual([]);
  });

  it('judges lateness by the first hand-in and counts rework apart; an extension moves the early-closure line', () => {
    const m = memory();
    foldFacts(dispatched, m);
    const handIn = (at: string, late: boolean, lateByMinutes: number) =>
      foldFacts(event('TaskHandedIn', { ...stamp(at), late, lateByMinutes }), m)[0].counters;
    foldFacts(
      event('TaskExtensionDecided', {
        ...stamp('2026-01-31T15:00:00.000Z'),
        approved: true,
        newDueAt: '2026-02-02T02:00:00.000Z',
      }),
      m,
    );
    expect(handIn('2026-02-01T01:00:00.000Z', false, 0)).toEqual({ handedIn: 1, handedInOnTime: 1 });
    expect(foldFacts(event('TaskSentBack', stamp('2026-02-01T02:00:00.000Z')), m)[0].counters).toEqual({
      sentBack: 1,
    });
    // Handed in again after the original due time: rework, not a late hand-in.
    expect(handIn('2026-02-01T05:00:00.000Z', true, 180)).toEqual({ resubmitted: 1 });
    // Struck off before the extended due time: an early closure.
    expect(foldFacts(event('TaskAccepted', stamp('2026-02-01T06:00:00.000Z')), m)[0].counters).toEqual({
      accepted: 1,
      earlyClosures: 1,
    });
  });

  it('puts a late first hand-in in its lateness bucket', () => {
    const m = memory();
    foldFacts(dispatched, m);
    expect(
      foldFacts(
        event('TaskHandedIn', { ...stamp('2026-02-03T02:00:00.000Z'), late: true, lateByMinutes: 2880 }),
        m,
      )[0].counters,
    ).toEqual({ handedIn: 1, handedInLate: 1, lateMinutes: 2880, late24To72h: 1 });
  });

  it('ignores events of tasks it never saw dispatched (no county to count them in)', () => {
    expect(
      foldFacts(event('TaskSigned', { ...stamp('2026-02-01T00:00:00.000Z'), taskId: 'other' }), memory()),
    ).toEqual([]);
  });
});

describe('the facts of a risk letter', () => {
  it('counts receipt, signing late, and a miss on the day the receipt was due', () => {
    const m = memory();
    const sent = event('RiskLetterSent', {
      letterId: 'l1',
      incidentId: null,
      countyId: 'county',
      recipientUnitIds: ['a', 'b'],
      receiptDueAt: '2026-03-01T04:00:00.000Z',
      at: '2026-03-01T01:00:00.000Z',
    });
    expect(foldFacts(sent, m).map((f) => [f.unitId, f.counters])).toEqual([
      ['a', { lettersReceived: 1 }],
      ['b', { lettersReceived: 1 }],
    ]);
    expect(
      foldFacts(
        event('RiskLetterSigned', { letterId: 'l1', unitId: 'a', at: '2026-03-01T05:00:00.000Z' }),
        m,
      )[0].counters,
    ).toEqual({ lettersSigned: 1, lettersSignedLate: 1 });
    expect(
      foldFacts(
        event('RiskLetterChased', { letterId: 'l1', unsignedUnitIds: ['b'], at: '2026-03-03T01:00:00.000Z' }),
        m,
      ),
    ).toEqual([
      {
        countyId: 'county',
        unitId: 'b',
        day: '2026-03-01',
        recordedOn: '2026-03-03',
        counters: { lettersMissed: 1 },
      },
    ]);
  });
});

describe('an inquiry’s first reply (003 §三(一): a handling opinion the same day)', () => {
  const reported = (nature: string) => [
    event('IncidentReported', {
      incidentId: 'i1',
      countyId: 'county',
      reportingUnitId: 'centre',
      discoveredAt: '2026-03-02T00:00:00.000Z',
      reportedAt: '2026-03-02T00:30:00.000Z',
      at: '2026-03-02T00:30:00.000Z',
    }),
    event('IncidentAssessed', {
      incidentId: 'i1',
      nature,
      grade: 'IV',
      field: 'OTHER',
      assessedAt: '2026-03-02T00:40:00.000Z',
      at: '2026-03-02T00:40:00.000Z',
    }),
  ];
  const dispatch = (at: string, extra: Record<string, unknown> = {}) =>
    event('TaskDispatched', {
      ...stamp(at),
      countyId: 'county',
      dispatcherUnitId: 'centre',
      assigneeUnitId: 'town',
      dueAt: '2026-03-02T15:59:59.999Z',
      deadlineRule: 'SAME_DAY',
      parentTaskId: null,
      ...extra,
    });
  const progress = (at: string, recordedAt?: string) =>
    event(
      'TaskProgressReported',
      { ...stamp(at), online: [], offline: [], note: '已联系当事人' },
      recordedAt,
    );

  it('counts the task as an inquiry, and its first progress report as the reply, on the day it came in', () => {
    const m = memory();
    for (const e of reported('INQUIRY_APPEAL')) foldFacts(e, m);
    expect(foldFacts(dispatch('2026-03-02T01:00:00.000Z'), m)[0].counters).toEqual({
      tasksReceived: 1,
      inquiryTasks: 1,
    });
    // 17:00 Beijing the same day: 8 hours after dispatch, in time.
    expect(foldFacts(progress('2026-03-02T09:00:00.000Z'), m)).toEqual([
      {
        countyId: 'county',
        unitId: 'town',
        day: '2026-03-02',
        recordedOn: '2026-03-02',
        counters: { inquiryReplies: 1, inquiryReplyLagMinutes: 480, inquiryRepliedSameDay: 1 },
      },
    ]);
    // A second report, and the hand-in, are not a first reply again.
    expect(foldFacts(progress('2026-03-02T10:00:00.000Z'), m)).toEqual([]);
    expect(
      foldFacts(
        event('TaskHandedIn', { ...stamp('2026-03-02T11:00:00.000Z'), late: false, lateByMinutes: 0 }),
        m,
      ).map((f) => f.counters),
    ).toEqual([{ handedIn: 1, handedInOnTime: 1 }]);
  });

  it('a reply on the next day is not the same day, and belongs to the day the task came in (a correction once closed)', () => {
    const m = memory();
    for (const e of reported('INQUIRY_APPEAL')) foldFacts(e, m);
    foldFacts(dispatch('2026-03-31T08:00:00.000Z'), m); // 16:00 Beijing, 31 March
    // Handed in at 09:00 Beijing on 1 April, with no progress report before: the hand-in is the first reply.
    const facts = foldFacts(
      event('TaskHandedIn', { ...stamp('2026-04-01T01:00:00.000Z'), late: false, lateByMinutes: 0 }),
      m,
    );
    expect(facts).toContainEqual({
      countyId: 'county',
      unitId: 'town',
      day: '2026-03-31',
      recordedOn: '2026-04-01',
      counters: { inquiryReplies: 1, inquiryReplyLagMinutes: 1020, inquiryRepliedSameDay: 0 },
    });
  });

  it('gives the least working time when the day had too little left (SAME_DAY_LEAST_TIME: by the due time)', () => {
    const m = memory();
    for (const e of reported('INQUIRY_APPEAL')) foldFacts(e, m);
    foldFacts(
      dispatch('2026-03-02T15:00:00.000Z', {
        deadlineRule: 'SAME_DAY_LEAST_TIME',
        dueAt: '2026-03-03T02:00:00.000Z',
      }),
      m,
    );
    expect(foldFacts(progress('2026-03-03T01:30:00.000Z'), m)[0].counters).toMatchObject({
      inquiryRepliedSameDay: 1,
    });
  });

  it('counts nothing of the kind for a task on an incident of another nature', () => {
    const m = memory();
    for (const e of reported('MALICIOUS_HYPE')) foldFacts(e, m);
    expect(foldFacts(dispatch('2026-03-02T01:00:00.000Z'), m)[0].counters).toEqual({ tasksReceived: 1 });
    expect(foldFacts(progress('2026-03-02T02:00:00.000Z'), m)).toEqual([]);
  });
});
