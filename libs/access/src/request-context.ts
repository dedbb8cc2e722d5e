import { randomUUID } from 'node:crypto';
import { Actor, AppError, ErrorCode } from '@app/kernel';

/** What the server knows about a request before any resolver runs. */
export interface RequestContext {
  /** The authenticated caller, or undefined. */
  actor?: Actor;
  correlationId: string;
  /** From the `Idempotency-Key` header: one key per client request, specialised per mutation field. */
  idempotencyKey?: string;
  locale: 'zh-CN' | 'en';
  /** A malformed Idempotency-Key header: reported when a mutation runs (context creation must not throw). */
  badIdempotencyKey?: boolean;
}

export interface HttpRequestLike {
  headers: Record<string, string | string[] | undefined>;
}

function header(req: HttpRequestLike, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const SAFE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * TEMPORARY development authentication — to be removed by the units & access issue (JWT login).
 * Until then the calling unit and user come from the `x-dev-unit` and `x-dev-user` headers, taken on trust.
 */
export const DEV_UNIT_HEADER = 'x-dev-unit';
export const DEV_USER_HEADER = 'x-dev-user';

export function requestContextFrom(req: HttpRequestLike): RequestContext {
  const correlation = header(req, 'x-correlation-id');
  const key = header(req, 'idempotency-key');
  const lang = header(req, 'accept-language') ?? '';
  const unit = header(req, DEV_UNIT_HEADER);
  const user = header(req, DEV_USER_HEADER);
  const badKey = key !== undefined && !SAFE_ID.test(key);
  return {
    actor:
      unit && user && SAFE_ID.test(unit) && SAFE_ID.test(user) ? { unitId: unit, userId: user } : undefined,
    correlationId: correlation && SAFE_ID.test(correlation) ? correlation : randomUUID(),
    idempotencyKey: badKey ? undefined : key,
    badIdempotencyKey: badKey,
    locale: /^en\b/i.test(lang.trim()) ? 'en' : 'zh-CN',
  };
}

export class BadIdempotencyKey extends AppError {
  constructor() {
    super(
      ErrorCode.VALIDATION_FAILED,
      'INPUT.IDEMPOTENCY_KEY',
      {
        zh: 'Idempotency-Key 须为 1–100 个字母、数字或 _ . : -',
        en: 'Idempotency-Key must be 1–100 letters, digits or _ . : -',
      },
      { fields: [{ field: 'Idempotency-Key', message: '格式无效', messageEn: 'invalid format' }] },
    );
  }
}

export class Unauthenticated extends AppError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, 'AUTH.UNAUTHENTICATED', {
      zh: '请先登录',
      en: 'Please sign in first',
    });
  }
}
