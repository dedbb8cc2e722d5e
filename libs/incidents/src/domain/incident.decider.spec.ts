import {
  DiscoveryChannel,
  EscalationTarget,
  Grade,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  Platform,
  TaskRole,
  Veracity,
} from './incident.enums';
import {
  allowedOperations,
  decideIncident,
  DecisionContext,
  evolveIncident,
  IncidentCommand,
  IncidentState,
  initialIncidentState,
  LinkageFacts,
  WarningInput,
} from './incident.decider';
import { IncidentEvent } from './incident.events';
import { ReportIncidentInput } from './incident.validation';

const now = new Date('2026-03-02T06:00:00.000Z');
const context: DecisionContext = {
  now,
  actorUserId: 'u-duty',
  actorUnitId: 'unit-center',
  actorCountyId: 'county-a',
};
const id = 'i1';
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
const assessment = (grade = Grade.III) => ({
  nature: IncidentNature.INQUIRY_APPEAL,
  veracity: Veracity.UNVERIFIED,
  field: IncidentField.LAND_ACQUISITION,
  grade,
  indicators: ['转发量 120'],
  reasoning: '传播范围较小但敏感度较高',
});
const warning: WarningInput = {
  level: Grade.III,
  object: '东湖镇征地补偿',
  startAt: now,
  scope: '东湖镇及周边',
  matters: '网帖集中反映补偿款未到位',
  measures: '核实情况，及时回应',
};
const linkageFacts: LinkageFacts = {
  propagandaUnitId: 'prop',
  coreUnitIds: ['cyber', 'police', 'statesec'],
  thresholdGrade: Grade.II,
};

/** Distributes over the command union, so each variant keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'incidentId' | 'context'> : never;
const cmd = (c: Body<IncidentCommand>): IncidentCommand => ({ ...c, incidentId: id, context });

/** given events, when command: the decider's answer (events), or the refusal it throws. */
function given(...events: IncidentEvent[]): IncidentState {
  return events.reduce(evolveIncident, initialIncidentState());
}
function then(state: IncidentState, c: Body<IncidentCommand>): IncidentEvent[] {
  return decideIncident(cmd(c), state);
}
function refusal(state: IncidentState, c: Body<IncidentCommand>): Record<string, unknown> {
  try {
    decideIncident(cmd(c), state);
  } catch (e) {
    return e as Record<string, unknown>;
  }
  throw new Error('expected the command to be refused');
}
/** Applies commands in order, returning all events. */
function run(...commands: Body<IncidentCommand>[]): IncidentEvent[] {
  const events: IncidentEvent[] = [];
  for (const c of commands) events.push(...then(given(...events), c));
  return events;
}

const reported = () => run({ type: 'ReportIncident', input: report });
const assessed = (grade = Grade.III) =>
  run({ type: 'ReportIncident', input: report }, { type: 'AssessIncident', input: assessment(grade) });
const listed = (grade = Grade.III) => [
  ...assessed(grade),
  ...then(given(...assessed(grade)), { type: 'ListIncident', requirements: '核实并回应' }),
];

