import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@app/event-store';
import { actingAs, decided, recorded } from '@test/given-when-then';
import { openProjectionDb, ProjectionDb } from '../../../../test/support/projection-db';
import { AssessmentPolicyCommand, assessmentPolicyDecider } from '../domain/assessment-policy.decider';
import { DEFAULT_ASSESSMENT_POLICY } from '../domain/assessment.events';
import {
  AssessmentIncidentMemo,
  AssessmentLetterMemo,
  AssessmentPolicyView,
  AssessmentTaskMemo,
} from './assessment-memo.entities';
import { AssessmentIncidentBreakdown, AssessmentIncidentProfile } from './assessment-incident.entities';
import {
  AssessmentFactsProjection,
  AssessmentIncidentsProjection,
  AssessmentPolicyProjection,
} from './assessment.projections';

/**
 * The 考核 read models on the embedded PostgreSQL. Which facts an event adds is `foldFacts`, specified on its own
 * (unit-day-facts.spec.ts); what is left here is the writer's part of the fold: the memory a later batch needs
 * (the task's due times) kept in memo tables, and counters that add into a unit's day.
 */
let pdb: ProjectionDb;
beforeAll(async () => {
  pdb = await openProjectionDb('assess', [
    AssessmentTaskMemo,
    AssessmentLetterMemo,
    AssessmentIncidentMemo,
    AssessmentPolicyView,
    AssessmentIncidentProfile,
    AssessmentIncidentBreakdown,
  ]);
});
afterAll(() => pdb.close());

let position = 0n;
/** A task's events as the log holds them (times in the data, as the dispatch decider writes them). */
function taskLog(unitId: string): RecordedEvent[] {
  const [taskId, incidentId] = [randomUUID(), randomUUID()];
  const stamp = (at: string) => ({ taskId, incidentId, by: 'u', byUnit: unitId, at });
  return recorded(
    [
      {
        type: 'TaskDispatched',
        data: {
          ...stamp('2026-01-31T14:00:00.000Z'), // 22:00 Beijing, 31 January
          countyId: 'c-1',
          dispatcherUnitId: 'centre',
          assigneeUnitId: unitId,
          dueAt: '2026-02-01T02:00:00.000Z',
          signForDueAt: '2026-01-31T15:00:00.000Z',
          parentTaskId: null,
        },
      },
      // 23:30 Beijing, after the sign-for time: late, on the 31st.
      { type: 'TaskSigned', data: stamp('2026-01-31T15:30:00.000Z') },
      { type: 'TaskHandedIn', data: { ...stamp('2026-02-01T01:00:00.000Z'), late: false, lateByMinutes: 0 } },
    ],
    { streamType: 'Task' },
  ).map((e) => ({ ...e, globalPosition: ++position, eventId: randomUUID() }));
}
const days = (unitId: string) =>
  pdb.sql<Record<string, string | number>>(
    `SELECT day::text, recorded_on::text, tasks_received, tasks_signed, signed_late, handed_in, handed_in_on_time
       FROM assessment_unit_day WHERE unit_id = $1 ORDER BY day, recorded_on`,
    [unitId],
  );

describe('assessment_unit_day', () => {
  it('a sign-for in a later batch is judged by the due time an earlier batch kept, and adds to the same day', async () => {
    const [dispatched, signed, handedIn] = taskLog('town-a');
    await pdb.apply(new AssessmentFactsProjection(), [dispatched]);
    await pdb.apply(new AssessmentFactsProjection(), [signed]);
    await pdb.apply(new AssessmentFactsProjection(), [handedIn]);
    expect(await days('town-a')).toEqual([
      {
        day: '2026-01-31',
        recorded_on: '2026-01-31',
        tasks_received: 1,
        tasks_signed: 1,
        signed_late: 1,
        handed_in: 0,
        handed_in_on_time: 0,
      },
      {
        day: '2026-02-01',
        recorded_on: '2026-02-01',
        tasks_received: 0,
        tasks_signed: 0,
        signed_late: 0,
        handed_in: 1,
        handed_in_on_time: 1,
      },
    ]);
  });

  it('the same events give the same rows whether they come in one batch or one at a time', async () => {
    await pdb.apply(new AssessmentFactsProjection(), taskLog('town-b'));
    for (const e of taskLog('town-c')) await pdb.apply(new AssessmentFactsProjection(), [e]);
    expect(await days('town-b')).toEqual(await days('town-c'));
  });

  it('two tasks of a unit on one day add up in one row', async () => {
    const [first] = taskLog('town-d');
    const [second] = taskLog('town-d');
    await pdb.apply(new AssessmentFactsProjection(), [first]);
    await pdb.apply(new AssessmentFactsProjection(), [second]);
    expect(await days('town-d')).toEqual([expect.objectContaining({ day: '2026-01-31', tasks_received: 2 })]);
  });
});

