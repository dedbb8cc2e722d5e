import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One attached file (attachment_view, migration 1764008000000): written only by its projection. */
@Entity({ name: 'attachment_view' })
export class AttachmentView {
  @PrimaryColumn('uuid', { name: 'attachment_id' })
  attachmentId!: string;

  @Column('text', { name: 'record_kind' })
  recordKind!: string;

  @Column('text', { name: 'record_id' })
  recordId!: string;

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text')
  purpose!: string;

  @Column('text')
  sha256!: string;

  // bigint arrives as a string from pg; sizes here stay far below 2^53.
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('text', { name: 'original_name' })
  originalName!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'reader_unit_ids', array: true })
  readerUnitIds!: string[];

  @Column('boolean')
  confidential!: boolean;

  @Column('text', { name: 'attached_by_name' })
  attachedByName!: string;

  @Column('timestamptz', { name: 'attached_at' })
  attachedAt!: Date;

  @Column('integer')
  version!: number;
}
