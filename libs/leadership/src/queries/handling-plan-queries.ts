import { Injectable } from '@nestjs/common';
import { Action, decide, Principal, SYSTEM_SCOPE } from '@app/access';
import { IncidentCommandService, IncidentNotFound, incidentTarget } from '@app/incidents';
import { HandlingPlanStatus } from '../domain/handling-plan.events';
import { mayInstruct } from '../domain/leaders-in-charge';
import { handlingPlanNotFound } from '../domain/leadership.errors';
import { CountyLeader } from '../domain/leadership.events';
import { HandlingPlanAction, HandlingPlanType } from '../graphql/handling-plan.types';
import { HandlingPlanView } from '../projections/handling-plan-view.entity';
import { HandlingPlanReader } from './handling-plan-reader';
import { LeadershipDirectory } from './leadership-directory';

/** Plans as the caller may see and act on them: the centre revises, the leader in charge decides. */
@Injectable()
export class HandlingPlanQueries {
  constructor(
    private readonly plans: HandlingPlanReader,
    private readonly leaders: LeadershipDirectory,
    private readonly incidents: IncidentCommandService,
  ) {}

  private toPlan(p: Principal, r: HandlingPlanView, leader: CountyLeader | null): HandlingPlanType {
    const actions: HandlingPlanAction[] = [];
    const centre = decide(p, Action.InstructionImplement, { kind: 'county', countyId: r.countyId }).allowed;
    if (centre && r.status !== HandlingPlanStatus.APPROVED)
      actions.push(HandlingPlanAction.reviseHandlingPlan);
    if (r.status === HandlingPlanStatus.PENDING && leader && mayInstruct(leader, r.field))
      actions.push(HandlingPlanAction.approveHandlingPlan, HandlingPlanAction.sendBackHandlingPlan);
    return {
      id: r.planId,
      incidentId: r.incidentId,
      incidentTitle: r.incidentTitle,
      status: r.status as HandlingPlanStatus,
      measures: r.measures,
      unitIds: r.unitIds,
      timing: r.timing,
      revision: r.revision,
      draftedByName: r.draftedByName,
      draftedAt: r.draftedAt,
      decidedByName: r.decidedByName,
      decidedByPost: r.decidedByPost,
      decidedAt: r.decidedAt,
      reason: r.status === HandlingPlanStatus.SENT_BACK ? r.reason : null,
      opinion: r.status === HandlingPlanStatus.APPROVED ? r.reason : null,
      allowedActions: actions,
    };
  }

  private async leaderOf(p: Principal): Promise<CountyLeader | null> {
    return p.countyId ? this.leaders.leader(p.countyId, p.userId) : null;
  }

  /** Those who may read the incident, and the county's leaders (who decide plans of incidents not theirs to work). */
  async ofIncident(p: Principal, incidentId: string): Promise<HandlingPlanType[]> {
    const view = await this.incidents.facts(incidentId);
    const leader = view.countyId === p.countyId ? await this.leaderOf(p) : null;
    if (!decide(p, Action.IncidentRead, incidentTarget(view)).allowed && !leader)
      throw new IncidentNotFound(incidentId);
    return (await this.plans.ofIncident(SYSTEM_SCOPE, incidentId)).map((r) => this.toPlan(p, r, leader));
  }

  async one(p: Principal, planId: string): Promise<HandlingPlanType> {
    const r = await this.plans.plan(SYSTEM_SCOPE, planId);
    if (!r || r.countyId !== p.countyId) throw handlingPlanNotFound(planId);
    return this.toPlan(p, r, await this.leaderOf(p));
  }

  /** Plans waiting for this leader's decision (their fields, or any for a principal leader). */
  async awaiting(p: Principal, leader: CountyLeader | null): Promise<HandlingPlanType[]> {
    if (!leader || !p.countyId) return [];
    return (await this.plans.pending(SYSTEM_SCOPE, p.countyId))
      .filter((r) => mayInstruct(leader, r.field))
      .map((r) => this.toPlan(p, r, leader));
  }

  /**
   * The plans waiting for this person (their 待办, issue 20 §3): a leader's decision on a pending plan in their
   * fields, the centre's revision of one the leader sent back.
   */
  async waitingFor(p: Principal): Promise<{ plan: HandlingPlanType; action: string; since: Date }[]> {
    if (!p.countyId) return [];
    const centre = decide(p, Action.InstructionImplement, { kind: 'county', countyId: p.countyId }).allowed;
    const [pending, sentBack] = await Promise.all([
      this.awaiting(p, await this.leaderOf(p)),
      centre ? this.plans.inStatus(SYSTEM_SCOPE, p.countyId, HandlingPlanStatus.SENT_BACK) : [],
    ]);
    return [
      ...pending.map((plan) => ({ plan, action: '审批处置方案', since: plan.draftedAt })),
      ...sentBack.map((r) => ({
        plan: this.toPlan(p, r, null),
        action: '按领导意见修改处置方案',
        since: r.decidedAt ?? r.draftedAt,
      })),
    ];
  }

  async fromGrade(p: Principal): Promise<string | null> {
    return p.countyId ? this.plans.fromGrade(p.countyId) : null;
  }
}
