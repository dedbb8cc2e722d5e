import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'statement_view' })
export class StatementView {
  @PrimaryColumn('uuid', { name: 'statement_id' })
  statementId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'drafting_unit_id' })
  draftingUnitId!: string;

  @Column('text', { name: 'propaganda_unit_id', nullable: true })
  propagandaUnitId!: string | null;

  @Column('text', { name: 'visible_units', array: true })
  visibleUnits!: string[];

  @Column('text')
  kind!: string;

  @Column('text')
  tier!: string;

  @Column('text')
  title!: string;

  @Column('text')
  content!: string;

  @Column('text')
  status!: string;

  @Column('text', { name: 'drafted_by' })
  draftedBy!: string;

  @Column('timestamptz', { name: 'drafted_at' })
  draftedAt!: Date;

  @Column('text', { name: 'approved_by', nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Column('text', { name: 'published_by', nullable: true })
  publishedBy!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('text', { array: true })
  channels!: string[];

  @Column('jsonb')
  rejections!: { reason: string; by: string; at: string }[];

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
