import { Global, Injectable, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { LiveEventFeed, RecordedEvent } from '@app/event-store';

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

  constructor(private readonly feed: LiveEventFeed) {}

  onModuleInit(): void {
    this.unsubscribe = this.feed.subscribe((e) => {
      void this.pubsub.publish(streamTopic(e.streamId), e);
      const incidentId = (e.data as { incidentId?: unknown }).incidentId;
      if (typeof incidentId === 'string') void this.pubsub.publish(incidentTopic(incidentId), e);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  iterator(topic: string): AsyncIterableIterator<RecordedEvent> {
    return this.pubsub.asyncIterableIterator<RecordedEvent>(topic);
  }
}

@Global()
@Module({ providers: [LiveTopics], exports: [LiveTopics] })
export class LiveTopicsModule {}
