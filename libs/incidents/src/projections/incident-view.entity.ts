import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IncidentState } from '../domain/incident.decider';
import type { IncidentPerson, SpreadFigures } from '../domain/incident.events';

/** One row per incident: its current state, as the incident-view projection folds it from the log. */
export interface SpreadReadingRecord {
  observedAt: string;
  spread: SpreadFigures;
  sourceName: string | null;
  intakeItemId: string | null;
  by: string;
  at: string;
}

export interface ReassessmentRecord {
  grade: string | null;
  suggestedGrade: string;
  reasons: { figure: string; value: number; threshold: number }[];
  at: string;
}

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

  @Column('timestamptz', { name: 'listed_at', nullable: true })
  listedAt!: Date | null;

  @Column('text', { nullable: true })
  requirements!: string | null;

  /** The warning as it stands (content, active), or null. */
  @Column('jsonb', { nullable: true })
  warning!: WarningRecord | null;

  /** Every warning issued, adjusted or lifted, in order. */
  @Column('jsonb')
  warnings!: WarningRecord[];

  @Column('jsonb', { nullable: true })
  linkage!: LinkageRecord | null;

  @Column('jsonb')
  escalations!: EscalationRecord[];

  @Column('jsonb')
  conferences!: ConferenceRecord[];

  @Column('timestamptz', { name: 'calmed_at', nullable: true })
  calmedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('integer', { name: 'reopen_count' })
  reopenCount!: number;

  /** Later spread readings, in the order recorded (the first figures stay in `spread`). */
  @Column('jsonb', { name: 'spread_readings', default: () => "'[]'" })
  spreadReadings!: SpreadReadingRecord[];

  /** The figures' request to assess again, until the next assessment. */
  @Column('jsonb', { nullable: true })
  reassessment!: ReassessmentRecord | null;

  @Column('jsonb', { nullable: true })
  review!: ReviewRecord | null;

  @Column('jsonb')
  accountability!: AccountabilityRecord[];

  /** The township a village reported it through (000 §三1), or null. */
  @Column('text', { name: 'township_unit_id', nullable: true })
  townshipUnitId!: string | null;

  /** The township handling it itself (乡镇自行处置, grade IV), until the centre takes it over; or null. */
  @Column('text', { name: 'local_unit_id', nullable: true })
  localUnitId!: string | null;

  /** 包保领导 as named (name and post as they were then), or null. */
  @Column('jsonb', { nullable: true })
  guarantor!: IncidentPerson | null;

  /** 跟踪专人 as named, or null. */
  @Column('jsonb', { nullable: true })
  tracker!: IncidentPerson | null;

  /** The aggregate's own state (the decider's fold), so readers can ask what it allows next. */
  @Column('jsonb', { name: 'decider_state', nullable: true })
  deciderState!: IncidentState | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

export interface WarningRecord {
  action: 'ISSUED' | 'ADJUSTED' | 'LIFTED';
  active: boolean;
  level: string;
  object: string;
  startAt: string;
  scope: string;
  /** Absent on records folded before warnings named their units. */
  scopeUnitIds?: string[];
  matters: string;
  measures: string;
  issuingUnitId: string;
  reason: string | null;
  by: string;
  at: string;
}

export interface LinkageRecord {
  active: boolean;
  leadUnitId: string;
  coreUnitIds: string[];
  memberUnitIds: string[];
  releasedUnitIds: string[];
  byDecision: boolean;
  reason: string;
  activatedBy: string;
  activatedAt: string;
}

export interface EscalationRecord {
  to: string[];
  summary: string;
  cityOfficeUnitId: string | null;
  by: string;
  byUnit: string;
  at: string;
}

export interface ConferenceRecord {
  conferenceId: string;
  heldAt: string;
  participants: string[];
  participantUnitIds: string[];
  decisions: string[];
  followUpTaskIds: string[];
  recordedBy: string;
}

export interface ReviewRecord {
  cause: string;
  spread: string;
  result: string;
  experience: string;
  problems: string;
  by: string;
  at: string;
}

export interface AccountabilityRecord {
  unitId: string;
  person: string | null;
  /** Present when the person is one in the platform (absent on older records). */
  userId?: string | null;
  finding: string;
  measure: string;
  by: string;
  at: string;
}
