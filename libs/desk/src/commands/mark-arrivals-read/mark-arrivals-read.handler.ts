import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import {
  arrivalReadsDecider,
  ARRIVALS_READ,
  DESK_READS_STREAM_TYPE,
  deskReadsStreamId,
  MAX_MARKED,
} from '../../domain/arrivals';
import { ArrivalNotFound, badArrivalIds } from '../../domain/desk.errors';
import { ArrivalsToRead } from '../../queries/arrivals-to-read';
import { MarkArrivalsReadCommand } from './mark-arrivals-read.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Marks what the person asked for, among the arrivals that are theirs to read; one not theirs (another unit's, another
 * audience's) is NOT_FOUND and nothing is marked. Marking one already read is no step at all: answers how many it
 * newly marked.
 */
@CommandHandler(MarkArrivalsReadCommand)
export class MarkArrivalsReadHandler implements ICommandHandler<MarkArrivalsReadCommand, number> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly arrivals: ArrivalsToRead,
  ) {}

  async execute({ principal: p, input, context }: MarkArrivalsReadCommand): Promise<number> {
    authorize(p, Action.InboxRead);
    const ids = [...new Set(input.ids)];
    if (!ids.length || ids.length > MAX_MARKED || !ids.every((id) => UUID.test(id)))
      throw badArrivalIds(MAX_MARKED);
    const { found, read } = await this.arrivals.theirs(p, ids);
    const missing = ids.find((id) => !found.some((a) => a.eventId === id));
    if (missing) throw new ArrivalNotFound(missing);
    const unread = ids.filter((id) => !read.has(id));
    if (!unread.length) return 0;
    await this.executor.execute({
      streamId: deskReadsStreamId(p.userId),
      streamType: DESK_READS_STREAM_TYPE,
      decider: arrivalReadsDecider,
      command: { type: 'MarkArrivalsRead', arrivalIds: unread, context: decisionContextOf(p, context.now) },
      owningUnit: p.unitId,
      metadata: commandMetadata(ARRIVALS_READ, context),
      fingerprintOf: { ids },
    });
    return unread.length;
  }
}
