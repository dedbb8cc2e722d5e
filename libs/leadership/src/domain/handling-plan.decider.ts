import { Decider, DecisionContext } from '@app/kernel';
import { InstructedIncident } from './leader-instruction.decider';
import { mayInstruct } from './leaders-in-charge';
import {
  failIf,
  handlingPlanNotFound,
  handlingPlanNotPending,
  notALeader,
  notInCharge,
  problem,
} from './leadership.errors';
import { HandlingPlanEvent, HandlingPlanEventType, HandlingPlanStatus } from './handling-plan.events';
import { CountyLeader } from './leadership.events';

export type HandlingPlanCommand =
  | {
      type: 'DraftHandlingPlan';
      planId: string;
      incident: InstructedIncident;
      measures: string;
      unitIds: string[];
      timing: string;
      byName: string;
      context: DecisionContext;
    }
  | {
      type: 'ApproveHandlingPlan';
      planId: string;
      leader: CountyLeader | null;
      /** 审批意见: optional words with the consent. */
      opinion?: string;
      context: DecisionContext;
    }
  | {
      type: 'SendBackHandlingPlan';
      planId: string;
      leader: CountyLeader | null;
      reason: string;
      context: DecisionContext;
    };

export interface HandlingPlanState {
  plan: {
    incidentId: string;
    countyId: string;
    field: string | null;
    status: HandlingPlanStatus;
    revision: number;
  } | null;
}

const length = (s: string) => [...s.trim()].length;

/** The leader in charge of the plan's field (or a principal) decides it; anyone else is refused. */
function decider(leader: CountyLeader | null, field: string | null): CountyLeader {
  if (!leader) throw notALeader();
  if (!mayInstruct(leader, field)) throw notInCharge(field);
  return leader;
}

export function decideHandlingPlan(c: HandlingPlanCommand, s: HandlingPlanState): HandlingPlanEvent[] {
  const at = c.context.now.toISOString();
  if (c.type === 'DraftHandlingPlan') {
    // A plan is revised while it waits or after it was sent back; an approved plan is final (dispatch relies on it).
    if (s.plan?.status === HandlingPlanStatus.APPROVED) throw handlingPlanNotPending(c.planId);
    failIf([
      ...(length(c.measures) < 2 || length(c.measures) > 4000
        ? [problem('input.measures', '处置措施须为 2–4000 个字', 'measures must be 2–4000 characters')]
        : []),
      ...(c.unitIds.length === 0
        ? [problem('input.unitIds', '请至少指定一个责任单位', 'name at least one unit')]
        : []),
      ...(length(c.timing) < 2 || length(c.timing) > 500
        ? [problem('input.timing', '时间安排须为 2–500 个字', 'timing must be 2–500 characters')]
        : []),
    ]);
    return [
      {
        type: HandlingPlanEventType.Drafted,
        data: {
          planId: c.planId,
          incidentId: c.incident.incidentId,
          countyId: c.incident.countyId,
          incidentTitle: c.incident.title,
          field: c.incident.field,
          measures: c.measures.trim(),
          unitIds: [...new Set(c.unitIds)],
          timing: c.timing.trim(),
          revision: (s.plan?.revision ?? 0) + 1,
          byName: c.byName,
          at,
        },
      },
    ];
  }
  const plan = s.plan;
  if (!plan) throw handlingPlanNotFound(c.planId);
  const leader = decider(c.leader, plan.field);
  if (plan.status !== HandlingPlanStatus.PENDING) throw handlingPlanNotPending(c.planId);
  const decided = {
    planId: c.planId,
    incidentId: plan.incidentId,
    countyId: plan.countyId,
    leaderUserId: leader.userId,
    leaderName: leader.name,
    post: leader.post,
    at,
  };
  if (c.type === 'ApproveHandlingPlan') {
    const opinion = (c.opinion ?? '').trim();
    failIf(
      length(opinion) > 1000
        ? [problem('input.opinion', '审批意见不超过 1000 字', 'at most 1000 characters')]
        : [],
    );
    return [{ type: HandlingPlanEventType.Approved, data: { ...decided, ...(opinion ? { opinion } : {}) } }];
  }
  failIf(
    length(c.reason) < 2 || length(c.reason) > 1000
      ? [problem('input.reason', '请写明退回理由（2–1000 字）', 'give the reason (2–1000 characters)')]
      : [],
  );
  return [{ type: HandlingPlanEventType.SentBack, data: { ...decided, reason: c.reason.trim() } }];
}

export function evolveHandlingPlan(s: HandlingPlanState, e: HandlingPlanEvent): HandlingPlanState {
  switch (e.type) {
    case HandlingPlanEventType.Drafted:
      return {
        plan: {
          incidentId: e.data.incidentId,
          countyId: e.data.countyId,
          field: e.data.field,
          status: HandlingPlanStatus.PENDING,
          revision: e.data.revision,
        },
      };
    case HandlingPlanEventType.Approved:
      return s.plan ? { plan: { ...s.plan, status: HandlingPlanStatus.APPROVED } } : s;
    case HandlingPlanEventType.SentBack:
      return s.plan ? { plan: { ...s.plan, status: HandlingPlanStatus.SENT_BACK } } : s;
  }
}

export const handlingPlanDecider: Decider<HandlingPlanCommand, HandlingPlanEvent, HandlingPlanState> = {
  decide: decideHandlingPlan,
  evolve: evolveHandlingPlan,
  initialState: () => ({ plan: null }),
};
