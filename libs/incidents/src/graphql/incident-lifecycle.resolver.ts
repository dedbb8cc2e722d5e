import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
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
} from '@app/access';
import { CommandContext } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { ActivateLinkageCommand } from '../commands/activate-linkage/activate-linkage.command';
import { AddLinkageMembersCommand } from '../commands/add-linkage-members/add-linkage-members.command';
import { AdjustWarningCommand } from '../commands/adjust-warning/adjust-warning.command';
import { CloseIncidentCommand } from '../commands/close-incident/close-incident.command';
import { EscalateIncidentCommand } from '../commands/escalate-incident/escalate-incident.command';
import { FileIncidentReviewCommand } from '../commands/file-incident-review/file-incident-review.command';
import { IncidentCommandService } from '../commands/incident-command.service';
import { IssueWarningCommand } from '../commands/issue-warning/issue-warning.command';
import { LiftWarningCommand } from '../commands/lift-warning/lift-warning.command';
import { ListIncidentCommand } from '../commands/list-incident/list-incident.command';
import { MarkIncidentCalmedCommand } from '../commands/mark-incident-calmed/mark-incident-calmed.command';
import { RecordAccountabilityCommand } from '../commands/record-accountability/record-accountability.command';
import { NameIncidentResponsibilityCommand } from '../commands/name-incident-responsibility/name-incident-responsibility.command';
import { HandleLocallyCommand } from '../commands/handle-locally/handle-locally.command';
import { TakeOverIncidentCommand } from '../commands/take-over-incident/take-over-incident.command';
import { SupplementIncidentCommand } from '../commands/supplement-incident/supplement-incident.command';
import { RecordSpreadReadingCommand } from '../commands/record-spread-reading/record-spread-reading.command';
import { ReleaseLinkageMemberCommand } from '../commands/release-linkage-member/release-linkage-member.command';
import { ReopenIncidentCommand } from '../commands/reopen-incident/reopen-incident.command';
import { gradeAtLeast } from '../domain/incident.decider';
import { Grade } from '../domain/incident.enums';
import { IncidentNotFound } from '../domain/incident.errors';
import { IncidentView } from '../projections/incident-view.entity';
import { callerMay } from '../queries/caller-may';
import { IncidentCounty } from '../queries/incident-county';
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
  HandleLocallyInput,
  NameIncidentResponsibilityInput,
  SupplementIncidentInput,
  RecordSpreadReadingInput,
  TakeOverIncidentInput,
  RecordAccountabilityInput,
  ReleaseLinkageMemberInput,
  ReopenIncidentInput,
} from './incident-lifecycle.inputs';
import { toIncidentType } from './incident.mapper';
import { IncidentType, LinkageProposalType } from './incident.types';

/**
 * The incident's lifecycle after registration: each mutation parses, runs its command (commands/<verb-noun>/) and
 * returns the incident as the caller now sees it.
 */
