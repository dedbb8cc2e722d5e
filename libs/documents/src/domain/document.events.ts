import { OfficialDocumentModel } from './official-document.model';
import { Classification, DocumentKind, Urgency } from './document-kind';

/**
 * 发文: a unit issues a document made from one of its records under the next 发文字号 of its series. The issued
 * document is fixed: the event keeps the model it was rendered from and its bytes' SHA-256, so that the same bytes
 * can be made again and any copy checked against the log.
 */
export const DocumentEventType = {
  Issued: 'DocumentIssued',
  /** One number of a unit's series (its 机关代字 + kind, per year) taken: on the series' own stream. */
  Numbered: 'DocumentNumbered',
} as const;

export const DOCUMENT_STREAM_TYPE = 'Document';
export const DOCUMENT_SERIAL_STREAM_TYPE = 'DocumentSerial';
export const documentStreamId = (documentId: string) => `document-${documentId}`;
export const documentSerialStreamId = (unitId: string, kind: DocumentKind, year: number) =>
  `document-serial-${unitId}-${kind}-${year}`;

export interface DocumentIssuedData {
  documentId: string;
  kind: DocumentKind;
  /** The record it was made from (a letter, a task, a 督办 notice, a report). */
  recordId: string;
  incidentId: string | null;
  /** The issuing unit and its county. */
  unitId: string;
  countyId: string | null;
  /** The units that could read the record when it was issued (row security's second lock on the document). */
  readerUnitIds: string[];
  year: number;
  number: number;
  /** 机关代字 and series as printed (清水网信函), and the whole 发文字号 (清水网信函〔2026〕7号). */
  code: string;
  documentNumber: string;
  classification: Classification;
  urgency: Urgency;
  title: string;
  /** What was rendered: regenerating it gives the bytes whose hash is below. */
  model: OfficialDocumentModel;
  /** The layout's version: a later layout change renders old documents with the rules they were issued under. */
  layoutVersion: number;
  sha256: string;
  byteLength: number;
  /** Printed on the last page; finds this record for whoever holds a copy. */
  verificationCode: string;
  issuedBy: string;
  issuedByName: string;
  at: string;
}

export interface DocumentNumberedData {
  documentId: string;
  unitId: string;
  kind: DocumentKind;
  year: number;
  number: number;
}

export type DocumentEvent = { type: typeof DocumentEventType.Issued; data: DocumentIssuedData };
