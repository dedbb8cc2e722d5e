import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface LetterReceipt {
  unitId: string;
  signedAt: string | null;
  signedBy: string | null;
}

@Entity({ name: 'letter_view' })
export class LetterView {
  @PrimaryColumn('uuid', { name: 'letter_id' })
  letterId!: string;

  @Column('uuid', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'sender_unit_id' })
  senderUnitId!: string;

  @Column('text', { name: 'recipient_unit_ids', array: true })
  recipientUnitIds!: string[];

  @Column('text', { name: 'visible_units', array: true })
  visibleUnits!: string[];

  /** Who has signed for it and who has not (the sender sees both). */
  @Column('jsonb')
  receipts!: LetterReceipt[];

  @Column('text')
  title!: string;

  @Column('text')
  risk!: string;

  @Column('text')
  level!: string;

  @Column('text')
  scope!: string;

  @Column('text', { name: 'watch_points' })
  watchPoints!: string;

  @Column('text', { name: 'requested_measures' })
  requestedMeasures!: string;

  @Column('boolean')
  confidential!: boolean;

  @Column('timestamptz', { name: 'sent_at' })
  sentAt!: Date;

  @Column('timestamptz', { name: 'receipt_due_at' })
  receiptDueAt!: Date;

  @Column('text', { name: 'sent_by' })
  sentBy!: string;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
