import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { decisionContextOf } from '@app/kernel';
import { notificationChannelsDecider } from '../../domain/notification-channels.decider';
import {
  NOTIFICATION_CHANNELS_STREAM_TYPE,
  notificationChannelsStreamId,
} from '../../domain/notification.events';
import { NotificationChannelView } from '../../projections/notification-views.entity';
import { NotificationReader } from '../../queries/notification-reader';
import { RemoveNotificationChannelCommand } from './remove-notification-channel.command';

@CommandHandler(RemoveNotificationChannelCommand)
export class RemoveNotificationChannelHandler implements ICommandHandler<
  RemoveNotificationChannelCommand,
  NotificationChannelView
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: NotificationReader,
  ) {}

  async execute({
    principal,
    channelId,
    context,
  }: RemoveNotificationChannelCommand): Promise<NotificationChannelView> {
    const found = await this.reader.visibleChannel(principal, Action.NotificationManage, channelId);
    await this.executor.execute({
      streamId: notificationChannelsStreamId(found.unitId),
      streamType: NOTIFICATION_CHANNELS_STREAM_TYPE,
      decider: notificationChannelsDecider,
      command: {
        type: 'RemoveNotificationChannel',
        channelId,
        unitId: found.unitId,
        countyId: found.countyId,
        context: decisionContextOf(principal, context.now),
      },
      owningUnit: found.unitId,
      metadata: commandMetadata('RemoveNotificationChannel', context),
      fingerprintOf: { channelId },
    });
    return (await this.reader.channel(channelId))!;
  }
}
