import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { CountyDeadlines } from '../../domain/organization.events';

/** The county's deadlines for the loop (county ADMIN). */
export class SetDeadlinePolicyCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly countyId: string,
    readonly deadlines: CountyDeadlines,
    readonly context: CommandContext,
    /** The county's version the merged policy was read at: a change meanwhile is a VERSION_CONFLICT, not a loss. */
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
