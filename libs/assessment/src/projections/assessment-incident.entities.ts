import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One incident as the breakdown fold keeps it (its dimensions, the measures taken, the close that is counted), with
 * its report's discovery-to-report lag: 迟报/漏报 are judged from it when read, under the limits in force on the
 * report's day. Written only by the assessment-incidents projection.
 */
@Entity({ name: 'assessment_incident_profile' })
export class AssessmentIncidentProfile {
  @PrimaryColumn('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'owner_unit_id' })
  ownerUnitId!: string;

  @Column('text', { name: 'reporting_unit_id' })
  reportingUnitId!: string;

  @Column('timestamptz', { name: 'discovered_at' })
  discoveredAt!: Date;

  @Column('timestamptz', { name: 'reported_at' })
  reportedAt!: Date;

  @Column('date', { name: 'report_day' })
  reportDay!: string;

  @Column('date', { name: 'report_recorded_on' })
  reportRecordedOn!: string;

  @Column('integer', { name: 'report_lag_minutes' })
  reportLagMinutes!: number;

  @Column('text')
  channel!: string;

  @Column('text')
  platform!: string;

  @Column('text', { nullable: true })
  grade!: string | null;

  @Column('text', { nullable: true })
  field!: string | null;

  @Column('text', { array: true })
  measures!: string[];

  @Column('date', { name: 'closed_day', nullable: true })
  closedDay!: string | null;

  @Column('text', { nullable: true })
  outcome!: string | null;
}

/** Counts (+1/−1) of a county's incidents per owner unit, day, recording day, dimension and value. */
@Entity({ name: 'assessment_incident_breakdown' })
export class AssessmentIncidentBreakdown {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @PrimaryColumn('date')
  day!: string;

  @PrimaryColumn('date', { name: 'recorded_on' })
  recordedOn!: string;

  @PrimaryColumn('text', { name: 'owner_unit_id' })
  ownerUnitId!: string;

  @PrimaryColumn('text')
  dimension!: string;

  @PrimaryColumn('text')
  value!: string;

  @Column('integer')
  count!: number;
}
