import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SpreadFigures } from '../domain/incident.events';

/** One row per incident: its current state, as the incident-view projection folds it from the log. */
@Entity({ name: 'incident_view' })
export class IncidentView {
  @PrimaryColumn('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'owning_unit' })
  owningUnit!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  /** Units that may see the incident besides the county centre and auditors: owner, reporter, later linkage
   * members and assignees. Row-level security reads it. */
  @Column('text', { name: 'visible_units', array: true })
  visibleUnits!: string[];

  @Column('integer')
  version!: number;

  @Column('text')
  status!: string;

  @Column('text')
  channel!: string;

  @Column('text')
  platform!: string;

  @Column('jsonb')
  urls!: string[];

  @Column('text')
  title!: string;

  @Column('text')
  excerpt!: string;

  @Column('timestamptz', { name: 'discovered_at' })
  discoveredAt!: Date;

  @Column('jsonb')
  spread!: SpreadFigures;

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { name: 'reporting_unit_id' })
  reportingUnitId!: string;

  @Column('text', { name: 'reported_by' })
  reportedBy!: string;

  @Column('timestamptz', { name: 'reported_at' })
  reportedAt!: Date;

  @Column('text', { nullable: true })
  grade!: string | null;

  @Column('text', { nullable: true })
  nature!: string | null;

  @Column('text', { nullable: true })
  veracity!: string | null;

  @Column('text', { nullable: true })
  field!: string | null;

  @Column('jsonb', { nullable: true })
  indicators!: string[] | null;

  @Column('text', { nullable: true })
  reasoning!: string | null;

  @Column('integer', { name: 'assessment_revision', default: 0 })
  assessmentRevision!: number;

  @Column('text', { name: 'assessed_by', nullable: true })
  assessedBy!: string | null;

  @Column('timestamptz', { name: 'assessed_at', nullable: true })
  assessedAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
