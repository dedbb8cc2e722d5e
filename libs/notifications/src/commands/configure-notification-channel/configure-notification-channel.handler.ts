import { randomBytes, randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { InboxAudience } from '@app/inbox';
import { decisionContextOf, deterministicUuid, problem, FieldProblem, ValidationFailed } from '@app/kernel';
import {
  channelNotFound,
  notificationChannelsDecider,
  targetProblems,
} from '../../domain/notification-channels.decider';
import {
  NOTIFICATION_CHANNELS_STREAM_TYPE,
  NotificationChannelKind,
  notificationChannelsStreamId,
} from '../../domain/notification.events';
import { NotificationDispatcher } from '../../delivery/notification-dispatcher';
import { webhookHostRefusal } from '../../delivery/webhook-hosts';
import { NotificationReader, UUID } from '../../queries/notification-reader';
import {
  ConfigureChannelInput,
  ConfiguredChannel,
  ConfigureNotificationChannelCommand,
} from './configure-notification-channel.command';

/** Adds or changes a channel; a new webhook channel gets a signing secret, kept out of the log and shown once. */
@CommandHandler(ConfigureNotificationChannelCommand)
export class ConfigureNotificationChannelHandler implements ICommandHandler<
  ConfigureNotificationChannelCommand,
  ConfiguredChannel
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: NotificationReader,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async execute({
    principal: p,
    input,
    context: ctx,
  }: ConfigureNotificationChannelCommand): Promise<ConfiguredChannel> {
    // Only the county's administrator gets as far as learning whether a unit exists.
    authorize(p, Action.NotificationManage, { kind: 'county', countyId: p.countyId ?? '' });
    const problems = await this.problems(input);
    if (problems.length) throw new ValidationFailed(problems);
    const countyId = await this.reader.authorizeUnit(p, Action.NotificationManage, input.unitId);
    let channelId: string;
    if (input.channelId) {
      const existing = await this.reader.channel(input.channelId);
      if (!existing || existing.unitId !== input.unitId) throw channelNotFound(input.channelId);
      channelId = input.channelId;
    } else {
      channelId = ctx.idempotencyKey
        ? deterministicUuid('notification-channel', p.unitId, ctx.idempotencyKey)
        : randomUUID();
    }
    const isNew = !input.channelId;
    const secret =
      isNew && input.kind === NotificationChannelKind.WEBHOOK ? randomBytes(32).toString('base64url') : null;
    let secretKept = false;
    await this.executor.execute({
      streamId: notificationChannelsStreamId(input.unitId),
      streamType: NOTIFICATION_CHANNELS_STREAM_TYPE,
      decider: notificationChannelsDecider,
      command: {
        type: 'ConfigureNotificationChannel',
        channelId,
        unitId: input.unitId,
        countyId,
        kind: input.kind,
        target: input.target,
        audiences: input.audiences ?? [InboxAudience.UNIT],
        enabled: input.enabled ?? true,
        label: input.label ?? '',
        context: decisionContextOf(p, ctx.now),
      },
      owningUnit: input.unitId,
      metadata: commandMetadata('ConfigureNotificationChannel', ctx),
      fingerprintOf: { ...input },
      // The signing secret stays out of the log (which auditors export): its own table, same transaction.
      alsoWithin: secret
        ? async (tx) => {
            await tx.query(`SELECT set_config('app.scope', 'system', true)`);
            await tx.query(
              `INSERT INTO notification_channel_secret (channel_id, secret) VALUES ($1, $2)
               ON CONFLICT (channel_id) DO NOTHING`,
              [channelId, secret],
            );
            secretKept = true;
          }
        : undefined,
    });
    const channel = await this.reader.channel(channelId);
    if (!channel) throw channelNotFound(channelId);
    return { channel, webhookSecret: secretKept ? secret : null };
  }

  /** What is wrong with the input before the decider sees it: the unit, the id, the deployment's limits. */
  private async problems(input: ConfigureChannelInput): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (!(await this.reader.unitExists(input.unitId)))
      problems.push(problem('input.unitId', '单位不存在', 'no such unit'));
    if (input.channelId != null && !UUID.test(input.channelId))
      problems.push(problem('input.channelId', '不是有效的渠道编号', 'is not a channel id'));
    if (input.kind === NotificationChannelKind.EMAIL && !this.dispatcher.emailConfigured)
      problems.push(
        problem(
          'input.kind',
          '本平台未配置邮件服务器（SMTP_URL），不能添加邮件渠道',
          'this deployment has no mail server (SMTP_URL): e-mail channels cannot be added',
        ),
      );
    // Where it may go, once it is a well-formed http(s) URL at all (the decider says what is wrong with it if not).
    if (
      input.kind === NotificationChannelKind.WEBHOOK &&
      targetProblems(input.kind, input.target.trim()).length === 0
    ) {
      const host = new URL(input.target.trim()).hostname;
      // The policy only, from what was typed: no lookup here, so this answer says nothing about the network. A
      // name's addresses are judged when a message goes (and the test button answers the same for all refusals).
      const refusal = webhookHostRefusal(host, this.dispatcher.webhookPolicy);
      if (refusal === 'link-local')
        problems.push(
          problem(
            'input.target',
            '不能使用链路本地地址（169.254.x.x、fe80::）',
            'must not be a link-local address',
          ),
        );
      else if (refusal === 'not-public')
        problems.push(
          problem(
            'input.target',
            '不能使用本机、内网或保留地址：Webhook 只发往公网地址，或平台运维在 NOTIFY_WEBHOOK_HOSTS 中列出的网关',
            'must be a public address, or a gateway the deployment lists in NOTIFY_WEBHOOK_HOSTS',
          ),
        );
      else if (refusal)
        problems.push(
          problem(
            'input.target',
            `主机 ${host} 不在本平台允许的 Webhook 主机名单内，请联系平台运维（NOTIFY_WEBHOOK_HOSTS）`,
            `host ${host} is not among this deployment's webhook hosts (NOTIFY_WEBHOOK_HOSTS)`,
          ),
        );
    }
    return problems;
  }
}
