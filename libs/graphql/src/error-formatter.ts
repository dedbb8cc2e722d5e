import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '@app/database';
import { IdempotencyKeyReused, InvalidAppend, StreamMismatch, VersionConflict } from '@app/event-store';
import { AppError, ErrorCode } from '@app/kernel';
import { RequestErrorReason } from './request.errors';

interface Mapped {
  code: string;
  zh: string;
  en: string;
  extensions?: Record<string, unknown>;
}

/** Apollo's own codes for problems with the request document itself; passed through unchanged. */
const REQUEST_LEVEL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Requests refused by the query limits (graphql-armor): said plainly, without the limit's value, so that nobody
 * learns how far they may go.
 */
const QUERY_LIMITS = [
  {
    pattern: /depth limit/i,
    reason: RequestErrorReason.QUERY_LIMIT_DEPTH,
    zh: '查询嵌套层级过深，请拆分查询',
    en: 'The query is nested too deeply: split it',
  },
  {
    pattern: /aliases limit/i,
    reason: RequestErrorReason.QUERY_LIMIT_ALIASES,
    zh: '查询使用的别名过多，请拆分查询',
    en: 'The query uses too many aliases: split it',
  },
  {
    pattern: /cost limit/i,
    reason: RequestErrorReason.QUERY_LIMIT_COST,
    zh: '查询代价过高，请减少所取字段或分页获取',
    en: 'The query costs too much: ask for fewer fields or page through',
  },
  {
    // graphql-js 16 says "contains more that N tokens" (sic).
    pattern: /token limit|contains more tha[nt] \d+ tokens/i,
    reason: RequestErrorReason.QUERY_LIMIT_TOKENS,
    zh: '查询过长，请拆分查询',
    en: 'The query is too long: split it',
  },
  {
    pattern: /directives limit/i,
    reason: RequestErrorReason.QUERY_LIMIT_DIRECTIVES,
    zh: '查询使用的指令过多',
    en: 'The query uses too many directives',
  },
];

/** Finds the input path named in a graphql-js coercion message, e.g. `at "input.grade"`. */
function fieldFromMessage(message: string): string | undefined {
  return (
    /at "([^"]+)"/.exec(message)?.[1] ??
    /Field "([^"]+)" of required type/.exec(message)?.[1] ??
    /Variable "\$([^"]+)"/.exec(message)?.[1]
  );
}

const INPUT_PROBLEMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Field "([^"]+)" of required type "[^"]+" was not provided/, (m) => `缺少必填项 ${m[1]}`],
  [/Variable "\$([^"]+)" of required type "[^"]+" was not provided/, (m) => `缺少参数 ${m[1]}`],
  [/Value "([^"]+)" does not exist in "([^"]+)" enum/, (m) => `“${m[1]}”不是 ${m[2]} 的可选值`],
  [/Field "([^"]+)" is not defined by type "([^"]+)"/, (m) => `${m[2]} 没有字段 ${m[1]}`],
  [/Int cannot represent/, () => '须为整数'],
  [/Float cannot represent/, () => '须为数字'],
  [/String cannot represent/, () => '须为文字'],
  [/Boolean cannot represent/, () => '须为是或否（true / false）'],
  [/DateTime|date/i, () => '须为有效的日期时间（ISO 8601，如 2026-12-02T08:00:00+08:00）'],
];

/** graphql-js refuses malformed input in English; a person is told in Chinese what to fix. */
function describeInputProblem(message: string): string {
  for (const [pattern, say] of INPUT_PROBLEMS) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return '格式或类型不符';
}

