import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per arrival to read (快报, 专报, warnings …) in a unit's inbox, with whom in the unit it is for. */
@Entity({ name: 'desk_arrival_view' })
export class DeskArrivalView {
  /** The arrival's own event id. */
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'ref_type' })
  refType!: string;

  @Column('text', { name: 'ref_id' })
  refId!: string;

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  /** Null for a confidential (涉密) incident: only the reference is kept (002). */
  @Column('text', { nullable: true })
  title!: string | null;

  @Column('jsonb', { nullable: true })
  note!: { zh: string; en: string } | null;

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { name: 'from_unit_id' })
  fromUnitId!: string;

  @Column('text')
  audience!: string;

  @Column('text', { name: 'recipient_user_ids', array: true })
  recipientUserIds!: string[];

  @Column('timestamptz', { name: 'arrived_at' })
  arrivedAt!: Date;
}

/** A person marked an arrival read (已阅). */
@Entity({ name: 'desk_arrival_read' })
export class DeskArrivalRead {
  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('timestamptz', { name: 'read_at' })
  readAt!: Date;
}