describe('assessment_policy_view', () => {
  it('keeps every version of the county’s policy, each as it was set', async () => {
    const set = (baseScore: number, effectiveFrom: string): AssessmentPolicyCommand => ({
      type: 'SetAssessmentPolicy',
      countyId: 'c-9',
      terms: {
        baseScore,
        points: { ...DEFAULT_ASSESSMENT_POLICY.points, lateHandIn: 3 },
        shareRanking: true,
        reportLimits: DEFAULT_ASSESSMENT_POLICY.reportLimits,
      },
      effectiveFrom,
      context: actingAs('admin', 'centre', new Date('2026-03-02T01:00:00Z')),
    });
    const events = recorded(
      decided(assessmentPolicyDecider, [set(100, '2026-04-01'), set(90, '2026-07-01')]),
    );
    await pdb.apply(new AssessmentPolicyProjection(), events.slice(0, 1));
    await pdb.apply(new AssessmentPolicyProjection(), events.slice(1));
    const rows = await pdb.sql<{
      version: number;
      effective_from: string;
      base_score: number;
      points: unknown;
    }>(
      `SELECT version, effective_from::text, base_score, points FROM assessment_policy_view
        WHERE county_id = 'c-9' ORDER BY version`,
    );
    expect(rows).toEqual([
      {
        version: 1,
        effective_from: '2026-04-01',
        base_score: 100,
        points: expect.objectContaining({ lateHandIn: 3 }),
      },
      {
        version: 2,
        effective_from: '2026-07-01',
        base_score: 90,
        points: expect.objectContaining({ lateHandIn: 3 }),
      },
    ]);
  });
});

describe('assessment_incident_breakdown and assessment_incident_profile', () => {
  /** An incident's events as the log holds them: reported by a township, graded, re-graded in February, closed. */
  function incidentLog(countyId: string): RecordedEvent[] {
    const incidentId = randomUUID();
    const stamp = (at: string) => ({ incidentId, by: 'u', byUnit: 'centre', at });
    return recorded(
      [
        {
          type: 'IncidentReported',
          data: {
            incidentId,
            countyId,
            channel: 'UNIT_REPORT',
            platform: 'WEIBO',
            reportingUnitId: 'town-a',
            discoveredAt: '2026-01-20T01:00:00.000Z',
            reportedAt: '2026-01-20T05:00:00.000Z',
            at: '2026-01-20T05:00:00.000Z',
          },
        },
        {
          type: 'IncidentAssessed',
          data: {
            ...stamp('2026-01-20T06:00:00.000Z'),
            grade: 'III',
            field: 'ECOLOGY',
            nature: 'CONSTRUCTIVE',
          },
        },
        { type: 'IncidentClosed', data: { ...stamp('2026-01-25T06:00:00.000Z'), summary: '办结' } },
        {
          type: 'IncidentAssessed',
          data: {
            ...stamp('2026-02-03T06:00:00.000Z'),
            grade: 'II',
            field: 'ECOLOGY',
            nature: 'CONSTRUCTIVE',
          },
        },
      ],
      { streamType: 'Incident' },
    ).map((e) => ({ ...e, globalPosition: ++position, eventId: randomUUID(), owningUnit: 'centre' }));
  }
  const rows = (countyId: string) =>
    pdb.sql<{ day: string; recorded_on: string; dimension: string; value: string; count: number }>(
      `SELECT day::text, recorded_on::text, dimension, value, count FROM assessment_incident_breakdown
        WHERE county_id = $1 AND count <> 0 ORDER BY dimension, value, day, recorded_on`,
      [countyId],
    );

  it('adds counts across batches into their rows, keeps the later re-grade apart, and the report’s lag', async () => {
    const log = incidentLog('c-b1');
    for (const e of log) await pdb.apply(new AssessmentIncidentsProjection(), [e]);
    const grades = (await rows('c-b1')).filter((r) => r.dimension === 'GRADE');
    expect(grades).toEqual([
      { day: '2026-01-20', recorded_on: '2026-02-03', dimension: 'GRADE', value: 'II', count: 1 },
      { day: '2026-01-20', recorded_on: '2026-01-20', dimension: 'GRADE', value: 'III', count: 1 },
      { day: '2026-01-20', recorded_on: '2026-02-03', dimension: 'GRADE', value: 'III', count: -1 },
    ]);
    expect((await rows('c-b1')).filter((r) => r.dimension === 'OUTCOME')).toEqual([
      { day: '2026-01-25', recorded_on: '2026-01-25', dimension: 'OUTCOME', value: 'MONITORED', count: 1 },
    ]);
    const [profile] = await pdb.sql<{ report_lag_minutes: number; reporting_unit_id: string; grade: string }>(
      `SELECT report_lag_minutes, reporting_unit_id, grade FROM assessment_incident_profile WHERE county_id = 'c-b1'`,
    );
    expect(profile).toEqual({ report_lag_minutes: 240, reporting_unit_id: 'town-a', grade: 'II' });
  });

  it('gives the same rows in one batch as one event at a time', async () => {
    const one = incidentLog('c-b2');
    const many = incidentLog('c-b3');
    await pdb.apply(new AssessmentIncidentsProjection(), one);
    for (const e of many) await pdb.apply(new AssessmentIncidentsProjection(), [e]);
    expect(await rows('c-b2')).toEqual(await rows('c-b3'));
  });
});
