import { Injectable } from '@nestjs/common';
import { Action, authorize, dataScopeOf, decide, Principal, SYSTEM_SCOPE } from '@app/access';
import { InboxChangeKind, InboxRef } from '@app/inbox';
import { IncidentCommandService, IncidentField, IncidentNotFound, incidentTarget } from '@app/incidents';
import { InstructionNotFound } from '../domain/leadership.errors';
import {
  CountyLeaderType,
  InstructionAction,
  LeaderDeskType,
  LeaderInstructionType,
} from '../graphql/leadership.types';
import { CountyLeaderView } from '../projections/county-leader-view.entity';
import { LeaderInstructionView } from '../projections/leader-instruction-view.entity';
import { HandlingPlanQueries } from './handling-plan-queries';
import { LeadershipDirectory } from './leadership-directory';

const toLeader = (r: CountyLeaderView): CountyLeaderType => ({
  userId: r.userId,
  unitId: r.unitId,
  name: r.name,
  post: r.post,
  fields: r.fields as IncidentField[],
  principal: r.principal,
});

/** Reads for the resolver: who may read what is asked of the policy first (NOT_FOUND for another county). */
@Injectable()
export class LeadershipQueries {
  constructor(
    private readonly leaders: LeadershipDirectory,
    private readonly incidents: IncidentCommandService,
    private readonly plans: HandlingPlanQueries,
  ) {}

  private toInstruction(p: Principal, r: LeaderInstructionView): LeaderInstructionType {
    const centre = decide(p, Action.InstructionImplement, { kind: 'county', countyId: r.countyId }).allowed;
    return {
      id: r.instructionId,
      incidentId: r.incidentId,
      incidentTitle: r.incidentTitle,
      leaderUserId: r.leaderUserId,
      leaderName: r.leaderName,
      post: r.post,
      text: r.text,
      givenAt: r.givenAt,
      taskIds: r.taskIds,
      feedback: r.feedback.map((f) => ({ text: f.text, byName: f.byName, at: new Date(f.at) })),
      allowedActions: centre
        ? [InstructionAction.linkInstructionTask, InstructionAction.reportInstructionFeedback]
        : [],
      version: r.version,
    };
  }

  async roster(p: Principal): Promise<CountyLeaderType[]> {
    const countyId = p.countyId ?? '';
    authorize(p, Action.LeadershipRead, { kind: 'county', countyId }, countyId);
    return (await this.leaders.roster(dataScopeOf(p), countyId)).map(toLeader);
  }

  async desk(p: Principal): Promise<LeaderDeskType> {
    const me = p.countyId ? await this.leaders.leader(p.countyId, p.userId) : null;
    const scope = dataScopeOf(p);
    const [arrivals, instructions, plansAwaiting] = await Promise.all([
      this.leaders.arrivals(scope, p.userId),
      this.leaders.instructionsOfLeader(scope, p.userId),
      this.plans.awaiting(p, me),
    ]);
    return {
      me: me && { ...me, fields: me.fields as IncidentField[] },
      arrivals: arrivals.map((a) => ({
        kind: a.kind as InboxChangeKind,
        refType: a.refType as InboxRef,
        refId: a.refId,
        incidentId: a.incidentId,
        title: a.confidential ? null : a.title,
        note: a.confidential ? null : a.note,
        confidential: a.confidential,
        fromUnitId: a.fromUnitId,
        arrivedAt: a.arrivedAt,
      })),
      instructions: instructions.map((r) => this.toInstruction(p, r)),
      plansAwaiting,
    };
  }

  /**
   * The instructions on an incident: for those who may read the incident, and for the county's leaders on the
   * roster (who instruct on incidents they are not a unit of).
   */
  async ofIncident(p: Principal, incidentId: string): Promise<LeaderInstructionType[]> {
    const view = await this.incidents.facts(incidentId);
    const readable = decide(p, Action.IncidentRead, incidentTarget(view)).allowed;
    const leader =
      !readable && view.countyId && view.countyId === p.countyId
        ? await this.leaders.leader(view.countyId, p.userId)
        : null;
    if (!readable && !leader) throw new IncidentNotFound(incidentId);
    return (await this.leaders.instructionsOfIncident(SYSTEM_SCOPE, incidentId)).map((r) =>
      this.toInstruction(p, r),
    );
  }

  /** Instructions waiting for the centre's report back (their 待办, issue 20 §3). */
  async awaitingFeedback(p: Principal): Promise<{ instruction: LeaderInstructionType; since: Date }[]> {
    const countyId = p.countyId;
    if (!countyId || !decide(p, Action.InstructionImplement, { kind: 'county', countyId }).allowed) return [];
    return (await this.leaders.instructionsAwaitingFeedback(SYSTEM_SCOPE, countyId)).map((r) => ({
      instruction: this.toInstruction(p, r),
      since: r.givenAt,
    }));
  }

  async one(p: Principal, instructionId: string): Promise<LeaderInstructionType> {
    const r = await this.leaders.instruction(SYSTEM_SCOPE, instructionId);
    // The leader who gave it and those in the county the policy lets read the roster's work (centre, auditors).
    const mine = r?.leaderUserId === p.userId;
    const county = r && decide(p, Action.InstructionImplement, { kind: 'county', countyId: r.countyId });
    const auditor = r && decide(p, Action.AuditRead, { kind: 'county', countyId: r.countyId }).allowed;
    if (!r || !(mine || county?.allowed || auditor)) throw new InstructionNotFound(instructionId);
    return this.toInstruction(p, r);
  }
}
