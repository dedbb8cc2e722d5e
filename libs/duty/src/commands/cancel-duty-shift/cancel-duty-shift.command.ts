import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DutyShiftView } from '../../projections/duty-views.entity';

/** 取消班次, with a reason; the shift stays on the roster as cancelled. Answers the shift. */
export class CancelDutyShiftCommand extends Command<DutyShiftView> {
  constructor(
    readonly principal: Principal,
    readonly input: { shiftId: string; reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}
