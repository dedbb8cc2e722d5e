import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';

/**
 * SQLSTATEs that say the server cannot be talked to now, not that the request was wrong: connection exceptions
 * (class 08), the server shutting down or starting up (57P01–57P03, 57P05 idle session timeout), too many
 * connections (53300). Asking again later, on a new connection, is the remedy.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1235]|53300)$/;
/** Socket errors on the way to the server. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTCONN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** What node-postgres says (without a code) when a connection is lost or cannot be had in time. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly|terminating connection/i;

/**
 * TypeORM's query runner releases itself when its connection emits 'error' (a lost connection); a query the request
 * then runs on it throws this. Nothing here uses a runner after releasing it (each is released in a `finally`), so
 * in this code base the error means the connection was lost.
 */
const RELEASED_AFTER_CONNECTION_ERROR = 'QueryRunnerAlreadyReleasedError';

/**
 * Whether an error means "the database is unreachable for now" (server down, restarting, connection lost), as
 * opposed to a refusal of the statement. Looks through wrappers: TypeORM's `driverError`, `cause`, GraphQL's
 * `originalError`.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (name === RELEASED_AFTER_CONNECTION_ERROR) return true;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code)))
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const next = e as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    e = next.driverError ?? next.cause ?? next.originalError;
  }
  return false;
}

/** Says once per outage (not once per connection) that connections are being lost. */
class OutageLog {
  private lastAt = 0;
  constructor(private readonly logger: Logger) {}
  note(err: Error): void {
    const now = Date.now();
    if (now - this.lastAt < 10_000) return;
    this.lastAt = now;
    this.logger.warn(`数据库连接中断，将重新连接 / database connection lost, reconnecting: ${err.message}`);
  }
}

const outage = new OutageLog(new Logger('Database'));

/** For pools made elsewhere (TypeORM's `poolErrorHandler`): an idle connection lost. */
export function noteConnectionLost(err: Error): void {
  outage.note(err);
}

/**
 * Gives every connection of a pg pool an 'error' listener from the moment it exists. pg-pool listens on idle
 * connections only: one checked out (a transaction in progress, a LISTEN) when the server goes away emits 'error'
 * with no listener, which Node turns into an uncaught exception that ends the process. The query in flight fails
 * on its own (and is answered as DATABASE.UNAVAILABLE); the listener only keeps the process alive, and the pool
 * drops the dead connection when it is released.
 */
export function guardPool<P extends Pick<Pool, 'on'>>(pool: P): P {
  pool.on('error', noteConnectionLost);
  pool.on('connect', (client: PoolClient) => guardClient(client));
  return pool;
}

/** The same for a connection made on its own (a LISTEN client, a pool's `onConnect` hook). */
export function guardClient<C extends { on(event: 'error', listener: (err: Error) => void): unknown }>(
  client: C,
): C {
  client.on('error', noteConnectionLost);
  return client;
}
