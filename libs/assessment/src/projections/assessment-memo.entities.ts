import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the facts fold remembers of a task between its events (ADR 0024); also read for "open at period end". */
@Entity({ name: 'assessment_task_memo' })
export class AssessmentTaskMemo {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'assignee_unit_id' })
  assigneeUnitId!: string;

  @Column('text', { name: 'dispatcher_unit_id' })
  dispatcherUnitId!: string;

  @Column('timestamptz', { name: 'dispatched_at' })
  dispatchedAt!: Date;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  /** Each due time and from when it held (dispatch, extensions granted): "overdue at a period's end" reads it. */
  @Column('jsonb', { name: 'due_history' })
  dueHistory!: { dueAt: string; from: string }[];

  @Column('timestamptz', { name: 'sign_for_due_at', nullable: true })
  signForDueAt!: Date | null;

  @Column('timestamptz', { name: 'first_hand_in_at', nullable: true })
  firstHandInAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  /** An inquiry's task: its same-day reply is due then (null for any other task). */
  @Column('timestamptz', { name: 'reply_due_at', nullable: true })
  replyDueAt!: Date | null;

  @Column('timestamptz', { name: 'first_reply_at', nullable: true })
  firstReplyAt!: Date | null;
}

@Entity({ name: 'assessment_letter_memo' })
export class AssessmentLetterMemo {
  @PrimaryColumn('uuid', { name: 'letter_id' })
  letterId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('timestamptz', { name: 'receipt_due_at' })
  receiptDueAt!: Date;
}

@Entity({ name: 'assessment_incident_memo' })
export class AssessmentIncidentMemo {
  @PrimaryColumn('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'owner_unit_id' })
  ownerUnitId!: string;

  @Column('timestamptz', { name: 'discovered_at' })
  discoveredAt!: Date;

  @Column('text', { nullable: true })
  nature!: string | null;

  @Column('boolean')
  assessed!: boolean;

  @Column('boolean')
  warned!: boolean;

  @Column('boolean')
  dispatched!: boolean;
}

/** One row per version of a county's 考核 policy. */
@Entity({ name: 'assessment_policy_view' })
export class AssessmentPolicyView {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column('date', { name: 'effective_from' })
  effectiveFrom!: string;

  @Column('integer', { name: 'base_score' })
  baseScore!: number;

  @Column('jsonb')
  points!: Record<string, number>;

  @Column('boolean', { name: 'share_ranking' })
  shareRanking!: boolean;

  /** 迟报/漏报 limits; null on versions set before they were part of the policy (the defaults then). */
  @Column('jsonb', { name: 'report_limits', nullable: true })
  reportLimits!: { lateAfterMinutes: number; missedAfterMinutes: number } | null;

  @Column('text', { name: 'set_by' })
  setBy!: string;

  @Column('timestamptz', { name: 'set_at' })
  setAt!: Date;
}
