import { RecordedEvent } from '@app/kernel';
import { foldBreakdown, IncidentProfile, outcomeOf } from './incident-breakdown';

/** The breakdown fold on its own: which counts each event changes, on which day, recorded when (no database). */
let position = 0;
const event = (type: string, data: Record<string, unknown>, recordedAt?: string): RecordedEvent => {
  position++;
  return {
    globalPosition: BigInt(position),
    transactionId: BigInt(position),
    eventId: `e${position}`,
    streamId: 's',
    streamType: 'Incident',
    streamVersion: position,
    type,
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data,
    metadata: { actorUser: 'u', actorUnit: 'centre', command: 'Test', correlationId: 'c' },
    recordedAt: new Date(recordedAt ?? (data.at as string) ?? (data.reportedAt as string)),
    owningUnit: 'centre',
    prevHash: '',
    hash: '',
  };
};
const stamp = (at: string) => ({ incidentId: 'i1', by: 'u', byUnit: 'centre', at });
const reported = event('IncidentReported', {
  incidentId: 'i1',
  countyId: 'county',
  channel: 'UNIT_REPORT',
  platform: 'DOUYIN',
  reportingUnitId: 'town',
  discoveredAt: '2026-01-30T01:00:00.000Z', // 09:00 Beijing, 30 January
  reportedAt: '2026-01-30T04:30:00.000Z', // 3½ hours later
});
const assessed = (grade: string, field: string, at: string, recordedAt?: string) =>
  event(
    'IncidentAssessed',
    { incidentId: 'i1', nature: 'INQUIRY_APPEAL', grade, field, assessedAt: at, at },
    recordedAt,
  );
const counts = (profiles: Map<string, IncidentProfile>, e: RecordedEvent) =>
  foldBreakdown(e, profiles).map((i) => [i.dimension, i.value, i.count, i.day, i.recordedOn]);

describe('incidents by grade, field, channel and platform', () => {
  it('counts a report on its day, 未研判 until its first assessment moves it', () => {
    const p = new Map<string, IncidentProfile>();
    expect(counts(p, reported)).toEqual([
      ['CHANNEL', 'UNIT_REPORT', 1, '2026-01-30', '2026-01-30'],
      ['PLATFORM', 'DOUYIN', 1, '2026-01-30', '2026-01-30'],
      ['GRADE', 'UNASSESSED', 1, '2026-01-30', '2026-01-30'],
      ['FIELD', 'UNASSESSED', 1, '2026-01-30', '2026-01-30'],
    ]);
    expect(p.get('i1')).toMatchObject({
      ownerUnitId: 'centre',
      reportingUnitId: 'town',
      reportDay: '2026-01-30',
      reportLagMinutes: 210,
    });
    expect(counts(p, assessed('III', 'LAND_ACQUISITION', '2026-01-30T05:00:00.000Z'))).toEqual([
      ['GRADE', 'UNASSESSED', -1, '2026-01-30', '2026-01-30'],
      ['GRADE', 'III', 1, '2026-01-30', '2026-01-30'],
      ['FIELD', 'UNASSESSED', -1, '2026-01-30', '2026-01-30'],
      ['FIELD', 'LAND_ACQUISITION', 1, '2026-01-30', '2026-01-30'],
    ]);
  });

  it('moves a re-graded incident on its report’s day, recorded when re-graded: after the month, a correction', () => {
    const p = new Map<string, IncidentProfile>();
    foldBreakdown(reported, p);
    foldBreakdown(assessed('III', 'OTHER', '2026-01-30T05:00:00.000Z'), p);
    // Re-graded in February, the field unchanged: only the grade moves.
    expect(counts(p, assessed('II', 'OTHER', '2026-02-03T02:00:00.000Z'))).toEqual([
      ['GRADE', 'III', -1, '2026-01-30', '2026-02-03'],
      ['GRADE', 'II', 1, '2026-01-30', '2026-02-03'],
    ]);
  });

  it('ignores the events of an incident it never saw reported (no county: before counties were recorded)', () => {
    const p = new Map<string, IncidentProfile>();
    expect(foldBreakdown(event('IncidentReported', { ...reported.data, countyId: null }), p)).toEqual([]);
    expect(foldBreakdown(assessed('II', 'OTHER', '2026-02-03T02:00:00.000Z'), p)).toEqual([]);
  });
});

describe('incidents by outcome', () => {
  it('reads the strongest measure taken before closing', () => {
    expect(outcomeOf([])).toBe('MONITORED');
    expect(outcomeOf(['TASKS'])).toBe('TASKS');
    expect(outcomeOf(['TASKS', 'PUBLIC_RESPONSE'])).toBe('PUBLIC_RESPONSE');
    expect(outcomeOf(['PUBLIC_RESPONSE', 'POLICE_REFERRAL', 'TAKEDOWN'])).toBe('POLICE_REFERRAL');
  });

  it('counts a close on its day by how it was handled; a reopening takes it back, a second close counts again', () => {
    const p = new Map<string, IncidentProfile>();
    foldBreakdown(reported, p);
    const dispatch = (kind: string, at: string) =>
      event('TaskDispatched', { ...stamp(at), taskId: `t-${kind}`, countyId: 'county', kind });
    expect(foldBreakdown(dispatch('STANDARD', '2026-01-30T06:00:00.000Z'), p)).toEqual([]);
    expect(
      counts(p, event('IncidentClosed', { ...stamp('2026-01-31T02:00:00.000Z'), summary: '办结' })),
    ).toEqual([['OUTCOME', 'TASKS', 1, '2026-01-31', '2026-01-31']]);
    // Reopened in February: January's close is taken back there, as a correction of January.
    expect(
      counts(p, event('IncidentReopened', { ...stamp('2026-02-02T02:00:00.000Z'), reason: '再次发酵' })),
    ).toEqual([['OUTCOME', 'TASKS', -1, '2026-01-31', '2026-02-02']]);
    // Referred to the police, a statement published, then closed again: the police referral is the outcome.
    foldBreakdown(dispatch('POLICE_REFERRAL', '2026-02-02T03:00:00.000Z'), p);
    foldBreakdown(
      event('StatementPublished', { ...stamp('2026-02-02T04:00:00.000Z'), statementId: 's1', channels: [] }),
      p,
    );
    expect(
      counts(p, event('IncidentClosed', { ...stamp('2026-02-05T02:00:00.000Z'), summary: '办结' })),
    ).toEqual([['OUTCOME', 'POLICE_REFERRAL', 1, '2026-02-05', '2026-02-05']]);
    expect(p.get('i1')?.measures).toEqual(['TASKS', 'POLICE_REFERRAL', 'PUBLIC_RESPONSE']);
  });

  it('closes an incident with no measure as monitored until calm, and a takedown letter as 函告网站', () => {
    const p = new Map<string, IncidentProfile>();
    foldBreakdown(reported, p);
    expect(
      counts(p, event('IncidentClosed', { ...stamp('2026-01-31T02:00:00.000Z'), summary: '平息' }))[0],
    ).toEqual(['OUTCOME', 'MONITORED', 1, '2026-01-31', '2026-01-31']);
    const q = new Map<string, IncidentProfile>();
    foldBreakdown(reported, q);
    foldBreakdown(
      event('TakedownRequestSent', {
        ...stamp('2026-01-30T08:00:00.000Z'),
        requestId: 'r1',
        countyId: 'county',
      }),
      q,
    );
    expect(
      counts(q, event('IncidentClosed', { ...stamp('2026-01-31T02:00:00.000Z'), summary: '删帖' }))[0][1],
    ).toBe('TAKEDOWN');
  });
});
