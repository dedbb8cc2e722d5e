import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { Clock } from '@app/kernel';
import { AppendWriter, TransactionLocks } from './append-writer';
import { StreamsToLockFirst } from './event-store.errors';
import { EventSchemaRegistry } from './event-schema-registry';
import {
  AppendRequest,
  AppendResult,
  compareLogPositions,
  EventMetadata,
  LogPosition,
  RecordedEvent,
} from './event-store.types';
import { DEFAULT_HASH_ALGORITHM, HashAlgorithm } from './hashing';

export interface EventStoreOptions {
  pool: Pool;
  clock: Clock;
  schemas: EventSchemaRegistry;
  hashAlgorithm?: HashAlgorithm;
  /** Upper bound on events written by one group-commit transaction. */
  maxBatchEvents?: number;
  /** Group-commit transactions allowed in flight at once from this process. */
  maxConcurrentBatches?: number;
}

/** Runs of one `inTransaction` before it gives up: each re-run after a lock-order miss knows more streams. */
const MAX_TRANSACTION_ATTEMPTS = 12;

/** A transaction of `EventStore.inTransaction`. */
export interface StoreTransaction {
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  append(req: AppendRequest): Promise<AppendResult>;
}

/** Runs one SQL statement and returns its rows: lets readers run inside a caller's transaction. */
export type SqlQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** The columns of `es_events` that make an {@link EventRow}. */
export const EVENT_COLUMNS = `global_position, transaction_id, event_id, stream_id, stream_type, stream_version, event_type,
  schema_version, data, metadata, recorded_at, owning_unit, prev_hash, hash`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  stream_type: string;
  stream_version: string;
  event_type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
  owning_unit: string;
  prev_hash: string;
  hash: string;
}

/**
 * The event store: atomic appends with optimistic concurrency, idempotency keys, a hash chain per stream, and a
 * global log that catch-up readers can trust.
 *
 * Appends are group-committed: concurrent appends from this process are written by one transaction, each one
 * still judged on its own (a version conflict fails that append alone). This turns N commits (N fsyncs) into one,
 * which is what lets the store keep pace with plain single-row INSERTs while also maintaining hash chains.
 */
export class EventStore {
  private readonly pool: Pool;
  private readonly clock: Clock;
  readonly schemas: EventSchemaRegistry;
  readonly hashAlgorithm: HashAlgorithm;
  private readonly writer: AppendWriter;
  private readonly appended = new EventEmitter();

  /** The payload of this store's commit notifications (see `LogNotifier`). */
  readonly notifyToken = randomUUID();

  constructor(options: EventStoreOptions) {
    this.pool = options.pool;
    this.clock = options.clock;
    this.schemas = options.schemas;
    this.hashAlgorithm = options.hashAlgorithm ?? DEFAULT_HASH_ALGORITHM;
    this.appended.setMaxListeners(100);
    this.writer = new AppendWriter({
      pool: this.pool,
      clock: this.clock,
      schemas: this.schemas,
      hashAlgorithm: this.hashAlgorithm,
      maxBatchEvents: options.maxBatchEvents ?? 2000,
      maxConcurrentBatches: options.maxConcurrentBatches ?? 2,
      notifyPayload: this.notifyToken,
      onCommitted: (last) => this.appended.emit('appended', last),
    });
  }

  /**
   * Appends events to a stream atomically. Throws `VersionConflict` (nothing written) when the stream is not at
   * `expectedVersion`; with an idempotency key already used by the same actor unit, returns the first append's
   * result with `duplicate: true` and writes nothing.
   */
  append(req: AppendRequest): Promise<AppendResult> {
    return this.writer.submit(req);
  }

