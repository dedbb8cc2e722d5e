import { Global, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import {
  compareLogPositions,
  EventStore,
  LiveEventFeed,
  LogPosition,
  parseLogPosition,
  ProjectionRunner,
  RecordedEvent,
} from '@app/event-store';
import { AppError, ErrorCode } from '@app/kernel';
import { RequestErrorReason } from './request.errors';

/** Topic of every event of a stream, and of every event naming an incident. */
export const streamTopic = (streamId: string) => `stream:${streamId}`;
export const incidentTopic = (incidentId: string) => `incident:${incidentId}`;
/** Topic of every event of the streams of one type a unit owns (e.g. all its inbox streams). */
export const ownedTopic = (streamType: string, unitId: string) => `owned:${streamType}:${unitId}`;

/** Whether an event is published on a topic (as `LiveTopics` publishes it): for reading a topic back from the log. */
export const onOwnedTopic = (streamType: string, unitId: string) => (e: RecordedEvent) =>
  e.streamType === streamType && e.owningUnit === unitId;
export const onIncidentTopic = (incidentId: string) => (e: RecordedEvent) =>
  (e.data as { incidentId?: unknown }).incidentId === incidentId;

/** The position a subscription's notice carries (`<transaction>:<global position>`), as a client hands it back. */
export function subscriptionPosition(after: string): LogPosition {
  try {
    return parseLogPosition(after);
  } catch {
    throw new AppError(
      ErrorCode.VALIDATION_FAILED,
      RequestErrorReason.CURSOR,
      {
        zh: '续订位置无效，请不带 after 重新订阅并重新查询',
        en: 'The resume position is not valid; subscribe without `after` and query again',
      },
      { fields: [{ field: 'after', message: '续订位置无效', messageEn: 'invalid position' }] },
    );
  }
}

const positionOf = (e: RecordedEvent): LogPosition => ({
  transactionId: e.transactionId,
  globalPosition: e.globalPosition,
});

/**
 * Subscriptions' source: this process's live event feed (which hears every process through LISTEN/NOTIFY),
 * published on in-memory topics that subscription resolvers listen to after the policy allowed them.
 */
@Injectable()
export class LiveTopics implements OnModuleInit, OnModuleDestroy {
  private readonly pubsub = new PubSub<Record<string, RecordedEvent>>();
  private unsubscribe?: () => void;
  /** Publications in log order, each after this process's read models hold its event. */
  private publishing: Promise<void> = Promise.resolve();

  constructor(
    private readonly feed: LiveEventFeed,
    private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.feed.subscribe((e) => {
      // A subscriber told of a change reads it next (a console refetches its list): tell it once the read models
      // include the event, or it reads the state before and shows it until the next change. A read model that
      // cannot move (broken, timed out) does not hold the news back.
      const position = { transactionId: e.transactionId, globalPosition: e.globalPosition };
      this.publishing = this.publishing
        .then(() => this.projections.waitFor(position))
        .catch(() => undefined)
        .then(() => {
          void this.pubsub.publish(streamTopic(e.streamId), e);
          void this.pubsub.publish(ownedTopic(e.streamType, e.owningUnit), e);
          const incidentId = (e.data as { incidentId?: unknown }).incidentId;
          if (typeof incidentId === 'string') void this.pubsub.publish(incidentTopic(incidentId), e);
        });
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /**
   * What happens on a topic from the moment of subscribing: the feed may still be publishing events committed just
   * before, and those are skipped. The listener is registered before the snapshot is taken, so nothing committed
   * after it is lost; `return()` unsubscribes at once, even while waiting.
   */
  async fromNow(topic: string): Promise<AsyncIterableIterator<RecordedEvent>> {
    const source: AsyncIterableIterator<RecordedEvent> =
      this.pubsub.asyncIterableIterator<RecordedEvent>(topic);
    let pending: Promise<IteratorResult<RecordedEvent>> | null = source.next(); // subscribes now
    const before = await this.store.committedAsOfNow();
    const iterator: AsyncIterableIterator<RecordedEvent> = {
      async next() {
        for (;;) {
          const r = await (pending ?? source.next());
          pending = null;
          if (r.done || !before(r.value)) return r;
        }
      },
      return: () => source.return?.() ?? Promise.resolve({ done: true, value: undefined }),
      throw: (err: unknown) =>
        source.throw
          ? source.throw(err)
          : Promise.reject(err instanceof Error ? err : new Error(String(err))),
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /**
   * What happened on a topic after `after` (a position the client saw on an earlier notice), then what happens
   * from now: a client whose socket dropped — its process killed, say — resubscribes through any process with the
   * last position it saw and misses nothing, nor hears anything twice. The live listener is registered first; the
   * log is then read from `after` in log order below the fence (as the feed reads it), and live events at or before
   * the last one read are dropped. An event not yet readable when the reading ends comes live: the feed publishes
   * only what lies below the fence, and the fence only moves forward.
   */
  async since(
    topic: string,
    after: LogPosition,
    belongs: (e: RecordedEvent) => boolean,
  ): Promise<AsyncIterableIterator<RecordedEvent>> {
    const source: AsyncIterableIterator<RecordedEvent> =
      this.pubsub.asyncIterableIterator<RecordedEvent>(topic);
    let pending: Promise<IteratorResult<RecordedEvent>> | null = source.next(); // subscribes now
    const { store, projections } = this;
    let cursor = after;
    let last = after;
    let backlog: RecordedEvent[] = [];
    let reading = true;
    const iterator: AsyncIterableIterator<RecordedEvent> = {
      async next() {
        while (reading) {
          const e = backlog.shift();
          if (e) {
            last = positionOf(e);
            return { done: false, value: e };
          }
          const batch = await store.readLog(cursor, 500);
          if (batch.length === 0) {
            reading = false;
            break;
          }
          cursor = positionOf(batch[batch.length - 1]);
          // As live notices: after this process's read models hold them.
          await projections.waitFor(cursor).catch(() => undefined);
          backlog = batch.filter(belongs);
        }
        for (;;) {
          const r = await (pending ?? source.next());
          pending = null;
          if (r.done) return r;
          if (compareLogPositions(positionOf(r.value), last) > 0) {
            last = positionOf(r.value);
            return r;
          }
        }
      },
      return: () => {
        reading = false;
        return source.return?.() ?? Promise.resolve({ done: true, value: undefined });
      },
      throw: (err: unknown) =>
        source.throw
          ? source.throw(err)
          : Promise.reject(err instanceof Error ? err : new Error(String(err))),
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}

@Global()
@Module({ providers: [LiveTopics], exports: [LiveTopics] })
export class LiveTopicsModule {}
