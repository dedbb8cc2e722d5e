import { Controller, Get, HttpException, Query, Req, Res } from '@nestjs/common';
import {
  AccessErrorReason,
  HttpRequestLike,
  requestContextFrom,
  Unauthenticated,
  UnitKind,
} from '@app/access';
import { SignInService } from '@app/identity';
import { AppError, Clock, ErrorCode } from '@app/kernel';
import { PeriodKind } from '../domain/periods';
import { statisticsWorkbook } from '../exports/statistics-workbook';
import { AssessmentRules } from '../graphql/assessment.types';
import { AssessmentQueries } from '../queries/assessment-queries';

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
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

/**
 * The statistics table as .xlsx over plain HTTP (ADR 0018: files are not base64 in GraphQL), with the bearer token
 * of /graphql and the same query — so the same access: a unit's file holds its own row.
 */
@Controller('files/assessment')
export class AssessmentFilesController {
  constructor(
    private readonly signIn: SignInService,
    private readonly queries: AssessmentQueries,
    private readonly clock: Clock,
  ) {}

  @Get('statistics.xlsx')
  async statistics(
    @Req() req: HttpRequestLike,
    @Res() res: FileResponse,
    @Query() q: Record<string, string | undefined>,
  ): Promise<void> {
    const ctx = requestContextFrom(req);
    try {
      const p = ctx.bearer ? await this.signIn.authenticate(ctx.bearer) : undefined;
      if (!p || p.sessionScope !== 'full')
        throw new Unauthenticated(AccessErrorReason.AUTH_UNAUTHENTICATED, {
          zh: '请先登录',
          en: 'Sign in first',
        });
      const stats = await this.queries.statistics(p, {
        period: {
          kind: (q.kind ?? '') as PeriodKind,
          year: num(q.year),
          month: num(q.month),
          quarter: num(q.quarter),
          from: q.from ?? null,
          to: q.to ?? null,
        },
        unitId: q.unitId || null,
        unitKinds: q.unitKinds ? (q.unitKinds.split(',') as UnitKind[]) : null,
        townshipId: q.townshipId || null,
        rules: q.rules === AssessmentRules.CURRENT ? AssessmentRules.CURRENT : AssessmentRules.IN_FORCE,
      });
      const bytes = await statisticsWorkbook(stats, {
        now: this.clock.now(),
        generatedBy: p.userName ?? p.username,
      });
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Length', String(bytes.length));
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="statistics.xlsx"; filename*=UTF-8''${encodeURIComponent(`统计与考核-${stats.period.label}.xlsx`)}`,
      );
      res.status(200).end(bytes);
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
