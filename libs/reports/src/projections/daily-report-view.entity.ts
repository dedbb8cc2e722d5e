import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DailyReportFigures, DailyReportItem } from '../domain/daily-report.events';

/** One line per issue of a day's report: who issued it when, and why when it was a correction. */
export interface DailyReportRevisionLine {
  revision: number;
  issuedByName: string;
  at: string;
  correctionReason: string | null;
}

/** A centre's 舆情日报 of one day, as last issued. */
@Entity({ name: 'daily_report_view' })
export class DailyReportView {
  @PrimaryColumn('uuid', { name: 'report_id' })
  reportId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  /** YYYY-MM-DD, the Beijing day reported on. */
  @Column('text')
  day!: string;

  @Column('integer')
  revision!: number;

  @Column('jsonb')
  figures!: DailyReportFigures;

  @Column('jsonb')
  sensitive!: DailyReportItem[];

  @Column('jsonb')
  positive!: string[];

  @Column('text')
  remarks!: string;

  @Column('text', { name: 'correction_reason', nullable: true })
  correctionReason!: string | null;

  @Column('text', { name: 'recipient_unit_ids', array: true })
  recipientUnitIds!: string[];

  @Column('jsonb', { name: 'recipient_names' })
  recipientNames!: string[];

  @Column('text', { name: 'issued_by' })
  issuedBy!: string;

  @Column('text', { name: 'issued_by_name' })
  issuedByName!: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'first_issued_at' })
  firstIssuedAt!: Date;

  @Column('jsonb')
  revisions!: DailyReportRevisionLine[];
}
