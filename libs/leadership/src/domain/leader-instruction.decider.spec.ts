import { actingAs, deciderSpec } from '@test/given-when-then';
import { leadersInCharge } from './leaders-in-charge';
import {
  InstructedIncident,
  LeaderInstructionCommand,
  leaderInstructionDecider,
} from './leader-instruction.decider';
import { CountyLeader, LeaderInstructionEvent, LeadershipEventType } from './leadership.events';

const { given } = deciderSpec(leaderInstructionDecider);
const context = actingAs('u-li', 'centre');
const at = context.now.toISOString();
const land: CountyLeader = {
  userId: 'u-li',
  unitId: 'centre',
  name: '李县长',
  post: '分管副县长',
  fields: ['LAND_ACQUISITION'],
  principal: false,
};
const secretary: CountyLeader = {
  ...land,
  userId: 'u-wang',
  name: '王书记',
  post: '县委书记',
  fields: [],
  principal: true,
};
const food: CountyLeader = { ...land, userId: 'u-zhao', name: '赵县长', fields: ['FOOD_DRUG'] };
const incident: InstructedIncident = {
  incidentId: 'i-1',
  countyId: 'qingshui',
  title: '东湖镇征地补偿',
  confidential: false,
  field: 'LAND_ACQUISITION',
};
const give = (
  leader: CountyLeader | null,
  text = ' 请东湖镇12小时内核实并答复群众 ',
): LeaderInstructionCommand => ({
  type: 'GiveInstruction',
  instructionId: 'ins-1',
  incident,
  leader,
  text,
  context,
});
const given1: LeaderInstructionEvent = {
  type: LeadershipEventType.InstructionGiven,
  data: {
    instructionId: 'ins-1',
    incidentId: 'i-1',
    countyId: 'qingshui',
    incidentTitle: '东湖镇征地补偿',
    confidential: false,
    leaderUserId: 'u-li',
    leaderUnitId: 'centre',
    leaderName: '李县长',
    post: '分管副县长',
    text: '请东湖镇12小时内核实并答复群众',
    at,
  },
};

describe('领导批示', () => {
  it('is given by the leader in charge of the incident’s field, or a principal leader', () => {
    given().when(give(land)).then([given1]);
    given()
      .when(give(secretary))
      .then((events) => expect(events[0].data).toMatchObject({ post: '县委书记', leaderUserId: 'u-wang' }));
  });

  it('is refused to a leader of another field, to someone not on the roster, and without words', () => {
    given().when(give(food)).thenThrows('LEADERSHIP.NOT_IN_CHARGE');
    given().when(give(null)).thenThrows('LEADERSHIP.NOT_A_LEADER');
    given().when(give(land, ' ')).thenThrows('INPUT.INVALID', ['input.text']);
  });

  it('is turned into tasks of its own incident, each once (落实批示)', () => {
    const link = (taskId: string, incidentId = 'i-1'): LeaderInstructionCommand => ({
      type: 'LinkInstructionTask',
      instructionId: 'ins-1',
      task: { taskId, incidentId },
      context,
    });
    const linked: LeaderInstructionEvent = {
      type: LeadershipEventType.InstructionTaskLinked,
      data: { instructionId: 'ins-1', incidentId: 'i-1', countyId: 'qingshui', taskId: 't-1', at },
    };
    given([given1]).when(link('t-1')).then([linked]);
    given([given1, linked]).when(link('t-1')).thenThrows('INSTRUCTION.TASK_ALREADY_LINKED');
    given([given1]).when(link('t-2', 'i-2')).thenThrows('INSTRUCTION.TASK_OF_ANOTHER_INCIDENT');
    given().when(link('t-1')).thenThrows('INSTRUCTION.NOT_FOUND');
  });

  it('is reported back on, addressed to the leader who gave it (批示落实情况反馈)', () => {
    given([given1])
      .when({
        type: 'ReportInstructionFeedback',
        instructionId: 'ins-1',
        text: '已核实，补偿款本周发放',
        byName: '吴静',
        context,
      })
      .then((events) =>
        expect(events[0]).toEqual({
          type: LeadershipEventType.InstructionFeedbackReported,
          data: expect.objectContaining({
            leaderUserId: 'u-li',
            text: '已核实，补偿款本周发放',
            byName: '吴静',
          }) as unknown,
        }),
      );
  });
});

describe('whom an escalation to the county leaders reaches', () => {
  const roster = [land, secretary, food];
  it('the leaders in charge of the field; the principal leaders too at grade I–II', () => {
    expect(leadersInCharge(roster, { field: 'LAND_ACQUISITION', grade: 'III' }).map((l) => l.name)).toEqual([
      '李县长',
    ]);
    expect(leadersInCharge(roster, { field: 'LAND_ACQUISITION', grade: 'II' }).map((l) => l.name)).toEqual([
      '李县长',
      '王书记',
    ]);
    expect(leadersInCharge(roster, { field: null, grade: null })).toEqual([]);
  });
});
