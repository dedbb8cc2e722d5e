import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { AppError, CommandContext } from '@app/kernel';
import { IntakeDecision } from '../decide-intake-item/decide-intake-item.command';

export interface IntakeBatchOutcome {
  itemId: string;
  /** Why this item was refused (another county's, already decided); null when done. */
  error: AppError | null;
}

/**
 * Many items at once (批量研判): archive them all with one reason, attach them all to one incident, or register the
 * first as a new incident and attach the rest to it. Each item is its own decision and event; one refused item does
 * not hold back the others, and says why.
 */
export class DecideIntakeItemsCommand extends Command<{
  incidentId: string | null;
  outcomes: IntakeBatchOutcome[];
}> {
  constructor(
    readonly principal: Principal,
    readonly itemIds: string[],
    readonly decision: IntakeDecision,
    readonly context: CommandContext,
  ) {
    super();
  }
}
