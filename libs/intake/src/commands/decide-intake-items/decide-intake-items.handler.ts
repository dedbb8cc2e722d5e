import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { AppError, checkReason, problem, ValidationFailed } from '@app/kernel';
import { DecideIntakeItemCommand, IntakeDecision } from '../decide-intake-item/decide-intake-item.command';
import { DecideIntakeItemsCommand, IntakeBatchOutcome } from './decide-intake-items.command';

const MAX_BATCH = 200;

@CommandHandler(DecideIntakeItemsCommand)
export class DecideIntakeItemsHandler implements ICommandHandler<
  DecideIntakeItemsCommand,
  { incidentId: string | null; outcomes: IntakeBatchOutcome[] }
> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ principal, itemIds, decision, context }: DecideIntakeItemsCommand) {
    // What refuses the whole batch is checked before any item changes: the caller, the list, the reason.
    authorize(principal, Action.IntakeTriage, { kind: 'county', countyId: principal.countyId ?? '' });
    const ids = [...new Set(itemIds)];
    if (ids.length === 0 || ids.length > MAX_BATCH)
      throw new ValidationFailed([
        problem('input.itemIds', `须选择 1–${MAX_BATCH} 条线索`, `choose 1–${MAX_BATCH} items`),
      ]);
    if (decision.kind === 'archive')
      checkReason('input.reason', decision.reason, 500, { zh: '归档', en: 'archive items' });
    const one = (itemId: string, d: IntakeDecision) =>
      this.commands.execute(
        new DecideIntakeItemCommand(principal, itemId, d, {
          ...context,
          // Each item's own key, so a repeated batch repeats each decision rather than colliding on one key.
          idempotencyKey: context.idempotencyKey ? `${context.idempotencyKey}:${itemId}` : undefined,
        }),
      );
    let rest = ids;
    let incidentId: string | null = null;
    const outcomes: IntakeBatchOutcome[] = [];
    let then: IntakeDecision = decision;
    if (decision.kind === 'register') {
      // The first item makes the incident (its refusal refuses the batch); the others join it.
      incidentId = await one(ids[0], decision);
      outcomes.push({ itemId: ids[0], error: null });
      rest = ids.slice(1);
      then = { kind: 'attach', incidentId: incidentId! };
    } else if (decision.kind === 'attach') incidentId = decision.incidentId;
    for (const itemId of rest) {
      try {
        await one(itemId, then);
        outcomes.push({ itemId, error: null });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes.push({ itemId, error: err });
      }
    }
    return { incidentId, outcomes };
  }
}
