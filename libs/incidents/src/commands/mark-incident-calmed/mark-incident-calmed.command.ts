import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** What the caller says; the handler adds the facts the decider needs. */
export type MarkIncidentCalmedFields = { note: string };

/** 标记已平息 (DOMAIN §2 HANDLING → CALMED). */
export class MarkIncidentCalmedCommand extends Command<void> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
    readonly input: MarkIncidentCalmedFields,
    readonly expectedVersion: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}
