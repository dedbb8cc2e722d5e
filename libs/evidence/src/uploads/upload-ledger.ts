import { Injectable } from '@nestjs/common';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { StoredUpload } from '../domain/attachment.decider';

/** A claim older than this is taken to belong to a process that died mid-attach (the attach takes seconds). */
export const STALE_CLAIM_MS = 3600_000;

interface UploadRow {
  upload_id: string;
  sha256: string;
  size: string;
  media_type: string;
  original_name: string;
}

/**
 * Uploads not yet attached (evidence_upload). Attaching claims the row first and the orphan collector deletes
 * only unclaimed rows: both are single-row statements, so they cannot both win the same upload.
 */
@Injectable()
export class UploadLedger {
  constructor(private readonly db: ScopedDb) {}

  /** Claims the caller's own unattached upload for attaching; null when there is none (or it was collected). */
  async claim(uploadId: string, userId: string, now: Date): Promise<StoredUpload | null> {
    if (!/^[0-9a-f-]{36}$/i.test(uploadId)) return null;
    const rows = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<UploadRow[]>(
        // Wrapped in a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `WITH u AS (UPDATE evidence_upload SET claimed_at = $3
           WHERE upload_id = $1 AND uploaded_by = $2 AND NOT attached
           RETURNING upload_id, sha256, size, media_type, original_name) SELECT * FROM u`,
        [uploadId, userId, now],
      ),
    );
    const r = rows[0];
    return r
      ? {
          uploadId: r.upload_id,
          sha256: r.sha256,
          size: Number(r.size),
          mediaType: r.media_type,
          originalName: r.original_name,
        }
      : null;
  }

  /** The attach was refused: the upload may be attached elsewhere, or collected in time. */
  async release(uploadId: string): Promise<void> {
    await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query(`UPDATE evidence_upload SET claimed_at = NULL WHERE upload_id = $1 AND NOT attached`, [
        uploadId,
      ]),
    );
  }

  async markAttached(uploadId: string): Promise<void> {
    await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query(`UPDATE evidence_upload SET attached = true WHERE upload_id = $1`, [uploadId]),
    );
  }

  /** Removes uploads older than `before` that nobody attached or is attaching; returns what they pointed at. */
  async collect(before: Date, now: Date): Promise<{ uploadId: string; sha256: string }[]> {
    const rows = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ upload_id: string; sha256: string }[]>(
        `WITH d AS (DELETE FROM evidence_upload
           WHERE NOT attached AND uploaded_at < $1 AND (claimed_at IS NULL OR claimed_at < $2)
           RETURNING upload_id, sha256) SELECT * FROM d`,
        [before, new Date(now.getTime() - STALE_CLAIM_MS)],
      ),
    );
    return rows.map((r) => ({ uploadId: r.upload_id, sha256: r.sha256 }));
  }

  /** Whether anything still names these bytes: another upload, or an attachment. */
  async stillNamed(sha256: string): Promise<boolean> {
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ named: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM evidence_upload WHERE sha256 = $1)
             OR EXISTS (SELECT 1 FROM attachment_view WHERE sha256 = $1) AS named`,
        [sha256],
      ),
    );
    return row.named;
  }
}
