import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/**
 * An administrator lifts the pause that wrong passwords put on someone's sign-in (解锁), having made sure it is that
 * person asking; recorded with the reason.
 */
export class UnlockUserSignInCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
