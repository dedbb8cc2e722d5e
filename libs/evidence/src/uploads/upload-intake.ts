import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { Clock } from '@app/kernel';
import { familyOf } from '../domain/attachment-kinds';
import { EvidenceError, evidenceError } from '../domain/evidence.errors';
import { stageUpload, UploadTooLarge } from '../storage/staged-upload';
import { EvidenceConfig } from './evidence-settings';
import { detectMediaType } from './media-type';

export interface UploadReceipt {
  uploadId: string;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
}

const MB = 1024 * 1024;
const ORIGINAL_NAME_MAX = 200;

/**
 * Takes one upload: streamed to a staging file while hashed, its type read from its bytes, its size held to its
 * family's limit, then stored under its SHA-256 and noted as the unit's upload. Nothing reaches the log here: a
 * file is named in the log only when attached, so a refused or cut-off upload leaves no trace but a removed
 * staging file.
 */
@Injectable()
export class UploadIntake {
  constructor(
    private readonly config: EvidenceConfig,
    private readonly db: ScopedDb,
    private readonly clock: Clock,
  ) {}

  async receive(
    p: Principal,
    body: Readable,
    declaredLength: number | null,
    name: string,
  ): Promise<UploadReceipt> {
    const { stagingDir, maxBytes } = this.config.settings;
    if (declaredLength === 0) throw evidenceError(EvidenceError.EMPTY_FILE);
    const ceiling = Math.max(...Object.values(maxBytes));
    if (declaredLength !== null && declaredLength > ceiling)
      throw evidenceError(EvidenceError.TOO_LARGE, `${Math.round(ceiling / MB)} MB`);
    let staged;
    try {
      staged = await stageUpload(body, stagingDir, ceiling);
    } catch (err) {
      if (err instanceof UploadTooLarge)
        throw evidenceError(EvidenceError.TOO_LARGE, `${Math.round(ceiling / MB)} MB`);
      // The sender went away or the connection broke: what arrived is not the file.
      throw evidenceError(EvidenceError.TRUNCATED, (err as Error).message);
    }
    try {
      if (staged.size === 0) throw evidenceError(EvidenceError.EMPTY_FILE);
      if (declaredLength !== null && staged.size !== declaredLength)
        throw evidenceError(EvidenceError.TRUNCATED, `${staged.size} / ${declaredLength} bytes`);
      return await this.keep(p, staged, name, randomUUID());
    } finally {
      await staged.discard();
    }
  }

  /**
   * The checks and the storing every upload passes, whichever way its bytes came (one request, or tus chunks):
   * not empty, a type its bytes show and that is accepted, within its family's limit; then stored under its SHA-256
   * and noted as the person's upload under `uploadId`. The caller removes its local file.
   */
  async keep(
    p: Principal,
    file: { path: string; sha256: string; size: number },
    name: string,
    uploadId: string,
  ): Promise<UploadReceipt> {
    const { store, maxBytes } = this.config.settings;
    if (file.size === 0) throw evidenceError(EvidenceError.EMPTY_FILE);
    const mediaType = await detectMediaType(file.path);
    const family = mediaType ? familyOf(mediaType) : null;
    if (!mediaType || !family) throw evidenceError(EvidenceError.TYPE_NOT_ACCEPTED, mediaType ?? '无法识别');
    if (file.size > maxBytes[family])
      throw evidenceError(EvidenceError.TOO_LARGE, `${family} ≤ ${Math.round(maxBytes[family] / MB)} MB`);
    // Stored before anything names it (issue 22): an attach that follows finds the bytes in place.
    await store.put(file.sha256, file.path, file.size);
    const receipt: UploadReceipt = {
      uploadId,
      sha256: file.sha256,
      size: file.size,
      mediaType,
      originalName: cleanName(name),
    };
    await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query(
        // A repeated finish of the same resumable upload notes it once.
        `INSERT INTO evidence_upload (upload_id, unit_id, county_id, uploaded_by, sha256, size, media_type,
           original_name, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (upload_id) DO NOTHING`,
        [
          receipt.uploadId,
          p.unitId,
          p.countyId,
          p.userId,
          receipt.sha256,
          receipt.size,
          receipt.mediaType,
          receipt.originalName,
          this.clock.now(),
        ],
      ),
    );
    return receipt;
  }
}

/** The name as the person's device gave it, without any path and within a sane length. */
function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop()?.trim() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters have no place in a file name shown to people
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, ORIGINAL_NAME_MAX);
  return clean || '未命名文件';
}
