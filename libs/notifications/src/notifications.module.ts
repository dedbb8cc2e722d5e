import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScopedDb } from '@app/access';
import { EventSchemaRegistry, ProjectionRunner } from '@app/event-store';
import { JobQueue } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import { NotificationEventType } from './domain/notification.events';
import { NotificationDispatcher } from './delivery/notification-dispatcher';
import { DEFAULT_NOTIFY_OPTIONS, NOTIFY_OPTIONS, NotifyOptions } from './delivery/notify-options';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { ConfigureNotificationChannelHandler } from './commands/configure-notification-channel/configure-notification-channel.handler';
import { RemoveNotificationChannelHandler } from './commands/remove-notification-channel/remove-notification-channel.handler';
import { RetryNotificationDeliveryHandler } from './commands/retry-notification-delivery/retry-notification-delivery.handler';
import { TestNotificationChannelHandler } from './commands/test-notification-channel/test-notification-channel.handler';
import { NotificationReader } from './queries/notification-reader';
import { NotificationDeliveriesProjection } from './projections/notification-deliveries.projection';
import { NotificationChannelView, NotificationDeliveryView } from './projections/notification-views.entity';

/**
 * Notifications on external channels (e-mail, webhook) beside the in-app inbox: channels per unit, one delivery per
 * arrival and matching channel, sent through the `notifications` job queue with retries and a dead-letter list.
 * Needs the JobsModule.
 */
@Module({})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly schemas: EventSchemaRegistry,
    private readonly projections: ProjectionRunner,
    private readonly jobs: JobQueue,
    @Inject(NOTIFY_OPTIONS) private readonly options: NotifyOptions,
  ) {}

  static forRoot(options: Partial<NotifyOptions> = {}): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        CqrsModule,
        OrganizationModule,
        TypeOrmModule.forFeature([NotificationChannelView, NotificationDeliveryView]),
      ],
      providers: [
        { provide: NOTIFY_OPTIONS, useValue: { ...DEFAULT_NOTIFY_OPTIONS, ...options } },
        ScopedDb,
        NotificationDispatcher,
        NotificationReader,
        ConfigureNotificationChannelHandler,
        RemoveNotificationChannelHandler,
        TestNotificationChannelHandler,
        RetryNotificationDeliveryHandler,
        NotificationsResolver,
      ],
      exports: [NotificationDispatcher, NotificationReader],
    };
  }

  onModuleInit(): void {
    for (const type of Object.values(NotificationEventType)) this.schemas.define(type, 1);
    this.projections.add(new NotificationDeliveriesProjection(this.jobs, this.options));
  }
}