@Resolver(() => IncidentType)
@UseGuards(AuthenticatedGuard)
export class IncidentLifecycleResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly incidents: IncidentCommandService,
    private readonly county: IncidentCounty,
    private readonly organization: OrganizationDirectory,
    private readonly db: ScopedDb,
  ) {}

  @Mutation(() => IncidentType, { description: '列单 / List the incident for disposal' })
  listIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ListIncidentInput,
  ) {
    return this.step(
      p,
      i,
      new ListIncidentCommand(p, i.incidentId, { requirements: i.requirements }, ev(i), ctx),
    );
  }

  @Mutation(() => IncidentType, { description: '发布预警 / Issue a warning' })
  issueWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: IssueWarningInput,
  ) {
    return this.step(p, i, new IssueWarningCommand(p, i.incidentId, warningOf(i), ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '调整预警（动态管理）/ Adjust the warning' })
  adjustWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: AdjustWarningInput,
  ) {
    return this.step(
      p,
      i,
      new AdjustWarningCommand(p, i.incidentId, { warning: warningOf(i), reason: i.reason }, ev(i), ctx),
    );
  }

  @Mutation(() => IncidentType, { description: '解除预警 / Lift the warning' })
  liftWarning(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: LiftWarningInput,
  ) {
    return this.step(p, i, new LiftWarningCommand(p, i.incidentId, { reason: i.reason }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '上报县领导或市委网信办（逐级、双重报告）/ Escalate' })
  escalateIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: EscalateIncidentInput,
  ) {
    return this.step(
      p,
      i,
      new EscalateIncidentCommand(p, i.incidentId, { to: i.to, summary: i.summary }, ev(i), ctx),
    );
  }

  @Query(() => LinkageProposalType, {
    description: '联动建议：1+3，及按领域和属地建议的 N / Proposed linkage',
  })
  async linkageProposal(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID }) incidentId: string,
  ): Promise<LinkageProposalType> {
    const view = await this.incidents.authorized(p, incidentId, Action.LinkageManage);
    const facts = await this.county.linkageFacts(view);
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
  activateLinkage(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ActivateLinkageInput,
  ) {
    const input = { memberUnitIds: i.memberUnitIds, byDecision: i.byDecision, reason: i.reason ?? '' };
    return this.step(p, i, new ActivateLinkageCommand(p, i.incidentId, input, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '增加联动单位 / Add linkage members' })
  addLinkageMembers(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: AddLinkageMembersInput,
  ) {
    return this.step(p, i, new AddLinkageMembersCommand(p, i.incidentId, { unitIds: i.unitIds }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '解除联动单位 / Release a linkage member' })
  releaseLinkageMember(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReleaseLinkageMemberInput,
  ) {
    const input = { unitId: i.unitId, reason: i.reason };
    return this.step(p, i, new ReleaseLinkageMemberCommand(p, i.incidentId, input, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '标记已平息 / Mark calmed' })
  markIncidentCalmed(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: MarkIncidentCalmedInput,
  ) {
    return this.step(p, i, new MarkIncidentCalmedCommand(p, i.incidentId, { note: i.note }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '办结 / Close' })
  closeIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: CloseIncidentInput,
  ) {
    return this.step(p, i, new CloseIncidentCommand(p, i.incidentId, { summary: i.summary }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '重新打开（舆情反复）/ Reopen' })
  reopenIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: ReopenIncidentInput,
  ) {
    return this.step(p, i, new ReopenIncidentCommand(p, i.incidentId, { reason: i.reason }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '总结评估 / File the post-incident review' })
  fileIncidentReview(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: FileIncidentReviewInput,
  ) {
    const { cause, spread, result, experience, problems } = i;
    const input = { cause, spread, result, experience, problems };
    return this.step(p, i, new FileIncidentReviewCommand(p, i.incidentId, input, ev(i), ctx));
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
      userId: f.userId ?? null,
      finding: f.finding,
      measure: f.measure,
    }));
    return this.step(p, i, new RecordAccountabilityCommand(p, i.incidentId, { findings }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, {
    description: '指定包保领导、跟踪专人 / Name the guarantor leader and tracker',
  })
  nameIncidentResponsibility(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: NameIncidentResponsibilityInput,
  ) {
    const people = { guarantorUserId: i.guarantorUserId ?? null, trackerUserId: i.trackerUserId ?? null };
    return this.step(p, i, new NameIncidentResponsibilityCommand(p, i.incidentId, people, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '乡镇自行处置（一般舆情）/ Take up as the township' })
  handleLocally(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: HandleLocallyInput,
  ) {
    return this.step(p, i, new HandleLocallyCommand(p, i.incidentId, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '县中心接管 / Take over from the township' })
  takeOverIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: TakeOverIncidentInput,
  ) {
    return this.step(p, i, new TakeOverIncidentCommand(p, i.incidentId, { reason: i.reason }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, { description: '补充情况 / Add what you know' })
  supplementIncident(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: SupplementIncidentInput,
  ) {
    return this.step(p, i, new SupplementIncidentCommand(p, i.incidentId, { text: i.text }, ev(i), ctx));
  }

  @Mutation(() => IncidentType, {
    description:
      '记录传播数据（与登记时的数据并存；达到更高等级标准时提请重新研判）/ Record a spread reading beside the first',
  })
  recordSpreadReading(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') i: RecordSpreadReadingInput,
  ) {
    const input = { spread: { ...i.spread }, observedAt: i.observedAt ?? ctx.now };
    return this.step(p, i, new RecordSpreadReadingCommand(p, i.incidentId, input, ev(i), ctx));
  }

  /** Runs the command, then answers the incident as the caller now sees it (read-your-writes, ADR 0004). */
  private async step(
    p: Principal,
    input: { incidentId: string },
    command: Parameters<CommandBus['execute']>[0],
  ): Promise<IncidentType> {
    await this.commands.execute(command);
    const view = await this.db.run(dataScopeOf(p), (m) =>
      m.findOneBy(IncidentView, { incidentId: input.incidentId }),
    );
    if (!view) throw new IncidentNotFound(input.incidentId);
    return toIncidentType(view, callerMay(p, view));
  }
}

/** The version the caller saw, if it said (VERSION_CONFLICT when someone else moved the incident since). */
const ev = (i: { expectedVersion?: number | null }): number | undefined => i.expectedVersion ?? undefined;

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
