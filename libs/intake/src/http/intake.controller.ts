import { Body, Controller, HttpCode, HttpException, Logger, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HttpRequestLike, requestContextFrom } from '@app/access';
import { AppError, Clock, ErrorCode, FieldProblem, problem, ValidationFailed } from '@app/kernel';
import {
  IntakeReceived,
  ReceiveIntakeItemsCommand,
} from '../commands/receive-intake-items/receive-intake-items.command';
import { checkIntakeItem, IntakeItemInput } from '../domain/intake-item.validation';
import { keyInvalid } from '../domain/intake.errors';
import { IntakeSourceKind } from '../domain/intake.events';
import { IntakeReader } from '../queries/intake-reader';

/** The header a monitoring system sends its source's key in. */
export const INTAKE_KEY_HEADER = 'x-intake-key';
/** A monitor's minute in one request; more is sent in parts. */
export const MAX_PUSH_ITEMS = 500;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.INVALID_TRANSITION]: 409,
};

/**
 * 推送: a monitoring system pushes what it found with its source's API key (issue 23). The key names the source and
 * so the county: items land in that county only. The whole request is checked first; one bad field refuses it all
 * with every problem by path, and nothing is stored.
 */
@Controller('intake')
export class IntakeController {
  private readonly logger = new Logger('Intake');

  constructor(
    private readonly reader: IntakeReader,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post('items')
  @HttpCode(200)
  async push(@Req() req: HttpRequestLike, @Body() body: unknown): Promise<{ received: IntakeReceived[] }> {
    try {
      const header = req.headers[INTAKE_KEY_HEADER];
      const key = typeof header === 'string' ? header.trim() : '';
      const source = key ? await this.reader.sourceByKey(key) : null;
      if (!source || source.kind === IntakeSourceKind.MANUAL) throw keyInvalid();
      const now = this.clock.now();
      const items = this.check(body, now);
      const received = await this.commands.execute(
        new ReceiveIntakeItemsCommand(
          {
            sourceId: source.sourceId,
            sourceName: source.name,
            kind: source.kind,
            countyId: source.countyId,
            unitId: source.ownerUnitId,
          },
          items,
          {
            // The monitor acts as its source, for the owning unit (the log says who brought it in).
            actor: {
              userId: `intake-source:${source.sourceId}`,
              unitId: source.ownerUnitId,
              userName: source.name,
            },
            now,
            correlationId: requestContextFrom(req).correlationId,
          },
        ),
      );
      return { received };
    } catch (err) {
      if (err instanceof AppError)
        throw new HttpException(
          {
            code: err.code,
            reason: err.reason,
            message: err.localized.zh,
            messageEn: err.localized.en,
            ...err.details,
          },
          STATUS[err.code] ?? 500,
        );
      this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      throw err;
    }
  }

  private check(body: unknown, now: Date): IntakeItemInput[] {
    const raw = (body as { items?: unknown } | null)?.items;
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PUSH_ITEMS)
      throw new ValidationFailed([
        problem(
          'items',
          `须为 1–${MAX_PUSH_ITEMS} 条线索的数组`,
          `must be an array of 1–${MAX_PUSH_ITEMS} items`,
        ),
      ]);
    const problems: FieldProblem[] = [];
    const items: IntakeItemInput[] = [];
    const seen = new Set<string>();
    raw.forEach((r, i) => {
      const { item, problems: p } = checkIntakeItem(r, `items[${i}]`, now);
      problems.push(...p);
      if (!item) return;
      if (seen.has(item.externalId))
        problems.push(problem(`items[${i}].id`, '同一请求中编号重复', 'the same id twice in one request'));
      seen.add(item.externalId);
      items.push(item);
    });
    if (problems.length) throw new ValidationFailed(problems);
    return items;
  }
}
