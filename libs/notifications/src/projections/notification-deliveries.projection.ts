import { EntityManager } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import { INBOX_ITEM_ARRIVED, InboxAudience, InboxItemArrivedData } from '@app/inbox';
import { jobDbOf, JobQueue } from '@app/jobs';
import { deterministicUuid } from '@app/kernel';
import {
  NotificationChannelConfiguredData,
  NotificationChannelRemovedData,
  NotificationDeliveryStatus,
  NotificationEventType,
} from '../domain/notification.events';
import { NOTIFICATIONS_QUEUE, NotifyOptions } from '../delivery/notify-options';

export const NOTIFICATION_PROJECTION = 'notification-deliveries';

/** The job that sends one delivery: it carries the delivery's id and nothing else. */
export interface DeliveryJob {
  deliveryId: string;
}

/** Per-job retry settings from the deployment's options (the queue's own are the production defaults). */
export function deliveryJobOptions(o: NotifyOptions) {
  return {
    retryLimit: o.retryLimit,
    retryDelay: o.retryDelaySeconds,
    retryBackoff: o.retryDelaySeconds > 0,
    expireInSeconds: Math.max(60, Math.ceil((o.sendTimeoutMs * 2) / 1000)),
  };
}

/**
 * Channels and deliveries in one projection, fed in log order: an arrival goes to the channels configured before
 * it, exactly as they were then. For each matching channel a delivery row is inserted and its job queued in the
 * same transaction as the row and the checkpoint, so a delivery is never lost between them. The row's key comes
 * from the event and the channel, and a job is queued only when the row is new: applying the same arrival again
 * (a rebuild, another process, a retried batch) sends nothing twice. Deliveries survive `clear` for that reason:
 * they record what was sent outside, which a rebuild cannot take back (ADR 0010).
 */
export class NotificationDeliveriesProjection implements Projection {
  readonly name = NOTIFICATION_PROJECTION;
  readonly tables = ['notification_channel_view', 'notification_delivery'];
  readonly eventTypes = [
    NotificationEventType.ChannelConfigured,
    NotificationEventType.ChannelRemoved,
    INBOX_ITEM_ARRIVED,
  ];
  readonly version = 1;

  constructor(
    private readonly jobs: JobQueue,
    private readonly options: NotifyOptions,
  ) {}

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      switch (e.type) {
        case NotificationEventType.ChannelConfigured:
          await this.configured(e.data as unknown as NotificationChannelConfiguredData, e, manager);
          break;
        case NotificationEventType.ChannelRemoved:
          await manager.query(
            `UPDATE notification_channel_view SET removed = true, version = $2 WHERE channel_id = $1`,
            [(e.data as unknown as NotificationChannelRemovedData).channelId, e.streamVersion],
          );
          break;
        case INBOX_ITEM_ARRIVED:
          await this.arrived(e.data as unknown as InboxItemArrivedData, e, manager);
          break;
      }
    }
  }

  private async configured(
    d: NotificationChannelConfiguredData,
    e: RecordedEvent,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_channel_view
         (channel_id, unit_id, county_id, kind, target, audiences, enabled, label, removed, configured_at, version)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, false, $9, $10)
       ON CONFLICT (channel_id) DO UPDATE SET target = EXCLUDED.target, audiences = EXCLUDED.audiences,
         enabled = EXCLUDED.enabled, label = EXCLUDED.label, configured_at = EXCLUDED.configured_at,
         version = EXCLUDED.version`,
      [
        d.channelId,
        d.unitId,
        d.countyId,
        d.kind,
        d.target,
        d.audiences,
        d.enabled,
        d.label,
        d.at,
        e.streamVersion,
      ],
    );
  }

  private async arrived(d: InboxItemArrivedData, e: RecordedEvent, manager: EntityManager): Promise<void> {
    const audience = d.audience ?? InboxAudience.UNIT;
    const channels = await manager.query<
      { channel_id: string; county_id: string | null; kind: string; target: string }[]
    >(
      `SELECT channel_id, county_id, kind, target FROM notification_channel_view
        WHERE unit_id = $1 AND enabled AND NOT removed AND $2 = ANY(audiences) ORDER BY channel_id`,
      [d.unitId, audience],
    );
    for (const c of channels) {
      const deliveryId = deterministicUuid('notification-delivery', e.eventId, c.channel_id);
      // 涉密 (002): a confidential arrival keeps no title or note here, so none can ever leave the platform.
      const secret = d.confidential;
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO notification_delivery (delivery_id, channel_id, unit_id, county_id, event_id, channel_kind, target,
           kind, ref_type, ref_id, incident_id, from_unit_id, audience, confidential, title, note_zh, note_en,
           arrived_at, status, attempts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 0)
         ON CONFLICT DO NOTHING RETURNING delivery_id`,
        [
          deliveryId,
          c.channel_id,
          d.unitId,
          c.county_id,
          e.eventId,
          c.kind,
          c.target,
          d.kind,
          d.refType,
          d.refId,
          d.incidentId,
          d.fromUnitId,
          audience,
          d.confidential,
          secret ? null : d.title,
          secret ? null : (d.note?.zh ?? null),
          secret ? null : (d.note?.en ?? null),
          d.at,
          NotificationDeliveryStatus.QUEUED,
        ],
      );
      if (inserted.length === 0) continue;
      const job: DeliveryJob = { deliveryId };
      await this.jobs.send(NOTIFICATIONS_QUEUE, job, {
        ...deliveryJobOptions(this.options),
        db: jobDbOf(manager),
      });
    }
  }

  /** Channels are rebuilt from their events; deliveries stay (see above). */
  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM notification_channel_view`);
  }
}
