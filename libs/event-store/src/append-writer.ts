import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { Clock } from '@app/kernel';
import { EventSchemaRegistry } from './event-schema-registry';
import {
  IdempotencyKeyReused,
  InvalidAppend,
  StreamMismatch,
  StreamsToLockFirst,
  VersionConflict,
} from './event-store.errors';
import {
  AppendRequest,
  AppendResult,
  compareLogPositions,
  EventMetadata,
  ExpectedVersion,
  LogPosition,
} from './event-store.types';
import { canonicalJson, GENESIS_HASH, HashAlgorithm, hashEvent, hashText } from './hashing';
import { LOG_CHANNEL } from './log-notifier';

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
  /** The transaction that wrote the head's last event, when read under the caller's locks. */
  transactionId?: bigint;
}

/** The streams a transaction of `EventStore.inTransaction` holds advisory locks on. */
export interface TransactionLocks {
  held: Set<string>;
}

interface EventRowToWrite {
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
}

interface Claim {
  unit: string;
  key: string;
  streamId: string;
  first: number;
  last: number;
  requestHash: string;
}

/** What a batch will write once every append in it has been judged. */
interface Plan {
  outcomes: (Outcome | undefined)[];
  rows: EventRowToWrite[];
  heads: Map<string, StreamHead>;
  touched: string[];
  claims: Claim[];
  accepted: { i: number; first: number; last: number }[];
  now: Date;
}

interface Queryable {
  query<R extends object>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface AppendWriterOptions {
  pool: Pool;
  clock: Clock;
  schemas: EventSchemaRegistry;
  hashAlgorithm: HashAlgorithm;
  maxBatchEvents: number;
  maxConcurrentBatches: number;
  /** Sent with the commit notification, so that this process's own listener can tell it apart. */
  notifyPayload: string;
  /** Called with the last position of every committed batch. */
  onCommitted(last: LogPosition): void;
}

const RETRYABLE_PG_CODES = new Set(['23505', '40001', '40P01']);
/** Salt of the per-stream advisory lock keys: every locker of a stream uses the same key, and sorts by it. */
const LOCK_SALT = 7341;
const MAX_ATTEMPTS = 8;
/** Stream heads this process wrote last, so that the next append to them needs no read. */
const HEAD_CACHE_SIZE = 50_000;

/**
 * Writes appends with group commit: concurrent appends from this process share one statement, each still judged
 * on its own (a version conflict fails that append alone).
 *
 * The usual case costs one round trip: when every head is known (a new stream, or one this process wrote last),
 * events, heads and idempotency claims go in one autocommitted statement whose unique constraints are the lock —
 * a stale assumption or a reused key violates one and writes nothing. Any such failure, and any append whose head
 * is unknown, goes the careful way: a transaction that locks the heads, checks the keys and judges again.
 */
export class AppendWriter {
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private readonly headCache = new Map<string, StreamHead>();

  constructor(private readonly o: AppendWriterOptions) {}

