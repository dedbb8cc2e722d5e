import { Injectable } from '@nestjs/common';
import { dataScopeOf, Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { AttachmentRecordKind } from '../domain/attachment-kinds';
import { EvidenceError, evidenceError } from '../domain/evidence.errors';
import { AttachmentView } from '../projections/attachment-view.entity';
import { RecordTargets } from '../records/record-targets';

/**
 * Reads attachments with their records' access: the policy decides on the record, and row security on
 * attachment_view (the caller's scope) is the second lock.
 */
@Injectable()
export class AttachmentReader {
  constructor(
    private readonly db: ScopedDb,
    private readonly records: RecordTargets,
  ) {}

  async ofRecord(p: Principal, kind: AttachmentRecordKind, recordId: string): Promise<AttachmentView[]> {
    await this.records.forRead(p, kind, recordId);
    return this.db.run(dataScopeOf(p), (m) =>
      m.find(AttachmentView, { where: { recordKind: kind, recordId }, order: { attachedAt: 'ASC' } }),
    );
  }

  async one(p: Principal, attachmentId: string): Promise<AttachmentView> {
    const found = await this.byId(attachmentId);
    if (!found) throw evidenceError(EvidenceError.NOT_FOUND, attachmentId);
    await this.records.forRead(p, found.recordKind as AttachmentRecordKind, found.recordId);
    return found;
  }

  /** Without access checks: for a signed link, whose signature is the check. */
  async byId(attachmentId: string): Promise<AttachmentView | null> {
    if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(AttachmentView, { attachmentId }));
  }
}
