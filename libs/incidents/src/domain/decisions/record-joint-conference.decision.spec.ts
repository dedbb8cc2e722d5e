import { deciderSpec } from '@test/given-when-then';
import { DecisionContext, IncidentCommand, incidentDecider } from '../incident.decider';
import { Grade, IncidentField, IncidentNature, TaskRole, Veracity } from '../incident.enums';
import { IncidentEvent, IncidentEventType } from '../incident.events';

const { given } = deciderSpec(incidentDecider);
const now = new Date('2026-03-02T06:00:00.000Z');
const at = now.toISOString();
const context: DecisionContext = {
  now,
  actorUserId: 'u-prop',
  actorUnitId: 'prop',
  actorCountyId: 'county-a',
};
const stamp = { incidentId: 'i1', by: 'u-prop', byUnit: 'prop', at };

// The stream up to an active linkage, written as events (not replayed commands): the spec is about the conference.
const reported: IncidentEvent = {
  type: IncidentEventType.Reported,
  data: {
    incidentId: 'i1',
    channel: 'MONITORING',
    platform: 'WEIBO',
    urls: [],
    title: '谣言',
    excerpt: '网传停水',
    discoveredAt: at,
    spread: { posts: 1, reposts: 0, comments: 0, views: 0, mainstreamMediaPickups: 0 },
    confidential: false,
    reportingUnitId: 'centre',
    countyId: 'county-a',
    reportedBy: 'u-duty',
    reportedAt: at,
  },
} as IncidentEvent;
const assessed: IncidentEvent = {
  type: IncidentEventType.Assessed,
  data: {
    incidentId: 'i1',
    nature: IncidentNature.FABRICATION,
    veracity: Veracity.FALSE,
    field: IncidentField.OTHER,
    grade: Grade.II,
    indicators: [],
    reasoning: '谣言',
    previousGrade: null,
    revision: 1,
    assessedBy: 'u-duty',
    assessedAt: at,
  },
};
const linkage: IncidentEvent = {
  type: IncidentEventType.LinkageActivated,
  data: {
    ...stamp,
    leadUnitId: 'prop',
    coreUnitIds: ['cyber', 'police', 'statesec'],
    memberUnitIds: ['town'],
    byDecision: false,
    reason: '',
  },
};
const listed: IncidentEvent = { type: IncidentEventType.Listed, data: { ...stamp, requirements: '辟谣' } };

const conference = (
  over: Partial<Extract<IncidentCommand, { type: 'RecordJointConference' }>> = {},
): IncidentCommand => ({
  type: 'RecordJointConference',
  incidentId: 'i1',
  context,
  conferenceId: 'c1',
  heldAt: now,
  participants: [' 张三（宣传部） ', '李四（公安局）'],
  participantUnitIds: ['prop', 'police', 'prop'],
  decisions: [' 公安核查 ', '宣传部发布辟谣'],
  followUps: [],
  ...over,
});

describe('Incident: the joint conference (联席会议, 004 §五(二))', () => {
  it('is recorded with its participants and decisions, trimmed, units once each', () => {
    given([reported, assessed, listed, linkage])
      .when(conference())
      .then([
        {
          type: IncidentEventType.JointConferenceRecorded,
          data: {
            ...stamp,
            conferenceId: 'c1',
            heldAt: at,
            participants: ['张三（宣传部）', '李四（公安局）'],
            participantUnitIds: ['prop', 'police'],
            decisions: ['公安核查', '宣传部发布辟谣'],
            followUpTaskIds: [],
          },
        },
      ]);
  });

  it('attaches the tasks it dispatches in the same step', () => {
    given([reported, assessed, listed, linkage])
      .when(conference({ followUps: [{ taskId: 't9', unitId: 'police', role: TaskRole.LEAD }] }))
      .then((events) => {
        expect(events.map((e) => e.type)).toEqual([
          IncidentEventType.JointConferenceRecorded,
          IncidentEventType.TaskAttached,
        ]);
        expect(events[0].data).toMatchObject({ followUpTaskIds: ['t9'] });
        expect(events[1].data).toEqual({
          ...stamp,
          taskId: 't9',
          unitId: 'police',
          role: TaskRole.LEAD,
          parentTaskId: null,
        });
      });
  });

  it('needs an active linkage, someone present and something decided; dispatches only once listed', () => {
    given([reported, assessed, listed]).when(conference()).thenThrows('INCIDENT.INVALID_TRANSITION');
    given([reported, assessed, listed, linkage])
      .when(conference({ participants: [], decisions: [] }))
      .thenThrows('INPUT.INVALID', ['input.participants', 'input.decisions']);
    given([reported, assessed, linkage, { type: IncidentEventType.Calmed, data: { ...stamp, note: '' } }])
      .when(conference())
      .thenThrows('INCIDENT.INVALID_TRANSITION');
  });
});

describe('Incident: a task settled (销号 or 撤销, from dispatch)', () => {
  const attached: IncidentEvent = {
    type: IncidentEventType.TaskAttached,
    data: { ...stamp, taskId: 't1', unitId: 'town', role: TaskRole.LEAD, parentTaskId: null },
  };
  const settle: IncidentCommand = {
    type: 'SettleTask',
    incidentId: 'i1',
    context,
    taskId: 't1',
    outcome: 'ACCEPTED',
  };

  it('is recorded once; a repeat or a task of another incident decides nothing', () => {
    given([reported, assessed, listed, attached])
      .when(settle)
      .then([{ type: IncidentEventType.TaskSettled, data: { ...stamp, taskId: 't1', outcome: 'ACCEPTED' } }]);
    given([
      reported,
      assessed,
      listed,
      attached,
      { type: IncidentEventType.TaskSettled, data: { ...stamp, taskId: 't1', outcome: 'ACCEPTED' } },
    ])
      .when(settle)
      .thenNothingHappens();
    given([reported, assessed, listed]).when(settle).thenNothingHappens();
    given([]).when(settle).thenThrows('INCIDENT.NOT_FOUND');
  });
});
