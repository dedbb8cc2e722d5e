import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One external channel of a unit (e-mail address or webhook), as last configured. */
@Entity({ name: 'notification_channel_view' })
export class NotificationChannelView {
  @PrimaryColumn('uuid', { name: 'channel_id' })
  channelId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text')
  kind!: string;

  @Column('text')
  target!: string;

  @Column('text', { array: true })
  audiences!: string[];

  @Column('boolean')
  enabled!: boolean;

  @Column('text')
  label!: string;

  @Column('boolean')
  removed!: boolean;

  @Column('timestamptz', { name: 'configured_at' })
  configuredAt!: Date;

  @Column('integer')
  version!: number;
}

/**
 * One notification on one external channel: made when an arrival in the unit's inbox matches the channel, then
 * sent by the delivery worker. A ledger of side effects, not a pure read model: a rebuild keeps it (ADR 0010).
 */
@Entity({ name: 'notification_delivery' })
export class NotificationDeliveryView {
  @PrimaryColumn('uuid', { name: 'delivery_id' })
  deliveryId!: string;

  @Column('uuid', { name: 'channel_id' })
  channelId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'channel_kind' })
  channelKind!: string;

  @Column('text')
  target!: string;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'ref_type' })
  refType!: string;

  @Column('text', { name: 'ref_id' })
  refId!: string;

  @Column('text', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text', { name: 'from_unit_id' })
  fromUnitId!: string;

  @Column('text')
  audience!: string;

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { name: 'note_zh', nullable: true })
  noteZh!: string | null;

  @Column('text', { name: 'note_en', nullable: true })
  noteEn!: string | null;

  @Column('timestamptz', { name: 'arrived_at' })
  arrivedAt!: Date;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt!: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
