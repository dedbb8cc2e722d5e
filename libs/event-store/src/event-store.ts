import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { Clock } from '@app/kernel';
import { EventSchemaRegistry } from './event-schema-registry';
import { IdempotencyKeyReused, InvalidAppend, StreamMismatch, VersionConflict } from './event-store.errors';
import {
  AppendRequest,
  AppendResult,
  compareLogPositions,
  EventMetadata,
  ExpectedVersion,
  LogPosition,
  RecordedEvent,
} from './event-store.types';
import {
  canonicalJson,
  DEFAULT_HASH_ALGORITHM,
  GENESIS_HASH,
  HashAlgorithm,
  hashEvent,
  hashText,
} from './hashing';

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

interface PreparedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

interface Pending {
  req: AppendRequest;
  events: PreparedEvent[];
  metadata: EventMetadata;
  key: string | null;
  requestHash: string;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: AppendResult } | { error: Error };

interface StreamHead {
  version: number;
  lastHash: string;
  owningUnit: string;
  streamType: string;
}

/** Runs one SQL statement and returns its rows: lets readers run inside a caller's transaction. */
export type SqlQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/** Thrown inside a batch when a concurrent writer claimed the same idempotency key first; the batch is retried. */
class IdempotencyRace extends Error {}

const RETRYABLE_PG_CODES = new Set(['23505', '40001', '40P01']);
const MAX_ATTEMPTS = 8;