  submit(req: AppendRequest): Promise<AppendResult> {
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

  /**
   * Appends within the caller's open transaction (no batching): the caller writes other state in the same
   * transaction, so both commit or neither does. Throws what `submit` would reject with.
   *
   * Keeps each stream's versions in log order (ADR 0015): the log is ordered by transaction id, which a transaction
   * takes at its first write, so a stream it locks after that may already hold a version written by a younger
   * transaction. Such a stream is locked without waiting (waiting while holding other streams is how two
   * transactions naming them in opposite orders deadlock); when the lock is taken, or the stream's head turns out
   * younger than this transaction, `StreamsToLockFirst` rolls it back, and `EventStore.inTransaction` runs it again
   * with every stream it met locked first, in one order, before anything is written.
   */
  async appendWithin(client: PoolClient, req: AppendRequest, locks: TransactionLocks): Promise<AppendResult> {
    const p = this.prepare(req);
    const outcomes: (Outcome | undefined)[] = [undefined];
    await this.answerUsedKeys(client, [p], outcomes);
    if (!outcomes[0]) {
      const id = req.streamId;
      if (!locks.held.has(id)) {
        if (locks.held.size === 0) {
          // Holding no stream, this transaction may wait: nobody can be waiting for it.
          await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, ${LOCK_SALT}))`, [id]);
        } else {
          const { rows } = await client.query<{ got: boolean }>(
            `SELECT pg_try_advisory_xact_lock(hashtextextended($1, ${LOCK_SALT})) AS got`,
            [id],
          );
          if (!rows[0].got) throw new StreamsToLockFirst([...locks.held, id]);
        }
        locks.held.add(id);
      }
      const heads = await this.readHeads(client, [id], 'locked');
      const headTransaction = heads.get(id)?.transactionId;
      const plan = this.judge([p], heads, outcomes);
      const positions = plan.rows.length ? await this.write(client, plan) : new Map<string, LogPosition>();
      // The caller may still roll back: remember nothing about this head.
      this.headCache.delete(id);
      const ours = positions.values().next().value?.transactionId;
      if (headTransaction !== undefined && ours !== undefined && headTransaction > ours)
        throw new StreamsToLockFirst([...locks.held]);
      this.finish([p], plan, positions);
      this.headCache.delete(id);
    }
    const outcome = outcomes[0]!;
    if ('error' in outcome) throw outcome.error;
    return outcome.ok;
  }

  /**
   * Locks streams before the transaction writes anything, in the one order every locker uses (the advisory key's),
   * so that waiting for them cannot deadlock and no younger transaction can write them first.
   */
  async lockFirst(client: PoolClient, streamIds: string[], locks: TransactionLocks): Promise<void> {
    if (!streamIds.length) return;
    await client.query(
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(id, ${LOCK_SALT}) AS k
         FROM unnest($1::text[]) AS id ORDER BY 1) AS ordered`,
      [streamIds],
    );
    for (const id of streamIds) locks.held.add(id);
  }

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
    else if (req.events.length > this.o.maxBatchEvents)
      problems.push(`at most ${this.o.maxBatchEvents} events per append`);
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
        schemaVersion: this.o.schemas.currentVersion(e.type),
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
            this.o.hashAlgorithm,
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
    while (this.inFlight < this.o.maxConcurrentBatches && this.queue.length > 0) {
      const batch: Pending[] = [];
      let events = 0;
      while (this.queue.length > 0) {
        const next = this.queue[0];
        if (batch.length > 0 && events + next.events.length > this.o.maxBatchEvents) break;
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
    // Two appends with the same idempotency key must not race inside one statement: the later one waits for the
    // next batch, where it finds the first one's claim.
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

    let outcomes: Outcome[] | null = null;
    try {
      outcomes = await this.fastPath(work);
    } catch {
      for (const p of work) this.headCache.delete(p.req.streamId);
    }
    for (let attempt = 1; outcomes === null; attempt++) {
      try {
        outcomes = await this.lockedPath(work);
      } catch (err) {
        for (const p of work) this.headCache.delete(p.req.streamId);
        const code = (err as { code?: string }).code;
        if (code && RETRYABLE_PG_CODES.has(code) && attempt < MAX_ATTEMPTS) {
          await sleep(Math.random() * 2 * attempt);
          continue;
        }
        if (work.length > 1) {
          // One bad append must not sink the others it happened to share a batch with.
          await Promise.all(work.map((p) => this.runBatch([p])));
          return;
        }
        work[0]?.reject(err);
        return;
      }
    }
    let last: LogPosition | undefined;
    outcomes.forEach((o, i) => {
      if ('ok' in o) {
        work[i].resolve(o.ok);
        const p = o.ok.positions[o.ok.positions.length - 1];
        if (!o.ok.duplicate && p && (!last || compareLogPositions(p, last) > 0)) last = p;
      } else work[i].reject(o.error);
    });
    if (last) this.o.onCommitted(last);
  }

  /** One autocommitted statement, when every head is known; throws (having written nothing) otherwise. */
  private async fastPath(work: Pending[]): Promise<Outcome[]> {
    const heads = new Map<string, StreamHead>();
    const unknown: string[] = [];
    for (const p of work) {
      const id = p.req.streamId;
      if (heads.has(id) || unknown.includes(id)) continue;
      const cached = this.headCache.get(id);
      const ev = p.req.expectedVersion;
      if (ev === 'no-stream') continue; // assumed absent; a unique violation says otherwise
      if (cached && (ev === 'any' || cached.version === ev)) heads.set(id, cached);
      else unknown.push(id);
    }
    if (unknown.length) {
      for (const [id, head] of await this.readHeads(this.o.pool, unknown, false)) heads.set(id, head);
    }
    const plan = this.judge(
      work,
      heads,
      work.map(() => undefined),
    );
    const positions = plan.rows.length ? await this.write(this.o.pool, plan) : new Map<string, LogPosition>();
    return this.finish(work, plan, positions);
  }

  /** A transaction that checks used keys, locks the heads and judges each append against the truth. */
  private async lockedPath(work: Pending[]): Promise<Outcome[]> {
    const client = await this.o.pool.connect();
    let open = false;
    try {
      await client.query('BEGIN');
      open = true;
      const outcomes: (Outcome | undefined)[] = work.map(() => undefined);
      await this.answerUsedKeys(client, work, outcomes);
      const streamIds = [...new Set(work.filter((_, i) => !outcomes[i]).map((p) => p.req.streamId))].sort();
      const heads = await this.readHeads(client, streamIds, true);
      const plan = this.judge(work, heads, outcomes);
      const positions = plan.rows.length ? await this.write(client, plan) : new Map<string, LogPosition>();
      await client.query('COMMIT');
      open = false;
      return this.finish(work, plan, positions);
    } catch (err) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Appends whose idempotency key was used already: the first result, or a refusal when the request differs. */
  private async answerUsedKeys(
    client: PoolClient,
    work: Pending[],
    outcomes: (Outcome | undefined)[],
  ): Promise<void> {
    const keyed = work.map((p, i) => ({ p, i })).filter(({ p }) => p.key !== null);
    if (!keyed.length) return;
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
    if (!rows.length) return;
    const byKey = new Map(rows.map((r) => [`${r.actor_unit}\u0000${r.idempotency_key}`, r]));
    const hits: { i: number; row: (typeof rows)[number] }[] = [];
    for (const { p, i } of keyed) {
      const row = byKey.get(`${p.metadata.actorUnit}\u0000${p.key}`);
      if (!row) continue;
      if (row.request_hash !== p.requestHash)
        outcomes[i] = { error: new IdempotencyKeyReused(p.key!, row.stream_id) };
      else hits.push({ i, row });
    }
    if (!hits.length) return;
    const found = await client.query<{
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
          positions: found.rows
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

  /**
   * Current heads. `lock`: advisory-locked and row-locked in stream order, so that concurrent batches cannot
   * deadlock. `locked`: the caller holds the advisory locks already; row-locked, with the transaction that wrote
   * each head's last event.
   */
  private async readHeads(
    q: Queryable,
    streamIds: string[],
    lock: boolean | 'locked',
  ): Promise<Map<string, StreamHead>> {
    const heads = new Map<string, StreamHead>();
    if (!streamIds.length) return heads;
    if (lock === true) {
      // A stream that does not exist yet has no row to lock: two transactions would both plan version 1 and the
      // slower one fail on the unique key. A transaction-scoped advisory lock per stream id (taken in one order)
      // makes them queue instead; it is released at commit or rollback. It must be its own statement: the row
      // lock's statement then takes its snapshot after the wait and sees a stream created meanwhile.
      await q.query(
        `SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(id, ${LOCK_SALT}) AS k FROM unnest($1::text[]) AS id
           ORDER BY 1) AS ordered`,
        [streamIds],
      );
    }
    const { rows } = await q.query<{
      stream_id: string;
      version: string;
      last_hash: string;
      owning_unit: string;
      stream_type: string;
      head_transaction: string | null;
    }>(
      lock === 'locked'
        ? `SELECT s.stream_id, s.version, s.last_hash, s.owning_unit, s.stream_type, e.transaction_id::text AS head_transaction
             FROM es_streams s LEFT JOIN es_events e ON e.stream_id = s.stream_id AND e.stream_version = s.version
            WHERE s.stream_id = ANY($1::text[]) ORDER BY s.stream_id FOR UPDATE OF s`
        : `SELECT stream_id, version, last_hash, owning_unit, stream_type, NULL AS head_transaction FROM es_streams
            WHERE stream_id = ANY($1::text[]) ORDER BY stream_id ${lock ? 'FOR UPDATE' : ''}`,
      [streamIds],
    );
    for (const r of rows) {
      heads.set(r.stream_id, {
        version: Number(r.version),
        lastHash: r.last_hash,
        owningUnit: r.owning_unit,
        streamType: r.stream_type,
        transactionId: r.head_transaction === null ? undefined : BigInt(r.head_transaction),
      });
    }
    return heads;
  }

  /** Judges each append against the heads (and earlier appends of the batch) and chains the hashes. */
  private judge(work: Pending[], heads: Map<string, StreamHead>, outcomes: (Outcome | undefined)[]): Plan {
    const now = this.o.clock.now();
    const plan: Plan = { outcomes, rows: [], heads, touched: [], claims: [], accepted: [], now };
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
      const metadataJson = JSON.stringify(p.metadata);
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
          this.o.hashAlgorithm,
        );
        plan.rows.push({
          eventId: e.eventId,
          streamId: req.streamId,
          streamType: req.streamType,
          version,
          type: e.type,
          schemaVersion: e.schemaVersion,
          data: JSON.stringify(e.data),
          metadata: metadataJson,
          owningUnit: req.owningUnit,
          prevHash,
          hash,
        });
        prevHash = hash;
      }
      heads.set(req.streamId, {
        version,
        lastHash: prevHash,
        owningUnit: req.owningUnit,
        streamType: req.streamType,
      });
      if (!plan.touched.includes(req.streamId)) plan.touched.push(req.streamId);
      plan.accepted.push({ i, first, last: version });
      if (p.key !== null) {
        plan.claims.push({
          unit: p.metadata.actorUnit,
          key: p.key,
          streamId: req.streamId,
          first,
          last: version,
          requestHash: p.requestHash,
        });
      }
    });
    return plan;
  }

  /**
   * One statement writes the events, the new heads and the idempotency claims, and queues the wake-up
   * notification (delivered at commit). The unique keys on (stream, version) and on claims are what make an
   * optimistic plan safe: if any assumption was stale, the statement fails and nothing is written.
   */
  private async write(q: Queryable, plan: Plan): Promise<Map<string, LogPosition>> {
    const { rows, touched, claims, heads, now } = plan;
    const result = await q.query<{ event_id: string; transaction_id: string; global_position: string }>(
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
           WHERE s.version < EXCLUDED.version
         RETURNING 1
       ), cl AS (
         INSERT INTO es_idempotency_keys (actor_unit, idempotency_key, stream_id, first_version, last_version, request_hash, created_at)
         SELECT u, k, s, f, l, r, $13::timestamptz
           FROM unnest($19::text[], $20::text[], $21::text[], $22::bigint[], $23::bigint[], $24::text[]) AS y(u, k, s, f, l, r)
         RETURNING 1
       ), nt AS (SELECT pg_notify('${LOG_CHANNEL}', $25) AS x)
       SELECT event_id::text, transaction_id::text, global_position::text FROM ev
        WHERE (SELECT count(*) FROM st) >= 0 AND (SELECT count(*) FROM cl) >= 0 AND (SELECT count(*) FROM nt) >= 0`,
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
        this.o.notifyPayload,
      ],
    );
    return new Map(
      result.rows.map((r) => [
        r.event_id,
        { transactionId: BigInt(r.transaction_id), globalPosition: BigInt(r.global_position) },
      ]),
    );
  }

  private finish(work: Pending[], plan: Plan, positions: Map<string, LogPosition>): Outcome[] {
    for (const id of plan.touched) {
      const head = plan.heads.get(id)!;
      this.headCache.delete(id);
      this.headCache.set(id, head);
    }
    while (this.headCache.size > HEAD_CACHE_SIZE) this.headCache.delete(this.headCache.keys().next().value!);
    for (const { i, first, last } of plan.accepted) {
      const p = work[i];
      plan.outcomes[i] = {
        ok: {
          streamId: p.req.streamId,
          firstVersion: first,
          lastVersion: last,
          duplicate: false,
          positions: p.events.map((e) => positions.get(e.eventId)!),
        },
      };
    }
    return plan.outcomes as Outcome[];
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
