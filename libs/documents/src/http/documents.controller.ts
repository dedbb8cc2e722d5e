import { Controller, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Readable } from 'node:stream';
import {
  AccessErrorReason,
  HttpRequestLike,
  Principal,
  requestContextFrom,
  SYSTEM_SCOPE,
  Unauthenticated,
} from '@app/access';
import { AuditService, recordAuditorDownload } from '@app/audit';
import { EventStore } from '@app/event-store';
import { SignInService } from '@app/identity';
import { AppError, beijingFileStamp, Clock, ErrorCode, fileNamePart } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { DocumentService } from '../document.service';
import { DocumentError, documentError } from '../domain/document.errors';
import { LedgerService } from '../ledgers/ledger.service';
import { PdfRenderer } from '../pdf/pdf-renderer';
import { bundleVerificationReport } from '../verification-report/bundle-verification-report';

interface FileResponse {
  setHeader(name: string, value: string): void;
  status(code: number): FileResponse;
  end(body: Buffer): void;
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** The largest bundle checked online (a county's biggest incident exports a few MB); larger ones go to the CLI. */
const BUNDLE_MAX_BYTES = 64 * 1024 * 1024;

/** The request's body, refused when empty or over the limit (read as it arrives, stopped at the limit). */
async function bodyOf(req: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) {
      req.destroy();
      throw documentError(DocumentError.BUNDLE_TOO_LARGE, `${max / 1024 / 1024} MB`);
    }
    chunks.push(chunk as Buffer);
  }
  if (!size) throw documentError(DocumentError.BUNDLE_EMPTY, '');
  return Buffer.concat(chunks);
}

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Files over plain HTTP (a browser saves them; GraphQL would carry them as base64): GET with the same bearer token
 * as /graphql, checked by the same access policy through the documents library. An auditor's download is recorded
 * as a read before the bytes go out.
 */
@Controller('files')
export class DocumentsController {
  constructor(
    private readonly signIn: SignInService,
    private readonly documents: DocumentService,
    private readonly ledgers: LedgerService,
    private readonly pdf: PdfRenderer,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly organization: OrganizationDirectory,
  ) {}

  /**
   * 审计包核验 (issue 20 §8): the auditor hands in a bundle file and gets the offline verifier's verdict on it — as
   * JSON for the page, or as a PDF report to file (`format=pdf`) naming the file's SHA-256. Nothing is stored but the
   * record of the check, for the auditors' own trail.
   */
  @Post('audit-bundles/verification')
  async bundleVerification(
    @Req() req: HttpRequestLike & Readable,
    @Res() res: FileResponse,
    @Query('format') format: string | undefined,
  ): Promise<void> {
    await this.serve(req, res, async (p, correlationId) => {
      const pdf = format === 'pdf';
      if (format !== undefined && format !== 'json' && !pdf)
        throw documentError(DocumentError.NOT_FOUND, `format=${format}`);
      if (pdf && !this.pdf.available) throw documentError(DocumentError.PDF_UNAVAILABLE, '审计包核验报告');
      const check = await this.audit.checkBundle(p, () => bodyOf(req, BUNDLE_MAX_BYTES));
      await recordAuditorDownload(this.store, this.clock, {
        principal: p,
        what: 'bundleVerification',
        args: {
          fingerprint: check.fingerprint,
          ok: check.ok,
          incidentId: check.incidentId,
          format: pdf ? 'pdf' : 'json',
        },
        correlationId,
      });
      if (!pdf)
        return {
          fileName: 'verification.json',
          mime: 'application/json; charset=utf-8',
          bytes: Buffer.from(JSON.stringify(check)),
          inline: true,
        };
      const [unit] = await this.organization.unitsByIds(SYSTEM_SCOPE, [p.unitId]);
      const docx = await bundleVerificationReport(check, this.audit.publicKey().keyId, {
        name: p.userName ?? p.username,
        unitName: unit?.name ?? p.unitId,
      });
      const what = check.incidentTitle ? `${fileNamePart(check.incidentTitle)}-` : '';
      return {
        fileName: `审计包核验报告-${what}${beijingFileStamp(check.verifiedAt)}.pdf`,
        mime: MIME.pdf,
        bytes: await this.pdf.toPdf(docx),
      };
    });
  }

