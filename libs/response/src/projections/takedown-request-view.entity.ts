import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 函告网站: one request to an outside platform and its answer (written only by its projection). */
@Entity({ name: 'takedown_request_view' })
export class TakedownRequestView {
  @PrimaryColumn('uuid', { name: 'request_id' })
  requestId!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'sending_unit_id' })
  sendingUnitId!: string;

  @Column('text', { name: 'visible_units', array: true })
  visibleUnits!: string[];

  @Column('text')
  platform!: string;

  @Column('jsonb', { name: 'item_urls' })
  itemUrls!: string[];

  @Column('text')
  request!: string;

  @Column('text', { name: 'sent_by' })
  sentBy!: string;

  @Column('timestamptz', { name: 'sent_at' })
  sentAt!: Date;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('text', { name: 'answer_note', nullable: true })
  answerNote!: string | null;

  @Column('text', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column('integer')
  version!: number;
}
