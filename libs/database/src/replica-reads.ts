import { Logger } from '@nestjs/common';
import { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How the reads went, for tests and benchmarks. */
export interface ReplicaReadCounts {
  /** Served by the standby, after it had replayed the primary's position. */
  replica: number;
  /** Sent to the primary: the standby lagged past the wait, failed, or is resting after a failure. */
  primary: number;
}

/**
 * The application role's connections to the standby: a TypeORM DataSource (the read models' entities, like the
 * primary's), made on first use and made again after a failed start — a standby that is away when a process starts
 * must not stop the process, only send its reads to the primary until it is back.
 */
export class StandbySource {
  private ready?: Promise<DataSource>;

  constructor(private readonly make: () => DataSource) {}

  get(): Promise<DataSource> {
    this.ready ??= this.make()
      .initialize()
      .catch((err: unknown) => {
        this.ready = undefined;
        throw err;
      });
    return this.ready;
  }

  async close(): Promise<void> {
    const source = await this.ready?.catch(() => null);
    this.ready = undefined;
    if (source?.isInitialized) await source.destroy();
  }
}

/**
 * Reads that may be served by a streaming standby (issue 26), with read-your-writes kept: before a read, the primary's
 * current WAL position is taken — it lies past the commit of every write acknowledged before the read began, whoever
 * made it and through whichever process, and past every read-model catch-up a command waited for before answering
 * (commits are synchronous: `synchronous_commit` off would break this) — and the standby serves the read only once it
 * has replayed that far. A standby that lags longer than `waitMs`, or fails, is passed over for the primary (after a
 * failure for `restMs`, then it is tried again), so the read is never refused for the standby's sake and never misses
 * a write the caller saw acknowledged. Without a standby configured, every read goes to the primary at once.
 *
 * Taking the position from the primary costs a round trip there, but no session state: no token to carry between
 * the client and the processes behind the balancer, and a unit reading what another unit just sent sees it too.
 *
 * The one place that decides where a read goes: audit's reads of the log (`query`) and the scoped reads of the read
 * models (`ScopedDb.read`, through `route`).
 */
export class ReplicaReads {
  private readonly counts: ReplicaReadCounts = { replica: 0, primary: 0 };
  private restingUntil = 0;
  private warnedAt = 0;
  private readonly log = new Logger('ReplicaReads');

  constructor(
    private readonly primary: Pool,
    private readonly standby: StandbySource | null,
    private readonly waitMs = 1000,
    private readonly restMs = 1000,
  ) {}

  get configured(): boolean {
    return this.standby !== null;
  }

  tally(): ReplicaReadCounts {
    return { ...this.counts };
  }

  /** One read-only statement, on the standby when it has caught up with the primary, else on the primary. */
  query<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.route(
      (standby) => standby.query<T[]>(sql, params),
      async () => (await this.primary.query<T>(sql, params)).rows,
    );
  }

  /**
   * `onStandby` on the standby once it has replayed every write acknowledged before this call, else `onPrimary`.
   * Both must only read: a standby lost in the middle of `onStandby` makes `onPrimary` run after it.
   */
  async route<T>(onStandby: (standby: DataSource) => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    const standby = await this.caughtUpStandby();
    if (standby) {
      try {
        const result = await onStandby(standby);
        this.counts.replica++;
        return result;
      } catch (err) {
        if (!isUnavailable(err)) throw err;
        this.restingUntil = Date.now() + this.restMs;
      }
    }
    this.counts.primary++;
    return onPrimary();
  }

  async close(): Promise<void> {
    await this.standby?.close();
  }

  private async caughtUpStandby(): Promise<DataSource | null> {
    if (!this.standby || Date.now() < this.restingUntil) return null;
    const { rows } = await this.primary.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
    const deadline = Date.now() + this.waitMs;
    try {
      const standby = await this.standby.get();
      for (let pause = 1; ; pause = Math.min(pause * 2, 25)) {
        const r = await standby.query<{ ok: boolean | null }[]>(
          `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok`,
          [rows[0].lsn],
        );
        if (r[0]?.ok) return standby;
        // NULL: a server that never was in recovery — READ_REPLICA_URL names a primary, not a standby.
        if (r[0]?.ok == null)
          throw new Error('READ_REPLICA_URL is not a standby: pg_last_wal_replay_lsn() is NULL');
        if (Date.now() > deadline) return null;
        await sleep(pause);
      }
    } catch (err) {
      // Away, or unusable (a refused login, no pg_hba line for this machine): the read goes to the primary, never
      // fails for the standby's sake. What is not an outage is a misconfiguration somebody must hear of.
      if (!isUnavailable(err) && Date.now() - this.warnedAt > 10_000) {
        this.warnedAt = Date.now();
        this.log.warn(
          `备库不可用，读请求改由主库处理 / standby unusable, reads go to the primary: ${String(err)}`,
        );
      }
      this.restingUntil = Date.now() + this.restMs;
      return null;
    }
  }
}

/**
 * The standby is away or cannot serve: refused or lost connections, a server shutting down or starting
 * (57P01–57P03), a query cancelled by recovery (40001), a pool that could not connect in time. Looks through
 * TypeORM's wrapper (`driverError`).
 */
function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; name?: string; driverError?: unknown };
  if (e.code && /^(08|57P0|53|40001)/.test(e.code)) return true;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(e.code)) return true;
  // TypeORM's runner released itself when its connection was lost (see database-errors.ts).
  if (e.name === 'QueryRunnerAlreadyReleasedError') return true;
  if (e.driverError && e.driverError !== err && isUnavailable(e.driverError)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(
    e.message ?? '',
  );
}
