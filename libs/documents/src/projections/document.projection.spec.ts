import { givenEvents } from '@test/given-when-then';
import { SAMPLE_FILE } from '../layout/sample-documents';
import { Classification, DocumentKind, Urgency } from '../domain/document-kind';
import { documentDecider } from '../domain/document.decider';
import { DocumentIssuedData } from '../domain/document.events';
import { verificationCodeOf } from '../domain/verification-code';
import { applyToDocumentView } from './document.projection';

/** document_view as its fold builds it: one row per issued 公文, with its number, hash and the model it came from. */
const issue = (over: Partial<DocumentIssuedData> = {}): DocumentIssuedData => ({
  documentId: 'd1',
  kind: DocumentKind.SUPERVISION_NOTICE,
  recordId: 'n1',
  incidentId: 'i1',
  unitId: 'centre',
  countyId: 'qingshui',
  readerUnitIds: ['centre', 'donghu'],
  year: 2026,
  number: 3,
  code: '清水网信督',
  documentNumber: '清水网信督〔2026〕3号',
  classification: Classification.INTERNAL,
  urgency: Urgency.NORMAL,
  title: '督办通知单',
  model: { ...SAMPLE_FILE, documentNumber: '清水网信督〔2026〕3号' },
  layoutVersion: 1,
  sha256: 'a'.repeat(64),
  byteLength: 1000,
  verificationCode: verificationCodeOf('d1'),
  issuedBy: 'u-zhou',
  issuedByName: '周明',
  at: '2026-12-06T02:30:00.000Z',
  ...over,
});
const issued = (i: DocumentIssuedData, record: Classification = Classification.INTERNAL) =>
  documentDecider.decide(
    { type: 'IssueDocument', issue: i, recordClassification: record },
    documentDecider.initialState(),
  );

it('records the issued document with its number, readers, hash, check code and signer', () => {
  const row = givenEvents(issued(issue())).project(applyToDocumentView).row()!;
  expect(row).toMatchObject({
    documentId: 'd1',
    kind: DocumentKind.SUPERVISION_NOTICE,
    recordId: 'n1',
    incidentId: 'i1',
    readerUnitIds: ['centre', 'donghu'],
    year: 2026,
    number: 3,
    documentNumber: '清水网信督〔2026〕3号',
    classification: Classification.INTERNAL,
    sha256: 'a'.repeat(64),
    byteLength: 1000,
    verificationCode: verificationCodeOf('d1'),
    issuedByName: '周明',
    issuedAt: new Date('2026-12-06T02:30:00.000Z'),
    version: 1,
  });
  // The model it was rendered from, so the same bytes can be made again.
  expect(row.model.documentNumber).toBe('清水网信督〔2026〕3号');
});

it('keeps the layout it was made with, so an earlier document is made again the same way', () => {
  givenEvents(issued(issue({ layoutVersion: 1 })))
    .project(applyToDocumentView)
    .then({ layoutVersion: 1 });
  givenEvents(issued(issue({ layoutVersion: 2 })))
    .project(applyToDocumentView)
    .then({ layoutVersion: 2 });
});

it('a 涉密 record makes a 涉密 row', () => {
  givenEvents(issued(issue({ classification: Classification.CONFIDENTIAL }), Classification.CONFIDENTIAL))
    .project(applyToDocumentView)
    .then({ classification: Classification.CONFIDENTIAL });
});
