import { AppError, ErrorCode } from '@app/kernel';

/**
 * Sub-codes of refusals at the request level, outside any library's domain (`extensions.reason`): the HTTP body,
 * the WebSocket, paging, the query's size and cost, the database being away.
 */
export const RequestErrorReason = {
  REQUEST_TOO_LARGE: 'REQUEST.TOO_LARGE',
  REQUEST_NOT_JSON: 'REQUEST.NOT_JSON',
  SOCKET_SUBSCRIPTIONS_ONLY: 'SOCKET.SUBSCRIPTIONS_ONLY',
  PAGE_SIZE: 'INPUT.PAGE_SIZE',
  CURSOR: 'INPUT.CURSOR',
  QUERY_LIMIT_DEPTH: 'QUERY_LIMIT.DEPTH',
  QUERY_LIMIT_ALIASES: 'QUERY_LIMIT.ALIASES',
  QUERY_LIMIT_COST: 'QUERY_LIMIT.COST',
  QUERY_LIMIT_TOKENS: 'QUERY_LIMIT.TOKENS',
  QUERY_LIMIT_DIRECTIVES: 'QUERY_LIMIT.DIRECTIVES',
  DATABASE_UNAVAILABLE: 'DATABASE.UNAVAILABLE',
} as const;
export type RequestErrorReason = (typeof RequestErrorReason)[keyof typeof RequestErrorReason];

/** A WebSocket message that is not a subscription: queries and mutations go by HTTP POST. */
export class SubscriptionsOnly extends AppError {
  constructor() {
    super(ErrorCode.BAD_REQUEST, RequestErrorReason.SOCKET_SUBSCRIPTIONS_ONLY, {
      zh: 'WebSocket 只用于订阅；查询和变更请用 HTTP POST /graphql',
      en: 'The WebSocket carries subscriptions only: send queries and mutations by HTTP POST /graphql',
    });
  }
}
