import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { SpecialReportView } from '../../projections/special-report-view.entity';
import { SpecialReportDraftInput } from '../../queries/special-report.service';

/** 编写/修改专报: a new draft on an incident, or the next revision of one; answers the draft as saved. */
export class SaveSpecialReportDraftCommand extends Command<SpecialReportView> {
  constructor(
    readonly principal: Principal,
    readonly input: SpecialReportDraftInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
