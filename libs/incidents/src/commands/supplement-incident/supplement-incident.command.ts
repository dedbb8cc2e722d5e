import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type SupplementIncidentFields = { text: string };

/** 补充情况: a unit working the incident adds what it knows. */
export class SupplementIncidentCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: SupplementIncidentFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
