import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { SpecialReportView } from '../../projections/special-report-view.entity';

/** 签发: the centre's leader fixes the last draft, gives it the year's next number and sends it. */
export class IssueSpecialReportCommand extends Command<SpecialReportView> {
  constructor(
    readonly principal: Principal,
    readonly reportId: string,
    /** The version the leader read: a draft saved since is not signed off unread (VERSION_CONFLICT). */
    readonly expectedVersion: number | null | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
