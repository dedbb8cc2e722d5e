import { beijingDay, Decider, DecisionContext } from '@app/kernel';
import { failIf, policyRetroactive, problem } from './assessment.errors';
import { AssessmentEventType, AssessmentPolicyEvent, AssessmentPolicyTerms } from './assessment.events';

export type AssessmentPolicyCommand = {
  type: 'SetAssessmentPolicy';
  countyId: string;
  terms: AssessmentPolicyTerms;
  /** The Beijing day it takes effect from; absent: today. */
  effectiveFrom: string | null;
  context: DecisionContext;
};

export interface AssessmentPolicyState {
  version: number;
  effectiveFrom: string | null;
}

/** A report limit of at most thirty days. */
const MAX_LIMIT = 30 * 24 * 60;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (d: string) => DAY.test(d) && beijingDay(new Date(`${d}T00:00:00+08:00`)) === d;

function termProblems(t: AssessmentPolicyTerms) {
  const whole = (field: string, v: number, max: number, zh: string) =>
    Number.isInteger(v) && v >= 0 && v <= max
      ? []
      : [problem(`input.${field}`, `${zh}须为 0–${max} 的整数`, `must be a whole number, 0–${max}`)];
  return [
    ...whole('baseScore', t.baseScore, 1000, '基础分'),
    ...whole('points.lateHandIn', t.points.lateHandIn, 100, '逾期交单扣分'),
    ...whole('points.overdue', t.points.overdue, 100, '超时扣分'),
    ...whole('points.supervision', t.points.supervision, 100, '督办扣分'),
    ...whole('points.sentBack', t.points.sentBack, 100, '退回重办扣分'),
    ...whole('points.missedLetter', t.points.missedLetter, 100, '提示函未按时签收扣分'),
    ...whole('points.earlyClosureBonus', t.points.earlyClosureBonus, 100, '提前办结加分'),
    ...whole('points.lateReport', t.points.lateReport, 100, '迟报扣分'),
    ...whole('points.missedReport', t.points.missedReport, 100, '漏报扣分'),
    ...whole('reportLimits.lateAfterMinutes', t.reportLimits.lateAfterMinutes, MAX_LIMIT, '迟报时限（分钟）'),
    ...whole(
      'reportLimits.missedAfterMinutes',
      t.reportLimits.missedAfterMinutes,
      MAX_LIMIT,
      '漏报时限（分钟）',
    ),
    ...(t.reportLimits.lateAfterMinutes < 1 ||
    t.reportLimits.missedAfterMinutes <= t.reportLimits.lateAfterMinutes
      ? [
          problem(
            'input.reportLimits',
            '漏报时限须长于迟报时限，迟报时限至少 1 分钟',
            'the 漏报 limit must be longer than the 迟报 limit, which is at least a minute',
          ),
        ]
      : []),
  ];
}

export function decideAssessmentPolicy(
  c: AssessmentPolicyCommand,
  s: AssessmentPolicyState,
): AssessmentPolicyEvent[] {
  const today = beijingDay(c.context.now);
  const effectiveFrom = c.effectiveFrom ?? today;
  failIf([
    ...termProblems(c.terms),
    ...(isDay(effectiveFrom)
      ? []
      : [problem('input.effectiveFrom', '生效日期须为 YYYY-MM-DD', 'must be a day, YYYY-MM-DD')]),
  ]);
  // Scores of days already counted never move: a change takes effect today at the earliest, and never before the
  // version it follows (which would rewrite that version's days).
  const earliest = s.effectiveFrom && s.effectiveFrom > today ? s.effectiveFrom : today;
  if (effectiveFrom < earliest) throw policyRetroactive(effectiveFrom, earliest);
  return [
    {
      type: AssessmentEventType.PolicySet,
      data: {
        countyId: c.countyId,
        version: s.version + 1,
        effectiveFrom,
        baseScore: c.terms.baseScore,
        points: { ...c.terms.points },
        shareRanking: c.terms.shareRanking,
        reportLimits: { ...c.terms.reportLimits },
        setBy: c.context.actorUserId,
        at: c.context.now.toISOString(),
      },
    },
  ];
}

export function evolveAssessmentPolicy(
  _s: AssessmentPolicyState,
  e: AssessmentPolicyEvent,
): AssessmentPolicyState {
  return { version: e.data.version, effectiveFrom: e.data.effectiveFrom };
}

export const assessmentPolicyDecider: Decider<
  AssessmentPolicyCommand,
  AssessmentPolicyEvent,
  AssessmentPolicyState
> = {
  decide: decideAssessmentPolicy,
  evolve: evolveAssessmentPolicy,
  initialState: () => ({ version: 0, effectiveFrom: null }),
};
