import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** From which grade on the county's incidents call for the linkage (county ADMIN). */
export class SetLinkageThresholdCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly grade: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
