import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { SpecialReportView } from '../../projections/special-report-view.entity';

/**
 * 撤回: the centre will not send this draft (written in error, overtaken by events). Only a draft; who and why are
 * kept, and it stays readable to those who could read it. The version read, if given, must still be the draft's.
 */
export class WithdrawSpecialReportCommand extends Command<SpecialReportView> {
  constructor(
    readonly principal: Principal,
    readonly input: { id: string; reason: string; expectedVersion?: number | null },
    readonly context: CommandContext,
  ) {
    super();
  }
}
