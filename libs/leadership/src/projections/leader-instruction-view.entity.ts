import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface InstructionFeedbackRow {
  text: string;
  byName: string;
  at: string;
}

/** One row per 领导批示: what was said, by whom, the tasks carrying it out and the centre's reports back. */
@Entity({ name: 'leader_instruction_view' })
export class LeaderInstructionView {
  @PrimaryColumn('uuid', { name: 'instruction_id' })
  instructionId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'incident_title' })
  incidentTitle!: string;

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { name: 'leader_user_id' })
  leaderUserId!: string;

  @Column('text', { name: 'leader_unit_id' })
  leaderUnitId!: string;

  @Column('text', { name: 'leader_name' })
  leaderName!: string;

  @Column('text')
  post!: string;

  @Column('text')
  text!: string;

  @Column('timestamptz', { name: 'given_at' })
  givenAt!: Date;

  @Column('text', { name: 'task_ids', array: true })
  taskIds!: string[];

  @Column('jsonb')
  feedback!: InstructionFeedbackRow[];

  @Column('integer')
  version!: number;
}
