import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_SCOPE_SOURCE } from '@app/database';
import { InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { jobDbOf, JobQueue, TakenJob } from '@app/jobs';
import { Clock } from '@app/kernel';
import { composeMessage, DeliveryFacts, OutgoingMessage } from '../domain/notification-message';
import { NotificationChannelKind, NotificationDeliveryStatus } from '../domain/notification.events';
import { NotificationChannelView, NotificationDeliveryView } from '../projections/notification-views.entity';
import { DeliveryJob, deliveryJobOptions } from '../projections/notification-deliveries.projection';
import { EmailSender, SendFailed, WebhookSender } from './channel-senders';
import { WebhookPolicy } from './webhook-hosts';
import {
  NOTIFICATIONS_DEAD_QUEUE,
  NOTIFICATIONS_QUEUE,
  NOTIFY_OPTIONS,
  NotifyOptions,
} from './notify-options';

export interface DeliveryRound {
  sent: number;
  failed: number;
  dead: number;
}

const BATCH = 20;
/** Rounds per call: with retries due at once (delay 0) a failing delivery comes back within the same call. */
const MAX_ROUNDS = 50;

const factsOf = (d: NotificationDeliveryView): DeliveryFacts => ({
  deliveryId: d.deliveryId,
  unitId: d.unitId,
  kind: d.kind as InboxChangeKind,
  refType: d.refType as InboxRef,
  refId: d.refId,
  incidentId: d.incidentId,
  fromUnitId: d.fromUnitId,
  audience: d.audience as InboxAudience,
  confidential: d.confidential,
  title: d.title,
  noteZh: d.noteZh,
  noteEn: d.noteEn,
  arrivedAt: d.arrivedAt,
});

/**
 * Sends queued deliveries: takes jobs off `notifications`, sends on the channel, and records the outcome and
 * completes (or fails) the job in one transaction. pg-boss retries a failed job with backoff and, after the last
 * retry (or when a worker died holding it and it expired), moves it to `notifications_dead`; draining that queue
 * marks the delivery DEAD, which is the list an administrator sees. A send that worked but whose record was lost
 * (the process died in between) is sent again: at least once, as e-mail and SMS gateways expect.
 */
@Injectable()
export class NotificationDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly email: EmailSender;
  private readonly webhook: WebhookSender;
  private timer?: NodeJS.Timeout;
  private running: Promise<DeliveryRound> | null = null;

  constructor(
    private readonly jobs: JobQueue,
    @Inject(SYSTEM_SCOPE_SOURCE) private readonly system: DataSource,
    @Inject(NOTIFY_OPTIONS) private readonly options: NotifyOptions,
    private readonly clock: Clock,
  ) {
    this.email = new EmailSender(options);
    // The signature's timestamp is wall time: the receiver checks it against its own clock to refuse replays.
    this.webhook = new WebhookSender(options, () => new Date());
  }

  onApplicationBootstrap(): void {
    if (this.options.tickMs <= 0) return;
    this.timer = setInterval(() => {
      this.deliverDue().catch((err: unknown) =>
        this.logger.error(`delivery round failed: ${err instanceof Error ? err.message : String(err)}`),
      );
    }, this.options.tickMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.email.close();
  }

  /** Where webhooks may go in this deployment (see webhook-hosts.ts). */
  get webhookPolicy(): WebhookPolicy {
    return { hosts: this.options.webhookHosts, production: this.options.production };
  }

  get emailConfigured(): boolean {
    return this.email.configured;
  }

  /**
   * Sends everything due now, then records what pg-boss gave up on. One call at a time per process (the tick and
   * a test may both ask); several processes share the queue safely, each job going to one taker.
   */
  deliverDue(): Promise<DeliveryRound> {
    // A caller arriving during a round waits for it, then runs its own (whatever became due meanwhile is sent).
    if (this.running) return this.running.catch(() => undefined).then(() => this.deliverDue());
    const run = this.round().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  private async round(): Promise<DeliveryRound> {
    const result: DeliveryRound = { sent: 0, failed: 0, dead: 0 };
    for (let i = 0; i < MAX_ROUNDS; i++) {
      const jobs = await this.jobs.take<DeliveryJob>(NOTIFICATIONS_QUEUE, BATCH);
      if (jobs.length === 0) break;
      for (const job of jobs) {
        const outcome = await this.deliver(job);
        if (outcome === 'sent') result.sent++;
        else if (outcome === 'failed') result.failed++;
      }
    }
    result.dead = await this.recordDead();
    return result;
  }

  private async deliver(job: TakenJob<DeliveryJob>): Promise<'sent' | 'failed' | 'skipped'> {
    const d = await this.system.manager.findOneBy(NotificationDeliveryView, {
      deliveryId: job.data.deliveryId,
    });
    // Already sent or given up (a job queued again by hand, an old job after a retry): nothing to do.
    if (!d || d.status === NotificationDeliveryStatus.SENT || d.status === NotificationDeliveryStatus.DEAD) {
      await this.jobs.complete(NOTIFICATIONS_QUEUE, job.id);
      return 'skipped';
    }
    const channel = await this.system.manager.findOneBy(NotificationChannelView, { channelId: d.channelId });
    if (!channel || channel.removed || !channel.enabled) {
      await this.record(job, d, NotificationDeliveryStatus.CANCELLED, null, null);
      return 'skipped';
    }
    try {
      await this.send(channel, composeMessage(factsOf(d), this.options.linkBase), d.deliveryId);
    } catch (err) {
      const message =
        err instanceof SendFailed ? err.message : `${(err as Error).name}: ${(err as Error).message}`;
      // What the administrator is not told (see WEBHOOK_UNREACHABLE), the operator's log keeps.
      if (err instanceof SendFailed && err.detail !== err.message)
        this.logger.warn(`delivery ${d.deliveryId} not sent: ${err.detail}`);
      await this.record(job, d, NotificationDeliveryStatus.FAILED, message.slice(0, 500), channel.target);
      return 'failed';
    }
    await this.record(job, d, NotificationDeliveryStatus.SENT, null, channel.target);
    return 'sent';
  }

  /** Sends one message on a channel as it stands now (a test message, too); throws SendFailed when it did not go. */
  async send(channel: NotificationChannelView, message: OutgoingMessage, deliveryId: string): Promise<void> {
    switch (channel.kind as NotificationChannelKind) {
      case NotificationChannelKind.EMAIL:
        return this.email.send(channel.target, message, deliveryId);
      case NotificationChannelKind.WEBHOOK: {
        const rows = await this.system.query<{ secret: string }[]>(
          `SELECT secret FROM notification_channel_secret WHERE channel_id = $1`,
          [channel.channelId],
        );
        if (!rows[0]) throw new SendFailed('渠道缺少签名密钥 / The channel has no signing secret');
        return this.webhook.send(channel.target, rows[0].secret, message, deliveryId);
      }
      default:
        throw new SendFailed(`unknown channel kind ${channel.kind}`);
    }
  }

  /**
   * The outcome and the job's end (complete or fail) in one transaction: both are kept, or neither. `sentTo` is
   * where the attempt went (the channel's target now: a corrected address applies to retries), null if none was made.
   */
  private async record(
    job: TakenJob<DeliveryJob>,
    d: NotificationDeliveryView,
    status: NotificationDeliveryStatus,
    error: string | null,
    sentTo: string | null,
  ): Promise<void> {
    const now = this.clock.now();
    const attempted = sentTo !== null;
    await this.system.transaction(async (m: EntityManager) => {
      await m.update(
        NotificationDeliveryView,
        { deliveryId: d.deliveryId },
        {
          status,
          target: sentTo ?? d.target,
          attempts: () => (attempted ? 'attempts + 1' : 'attempts'),
          lastError: error ?? (status === NotificationDeliveryStatus.SENT ? null : d.lastError),
          lastAttemptAt: attempted ? now : d.lastAttemptAt,
          sentAt: status === NotificationDeliveryStatus.SENT ? now : d.sentAt,
        },
      );
      if (status === NotificationDeliveryStatus.FAILED)
        await this.jobs.fail(NOTIFICATIONS_QUEUE, job.id, new Error(error ?? 'failed'), { db: jobDbOf(m) });
      else await this.jobs.complete(NOTIFICATIONS_QUEUE, job.id, { db: jobDbOf(m) });
    });
  }

  /** Deliveries whose jobs pg-boss gave up on become DEAD; the dead-letter job is done with once recorded. */
  private async recordDead(): Promise<number> {
    let dead = 0;
    for (;;) {
      const jobs = await this.jobs.take<DeliveryJob>(NOTIFICATIONS_DEAD_QUEUE, 100);
      if (jobs.length === 0) return dead;
      for (const job of jobs) {
        await this.system.transaction(async (m: EntityManager) => {
          const output = job.output as { message?: string } | null;
          await m.query(
            `UPDATE notification_delivery SET status = $2, last_error = coalesce($3, last_error)
              WHERE delivery_id = $1 AND status <> 'SENT'`,
            [job.data.deliveryId, NotificationDeliveryStatus.DEAD, output?.message ?? null],
          );
          await this.jobs.complete(NOTIFICATIONS_DEAD_QUEUE, job.id, { db: jobDbOf(m) });
        });
        dead++;
      }
    }
  }

  /** Queues a dead delivery again, in the caller's transaction: a fresh job with the full number of retries. */
  async requeue(m: EntityManager, deliveryId: string): Promise<void> {
    await m.query(`UPDATE notification_delivery SET status = $2 WHERE delivery_id = $1`, [
      deliveryId,
      NotificationDeliveryStatus.QUEUED,
    ]);
    const job: DeliveryJob = { deliveryId };
    await this.jobs.send(NOTIFICATIONS_QUEUE, job, { ...deliveryJobOptions(this.options), db: jobDbOf(m) });
  }
}
