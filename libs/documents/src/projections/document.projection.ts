import { RecordedEvent, RowProjection } from '@app/event-store';
import { DocumentEventType, DocumentIssuedData } from '../domain/document.events';
import { DocumentView } from './document-view.entity';

export function applyToDocumentView(
  _row: DocumentView | undefined,
  e: RecordedEvent,
): DocumentView | undefined {
  const d = e.data as unknown as DocumentIssuedData;
  return Object.assign(new DocumentView(), {
    documentId: d.documentId,
    kind: d.kind,
    recordId: d.recordId,
    incidentId: d.incidentId,
    unitId: d.unitId,
    countyId: d.countyId,
    readerUnitIds: d.readerUnitIds,
    year: d.year,
    number: d.number,
    documentNumber: d.documentNumber,
    title: d.title,
    classification: d.classification,
    sha256: d.sha256,
    byteLength: d.byteLength,
    verificationCode: d.verificationCode,
    model: d.model,
    issuedByName: d.issuedByName,
    issuedAt: new Date(d.at),
    layoutVersion: d.layoutVersion,
    version: e.streamVersion,
  });
}

export const documentViewProjection = () =>
  new RowProjection<DocumentView>({
    name: 'document-view',
    entity: DocumentView,
    table: 'document_view',
    keyProperty: 'documentId',
    eventTypes: [DocumentEventType.Issued],
    keyOf: (e) => (e.data as { documentId: string }).documentId,
    apply: applyToDocumentView,
  });
