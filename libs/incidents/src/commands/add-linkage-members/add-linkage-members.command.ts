import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type AddLinkageMembersFields = { unitIds: string[] };

/** 增加联动单位: more N units of the incident's county join the active linkage. */
export class AddLinkageMembersCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: AddLinkageMembersFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
