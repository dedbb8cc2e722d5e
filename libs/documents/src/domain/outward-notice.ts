import { LocalizedMessage } from '@app/kernel';
import { Classification, DOCUMENT_KIND_LABELS, DocumentKind } from './document-kind';

/**
 * What a notice that leaves the platform (e-mail, webhook, an inbox line that channels forward) may carry about an
 * issued document. An open document may travel as an attachment; an internal (内部) or 涉密 one never does — only a
 * reference (its kind, number and where to read it) goes out, and its title stays home too, since titles name the
 * incident (002: confidentiality; DOMAIN §7).
 */
export interface OutwardNotice {
  subject: LocalizedMessage;
  /** Attach the file itself: only for an open document. */
  attach: boolean;
  /** What the notice points at instead: the document's id and number, to be opened on the platform. */
  reference: { documentId: string; documentNumber: string };
  /** Whether the channels must drop the content (the inbox's `confidential`). */
  withholdContent: boolean;
}

export function outwardNotice(doc: {
  documentId: string;
  kind: DocumentKind;
  documentNumber: string;
  title: string;
  classification: Classification;
}): OutwardNotice {
  const label = DOCUMENT_KIND_LABELS[doc.kind];
  const reference = { documentId: doc.documentId, documentNumber: doc.documentNumber };
  switch (doc.classification) {
    case Classification.PUBLIC:
      return {
        subject: {
          zh: `《${label.zh}》${doc.documentNumber}：${doc.title}`,
          en: `${label.en} ${doc.documentNumber}: ${doc.title}`,
        },
        attach: true,
        reference,
        withholdContent: false,
      };
    case Classification.INTERNAL:
    case Classification.CONFIDENTIAL:
      return {
        subject: {
          zh: `《${label.zh}》${doc.documentNumber}（${doc.classification === Classification.INTERNAL ? '内部' : '涉密'}，请登录平台查阅）`,
          en: `${label.en} ${doc.documentNumber} (${doc.classification === Classification.INTERNAL ? 'internal' : 'confidential'}: read it on the platform)`,
        },
        attach: false,
        reference,
        withholdContent: true,
      };
  }
}
