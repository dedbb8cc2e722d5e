export * from './domain/inbox.events';
export * from './inbox-delivery';
export { InboxModule } from './inbox.module';
export { InboxChangeType } from './inbox-subscription.resolver';
