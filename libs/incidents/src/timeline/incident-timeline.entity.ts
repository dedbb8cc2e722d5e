import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line of an incident's history: what happened, by whom, from which unit, when. */
@Entity({ name: 'incident_timeline' })
export class IncidentTimelineEntry {
  @PrimaryColumn('uuid', { name: 'incident_id' })
  incidentId!: string;

  @PrimaryColumn('bigint', { name: 'global_position' })
  globalPosition!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  @Column('text', { name: 'stream_id' })
  streamId!: string;

  @Column('text', { name: 'ref_id', nullable: true })
  refId!: string | null;

  @Column('text', { name: 'actor_user' })
  actorUser!: string;

  @Column('text', { name: 'actor_unit' })
  actorUnit!: string;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName!: string | null;

  @Column('text', { name: 'summary_zh' })
  summaryZh!: string;

  @Column('text', { name: 'summary_en' })
  summaryEn!: string;
}
