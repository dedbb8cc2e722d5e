import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { watchEntryNotFound } from '../../domain/intake.errors';
import { INTAKE_WATCH_LIST_STREAM_TYPE, intakeWatchListStreamId } from '../../domain/intake.events';
import { watchListDecider } from '../../domain/watch-list.decider';
import { IntakeReader } from '../../queries/intake-reader';
import { RetireWatchEntryCommand } from './retire-watch-entry.command';

@CommandHandler(RetireWatchEntryCommand)
export class RetireWatchEntryHandler implements ICommandHandler<RetireWatchEntryCommand, void> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: IntakeReader,
  ) {}

  async execute({ principal, entryId, context }: RetireWatchEntryCommand): Promise<void> {
    const entry = await this.reader.watchEntry(entryId);
    // Another county's entry does not exist for this caller.
    if (!entry || entry.countyId !== principal.countyId) throw watchEntryNotFound(entryId);
    authorize(principal, Action.IntakeManageWatchList, { kind: 'county', countyId: entry.countyId });
    await this.executor.execute({
      streamId: intakeWatchListStreamId(entry.countyId),
      streamType: INTAKE_WATCH_LIST_STREAM_TYPE,
      decider: watchListDecider,
      command: { type: 'RetireWatchEntry', entryId, context: decisionContextOf(principal, context.now) },
      owningUnit: principal.unitId,
      metadata: commandMetadata('RetireWatchEntry', context),
      fingerprintOf: { entryId },
    });
  }
}
