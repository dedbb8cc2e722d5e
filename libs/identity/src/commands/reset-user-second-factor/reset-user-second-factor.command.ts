import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/**
 * The county administrator unbinds someone's second factor (a lost or replaced phone), with the reason: the event
 * records who did it and why, the person's sessions end, and they bind a new one at their next sign-in.
 */
export class ResetUserSecondFactorCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
