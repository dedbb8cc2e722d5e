import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { watchEntryNotFound } from '../../domain/intake.errors';
import { INTAKE_WATCH_LIST_STREAM_TYPE, intakeWatchListStreamId } from '../../domain/intake.events';
import { watchListDecider } from '../../domain/watch-list.decider';
import { IntakeReader } from '../../queries/intake-reader';
import { ChangeWatchEntryCommand } from './change-watch-entry.command';

@CommandHandler(ChangeWatchEntryCommand)
export class ChangeWatchEntryHandler implements ICommandHandler<ChangeWatchEntryCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, entryId, input, context }: ChangeWatchEntryCommand): Promise<void> {
    const entry = await this.reader.watchEntry(entryId);
    // Another county's entry does not exist for this caller.
    if (!entry || entry.countyId !== principal.countyId) throw watchEntryNotFound(entryId);
    authorize(principal, Action.IntakeManageWatchList, { kind: 'county', countyId: entry.countyId });
    await this.executor.execute({
      streamId: intakeWatchListStreamId(entry.countyId),
      streamType: INTAKE_WATCH_LIST_STREAM_TYPE,
      decider: watchListDecider,
      command: {
        type: 'ChangeWatchEntry',
        entryId,
        entry: { kind: input.kind, name: input.name, note: input.note ?? '', endsOn: input.endsOn ?? null },
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: principal.unitId,
      metadata: commandMetadata('ChangeWatchEntry', context),
      fingerprintOf: { entryId, ...input },
    });
  }
}
