import { InboxAudience } from '@app/inbox/domain';
import { LocalizedMessage } from '@app/kernel';

/** A unit's external notification channels, one stream per unit, managed by the county's administrator. */
export const NOTIFICATION_CHANNELS_STREAM_TYPE = 'NotificationChannels';
export const notificationChannelsStreamId = (unitId: string) => `notification-channels-${unitId}`;

export const NotificationEventType = {
  ChannelConfigured: 'NotificationChannelConfigured',
  ChannelRemoved: 'NotificationChannelRemoved',
} as const;

/** How a notification leaves the platform. In-app (the inbox subscription) is always on and is not a channel. */
export const NotificationChannelKind = {
  EMAIL: 'EMAIL',
  WEBHOOK: 'WEBHOOK',
} as const;
export type NotificationChannelKind = (typeof NotificationChannelKind)[keyof typeof NotificationChannelKind];

export const NOTIFICATION_CHANNEL_KIND_LABELS: Record<NotificationChannelKind, LocalizedMessage> = {
  EMAIL: { zh: '电子邮件', en: 'E-mail (SMTP)' },
  WEBHOOK: { zh: 'Webhook（短信网关等）', en: 'Webhook (e.g. an SMS gateway)' },
};

/** Where a delivery stands. FAILED: the last attempt failed and pg-boss will try again; DEAD: it gave up. */
export const NotificationDeliveryStatus = {
  QUEUED: 'QUEUED',
  SENT: 'SENT',
  FAILED: 'FAILED',
  DEAD: 'DEAD',
  CANCELLED: 'CANCELLED',
} as const;
export type NotificationDeliveryStatus =
  (typeof NotificationDeliveryStatus)[keyof typeof NotificationDeliveryStatus];

export const NOTIFICATION_DELIVERY_STATUS_LABELS: Record<NotificationDeliveryStatus, LocalizedMessage> = {
  QUEUED: { zh: '待发送', en: 'Queued' },
  SENT: { zh: '已发送', en: 'Sent' },
  FAILED: { zh: '发送失败，等待重试', en: 'Failed; will be retried' },
  DEAD: { zh: '多次失败，已放弃（死信）', en: 'Gave up after retries (dead letter)' },
  CANCELLED: { zh: '渠道已删除或停用，未发送', en: 'Not sent: the channel was removed or disabled' },
};

export interface NotificationChannelConfiguredData {
  channelId: string;
  unitId: string;
  countyId: string | null;
  kind: NotificationChannelKind;
  /** An e-mail address, or an http(s) URL. */
  target: string;
  /** Which arrivals it receives: e.g. a leader's address gets only LEADERS items. */
  audiences: InboxAudience[];
  enabled: boolean;
  label: string;
  at: string;
}

export interface NotificationChannelRemovedData {
  channelId: string;
  unitId: string;
  countyId: string | null;
  at: string;
}

export type NotificationChannelEvent =
  | { type: typeof NotificationEventType.ChannelConfigured; data: NotificationChannelConfiguredData }
  | { type: typeof NotificationEventType.ChannelRemoved; data: NotificationChannelRemovedData };
