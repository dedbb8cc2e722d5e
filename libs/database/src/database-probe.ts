import { Pool } from 'pg';
import { guardPool } from './database-errors';

export type DatabaseProbeResult = { reachable: true } | { reachable: false; error: string };

/** How long readiness waits for the database before it says it is unreachable. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Asks the database whether it answers, on a connection of its own: readiness must tell "the database is away"
 * from "every pooled connection is busy", which a probe queued in the application's pool could not.
 */
export class DatabaseProbe {
  private readonly pool: Pool;

  constructor(appUrl: string) {
    this.pool = guardPool(
      new Pool({
        connectionString: appUrl,
        max: 1,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        idleTimeoutMillis: 30_000,
        application_name: 'yuqing-readiness',
      }),
    );
  }

  async check(): Promise<DatabaseProbeResult> {
    try {
      await this.pool.query('SELECT 1');
      return { reachable: true };
    } catch (err) {
      return { reachable: false, error: (err as Error).message || String(err) };
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
