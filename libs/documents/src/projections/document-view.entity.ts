import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OfficialDocumentModel } from '../domain/official-document.model';

/** One issued document (document_view, migration 1764004000000): written only by its projection. */
@Entity({ name: 'document_view' })
export class DocumentView {
  @PrimaryColumn('uuid', { name: 'document_id' })
  documentId!: string;

  @Column('text')
  kind!: string;

  @Column('text', { name: 'record_id' })
  recordId!: string;

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'reader_unit_ids', array: true })
  readerUnitIds!: string[];

  @Column('integer')
  year!: number;

  @Column('integer')
  number!: number;

  @Column('text', { name: 'document_number' })
  documentNumber!: string;

  @Column('text')
  title!: string;

  @Column('text')
  classification!: string;

  @Column('text')
  sha256!: string;

  @Column('integer', { name: 'byte_length' })
  byteLength!: number;

  @Column('text', { name: 'verification_code' })
  verificationCode!: string;

  @Column('jsonb')
  model!: OfficialDocumentModel;

  @Column('text', { name: 'issued_by_name' })
  issuedByName!: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  /** The layout rules it was made with: a download makes it again with these (layout 1 before the column). */
  @Column('integer', { name: 'layout_version', default: 1 })
  layoutVersion!: number;

  @Column('integer')
  version!: number;
}
