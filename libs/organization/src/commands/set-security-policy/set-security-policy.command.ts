import { Command } from '@nestjs/cqrs';
import { Principal, Role } from '@app/access';
import { CommandContext } from '@app/kernel';

/** Which roles must sign in with a second factor in this county (等级保护 2.0, level 3). */
export class SetSecurityPolicyCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly requireTotpRoles: Role[],
    readonly context: CommandContext,
  ) {
    super();
  }
}
