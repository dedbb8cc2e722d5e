import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { NotificationDeliveryView } from '../../projections/notification-views.entity';

/** Queues a dead letter again, with a full set of retries (the county's ADMIN). */
export class RetryNotificationDeliveryCommand extends Command<NotificationDeliveryView> {
  constructor(
    readonly principal: Principal,
    readonly deliveryId: string,
  ) {
    super();
  }
}
