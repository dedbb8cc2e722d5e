import {
  InboxAudience,
  InboxChangeKind,
  InboxItemArrivedData,
  InboxRef,
  INBOX_ITEM_ARRIVED,
} from '@app/inbox';
import { actingAs, decided, givenEvents, recorded } from '@test/given-when-then';
import { LeaderInstructionCommand, leaderInstructionDecider } from '../domain/leader-instruction.decider';
import { CountyLeader } from '../domain/leadership.events';
import { applyToLeaderInstructionView, leaderArrivalRows } from './leadership.projections';

/** The leadership read models a fold builds without the database: 领导批示 and what reached a leader by name. */

describe('leader_instruction_view', () => {
  const land: CountyLeader = {
    userId: 'u-li',
    unitId: 'gov',
    name: '李县长',
    post: '分管副县长',
    fields: ['LAND_ACQUISITION'],
    principal: false,
  };
  const at = (iso: string, who = 'u-li', unit = 'gov') => actingAs(who, unit, new Date(iso));
  const give: LeaderInstructionCommand = {
    type: 'GiveInstruction',
    instructionId: 'ins-1',
    incident: {
      incidentId: 'i-1',
      countyId: 'qingshui',
      title: '东湖镇征地补偿',
      confidential: false,
      field: 'LAND_ACQUISITION',
    },
    leader: land,
    text: '请东湖镇12小时内核实并答复群众',
    context: at('2026-03-02T01:00:00Z'),
  };
  const link = (taskId: string): LeaderInstructionCommand => ({
    type: 'LinkInstructionTask',
    instructionId: 'ins-1',
    task: { taskId, incidentId: 'i-1' },
    context: at('2026-03-02T02:00:00Z', 'u-duty', 'centre'),
  });
  const feedback = (text: string, iso: string): LeaderInstructionCommand => ({
    type: 'ReportInstructionFeedback',
    instructionId: 'ins-1',
    text,
    byName: '吴静',
    context: at(iso, 'u-wu', 'centre'),
  });
  const instruction = (...commands: LeaderInstructionCommand[]) =>
    decided(leaderInstructionDecider, [give, ...commands]);

  it('a given instruction names the leader, post and words, with no tasks or feedback yet', () => {
    givenEvents(instruction())
      .project(applyToLeaderInstructionView)
      .then({
        instructionId: 'ins-1',
        incidentId: 'i-1',
        incidentTitle: '东湖镇征地补偿',
        confidential: false,
        leaderUserId: 'u-li',
        leaderName: '李县长',
        post: '分管副县长',
        text: '请东湖镇12小时内核实并答复群众',
        givenAt: new Date('2026-03-02T01:00:00Z'),
        taskIds: [],
        feedback: [],
        version: 1,
      });
  });

  it('lists the tasks that carry it out and each feedback, in the order they came', () => {
    const row = givenEvents(
      instruction(
        link('t-1'),
        feedback('已核实，补偿款本周发放', '2026-03-02T03:00:00Z'),
        link('t-2'),
        feedback('已发放完毕', '2026-03-03T03:00:00Z'),
      ),
    )
      .project(applyToLeaderInstructionView)
      .row()!;
    expect(row.taskIds).toEqual(['t-1', 't-2']);
    expect(row.feedback).toEqual([
      { text: '已核实，补偿款本周发放', byName: '吴静', at: '2026-03-02T03:00:00.000Z' },
      { text: '已发放完毕', byName: '吴静', at: '2026-03-03T03:00:00.000Z' },
    ]);
    expect(row.version).toBe(5);
  });

  it('makes no row from a task linked to an instruction it never saw given', () => {
    const [, linked] = instruction(link('t-1'));
    givenEvents([linked]).project(applyToLeaderInstructionView).then(undefined);
  });
});

describe('leader_arrival_view', () => {
  const arrival = (over: Partial<InboxItemArrivedData> = {}) => ({
    type: INBOX_ITEM_ARRIVED,
    data: {
      unitId: 'gov',
      kind: InboxChangeKind.INCIDENT_ESCALATED,
      refType: InboxRef.INCIDENT,
      refId: 'i-1',
      incidentId: 'i-1',
      fromUnitId: 'centre',
      title: '东湖镇征地补偿',
      confidential: false,
      at: '2026-03-02T04:00:00.000Z',
      audience: InboxAudience.LEADERS,
      note: { zh: '请阅示', en: 'for your attention' },
      recipientUserIds: ['u-li', 'u-wang'],
      ...over,
    },
  });

  it('one row per person the arrival names, with what it is about', () => {
    const rows = recorded([arrival()]).flatMap(leaderArrivalRows);
    expect(rows.map((r) => r.userId)).toEqual(['u-li', 'u-wang']);
    expect(rows[0]).toMatchObject({
      unitId: 'gov',
      kind: InboxChangeKind.INCIDENT_ESCALATED,
      refId: 'i-1',
      title: '东湖镇征地补偿',
      note: '请阅示',
      confidential: false,
      fromUnitId: 'centre',
      arrivedAt: new Date('2026-03-02T04:00:00.000Z'),
    });
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(2);
  });

  it('涉密: only the reference is kept, no title and no note', () => {
    const [row] = recorded([arrival({ confidential: true, recipientUserIds: ['u-li'] })]).flatMap(
      leaderArrivalRows,
    );
    expect(row).toMatchObject({
      refId: 'i-1',
      incidentId: 'i-1',
      confidential: true,
      title: null,
      note: null,
    });
  });

  it('an arrival for the whole unit, naming nobody, makes no row', () => {
    expect(recorded([arrival({ recipientUserIds: null })]).flatMap(leaderArrivalRows)).toEqual([]);
    expect(recorded([arrival({ recipientUserIds: undefined })]).flatMap(leaderArrivalRows)).toEqual([]);
  });

  it('the same arrival applied again gives the same keys, so a replay writes nothing new', () => {
    const [e] = recorded([arrival()]);
    expect(leaderArrivalRows(e).map((r) => r.eventId)).toEqual(leaderArrivalRows(e).map((r) => r.eventId));
    const [other] = recorded([arrival(), arrival()]).slice(1);
    expect(leaderArrivalRows(other)[0].eventId).not.toBe(leaderArrivalRows(e)[0].eventId);
  });
});
