/**
 * 处置方案 (004 §二(四)「经主管领导同意后抓好落实」): the centre's plan for an incident — measures, the units that
 * carry them out, timing — approved or sent back (with a reason) by the leader in charge. One stream per plan.
 */
export const HANDLING_PLAN_STREAM_TYPE = 'HandlingPlan';
export const handlingPlanStreamId = (planId: string) => `handling-plan-${planId}`;

export const HandlingPlanEventType = {
  Drafted: 'HandlingPlanDrafted',
  Approved: 'HandlingPlanApproved',
  SentBack: 'HandlingPlanSentBack',
  /** On the county's roster stream: from which grade dispatch waits for an approved plan (null: never). */
  PolicySet: 'HandlingPlanPolicySet',
} as const;

export const HandlingPlanStatus = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  SENT_BACK: 'SENT_BACK',
} as const;
export type HandlingPlanStatus = (typeof HandlingPlanStatus)[keyof typeof HandlingPlanStatus];

export interface HandlingPlanDraftedData {
  planId: string;
  incidentId: string;
  countyId: string;
  incidentTitle: string;
  field: string | null;
  measures: string;
  unitIds: string[];
  timing: string;
  revision: number;
  byName: string;
  at: string;
}

export interface HandlingPlanDecidedData {
  planId: string;
  incidentId: string;
  countyId: string;
  leaderUserId: string;
  leaderName: string;
  post: string;
  at: string;
}

/** 同意, with the leader's 审批意见 when he gave one (absent otherwise, as on approvals before it was asked). */
export interface HandlingPlanApprovedData extends HandlingPlanDecidedData {
  opinion?: string;
}

export interface HandlingPlanSentBackData extends HandlingPlanDecidedData {
  reason: string;
}

export interface HandlingPlanPolicySetData {
  countyId: string;
  fromGrade: string | null;
  at: string;
}

export type HandlingPlanEvent =
  | { type: typeof HandlingPlanEventType.Drafted; data: HandlingPlanDraftedData }
  | { type: typeof HandlingPlanEventType.Approved; data: HandlingPlanApprovedData }
  | { type: typeof HandlingPlanEventType.SentBack; data: HandlingPlanSentBackData };

const GRADE_ORDER = ['IV', 'III', 'II', 'I'];

/** Whether an incident of `grade` waits for an approved plan under a policy starting `fromGrade` (I is gravest). */
export function planRequired(fromGrade: string | null, grade: string | null): boolean {
  if (!fromGrade || !grade) return false;
  return GRADE_ORDER.indexOf(grade) >= GRADE_ORDER.indexOf(fromGrade);
}