describe('Incident: registration and assessment', () => {
  it('registers a reported incident with who, when and where it was found', () => {
    expect(reported()).toEqual([
      {
        type: 'IncidentReported',
        data: expect.objectContaining({
          incidentId: 'i1',
          reportingUnitId: 'unit-center',
          countyId: 'county-a',
          reportedBy: 'u-duty',
          reportedAt: now.toISOString(),
          discoveredAt: '2026-03-02T05:40:00.000Z',
        }),
      },
    ]);
    expect(given(...reported()).status).toBe(IncidentStatus.REGISTERED);
    expect(refusal(given(...reported()), { type: 'ReportIncident', input: report })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('names the offending fields of an invalid report', () => {
    const bad = {
      ...report,
      title: '  ',
      urls: ['ftp://x'],
      spread: { ...report.spread, reposts: -1 },
      discoveredAt: new Date('2026-03-03T00:00:00Z'),
    };
    const err = refusal(given(), { type: 'ReportIncident', input: bad }) as {
      code: string;
      details: { fields: { field: string }[] };
    };
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.details.fields.map((f) => f.field)).toEqual([
      'input.title',
      'input.urls[0]',
      'input.discoveredAt',
      'input.spread.reposts',
    ]);
  });

  it('grading is revisable at any time and keeps the previous grade on record (002 dynamic management)', () => {
    const events = run(
      { type: 'ReportIncident', input: report },
      { type: 'AssessIncident', input: assessment(Grade.III) },
      { type: 'AssessIncident', input: assessment(Grade.II) },
    );
    expect(events[2].data).toMatchObject({ grade: 'II', previousGrade: 'III', revision: 2 });
    expect(given(...events)).toMatchObject({ status: IncidentStatus.ASSESSED, grade: Grade.II });
  });

  it('refuses to assess an unknown incident (NOT_FOUND) or without reasoning (VALIDATION_FAILED)', () => {
    expect(refusal(given(), { type: 'AssessIncident', input: assessment() })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      refusal(given(...reported()), { type: 'AssessIncident', input: { ...assessment(), reasoning: '' } }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('Incident: the loop order (DOMAIN §3)', () => {
  it('is listed only after assessment; listing starts handling', () => {
    expect(refusal(given(...reported()), { type: 'ListIncident', requirements: 'x' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: {
        currentState: 'REGISTERED',
        attempted: 'listIncident',
        allowedNext: [
          'assessIncident',
          'nameIncidentResponsibility',
          'handleLocally',
          'supplementIncident',
          'recordSpreadReading',
        ],
      },
    });
    expect(given(...listed()).status).toBe(IncidentStatus.HANDLING);
  });

  it('gets tasks only once listed, naming the state and what may come next', () => {
    const err = refusal(given(...assessed()), {
      type: 'AttachTask',
      taskId: 't1',
      unitId: 'town',
      role: TaskRole.LEAD,
      parentTaskId: null,
    });
    expect(err).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { currentState: 'ASSESSED', attempted: 'dispatchTask' },
    });
    expect((err.details as { allowedNext: string[] }).allowedNext).toEqual(
      expect.arrayContaining(['listIncident', 'issueWarning', 'escalateIncident', 'activateLinkage']),
    );
    expect(
      then(given(...listed()), {
        type: 'AttachTask',
        taskId: 't1',
        unitId: 'town',
        role: TaskRole.LEAD,
        parentTaskId: null,
      }),
    ).toHaveLength(1);
  });

  it('closes only once calmed, with every task struck off or cancelled and the warning lifted', () => {
    const warned = [...listed(), ...then(given(...listed()), { type: 'IssueWarning', warning })];
    const handling = refusal(given(...warned), { type: 'CloseIncident', summary: '已处置' });
    expect(handling).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { currentState: 'HANDLING', attempted: 'closeIncident' },
    });
    expect((handling as { details: { allowedNext: string[] } }).details.allowedNext).toContain(
      'markIncidentCalmed',
    );
    const attached = [
      ...warned,
      ...then(given(...warned), {
        type: 'AttachTask',
        taskId: 't1',
        unitId: 'town',
        role: TaskRole.LEAD,
        parentTaskId: null,
      }),
    ];
    const withTasks = [
      ...attached,
      ...then(given(...attached), { type: 'MarkIncidentCalmed', note: '舆情趋稳' }),
    ];
    const s1 = given(...withTasks);
    const e1 = refusal(s1, { type: 'CloseIncident', summary: '已处置' });
    expect(e1).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { currentState: 'CALMED', attempted: 'closeIncident' },
    });
    expect((e1 as { localized: { zh: string } }).localized.zh).toContain('预警尚未解除');

    const lifted = [...withTasks, ...then(s1, { type: 'LiftWarning', reason: '舆情平稳' })];
    const e2 = refusal(given(...lifted), { type: 'CloseIncident', summary: '已处置' });
    expect((e2 as { localized: { zh: string } }).localized.zh).toContain('1 张工单未销号或撤销');

    const settled = [
      ...lifted,
      ...then(given(...lifted), { type: 'SettleTask', taskId: 't1', outcome: 'ACCEPTED' }),
    ];
    expect(then(given(...settled), { type: 'CloseIncident', summary: '已处置' })[0].type).toBe(
      'IncidentClosed',
    );
  });

  it('after closing: reopen back to handling; review once; accountability recorded', () => {
    const closed = run(
      { type: 'ReportIncident', input: report },
      { type: 'AssessIncident', input: assessment() },
      { type: 'ListIncident', requirements: 'r' },
      { type: 'MarkIncidentCalmed', note: '舆情平息' },
      { type: 'CloseIncident', summary: '处置完毕' },
    );
    const s = given(...closed);
    expect(s.status).toBe(IncidentStatus.CLOSED);
    expect(allowedOperations(s)).toEqual([
      'reopenIncident',
      'fileIncidentReview',
      'recordAccountability',
      'recordSpreadReading',
    ]);
    const review = {
      type: 'FileIncidentReview' as const,
      cause: '补偿款发放延迟',
      spread: '微博转发 230 次',
      result: '已发放并回应',
      experience: '早讲事实',
      problems: '回应偏慢',
    };
    const reviewed = [...closed, ...then(s, review)];
    expect(refusal(given(...reviewed), review)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(refusal(s, { ...review, problems: '' })).toMatchObject({ code: 'VALIDATION_FAILED' });
    const reopened = [
      ...reviewed,
      ...then(given(...reviewed), { type: 'ReopenIncident', reason: '舆情反复' }),
    ];
    expect(given(...reopened).status).toBe(IncidentStatus.HANDLING);
    expect(
      then(given(...reopened), {
        type: 'RecordAccountability',
        findings: [{ unitId: 'town', person: '某干部', finding: '回应迟缓', measure: '约谈' }],
      })[0].type,
    ).toBe('AccountabilityRecorded');
  });
});

describe('Incident: warnings (002)', () => {
  it('issues with full content once assessed; adjusts and lifts only a warning in force', () => {
    expect(refusal(given(...reported()), { type: 'IssueWarning', warning })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const warned = [...assessed(), ...then(given(...assessed()), { type: 'IssueWarning', warning })];
    expect(warned[2].data).toMatchObject({
      level: 'III',
      object: '东湖镇征地补偿',
      scope: '东湖镇及周边',
      issuingUnitId: 'unit-center',
    });
    expect(given(...warned).status).toBe(IncidentStatus.WARNED);
    expect(refusal(given(...warned), { type: 'IssueWarning', warning })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const adjusted = then(given(...warned), {
      type: 'AdjustWarning',
      warning: { ...warning, level: Grade.II },
      reason: '转发激增',
    });
    expect(adjusted[0].data).toMatchObject({ level: 'II', previousLevel: 'III' });
    const lifted = [...warned, ...then(given(...warned), { type: 'LiftWarning', reason: '平稳' })];
    expect(refusal(given(...lifted), { type: 'LiftWarning', reason: '再次' })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(
      refusal(given(...assessed()), { type: 'IssueWarning', warning: { ...warning, measures: '' } }),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('Incident: escalation (003 逐级报告、双重报告)', () => {
  const escalate = (to: EscalationTarget[], byCountyCentre = true): Body<IncidentCommand> => ({
    type: 'EscalateIncident',
    to,
    summary: '情况报告',
    cityOfficeUnitId: 'city',
    byCountyCentre,
  });

  it('goes to the city only after the county leaders, or to both at once', () => {
    expect(refusal(given(...assessed()), escalate([EscalationTarget.CITY_OFFICE]))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(
      then(given(...assessed()), escalate([EscalationTarget.COUNTY_LEADERS, EscalationTarget.CITY_OFFICE]))[0]
        .data,
    ).toMatchObject({
      to: ['COUNTY_LEADERS', 'CITY_OFFICE'],
      cityOfficeUnitId: 'city',
    });
    const leaders = [
      ...assessed(),
      ...then(given(...assessed()), escalate([EscalationTarget.COUNTY_LEADERS])),
    ];
    expect(then(given(...leaders), escalate([EscalationTarget.CITY_OFFICE]))).toHaveLength(1);
  });

  it('a township goes straight to the county leaders only with a major (II+) incident', () => {
    expect(
      refusal(given(...assessed(Grade.III)), escalate([EscalationTarget.COUNTY_LEADERS], false)),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      then(given(...assessed(Grade.II)), escalate([EscalationTarget.COUNTY_LEADERS], false)),
    ).toHaveLength(1);
    expect(
      refusal(
        given(...assessed(Grade.I)),
        escalate([EscalationTarget.COUNTY_LEADERS, EscalationTarget.CITY_OFFICE], false),
      ),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('Incident: "1+3+N" linkage (004 §五(二))', () => {
  const activate = (byDecision = false, reason = ''): Body<IncidentCommand> => ({
    type: 'ActivateLinkage',
    memberUnitIds: ['town', 'land', 'police'],
    byDecision,
    reason,
    facts: linkageFacts,
  });

  it('activates from grade II up with the propaganda department leading and the three taking part', () => {
    const events = then(given(...assessed(Grade.II)), activate());
    expect(events[0].data).toMatchObject({
      leadUnitId: 'prop',
      coreUnitIds: ['cyber', 'police', 'statesec'],
      memberUnitIds: ['town', 'land'],
    });
  });

  it('below the threshold only by decision, with a reason', () => {
    expect(refusal(given(...assessed(Grade.III)), activate())).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refusal(given(...assessed(Grade.III)), activate(true, ''))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(then(given(...assessed(Grade.III)), activate(true, '涉及多个部门'))[0].data).toMatchObject({
      byDecision: true,
    });
  });

  it('members are added and released; the lead and the three cannot be released', () => {
    const active = [...listed(Grade.II), ...then(given(...listed(Grade.II)), activate())];
    const added = [
      ...active,
      ...then(given(...active), { type: 'AddLinkageMembers', unitIds: ['petition', 'town'] }),
    ];
    expect(added[added.length - 1].data).toMatchObject({ unitIds: ['petition'] });
    expect(
      refusal(given(...added), { type: 'ReleaseLinkageMember', unitId: 'police', reason: 'x' }),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    const released = then(given(...added), {
      type: 'ReleaseLinkageMember',
      unitId: 'land',
      reason: '已完成',
    });
    expect(evolveIncident(given(...added), released[0]).linkage?.memberUnitIds).toEqual(['town', 'petition']);
    expect(refusal(given(...listed(Grade.II)), { type: 'AddLinkageMembers', unitIds: ['x'] })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('Incident: who answers for it (000 §六3 领导包保; 003 §二(三) 专人跟踪)', () => {
  const leader = { userId: 'u-vice', unitId: 'county-gov', name: '周副县长', post: '分管副县长' };
  const clerk = { userId: 'u-clerk', unitId: 'unit-center', name: '吴专员', post: null };
  const name = (guarantor: typeof leader | null, tracker: typeof clerk | null) =>
    ({ type: 'NameIncidentResponsibility', guarantor, tracker }) as const;

  it('names the 包保领导 and the 专人 from registration on, and remembers them', () => {
    const events = [...reported(), ...then(given(...reported()), name(leader, clerk))];
    expect(events[1]).toMatchObject({
      type: 'IncidentResponsibilityNamed',
      data: { guarantor: leader, tracker: clerk, by: 'u-duty', byUnit: 'unit-center' },
    });
    const s = given(...events);
    expect([s.guarantorUserId, s.trackerUserId]).toEqual(['u-vice', 'u-clerk']);
  });

  it('changes one and keeps the other; records only what changed', () => {
    const first = [...reported(), ...then(given(...reported()), name(leader, clerk))];
    const other = { ...clerk, userId: 'u-other', name: '郑专员' };
    const [e] = then(given(...first), name(leader, other));
    expect(e).toMatchObject({ data: { guarantor: null, tracker: other } });
    expect(given(...first, e).guarantorUserId).toBe('u-vice');
  });

  it('refuses naming nobody, naming the same people again, and a closed incident', () => {
    const first = [...reported(), ...then(given(...reported()), name(leader, clerk))];
    expect(refusal(given(...first), name(null, null))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refusal(given(...first), name(leader, clerk))).toMatchObject({
      reason: 'INCIDENT.RESPONSIBILITY_UNCHANGED',
    });
    expect(refusal(given(), name(leader, null))).toMatchObject({ code: 'NOT_FOUND' });
    const closed = given(...reported(), {
      type: 'IncidentClosed',
      data: { incidentId: id, by: 'u', byUnit: 'c', at: now.toISOString(), summary: '办结' },
    });
    expect(refusal(closed, name(leader, null))).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(allowedOperations(closed)).not.toContain('nameIncidentResponsibility');
  });
});

describe('Incident: a township handling it itself (000 §三; 001 §三 乡镇能处置的自行处置)', () => {
  const township = { ...context, actorUserId: 'u-town', actorUnitId: 'town-1' };
  const asTownship = (s: IncidentState, c: Body<IncidentCommand>) =>
    decideIncident({ ...c, incidentId: id, context: township }, s);
  const townshipRefused = (s: IncidentState, c: Body<IncidentCommand>): Record<string, unknown> => {
    try {
      asTownship(s, c);
    } catch (e) {
      return e as Record<string, unknown>;
    }
    throw new Error('expected the command to be refused');
  };
  const takenUp = () => [...reported(), ...asTownship(given(...reported()), { type: 'HandleLocally' })];

  it('is taken up by the township before the centre grades it, and only once', () => {
    const events = takenUp();
    expect(events[1]).toMatchObject({ type: 'IncidentTakenUpLocally', data: { townshipUnitId: 'town-1' } });
    expect(given(...events).localUnitId).toBe('town-1');
    expect(townshipRefused(given(...events), { type: 'HandleLocally' })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(townshipRefused(given(...assessed()), { type: 'HandleLocally' })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('lets the township grade it 一般 (IV) and nothing graver; the centre may grade it as it judges', () => {
    const s = given(...takenUp());
    expect(asTownship(s, { type: 'AssessIncident', input: assessment(Grade.IV) })[0].type).toBe(
      'IncidentAssessed',
    );
    expect(townshipRefused(s, { type: 'AssessIncident', input: assessment(Grade.III) })).toMatchObject({
      reason: 'INCIDENT.TOWNSHIP_GRADE_LIMIT',
    });
    expect(then(s, { type: 'AssessIncident', input: assessment(Grade.II) })[0].type).toBe('IncidentAssessed');
  });

  it('is taken over by the centre with a reason, after which the township grades nothing', () => {
    const events = takenUp();
    expect(refusal(given(...events), { type: 'TakeOverIncident', reason: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const over = then(given(...events), { type: 'TakeOverIncident', reason: '舆情升级' });
    expect(over[0]).toMatchObject({
      type: 'IncidentTakenOver',
      data: { fromUnitId: 'town-1', reason: '舆情升级' },
    });
    const s = given(...events, ...over);
    expect(s.localUnitId).toBeNull();
    expect(refusal(s, { type: 'TakeOverIncident', reason: '再次' })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    // No longer the local handler: its grade is not limited here; the policy no longer lets it assess at all.
    expect(allowedOperations(s)).not.toContain('handleLocally');
  });
});

describe('Incident: spread readings over time and the request to re-assess (001 §四(三), 003 §三; 002 动态管理)', () => {
  // The county's criteria: reaching any one figure of a row reaches its grade.
  const criteria = [
    { grade: 'I', posts: 1000, comments: 20000, views: 5_000_000, mainstreamMediaPickups: 5 },
    { grade: 'II', posts: 200, comments: 5000, views: 1_000_000, mainstreamMediaPickups: 1 },
    { grade: 'III', posts: 50, comments: 1000, views: 100_000, mainstreamMediaPickups: null },
  ];
  const figures = (
    over: Partial<Record<'posts' | 'comments' | 'views' | 'mainstreamMediaPickups', number>>,
  ) => ({
    posts: 10,
    reposts: 30,
    comments: 100,
    views: 2000,
    mainstreamMediaPickups: 0,
    ...over,
  });
  const reading = (spread: ReturnType<typeof figures>): Body<IncidentCommand> => ({
    type: 'RecordSpreadReading',
    spread,
    observedAt: context.now,
    sourceName: '县舆情监测服务',
    intakeItemId: null,
    criteria,
  });

  it('keeps a reading beside the first figures; below a higher grade it asks nothing', () => {
    const events = then(given(...assessed(Grade.III)), reading(figures({ comments: 3000 })));
    expect(events).toEqual([
      expect.objectContaining({
        type: 'IncidentSpreadReadingRecorded',
        data: expect.objectContaining({ spread: figures({ comments: 3000 }), sourceName: '县舆情监测服务' }),
      }),
    ]);
  });

  it('asks the centre to re-assess when the figures reach a more severe grade, naming what reached it', () => {
    const events = then(
      given(...assessed(Grade.III)),
      reading(figures({ comments: 6000, mainstreamMediaPickups: 2 })),
    );
    expect(events[1]).toMatchObject({
      type: 'IncidentReassessmentSuggested',
      data: {
        grade: 'III',
        suggestedGrade: 'II',
        reasons: [
          { figure: 'comments', value: 6000, threshold: 5000 },
          { figure: 'mainstreamMediaPickups', value: 2, threshold: 1 },
        ],
      },
    });
  });

  it('asks once per grade until the next assessment; a graver grade asks again; an assessment answers it', () => {
    const first = [...assessed(Grade.III)];
    first.push(...then(given(...first), reading(figures({ comments: 6000 }))));
    expect(given(...first).suggestedGrade).toBe(Grade.II);
    // More of the same grade: a reading, no second request.
    expect(then(given(...first), reading(figures({ comments: 7000 }))).map((e) => e.type)).toEqual([
      'IncidentSpreadReadingRecorded',
    ]);
    // Grade I's figures: asked again.
    expect(then(given(...first), reading(figures({ views: 6_000_000 })))[1]).toMatchObject({
      data: { suggestedGrade: 'I', reasons: [{ figure: 'views' }] },
    });
    // Re-assessed as II: the request is answered; II's figures ask nothing, I's would.
    const regraded = [
      ...first,
      ...then(given(...first), { type: 'AssessIncident', input: assessment(Grade.II) }),
    ];
    expect(given(...regraded).suggestedGrade).toBeNull();
    expect(then(given(...regraded), reading(figures({ comments: 7000 }))).map((e) => e.type)).toEqual([
      'IncidentSpreadReadingRecorded',
    ]);
  });

  it('an incident not yet assessed is asked to be assessed at the grade its figures reach', () => {
    expect(then(given(...reported()), reading(figures({ posts: 60 })))[1]).toMatchObject({
      type: 'IncidentReassessmentSuggested',
      data: { grade: null, suggestedGrade: 'III' },
    });
  });

  it('refuses figures that are not whole numbers from 0 and a reading from the future; records nothing', () => {
    const bad = refusal(given(...assessed()), reading(figures({ comments: -1 })));
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(bad)).toContain('input.spread.comments');
    const later = refusal(given(...assessed()), {
      ...(reading(figures({})) as Extract<Body<IncidentCommand>, { type: 'RecordSpreadReading' }>),
      observedAt: new Date(context.now.getTime() + 3_600_000),
    });
    expect(JSON.stringify(later)).toContain('input.observedAt');
  });

  it('a closed incident keeps the reading without asking (reopen it first)', () => {
    const s = given(...assessed(Grade.III));
    const closed = { ...s, status: IncidentStatus.CLOSED };
    expect(then(closed, reading(figures({ comments: 9000 }))).map((e) => e.type)).toEqual([
      'IncidentSpreadReadingRecorded',
    ]);
  });
});
