import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Action, authorize, dataScopeOf, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { SYSTEM_SCOPE_SOURCE } from '@app/database';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import {
  CommandContext,
  decisionContextOf,
  deterministicUuid,
  NotFound,
  problem,
  ValidationFailed,
} from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import {
  channelNotFound,
  notificationChannelsDecider,
  targetProblems,
} from './domain/notification-channels.decider';
import { webhookHostRefusal } from './delivery/webhook-hosts';
import { composeMessage } from './domain/notification-message';
import {
  NOTIFICATION_CHANNELS_STREAM_TYPE,
  NotificationChannelKind,
  notificationChannelsStreamId,
  NotificationDeliveryStatus,
} from './domain/notification.events';
import { SendFailed } from './delivery/channel-senders';
import { NotificationDispatcher } from './delivery/notification-dispatcher';
import { NOTIFY_OPTIONS, NotifyOptions } from './delivery/notify-options';
import { NotificationChannelView, NotificationDeliveryView } from './projections/notification-views.entity';
import { DeliveryNotDead, DeliveryNotFound } from './domain/notification.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIST = 200;

export interface ConfigureChannelInput {
  channelId?: string | null;
  unitId: string;
  kind: NotificationChannelKind;
  target: string;
  audiences?: InboxAudience[] | null;
  enabled?: boolean | null;
  label?: string | null;
}

const deliveryNotFound = (id: string) => new DeliveryNotFound(id);

/**
 * External notification channels per unit and their deliveries (issue 5): the county's administrator configures
 * channels and sees what could not be delivered; a unit's leaders see their own. Every call names the unit it is
 * about and is decided by the access policy.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly executor: CommandExecutor,
    private readonly db: ScopedDb,
    @Inject(SYSTEM_SCOPE_SOURCE) private readonly system: DataSource,
    private readonly organization: OrganizationDirectory,
    private readonly dispatcher: NotificationDispatcher,
    @Inject(NOTIFY_OPTIONS) private readonly options: NotifyOptions,
  ) {}

  /** Adds a channel (no channelId) or changes one; a new webhook channel gets a signing secret, shown once. */
  async configureChannel(
    p: Principal,
    ctx: CommandContext,
    input: ConfigureChannelInput,
  ): Promise<{ channel: NotificationChannelView; webhookSecret: string | null }> {
    // Only the county's administrator gets as far as learning whether a unit exists.
    authorize(p, Action.NotificationManage, { kind: 'county', countyId: p.countyId ?? '' });
    const problems = [];
    if (input.unitId.length > 100 || !(await this.organization.unitFacts([input.unitId])).has(input.unitId))
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
    if (problems.length) throw new ValidationFailed(problems);
    const countyId = await this.authorizeUnit(p, Action.NotificationManage, input.unitId);
    let channelId: string;
    if (input.channelId) {
      const existing = await this.channel(input.channelId);
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
    const channel = await this.channel(channelId);
    if (!channel) throw channelNotFound(channelId);
    return { channel, webhookSecret: secretKept ? secret : null };
  }

  async removeChannel(
    p: Principal,
    ctx: CommandContext,
    channelId: string,
  ): Promise<NotificationChannelView> {
    const found = await this.visibleChannel(p, Action.NotificationManage, channelId);
    await this.executor.execute({
      streamId: notificationChannelsStreamId(found.unitId),
      streamType: NOTIFICATION_CHANNELS_STREAM_TYPE,
      decider: notificationChannelsDecider,
      command: {
        type: 'RemoveNotificationChannel',
        channelId,
        unitId: found.unitId,
        countyId: found.countyId,
        context: decisionContextOf(p, ctx.now),
      },
      owningUnit: found.unitId,
      metadata: commandMetadata('RemoveNotificationChannel', ctx),
      fingerprintOf: { channelId },
    });
    return (await this.channel(channelId))!;
  }

  /** Sends a test message on a channel now, and says whether it went (nothing is queued or retried). */
  async testChannel(
    p: Principal,
    ctx: CommandContext,
    channelId: string,
  ): Promise<{ ok: boolean; error: string | null }> {
    const channel = await this.visibleChannel(p, Action.NotificationManage, channelId);
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
        arrivedAt: ctx.now,
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

  async channels(p: Principal, unitId: string): Promise<NotificationChannelView[]> {
    await this.authorizeUnit(p, Action.NotificationRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationChannelView, {
        where: { unitId, removed: false },
        order: { configuredAt: 'ASC', channelId: 'ASC' },
      }),
    );
  }

  async deliveries(p: Principal, unitId: string, first: number): Promise<NotificationDeliveryView[]> {
    checkFirst(first);
    await this.authorizeUnit(p, Action.NotificationRead, unitId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationDeliveryView, {
        where: { unitId },
        order: { arrivedAt: 'DESC', deliveryId: 'ASC' },
        take: first,
      }),
    );
  }

  /** Deliveries of the caller's county that pg-boss gave up on, newest first: the county administrator's list. */
  async deadLetters(p: Principal, first: number): Promise<NotificationDeliveryView[]> {
    checkFirst(first);
    authorize(p, Action.NotificationManage, { kind: 'county', countyId: p.countyId ?? '' });
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(NotificationDeliveryView, {
        where: { countyId: p.countyId ?? '', status: NotificationDeliveryStatus.DEAD },
        order: { arrivedAt: 'DESC', deliveryId: 'ASC' },
        take: first,
      }),
    );
  }

  /** Queues a dead letter again, with a full set of retries. */
  async retryDeadLetter(p: Principal, deliveryId: string): Promise<NotificationDeliveryView> {
    if (!UUID.test(deliveryId)) throw deliveryNotFound(deliveryId);
    const found = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.findOneBy(NotificationDeliveryView, { deliveryId }),
    );
    if (!found) throw deliveryNotFound(deliveryId);
    await this.authorizeUnit(p, Action.NotificationManage, found.unitId).catch((err: unknown) => {
      throw err instanceof NotFound ? deliveryNotFound(deliveryId) : err;
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
    return (await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(NotificationDeliveryView, { deliveryId })))!;
  }

  private channel(channelId: string): Promise<NotificationChannelView | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(NotificationChannelView, { channelId }));
  }

  /** A channel the caller may act on; one of a unit they may not see does not exist, for them. */
  private async visibleChannel(
    p: Principal,
    action: Action,
    channelId: string,
  ): Promise<NotificationChannelView> {
    if (!UUID.test(channelId)) throw channelNotFound(channelId);
    const found = await this.channel(channelId);
    if (!found) throw channelNotFound(channelId);
    await this.authorizeUnit(p, action, found.unitId).catch((err: unknown) => {
      throw err instanceof NotFound ? channelNotFound(channelId) : err;
    });
    return found;
  }

  private async authorizeUnit(p: Principal, action: Action, unitId: string): Promise<string | null> {
    const unit = (await this.organization.unitFacts([unitId])).get(unitId);
    authorize(p, action, { kind: 'unit', unitId, countyId: unit?.countyId ?? null }, unitId);
    return unit?.countyId ?? null;
  }
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST)
    throw new ValidationFailed([problem('first', `须为 1–${MAX_LIST}`, `must be 1–${MAX_LIST}`)]);
}
