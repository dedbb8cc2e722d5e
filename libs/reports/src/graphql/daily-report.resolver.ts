import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { Grade, IncidentStatus, Platform } from '@app/incidents';
import { Clock, CommandContext } from '@app/kernel';
import { IssueDailyReportCommand } from '../commands/issue-daily-report/issue-daily-report.command';
import { DailyReportService } from '../queries/daily-report.service';
import { DailyReportItem } from '../domain/daily-report.events';
import { DailyReportView } from '../projections/daily-report-view.entity';
import {
  DailyReportDraftType,
  DailyReportItemType,
  DailyReportType,
  IssueDailyReportInput,
} from './daily-report.types';

const toItem = (i: DailyReportItem): DailyReportItemType => ({
  ...i,
  grade: i.grade as Grade | null,
  status: i.status as IncidentStatus,
  platform: i.platform as Platform,
  reportedAt: new Date(i.reportedAt),
});

const toReport = (r: DailyReportView): DailyReportType => ({
  id: r.reportId,
  unitId: r.unitId,
  date: r.day,
  revision: r.revision,
  figures: r.figures,
  sensitive: r.sensitive.map(toItem),
  positive: r.positive,
  remarks: r.remarks,
  correctionReason: r.correctionReason,
  recipientNames: r.recipientNames,
  issuedByName: r.issuedByName,
  issuedAt: r.issuedAt,
  revisions: r.revisions.map((x) => ({ ...x, at: new Date(x.at) })),
});

/** 舆情日报: the draft of a day, issuing it (and correcting it), and reading what was issued. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class DailyReportResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reports: DailyReportService,
    private readonly clock: Clock,
  ) {}

  @Query(() => DailyReportDraftType, {
    description:
      '某日日报此刻编发将报送的内容（县中心值班员、领导）/ What the day’s report would say if issued now',
  })
  async dailyReportDraft(
    @CurrentPrincipal() p: Principal,
    @Args('date', { description: 'YYYY-MM-DD' }) date: string,
  ): Promise<DailyReportDraftType> {
    const d = await this.reports.draft(p, date, this.clock.now());
    return { ...d, sensitive: d.sensitive.map(toItem), issued: d.issued && toReport(d.issued) };
  }

  @Query(() => [DailyReportType], {
    description: '已编发的舆情日报（最多 92 天，新的在前）/ Daily reports issued over a period, newest first',
  })
  async dailyReports(
    @CurrentPrincipal() p: Principal,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD' }) to: string,
  ): Promise<DailyReportType[]> {
    return (await this.reports.list(p, from, to)).map(toReport);
  }

  @Query(() => DailyReportType, { description: '一份舆情日报 / One daily report' })
  async dailyReport(
    @CurrentPrincipal() p: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<DailyReportType> {
    return toReport(await this.reports.report(p, id));
  }

  @Mutation(() => DailyReportType, {
    description:
      '编发舆情日报，报宣传部及本中心领导；同日再次编发为更正，须填写更正说明 / Issue the daily report (again, with a reason, to correct it)',
  })
  async issueDailyReport(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: IssueDailyReportInput,
  ): Promise<DailyReportType> {
    return toReport(await this.commands.execute(new IssueDailyReportCommand(p, input, ctx)));
  }
}
