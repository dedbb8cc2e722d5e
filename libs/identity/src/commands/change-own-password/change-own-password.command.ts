import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/**
 * A user changes their own password, proving the current one (attempts counted like sign-ins, from `address`);
 * their other sessions end.
 */
export class ChangeOwnPasswordCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly address: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
