import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per 处置方案: its latest revision, status and the leader's decision. */
@Entity({ name: 'handling_plan_view' })
export class HandlingPlanView {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'incident_title' })
  incidentTitle!: string;

  @Column('text', { nullable: true })
  field!: string | null;

  @Column('text')
  status!: string;

  @Column('text')
  measures!: string;

  @Column('text', { name: 'unit_ids', array: true })
  unitIds!: string[];

  @Column('text')
  timing!: string;

  @Column('integer')
  revision!: number;

  @Column('text', { name: 'drafted_by_name' })
  draftedByName!: string;

  @Column('timestamptz', { name: 'drafted_at' })
  draftedAt!: Date;

  @Column('text', { name: 'decided_by_name', nullable: true })
  decidedByName!: string | null;

  @Column('text', { name: 'decided_by_post', nullable: true })
  decidedByPost!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** The leader's words with the decision: the reason when sent back, the 审批意见 (if any) when approved. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('integer')
  version!: number;
}

/** The county's policy: from which grade dispatch waits for an approved plan (null: never). */
@Entity({ name: 'handling_plan_policy_view' })
export class HandlingPlanPolicyView {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'from_grade', nullable: true })
  fromGrade!: string | null;

  @Column('timestamptz', { name: 'set_at' })
  setAt!: Date;
}
