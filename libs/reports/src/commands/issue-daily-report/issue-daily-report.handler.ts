import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { deliverToInbox, InboxAudience } from '@app/inbox';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { dailyReportDecider, isCalendarDay } from '../../domain/daily-report.decider';
import { DAILY_REPORT_STREAM_TYPE, dailyReportStreamId } from '../../domain/daily-report.events';
import { DailyReportView } from '../../projections/daily-report-view.entity';
import { DailyReportService, emptyFigures } from '../../queries/daily-report.service';
import { IssueDailyReportCommand } from './issue-daily-report.command';

@CommandHandler(IssueDailyReportCommand)
export class IssueDailyReportHandler implements ICommandHandler<IssueDailyReportCommand, DailyReportView> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
    private readonly reports: DailyReportService,
  ) {}

  async execute({ principal: p, input, context: ctx }: IssueDailyReportCommand): Promise<DailyReportView> {
    const countyId = await this.reports.authorizeIssue(p);
    const county = await this.organization.countyFacts(countyId);
    const recipients = county?.propagandaUnitId
      ? await this.organization.unitsByIds(SYSTEM_SCOPE, [county.propagandaUnitId])
      : [];
    // A malformed day is refused by the decider; the figures are only gathered for a real one.
    const compiled = isCalendarDay(input.date)
      ? await this.reports.compile(countyId, input.date, ctx.now)
      : { figures: emptyFigures(), sensitive: [] };
    const reportId = deterministicUuid('daily-report', p.unitId, input.date);
    const label = `${Number(input.date.slice(5, 7))}月${Number(input.date.slice(8, 10))}日舆情日报`;
    await this.executor.execute({
      streamId: dailyReportStreamId(p.unitId, input.date),
      streamType: DAILY_REPORT_STREAM_TYPE,
      decider: dailyReportDecider,
      command: {
        type: 'IssueDailyReport',
        context: decisionContextOf(p, ctx.now),
        correctionReason: input.correctionReason ?? null,
        report: {
          reportId,
          unitId: p.unitId,
          countyId,
          date: input.date,
          ...compiled,
          positive: input.positive,
          remarks: input.remarks,
          recipientUnitIds: recipients.map((u) => u.unitId),
          recipientNames: recipients.map((u) => u.name),
        },
      },
      owningUnit: p.unitId,
      metadata: commandMetadata('IssueDailyReport', ctx),
      fingerprintOf: { ...input },
      alsoWithin: async (tx, { events }) => {
        if (events.length === 0) return;
        const corrected = events[0].data.revision > 1;
        const f = events[0].data.figures;
        const note = {
          zh: `新增舆情 ${f.newIncidents} 起，在办 ${f.openIncidents} 起，超时工单 ${f.overdueTasks} 件${corrected ? '（更正版）' : ''}`,
          en: `${f.newIncidents} new, ${f.openIncidents} open, ${f.overdueTasks} overdue task(s)${corrected ? ' (corrected)' : ''}`,
        };
        // To the leaders who read it: the propaganda department's and the centre's own (004 §三(二)).
        for (const unitId of [...recipients.map((u) => u.unitId), p.unitId])
          await deliverToInbox(tx, ctx, {
            unitId,
            kind: 'DAILY_REPORT',
            refType: 'DAILY_REPORT',
            refId: reportId,
            incidentId: null,
            incidentTitle: corrected ? `${label}（更正）` : label,
            confidential: false,
            audience: InboxAudience.LEADERS,
            note,
          });
      },
    });
    return (await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(DailyReportView, { reportId })))!;
  }
}
