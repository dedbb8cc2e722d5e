import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { FileStore } from '@tus/file-store';
import type { Server, Upload } from '@tus/server';
import { Principal, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { AppError } from '@app/kernel';
import { EvidenceError, evidenceError } from '../domain/evidence.errors';
import { hashFile } from '../storage/staged-upload';
import { EvidenceConfig } from './evidence-settings';
import { UploadIntake } from './upload-intake';

/** Where the tus routes live (the Location of an upload is `${TUS_PATH}/<upload id>`). */
export const TUS_PATH = '/files/tus';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A tus hook's refusal: @tus/server answers with its status and body (our coded error; tus-js-client shows it). */
class TusRefusal extends Error {
  readonly status_code: number;
  readonly body: string;

  constructor(err: AppError, status: number) {
    super(err.message);
    this.status_code = status;
    this.body = JSON.stringify({
      code: err.code,
      reason: err.reason,
      message: err.localized.zh,
      messageEn: err.localized.en,
    });
  }
}

const refusal = (err: AppError, status: number) => new TusRefusal(err, status);

/** The node request behind srvx's web request, which @tus/server hands its hooks. */
const nodeRequestOf = (req: unknown) =>
  (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;

/**
 * Resumable uploads for large video over poor links (issue 22): the tus protocol through @tus/server, its chunks on
 * local disk (@tus/file-store, in EVIDENCE_RESUMABLE_DIR) until the last one arrives. The finished file then passes
 * exactly what a one-request upload passes (UploadIntake.keep: not empty, type by its bytes, its family's size
 * limit) and is stored by its SHA-256 under the tus upload's own id, which attachFile takes as the uploadId. Each
 * request is one chunk, so HTTP_REQUEST_TIMEOUT_MS bounds a chunk, never the whole upload. Partial uploads nobody
 * finished are collected with the orphans (`collectAbandoned`). The caller has authenticated the request.
 */
@Injectable()
export class ResumableUploads implements OnModuleInit {
  private readonly logger = new Logger('EvidenceTus');
  private server!: Server;
  private files!: FileStore;
  /** The authenticated principal of each request in flight, for the hooks (which see only srvx's request). */
  private readonly principals = new WeakMap<IncomingMessage, Principal>();

  constructor(
    private readonly config: EvidenceConfig,
    private readonly intake: UploadIntake,
    private readonly db: ScopedDb,
  ) {}

  get directory(): string {
    return this.config.settings.resumableDir;
  }

  async onModuleInit(): Promise<void> {
    // Both ship as ES modules only; loaded once, here.
    const { Server } = await import('@tus/server');
    const { FileStore } = await import('@tus/file-store');
    const { maxBytes } = this.config.settings;
    this.files = new FileStore({ directory: this.directory });
    this.server = new Server({
      path: TUS_PATH,
      datastore: this.files,
      relativeLocation: true,
      // Same origin only: the console is served by the API.
      allowedOrigins: [],
      // The largest family's limit; the file's own family is known from its bytes only when it is whole.
      maxSize: Math.max(...Object.values(maxBytes)),
      namingFunction: () => randomUUID(),
      onUploadCreate: (req, upload) => this.onCreate(req, upload),
      onUploadFinish: (req, upload) => this.onFinish(req, upload),
    });
  }

  /** Serves one tus request of `p`'s (creation, HEAD, PATCH, DELETE); `id`, when the URL names an upload. */
  async handle(
    p: Principal | null,
    req: IncomingMessage,
    res: ServerResponse,
    id: string | undefined,
  ): Promise<void> {
    // OPTIONS (what the server supports) is the only request without a session; it touches no upload.
    if (!p) {
      if (req.method !== 'OPTIONS') throw evidenceError(EvidenceError.SIGN_IN_REQUIRED);
      await this.server.handle(req, res);
      return;
    }
    if (id !== undefined) {
      const owner = await this.ownerOf(id);
      if (owner === null && req.method === 'HEAD' && (await this.answerFinished(p, id, res))) return;
      // Someone else's upload, or none: the same answer, so an id tells nothing.
      if (owner !== p.userId) throw evidenceError(EvidenceError.UPLOAD_NOT_FOUND, id);
    }
    this.principals.set(req, p);
    await this.server.handle(req, res);
  }

  /**
   * Removes partial uploads begun before `before` and never finished (issue 22: abandoned uploads collected like
   * orphans); a finished one has left the tus folder already. Returns how many went.
   */
  async collectAbandoned(before: Date): Promise<number> {
    let removed = 0;
    for (const id of (await this.files.configstore.list?.()) ?? []) {
      const info = await this.files.configstore.get(id);
      if (!info?.creation_date || new Date(info.creation_date) >= before) continue;
      await this.files.remove(id).catch(() => undefined);
      removed++;
    }
    return removed;
  }

  private async ownerOf(id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const info = await this.files.configstore.get(id);
    return info?.metadata?.uploadedBy ?? null;
  }

  /**
   * A finished upload is no longer in the tus folder: a client whose last PATCH lost its answer asks HEAD again and
   * must hear "complete" (offset = length), not start over.
   */
  private async answerFinished(p: Principal, id: string, res: ServerResponse): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const [row] = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ size: string }[]>(
        `SELECT size FROM evidence_upload WHERE upload_id = $1 AND uploaded_by = $2`,
        [id, p.userId],
      ),
    );
    if (!row) return false;
    res.writeHead(200, {
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': row.size,
      'Upload-Length': row.size,
      'Cache-Control': 'no-store',
    });
    res.end();
    return true;
  }

  private principalOf(req: unknown): Principal {
    const node = nodeRequestOf(req);
    const p = node && this.principals.get(node);
    if (!p) throw refusal(evidenceError(EvidenceError.SIGN_IN_REQUIRED), 401);
    return p;
  }

  private onCreate(req: unknown, upload: Upload): Promise<{ metadata: Record<string, string | null> }> {
    const p = this.principalOf(req);
    // A length known up front: the limit is checked on it, and an empty file is refused before anything is kept.
    if (upload.size === undefined)
      throw refusal(evidenceError(EvidenceError.TRUNCATED, 'Upload-Length 未声明'), 400);
    if (upload.size === 0) throw refusal(evidenceError(EvidenceError.EMPTY_FILE), 400);
    // Whose it is comes from the session, never from the client's metadata.
    return Promise.resolve({
      metadata: { filename: upload.metadata?.filename ?? '', uploadedBy: p.userId },
    });
  }

  private async onFinish(
    req: unknown,
    upload: Upload,
  ): Promise<{ status_code: number; body: string; headers: Record<string, string> }> {
    const p = this.principalOf(req);
    const path = join(this.directory, upload.id);
    try {
      const size = upload.size ?? upload.offset;
      const receipt = await this.intake.keep(
        p,
        { path, sha256: await hashFile(path), size },
        upload.metadata?.filename ?? '',
        upload.id,
      );
      return {
        status_code: 200,
        body: JSON.stringify(receipt),
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      };
    } catch (err) {
      if (err instanceof AppError) throw refusal(err, err.reason === EvidenceError.TOO_LARGE ? 413 : 400);
      this.logger.error(`断点续传收尾失败 / finishing a resumable upload failed: ${(err as Error).message}`);
      throw err;
    } finally {
      // Stored or refused, the chunks are done with: the bytes now live (or not) in the store alone.
      await this.files.remove(upload.id).catch(() => undefined);
    }
  }
}