  @Get('documents/:id/:format')
  async document(
    @Req() req: HttpRequestLike,
    @Res() res: FileResponse,
    @Param('id') id: string,
    @Param('format') format: string,
  ): Promise<void> {
    await this.serve(req, res, async (p, correlationId) => {
      if (format !== 'docx' && format !== 'pdf')
        throw documentError(DocumentError.NOT_FOUND, `${id}/${format}`);
      if (format === 'pdf' && !this.pdf.available) throw documentError(DocumentError.PDF_UNAVAILABLE, id);
      const { view, bytes } = await this.documents.docx(p, id);
      await recordAuditorDownload(this.store, this.clock, {
        principal: p,
        what: 'documentFile',
        args: { id, format, documentNumber: view.documentNumber },
        correlationId,
      });
      const base = fileNamePart(`${view.documentNumber}-${view.title}`, 80);
      return format === 'docx'
        ? { fileName: `${base}.docx`, mime: MIME.docx, bytes }
        : { fileName: `${base}.pdf`, mime: MIME.pdf, bytes: await this.pdf.toPdf(bytes) };
    });
  }

  @Get('ledgers/four-forms/:incidentId')
  async fourForms(
    @Req() req: HttpRequestLike,
    @Res() res: FileResponse,
    @Param('incidentId') incidentId: string,
  ) {
    await this.serve(req, res, async (p, correlationId) => {
      const file = await this.ledgers.fourForms(p, incidentId, this.clock.now());
      await recordAuditorDownload(this.store, this.clock, {
        principal: p,
        what: 'fourFormsLedger',
        args: { incidentId },
        correlationId,
      });
      return { fileName: file.fileName, mime: MIME.xlsx, bytes: file.bytes };
    });
  }

  @Get('ledgers/letters/:incidentId')
  async letters(
    @Req() req: HttpRequestLike,
    @Res() res: FileResponse,
    @Param('incidentId') incidentId: string,
  ) {
    await this.serve(req, res, async (p, correlationId) => {
      const file = await this.ledgers.letters(p, incidentId, this.clock.now());
      await recordAuditorDownload(this.store, this.clock, {
        principal: p,
        what: 'lettersLedger',
        args: { incidentId },
        correlationId,
      });
      return { fileName: file.fileName, mime: MIME.xlsx, bytes: file.bytes };
    });
  }

  @Get('ledgers/incidents')
  async incidents(@Req() req: HttpRequestLike, @Res() res: FileResponse) {
    await this.serve(req, res, async (p, correlationId) => {
      const file = await this.ledgers.incidentList(p, this.clock.now());
      await recordAuditorDownload(this.store, this.clock, {
        principal: p,
        what: 'incidentsLedger',
        args: {},
        correlationId,
      });
      return { fileName: file.fileName, mime: MIME.xlsx, bytes: file.bytes };
    });
  }

  private async serve(
    req: HttpRequestLike,
    res: FileResponse,
    make: (
      p: Principal,
      correlationId: string,
    ) => Promise<{ fileName: string; mime: string; bytes: Buffer; inline?: boolean }>,
  ): Promise<void> {
    const ctx = requestContextFrom(req);
    try {
      const p = ctx.bearer ? await this.signIn.authenticate(ctx.bearer) : undefined;
      if (!p || p.sessionScope !== 'full')
        throw new Unauthenticated(AccessErrorReason.AUTH_UNAUTHENTICATED, {
          zh: '请先登录',
          en: 'Sign in first',
        });
      const file = await make(p, ctx.correlationId);
      res.setHeader('Content-Type', file.mime);
      res.setHeader('Content-Length', String(file.bytes.length));
      res.setHeader('Cache-Control', 'no-store');
      if (!file.inline)
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="document"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        );
      res.status(200).end(file.bytes);
    } catch (err) {
      if (err instanceof AppError)
        throw new HttpException(
          { code: err.code, reason: err.reason, message: err.localized.zh, messageEn: err.localized.en },
          STATUS[err.code] ?? 500,
        );
      throw err;
    }
  }
}
