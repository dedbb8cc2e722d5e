import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Action, dataScopeOf, decide, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { OrganizationDirectory } from '@app/organization';
import { isRecordId } from './domain/assessment-record';
import { Classification, DocumentKind, Urgency } from './domain/document-kind';
import { DocumentError, documentError } from './domain/document.errors';
import { normaliseVerificationCode } from './domain/verification-code';
import { renderOfficialDocument } from './layout/official-document.layout';
import { DocumentView } from './projections/document-view.entity';
import { RecordSources, ResolvedRecord } from './sources/record-sources';

const MAX_LISTED = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IssueDocumentInput {
  kind: DocumentKind;
  recordId: string;
  /** Absent: 内部, or the record's own if stricter. */
  classification?: Classification | null;
  urgency?: Urgency | null;
}

export const DOCUMENT_OPTIONS = Symbol('DOCUMENT_OPTIONS');
export interface DocumentOptions {
  /** The deployment's address people open (NOTIFY_LINK_BASE): the QR code's link starts with it. */
  linkBase: string | null;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The documents a unit issued (commands/issue-document/ issues them): anyone who may read the record reads the
 * document. The document is made again from the model in its event whenever it is
 * downloaded, and served only if its bytes still hash to what the log says.
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly db: ScopedDb,
    private readonly organization: OrganizationDirectory,
    private readonly sources: RecordSources,
  ) {}

  /**
   * Whether the caller may issue this record's document of this kind now — issueDocument's checks of who, without
   * issuing — so the console offers 发文 only where the API would take it. A missing 机关代字 still offers it: the
   * refusal then says what to configure.
   */
  async mayIssue(p: Principal, kind: DocumentKind, recordId: string): Promise<boolean> {
    if (!isRecordId(recordId)) return false;
    const target = { kind: 'unit' as const, unitId: p.unitId, countyId: p.countyId };
    if (!decide(p, Action.DocumentIssue, target).allowed) return false;
    const record = await this.sources.resolve(p, kind, recordId).catch(() => null);
    if (record?.issueCheck && !decide(p, record.issueCheck.action, record.issueCheck.target).allowed)
      return false;
    return record !== null && record.issuingUnitId === p.unitId;
  }

  /** Documents on any record: every kind the record id may be of, as far as the caller may read them. */
  async documentsOfRecord(p: Principal, recordId: string): Promise<DocumentView[]> {
    if (!isRecordId(recordId)) return [];
    const rows = await this.db.run(dataScopeOf(p), (m) =>
      m.find(DocumentView, { where: { recordId }, order: { issuedAt: 'DESC' } }),
    );
    const out: DocumentView[] = [];
    for (const row of rows) if (await this.mayRead(p, row)) out.push(row);
    return out;
  }

  /** A unit's issued documents (公文 list), newest first: those the caller may read. */
  async unitDocuments(p: Principal, unitId: string): Promise<DocumentView[]> {
    const rows = await this.db.run(dataScopeOf(p), (m) =>
      m.find(DocumentView, { where: { unitId }, order: { issuedAt: 'DESC' }, take: MAX_LISTED }),
    );
    const out: DocumentView[] = [];
    for (const row of rows) if (await this.mayRead(p, row)) out.push(row);
    return out;
  }

  /** One document, under its record's rules: NOT_FOUND for whoever may not read the record. */
  async document(p: Principal, documentId: string): Promise<DocumentView> {
    const row = UUID.test(documentId)
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(DocumentView, { documentId }))
      : null;
    if (!row) throw documentError(DocumentError.NOT_FOUND, documentId);
    await this.resolveFor(p, row);
    return row;
  }

  /** The .docx, made again from the issued model and served only if it is byte for byte what was issued. */
  async docx(p: Principal, documentId: string): Promise<{ view: DocumentView; bytes: Buffer }> {
    const view = await this.document(p, documentId);
    const bytes = await renderOfficialDocument(view.model, view.layoutVersion);
    if (sha256Of(bytes) !== view.sha256) throw documentError(DocumentError.BYTES_DIFFER, view.documentNumber);
    return { view, bytes };
  }

  /**
   * 公文核验: the issue record behind a verification code, for a signed-in user of the issuing county; with a SHA-256
   * (of a copy's bytes), whether the copy is the issued file. Says nothing of documents of other counties.
   */
  async verify(
    p: Principal,
    code: string,
    sha256?: string | null,
  ): Promise<{ view: DocumentView; unitName: string; matches: boolean | null }> {
    const normal = normaliseVerificationCode(code);
    const row = normal
      ? await this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(DocumentView, { verificationCode: normal }))
      : null;
    if (!row || row.countyId === null || row.countyId !== p.countyId)
      throw documentError(DocumentError.NOT_FOUND, code);
    const unit = await this.organization.unit(SYSTEM_SCOPE, row.unitId);
    return {
      view: row,
      unitName: unit?.name ?? row.unitId,
      matches: sha256 ? sha256.trim().toLowerCase() === row.sha256 : null,
    };
  }

  private async mayRead(p: Principal, row: DocumentView): Promise<boolean> {
    try {
      await this.resolveFor(p, row);
      return true;
    } catch {
      return false;
    }
  }

  private resolveFor(p: Principal, row: DocumentView): Promise<ResolvedRecord> {
    return this.sources.resolve(p, row.kind as DocumentKind, row.recordId).catch((err: unknown) => {
      // The record's refusal (NOT_FOUND or FORBIDDEN) is the document's NOT_FOUND: nothing says it exists.
      throw err instanceof Error && 'code' in err
        ? documentError(DocumentError.NOT_FOUND, row.documentId)
        : err;
    });
  }
}
