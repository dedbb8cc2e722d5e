import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type ReopenIncidentFields = { reason: string };

/** 重新打开（舆情反复）: back to handling, with a reason. */
export class ReopenIncidentCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: ReopenIncidentFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
