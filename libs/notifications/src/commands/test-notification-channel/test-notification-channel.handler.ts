import { randomUUID } from 'node:crypto';
import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action } from '@app/access';
import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { channelNotFound } from '../../domain/notification-channels.decider';
import { composeMessage } from '../../domain/notification-message';
import { SendFailed } from '../../delivery/channel-senders';
import { NotificationDispatcher } from '../../delivery/notification-dispatcher';
import { NOTIFY_OPTIONS, NotifyOptions } from '../../delivery/notify-options';
import { NotificationReader } from '../../queries/notification-reader';
import { ChannelTestResult, TestNotificationChannelCommand } from './test-notification-channel.command';

@CommandHandler(TestNotificationChannelCommand)
export class TestNotificationChannelHandler implements ICommandHandler<
  TestNotificationChannelCommand,
  ChannelTestResult
> {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly reader: NotificationReader,
    private readonly dispatcher: NotificationDispatcher,
    @Inject(NOTIFY_OPTIONS) private readonly options: NotifyOptions,
  ) {}

  async execute({
    principal: p,
    channelId,
    context,
  }: TestNotificationChannelCommand): Promise<ChannelTestResult> {
    const channel = await this.reader.visibleChannel(p, Action.NotificationManage, channelId);
    if (channel.removed) throw channelNotFound(channelId);
    const message = composeMessage(
      {
        deliveryId: randomUUID(),
        unitId: channel.unitId,
        kind: InboxChangeKind.TASK_REMINDED,
        refType: InboxRef.TASK,
        refId: 'test',
        incidentId: null,
        fromUnitId: p.unitId,
        audience: InboxAudience.UNIT,
        confidential: false,
        title: '测试消息 / Test message',
        noteZh: '这是一条测试通知，无需办理',
        noteEn: 'This is a test notification; nothing to do',
        arrivedAt: context.now,
      },
      this.options.linkBase,
    );
    try {
      await this.dispatcher.send(channel, message, 'test');
      return { ok: true, error: null };
    } catch (err) {
      if (!(err instanceof SendFailed)) throw err;
      // The administrator gets the one answer for every refused or unreachable target; the operator the reason.
      if (err.detail !== err.message)
        this.logger.warn(`test of channel ${channelId} not sent: ${err.detail}`);
      return { ok: false, error: err.message };
    }
  }
}