const EVENT_COLUMNS = `global_position, transaction_id, event_id, stream_id, stream_type, stream_version, event_type,
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
  private readonly maxBatchEvents: number;
  private readonly maxConcurrentBatches: number;
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private readonly appended = new EventEmitter();

  constructor(options: EventStoreOptions) {
    this.pool = options.pool;
    this.clock = options.clock;
    this.schemas = options.schemas;
    this.hashAlgorithm = options.hashAlgorithm ?? DEFAULT_HASH_ALGORITHM;
    this.maxBatchEvents = options.maxBatchEvents ?? 2000;
    this.maxConcurrentBatches = options.maxConcurrentBatches ?? 2;
    this.appended.setMaxListeners(100);
  }

  /**
   * Appends events to a stream atomically. Throws `VersionConflict` (nothing written) when the stream is not at
   * `expectedVersion`; with an idempotency key already used by the same actor unit, returns the first append's
   * result with `duplicate: true` and writes nothing.
   */
  append(req: AppendRequest): Promise<AppendResult> {
    let pending: Pending;
    try {
      pending = this.prepare(req);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return new Promise<AppendResult>((resolve, reject) => {
      pending.resolve = resolve;
      pending.reject = reject;
      this.queue.push(pending);
      this.pump();
    });
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
  ): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_id = $1 AND stream_version >= $2
       ORDER BY stream_version LIMIT $3`,
      [streamId, options.fromVersion ?? 1, options.limit ?? 100_000],
    );
    return rows.map((r) => this.toRecorded(r));
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

  /** The last committed event in log order (it may still be behind the fence), or null for an empty log. */
  async logTail(): Promise<LogPosition | null> {
    const { rows } = await this.pool.query<{ t: string; p: string }>(
      `SELECT transaction_id::text AS t, global_position::text AS p FROM es_events
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows[0] ? { transactionId: BigInt(rows[0].t), globalPosition: BigInt(rows[0].p) } : null;
  }

  /**
   * Whether committed events after `after` are held back by the fence, i.e. an older transaction somewhere on
   * the server is still running. Readers that find nothing new but get `true` here should look again shortly.
   */
  async hasEventsBeyondFence(after: LogPosition): Promise<boolean> {
    const { rows } = await this.pool.query<{ pending: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM es_events
          WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
            AND transaction_id >= pg_snapshot_xmin(pg_current_snapshot())) AS pending`,
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

  // ---------------------------------------------------------------- append internals

  private prepare(req: AppendRequest): Pending {
    const problems: string[] = [];
    const nonEmpty = (v: unknown, name: string, max = 200) => {
      if (typeof v !== 'string' || v.length === 0 || v.length > max)
        problems.push(`${name} must be 1–${max} characters`);
    };
    nonEmpty(req.streamId, 'streamId');
    nonEmpty(req.streamType, 'streamType', 100);
    nonEmpty(req.owningUnit, 'owningUnit', 100);
    const ev = req.expectedVersion;
    if (!(
      ev === 'any' ||
      ev === 'no-stream' ||
      (typeof ev === 'number' && Number.isInteger(ev) && ev >= 1)
    )) {
      problems.push(`expectedVersion must be 'any', 'no-stream' or a version ≥ 1`);
    }
    if (!Array.isArray(req.events) || req.events.length === 0) problems.push('events must not be empty');
    else if (req.events.length > this.maxBatchEvents)
      problems.push(`at most ${this.maxBatchEvents} events per append`);
    const m = req.metadata ?? ({} as EventMetadata);
    nonEmpty(m.actorUser, 'metadata.actorUser', 100);
    nonEmpty(m.actorUnit, 'metadata.actorUnit', 100);
    nonEmpty(m.command, 'metadata.command', 100);
    nonEmpty(m.correlationId, 'metadata.correlationId', 100);
    if (m.idempotencyKey != null) nonEmpty(m.idempotencyKey, 'metadata.idempotencyKey');
    if (problems.length) throw new InvalidAppend(problems.join('; '));

    const metadata = toPlainJson(m, 'metadata') as EventMetadata;
    const events = req.events.map((e, i): PreparedEvent => {
      nonEmpty(e.type, `events[${i}].type`, 100);
      if (e.data === null || typeof e.data !== 'object' || Array.isArray(e.data)) {
        problems.push(`events[${i}].data must be an object`);
      }
      return {
        eventId: e.eventId ?? randomUUID(),
        type: e.type,
        schemaVersion: this.schemas.currentVersion(e.type),
        data: toPlainJson(e.data, `events[${i}].data`) as Record<string, unknown>,
      };
    });
    if (problems.length) throw new InvalidAppend(problems.join('; '));
    const key = m.idempotencyKey ?? null;
    return {
      req,
      events,
      metadata,
      key,
      requestHash: key
        ? (req.requestFingerprint ??
          hashText(
            this.hashAlgorithm,
            canonicalJson({
              streamId: req.streamId,
              streamType: req.streamType,
              owningUnit: req.owningUnit,
              events: events.map((e) => ({ type: e.type, data: e.data })),
            }),
          ))
        : '',
      resolve: () => undefined,
      reject: () => undefined,
    };
  }

  private pump(): void {
    while (this.inFlight < this.maxConcurrentBatches && this.queue.length > 0) {
      const batch: Pending[] = [];
      let events = 0;
      while (this.queue.length > 0) {
        const next = this.queue[0];
        if (batch.length > 0 && events + next.events.length > this.maxBatchEvents) break;
        batch.push(next);
        events += next.events.length;
        this.queue.shift();
      }
      this.inFlight++;
      void this.runBatch(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async runBatch(batch: Pending[]): Promise<void> {
    // Two appends with the same idempotency key must not race inside one transaction: the later one waits for
    // the next batch, where it finds the first one's claim.
    const work: Pending[] = [];
    const deferred: Pending[] = [];
    const keys = new Set<string>();
    for (const p of batch) {
      const k = p.key === null ? null : `${p.metadata.actorUnit}\u0000${p.key}`;
      if (k !== null && keys.has(k)) deferred.push(p);
      else {
        if (k !== null) keys.add(k);
        work.push(p);
      }
    }
    if (deferred.length) this.queue.unshift(...deferred);

    for (let attempt = 1; ; attempt++) {
      try {
        const outcomes = await this.tryBatch(work);
        let last: LogPosition | undefined;
        outcomes.forEach((o, i) => {
          if ('ok' in o) {
            work[i].resolve(o.ok);
            const p = o.ok.positions[o.ok.positions.length - 1];
            if (!o.ok.duplicate && p && (!last || compareLogPositions(p, last) > 0)) last = p;
          } else work[i].reject(o.error);
        });
        if (last) this.appended.emit('appended', last);
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (
          (err instanceof IdempotencyRace || (code && RETRYABLE_PG_CODES.has(code))) &&
          attempt < MAX_ATTEMPTS
        ) {
          await sleep(Math.random() * 2 * attempt);
          continue;
        }
        if (work.length > 1) {
          // One bad append must not sink the others it happened to share a transaction with.
          await Promise.all(work.map((p) => this.runBatch([p])));
          return;
        }
        work[0]?.reject(err);
        return;
      }
    }
  }

  private async tryBatch(work: Pending[]): Promise<Outcome[]> {
    const client = await this.pool.connect();
    let open = false;
    try {
      await client.query('BEGIN');
      open = true;
      const outcomes: (Outcome | undefined)[] = work.map(() => undefined);

      // 1. Idempotency keys already used: answer with the first result, write nothing.
      const keyed = work.map((p, i) => ({ p, i })).filter(({ p }) => p.key !== null);
      if (keyed.length) {
        const { rows } = await client.query<{
          actor_unit: string;
          idempotency_key: string;
          stream_id: string;
          first_version: string;
          last_version: string;
          request_hash: string;
        }>(
          `SELECT k.actor_unit, k.idempotency_key, k.stream_id, k.first_version, k.last_version, k.request_hash
             FROM es_idempotency_keys k
             JOIN unnest($1::text[], $2::text[]) AS q(actor_unit, idempotency_key)
               ON k.actor_unit = q.actor_unit AND k.idempotency_key = q.idempotency_key`,
          [keyed.map(({ p }) => p.metadata.actorUnit), keyed.map(({ p }) => p.key)],
        );
        if (rows.length) {
          const byKey = new Map(rows.map((r) => [`${r.actor_unit}\u0000${r.idempotency_key}`, r]));
          const hits: { i: number; row: (typeof rows)[number] }[] = [];
          for (const { p, i } of keyed) {
            const row = byKey.get(`${p.metadata.actorUnit}\u0000${p.key}`);
            if (!row) continue;
            if (row.request_hash !== p.requestHash)
              outcomes[i] = { error: new IdempotencyKeyReused(p.key!, row.stream_id) };
            else hits.push({ i, row });
          }
          if (hits.length) {
            const positions = await client.query<{
              stream_id: string;
              stream_version: string;
              transaction_id: string;
              global_position: string;
            }>(
              `SELECT e.stream_id, e.stream_version, e.transaction_id::text, e.global_position::text
                 FROM es_events e
                 JOIN unnest($1::text[], $2::bigint[], $3::bigint[]) AS k(stream_id, first_v, last_v)
                   ON e.stream_id = k.stream_id AND e.stream_version BETWEEN k.first_v AND k.last_v
                ORDER BY e.stream_id, e.stream_version`,
              [
                hits.map((h) => h.row.stream_id),
                hits.map((h) => h.row.first_version),
                hits.map((h) => h.row.last_version),
              ],
            );
            for (const { i, row } of hits) {
              const first = Number(row.first_version);
              const last = Number(row.last_version);
              outcomes[i] = {
                ok: {
                  streamId: row.stream_id,
                  firstVersion: first,
                  lastVersion: last,
                  duplicate: true,
                  positions: positions.rows
                    .filter(
                      (r) =>
                        r.stream_id === row.stream_id &&
                        Number(r.stream_version) >= first &&
                        Number(r.stream_version) <= last,
                    )
                    .map((r) => ({
                      transactionId: BigInt(r.transaction_id),
                      globalPosition: BigInt(r.global_position),
                    })),
                },
              };
            }
          }
        }
      }

      // 2. Lock the heads of the streams written to, in a fixed order so that concurrent batches cannot deadlock.
      const streamIds = [...new Set(work.filter((_, i) => !outcomes[i]).map((p) => p.req.streamId))].sort();
      const heads = new Map<string, StreamHead>();
      if (streamIds.length) {
        const { rows } = await client.query<{
          stream_id: string;
          version: string;
          last_hash: string;
          owning_unit: string;
          stream_type: string;
        }>(
          `SELECT stream_id, version, last_hash, owning_unit, stream_type FROM es_streams
            WHERE stream_id = ANY($1::text[]) ORDER BY stream_id FOR UPDATE`,
          [streamIds],
        );
        for (const r of rows) {
          heads.set(r.stream_id, {
            version: Number(r.version),
            lastHash: r.last_hash,
            owningUnit: r.owning_unit,
            streamType: r.stream_type,
          });
        }
      }

      // 3. Judge each append against the heads (including earlier appends of this batch), chain the hashes.
      const now = this.clock.now();
      const rows: {
        eventId: string;
        streamId: string;
        streamType: string;
        version: number;
        type: string;
        schemaVersion: number;
        data: string;
        metadata: string;
        owningUnit: string;
        prevHash: string;
        hash: string;
        pendingIndex: number;
      }[] = [];
      const claims: {
        unit: string;
        key: string;
        streamId: string;
        first: number;
        last: number;
        requestHash: string;
      }[] = [];
      const accepted: { i: number; first: number; last: number }[] = [];
      work.forEach((p, i) => {
        if (outcomes[i]) return;
        const { req } = p;
        const head = heads.get(req.streamId);
        const actual = head ? head.version : 'no-stream';
        if (!versionMatches(req.expectedVersion, actual)) {
          outcomes[i] = { error: new VersionConflict(req.streamId, req.expectedVersion, actual) };
          return;
        }
        if (head && head.owningUnit !== req.owningUnit) {
          outcomes[i] = {
            error: new StreamMismatch(req.streamId, 'owningUnit', head.owningUnit, req.owningUnit),
          };
          return;
        }
        if (head && head.streamType !== req.streamType) {
          outcomes[i] = {
            error: new StreamMismatch(req.streamId, 'streamType', head.streamType, req.streamType),
          };
          return;
        }
        let version = head ? head.version : 0;
        let prevHash = head ? head.lastHash : GENESIS_HASH;
        const first = version + 1;
        for (const e of p.events) {
          version++;
          const hash = hashEvent(
            {
              eventId: e.eventId,
              streamId: req.streamId,
              streamType: req.streamType,
              streamVersion: version,
              type: e.type,
              schemaVersion: e.schemaVersion,
              data: e.data,
              metadata: p.metadata,
              recordedAt: now,
              owningUnit: req.owningUnit,
              prevHash,
            },
            this.hashAlgorithm,
          );
          rows.push({
            eventId: e.eventId,
            streamId: req.streamId,
            streamType: req.streamType,
            version,
            type: e.type,
            schemaVersion: e.schemaVersion,
            data: JSON.stringify(e.data),
            metadata: JSON.stringify(p.metadata),
            owningUnit: req.owningUnit,
            prevHash,
            hash,
            pendingIndex: i,
          });
          prevHash = hash;
        }
        heads.set(req.streamId, {
          version,
          lastHash: prevHash,
          owningUnit: req.owningUnit,
          streamType: req.streamType,
        });
        accepted.push({ i, first, last: version });
        if (p.key !== null) {
          claims.push({
            unit: p.metadata.actorUnit,
            key: p.key,
            streamId: req.streamId,
            first,
            last: version,
            requestHash: p.requestHash,
          });
        }
      });

      // 4. One statement writes the events, the new heads and the claims, and queues the wake-up notification.
      const positionsByEvent = new Map<string, LogPosition>();
      if (rows.length) {
        const touched = [...new Set(rows.map((r) => r.streamId))];
        const result = await client.query<{
          k: string;
          a: string | null;
          b: string | null;
          c: string | null;
        }>(
          `WITH ev AS (
             INSERT INTO es_events (event_id, stream_id, stream_type, stream_version, event_type, schema_version,
                                    data, metadata, recorded_at, owning_unit, prev_hash, hash)
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::int[],
                                  $7::jsonb[], $8::jsonb[], $9::timestamptz[], $10::text[], $11::text[], $12::text[])
             RETURNING event_id, transaction_id, global_position
           ), st AS (
             INSERT INTO es_streams AS s (stream_id, stream_type, owning_unit, version, last_hash, created_at, updated_at)
             SELECT id, t, u, v, h, $13::timestamptz, $13::timestamptz
               FROM unnest($14::text[], $15::text[], $16::text[], $17::bigint[], $18::text[]) AS x(id, t, u, v, h)
             ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, last_hash = EXCLUDED.last_hash,
                                                   updated_at = EXCLUDED.updated_at
             RETURNING 1
           ), cl AS (
             INSERT INTO es_idempotency_keys (actor_unit, idempotency_key, stream_id, first_version, last_version, request_hash, created_at)
             SELECT u, k, s, f, l, r, $13::timestamptz
               FROM unnest($19::text[], $20::text[], $21::text[], $22::bigint[], $23::bigint[], $24::text[]) AS y(u, k, s, f, l, r)
             ON CONFLICT DO NOTHING
             RETURNING actor_unit, idempotency_key
           ), nt AS (SELECT pg_notify('es_events', '') AS x)
           SELECT 'e' AS k, event_id::text AS a, transaction_id::text AS b, global_position::text AS c FROM ev
           UNION ALL SELECT 'c', actor_unit, idempotency_key, NULL FROM cl
           UNION ALL SELECT 's', NULL, NULL, NULL FROM st
           UNION ALL SELECT 'n', NULL, NULL, NULL FROM nt`,
          [
            rows.map((r) => r.eventId),
            rows.map((r) => r.streamId),
            rows.map((r) => r.streamType),
            rows.map((r) => r.version),
            rows.map((r) => r.type),
            rows.map((r) => r.schemaVersion),
            rows.map((r) => r.data),
            rows.map((r) => r.metadata),
            rows.map(() => now),
            rows.map((r) => r.owningUnit),
            rows.map((r) => r.prevHash),
            rows.map((r) => r.hash),
            now,
            touched,
            touched.map((s) => heads.get(s)!.streamType),
            touched.map((s) => heads.get(s)!.owningUnit),
            touched.map((s) => heads.get(s)!.version),
            touched.map((s) => heads.get(s)!.lastHash),
            claims.map((c) => c.unit),
            claims.map((c) => c.key),
            claims.map((c) => c.streamId),
            claims.map((c) => c.first),
            claims.map((c) => c.last),
            claims.map((c) => c.requestHash),
          ],
        );
        let claimed = 0;
        for (const r of result.rows) {
          if (r.k === 'e')
            positionsByEvent.set(r.a!, { transactionId: BigInt(r.b!), globalPosition: BigInt(r.c!) });
          else if (r.k === 'c') claimed++;
        }
        if (claimed !== claims.length) throw new IdempotencyRace();
      }
      await client.query('COMMIT');
      open = false;

      for (const { i, first, last } of accepted) {
        const p = work[i];
        outcomes[i] = {
          ok: {
            streamId: p.req.streamId,
            firstVersion: first,
            lastVersion: last,
            duplicate: false,
            positions: p.events.map((e) => positionsByEvent.get(e.eventId)!),
          },
        };
      }
      return outcomes as Outcome[];
    } catch (err) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

function versionMatches(expected: ExpectedVersion, actual: number | 'no-stream'): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === 'no-stream';
  return actual === expected;
}

/**
 * The stored payload must be exactly what was hashed: round-trip through JSON (drops undefined, turns Dates into
 * strings) and refuse what PostgreSQL's jsonb would alter or reject.
 */
function toPlainJson(value: unknown, name: string): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new InvalidAppend(`${name} is not JSON-serialisable: ${(err as Error).message}`);
  }
  if (text === undefined) throw new InvalidAppend(`${name} is not JSON-serialisable`);
  if (text.includes('\\u0000'))
    throw new InvalidAppend(`${name} contains a NUL character, which cannot be stored`);
  return JSON.parse(text) as unknown;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
