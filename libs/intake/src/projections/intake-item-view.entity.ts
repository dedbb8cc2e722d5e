import { Column, Entity, PrimaryColumn } from 'typeorm';
import {
  IntakeItemStatus,
  IntakeSighting,
  IntakeSourceKind,
  IntakeSpread,
  WatchMatch,
} from '../domain/intake.events';

/** What matched an item on the county's watch list when it arrived (as its event records it). */
export type WatchHitRow = WatchMatch;

/** One row per 舆情线索: what it says, every source that reported it, and what the centre decided. */
@Entity({ name: 'intake_item_view' })
export class IntakeItemView {
  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId!: string;

  @Column('text', { name: 'county_id' })
  countyId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  status!: IntakeItemStatus;

  @Column('text', { name: 'source_kind' })
  sourceKind!: IntakeSourceKind;

  @Column('jsonb')
  sightings!: IntakeSighting[];

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('text', { name: 'normalized_url', nullable: true })
  normalizedUrl!: string | null;

  @Column('text')
  platform!: string;

  @Column('text')
  author!: string;

  @Column('text')
  title!: string;

  @Column('text')
  text!: string;

  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  /** Character bigrams of the text (near-duplicates, ADR 0023). */
  @Column('text', { name: 'text_grams', array: true })
  textGrams!: string[];

  /** The highest figures any source reported. */
  @Column('jsonb')
  spread!: IntakeSpread;

  /** A 留言板/信箱 message's own reply deadline, and when and how it was answered. */
  @Column('timestamptz', { name: 'reply_due_at', nullable: true })
  replyDueAt!: Date | null;

  @Column('timestamptz', { name: 'replied_at', nullable: true })
  repliedAt!: Date | null;

  @Column('text', { name: 'reply_note', nullable: true })
  replyNote!: string | null;

  /** Every report of figures in order (the first, other sources', later readings): the curve. */
  @Column('jsonb', { default: () => "'[]'" })
  readings!: IntakeSighting[];

  @Column('boolean')
  flagged!: boolean;

  @Column('integer')
  rank!: number;

  @Column('jsonb', { name: 'watch_hits' })
  watchHits!: WatchHitRow[];

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text', { name: 'archive_reason', nullable: true })
  archiveReason!: string | null;

  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('integer')
  version!: number;
}
