import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What reached one leader by name (an escalation, a report back): the leader's own 待办, person by person. */
@Entity({ name: 'leader_arrival_view' })
export class LeaderArrivalView {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'ref_type' })
  refType!: string;

  @Column('text', { name: 'ref_id' })
  refId!: string;

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text', { nullable: true })
  title!: string | null;

  /** What the sender added (an escalation's summary); none for a confidential incident. */
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { name: 'from_unit_id' })
  fromUnitId!: string;

  @Column('timestamptz', { name: 'arrived_at' })
  arrivedAt!: Date;
}
