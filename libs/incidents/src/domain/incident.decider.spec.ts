import {
  DiscoveryChannel,
  Grade,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  Platform,
  Veracity,
} from './incident.enums';
import {
  decideIncident,
  DecisionContext,
  evolveIncident,
  IncidentCommand,
  IncidentState,
  initialIncidentState,
} from './incident.decider';
import { IncidentEvent } from './incident.events';
import { ReportIncidentInput } from './incident.validation';

const now = new Date('2026-03-02T06:00:00.000Z');
const ctx: DecisionContext = {
  now,
  actorUserId: 'u-duty',
  actorUnitId: 'unit-center',
  actorCountyId: 'county-a',
};
const report: ReportIncidentInput = {
  channel: DiscoveryChannel.MONITORING,
  platform: Platform.WEIBO,
  urls: ['https://weibo.example/post/1'],
  title: '某镇征地补偿争议帖',
  excerpt: '网帖称补偿款未到位',
  discoveredAt: new Date('2026-03-02T05:40:00.000Z'),
  spread: { posts: 3, reposts: 120, comments: 45, views: 9000, mainstreamMediaPickups: 0 },
  confidential: false,
};
const assessment = {
  nature: IncidentNature.INQUIRY_APPEAL,
  veracity: Veracity.UNVERIFIED,
  field: IncidentField.LAND_ACQUISITION,
  grade: Grade.III,
  indicators: ['转发量 120'],
  reasoning: '传播范围较小但敏感度较高',
};

/** given events, when command, then events (or error). */
function given(...events: IncidentEvent[]): IncidentState {
  return events.reduce(evolveIncident, initialIncidentState());
}
const when = (state: IncidentState, command: IncidentCommand) => () => decideIncident(command, state);

/** The error a decision throws (or a failure if it throws none). */
function refusal(decision: () => unknown): unknown {
  try {
    decision();
  } catch (e) {
    return e;
  }
  throw new Error('expected the command to be refused');
}

describe('Incident decider', () => {
  const reported = decideIncident(
    { type: 'ReportIncident', incidentId: 'i1', input: report, context: ctx },
    given(),
  );

  it('registers a reported incident with who, when and where it was found', () => {
    expect(reported).toEqual([
      {
        type: 'IncidentReported',
        data: expect.objectContaining({
          incidentId: 'i1',
          title: '某镇征地补偿争议帖',
          reportingUnitId: 'unit-center',
          countyId: 'county-a',
          reportedBy: 'u-duty',
          reportedAt: now.toISOString(),
          discoveredAt: '2026-03-02T05:40:00.000Z',
        }),
      },
    ]);
    expect(given(...reported).status).toBe(IncidentStatus.REGISTERED);
  });

  it('refuses to register the same incident twice', () => {
    expect(
      when(given(...reported), { type: 'ReportIncident', incidentId: 'i1', input: report, context: ctx }),
    ).toThrow(/already registered/);
  });

  it('names the offending fields of an invalid report', () => {
    const bad = {
      ...report,
      title: '  ',
      urls: ['ftp://x'],
      spread: { ...report.spread, reposts: -1 },
      discoveredAt: new Date('2026-03-03T00:00:00Z'),
    };
    let error: unknown;
    try {
      decideIncident({ type: 'ReportIncident', incidentId: 'i2', input: bad, context: ctx }, given());
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
    const fields = (error as { details: { fields: { field: string }[] } }).details.fields.map((f) => f.field);
    expect(fields).toEqual(['input.title', 'input.urls[0]', 'input.discoveredAt', 'input.spread.reposts']);
  });

  it('assesses: records grade, reasoning and revision; a revision keeps the previous grade on record', () => {
    const first = decideIncident(
      { type: 'AssessIncident', incidentId: 'i1', input: assessment, context: ctx },
      given(...reported),
    );
    expect(first[0].data).toMatchObject({
      grade: 'III',
      previousGrade: null,
      revision: 1,
      assessedBy: 'u-duty',
    });
    const state = given(...reported, ...first);
    expect(state.status).toBe(IncidentStatus.ASSESSED);
    const second = decideIncident(
      { type: 'AssessIncident', incidentId: 'i1', input: { ...assessment, grade: Grade.II }, context: ctx },
      state,
    );
    expect(second[0].data).toMatchObject({ grade: 'II', previousGrade: 'III', revision: 2 });
    expect(given(...reported, ...first, ...second).grade).toBe(Grade.II);
  });

  it('refuses to assess an unknown incident (NOT_FOUND) or without reasoning (VALIDATION_FAILED)', () => {
    const unknown = { type: 'AssessIncident', incidentId: 'nope', input: assessment, context: ctx } as const;
    expect(refusal(when(given(), unknown))).toMatchObject({ code: 'NOT_FOUND' });
    const noReason = { ...unknown, incidentId: 'i1', input: { ...assessment, reasoning: '' } };
    expect(refusal(when(given(...reported), noReason))).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses to assess a closed incident, naming the state and the allowed next step', () => {
    const closed: IncidentState = { ...given(...reported), status: IncidentStatus.CLOSED };
    const assess = { type: 'AssessIncident', incidentId: 'i1', input: assessment, context: ctx } as const;
    expect(refusal(when(closed, assess))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { currentState: 'CLOSED', allowedNext: ['reopenIncident'] },
    });
  });
});
