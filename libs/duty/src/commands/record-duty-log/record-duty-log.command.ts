import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DutyLogKind } from '../../domain/duty.events';
import { DutyLogView } from '../../projections/duty-views.entity';

/** 记值班日志: a line in the caller's unit's duty log; whether the writer was on the roster then is kept with it. */
export class RecordDutyLogCommand extends Command<DutyLogView> {
  constructor(
    readonly principal: Principal,
    readonly input: { kind: DutyLogKind; text: string; incidentId?: string | null },
    readonly context: CommandContext,
  ) {
    super();
  }
}
