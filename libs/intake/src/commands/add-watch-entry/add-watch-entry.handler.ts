import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import { INTAKE_WATCH_LIST_STREAM_TYPE, intakeWatchListStreamId } from '../../domain/intake.events';
import { watchListDecider } from '../../domain/watch-list.decider';
import { AddWatchEntryCommand } from './add-watch-entry.command';

@CommandHandler(AddWatchEntryCommand)
export class AddWatchEntryHandler implements ICommandHandler<AddWatchEntryCommand, string> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ principal, input, context }: AddWatchEntryCommand): Promise<string> {
    const countyId = principal.countyId ?? '';
    authorize(principal, Action.IntakeManageWatchList, { kind: 'county', countyId });
    const entryId = context.idempotencyKey
      ? deterministicUuid('intake-watch-entry', principal.unitId, context.idempotencyKey)
      : randomUUID();
    await this.executor.execute({
      streamId: intakeWatchListStreamId(countyId),
      streamType: INTAKE_WATCH_LIST_STREAM_TYPE,
      decider: watchListDecider,
      command: {
        type: 'AddWatchEntry',
        entryId,
        countyId,
        entry: { kind: input.kind, name: input.name, note: input.note ?? '', endsOn: input.endsOn ?? null },
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('AddWatchEntry', context),
      fingerprintOf: input,
    });
    return entryId;
  }
}
