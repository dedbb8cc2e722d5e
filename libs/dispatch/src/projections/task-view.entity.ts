import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of a task's record: what happened, by whom, when (sign, return, progress, extension, rework …). */
export interface TaskHistoryEntry {
  type: string;
  by: string;
  byUnit: string;
  at: string;
  detail: Record<string, unknown>;
}

export interface TaskFeedback {
  factsFound: string;
  measures: string;
  result: string;
  evidence: string[];
  late: boolean;
  lateByMinutes: number;
  by: string;
  at: string;
}

export interface SupervisionRecord {
  noticeId: string;
  content: string;
  replyDueAt: string;
  by: string;
  at: string;
  /** Sent by the platform when the task fell overdue. */
  automatic?: boolean;
  /** Still not handed in at the reply's due time: raised to the leaders then. */
  escalatedAt?: string | null;
}

@Entity({ name: 'task_view' })
export class TaskView {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'dispatcher_unit_id' })
  dispatcherUnitId!: string;

  @Column('text', { name: 'assignee_unit_id' })
  assigneeUnitId!: string;

  @Column('uuid', { name: 'parent_task_id', nullable: true })
  parentTaskId!: string | null;

  @Column('text', { name: 'parent_assignee_unit_id', nullable: true })
  parentAssigneeUnitId!: string | null;

  @Column('text', { name: 'visible_units', array: true })
  visibleUnits!: string[];

  @Column('text')
  role!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  status!: string;

  @Column('text')
  requirements!: string;

  @Column('text', { name: 'incident_title' })
  incidentTitle!: string;

  @Column('text', { nullable: true })
  grade!: string | null;

  @Column('boolean')
  confidential!: boolean;

  @Column('timestamptz', { name: 'dispatched_at' })
  dispatchedAt!: Date;

  /** The dispatch event's log position: orders tasks dispatched in the same instant (a conference's follow-ups). */
  @Column('bigint', { name: 'dispatch_seq' })
  dispatchSeq!: string;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Column('timestamptz', { name: 'original_due_at' })
  originalDueAt!: Date;

  @Column('timestamptz', { name: 'hard_due_at' })
  hardDueAt!: Date;

  @Column('text', { name: 'deadline_rule' })
  deadlineRule!: string;

  @Column('timestamptz', { name: 'signed_at', nullable: true })
  signedAt!: Date | null;

  /** 责任人 in the receiving unit (null: none named yet). */
  @Column('text', { name: 'responsible_user_id', nullable: true })
  responsibleUserId!: string | null;

  @Column('text', { name: 'responsible_name', nullable: true })
  responsibleName!: string | null;

  @Column('timestamptz', { name: 'handed_in_at', nullable: true })
  handedInAt!: Date | null;

  @Column('timestamptz', { name: 'settled_at', nullable: true })
  settledAt!: Date | null;

  /** The first hand-in was late (see task-lateness.ts; open tasks are judged against the clock when read). */
  @Column('boolean')
  late!: boolean;

  @Column('integer', { name: 'late_by_minutes' })
  lateByMinutes!: number;

  @Column('jsonb', { nullable: true })
  feedback!: TaskFeedback | null;

  @Column('jsonb')
  history!: TaskHistoryEntry[];

  @Column('jsonb', { name: 'pending_extension', nullable: true })
  pendingExtension!: {
    requestId: string;
    requestedDueAt: string;
    reason: string;
    by: string;
    at: string;
  } | null;

  @Column('jsonb')
  supervisions!: SupervisionRecord[];

  @Column('integer')
  reminders!: number;

  @Column('integer')
  returns!: number;

  @Column('integer')
  reworks!: number;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
