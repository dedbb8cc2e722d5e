import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Action,
  AuthenticatedGuard,
  CommandCtx,
  CurrentPrincipal,
  dataScopeOf,
  Principal,
  ScopedDb,
  UnitKind,
  WORKING_UNIT_KINDS,
} from '@app/access';
import { CommandContext, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { callerMay, IncidentCommandBody, IncidentCommandService } from '../commands/incident-command.service';
import { gradeAtLeast, LinkageFacts } from '../domain/incident.decider';
import { Grade } from '../domain/incident.enums';
import { IncidentNotFound } from '../domain/incident.errors';
import { IncidentView } from '../projections/incident-view.entity';
import {
  ActivateLinkageInput,
  AddLinkageMembersInput,
  AdjustWarningInput,
  CloseIncidentInput,
  EscalateIncidentInput,
  FileIncidentReviewInput,
  IssueWarningInput,
  LiftWarningInput,
  ListIncidentInput,
  MarkIncidentCalmedInput,
  RecordAccountabilityInput,
  ReleaseLinkageMemberInput,
  ReopenIncidentInput,
} from './incident-lifecycle.inputs';
import { toIncidentType } from './incident.mapper';
import { linkageThreshold } from './linkage-policy.resolver';
import { IncidentType, LinkageProposalType } from './incident.types';

/** The incident's lifecycle after registration: each mutation parses, runs one command, returns the incident. */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentLifecycleResolver {
  constructor(
    private readonly incidents: IncidentCommandService,
    private readonly organization: OrganizationDirectory,
    private readonly db: ScopedDb,
  ) {}

  @Mutation(() => IncidentType, { description: '列单 / List the incident for disposal' })
  listIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ListIncidentInput,
  ) {
    return this.step(p, ctx, i, { type: 'ListIncident', requirements: i.requirements });
  }

  @Mutation(() => IncidentType, { description: '发布预警 / Issue a warning' })
  async issueWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: IssueWarningInput,
  ) {
    const view = await this.incidents.authorized(p, i.incidentId, Action.IncidentWarn);
    await this.requireCountyUnits(view, i.scopeUnitIds, 'input.scopeUnitIds');
    return this.step(p, ctx, i, { type: 'IssueWarning', warning: warningOf(i) });
  }

  @Mutation(() => IncidentType, { description: '调整预警（动态管理）/ Adjust the warning' })
  async adjustWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: AdjustWarningInput,
  ) {
    const view = await this.incidents.authorized(p, i.incidentId, Action.IncidentWarn);
    await this.requireCountyUnits(view, i.scopeUnitIds, 'input.scopeUnitIds');
    return this.step(p, ctx, i, { type: 'AdjustWarning', warning: warningOf(i), reason: i.reason });
  }

  @Mutation(() => IncidentType, { description: '解除预警 / Lift the warning' })
  liftWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: LiftWarningInput,
  ) {
    return this.step(p, ctx, i, { type: 'LiftWarning', reason: i.reason });
  }

  @Mutation(() => IncidentType, { description: '上报县领导或市委网信办（逐级、双重报告）/ Escalate' })
  async escalateIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: EscalateIncidentInput,
  ) {
    const view = await this.incidents.facts(i.incidentId);
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    return this.step(p, ctx, i, {
      type: 'EscalateIncident',
      to: i.to,
      summary: i.summary,
      cityOfficeUnitId: county?.cityOfficeUnitId ?? null,
      byCountyCentre: p.unitKind === UnitKind.COUNTY_CENTER,
    });
  }

  @Query(() => LinkageProposalType, {
    description: '联动建议：1+3，及按领域和属地建议的 N / Proposed linkage',
  })
  async linkageProposal(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<LinkageProposalType> {
    const view = await this.incidents.authorized(p, incidentId, Action.LinkageManage);
    const facts = await this.linkageFacts(view);
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    const byField = county?.linkageFieldRules.find((r) => r.field === view.field)?.unitIds ?? [];
    // Locality (属地): the township where it happened — the reporting unit, or the township above a village.
    const reporter = (await this.organization.unitFacts([view.reportingUnitId])).get(view.reportingUnitId);
    const locality: string[] = [];
    if (reporter?.kind === UnitKind.TOWNSHIP) locality.push(reporter.unitId);
    if (reporter?.kind === UnitKind.VILLAGE) {
      const village = await this.organization.unit(dataScopeOf(p), reporter.unitId);
      if (village?.parentId) locality.push(village.parentId, reporter.unitId);
    }
    const core = new Set([facts.propagandaUnitId, ...facts.coreUnitIds]);
    const candidates = [...new Set([...locality, ...byField])].filter((u) => !core.has(u));
    // A unit stood down since the county's rules named it is not proposed.
    const known = await this.organization.unitFacts(candidates);
    return {
      leadUnitId: facts.propagandaUnitId,
      coreUnitIds: facts.coreUnitIds,
      proposedMemberUnitIds: candidates.filter((u) => known.get(u)?.active !== false),
      thresholdGrade: facts.thresholdGrade,
      meetsThreshold: gradeAtLeast(view.grade as Grade | null, facts.thresholdGrade),
    };
  }

  @Mutation(() => IncidentType, { description: '启动"1+3+N"联动 / Activate the linkage' })
  async activateLinkage(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ActivateLinkageInput,
  ) {
    const view = await this.incidents.authorized(p, i.incidentId, Action.LinkageManage);
    await this.requireCountyUnits(view, i.memberUnitIds, 'input.memberUnitIds');
    const facts = await this.linkageFacts(view);
    return this.step(p, ctx, i, {
      type: 'ActivateLinkage',
      memberUnitIds: i.memberUnitIds,
      byDecision: i.byDecision,
      reason: i.reason ?? '',
      facts,
    });
  }

  @Mutation(() => IncidentType, { description: '增加联动单位 / Add linkage members' })
  async addLinkageMembers(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: AddLinkageMembersInput,
  ) {
    const view = await this.incidents.authorized(p, i.incidentId, Action.LinkageManage);
    await this.requireCountyUnits(view, i.unitIds, 'input.unitIds');
    return this.step(p, ctx, i, { type: 'AddLinkageMembers', unitIds: i.unitIds });
  }

  @Mutation(() => IncidentType, { description: '解除联动单位 / Release a linkage member' })
  releaseLinkageMember(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReleaseLinkageMemberInput,
  ) {
    return this.step(p, ctx, i, { type: 'ReleaseLinkageMember', unitId: i.unitId, reason: i.reason });
  }

  @Mutation(() => IncidentType, { description: '标记已平息 / Mark calmed' })
  markIncidentCalmed(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: MarkIncidentCalmedInput,
  ) {
    return this.step(p, ctx, i, { type: 'MarkIncidentCalmed', note: i.note });
  }

  @Mutation(() => IncidentType, { description: '办结 / Close' })
  closeIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: CloseIncidentInput,
  ) {
    return this.step(p, ctx, i, { type: 'CloseIncident', summary: i.summary });
  }

  @Mutation(() => IncidentType, { description: '重新打开（舆情反复）/ Reopen' })
  reopenIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReopenIncidentInput,
  ) {
    return this.step(p, ctx, i, { type: 'ReopenIncident', reason: i.reason });
  }

  @Mutation(() => IncidentType, { description: '总结评估 / File the post-incident review' })
  fileIncidentReview(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: FileIncidentReviewInput,
  ) {
    const { cause, spread, result, experience, problems } = i;
    return this.step(p, ctx, i, { type: 'FileIncidentReview', cause, spread, result, experience, problems });
  }

  @Mutation(() => IncidentType, { description: '记录追责 / Record accountability' })
  recordAccountability(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RecordAccountabilityInput,
  ) {
    const findings = i.findings.map((f) => ({
      unitId: f.unitId,
      person: f.person ?? null,
      finding: f.finding,
      measure: f.measure,
    }));
    return this.step(p, ctx, i, { type: 'RecordAccountability', findings });
  }

  private async step(
    p: Principal,
    context: CommandContext,
    input: { incidentId: string; expectedVersion?: number | null },
    body: IncidentCommandBody,
  ): Promise<IncidentType> {
    await this.incidents.run(p, context, input.incidentId, body, {
      expectedVersion: input.expectedVersion ?? undefined,
    });
    const view = await this.db.run(dataScopeOf(p), (m) =>
      m.findOneBy(IncidentView, { incidentId: input.incidentId }),
    );
    if (!view) throw new IncidentNotFound(input.incidentId);
    return toIncidentType(view, callerMay(p, view));
  }

  /**
   * The N of a linkage are units of the incident's own county (004 §五(二)): a unit of another county would be
   * shown the incident. Checked before anything is written; the policy still decides whether the caller may.
   */
  private async requireCountyUnits(view: IncidentView, unitIds: string[], field: string): Promise<void> {
    const known = await this.organization.unitFacts(unitIds);
    const problems = unitIds.flatMap((id, k) => {
      const u = known.get(id);
      if (u?.active === false)
        return [problem(`${field}[${k}]`, '该单位已停用', 'that unit is out of service')];
      return u && u.countyId === view.countyId && WORKING_UNIT_KINDS.includes(u.kind)
        ? []
        : [
            problem(
              `${field}[${k}]`,
              '须为本县的部门、乡镇或村（社区）',
              'must be a department, township or village of the county',
            ),
          ];
    });
    if (problems.length) throw new ValidationFailed(problems);
  }

  private async linkageFacts(view: IncidentView): Promise<LinkageFacts> {
    const county = view.countyId ? await this.organization.countyFacts(view.countyId) : null;
    const core = [county?.cyberspaceUnitId, county?.policeUnitId, county?.stateSecurityUnitId].filter(
      (u): u is string => !!u,
    );
    return {
      propagandaUnitId: county?.propagandaUnitId ?? null,
      coreUnitIds: core,
      thresholdGrade: linkageThreshold(county),
    };
  }
}

function warningOf(i: IssueWarningInput) {
  return {
    level: i.level,
    object: i.object,
    startAt: i.startAt,
    scope: i.scope,
    scopeUnitIds: i.scopeUnitIds,
    matters: i.matters,
    measures: i.measures,
  };
}
