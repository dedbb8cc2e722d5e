import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';

/** The centre's decision on one item (研判): a new incident (pre-filled from it), an incident it joins, or archive. */
export type IntakeDecision =
  | {
      kind: 'register';
      /** Overrides of what the item pre-fills. */
      title?: string | null;
      excerpt?: string | null;
      confidential?: boolean | null;
    }
  | { kind: 'attach'; incidentId: string }
  | { kind: 'archive'; reason: string };

/** Decides an item. Returns the incident it now belongs to (null when archived). */
export class DecideIntakeItemCommand extends Command<string | null> {
  constructor(
    readonly principal: Principal,
    readonly itemId: string,
    readonly decision: IntakeDecision,
    readonly context: CommandContext,
  ) {
    super();
  }
}
