import { Decider } from '@app/kernel';
import { documentNumber } from './document-number';
import { Classification, stricter } from './document-kind';
import { DocumentError, documentError } from './document.errors';
import { DocumentEvent, DocumentEventType, DocumentIssuedData } from './document.events';

export type DocumentCommand = {
  type: 'IssueDocument';
  issue: DocumentIssuedData;
  /** The record's own classification at issue: the document may be stricter, never looser. */
  recordClassification: Classification;
};

export interface DocumentState {
  issued: DocumentIssuedData | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * A document is issued once, with the number its series gave it, at a classification no lower than its record's,
 * and with the 发文字号 its model prints being the one its number makes. Regenerating and checking bytes is the
 * service's; what is fixed in the log is decided here.
 */
export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: () => ({ issued: null }),
  evolve: (_s, e) => ({ issued: e.data }),
  decide: (c, s) => {
    if (s.issued) throw documentError(DocumentError.ALREADY_ISSUED, s.issued.documentNumber);
    const i = c.issue;
    if (stricter(i.classification, c.recordClassification) !== i.classification)
      throw documentError(DocumentError.CLASSIFICATION_TOO_LOW, c.recordClassification, {
        recordClassification: c.recordClassification,
      });
    const printed = documentNumber(i.code, i.year, i.number);
    // Programming errors, not refusals: the service builds all three from the same number.
    if (i.documentNumber !== printed || i.model.documentNumber !== printed)
      throw new Error(`document number ${i.documentNumber} is not ${printed}`);
    if (!SHA256.test(i.sha256)) throw new Error(`not a SHA-256: ${i.sha256}`);
    return [{ type: DocumentEventType.Issued, data: i }];
  },
};
