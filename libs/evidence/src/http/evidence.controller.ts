import { All, Controller, Get, HttpException, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpRequestLike, Principal, requestContextFrom } from '@app/access';
import { CommandExecutor, commandMetadata } from '@app/event-store';
import { SignInService } from '@app/identity';
import { AppError, Clock, decisionContextOf, ErrorCode } from '@app/kernel';
import { attachmentDecider } from '../domain/attachment.decider';
import { ATTACHMENT_STREAM_TYPE, attachmentStreamId } from '../domain/attachment.events';
import { EvidenceError, evidenceError } from '../domain/evidence.errors';
import { AttachmentLinks } from '../links/attachment-links';
import { PreviewMaker } from '../previews/preview-maker';
import { AttachmentReader } from '../queries/attachment-reader';
import { BlobNotIntact, readVerified } from '../storage/verified-read';
import { EvidenceConfig } from '../uploads/evidence-settings';
import { ResumableUploads } from '../uploads/resumable-uploads';
import { UploadIntake } from '../uploads/upload-intake';

interface StreamResponse extends NodeJS.WritableStream {
  setHeader(name: string, value: string): void;
  status(code: number): StreamResponse;
  json(body: unknown): void;
  headersSent: boolean;
  destroy(err?: Error): void;
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.INVALID_TRANSITION]: 409,
};

/** Shown in the browser rather than saved: pictures, PDFs (issue 22: PDFs shown in the browser), audio, video. */
const INLINE = /^(image\/(jpeg|png|webp|gif)|application\/pdf|audio\/|video\/)/;

/**
 * Files in and out over plain HTTP, beside the documents' /files routes. An upload is a streaming POST of the raw
 * bytes with the same bearer token as /graphql; a download goes through a short-lived signed link, which a browser's
 * <img> or PDF viewer can follow without a token.
 */
