import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '@app/event-store';
import { JobQueue } from '@app/jobs';
import { Clock, PeriodicTask } from '@app/kernel';
import { attachmentStreamId } from '../domain/attachment.events';
import { EvidenceConfig } from './evidence-settings';
import { ResumableUploads } from './resumable-uploads';
import { UploadLedger } from './upload-ledger';

export const EVIDENCE_SWEEP_MS = Symbol('EVIDENCE_SWEEP_MS');
/** The pg-boss queue of the sweep (migration 1764008000000): a singleton, so one process sweeps at a time. */
export const ORPHANS_QUEUE = 'evidence_orphans';

/**
 * Collects orphans (issue 22): uploads stored and never attached, and resumable uploads never finished, after a day
 * (EVIDENCE_ORPHAN_HOURS). The row goes
 * first, then the bytes, unless something still names them: another upload of the same content, an attachment, or
 * the log itself (an attach whose process died before it marked its upload attached).
 */
@Injectable()
export class OrphanCollector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EvidenceOrphans');
  private readonly periodic = new PeriodicTask(
    () => this.tick(),
    (err) => this.logger.error(`清理未附加的上传失败 / orphan collection failed: ${err.message}`),
  );

  constructor(
    private readonly ledger: UploadLedger,
    private readonly config: EvidenceConfig,
    private readonly store: EventStore,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly resumable: ResumableUploads,
    @Inject(EVIDENCE_SWEEP_MS) private readonly sweepMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(this.sweepMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.periodic.stop();
  }

  /** One round through the queue: whichever process takes the job sweeps; a failed sweep is retried by pg-boss. */
  async tick(): Promise<void> {
    await this.queue.send(ORPHANS_QUEUE, {}, { singletonKey: 'sweep' });
    for (const job of await this.queue.take(ORPHANS_QUEUE, 1)) {
      try {
        await this.sweep();
        await this.queue.complete(ORPHANS_QUEUE, job.id);
      } catch (err) {
        await this.queue.fail(ORPHANS_QUEUE, job.id, err as Error);
        throw err;
      }
    }
  }

  async sweep(): Promise<{ uploads: number; files: number; partials: number }> {
    const now = this.clock.now();
    const before = new Date(now.getTime() - this.config.settings.orphanAfterMs);
    // Resumable uploads begun as long ago and never finished: their chunks on local disk, nothing in the store.
    const partials = await this.resumable.collectAbandoned(before);
    const collected = await this.ledger.collect(before, now);
    let files = 0;
    for (const { uploadId, sha256 } of collected) {
      if ((await this.store.streamVersion(attachmentStreamId(uploadId))) !== null) continue;
      if (await this.ledger.stillNamed(sha256)) continue;
      await this.config.settings.store.remove(sha256);
      files++;
    }
    return { uploads: collected.length, files, partials };
  }
}
