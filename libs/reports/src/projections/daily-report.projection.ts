import { RecordedEvent, RowProjection } from '@app/event-store';
import { DAILY_REPORT_ISSUED, DailyReportIssuedData } from '../domain/daily-report.events';
import { DailyReportView } from './daily-report-view.entity';

/** One issue (or correction) of the day's report into its row: the latest revision, with every one listed. */
export function applyToDailyReportView(row: DailyReportView | undefined, e: RecordedEvent): DailyReportView {
  const d = e.data as unknown as DailyReportIssuedData;
  return Object.assign(row ?? new DailyReportView(), {
    reportId: d.reportId,
    unitId: d.unitId,
    countyId: d.countyId,
    day: d.date,
    revision: d.revision,
    figures: d.figures,
    sensitive: d.sensitive,
    positive: d.positive,
    remarks: d.remarks,
    correctionReason: d.correctionReason,
    recipientUnitIds: d.recipientUnitIds,
    recipientNames: d.recipientNames,
    issuedBy: d.issuedBy,
    issuedByName: d.issuedByName,
    issuedAt: new Date(d.at),
    firstIssuedAt: row?.firstIssuedAt ?? new Date(d.at),
    revisions: [
      ...(row?.revisions ?? []),
      {
        revision: d.revision,
        issuedByName: d.issuedByName,
        at: d.at,
        correctionReason: d.correctionReason,
      },
    ],
  });
}

export const dailyReportViewProjection = () =>
  new RowProjection<DailyReportView>({
    name: 'daily-report-view',
    entity: DailyReportView,
    table: 'daily_report_view',
    keyProperty: 'reportId',
    eventTypes: [DAILY_REPORT_ISSUED],
    keyOf: (e) => (e.data as unknown as DailyReportIssuedData).reportId,
    apply: applyToDailyReportView,
  });
