import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type ReleaseLinkageMemberFields = { unitId: string; reason: string };

/** 解除联动单位: an N member leaves the linkage, with a reason. */
export class ReleaseLinkageMemberCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: ReleaseLinkageMemberFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
