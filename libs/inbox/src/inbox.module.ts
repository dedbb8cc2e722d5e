import { Module, OnModuleInit } from '@nestjs/common';
import { EventSchemaRegistry } from '@app/event-store';
import { INBOX_ITEM_ARRIVED } from './domain/inbox.events';
import { InboxSubscriptionResolver } from './inbox-subscription.resolver';

/**
 * Unit inboxes: the receiving side of every cross-unit step (tasks, letters, reports up, linkage, statements),
 * one stream per unit, and the `inboxChanged` subscription over it.
 */
@Module({ providers: [InboxSubscriptionResolver] })
export class InboxModule implements OnModuleInit {
  constructor(private readonly schemas: EventSchemaRegistry) {}

  onModuleInit(): void {
    this.schemas.define(INBOX_ITEM_ARRIVED, 1);
  }
}
