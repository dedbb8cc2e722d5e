import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Gives a deactivated user their access back (their unit must be in service). */
export class ReactivateUserCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
