import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { countyLeadersDecider } from '../domain/county-leaders.decider';
import { HandlingPlanCommand, handlingPlanDecider } from '../domain/handling-plan.decider';
import { HandlingPlanStatus } from '../domain/handling-plan.events';
import { CountyLeader } from '../domain/leadership.events';
import { applyToHandlingPlanPolicyView, applyToHandlingPlanView } from './handling-plan.projections';

/** handling_plan_view and handling_plan_policy_view as their folds build them: 处置方案 and the county's rule. */
const at = (iso: string) => actingAs('u-wu', 'centre', new Date(iso));
const land: CountyLeader = {
  userId: 'u-song',
  unitId: 'gov',
  name: '宋健',
  post: '分管副县长',
  fields: ['LAND_ACQUISITION'],
  principal: false,
};
const draft = (measures: string, iso: string): HandlingPlanCommand => ({
  type: 'DraftHandlingPlan',
  planId: 'p-1',
  incident: {
    incidentId: 'i-1',
    countyId: 'qingshui',
    title: '东湖镇征地补偿',
    confidential: false,
    field: 'LAND_ACQUISITION',
  },
  measures,
  unitIds: ['donghu', 'land'],
  timing: '12小时内反馈',
  byName: '吴静',
  context: at(iso),
});
const approve: HandlingPlanCommand = {
  type: 'ApproveHandlingPlan',
  planId: 'p-1',
  leader: land,
  context: at('2026-03-02T04:00:00Z'),
};
const sendBack: HandlingPlanCommand = {
  type: 'SendBackHandlingPlan',
  planId: 'p-1',
  leader: land,
  reason: '措施不具体',
  context: at('2026-03-02T03:00:00Z'),
};
const plan = (...commands: HandlingPlanCommand[]) => decided(handlingPlanDecider, commands);

describe('handling_plan_view', () => {
  it('a drafted plan waits for the leader in charge', () => {
    givenEvents(plan(draft('东湖镇核实补偿发放', '2026-03-02T02:00:00Z')))
      .project(applyToHandlingPlanView)
      .then({
        planId: 'p-1',
        incidentTitle: '东湖镇征地补偿',
        status: HandlingPlanStatus.PENDING,
        measures: '东湖镇核实补偿发放',
        unitIds: ['donghu', 'land'],
        revision: 1,
        draftedByName: '吴静',
        draftedAt: new Date('2026-03-02T02:00:00Z'),
        decidedByName: null,
        reason: null,
        version: 1,
      });
  });

  it('sent back, it keeps who sent it back and why', () => {
    givenEvents(plan(draft('东湖镇核实补偿发放', '2026-03-02T02:00:00Z'), sendBack))
      .project(applyToHandlingPlanView)
      .then({
        status: HandlingPlanStatus.SENT_BACK,
        decidedByName: '宋健',
        decidedByPost: '分管副县长',
        decidedAt: new Date('2026-03-02T03:00:00Z'),
        reason: '措施不具体',
      });
  });

  it('revised after a send-back: the new measures replace the old, the decision and reason go; then approved', () => {
    const events = plan(
      draft('东湖镇核实补偿发放', '2026-03-02T02:00:00Z'),
      sendBack,
      draft('东湖镇三日内发放到位并公开回应', '2026-03-02T03:30:00Z'),
      approve,
    );
    givenEvents(events.slice(0, 3)).project(applyToHandlingPlanView).then({
      status: HandlingPlanStatus.PENDING,
      measures: '东湖镇三日内发放到位并公开回应',
      revision: 2,
      decidedByName: null,
      decidedAt: null,
      reason: null,
    });
    givenEvents(events).project(applyToHandlingPlanView).then({
      status: HandlingPlanStatus.APPROVED,
      revision: 2,
      decidedByName: '宋健',
      reason: null,
      version: 4,
    });
  });

  it('makes no row from a decision on a plan it never saw drafted', () => {
    const [, approved] = plan(draft('东湖镇核实补偿发放', '2026-03-02T02:00:00Z'), approve);
    givenEvents([approved]).project(applyToHandlingPlanView).then(undefined);
  });
});

describe('handling_plan_policy_view', () => {
  it('the county’s latest rule replaces the one before', () => {
    const set = (fromGrade: string | null, iso: string) =>
      ({ type: 'SetHandlingPlanPolicy', countyId: 'qingshui', fromGrade, context: at(iso) }) as const;
    const events = decided(countyLeadersDecider, [
      set('II', '2026-03-02T01:00:00Z'),
      set('III', '2026-03-03T01:00:00Z'),
    ]);
    expect(events).toHaveLength(2);
    givenEvents(events)
      .project(applyToHandlingPlanPolicyView)
      .then({ countyId: 'qingshui', fromGrade: 'III', setAt: new Date('2026-03-03T01:00:00Z') });
  });
});
