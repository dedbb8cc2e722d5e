import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One unit's facts of one Beijing day, as recorded by `recordedOn` (the same day, or a later one for a late
 * correction: ADR 0024). Written only by the assessment-facts projection; counters only ever grow.
 */
@Entity({ name: 'assessment_unit_day' })
export class AssessmentUnitDay {
  @PrimaryColumn('text', { name: 'unit_id' })
  unitId!: string;

  @PrimaryColumn('date', { name: 'day' })
  day!: string;

  @PrimaryColumn('date', { name: 'recorded_on' })
  recordedOn!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('integer', { name: 'tasks_received', default: 0 })
  tasksReceived!: number;

  @Column('integer', { name: 'tasks_signed', default: 0 })
  tasksSigned!: number;

  @Column('integer', { name: 'signed_late', default: 0 })
  signedLate!: number;

  @Column('integer', { name: 'tasks_returned', default: 0 })
  tasksReturned!: number;

  @Column('integer', { name: 'handed_in', default: 0 })
  handedIn!: number;

  @Column('integer', { name: 'handed_in_on_time', default: 0 })
  handedInOnTime!: number;

  @Column('integer', { name: 'handed_in_late', default: 0 })
  handedInLate!: number;

  @Column('integer', { name: 'late_minutes', default: 0 })
  lateMinutes!: number;

  @Column('integer', { name: 'late_up_to_1h', default: 0 })
  lateUpTo1h!: number;

  @Column('integer', { name: 'late_1_to_6h', default: 0 })
  late1To6h!: number;

  @Column('integer', { name: 'late_6_to_24h', default: 0 })
  late6To24h!: number;

  @Column('integer', { name: 'late_24_to_72h', default: 0 })
  late24To72h!: number;

  @Column('integer', { name: 'late_over_72h', default: 0 })
  lateOver72h!: number;

  @Column('integer', { name: 'resubmitted', default: 0 })
  resubmitted!: number;

  @Column('integer', { name: 'sent_back', default: 0 })
  sentBack!: number;

  @Column('integer', { name: 'accepted', default: 0 })
  accepted!: number;

  @Column('integer', { name: 'early_closures', default: 0 })
  earlyClosures!: number;

  @Column('integer', { name: 'overdue', default: 0 })
  overdue!: number;

  @Column('integer', { name: 'extensions_requested', default: 0 })
  extensionsRequested!: number;

  @Column('integer', { name: 'extensions_granted', default: 0 })
  extensionsGranted!: number;

  @Column('integer', { name: 'supervised', default: 0 })
  supervised!: number;

  @Column('integer', { name: 'reminded', default: 0 })
  reminded!: number;

  @Column('integer', { name: 'escalated', default: 0 })
  escalated!: number;

  @Column('integer', { name: 'letters_received', default: 0 })
  lettersReceived!: number;

  @Column('integer', { name: 'letters_signed', default: 0 })
  lettersSigned!: number;

  @Column('integer', { name: 'letters_signed_late', default: 0 })
  lettersSignedLate!: number;

  @Column('integer', { name: 'letters_missed', default: 0 })
  lettersMissed!: number;

  @Column('integer', { name: 'incidents_reported', default: 0 })
  incidentsReported!: number;

  @Column('integer', { name: 'report_lag_minutes', default: 0 })
  reportLagMinutes!: number;

  @Column('integer', { name: 'incidents_assessed', default: 0 })
  incidentsAssessed!: number;

  @Column('integer', { name: 'assess_lag_minutes', default: 0 })
  assessLagMinutes!: number;

  @Column('integer', { name: 'warnings_issued', default: 0 })
  warningsIssued!: number;

  @Column('integer', { name: 'warn_lag_minutes', default: 0 })
  warnLagMinutes!: number;

  @Column('integer', { name: 'incidents_dispatched', default: 0 })
  incidentsDispatched!: number;

  @Column('integer', { name: 'dispatch_lag_minutes', default: 0 })
  dispatchLagMinutes!: number;

  @Column('integer', { name: 'inquiry_tasks', default: 0 })
  inquiryTasks!: number;

  @Column('integer', { name: 'inquiry_replies', default: 0 })
  inquiryReplies!: number;

  @Column('integer', { name: 'inquiry_reply_lag_minutes', default: 0 })
  inquiryReplyLagMinutes!: number;

  @Column('integer', { name: 'inquiry_replied_same_day', default: 0 })
  inquiryRepliedSameDay!: number;
}
