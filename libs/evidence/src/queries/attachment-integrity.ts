import { Injectable } from '@nestjs/common';
import { Action, authorize, Principal } from '@app/access';
import { AttachmentRecordKind } from '../domain/attachment-kinds';
import { BlobCheck, checkBlob } from '../storage/blob-integrity';
import { EvidenceConfig } from '../uploads/evidence-settings';
import { AttachmentReader } from './attachment-reader';

/**
 * Each attached file of a record read back from storage and hashed again: a file altered or removed in storage no
 * longer matches the SHA-256 its event carries (issue 22). Checking is the auditors' and the administrators' (the
 * same rule as checking the log).
 */
@Injectable()
export class AttachmentIntegrity {
  constructor(
    private readonly reader: AttachmentReader,
    private readonly config: EvidenceConfig,
  ) {}

  async check(
    p: Principal,
    kind: AttachmentRecordKind,
    recordId: string,
  ): Promise<{ attachmentId: string; originalName: string; sha256: string; integrity: BlobCheck }[]> {
    authorize(p, Action.AuditVerify, { kind: 'county', countyId: p.countyId ?? '' }, recordId);
    const files = await this.reader.ofRecord(p, kind, recordId);
    const out = [];
    // One at a time: each check streams a whole file from storage.
    for (const f of files)
      out.push({
        attachmentId: f.attachmentId,
        originalName: f.originalName,
        sha256: f.sha256,
        integrity: await checkBlob(this.config.settings.store, f.sha256),
      });
    return out;
  }
}
