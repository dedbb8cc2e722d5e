import { decided, givenEvents } from '@test/given-when-then';
import { DecisionContext, IncidentCommand, incidentDecider, WarningInput } from '../domain/incident.decider';
import {
  DiscoveryChannel,
  Grade,
  IncidentField,
  IncidentNature,
  IncidentStatus,
  Platform,
  TaskRole,
  Veracity,
} from '../domain/incident.enums';
import { IncidentEvent } from '../domain/incident.events';
import { applyToIncidentView } from './incident-view.projection';

/** incident_view as its fold builds it: the columns people read, and who may read the incident. */
const now = new Date('2026-03-02T06:00:00.000Z');
const context: DecisionContext = {
  now,
  actorUserId: 'u-duty',
  actorUnitId: 'centre',
  actorCountyId: 'qingshui',
};
type Body<T> = T extends unknown ? Omit<T, 'incidentId' | 'context'> : never;
const cmd = (c: Body<IncidentCommand>): IncidentCommand => ({ ...c, incidentId: 'i1', context });
const incident = (...commands: Body<IncidentCommand>[]): IncidentEvent[] =>
  decided(incidentDecider, commands.map(cmd));
const stream = { streamId: 'incident-i1', streamType: 'Incident', owningUnit: 'centre' };

const report: Body<IncidentCommand> = {
  type: 'ReportIncident',
  townshipUnitId: 'donghu',
  input: {
    channel: DiscoveryChannel.MONITORING,
    platform: Platform.WEIBO,
    urls: ['https://weibo.example/post/1'],
    title: '某镇征地补偿争议帖',
    excerpt: '网帖称补偿款未到位',
    discoveredAt: new Date('2026-03-02T05:40:00.000Z'),
    spread: { posts: 3, reposts: 120, comments: 45, views: 9000, mainstreamMediaPickups: 0 },
    confidential: false,
  },
};
const assess = (grade: Grade): Body<IncidentCommand> => ({
  type: 'AssessIncident',
  input: {
    nature: IncidentNature.INQUIRY_APPEAL,
    veracity: Veracity.UNVERIFIED,
    field: IncidentField.LAND_ACQUISITION,
    grade,
    indicators: ['转发量 120'],
    reasoning: '传播范围较小但敏感度较高',
  },
});
const list: Body<IncidentCommand> = { type: 'ListIncident', requirements: '核实并回应' };
const warning: WarningInput = {
  level: Grade.III,
  object: '东湖镇征地补偿',
  startAt: now,
  scope: '东湖镇及周边',
  scopeUnitIds: ['xishan'],
  matters: '网帖集中反映补偿款未到位',
  measures: '核实情况，及时回应',
};
const attach = (taskId: string, unitId: string): Body<IncidentCommand> => ({
  type: 'AttachTask',
  taskId,
  unitId,
  role: TaskRole.LEAD,
  parentTaskId: null,
});
const activate: Body<IncidentCommand> = {
  type: 'ActivateLinkage',
  memberUnitIds: ['land', 'water'],
  byDecision: false,
  reason: '',
  facts: { propagandaUnitId: 'prop', coreUnitIds: ['cyber', 'police', 'statesec'], thresholdGrade: Grade.II },
};

it('a report is a REGISTERED row seen by the centre, the reporting unit and the village’s township', () => {
  const row = givenEvents(incident(report), stream).project(applyToIncidentView).row();
  expect(row).toMatchObject({
    incidentId: 'i1',
    owningUnit: 'centre',
    countyId: 'qingshui',
    status: IncidentStatus.REGISTERED,
    title: '某镇征地补偿争议帖',
    reportingUnitId: 'centre',
    reportedBy: 'u-duty',
    reportedAt: now,
    discoveredAt: new Date('2026-03-02T05:40:00.000Z'),
    townshipUnitId: 'donghu',
    grade: null,
    warnings: [],
    version: 1,
  });
  expect([...row!.visibleUnits].sort()).toEqual(['centre', 'donghu']);
  expect(row!.deciderState?.status).toBe(IncidentStatus.REGISTERED);
});

it('a second assessment replaces the first, with its revision', () => {
  givenEvents(incident(report, assess(Grade.III), assess(Grade.II)), stream)
    .project(applyToIncidentView)
    .then({
      status: IncidentStatus.ASSESSED,
      grade: Grade.II,
      assessmentRevision: 2,
      assessedBy: 'u-duty',
      version: 3,
    });
});

it('a warning’s scope can read the incident; lifted, the warning stays in the history as inactive', () => {
  const events = incident(
    report,
    assess(Grade.III),
    list,
    { type: 'IssueWarning', warning },
    {
      type: 'LiftWarning',
      reason: '舆情平稳',
    },
  );
  const row = givenEvents(events, stream).project(applyToIncidentView).row()!;
  expect(row.visibleUnits).toContain('xishan');
  expect(row.warning).toMatchObject({
    action: 'LIFTED',
    active: false,
    reason: '舆情平稳',
    level: Grade.III,
  });
  expect(row.warnings.map((w) => [w.action, w.active])).toEqual([
    ['ISSUED', true],
    ['LIFTED', false],
  ]);
  expect(row).toMatchObject({ status: IncidentStatus.HANDLING, listedAt: now, requirements: '核实并回应' });
});

it('a released linkage member loses sight of the incident unless it holds a task of it', () => {
  const events = incident(
    report,
    assess(Grade.II),
    list,
    activate,
    attach('t1', 'water'),
    { type: 'ReleaseLinkageMember', unitId: 'land', reason: '已完成' },
    { type: 'ReleaseLinkageMember', unitId: 'water', reason: '已完成' },
  );
  const active = givenEvents(events.slice(0, 5), stream).project(applyToIncidentView).row()!;
  expect(active.visibleUnits).toEqual(
    expect.arrayContaining(['prop', 'cyber', 'police', 'statesec', 'land', 'water']),
  );
  const row = givenEvents(events, stream).project(applyToIncidentView).row()!;
  expect(row.visibleUnits).not.toContain('land');
  expect(row.visibleUnits).toContain('water');
  expect(row.linkage).toMatchObject({
    memberUnitIds: [],
    releasedUnitIds: ['land', 'water'],
    leadUnitId: 'prop',
  });
});

it('closed then reopened: the close and calm times go, the reopen is counted', () => {
  const steps: Body<IncidentCommand>[] = [
    report,
    assess(Grade.III),
    list,
    { type: 'MarkIncidentCalmed', note: '舆情平息' },
    { type: 'CloseIncident', summary: '处置完毕' },
  ];
  const closed = incident(...steps);
  givenEvents(closed, stream)
    .project(applyToIncidentView)
    .then({ status: IncidentStatus.CLOSED, closedAt: now, calmedAt: now, reopenCount: 0 });
  const reopened = incident(...steps, { type: 'ReopenIncident', reason: '舆情反复' });
  givenEvents(reopened, stream)
    .project(applyToIncidentView)
    .then({ status: IncidentStatus.HANDLING, closedAt: null, calmedAt: null, reopenCount: 1 });
});

it('makes no row from events of an incident it never saw reported', () => {
  const [, assessed] = incident(report, assess(Grade.III));
  givenEvents([assessed], stream).project(applyToIncidentView).then(undefined);
});
