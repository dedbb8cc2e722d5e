import { Command } from '@nestjs/cqrs';
import { Principal, Role } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Grants or withdraws roles; the change is an event, so an auditor sees who granted what and when. */
export class ChangeUserRolesCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly roles: Role[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
