import { actingAs, deciderSpec } from '@test/given-when-then';
import { countyLeadersDecider } from './county-leaders.decider';
import { HandlingPlanCommand, handlingPlanDecider } from './handling-plan.decider';
import { HandlingPlanEvent, HandlingPlanEventType, planRequired } from './handling-plan.events';
import { CountyLeader } from './leadership.events';

const { given } = deciderSpec(handlingPlanDecider);
const context = actingAs('u-wu');
const at = context.now.toISOString();
const land: CountyLeader = {
  userId: 'u-song',
  unitId: 'office',
  name: '宋健',
  post: '分管副县长',
  fields: ['LAND_ACQUISITION'],
  principal: false,
};
const food: CountyLeader = { ...land, userId: 'u-ma', name: '马丽', fields: ['FOOD_DRUG'] };
const draft = (
  over: Partial<Extract<HandlingPlanCommand, { type: 'DraftHandlingPlan' }>> = {},
): HandlingPlanCommand => ({
  type: 'DraftHandlingPlan',
  planId: 'p-1',
  incident: {
    incidentId: 'i-1',
    countyId: 'qingshui',
    title: '东湖镇征地补偿',
    confidential: false,
    field: 'LAND_ACQUISITION',
  },
  measures: '东湖镇核实补偿发放；自然资源局发布政策解读',
  unitIds: ['donghu', 'land', 'donghu'],
  timing: '12小时内反馈',
  byName: '吴静',
  context,
  ...over,
});
const drafted: HandlingPlanEvent = {
  type: HandlingPlanEventType.Drafted,
  data: {
    planId: 'p-1',
    incidentId: 'i-1',
    countyId: 'qingshui',
    incidentTitle: '东湖镇征地补偿',
    field: 'LAND_ACQUISITION',
    measures: '东湖镇核实补偿发放；自然资源局发布政策解读',
    unitIds: ['donghu', 'land'],
    timing: '12小时内反馈',
    revision: 1,
    byName: '吴静',
    at,
  },
};
const decided = {
  planId: 'p-1',
  incidentId: 'i-1',
  countyId: 'qingshui',
  leaderUserId: 'u-song',
  leaderName: '宋健',
  post: '分管副县长',
  at,
};
const approved: HandlingPlanEvent = { type: HandlingPlanEventType.Approved, data: decided };
const sentBack: HandlingPlanEvent = {
  type: HandlingPlanEventType.SentBack,
  data: { ...decided, reason: '措施不具体' },
};

describe('处置方案', () => {
  it('is drafted by the centre with measures, units and timing', () => {
    given().when(draft()).then([drafted]);
    given()
      .when(draft({ measures: '', unitIds: [], timing: ' ' }))
      .thenThrows('INPUT.INVALID', ['input.measures', 'input.unitIds', 'input.timing']);
  });

  it('is approved or sent back with a reason by the leader in charge, and no one else', () => {
    given([drafted])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: land, context })
      .then([approved]);
    given([drafted])
      .when({ type: 'SendBackHandlingPlan', planId: 'p-1', leader: land, reason: '措施不具体', context })
      .then([sentBack]);
    given([drafted])
      .when({ type: 'SendBackHandlingPlan', planId: 'p-1', leader: land, reason: '', context })
      .thenThrows('INPUT.INVALID', ['input.reason']);
    given([drafted])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: food, context })
      .thenThrows('LEADERSHIP.NOT_IN_CHARGE');
    given([drafted])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: null, context })
      .thenThrows('LEADERSHIP.NOT_A_LEADER');
    given()
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: land, context })
      .thenThrows('HANDLING_PLAN.NOT_FOUND');
  });

  it('keeps the leader’s 审批意见 with the consent, trimmed; none is no opinion', () => {
    given([drafted])
      .when({
        type: 'ApproveHandlingPlan',
        planId: 'p-1',
        leader: land,
        opinion: ' 同意，注意方式方法 ',
        context,
      })
      .then([{ ...approved, data: { ...approved.data, opinion: '同意，注意方式方法' } }]);
    given([drafted])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: land, opinion: '  ', context })
      .then([approved]);
    given([drafted])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: land, opinion: '意'.repeat(1001), context })
      .thenThrows('INPUT.INVALID', ['input.opinion']);
  });

  it('is revised after it is sent back, and is final once approved', () => {
    given([drafted, sentBack])
      .when(draft())
      .then((events) => expect(events[0].data).toMatchObject({ revision: 2 }));
    given([drafted, approved]).when(draft()).thenThrows('HANDLING_PLAN.NOT_PENDING');
    given([drafted, approved])
      .when({ type: 'ApproveHandlingPlan', planId: 'p-1', leader: land, context })
      .thenThrows('HANDLING_PLAN.NOT_PENDING');
  });
});

describe('the county’s policy on plans', () => {
  const roster = deciderSpec(countyLeadersDecider);
  it('says from which grade dispatch waits for an approved plan; none by default', () => {
    roster
      .given()
      .when({ type: 'SetHandlingPlanPolicy', countyId: 'qingshui', fromGrade: 'II', context })
      .then([{ type: HandlingPlanEventType.PolicySet, data: { countyId: 'qingshui', fromGrade: 'II', at } }]);
    roster
      .given()
      .when({ type: 'SetHandlingPlanPolicy', countyId: 'qingshui', fromGrade: null, context })
      .thenNothingHappens();
    roster
      .given()
      .when({ type: 'SetHandlingPlanPolicy', countyId: 'qingshui', fromGrade: 'V', context })
      .thenThrows('INPUT.INVALID');
    expect([
      planRequired(null, 'I'),
      planRequired('II', 'III'),
      planRequired('II', 'II'),
      planRequired('II', 'I'),
    ]).toEqual([false, false, true, true]);
  });
});
