import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { registerLabelledEnum } from '@app/graphql';
import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import {
  NOTIFICATION_CHANNEL_KIND_LABELS,
  NOTIFICATION_DELIVERY_STATUS_LABELS,
  NotificationChannelKind,
  NotificationDeliveryStatus,
} from '../domain/notification.events';

registerLabelledEnum(
  NotificationChannelKind,
  'NotificationChannelKind',
  '外部通知渠道类型 / Kind of external notification channel',
  NOTIFICATION_CHANNEL_KIND_LABELS,
);
registerLabelledEnum(
  NotificationDeliveryStatus,
  'NotificationDeliveryStatus',
  '通知投递状态 / Where a notification delivery stands',
  NOTIFICATION_DELIVERY_STATUS_LABELS,
);

@ObjectType('NotificationChannel', {
  description: '单位的外部通知渠道（邮件或 Webhook）/ An external notification channel of a unit',
})
export class NotificationChannelType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => NotificationChannelKind)
  kind!: NotificationChannelKind;

  @Field({ description: '邮件地址或网址 / E-mail address or URL' })
  target!: string;

  @Field(() => [InboxAudience], { description: '接收哪些对象的通知 / Which audiences it receives' })
  audiences!: InboxAudience[];

  @Field()
  enabled!: boolean;

  @Field({ description: '备注名 / A name for people' })
  label!: string;

  @Field()
  configuredAt!: Date;
}

@ObjectType('ConfigureNotificationChannelPayload')
export class ConfigureNotificationChannelPayload {
  @Field(() => NotificationChannelType)
  channel!: NotificationChannelType;

  @Field(() => String, {
    nullable: true,
    description:
      '新 Webhook 渠道的签名密钥，只显示这一次 / The signing secret of a new webhook channel, shown this once',
  })
  webhookSecret!: string | null;
}

@ObjectType('NotificationDelivery', {
  description: '一次外部通知投递 / One notification on one external channel',
})
export class NotificationDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => NotificationChannelKind)
  channelKind!: NotificationChannelKind;

  @Field()
  target!: string;

  @Field(() => InboxChangeKind)
  kind!: InboxChangeKind;

  @Field(() => InboxRef)
  refType!: InboxRef;

  @Field(() => ID)
  refId!: string;

  @Field(() => ID, { nullable: true })
  incidentId!: string | null;

  @Field(() => InboxAudience)
  audience!: InboxAudience;

  @Field()
  confidential!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '事件标题；涉密事件不含内容 / Title; none for confidential incidents',
  })
  title!: string | null;

  @Field()
  arrivedAt!: Date;

  @Field(() => NotificationDeliveryStatus)
  status!: NotificationDeliveryStatus;

  @Field(() => Int, { description: '已尝试次数 / Attempts made' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: '最近一次失败原因 / Why the last attempt failed' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

@ObjectType('NotificationTestResult')
export class NotificationTestResultType {
  @Field({ description: '是否发出 / Whether it went' })
  ok!: boolean;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@InputType('ConfigureNotificationChannelInput')
export class ConfigureNotificationChannelInput {
  @Field(() => ID, { nullable: true, description: '修改已有渠道时填写 / To change an existing channel' })
  channelId?: string | null;

  @Field(() => ID)
  unitId!: string;

  @Field(() => NotificationChannelKind)
  kind!: NotificationChannelKind;

  @Field({ description: '邮件地址，或 http(s) 网址 / An e-mail address, or an http(s) URL' })
  target!: string;

  @Field(() => [InboxAudience], {
    defaultValue: [InboxAudience.UNIT],
    description: '如领导邮箱只收 LEADERS / e.g. a leader’s address receives LEADERS only',
  })
  audiences!: InboxAudience[];

  @Field({ defaultValue: true })
  enabled!: boolean;

  @Field({ defaultValue: '' })
  label!: string;
}

@InputType('RemoveNotificationChannelInput')
export class RemoveNotificationChannelInput {
  @Field(() => ID)
  channelId!: string;
}

@InputType('TestNotificationChannelInput')
export class TestNotificationChannelInput {
  @Field(() => ID)
  channelId!: string;
}

@InputType('RetryNotificationDeliveryInput')
export class RetryNotificationDeliveryInput {
  @Field(() => ID)
  deliveryId!: string;
}
