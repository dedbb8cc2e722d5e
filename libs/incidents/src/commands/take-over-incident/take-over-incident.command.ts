import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type TakeOverIncidentFields = { reason: string };

/** 县中心接管: the county centre takes an incident back from the township handling it. */
export class TakeOverIncidentCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: TakeOverIncidentFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
