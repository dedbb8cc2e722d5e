export * from './domain/official-document.model';
export { renderOfficialDocument, LAYOUT_VERSION } from './layout/official-document.layout';
export { documentDate, documentNumber, copyNumber, FONTS } from './layout/gbt9704';
export { fontconfigXml } from './layout/fontconfig';
export { docxParts, paragraphsOf } from './layout/docx-xml';
export { DocumentsModule } from './documents.module';
export { DocumentService, sha256Of } from './document.service';
export { LedgerService } from './ledgers/ledger.service';
export { PdfRenderer, findSoffice } from './pdf/pdf-renderer';
export * from './domain/document-kind';
export * from './domain/document.events';
export { DocumentError } from './domain/document.errors';
export { outwardNotice, OutwardNotice } from './domain/outward-notice';
export { verificationCodeOf } from './domain/verification-code';
export { assessmentRecordId, parseAssessmentRecordId } from './domain/assessment-record';
export { DocumentView } from './projections/document-view.entity';
export * from './sources/record-documents';
export { SAMPLE_FILE, SAMPLE_LETTER } from './layout/sample-documents';
export { fourFormsLedger, LedgerTask } from './ledgers/four-forms-ledger';
export { sampleDocuments, SampleDocument } from './sources/sample-records';
export {
  bundleVerificationReport,
  verificationLines,
} from './verification-report/bundle-verification-report';
