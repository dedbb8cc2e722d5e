import { Global, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { EventStore, LiveEventFeed, ProjectionRunner, RecordedEvent } from '@app/event-store';

/** Topic of every event of a stream (e.g. `stream:inbox-<unit>`), and of every event naming an incident. */
export const streamTopic = (streamId: string) => `stream:${streamId}`;
export const incidentTopic = (incidentId: string) => `incident:${incidentId}`;

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
}

@Global()
@Module({ providers: [LiveTopics], exports: [LiveTopics] })
export class LiveTopicsModule {}
