import { SerialNumberData, serialDecider, SerialTaken } from '@app/kernel';
import { EventStore, StoreTransaction } from '../event-store';
import { VersionConflict } from '../event-store.errors';
import { EventMetadata } from '../event-store.types';
import { CommandExecutor } from './command-executor';

/**
 * A series of running numbers that are never skipped and never used twice: a 专报's 期号 per centre and year, a
 * 发文字号 per unit, kind and year. Each number taken is an event on the series' own stream, appended in the same
 * transaction as the thing it numbers — so a number exists exactly when its document does.
 */
export interface SerialSeries {
  streamId: string;
  streamType: string;
  /** The stored type of the series' events (e.g. SpecialReportNumbered): explicit, never a class name. */
  eventType: string;
  owningUnit: string;
}

/** Claims the number inside the numbered thing's transaction (call it from the command's `alsoWithin`). */
export type TakeSerial = (tx: StoreTransaction, data: object, metadata: EventMetadata) => Promise<void>;

/** Tries for a number before giving up, when other processes keep winning the race. */
const MAX_ATTEMPTS = 20;
const backoff = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * Math.min(5 * 2 ** attempt, 200)));

export { SerialNumberData, serialDecider, SerialTaken, SerialEvent } from '@app/kernel';

/**
 * The one way the platform allocates a gap-free number. `attempt(number, take)` builds and appends the numbered
 * thing with that number, calling `take` in its transaction; if another writer took the number first, it runs
 * again with the next one.
 *
 * Concurrency: allocations of one series in this process wait for each other (a queue per series), so fifty at
 * once cost fifty appends rather than fifty rounds of everyone retrying; another process is met by optimistic
 * concurrency on the series stream — the loser's whole transaction rolls back (nothing numbered, no number used)
 * and it reads the series again.
 */
export class SerialNumbers {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly executor: CommandExecutor,
  ) {}

  /** The number the series would give next (for a preview; only `allocate` takes it). */
  async peek(series: Pick<SerialSeries, 'streamId'>): Promise<number> {
    const events = await this.store.readStream(series.streamId);
    return events.length ? (events[events.length - 1].data as unknown as SerialNumberData).number + 1 : 1;
  }

  allocate<T>(series: SerialSeries, attempt: (number: number, take: TakeSerial) => Promise<T>): Promise<T> {
    const previous = this.queues.get(series.streamId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.allocateNow(series, attempt));
    const tail = run.catch(() => undefined);
    this.queues.set(series.streamId, tail);
    void tail.then(() => {
      if (this.queues.get(series.streamId) === tail) this.queues.delete(series.streamId);
    });
    return run;
  }

  private async allocateNow<T>(
    series: SerialSeries,
    attempt: (number: number, take: TakeSerial) => Promise<T>,
  ): Promise<T> {
    const decider = serialDecider<SerialNumberData>(series.eventType);
    for (let round = 1; ; round++) {
      const number = await this.peek(series);
      const take: TakeSerial = async (tx, data, metadata) => {
        await this.executor.decideWithin(tx, {
          streamId: series.streamId,
          streamType: series.streamType,
          decider,
          command: { ...data, number },
          owningUnit: series.owningUnit,
          metadata,
        });
      };
      try {
        return await attempt(number, take);
      } catch (err) {
        // Lost the number: between reading the series and deciding (SerialTaken), or between deciding and
        // appending to it (a conflict on the series stream, not on the numbered thing's).
        const lost =
          err instanceof SerialTaken || (err instanceof VersionConflict && err.streamId === series.streamId);
        if (lost && round < MAX_ATTEMPTS) {
          await backoff(round);
          continue;
        }
        throw err;
      }
    }
  }
}
