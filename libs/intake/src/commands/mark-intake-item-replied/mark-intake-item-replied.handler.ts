import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { intakeItemDecider } from '../../domain/intake-item.decider';
import { itemNotFound } from '../../domain/intake.errors';
import { INTAKE_ITEM_STREAM_TYPE, intakeItemStreamId } from '../../domain/intake.events';
import { IntakeReader } from '../../queries/intake-reader';
import { MarkIntakeItemRepliedCommand } from './mark-intake-item-replied.command';

@CommandHandler(MarkIntakeItemRepliedCommand)
export class MarkIntakeItemRepliedHandler implements ICommandHandler<MarkIntakeItemRepliedCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, itemId, note, context }: MarkIntakeItemRepliedCommand): Promise<void> {
    const item = await this.reader.item(itemId);
    // Another county's item does not exist for this caller (NOT_FOUND, not a hint).
    if (!item || item.countyId !== principal.countyId) throw itemNotFound(itemId);
    authorize(principal, Action.IntakeTriage, { kind: 'county', countyId: item.countyId }, itemId);
    await this.executor.execute({
      streamId: intakeItemStreamId(itemId),
      streamType: INTAKE_ITEM_STREAM_TYPE,
      decider: intakeItemDecider,
      command: {
        type: 'MarkIntakeItemReplied',
        itemId,
        note,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: item.unitId,
      metadata: commandMetadata('MarkIntakeItemReplied', context),
      fingerprintOf: { itemId, note },
    });
  }
}
