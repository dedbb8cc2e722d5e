import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { Clock, PeriodicTask } from '@app/kernel';
import { stageUpload } from '../storage/staged-upload';
import { EvidenceConfig } from '../uploads/evidence-settings';

export const PREVIEW_TICK_MS = Symbol('PREVIEW_TICK_MS');
/** The longer side of a preview, in pixels: enough for a phone's screen and the evidence card. */
export const PREVIEW_EDGE = 480;

/** Images sharp reads; the others get no preview (a PDF is shown by the browser itself). */
const PREVIEWABLE = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

export interface PreviewRow {
  sha256: string | null;
  size: number | null;
  failure: string | null;
}

/**
 * Thumbnails of attached images, made off the request path (issue 22): a round takes attached images without a
 * preview and makes each with sharp — turned upright by its EXIF orientation, scaled down, re-encoded as JPEG.
 * sharp writes no metadata unless asked, so the preview carries no EXIF and no GPS location; the original is kept as
 * uploaded (evidence), readable only by those who may read the record.
 */
@Injectable()
export class PreviewMaker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidencePreviews');
  private readonly periodic = new PeriodicTask(
    () => this.makeDue(),
    (err) => this.logger.error(`生成预览失败 / preview round failed: ${err.message}`),
  );

  constructor(
    private readonly db: ScopedDb,
    private readonly config: EvidenceConfig,
    private readonly clock: Clock,
    @Inject(PREVIEW_TICK_MS) private readonly tickMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(this.tickMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /** One round: up to `limit` images; returns how many were done. Any number of processes may run rounds. */
  async makeDue(limit = 20): Promise<number> {
    const due = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ attachment_id: string; sha256: string }[]>(
        `SELECT a.attachment_id, a.sha256 FROM attachment_view a
           LEFT JOIN attachment_preview p USING (attachment_id)
          WHERE p.attachment_id IS NULL AND a.media_type = ANY ($1) ORDER BY a.attached_at LIMIT $2`,
        [PREVIEWABLE, limit],
      ),
    );
    for (const d of due) await this.make(d.attachment_id, d.sha256);
    return due.length;
  }

  private async make(attachmentId: string, sha256: string): Promise<void> {
    const { store, stagingDir } = this.config.settings;
    let row: { sha256: string | null; size: number | null; width: number | null; height: number | null };
    let failure: string | null = null;
    try {
      const source = await store.open(sha256);
      const { data, info } = await source
        .pipe(
          sharp({ failOn: 'error' })
            .rotate()
            .resize(PREVIEW_EDGE, PREVIEW_EDGE, { fit: 'inside' })
            .jpeg({ quality: 80 }),
        )
        .toBuffer({ resolveWithObject: true });
      const staged = await stageUpload(Readable.from([data]), stagingDir, data.length);
      try {
        await store.put(staged.sha256, staged.path, staged.size);
      } finally {
        await staged.discard();
      }
      row = { sha256: staged.sha256, size: staged.size, width: info.width, height: info.height };
    } catch (err) {
      // A damaged or unreadable image: noted, not tried again every round.
      failure = (err as Error).message.slice(0, 500);
      row = { sha256: null, size: null, width: null, height: null };
    }
    // Two processes may make the same preview: the same bytes, stored once; the first row stays.
    await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query(
        `INSERT INTO attachment_preview (attachment_id, sha256, size, width, height, failure, made_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (attachment_id) DO NOTHING`,
        [attachmentId, row.sha256, row.size, row.width, row.height, failure, this.clock.now()],
      ),
    );
  }

  /** Which of these attachments have a preview to show. */
  async withPreview(attachmentIds: string[]): Promise<Set<string>> {
    if (!attachmentIds.length) return new Set();
    const rows = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ attachment_id: string }[]>(
        `SELECT attachment_id FROM attachment_preview WHERE attachment_id = ANY ($1::uuid[]) AND sha256 IS NOT NULL`,
        [attachmentIds],
      ),
    );
    return new Set(rows.map((r) => r.attachment_id));
  }

  async previewOf(attachmentId: string): Promise<PreviewRow | null> {
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<PreviewRow[]>(`SELECT sha256, size, failure FROM attachment_preview WHERE attachment_id = $1`, [
        attachmentId,
      ]),
    );
    return row ?? null;
  }
}
