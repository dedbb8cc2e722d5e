import { RecordedEvent, RowProjection } from '@app/event-store';
import {
  reportKindOf,
  ReportKind,
  SpecialReportDraftedData,
  SpecialReportEventType,
  SpecialReportIssuedData,
  SpecialReportWithdrawnData,
} from '../domain/special-report.events';
import { SpecialReportView } from './special-report-view.entity';

/** A draft saved, signed off or withdrawn, into the report's row. */
export function applyToSpecialReportView(
  row: SpecialReportView | undefined,
  e: RecordedEvent,
): SpecialReportView | undefined {
  if (e.type === SpecialReportEventType.Drafted) {
    const d = e.data as unknown as SpecialReportDraftedData;
    return Object.assign(row ?? new SpecialReportView(), {
      reportId: d.reportId,
      kind: reportKindOf(d),
      spread: reportKindOf(d) === ReportKind.FLASH ? (d.spread ?? '') : null,
      measuresTaken: reportKindOf(d) === ReportKind.FLASH ? (d.measuresTaken ?? []) : null,
      prefilledReason: d.prefilledBy?.reason ?? row?.prefilledReason ?? null,
      incidentId: d.incidentId,
      incidentTitle: d.incidentTitle,
      confidential: d.confidential,
      unitId: d.unitId,
      countyId: d.countyId,
      status: 'DRAFT',
      year: null,
      number: null,
      title: d.title,
      summary: d.summary,
      analysis: d.analysis,
      suggestions: d.suggestions,
      addressees: d.addressees,
      copyUnitIds: d.copyUnitIds,
      copyNames: d.copyNames,
      recipientUnitIds: [],
      draftRevision: d.draftRevision,
      draftedByName: d.draftedByName,
      draftedAt: new Date(d.at),
      issuedByName: null,
      issuedAt: null,
      withdrawnAt: null,
      withdrawnByName: null,
      withdrawReason: null,
      version: e.streamVersion,
    });
  }
  if (!row) return undefined;
  if (e.type === SpecialReportEventType.Withdrawn) {
    const w = e.data as unknown as SpecialReportWithdrawnData;
    return Object.assign(row, {
      status: 'WITHDRAWN',
      withdrawnAt: new Date(w.at),
      withdrawnByName: w.withdrawnByName,
      withdrawReason: w.reason,
      version: e.streamVersion,
    });
  }
  const d = e.data as unknown as SpecialReportIssuedData;
  return Object.assign(row, {
    status: 'ISSUED',
    // One rule for 涉密: what the sign-off decided, which its notices carried.
    confidential: d.confidential ?? row.confidential,
    year: d.year,
    number: d.number,
    recipientUnitIds: d.recipientUnitIds,
    issuedByName: d.issuedByName,
    issuedAt: new Date(d.at),
    version: e.streamVersion,
  });
}

export const specialReportViewProjection = () =>
  new RowProjection<SpecialReportView>({
    name: 'special-report-view',
    entity: SpecialReportView,
    table: 'special_report_view',
    keyProperty: 'reportId',
    // 2: withdrawn drafts; the report's 涉密 from the sign-off. 3: 快报 (kind and its own parts).
    version: 3,
    eventTypes: [
      SpecialReportEventType.Drafted,
      SpecialReportEventType.Issued,
      SpecialReportEventType.Withdrawn,
    ],
    keyOf: (e) => (e.data as { reportId: string }).reportId,
    apply: applyToSpecialReportView,
  });
