import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A 舆情专报 as it stands: the last draft saved and, once signed off, its number and who signed it. */
@Entity({ name: 'special_report_view' })
export class SpecialReportView {
  @PrimaryColumn('uuid', { name: 'report_id' })
  reportId!: string;

  /** SPECIAL (舆情专报) or FLASH (舆情快报). */
  @Column('text')
  kind!: string;

  /** 快报 only: 传播情况. */
  @Column('text', { nullable: true })
  spread!: string | null;

  /** 快报 only: 已采取措施, one a line. */
  @Column('jsonb', { name: 'measures_taken', nullable: true })
  measuresTaken!: string[] | null;

  /** Pre-filled by the 快报 timer: why it fired (UNASSESSED, MAJOR); null when a person started it. */
  @Column('text', { name: 'prefilled_reason', nullable: true })
  prefilledReason!: string | null;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'incident_title' })
  incidentTitle!: string;

  /** 涉密: the draft's so far; once signed off, the sign-off's (the value its notices carried). */
  @Column('boolean')
  confidential!: boolean;

  /** The county centre that writes it. */
  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  /** DRAFT, ISSUED or WITHDRAWN (a draft the centre will not send). */
  @Column('text')
  status!: string;

  @Column('integer', { nullable: true })
  year!: number | null;

  @Column('integer', { nullable: true })
  number!: number | null;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  analysis!: string;

  @Column('jsonb')
  suggestions!: string[];

  @Column('text')
  addressees!: string;

  @Column('text', { name: 'copy_unit_ids', array: true })
  copyUnitIds!: string[];

  @Column('jsonb', { name: 'copy_names' })
  copyNames!: string[];

  /** Who it went to on the platform (empty while a draft): the copies and the propaganda department. */
  @Column('text', { name: 'recipient_unit_ids', array: true })
  recipientUnitIds!: string[];

  @Column('integer', { name: 'draft_revision' })
  draftRevision!: number;

  @Column('text', { name: 'drafted_by_name' })
  draftedByName!: string;

  @Column('timestamptz', { name: 'drafted_at' })
  draftedAt!: Date;

  @Column('text', { name: 'issued_by_name', nullable: true })
  issuedByName!: string | null;

  @Column('timestamptz', { name: 'issued_at', nullable: true })
  issuedAt!: Date | null;

  /** The report stream's version: a draft saved on top of an older one is refused. */
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_by_name', nullable: true })
  withdrawnByName!: string | null;

  @Column('text', { name: 'withdraw_reason', nullable: true })
  withdrawReason!: string | null;

  @Column('integer')
  version!: number;
}
