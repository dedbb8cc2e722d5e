import { randomUUID } from 'node:crypto';
import { Principal } from './domain/principal';

/** What the server knows about a request before any resolver runs. */
export interface RequestContext {
  /** The authenticated caller, or undefined. */
  principal?: Principal;
  correlationId: string;
  /** From the `Idempotency-Key` header: one key per client request, specialised per mutation field. */
  idempotencyKey?: string;
  /** A malformed Idempotency-Key header: reported when a mutation runs (context creation must not throw). */
  badIdempotencyKey?: boolean;
  locale: 'zh-CN' | 'en';
  /** The client's address, for rate limits and the sign-in record. */
  ip: string;
  /** The bearer token, when one was sent. */
  bearer?: string;
}

export interface HttpRequestLike {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  socket?: { remoteAddress?: string };
}

function header(req: HttpRequestLike, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const SAFE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** The request's own facts; who the caller is is settled separately, from the bearer token. */
export function requestContextFrom(req: HttpRequestLike): RequestContext {
  const correlation = header(req, 'x-correlation-id');
  const key = header(req, 'idempotency-key');
  const lang = header(req, 'accept-language') ?? '';
  const auth = header(req, 'authorization');
  const badKey = key !== undefined && !SAFE_ID.test(key);
  return {
    correlationId: correlation && SAFE_ID.test(correlation) ? correlation : randomUUID(),
    idempotencyKey: badKey ? undefined : key,
    badIdempotencyKey: badKey,
    locale: /^en\b/i.test(lang.trim()) ? 'en' : 'zh-CN',
    ip: req.ip ?? req.socket?.remoteAddress ?? 'unknown',
    bearer: auth && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : undefined,
  };
}

export { BadIdempotencyKey, SessionInvalid, Unauthenticated } from './policy/access.errors';
