import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Action } from '@app/access';
import { SYSTEM_SCOPE_SOURCE } from '@app/database';
import { NotFound } from '@app/kernel';
import { NotificationDeliveryStatus } from '../../domain/notification.events';
import { DeliveryNotDead, DeliveryNotFound } from '../../domain/notification.errors';
import { NotificationDispatcher } from '../../delivery/notification-dispatcher';
import { NotificationDeliveryView } from '../../projections/notification-views.entity';
import { NotificationReader, UUID } from '../../queries/notification-reader';
import { RetryNotificationDeliveryCommand } from './retry-notification-delivery.command';

@CommandHandler(RetryNotificationDeliveryCommand)
export class RetryNotificationDeliveryHandler implements ICommandHandler<
  RetryNotificationDeliveryCommand,
  NotificationDeliveryView
> {
  constructor(
    private readonly reader: NotificationReader,
    private readonly dispatcher: NotificationDispatcher,
    @Inject(SYSTEM_SCOPE_SOURCE) private readonly system: DataSource,
  ) {}

  async execute({
    principal,
    deliveryId,
  }: RetryNotificationDeliveryCommand): Promise<NotificationDeliveryView> {
    if (!UUID.test(deliveryId)) throw new DeliveryNotFound(deliveryId);
    const found = await this.reader.delivery(deliveryId);
    if (!found) throw new DeliveryNotFound(deliveryId);
    await this.reader
      .authorizeUnit(principal, Action.NotificationManage, found.unitId)
      .catch((err: unknown) => {
        throw err instanceof NotFound ? new DeliveryNotFound(deliveryId) : err;
      });
    if (found.status !== NotificationDeliveryStatus.DEAD) throw new DeliveryNotDead(found.status);
    await this.system.transaction(async (m) => {
      // Only one of two administrators retrying at once queues a job.
      const locked = await m.query<unknown[]>(
        `SELECT 1 FROM notification_delivery WHERE delivery_id = $1 AND status = 'DEAD' FOR UPDATE`,
        [deliveryId],
      );
      if (locked.length) await this.dispatcher.requeue(m, deliveryId);
    });
    return (await this.reader.delivery(deliveryId))!;
  }
}
