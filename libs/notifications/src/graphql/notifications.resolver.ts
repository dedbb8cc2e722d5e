import { UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CommandCtx, CurrentPrincipal, Principal } from '@app/access';
import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { CommandContext } from '@app/kernel';
import { NotificationChannelKind, NotificationDeliveryStatus } from '../domain/notification.events';
import { ConfigureNotificationChannelCommand } from '../commands/configure-notification-channel/configure-notification-channel.command';
import { RemoveNotificationChannelCommand } from '../commands/remove-notification-channel/remove-notification-channel.command';
import { RetryNotificationDeliveryCommand } from '../commands/retry-notification-delivery/retry-notification-delivery.command';
import { TestNotificationChannelCommand } from '../commands/test-notification-channel/test-notification-channel.command';
import { NotificationReader } from '../queries/notification-reader';
import { NotificationChannelView, NotificationDeliveryView } from '../projections/notification-views.entity';
import {
  ConfigureNotificationChannelInput,
  ConfigureNotificationChannelPayload,
  NotificationChannelType,
  NotificationDeliveryType,
  NotificationTestResultType,
  RemoveNotificationChannelInput,
  RetryNotificationDeliveryInput,
  TestNotificationChannelInput,
} from './notifications.types';

const toChannel = (c: NotificationChannelView): NotificationChannelType => ({
  id: c.channelId,
  unitId: c.unitId,
  kind: c.kind as NotificationChannelKind,
  target: c.target,
  audiences: c.audiences as InboxAudience[],
  enabled: c.enabled,
  label: c.label,
  configuredAt: c.configuredAt,
});

const toDelivery = (d: NotificationDeliveryView): NotificationDeliveryType => ({
  id: d.deliveryId,
  channelId: d.channelId,
  unitId: d.unitId,
  channelKind: d.channelKind as NotificationChannelKind,
  target: d.target,
  kind: d.kind as InboxChangeKind,
  refType: d.refType as InboxRef,
  refId: d.refId,
  incidentId: d.incidentId,
  audience: d.audience as InboxAudience,
  confidential: d.confidential,
  title: d.confidential ? null : d.title,
  arrivedAt: d.arrivedAt,
  status: d.status as NotificationDeliveryStatus,
  attempts: d.attempts,
  lastError: d.lastError,
  lastAttemptAt: d.lastAttemptAt,
  sentAt: d.sentAt,
});

/** External notification channels, their deliveries and the dead letters. */
@Resolver()
@UseGuards(AuthenticatedGuard)
export class NotificationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: NotificationReader,
  ) {}

  @Query(() => [NotificationChannelType], {
    description:
      '单位的外部通知渠道（默认本单位）/ A unit’s external notification channels (yours by default)',
  })
  async notificationChannels(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
  ): Promise<NotificationChannelType[]> {
    return (await this.reader.channels(p, unitId ?? p.unitId)).map(toChannel);
  }

  @Query(() => [NotificationDeliveryType], {
    description: '单位最近的外部通知投递（新的在前）/ A unit’s recent deliveries, newest first',
  })
  async notificationDeliveries(
    @CurrentPrincipal() p: Principal,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<NotificationDeliveryType[]> {
    return (await this.reader.deliveries(p, unitId ?? p.unitId, first)).map(toDelivery);
  }

  @Query(() => [NotificationDeliveryType], {
    description:
      '本县投递失败的通知（死信，县管理员）/ Deliveries that failed for good in your county (county ADMIN)',
  })
  async notificationDeadLetters(
    @CurrentPrincipal() p: Principal,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
  ): Promise<NotificationDeliveryType[]> {
    return (await this.reader.deadLetters(p, first)).map(toDelivery);
  }

  @Mutation(() => ConfigureNotificationChannelPayload, {
    description: '添加或修改单位的外部通知渠道（县管理员）/ Add or change a unit’s channel (county ADMIN)',
  })
  async configureNotificationChannel(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: ConfigureNotificationChannelInput,
  ): Promise<ConfigureNotificationChannelPayload> {
    const r = await this.commands.execute(new ConfigureNotificationChannelCommand(p, input, ctx));
    return { channel: toChannel(r.channel), webhookSecret: r.webhookSecret };
  }

  @Mutation(() => NotificationChannelType, { description: '删除外部通知渠道 / Remove a channel' })
  async removeNotificationChannel(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: RemoveNotificationChannelInput,
  ): Promise<NotificationChannelType> {
    return toChannel(
      await this.commands.execute(new RemoveNotificationChannelCommand(p, input.channelId, ctx)),
    );
  }

  @Mutation(() => NotificationTestResultType, {
    description: '向渠道发送一条测试消息 / Send a test message on a channel now',
  })
  testNotificationChannel(
    @CurrentPrincipal() p: Principal,
    @CommandCtx() ctx: CommandContext,
    @Args('input') input: TestNotificationChannelInput,
  ): Promise<NotificationTestResultType> {
    return this.commands.execute(new TestNotificationChannelCommand(p, input.channelId, ctx));
  }

  @Mutation(() => NotificationDeliveryType, {
    description: '重新投递一条死信（县管理员）/ Queue a dead letter again (county ADMIN)',
  })
  async retryNotificationDelivery(
    @CurrentPrincipal() p: Principal,
    @Args('input') input: RetryNotificationDeliveryInput,
  ): Promise<NotificationDeliveryType> {
    return toDelivery(await this.commands.execute(new RetryNotificationDeliveryCommand(p, input.deliveryId)));
  }
}
