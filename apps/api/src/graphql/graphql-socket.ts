import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationTypeNode,
  parse,
  subscribe,
  validate,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { GraphqlContext, Principal, requestContextFrom, RequestContext } from '@app/access';
import { SubscriptionsOnly } from '@app/graphql';
import { allValidationRules, refusedBeforeParsing, RequestRules } from './request-rules';

/**
 * Why a socket is closed by the server, as WebSocket close codes a client can act on. 4401 is final (graphql-ws
 * clients do not retry it: sign in again); 4403 may be retried (a new connection is judged afresh).
 */
export const SocketClose = {
  /** No valid session at connect, or the session ended since (signed out, deactivated, password changed). */
  SESSION_ENDED: { code: 4401, reason: 'session ended: sign in again / 会话已结束' },
  /** A session that must enrol a second factor first; or the caller's unit or roles changed since connecting. */
  ACCESS_CHANGED: { code: 4403, reason: 'access changed: reconnect / 权限已变更' },
  /** The session could not be checked (the database is away): nothing is delivered unchecked; reconnect later. */
  UNAVAILABLE: { code: 1013, reason: 'try again later / 稍后重试' },
} as const;

export interface SocketDependencies {
  rules: RequestRules;
  /** The caller a token stands for now (expired tokens included: a socket lives as long as its session). */
  recheck(bearer: string): Promise<Principal | undefined>;
  /** The caller a token stands for at connect (valid and unexpired). */
  authenticate(bearer: string): Promise<Principal | undefined>;
  /** The one error formatter. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** Records an auditor's read before it is served (throws when it cannot be recorded). */
  recordRead(read: {
    principal: Principal;
    operation: NonNullable<ReturnType<typeof getOperationAST>>;
    document: DocumentNode;
    operationName: string | null;
    variables: Record<string, unknown>;
    correlationId: string;
  }): Promise<void>;
  /** How often an idle socket's session is checked again, in ms (0: only when an event is delivered). */
  recheckMs: number;
}

interface SocketExtra {
  socket: { close(code: number, reason: string): void; readyState: number };
  request: IncomingMessage;
}

/** Who holds a socket, as settled at connect; kept beside graphql-ws's per-connection context. */
interface SocketSession {
  bearer: string;
  principal: Principal;
  timer?: NodeJS.Timeout;
  closed: boolean;
}

/** How many seconds an event waits for its session to be checked while the database is away. */
const UNAVAILABLE_PATIENCE = 120;

type Ctx = Parameters<NonNullable<ServerOptions<Record<string, unknown>, SocketExtra>['onConnect']>>[0];

const sameAccess = (a: Principal, b: Principal) =>
  a.userId === b.userId &&
  a.unitId === b.unitId &&
  a.sessionScope === b.sessionScope &&
  [...a.roles].sort().join() === [...b.roles].sort().join();

const coded = (code: string, error: GraphQLError) =>
  new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code },
  });

/**
 * The graphql-ws side of /graphql. Apollo guards the HTTP side; here the same rules are applied from the same
 * places (RequestRules, the error formatter, the auditor-read record), and what HTTP has no need of is added:
 *
 * - a socket is opened only by a valid, fully signed-in session (4401 / 4403 otherwise) — nothing, not even the
 *   schema, for anyone else;
 * - it carries subscriptions only: a query or mutation is refused (BAD_REQUEST), so nothing bypasses Apollo's
 *   pipeline for them;
 * - before every event delivered, and every `recheckMs` while idle, the session is checked again: a user deactivated,
 *   signed out, whose roles or unit changed, or whose unit was stood down with him, stops receiving at once and the
 *   socket is closed with a code that says why.
 */
