import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { specialReportDecider } from '../../domain/special-report.decider';
import { SPECIAL_REPORT_STREAM_TYPE, specialReportStreamId } from '../../domain/special-report.events';
import { SpecialReportView } from '../../projections/special-report-view.entity';
import { SpecialReportService } from '../../queries/special-report.service';
import { WithdrawSpecialReportCommand } from './withdraw-special-report.command';

@CommandHandler(WithdrawSpecialReportCommand)
export class WithdrawSpecialReportHandler implements ICommandHandler<
  WithdrawSpecialReportCommand,
  SpecialReportView
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reports: SpecialReportService,
  ) {}

  async execute({
    principal: p,
    input,
    context: ctx,
  }: WithdrawSpecialReportCommand): Promise<SpecialReportView> {
    const view = await this.reports.authorizedView(p, input.id, Action.SpecialReportWithdraw);
    await this.executor.execute({
      streamId: specialReportStreamId(view.reportId),
      streamType: SPECIAL_REPORT_STREAM_TYPE,
      decider: specialReportDecider,
      command: {
        type: 'WithdrawSpecialReport',
        context: decisionContextOf(p, ctx.now),
        withdrawal: {
          reportId: view.reportId,
          incidentId: view.incidentId,
          unitId: view.unitId,
          countyId: view.countyId,
          reason: input.reason ?? '',
        },
      },
      owningUnit: view.unitId,
      expectedVersion: input.expectedVersion ?? undefined,
      metadata: commandMetadata('WithdrawSpecialReport', ctx),
      fingerprintOf: input,
    });
    return this.reports.view(view.reportId);
  }
}
