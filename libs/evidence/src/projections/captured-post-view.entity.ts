import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface SpreadReading {
  reposts: number;
  comments: number;
  views: number;
  readAt: string;
}

/** One captured post (captured_post_view, migration 1764008100000): written only by its projection. */
@Entity({ name: 'captured_post_view' })
export class CapturedPostView {
  @PrimaryColumn('uuid', { name: 'post_id' })
  postId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'reader_unit_ids', array: true })
  readerUnitIds!: string[];

  @Column('boolean')
  confidential!: boolean;

  @Column('text')
  url!: string;

  @Column('text')
  platform!: string;

  @Column('text')
  author!: string;

  @Column('text', { name: 'text_as_seen' })
  textAsSeen!: string;

  @Column('timestamptz', { name: 'captured_at' })
  capturedAt!: Date;

  @Column('uuid', { name: 'screenshot_attachment_id' })
  screenshotAttachmentId!: string;

  @Column('text', { name: 'screenshot_sha256' })
  screenshotSha256!: string;

  @Column('text', { name: 'captured_by_name' })
  capturedByName!: string;

  /** In the order they were read. */
  @Column('jsonb')
  readings!: SpreadReading[];

  @Column('integer')
  version!: number;
}
