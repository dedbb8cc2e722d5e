import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { DutyPost } from '../../domain/duty.events';
import { DutyShiftView } from '../../projections/duty-views.entity';

/** 排班: a person of the unit on duty from one moment to another (值班员 or 带班领导); answers the shift. */
export class AssignDutyShiftCommand extends Command<DutyShiftView> {
  constructor(
    readonly principal: Principal,
    readonly input: {
      unitId: string;
      userId: string;
      startsAt: Date;
      endsAt: Date;
      post?: DutyPost;
      note?: string;
    },
    readonly context: CommandContext,
  ) {
    super();
  }
}
