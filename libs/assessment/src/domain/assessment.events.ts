/**
 * 考核 rules as county policy (issue 24; 004 考核, 000 §六5, 002 责任追究): points taken off per late hand-in, per
 * task fallen overdue, per 督办, per return for rework, per risk letter not signed for in time, and a bonus per task
 * struck off before its due time. Versioned like the deadline policy: each change is an event on the county's own
 * stream, with the Beijing day it takes effect from; a period is scored day by day under the version in force then.
 */
export const ASSESSMENT_POLICY_STREAM_TYPE = 'AssessmentPolicy';
export const assessmentPolicyStreamId = (countyId: string) => `assessment-policy-${countyId}`;

export const AssessmentEventType = {
  PolicySet: 'AssessmentPolicySet',
} as const;

export interface AssessmentPoints {
  /** Off per task whose first hand-in came after its due time (逾期交单). */
  lateHandIn: number;
  /** Off per task that fell overdue (the platform's 超时 with its automatic 督办). */
  overdue: number;
  /** Off per 督办 a person sent (the automatic one is counted by `overdue`). */
  supervision: number;
  /** Off per 退回重办 (a hand-in sent back for rework). */
  sentBack: number;
  /** Off per risk letter not signed for by its receipt deadline (漏签/迟签). */
  missedLetter: number;
  /** Added per task struck off (销号) before its due time. */
  earlyClosureBonus: number;
  /** Off per incident reported late (迟报, 003 §二): discovery to report beyond the county's limit. */
  lateReport: number;
  /** Off per incident not reported within the longer limit (漏报, 003 §二). */
  missedReport: number;
}

/**
 * 迟报 and 漏报 (003 §二 「不得迟报、漏报」): how long after an incident's discovery its report may come. The log knows
 * only incidents someone reported, so an incident is 漏报 when its report came after the longer limit (应报未报 until
 * then: it reached the platform another way, or late), and 迟报 when after the shorter one but within the longer.
 */
export interface ReportLimits {
  lateAfterMinutes: number;
  missedAfterMinutes: number;
}

/** The platform's limits until a county sets its own: two hours for 迟报, a day for 漏报. */
export const DEFAULT_REPORT_LIMITS: ReportLimits = { lateAfterMinutes: 120, missedAfterMinutes: 1440 };
/** Points for reports until a county sets them (versions set before the reports counted read these). */
export const DEFAULT_REPORT_POINTS = { lateReport: 1, missedReport: 2 };

export interface AssessmentPolicyTerms {
  /** Every unit starts a period with this many points. */
  baseScore: number;
  points: AssessmentPoints;
  /** Whether a unit may see the county's ranking, anonymised (others' names hidden). */
  shareRanking: boolean;
  /** 迟报/漏报 limits (absent on versions set before they were part of the policy: the defaults). */
  reportLimits: ReportLimits;
}

export interface AssessmentPolicySetData extends AssessmentPolicyTerms {
  countyId: string;
  /** 1 for the county's first policy, +1 for each change. */
  version: number;
  /** The Beijing day (YYYY-MM-DD) from which it scores; never a day before the one it was set on. */
  effectiveFrom: string;
  setBy: string;
  at: string;
}

export type AssessmentPolicyEvent = {
  type: typeof AssessmentEventType.PolicySet;
  data: AssessmentPolicySetData;
};

/** What a county that set nothing is scored by (version 0: in force since ever). */
export const DEFAULT_ASSESSMENT_POLICY: AssessmentPolicyTerms & { version: number; effectiveFrom: string } = {
  version: 0,
  effectiveFrom: '2000-01-01',
  baseScore: 100,
  points: {
    lateHandIn: 2,
    overdue: 2,
    supervision: 1,
    sentBack: 1,
    missedLetter: 1,
    earlyClosureBonus: 1,
    ...DEFAULT_REPORT_POINTS,
  },
  shareRanking: false,
  reportLimits: DEFAULT_REPORT_LIMITS,
};

/** A stored version as it reads today: versions set before reports were scored get the defaults for them. */
export function upcastPolicyTerms<
  T extends { points: Partial<AssessmentPoints>; reportLimits?: ReportLimits | null },
>(v: T): Omit<T, 'points' | 'reportLimits'> & { points: AssessmentPoints; reportLimits: ReportLimits } {
  return {
    ...v,
    points: { ...DEFAULT_ASSESSMENT_POLICY.points, ...v.points },
    reportLimits: v.reportLimits ?? DEFAULT_REPORT_LIMITS,
  };
}

export type AssessmentPolicyVersion = AssessmentPolicyTerms & { version: number; effectiveFrom: string };
