import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Turns on the second factor once the user proves their app produces the right codes. */
export class ConfirmTotpCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly code: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