  /**
   * Runs `work` in one transaction in which `tx.append` writes events and `tx.query` anything else (state that
   * must not be in the log, such as secrets): both commit or neither does.
   *
   * `work` may run more than once, so it must have no effect outside the transaction: a transaction that meets a
   * stream it may not wait for, or that a younger transaction wrote first, is run again with the streams it met
   * locked before its first write (ADR 0015); one that PostgreSQL chose as a deadlock victim or could not
   * serialise is run again as it was.
   */
  async inTransaction<T>(work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    let lockFirst: string[] = [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runTransaction(work, lockFirst);
      } catch (err) {
        if (attempt >= MAX_TRANSACTION_ATTEMPTS) throw err;
        if (err instanceof StreamsToLockFirst) {
          lockFirst = [...new Set([...lockFirst, ...err.streamIds])];
          continue;
        }
        const code = (err as { code?: string }).code;
        if (code === '40001' || code === '40P01') {
          await sleep(Math.random() * 5 * attempt);
          continue;
        }
        throw err;
      }
    }
  }

  private async runTransaction<T>(
    work: (tx: StoreTransaction) => Promise<T>,
    lockFirst: string[],
  ): Promise<T> {
    const client = await this.pool.connect();
    const positions: LogPosition[] = [];
    const locks: TransactionLocks = { held: new Set() };
    try {
      await client.query('BEGIN');
      await this.writer.lockFirst(client, lockFirst, locks);
      const result = await work({
        query: async <R extends object>(sql: string, params: unknown[] = []) =>
          (await client.query<R>(sql, params)).rows,
        append: async (req) => {
          const r = await this.writer.appendWithin(client, req, locks);
          positions.push(...r.positions);
          return r;
        },
      });
      await client.query('COMMIT');
      const last = positions.sort(compareLogPositions)[positions.length - 1];
      if (last) this.appended.emit('appended', last);
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Called after every commit of this process's appends (other processes are heard through LISTEN/NOTIFY). */
  onAppended(listener: (lastPosition: LogPosition) => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /** A stream's events from `fromVersion` on, upcast to their current schema. */
  async readStream(
    streamId: string,
    options: { fromVersion?: number; limit?: number } = {},
    /** Read on this connection (inside a caller's transaction) instead of taking one from the pool. */
    query?: SqlQuery,
  ): Promise<RecordedEvent[]> {
    const run: SqlQuery =
      query ??
      (async <T>(sql: string, params: unknown[]) => (await this.pool.query(sql, params)).rows as T[]);
    const rows = await run<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_version >= $2
       ORDER BY stream_version LIMIT $3`,
      [streamId, options.fromVersion ?? 1, options.limit ?? 100_000],
    );
    return rows.map((r) => this.toRecorded(r));
  }

  /** The snapshot of a stream's folded state of this kind, if one was taken (see CommandExecutor's `snapshot`). */
  async readSnapshot(
    streamId: string,
    kind: string,
  ): Promise<{ version: number; lastHash: string; state: unknown } | null> {
    const { rows } = await this.pool.query<{ version: string; last_hash: string; state: unknown }>(
      `SELECT version::text, last_hash, state FROM es_stream_snapshots WHERE stream_id = $1 AND kind = $2`,
      [streamId, kind],
    );
    return rows[0]
      ? { version: Number(rows[0].version), lastHash: rows[0].last_hash, state: rows[0].state }
      : null;
  }

  /**
   * Keeps `state` as the stream's state folded up to `version`, with that event's hash taken from the log itself;
   * an older snapshot (or one of another kind) is replaced, a newer one kept.
   */
  async writeSnapshot(streamId: string, kind: string, version: number, state: unknown): Promise<void> {
    await this.pool.query(
      `INSERT INTO es_stream_snapshots (stream_id, kind, version, last_hash, state)
       SELECT $1, $2, $3, e.hash, $4::jsonb FROM es_events e WHERE e.stream_id = $1 AND e.stream_version = $3
       ON CONFLICT (stream_id) DO UPDATE
         SET kind = EXCLUDED.kind, version = EXCLUDED.version, last_hash = EXCLUDED.last_hash,
             state = EXCLUDED.state, taken_at = now()
       WHERE es_stream_snapshots.version < EXCLUDED.version OR es_stream_snapshots.kind <> EXCLUDED.kind`,
      [streamId, kind, version, JSON.stringify(state)],
    );
  }

  /**
   * The result of an earlier append made with this idempotency key by this unit, or null. Lets a command skip
   * deciding again (its decision might differ now) and answer with what it did the first time.
   */
  async findIdempotentAppend(
    actorUnit: string,
    idempotencyKey: string,
  ): Promise<{ requestFingerprint: string; result: AppendResult } | null> {
    const { rows } = await this.pool.query<{
      stream_id: string;
      first_version: string;
      last_version: string;
      request_hash: string;
    }>(
      `SELECT stream_id, first_version, last_version, request_hash FROM es_idempotency_keys
        WHERE actor_unit = $1 AND idempotency_key = $2`,
      [actorUnit, idempotencyKey],
    );
    const row = rows[0];
    if (!row) return null;
    const positions = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text, global_position::text FROM es_events
        WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3 ORDER BY stream_version`,
      [row.stream_id, row.first_version, row.last_version],
    );
    return {
      requestFingerprint: row.request_hash,
      result: {
        streamId: row.stream_id,
        firstVersion: Number(row.first_version),
        lastVersion: Number(row.last_version),
        duplicate: true,
        positions: positions.rows.map((r) => ({
          transactionId: BigInt(r.transaction_id),
          globalPosition: BigInt(r.global_position),
        })),
      },
    };
  }

  /** Current version of a stream, or null when it does not exist. */
  async streamVersion(streamId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ version: string }>(
      `SELECT version FROM es_streams WHERE stream_id = $1`,
      [streamId],
    );
    return rows[0] ? Number(rows[0].version) : null;
  }

  /**
   * The next batch of the global log after `after`, in log order, containing only events whose writing
   * transaction is older than every transaction still running. No event can later appear before the last one
   * returned, so a reader that stores the last position it processed never skips one.
   */
  async readLog(after: LogPosition, limit = 1000, query?: SqlQuery): Promise<RecordedEvent[]> {
    const run: SqlQuery =
      query ??
      (async <T>(sql: string, params: unknown[]) => (await this.pool.query(sql, params)).rows as T[]);
    const rows = await run<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id, global_position
        LIMIT $3`,
      [after.transactionId.toString(), after.globalPosition.toString(), limit],
    );
    return rows.map((r) => this.toRecorded(r));
  }

  /**
   * A test for "was this event already committed when I asked?", from a snapshot taken now: a live subscriber uses
   * it to skip what happened before it subscribed, even when its feed has not caught up to that yet.
   */
  async committedAsOfNow(): Promise<(p: Pick<LogPosition, 'transactionId'>) => boolean> {
    const { rows } = await this.pool.query<{ s: string }>(`SELECT pg_current_snapshot()::text AS s`);
    const [xmin, xmax, running] = rows[0].s.split(':');
    const inProgress = new Set(running ? running.split(',').map((x) => BigInt(x)) : []);
    const low = BigInt(xmin);
    const high = BigInt(xmax);
    return (p) => p.transactionId < low || (p.transactionId < high && !inProgress.has(p.transactionId));
  }

  /** The last committed event in log order (it may still be behind the fence), or null for an empty log. */
  async logTail(): Promise<LogPosition | null> {
    const { rows } = await this.pool.query<{ t: string; p: string }>(
      `SELECT transaction_id::text AS t, global_position::text AS p FROM es_events
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows[0] ? { transactionId: BigInt(rows[0].t), globalPosition: BigInt(rows[0].p) } : null;
  }

  /**
   * Whether any committed event lies after `after`. A reader that found nothing new but gets `true` here was held
   * back by the fence (an older transaction somewhere on the server) — or the fence has passed since it read — and
   * should look again shortly. (Asking only about events still behind the fence would lose the wake-up when the
   * fence passes between the read and the question: nothing would notify again.)
   */
  async hasEventsAfter(after: LogPosition): Promise<boolean> {
    const { rows } = await this.pool.query<{ pending: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM es_events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)) AS pending`,
      [after.transactionId.toString(), after.globalPosition.toString()],
    );
    return rows[0].pending;
  }

  /**
   * Waits until every event up to `position` is readable in log order. The fence is the oldest running writing
   * transaction on the whole PostgreSQL server, so an unrelated long transaction delays readers (never writers).
   */
  async waitUntilReadable(position: LogPosition, timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      const { rows } = await this.pool.query<{ ok: boolean }>(
        `SELECT $1::text::xid8 < pg_snapshot_xmin(pg_current_snapshot()) AS ok`,
        [position.transactionId.toString()],
      );
      if (rows[0].ok) return true;
      if (Date.now() > deadline) return false;
      await sleep(pause);
    }
  }

  /** Number of events in the log (for progress reports). */
  async countEvents(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`);
    return Number(rows[0].n);
  }

  toRecorded(r: EventRow): RecordedEvent {
    const up = this.schemas.upcast(r.event_type, r.schema_version, r.data);
    return {
      globalPosition: BigInt(r.global_position),
      transactionId: BigInt(r.transaction_id),
      eventId: r.event_id,
      streamId: r.stream_id,
      streamType: r.stream_type,
      streamVersion: Number(r.stream_version),
      type: r.event_type,
      schemaVersion: up.version,
      storedSchemaVersion: r.schema_version,
      data: up.data,
      metadata: r.metadata,
      recordedAt: r.recorded_at,
      owningUnit: r.owning_unit,
      prevHash: r.prev_hash,
      hash: r.hash,
    };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
