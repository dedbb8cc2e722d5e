import { RowProjection } from '@app/event-store';
import {
  SpecialReportDraftedData,
  SpecialReportEventType,
  SpecialReportIssuedData,
} from '../domain/special-report.events';
import { SpecialReportView } from './special-report-view.entity';

export const specialReportViewProjection = () =>
  new RowProjection<SpecialReportView>({
    name: 'special-report-view',
    entity: SpecialReportView,
    table: 'special_report_view',
    keyProperty: 'reportId',
    eventTypes: [SpecialReportEventType.Drafted, SpecialReportEventType.Issued],
    keyOf: (e) => (e.data as { reportId: string }).reportId,
    apply: (row, e) => {
      if (e.type === SpecialReportEventType.Drafted) {
        const d = e.data as unknown as SpecialReportDraftedData;
        return Object.assign(row ?? new SpecialReportView(), {
          reportId: d.reportId,
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
          version: e.streamVersion,
        });
      }
      if (!row) return undefined;
      const d = e.data as unknown as SpecialReportIssuedData;
      return Object.assign(row, {
        status: 'ISSUED',
        year: d.year,
        number: d.number,
        recipientUnitIds: d.recipientUnitIds,
        issuedByName: d.issuedByName,
        issuedAt: new Date(d.at),
        version: e.streamVersion,
      });
    },
  });
