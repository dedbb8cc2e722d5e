import { InputErrorReason } from './input.errors';

/**
 * The error codes a caller can act on. They map one-to-one onto GraphQL `extensions.code` (ARCHITECTURE: GraphQL API).
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  RATE_LIMITED: 'RATE_LIMITED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** The request itself is not one the server takes (e.g. a query sent over the subscriptions' socket). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Something the request needs is unreachable for a moment (the database restarting): send it again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A message for people, in the users' language (zh-CN) with English beside it. */
export interface LocalizedMessage {
  zh: string;
  en: string;
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. `input.spread.reposts`. */
  field: string;
  message: LocalizedMessage;
}

/**
 * Base of every error the product raises on purpose. `reason` is a module-qualified sub-code
 * (e.g. `INCIDENT.NOT_FOUND`) for logs and clients that want more than the general code.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly localized: LocalizedMessage,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${localized.en} (${reason})`);
    this.name = 'AppError';
  }
}

export class ValidationFailed extends AppError {
  /** `reason`: a coded sub-reason when the input breaks one named rule (e.g. `USER.SEPARATION_OF_DUTIES`). */
  constructor(
    readonly problems: FieldProblem[],
    reason: string = InputErrorReason.INVALID,
  ) {
    super(
      ErrorCode.VALIDATION_FAILED,
      reason,
      {
        zh: `输入有误：${problems.map((p) => `${p.field}：${p.message.zh}`).join('；')}`,
        en: `Invalid input: ${problems.map((p) => `${p.field}: ${p.message.en}`).join('; ')}`,
      },
      { fields: problems.map((p) => ({ field: p.field, message: p.message.zh, messageEn: p.message.en })) },
    );
  }
}

export class NotFound extends AppError {
  constructor(reason: string, what: LocalizedMessage, id: string) {
    super(
      ErrorCode.NOT_FOUND,
      reason,
      { zh: `${what.zh}不存在或无权查看（${id}）`, en: `${what.en} not found or not visible to you (${id})` },
      { id },
    );
  }
}