export function socketOptions(
  deps: SocketDependencies,
): Partial<ServerOptions<Record<string, unknown>, SocketExtra>> {
  const sessions = new WeakMap<object, SocketSession>();
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => deps.formatError(e.toJSON(), e));

  const close = (ctx: Ctx, session: SocketSession, why: (typeof SocketClose)[keyof typeof SocketClose]) => {
    if (session.closed) return;
    session.closed = true;
    clearInterval(session.timer);
    ctx.extra.socket.close(why.code, why.reason);
  };

  /**
   * True while the socket's holder may still receive; closes it otherwise. When the session cannot be asked about
   * (the database restarting), an event waits — checked again every second, up to `UNAVAILABLE_PATIENCE` tries,
   * then the socket is closed to be reopened — rather than going out unchecked or being dropped; the idle check
   * (`patient` false) simply tries again next time.
   */
  const stillAllowed = async (ctx: Ctx, session: SocketSession, patient: boolean): Promise<boolean> => {
    for (let attempt = 1; !session.closed; attempt++) {
      let now: Principal | undefined;
      try {
        now = await deps.recheck(session.bearer);
      } catch {
        if (!patient) return true;
        if (attempt >= UNAVAILABLE_PATIENCE) close(ctx, session, SocketClose.UNAVAILABLE);
        else await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (!now) close(ctx, session, SocketClose.SESSION_ENDED);
      else if (!sameAccess(now, session.principal)) close(ctx, session, SocketClose.ACCESS_CHANGED);
      break;
    }
    return !session.closed;
  };

  return {
    onConnect: async (ctx) => {
      const params = ctx.connectionParams ?? {};
      const auth = params.authorization ?? params.Authorization;
      const bearer = typeof auth === 'string' ? auth.replace(/^Bearer\s+/i, '').trim() : '';
      let principal: Principal | undefined;
      try {
        principal = bearer ? await deps.authenticate(bearer) : undefined;
      } catch {
        // The session could not be asked about (the database away): try again later, nothing is served meanwhile.
        close(ctx, { bearer, principal: undefined as never, closed: false }, SocketClose.UNAVAILABLE);
        return false;
      }
      const session: SocketSession = { bearer, principal: principal!, closed: false };
      if (!principal) {
        close(ctx, session, SocketClose.SESSION_ENDED);
        return false;
      }
      if (principal.sessionScope !== 'full') {
        close(ctx, session, SocketClose.ACCESS_CHANGED);
        return false;
      }
      sessions.set(ctx, session);
      if (deps.recheckMs > 0) {
        session.timer = setInterval(() => void stillAllowed(ctx, session, false), deps.recheckMs);
        session.timer.unref();
      }
      return true;
    },

    onClose: (ctx) => {
      const session = sessions.get(ctx);
      if (session) {
        session.closed = true;
        clearInterval(session.timer);
      }
    },

    // Refused before graphql-ws parses: a document nested too deeply, too long, not parseable, or not a subscription.
    onSubscribe: (_ctx, _id, payload) => {
      const tooDeep = refusedBeforeParsing(payload.query);
      if (tooDeep) return [tooDeep];
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: deps.rules.maxTokens });
      } catch (err) {
        return [
          coded('GRAPHQL_PARSE_FAILED', err instanceof GraphQLError ? err : new GraphQLError(String(err))),
        ];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION)
        return [
          new GraphQLError('subscriptions only', {
            originalError: new SubscriptionsOnly(),
          }),
        ];
      return undefined;
    },
    parse: (source) => parse(source, { maxTokens: deps.rules.maxTokens }),
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, allValidationRules(deps.rules)).map((e) =>
        coded('GRAPHQL_VALIDATION_FAILED', e),
      ),

    // The same context as over HTTP, with the caller settled at connect.
    context: (ctx): GraphqlContext => {
      const session = sessions.get(ctx)!;
      const requestContext: RequestContext = {
        ...requestContextFrom(ctx.extra.request),
        correlationId: randomUUID(),
        idempotencyKey: undefined,
        bearer: session.bearer,
        principal: session.principal,
      };
      return { requestContext, socket: { ctx, session } } as GraphqlContext;
    },

    subscribe: async (args: ExecutionArgs) => {
      const context = args.contextValue as GraphqlContext & { socket: { ctx: Ctx; session: SocketSession } };
      const { ctx, session } = context.socket;
      const operation = getOperationAST(args.document, args.operationName)!;
      try {
        await deps.recordRead({
          principal: session.principal,
          operation,
          document: args.document,
          operationName: args.operationName ?? null,
          variables: args.variableValues ?? {},
          correlationId: context.requestContext.correlationId,
        });
      } catch (err) {
        return { errors: [err instanceof GraphQLError ? err : new GraphQLError(String(err))] };
      }
      const result = await subscribe(args);
      if (!(Symbol.asyncIterator in result)) return result;
      return guarded(result, () => stillAllowed(ctx, session, true));
    },

    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: format(result.errors) } : undefined,
    onError: (_ctx, _id, _payload, errors) => format(errors),
  };
}

/** The events of a subscription, each delivered only after `allowed()` says the caller may still have it. */
function guarded(
  source: AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>,
  allowed: () => Promise<boolean>,
): AsyncGenerator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  return (async function* () {
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        if (!(await allowed())) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  })();
}
