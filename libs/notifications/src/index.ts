export { NotificationsModule } from './notifications.module';
export { NotificationDispatcher, DeliveryRound } from './delivery/notification-dispatcher';
export { NotifyOptions, DEFAULT_NOTIFY_OPTIONS } from './delivery/notify-options';
export { isHostPattern } from './delivery/webhook-hosts';
export {
  webhookSignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  DELIVERY_HEADER,
} from './delivery/channel-senders';
export { NOTIFICATION_PROJECTION } from './projections/notification-deliveries.projection';
export {
  NotificationChannelKind,
  NotificationDeliveryStatus,
  NotificationEventType,
} from './domain/notification.events';
