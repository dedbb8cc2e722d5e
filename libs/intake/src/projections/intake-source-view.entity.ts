import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IntakeSourceKind } from '../domain/intake.events';

/** One row per configured source of a county, with the hash of its current API key (never the key). */
@Entity({ name: 'intake_source_view' })
export class IntakeSourceView {
  @PrimaryColumn('uuid', { name: 'source_id' })
  sourceId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: IntakeSourceKind;

  @Column('text', { name: 'owner_unit_id' })
  ownerUnitId!: string;

  @Column('text', { name: 'key_hash', nullable: true })
  keyHash!: string | null;

  @Column('text', { name: 'key_prefix', nullable: true })
  keyPrefix!: string | null;

  @Column('timestamptz', { name: 'key_issued_at', nullable: true })
  keyIssuedAt!: Date | null;

  /** Which export column fills which field (Excel/CSV import). */
  @Column('jsonb', { name: 'column_mapping', nullable: true })
  columnMapping!: Record<string, string> | null;

  @Column('timestamptz', { name: 'configured_at' })
  configuredAt!: Date;

  @Column('integer')
  version!: number;
}
