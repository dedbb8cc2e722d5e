import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { deterministicUuid, ValidationFailed } from '@app/kernel';
import { checkIntakeItem } from '../../domain/intake-item.validation';
import { IntakeSourceKind } from '../../domain/intake.events';
import { ReceiveIntakeItemsCommand } from '../receive-intake-items/receive-intake-items.command';
import { EnterIntakeItemCommand } from './enter-intake-item.command';

@CommandHandler(EnterIntakeItemCommand)
export class EnterIntakeItemHandler implements ICommandHandler<EnterIntakeItemCommand, string> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ principal, input, context }: EnterIntakeItemCommand): Promise<string> {
    authorize(principal, Action.IntakeEnter, {
      kind: 'unit',
      unitId: principal.unitId,
      countyId: principal.countyId,
    });
    // The unit's own hand entries are one source; a retry with the same key is the same entry.
    const externalId = context.idempotencyKey ?? randomUUID();
    const { item, problems } = checkIntakeItem({ ...input, id: externalId }, 'input', context.now);
    if (!item) throw new ValidationFailed(problems);
    const [received] = await this.commands.execute(
      new ReceiveIntakeItemsCommand(
        {
          sourceId: deterministicUuid('intake-manual-source', principal.unitId),
          sourceName: `人工录入（${principal.userName ?? principal.username}）`,
          kind: IntakeSourceKind.MANUAL,
          countyId: principal.countyId ?? '',
          unitId: principal.unitId,
        },
        [item],
        context,
      ),
    );
    return received.itemId;
  }
}
