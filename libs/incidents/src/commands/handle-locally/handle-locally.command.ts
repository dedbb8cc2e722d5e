import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** 乡镇自行处置 (000 §三; 001 §三): the township takes up a grade-IV incident of its villages itself. */
export class HandleLocallyCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
