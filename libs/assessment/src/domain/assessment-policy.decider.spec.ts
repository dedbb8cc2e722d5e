import { actingAs, deciderSpec } from '@test/given-when-then';
import { AssessmentPolicyCommand, assessmentPolicyDecider } from './assessment-policy.decider';
import { AssessmentEventType, AssessmentPolicyEvent, DEFAULT_ASSESSMENT_POLICY } from './assessment.events';

const { given } = deciderSpec(assessmentPolicyDecider);
// 2026-03-02 09:00 Beijing.
const ctx = actingAs('admin', 'centre', new Date('2026-03-02T01:00:00Z'));
const terms = {
  baseScore: 100,
  points: { ...DEFAULT_ASSESSMENT_POLICY.points, lateHandIn: 3 },
  shareRanking: true,
  reportLimits: DEFAULT_ASSESSMENT_POLICY.reportLimits,
};
const set = (
  effectiveFrom: string | null,
  over: Partial<AssessmentPolicyCommand> = {},
): AssessmentPolicyCommand => ({
  type: 'SetAssessmentPolicy',
  countyId: 'qingshui',
  terms,
  effectiveFrom,
  context: ctx,
  ...over,
});
const v1: AssessmentPolicyEvent = {
  type: AssessmentEventType.PolicySet,
  data: {
    countyId: 'qingshui',
    version: 1,
    effectiveFrom: '2026-07-01',
    ...terms,
    setBy: 'admin',
    at: ctx.now.toISOString(),
  },
};

describe('the county’s 考核 policy', () => {
  it('takes effect today by default, as version 1', () => {
    given([])
      .when(set(null))
      .then([{ type: AssessmentEventType.PolicySet, data: { ...v1.data, effectiveFrom: '2026-03-02' } }]);
  });

  it('may be set ahead, and each change is the next version', () => {
    given([v1])
      .when(set('2026-09-01'))
      .then((events) => expect(events[0].data).toMatchObject({ version: 2, effectiveFrom: '2026-09-01' }));
  });

  it('never takes effect on a day already past: closed days keep the score they had', () => {
    given([]).when(set('2026-03-01')).thenThrows('ASSESSMENT.POLICY_RETROACTIVE');
  });

  it('never takes effect before the version it follows (that would rewrite its days)', () => {
    given([v1]).when(set('2026-06-30')).thenThrows('ASSESSMENT.POLICY_RETROACTIVE');
  });

  it('refuses points that are not whole numbers 0–100, naming each field', () => {
    given([])
      .when(
        set(null, {
          terms: { ...terms, baseScore: -1, points: { ...terms.points, sentBack: 1.5, overdue: 101 } },
        }),
      )
      .thenThrows('INPUT.INVALID', ['input.baseScore', 'input.points.sentBack', 'input.points.overdue']);
  });

  it('keeps the county’s 迟报/漏报 limits with the version, and refuses a 漏报 limit not beyond the 迟报 one', () => {
    const reportLimits = { lateAfterMinutes: 60, missedAfterMinutes: 720 };
    given([])
      .when(set(null, { terms: { ...terms, reportLimits } }))
      .then([
        {
          type: AssessmentEventType.PolicySet,
          data: { ...v1.data, effectiveFrom: '2026-03-02', reportLimits },
        },
      ]);
    given([])
      .when(
        set(null, { terms: { ...terms, reportLimits: { lateAfterMinutes: 60, missedAfterMinutes: 60 } } }),
      )
      .thenThrows('INPUT.INVALID', ['input.reportLimits']);
  });

  it('refuses a day that is not one', () => {
    given([]).when(set('2026-02-30')).thenThrows('INPUT.INVALID', ['input.effectiveFrom']);
  });
});