/** The one place where errors become GraphQL errors: every known error class maps to a code and two languages. */
export function mapError(original: unknown, formatted: GraphQLFormattedError): Mapped {
  if (original instanceof AppError) {
    return {
      code: original.code,
      zh: original.localized.zh,
      en: original.localized.en,
      extensions: { reason: original.reason, ...original.details },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // Nothing was decided that the same request, sent again with its Idempotency-Key, would not find.
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      zh: '数据库暂时不可用，请稍后重试',
      en: 'The database is unavailable for a moment: try again shortly',
      extensions: { reason: RequestErrorReason.DATABASE_UNAVAILABLE, retryable: true },
    };
  }
  if (original instanceof VersionConflict) {
    const actual = original.actual === 'no-stream' ? '不存在' : `第 ${original.actual} 版`;
    return {
      code: ErrorCode.VERSION_CONFLICT,
      zh: `数据已被他人更新：您看到的是第 ${String(original.expected)} 版，当前为${actual}。请刷新后重试`,
      en: `Someone else changed this first: you saw version ${String(original.expected)}, it is now ${String(original.actual)}. Refresh and try again`,
      extensions: { expectedVersion: original.expected, actualVersion: original.actual },
    };
  }
  if (original instanceof IdempotencyKeyReused) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      zh: '该幂等键已用于另一个不同的请求，请为新请求生成新的幂等键',
      en: 'This idempotency key was already used for a different request: use a new key for a new request',
      extensions: {
        reason: 'IDEMPOTENCY_KEY_REUSED',
        fields: [{ field: 'Idempotency-Key', message: '幂等键重复使用', messageEn: 'key reused' }],
      },
    };
  }
  if (original instanceof InvalidAppend) {
    return {
      code: ErrorCode.VALIDATION_FAILED,
      zh: `数据无法保存：${original.message}`,
      en: `Cannot be stored: ${original.message}`,
    };
  }
  if (original instanceof StreamMismatch) {
    return {
      code: ErrorCode.INTERNAL,
      zh: '服务器内部错误，请联系管理员',
      en: 'Internal server error: contact the administrator',
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT') {
    const field = fieldFromMessage(formatted.message);
    const problem = describeInputProblem(formatted.message);
    return {
      code: ErrorCode.VALIDATION_FAILED,
      zh: `输入有误${field && !problem.includes(field) ? `（${field}）` : ''}：${problem}`,
      en: formatted.message,
      extensions: {
        fields: [
          {
            field: field ?? '',
            message: problem,
            messageEn: formatted.message,
          },
        ],
      },
    };
  }
  const limit = QUERY_LIMITS.find((l) => l.pattern.test(formatted.message));
  if (limit) {
    return {
      code: 'GRAPHQL_VALIDATION_FAILED',
      zh: limit.zh,
      en: limit.en,
      extensions: { reason: limit.reason },
    };
  }
  if (typeof code === 'string' && REQUEST_LEVEL_CODES.has(code)) {
    return { code, zh: `请求无效：${formatted.message}`, en: formatted.message };
  }
  return {
    code: ErrorCode.INTERNAL,
    zh: '服务器内部错误，请稍后重试',
    en: 'Internal server error; please try again later',
  };
}

export interface ErrorFormatterOptions {
  /** Called with every error that is not one of ours: a bug to look at. */
  onUnexpected?: (error: unknown) => void;
  /** Production: no "did you mean …?" — the schema is not told to whoever guesses at it. */
  hideSuggestions?: boolean;
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Apollo `formatError`: code in `extensions.code`, Chinese message (the users' language) with English in
 * `extensions.messageEn`; internal errors reveal nothing of their cause.
 */
export function createErrorFormatter(options: ErrorFormatterOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const shown = options.hideSuggestions
      ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
      : formatted;
    const mapped = mapError(
      original instanceof GraphQLError && original.originalError ? original.originalError : original,
      shown,
    );
    if (mapped.code === ErrorCode.INTERNAL) options.onUnexpected?.(original);
    return {
      message: mapped.zh,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: mapped.code,
        messageZh: mapped.zh,
        messageEn: mapped.en,
        ...(mapped.extensions ?? {}),
      },
    };
  };
}

/** Serves error messages in English to clients that ask for it with Accept-Language. */
export const localizeErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart(ctx) {
    const lang = ctx.request.http?.headers.get('accept-language') ?? '';
    if (!/^en\b/i.test(lang.trim())) return {};
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult.errors = errors.map((e) =>
          typeof e.extensions?.messageEn === 'string' ? { ...e, message: e.extensions.messageEn } : e,
        );
      },
    };
  },
};
