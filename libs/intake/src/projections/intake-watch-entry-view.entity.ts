import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WatchEntryKind } from '../domain/intake.events';

/** One row per entry of a county's 关注清单/风险库, retired ones kept. */
@Entity({ name: 'intake_watch_entry_view' })
export class IntakeWatchEntryView {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text')
  kind!: WatchEntryKind;

  @Column('text')
  name!: string;

  @Column('text')
  note!: string;

  /** The last day (Beijing) in force, as YYYY-MM-DD. */
  @Column('date', { name: 'ends_on', nullable: true })
  endsOn!: string | null;

  @Column('text', { name: 'added_by' })
  addedBy!: string;

  @Column('timestamptz', { name: 'added_at' })
  addedAt!: Date;

  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;

  @Column('integer')
  version!: number;
}
