import { Pool, QueryResultRow } from 'pg';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How the reads went, for tests and benchmarks. */
export interface ReplicaReadCounts {
  /** Served by the standby, after it had replayed the primary's position. */
  replica: number;
  /** Sent to the primary: the standby lagged past the wait, failed, or is resting after a failure. */
  primary: number;
}

/**
 * Reads that may be served by a streaming standby (audit's reads of the log; issue 26), with read-your-writes kept:
 * before a read, the primary's current WAL position is taken — it lies past the commit of every write acknowledged
 * before the read began, whoever made it and through whichever process — and the standby serves the read only once
 * it has replayed that far. A standby that lags longer than `waitMs`, or fails, is passed over for the primary
 * (after a failure for `restMs`, then it is tried again), so the read is never refused for the standby's sake and
 * never misses a write the caller saw acknowledged. Without a standby configured, every read goes to the primary.
 *
 * Taking the position from the primary costs a round trip there, but no session state: no token to carry between
 * the client and the processes behind the balancer, and a unit reading what another unit just sent sees it too.
 */
export class ReplicaReads {
  private readonly counts: ReplicaReadCounts = { replica: 0, primary: 0 };
  private restingUntil = 0;

  constructor(
    private readonly primary: Pool,
    private readonly replica: Pool | null,
    private readonly waitMs = 1000,
    private readonly restMs = 1000,
  ) {}

  get configured(): boolean {
    return this.replica !== null;
  }

  tally(): ReplicaReadCounts {
    return { ...this.counts };
  }

  /** One read-only statement, on the standby when it has caught up with the primary, else on the primary. */
  async query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const replica = await this.caughtUpReplica();
    if (replica) {
      try {
        const rows = (await replica.query<T>(sql, params)).rows;
        this.counts.replica++;
        return rows;
      } catch (err) {
        if (!isUnavailable(err)) throw err;
        this.restingUntil = Date.now() + this.restMs;
      }
    }
    this.counts.primary++;
    return (await this.primary.query<T>(sql, params)).rows;
  }

  async close(): Promise<void> {
    await this.replica?.end();
  }

  private async caughtUpReplica(): Promise<Pool | null> {
    if (!this.replica || Date.now() < this.restingUntil) return null;
    const { rows } = await this.primary.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
    const deadline = Date.now() + this.waitMs;
    try {
      for (let pause = 1; ; pause = Math.min(pause * 2, 25)) {
        const r = await this.replica.query<{ ok: boolean | null }>(
          `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok`,
          [rows[0].lsn],
        );
        if (r.rows[0]?.ok) return this.replica;
        if (Date.now() > deadline) return null;
        await sleep(pause);
      }
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      this.restingUntil = Date.now() + this.restMs;
      return null;
    }
  }
}

/**
 * The standby is away or cannot serve: refused or lost connections, a server shutting down or starting
 * (57P01–57P03), a query cancelled by recovery (40001), a pool that could not connect in time.
 */
function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  if (e.code && /^(08|57P0|53|40001)/.test(e.code)) return true;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(
    e.message ?? '',
  );
}