@Controller('files')
export class EvidenceController {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly signIn: SignInService,
    private readonly intake: UploadIntake,
    private readonly reader: AttachmentReader,
    private readonly links: AttachmentLinks,
    private readonly executor: CommandExecutor,
    private readonly config: EvidenceConfig,
    private readonly clock: Clock,
    private readonly previews: PreviewMaker,
    private readonly resumable: ResumableUploads,
  ) {}

  @Post('uploads')
  async upload(
    @Req() req: HttpRequestLike & Readable,
    @Res() res: StreamResponse,
    @Query('name') name: string | undefined,
  ): Promise<void> {
    await this.answer(res, async () => {
      const p = await this.principal(req);
      const length = req.headers['content-length'];
      const declared = typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : null;
      const receipt = await this.intake.receive(p, req, declared, name ?? '');
      res.status(201).json(receipt);
    });
  }

  /**
   * Resumable uploads (tus 1.0: creation, HEAD, PATCH chunks, termination) for large video over poor links, with the
   * same sign-in as POST /files/uploads; the finished upload's id is an uploadId for attachFile. A partial upload's
   * bytes are never served back (no GET).
   */
  @All(['tus', 'tus/:id'])
  async tus(
    @Req() req: HttpRequestLike & IncomingMessage,
    @Res() res: StreamResponse & ServerResponse,
    @Param('id') id: string | undefined,
  ): Promise<void> {
    await this.answer(res, async () => {
      if (req.method === 'GET') throw evidenceError(EvidenceError.UPLOAD_NOT_FOUND, id ?? '');
      const p = req.method === 'OPTIONS' ? null : await this.principal(req);
      await this.resumable.handle(p, req, res, id);
    });
  }

  @Get('attachments/:id/content')
  async content(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Req() req: HttpRequestLike,
    @Res() res: StreamResponse,
  ): Promise<void> {
    await this.answer(res, async () => {
      const claims = this.links.check(id, query);
      if (!claims) throw evidenceError(EvidenceError.LINK_INVALID);
      const a = await this.reader.byId(id);
      if (!a) throw evidenceError(EvidenceError.NOT_FOUND, id);
      // Checked against its SHA-256 on the way out (ADR 0020, notes): a small file before any byte is sent, a large
      // one as it streams, its last chunk held until the digest matches.
      const body = await this.verified(a.attachmentId, a.sha256, a.size);
      if (a.confidential) {
        // The read is in the log before the bytes go out (issue 22: reads of 涉密 evidence recorded for auditors).
        const now = this.clock.now();
        const actor = { userId: claims.userId, unitId: claims.unitId };
        await this.executor.execute({
          streamId: attachmentStreamId(id),
          streamType: ATTACHMENT_STREAM_TYPE,
          decider: attachmentDecider,
          command: { type: 'RecordRead' as const, context: decisionContextOf(actor, now) },
          owningUnit: a.unitId,
          metadata: commandMetadata('RecordAttachmentRead', {
            actor,
            now,
            correlationId: requestContextFrom(req).correlationId,
          }),
        });
      }
      res.setHeader('Content-Type', a.mediaType);
      res.setHeader('Content-Length', String(a.size));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader(
        'Content-Disposition',
        `${INLINE.test(a.mediaType) ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(a.originalName)}`,
      );
      res.status(200);
      await this.send(body, res, a.attachmentId);
    });
  }

  /** The image's preview (no EXIF, no location), through the same signed link as the file. */
  @Get('attachments/:id/preview')
  async preview(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: StreamResponse,
  ): Promise<void> {
    await this.answer(res, async () => {
      if (!this.links.check(id, query)) throw evidenceError(EvidenceError.LINK_INVALID);
      const preview = await this.previews.previewOf(id);
      if (!preview?.sha256 || preview.size === null)
        throw evidenceError(EvidenceError.NOT_FOUND, `${id} preview`);
      const body = await this.verified(id, preview.sha256, preview.size);
      res.setHeader('Content-Type', 'image/jpeg');
      res.setHeader('Content-Length', String(preview.size));
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.status(200);
      await this.send(body, res, id);
    });
  }

  /** The stored bytes, checked; a file not intact is refused and reported as the integrity check reports it. */
  private async verified(attachmentId: string, sha256: string, size: number) {
    try {
      return await readVerified(this.config.settings.store, sha256, size);
    } catch (err) {
      throw this.notIntact(err, attachmentId);
    }
  }

  private async send(
    body: { bytes: Buffer } | { stream: Readable },
    res: StreamResponse,
    attachmentId: string,
  ) {
    if ('bytes' in body) {
      res.end(body.bytes);
      return;
    }
    try {
      await pipeline(body.stream, res);
    } catch (err) {
      // Headers are out: answer() cuts the connection short of the declared length, so the file never arrives whole.
      throw this.notIntact(err, attachmentId);
    }
  }

  private notIntact(err: unknown, attachmentId: string): unknown {
    if (!(err instanceof BlobNotIntact)) return err;
    const { sha256, integrity } = err;
    this.logger.error(
      `附件完整性 ${integrity}：拒绝下载 / attachment integrity ${integrity}, download refused: ` +
        JSON.stringify({ attachmentId, sha256, integrity }),
    );
    return integrity === 'MISSING'
      ? evidenceError(EvidenceError.FILE_UNAVAILABLE, sha256, { attachmentId, sha256, integrity })
      : evidenceError(EvidenceError.FILE_ALTERED, sha256, { attachmentId, sha256, integrity });
  }

  private async principal(req: HttpRequestLike): Promise<Principal> {
    const ctx = requestContextFrom(req);
    const p = ctx.bearer ? await this.signIn.authenticate(ctx.bearer) : undefined;
    if (!p || p.sessionScope !== 'full') throw evidenceError(EvidenceError.SIGN_IN_REQUIRED);
    return p;
  }

  private async answer(res: StreamResponse, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (err) {
      if (res.headersSent) {
        res.destroy(err as Error);
        return;
      }
      if (err instanceof AppError)
        throw new HttpException(
          {
            ...err.details,
            code: err.code,
            reason: err.reason,
            message: err.localized.zh,
            messageEn: err.localized.en,
          },
          err.reason === EvidenceError.TOO_LARGE ? 413 : (STATUS[err.code] ?? 500),
        );
      throw err;
    }
  }
}
