import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { ReportKind, serialLabel } from '../domain/special-report.events';
import { SpecialReportView } from '../projections/special-report-view.entity';
import { IssueSpecialReportCommand } from '../commands/issue-special-report/issue-special-report.command';
import { SaveSpecialReportDraftCommand } from '../commands/save-special-report-draft/save-special-report-draft.command';
import { WithdrawSpecialReportCommand } from '../commands/withdraw-special-report/withdraw-special-report.command';
import { SpecialReportService, specialReportSteps } from '../queries/special-report.service';
import {
  PrefilledReason,
  SaveSpecialReportDraftInput,
  SpecialReportAction,
  SpecialReportStatus,
  SpecialReportType,
  WithdrawSpecialReportInput,
} from './special-report.types';

const toReport = (r: SpecialReportView, p: Principal): SpecialReportType => ({
  id: r.reportId,
  kind: r.kind as ReportKind,
  spread: r.spread,
  measuresTaken: r.measuresTaken,
  prefilledReason: r.prefilledReason as PrefilledReason | null,
  incidentId: r.incidentId,
  incidentTitle: r.incidentTitle,
  confidential: r.confidential,
  status: r.status as SpecialReportStatus,
  year: r.year,
  number: r.number,
  serial: r.year !== null && r.number !== null ? serialLabel(r.year, r.number).zh : null,
  title: r.title,
  summary: r.summary,
  analysis: r.analysis,
  suggestions: r.suggestions,
  addressees: r.addressees,
  copyUnitIds: r.copyUnitIds,
  copyNames: r.copyNames,
  draftRevision: r.draftRevision,
  draftedByName: r.draftedByName,
  draftedAt: r.draftedAt,
  issuedByName: r.issuedByName,
  issuedAt: r.issuedAt,
  withdrawnAt: r.withdrawnAt,
  withdrawnByName: r.withdrawnByName,
  withdrawReason: r.withdrawReason,
  allowedActions: specialReportSteps(p, r) as SpecialReportAction[],
  version: r.version,
});

/** 舆情专报: drafts, the leader's sign-off, and reading them. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class SpecialReportResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reports: SpecialReportService,
  ) {}

  @Query(() => [SpecialReportType], {
    description:
      '可阅的舆情专报与快报：某事件的，或本县的（市委网信办：报送本办的）；新的在前，最多 200 份 / Special and flash reports one may read',
  })
  async specialReports(
    @CurrentPrincipal() p: Principal,
    @Args('incidentId', { type: () => ID, nullable: true }) incidentId?: string | null,
    @Args('kind', { type: () => ReportKind, nullable: true, description: '只列专报或快报 / Only one kind' })
    kind?: ReportKind | null,
  ): Promise<SpecialReportType[]> {
    return (await this.reports.list(p, incidentId, kind)).map((r) => toReport(r, p));
  }

  @Query(() => SpecialReportType, { description: '一份舆情专报 / One special report' })
  async specialReport(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SpecialReportType> {
    return toReport(await this.reports.report(p, id), p);
  }

  @Mutation(() => SpecialReportType, {
    description: '起草或修改舆情专报（县中心）；签发前可多次保存 / Draft or revise a special report',
  })
  async saveSpecialReportDraft(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: SaveSpecialReportDraftInput,
  ): Promise<SpecialReportType> {
    return toReport(await this.commands.execute(new SaveSpecialReportDraftCommand(p, input, ctx)), p);
  }

  @Mutation(() => SpecialReportType, {
    description:
      '签发（县中心领导）：编入当年期号；专报送宣传部及抄送单位领导，快报直报分管县领导、主要领导和市委网信办 / Sign off and send a special or flash report',
  })
  async issueSpecialReport(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', {
      type: () => Int,
      nullable: true,
      description: '签发人阅读时的版本：其后稿件又被修改则拒绝 / The version read; refused if revised since',
    })
    expectedVersion?: number | null,
  ): Promise<SpecialReportType> {
    return toReport(
      await this.commands.execute(new IssueSpecialReportCommand(p, id, expectedVersion, ctx)),
      p,
    );
  }

  @Mutation(() => SpecialReportType, {
    description:
      '撤回舆情专报稿件（县中心，签发前）：记录撤回人与理由，此后不再修改或签发 / Withdraw a draft before sign-off, with who and why',
  })
  async withdrawSpecialReport(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: WithdrawSpecialReportInput,
  ): Promise<SpecialReportType> {
    return toReport(await this.commands.execute(new WithdrawSpecialReportCommand(p, input, ctx)), p);
  }
}
