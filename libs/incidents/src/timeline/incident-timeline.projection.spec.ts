import { RecordedEvent } from '@app/event-store';
import { decided, recorded } from '@test/given-when-then';
import { DecisionContext, IncidentCommand, incidentDecider } from '../domain/incident.decider';
import {
  DiscoveryChannel,
  Grade,
  IncidentField,
  IncidentNature,
  Platform,
  TaskRole,
  Veracity,
} from '../domain/incident.enums';
import { IncidentEventType } from '../domain/incident.events';
import { describeIncidentEvent } from '../domain/incident.timeline';
import { timelineEntries } from './incident-timeline.projection';
import { TimelineRegistry } from './timeline-registry';

/** incident_timeline as its fold builds it: a line per described event that names an incident, in log order. */
const context: DecisionContext = {
  now: new Date('2026-03-02T06:00:00.000Z'),
  actorUserId: 'u-duty',
  actorUnitId: 'centre',
  actorCountyId: 'qingshui',
};
type Body<T> = T extends unknown ? Omit<T, 'incidentId' | 'context'> : never;
const incident = (...commands: Body<IncidentCommand>[]) =>
  decided(
    incidentDecider,
    commands.map((c) => ({ ...c, incidentId: 'i1', context })),
  );
const events = incident(
  {
    type: 'ReportIncident',
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
  },
  {
    type: 'AssessIncident',
    input: {
      nature: IncidentNature.INQUIRY_APPEAL,
      veracity: Veracity.UNVERIFIED,
      field: IncidentField.LAND_ACQUISITION,
      grade: Grade.III,
      indicators: ['转发量 120'],
      reasoning: '传播范围较小但敏感度较高',
    },
  },
  { type: 'ListIncident', requirements: '核实并回应' },
  { type: 'AttachTask', taskId: 't1', unitId: 'donghu', role: TaskRole.LEAD, parentTaskId: null },
);
const registry = () => {
  const r = new TimelineRegistry();
  r.register(Object.values(IncidentEventType), describeIncidentEvent);
  return r;
};
const log = (): RecordedEvent[] =>
  recorded(events, {
    streamId: 'incident-i1',
    streamType: 'Incident',
    owningUnit: 'centre',
    from: context.now,
  }).map((e) => ({
    ...e,
    metadata: { ...e.metadata, actorUser: 'u-duty', actorUnit: 'centre', actorName: '周明' },
  }));

it('a line per described event, with who, when and the words, keyed by incident and log position', () => {
  const rows = timelineEntries(log(), registry());
  expect(rows.map((r) => [r.globalPosition, r.eventType, r.summaryZh])).toEqual([
    ['1', IncidentEventType.Reported, '登记舆情'],
    ['2', IncidentEventType.Assessed, expect.stringContaining('研判为') as string],
    ['3', IncidentEventType.Listed, '列单'],
  ]);
  expect(rows[0]).toMatchObject({
    incidentId: 'i1',
    countyId: 'qingshui',
    streamId: 'incident-i1',
    recordedAt: new Date('2026-03-02T06:00:00.000Z'),
    actorUser: 'u-duty',
    actorName: '周明',
    summaryEn: 'registered the incident',
    refId: null,
  });
});

it('leaves off what its describer leaves off (a task attached: the task’s own events say it)', () => {
  expect(events.map((e) => e.type)).toContain(IncidentEventType.TaskAttached);
  expect(timelineEntries(log(), registry()).map((r) => r.eventType)).not.toContain(
    IncidentEventType.TaskAttached,
  );
});

it('names the task, letter, statement or report a line is about', () => {
  const r = registry();
  r.register(['StatementDrafted'], () => ({ zh: '起草口径', en: 'drafted a statement' }));
  const [drafted] = recorded([
    { type: 'StatementDrafted', data: { statementId: 's1', incidentId: 'i1', countyId: 'qingshui' } },
  ]);
  expect(timelineEntries([drafted], r)[0]).toMatchObject({
    incidentId: 'i1',
    refId: 's1',
    summaryZh: '起草口径',
  });
});

it('ignores an event of a type nobody described, and one that names no incident', () => {
  const r = registry();
  r.register(['DutyLogWritten'], () => ({ zh: '值班记录', en: 'duty log' }));
  const others = recorded([
    { type: 'SomethingElse', data: { incidentId: 'i1' } },
    { type: 'DutyLogWritten', data: { incidentId: null } },
  ]);
  expect(timelineEntries(others, r)).toEqual([]);
});

it('the same events give the same keys, so a replay writes nothing new', () => {
  const key = (rows: { incidentId: string; globalPosition: string }[]) =>
    rows.map((x) => `${x.incidentId}@${x.globalPosition}`);
  expect(key(timelineEntries(log(), registry()))).toEqual(key(timelineEntries(log(), registry())));
});
