import { AppError, ErrorCode, NotFound } from '@app/kernel';

/** Sub-codes of the notifications module (`extensions.reason`): channels and deliveries. */
export const NotificationErrorReason = {
  CHANNEL_NOT_FOUND: 'NOTIFICATION.CHANNEL_NOT_FOUND',
  DELIVERY_NOT_FOUND: 'NOTIFICATION.DELIVERY_NOT_FOUND',
  NOT_DEAD: 'NOTIFICATION.NOT_DEAD',
} as const;

export class ChannelNotFound extends NotFound {
  constructor(channelId: string) {
    super(
      NotificationErrorReason.CHANNEL_NOT_FOUND,
      { zh: '通知渠道', en: 'Notification channel' },
      channelId,
    );
  }
}

export class DeliveryNotFound extends NotFound {
  constructor(deliveryId: string) {
    super(
      NotificationErrorReason.DELIVERY_NOT_FOUND,
      { zh: '通知投递', en: 'Notification delivery' },
      deliveryId,
    );
  }
}

/** Only a dead letter (死信) is delivered again by hand. */
export class DeliveryNotDead extends AppError {
  constructor(currentState: string) {
    super(
      ErrorCode.INVALID_TRANSITION,
      NotificationErrorReason.NOT_DEAD,
      { zh: '只有死信可以重新投递', en: 'Only a dead letter can be retried' },
      { currentState },
    );
  }
}
