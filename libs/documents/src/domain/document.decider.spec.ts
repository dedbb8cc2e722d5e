import { AppError } from '@app/kernel';
import { SAMPLE_FILE } from '../layout/sample-documents';
import { Classification, DocumentKind, Urgency } from './document-kind';
import { documentDecider } from './document.decider';
import { DocumentIssuedData } from './document.events';
import { outwardNotice } from './outward-notice';
import { normaliseVerificationCode, verificationCodeOf } from './verification-code';

const issue = (over: Partial<DocumentIssuedData> = {}): DocumentIssuedData => ({
  documentId: 'd1',
  kind: DocumentKind.SUPERVISION_NOTICE,
  recordId: 'n1',
  incidentId: 'i1',
  unitId: 'cc',
  countyId: 'c',
  readerUnitIds: ['cc', 'town'],
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
  issuedBy: 'u',
  issuedByName: '周明',
  at: '2026-12-06T02:30:00.000Z',
  ...over,
});
const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};
const decide = (i: DocumentIssuedData, record: Classification = Classification.PUBLIC, issued = false) =>
  documentDecider.decide(
    { type: 'IssueDocument', issue: i, recordClassification: record },
    issued ? { issued: i } : documentDecider.initialState(),
  );

describe('issuing a document (发文)', () => {
  it('is recorded once, with its number, hash and the model it was rendered from', () => {
    const [e] = decide(issue());
    expect(e.type).toBe('DocumentIssued');
    expect(e.data).toMatchObject({
      number: 3,
      documentNumber: '清水网信督〔2026〕3号',
      sha256: 'a'.repeat(64),
    });
    expect(refusal(() => decide(issue(), Classification.PUBLIC, true)).reason).toBe(
      'DOCUMENT.ALREADY_ISSUED',
    );
  });

  it('is never looser than its record: a 涉密 record makes a 涉密 document', () => {
    expect(refusal(() => decide(issue(), Classification.CONFIDENTIAL)).reason).toBe(
      'DOCUMENT.CLASSIFICATION_TOO_LOW',
    );
    expect(
      decide(issue({ classification: Classification.CONFIDENTIAL }), Classification.CONFIDENTIAL),
    ).toHaveLength(1);
    expect(
      decide(issue({ classification: Classification.CONFIDENTIAL }), Classification.PUBLIC),
    ).toHaveLength(1);
  });

  it('prints the number its series gave it', () => {
    expect(() => decide(issue({ number: 4 }))).toThrow('is not 清水网信督〔2026〕4号');
  });
});

describe('outward notices', () => {
  const doc = {
    documentId: 'd1',
    kind: DocumentKind.RISK_LETTER,
    documentNumber: '清水网信函〔2026〕7号',
    title: '关于东湖镇征地补偿网帖的风险提示',
  };
  it('attach an open document, and only a reference to an internal or 涉密 one, without its title', () => {
    expect(outwardNotice({ ...doc, classification: Classification.PUBLIC })).toMatchObject({
      attach: true,
      withholdContent: false,
    });
    for (const classification of [Classification.INTERNAL, Classification.CONFIDENTIAL]) {
      const n = outwardNotice({ ...doc, classification });
      expect(n.attach).toBe(false);
      expect(n.withholdContent).toBe(true);
      expect(n.reference).toEqual({ documentId: 'd1', documentNumber: '清水网信函〔2026〕7号' });
      expect(n.subject.zh).not.toContain('征地');
      expect(n.subject.zh).toContain('清水网信函〔2026〕7号');
    }
  });
});

describe('verification codes', () => {
  it('are short, stable per document, and read back however they are typed', () => {
    const code = verificationCodeOf('0b9c7a52-6a1f-4c2e-9a57-4d1f0e2f3a10');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(verificationCodeOf('0b9c7a52-6a1f-4c2e-9a57-4d1f0e2f3a10')).toBe(code);
    expect(verificationCodeOf('another')).not.toBe(code);
    expect(normaliseVerificationCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
    expect(normaliseVerificationCode('not a code')).toBeNull();
  });
});
