import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Ends a user's access at once: existing sessions stop working. Users are never deleted. */
export class DeactivateUserCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
