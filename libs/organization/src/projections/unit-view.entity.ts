import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'unit_view' })
export class UnitView {
  @PrimaryColumn('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('boolean')
  active!: boolean;

  /** 机关代字 for the unit's 发文字号 (absent until its administrator sets it). */
  @Column('text', { name: 'document_code', nullable: true })
  documentCode!: string | null;

  /** While stood down (停用): why, and since when. */
  @Column('text', { name: 'deactivated_reason', nullable: true })
  deactivatedReason!: string | null;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
