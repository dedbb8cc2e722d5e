import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Takes a leader off the county's roster (the county's ADMIN); what they instructed stays on record. */
export class RelieveCountyLeaderCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
