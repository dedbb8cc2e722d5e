import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { LinkageRoles } from '../../domain/organization.events';

/** Names the county's "1+3": propaganda department, cyberspace, police, state security (004 §五(二)). */
export class AssignLinkageRolesCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly roles: LinkageRoles,
    readonly context: CommandContext,
  ) {
    super();
  }
}
