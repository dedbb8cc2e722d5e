import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** An administrator sets a new password for someone (who forgot theirs); their sessions end. */
export class ResetUserPasswordCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly newPassword: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
