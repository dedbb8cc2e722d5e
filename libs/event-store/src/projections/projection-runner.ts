import { DataSource, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable } from '@app/database';
import { EventStore, SqlQuery } from '../event-store';
import { compareLogPositions, LOG_START, LogPosition, RecordedEvent } from '../event-store.types';
import { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** Events read per query (and applied per transaction). */
  batchSize?: number;
  /** How long `waitFor` waits before giving up. */
  waitTimeoutMs?: number;
  /**
   * Transaction-local settings (SET LOCAL) made at the start of every projection transaction, e.g. the
   * row-security scope of the projector. Sent with the checkpoint lock, in the same round trip.
   */
  transactionSettings?: Record<string, string>;
  /**
   * Told once when a projection stops applying (not at each retry): its read model stays behind and commands stop
   * waiting for it, so somebody must hear of it.
   */
  onBroken?: (name: string, error: Error) => void;
  /**
   * How many events a projection may pass without reading any (its position moving in memory only) before that
   * position is stored: after a restart it rereads at most about this many events. Defaults to 1000.
   */
  storeSkippedEvery?: number;
  /**
   * How long a catch-up for another process's commit (`notifyFromElsewhere`) waits, gathering the notices that come
   * meanwhile. Defaults to 100 ms.
   */
  othersDelayMs?: number;
}

/**
 * Class of the advisory locks (`pg_advisory_xact_lock(class, hashtext(name))`) a projection's applier holds with its
 * checkpoint row: another process that found the row taken waits on it, without a row lock, for the applier's commit.
 * ('proj' in ASCII; the two-int key space is apart from the one-bigint keys the rest of the platform locks.)
 */
const APPLIER_LOCK_CLASS = 0x70726f6a;

export interface RebuildProgress {
  processed: number;
  total: number;
}

/**
 * Feeds projections from the global log. Each projection has a checkpoint row; a catch-up locks that row, applies
 * the next events and moves the checkpoint in the same transaction. The lock keeps several API processes from
 * applying an event twice; a process that finds the row taken leaves the work to its holder (SKIP LOCKED), waits for
 * the holder's commit and takes the stored checkpoint as its own position (ADR 0029).
 */
export class ProjectionRunner {
  private readonly projections = new Map<string, Projection>();
  private readonly positions = new Map<string, LogPosition>();
  /** Projections whose last attempt to apply failed, with why; cleared when they move on. */
  private readonly broken = new Map<string, Error>();
  /** Catch-ups in progress (all projections, or one), each with at most one follow-up queued behind it. */
  private readonly runs = new Map<string, { current: Promise<void>; next?: Promise<void> }>();
  /** Log reads in flight, by start position. */
  private readonly peeks = new Map<string, Promise<RecordedEvent[]>>();
  private readonly wakeups = new Set<() => void>();
  /** Events each projection passed by skipping since its checkpoint was last stored (by this process). */
  private readonly unsaved = new Map<string, number>();
  private readonly batchSize: number;
  private readonly storeSkippedEvery: number;
  private readonly waitTimeoutMs: number;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private retryDelayMs = 5;
  private othersTimer?: NodeJS.Timeout;
  private readonly othersDelayMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    for (const p of projections) this.add(p);
    this.batchSize = options.batchSize ?? 1000;
    this.waitTimeoutMs = options.waitTimeoutMs ?? 10_000;
    this.storeSkippedEvery = options.storeSkippedEvery ?? 1000;
    this.othersDelayMs = options.othersDelayMs ?? 100;
  }

  add(projection: Projection): void {
    if (this.projections.has(projection.name))
      throw new Error(`Projection ${projection.name} is registered twice`);
    this.projections.set(projection.name, projection);
  }

  names(): string[] {
    return [...this.projections.keys()];
  }

  get(name: string): Projection {
    const p = this.projections.get(name);
    if (!p) throw new Error(`Unknown projection ${name}; known: ${this.names().join(', ') || 'none'}`);
    return p;
  }

  /**
   * Creates missing checkpoint rows, rebuilds projections whose definition version changed since their model was
   * built, and catches every projection up.
   */
  async start(): Promise<void> {
    this.stopped = false;
    const projections = [...this.projections.values()];
    if (projections.length) {
      await this.dataSource.query(
        `INSERT INTO es_projection_checkpoints (name, definition_version)
         SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (name) DO NOTHING`,
        [projections.map((p) => p.name), projections.map((p) => p.version ?? 1)],
      );
      const rows = await this.dataSource.query<{ name: string; definition_version: number }[]>(
        `SELECT name, definition_version FROM es_projection_checkpoints WHERE name = ANY($1::text[])`,
        [projections.map((p) => p.name)],
      );
      for (const row of rows) {
        const projection = this.get(row.name);
        if (row.definition_version !== (projection.version ?? 1)) await this.rebuild(row.name);
      }
    }
    await this.catchUpAll();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.othersTimer) clearTimeout(this.othersTimer);
    this.othersTimer = undefined;
    this.wake();
  }

  /**
   * Another process committed. Its own catch-up applies what it wrote (its command waits for that), so this one
   * need not race it for the checkpoints: it catches up `othersDelayMs` later, once for every notice meanwhile —
   * keeping up, and applying what a process that died after its commit left. Whoever waits here (a command's or a
   * subscription's `waitFor`) is woken at once and catches up itself.
   */
  notifyFromElsewhere(): void {
    if (this.stopped) return;
    this.wake();
    this.othersTimer ??= setTimeout(() => {
      this.othersTimer = undefined;
      this.notify();
    }, this.othersDelayMs);
  }

  /**
   * Something was appended (here or elsewhere): catch up in the background. With `upTo` (this process's own
   * commit), a catch-up that reached it needs no look for events held back behind the fence.
   */
  notify(upTo?: LogPosition): void {
    if (this.stopped) return;
    this.wake();
    void this.catchUpAll()
      .then(() => (upTo && this.allReached(upTo) ? undefined : this.retryIfHeldBack()))
      .catch(() => this.scheduleRetry());
  }

  private allReached(position: LogPosition): boolean {
    return this.names().every((n) => compareLogPositions(this.positions.get(n) ?? LOG_START, position) >= 0);
  }

  /**
   * A catch-up may find nothing because an older transaction (anywhere on the server) still holds the fence; no
   * further notification may come, so look again shortly, backing off while the hold lasts.
   */
  private async retryIfHeldBack(): Promise<void> {
    const lowest = this.names()
      .map((n) => this.positions.get(n) ?? LOG_START)
      .sort(compareLogPositions)[0];
    if (lowest && (await this.store.hasEventsAfter(lowest))) this.scheduleRetry();
    else this.retryDelayMs = 5;
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.notify();
    }, this.retryDelayMs);
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 500);
  }

  /** Catches every projection up together: projections at the same position share one read and one transaction. */
  catchUpAll(): Promise<void> {
    return this.shared('*', () => this.runRound([...this.projections.values()]));
  }

  /** Catches one projection up. */
  catchUp(name: string): Promise<void> {
    const projection = this.get(name);
    return this.shared(`one:${name}`, () => this.runRound([projection]));
  }

  /**
   * Runs `work` under `key`. Callers arriving meanwhile share the run in progress and at most one follow-up run
   * (which sees whatever was appended while the first ran).
   */
  private shared(key: string, work: () => Promise<void>): Promise<void> {
    const run = this.runs.get(key);
    if (run) {
      run.next ??= run.current.catch(() => undefined).then(() => this.shared(key, work));
      return run.next;
    }
    const current = work().finally(() => this.runs.delete(key));
    this.runs.set(key, { current });
    return current;
  }

  /**
   * Resolves once every projection has processed the log up to `position`: a command awaits this before it
   * returns, so that the same caller's next query sees its effect.
   */
  async waitFor(position: LogPosition): Promise<void> {
    const deadline = Date.now() + this.waitTimeoutMs;
    const lags = (n: string) => compareLogPositions(this.positions.get(n) ?? LOG_START, position) < 0;
    for (;;) {
      const behind = this.names().filter(lags);
      if (behind.length === 0) return;
      if (this.stopped) throw new Error('Projection runner stopped');
      let failure: Error | undefined;
      try {
        await this.catchUpAll();
      } catch (err) {
        failure = err instanceof Error ? err : new Error(String(err));
        // The database is away: waiting gains nothing, and the caller's retry (same key) finds what committed.
        if (isDatabaseUnavailable(failure)) throw failure;
      }
      // A projection that cannot apply an event (a bug, or a bad event in the log) holds back only its own read
      // model: it is retried on every catch-up, but commands do not wait for it (see brokenProjections()).
      const still = behind.filter((n) => lags(n) && !this.broken.has(n));
      if (still.length === 0) return;
      if (Date.now() > deadline) {
        if (failure) throw failure;
        throw new Error(
          `Read models did not reach ${position.transactionId}:${position.globalPosition} in time`,
        );
      }
      // An older transaction is still open somewhere, so the event is not yet final in log order; wait a moment.
      await this.nextWake(5);
    }
  }

  /** Projections that failed to apply the events after their checkpoint, with the error: their read model is stale. */
  brokenProjections(): { name: string; error: string }[] {
    return [...this.broken.entries()].map(([name, error]) => ({ name, error: error.message }));
  }

  /** Where a projection's checkpoint stands (as last seen by this process). */
  position(name: string): LogPosition {
    return this.positions.get(name) ?? LOG_START;
  }

  /**
   * Empties a projection's read model and rebuilds it from the whole log in one transaction: readers see the old
   * model until the new one is complete, and live catch-ups wait for it meanwhile (on its applier lock). Events are read
   * in batches, so memory stays flat however long the log is.
   */
  async rebuild(name: string, onProgress?: (p: RebuildProgress) => void): Promise<RebuildProgress> {
    const projection = this.get(name);
    const total = await this.store.countEvents();
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    let processed = 0;
    try {
      await qr.startTransaction();
      await qr.query(`SELECT count(set_config(k, v, true)) FROM unnest($1::text[], $2::text[]) AS s(k, v)`, [
        ...this.settings(),
      ]);
      await qr.query(
        `INSERT INTO es_projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`,
        [name],
      );
      await qr.query(`SELECT 1 FROM es_projection_checkpoints WHERE name = $1 FOR UPDATE`, [name]);
      await qr.query(`SELECT pg_advisory_xact_lock(${APPLIER_LOCK_CLASS}, hashtext($1))`, [name]);
      await projection.clear(qr.manager);
      let cp = LOG_START;
      const query = queryVia(qr);
      onProgress?.({ processed, total });
      for (;;) {
        const events = await this.store.readLog(cp, this.batchSize, query);
        if (events.length === 0) break;
        await this.applyRelevant(projection, events, qr);
        cp = last(events);
        processed += events.length;
        onProgress?.({ processed, total: Math.max(total, processed) });
      }
      await this.saveCheckpoint(qr, name, cp);
      await qr.commitTransaction();
      this.advance(name, cp);
      this.unsaved.delete(name);
      return { processed, total: Math.max(total, processed) };
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw err;
    } finally {
      await qr.release();
    }
  }

  /**
   * A round of catch-up. Per distinct position, the log after it is read once and without a transaction (most
   * projections have nothing to do for most events); only projections with events they read lock their checkpoints,
   * apply and move them, together in one transaction. Runs of events a projection ignores move its position in
   * memory; it is stored once it has passed `storeSkippedEvery` of them, in one statement for all such projections,
   * so that a restart rereads little of the log. Checkpoints another process holds are left to it: the round waits
   * for its commit and takes what it stored, then goes on from there.
   */
  private async runRound(all: Projection[]): Promise<void> {
    for (;;) {
      const groups = new Map<string, { from: LogPosition; projections: Projection[] }>();
      for (const p of all) {
        const from = this.positions.get(p.name) ?? (await this.storedCheckpoint(p.name));
        const key = `${from.transactionId}:${from.globalPosition}`;
        const group = groups.get(key) ?? { from, projections: [] };
        group.projections.push(p);
        groups.set(key, group);
      }
      let more = false;
      let failure: Error | undefined;
      /** Projections whose checkpoint another catch-up held, with the end of the batch they could not take. */
      const busy = new Map<string, LogPosition>();
      for (const { from, projections } of groups.values()) {
        // A group that fails (a broken projection) must not stop the groups after it.
        try {
          const batch = await this.peek(from);
          if (batch.length === 0) {
            for (const p of projections) this.advance(p.name, from);
            continue;
          }
          if (batch.length >= this.batchSize) more = true;
          const working = projections.filter((p) => reads(p, batch));
          for (const p of projections) if (!working.includes(p)) this.skip(p.name, batch);
          if (working.length)
            for (const name of await this.applyTogether(working, from, batch)) busy.set(name, last(batch));
        } catch (err) {
          failure ??= err instanceof Error ? err : new Error(String(err));
        }
      }
      try {
        if (busy.size && (await this.followHolders(busy))) more = true;
        await this.storeSkipped();
      } catch (err) {
        failure ??= err instanceof Error ? err : new Error(String(err));
      }
      this.wake();
      if (failure) throw failure;
      if (!more) return;
    }
  }

  /**
   * Applies a batch to several projections in one transaction. Should one of them fail, each is tried on its own,
   * so that a broken projection holds back only itself; its error is then rethrown. Returns the projections whose
   * checkpoint another catch-up held (they were left to it).
   */
  private async applyTogether(
    projections: Projection[],
    from: LogPosition,
    batch: RecordedEvent[],
  ): Promise<string[]> {
    const applied = ({ reached, busy }: Locked) => {
      for (const [name, at] of reached) {
        this.advance(name, at);
        this.unsaved.delete(name);
      }
      return busy;
    };
    try {
      return applied(await this.applyLocked(projections, from, batch));
    } catch (err) {
      if (projections.length === 1) {
        this.markBroken(projections[0].name, err);
        throw err;
      }
      const results = await Promise.allSettled(
        projections.map(async (p) => {
          try {
            return applied(await this.applyLocked([p], from, batch));
          } catch (e) {
            this.markBroken(p.name, e);
            throw e;
          }
        }),
      );
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    }
  }

  /** A batch without an event the projection reads moves its position in memory, to be stored later. */
  private skip(name: string, batch: RecordedEvent[]): void {
    const at = this.positions.get(name) ?? LOG_START;
    if (compareLogPositions(last(batch), at) <= 0) return;
    this.advance(name, last(batch));
    this.unsaved.set(name, (this.unsaved.get(name) ?? 0) + batch.length);
  }

  /**
   * Stores the positions of projections that passed `storeSkippedEvery` events by skipping. Every event they read
   * up to there is applied and committed (positions in memory only pass committed work and batches read behind the
   * fence), so the stored checkpoint stays gap-free. Forward only, and a row another catch-up holds is left alone:
   * its holder stores a position of its own.
   */
  private async storeSkipped(): Promise<void> {
    const due = [...this.unsaved].filter(([, n]) => n >= this.storeSkippedEvery).map(([name]) => name);
    if (!due.length) return;
    for (const name of due) this.unsaved.delete(name);
    const at = due.map((name) => this.positions.get(name) ?? LOG_START);
    await this.dataSource.query(
      `UPDATE es_projection_checkpoints AS c
          SET transaction_id = m.t::xid8, global_position = m.p, updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::bigint[]) AS m(name, t, p)
        WHERE c.name = m.name AND (c.transaction_id, c.global_position) < (m.t::xid8, m.p)
          AND c.name IN (SELECT name FROM es_projection_checkpoints WHERE name = ANY($1::text[])
                          ORDER BY name FOR UPDATE SKIP LOCKED)`,
      [due, at.map((p) => p.transactionId.toString()), at.map((p) => p.globalPosition.toString())],
    );
  }

  /**
   * Waits until the catch-up that held these checkpoints has committed (its applier lock, taken shared and let go
   * at once: the holder is never held up by it), then takes the stored checkpoints as positions. Tells whether
   * one of them is still short of the batch this process could not take: another round goes on from there.
   */
  private async followHolders(busy: Map<string, LogPosition>): Promise<boolean> {
    const names = [...busy.keys()];
    // One lock only, so that the wait holds nothing another applier could need (a waiter holding one key while
    // waiting on the next held up the appliers of the first). Projections caught up together are held by one
    // transaction, so one wait usually covers them all; one still short goes round again. A rebuild holding the
    // lock longer than a command may wait fails the round instead of hanging it.
    await this.dataSource.query(
      `SELECT pg_advisory_xact_lock_shared(${APPLIER_LOCK_CLASS}, hashtext($1))
         FROM (SELECT set_config('lock_timeout', $2, true) AS t) AS settings WHERE settings.t IS NOT NULL`,
      [names[0], `${this.waitTimeoutMs}ms`],
    );
    let short = false;
    for (const [name, stored] of await this.storedCheckpoints(names)) {
      this.adopt(name, stored);
      if (compareLogPositions(stored, busy.get(name)!) < 0) short = true;
    }
    return short;
  }

  /** Takes a stored checkpoint (committed: every event up to it applied) as the position, if it is further on. */
  private adopt(name: string, stored: LogPosition): void {
    if (compareLogPositions(stored, this.positions.get(name) ?? LOG_START) >= 0) this.unsaved.delete(name);
    this.advance(name, stored);
  }

  private markBroken(name: string, err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    // A lost connection says nothing about the projection: it carries on when the database is back.
    if (isDatabaseUnavailable(error)) return;
    if (!this.broken.has(name)) this.options.onBroken?.(name, error);
    this.broken.set(name, error);
  }

  /** Positions only move forward: a slower run finishing late must not move one back. */
  private advance(name: string, to: LogPosition): void {
    const at = this.positions.get(name);
    if (!at || compareLogPositions(to, at) > 0) {
      this.positions.set(name, to);
      this.broken.delete(name);
    }
  }

  /**
   * Applies a peeked batch to projections under their checkpoint locks, in one transaction. The stored checkpoint
   * is the truth: another process may have gone further meanwhile (then only what lies beyond it is applied), or
   * this process may be ahead of it over events the projection ignores (then the batch applies as read). A
   * checkpoint another catch-up holds is skipped, not waited for: its holder is applying, and queueing behind it
   * (three processes on every projection after every append) is what made more processes slower (ADR 0029).
   */
  private async applyLocked(
    projections: Projection[],
    from: LogPosition,
    batch: RecordedEvent[],
  ): Promise<Locked> {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      // One round trip: the transaction's settings, and the checkpoints that are free, locked in name order with
      // their applier locks (on which the processes that skipped them wait; taken after the rows, so only for rows
      // won). Commits stay synchronous: positions in memory may run ahead of stored checkpoints (over ignored
      // events), so a lost read-model commit would not be re-applied while the process lives on. An applier lock
      // held longer than a command may wait fails the catch-up instead of hanging it.
      const [keys, values] = this.settings({ lock_timeout: `${this.waitTimeoutMs}ms` });
      const rows = (await qr.query(
        `SELECT c.name, c.t, c.p, pg_advisory_xact_lock(${APPLIER_LOCK_CLASS}, hashtext(c.name)) IS NULL AS held
           FROM (SELECT count(set_config(k, v, true)) AS n FROM unnest($2::text[], $3::text[]) AS s(k, v)) AS settings
           LEFT JOIN LATERAL (
             SELECT name, transaction_id::text AS t, global_position::text AS p FROM es_projection_checkpoints
              WHERE name = ANY($1::text[]) AND settings.n >= 0 ORDER BY name FOR UPDATE SKIP LOCKED) AS c ON true`,
        [projections.map((p) => p.name), keys, values],
      )) as { name: string | null; t: string | null; p: string | null }[];
      const reached = new Map<string, LogPosition>();
      const busy: string[] = [];
      const moved: [string, LogPosition][] = [];
      for (const projection of projections) {
        const row = rows.find((r) => r.name === projection.name);
        if (!row?.t || !row.p) {
          busy.push(projection.name);
          continue;
        }
        const stored: LogPosition = { transactionId: BigInt(row.t), globalPosition: BigInt(row.p) };
        const start = compareLogPositions(stored, from) > 0 ? stored : from;
        const events = batch.filter((e) => compareLogPositions(e, start) > 0);
        if (events.length === 0) {
          reached.set(projection.name, start);
          continue;
        }
        await this.applyRelevant(projection, events, qr);
        reached.set(projection.name, last(events));
        moved.push([projection.name, last(events)]);
      }
      if (moved.length) await this.saveCheckpoints(qr, moved);
      await qr.commitTransaction();
      return { reached, busy };
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  /** The configured transaction settings (plus `extra`) as parallel arrays of names and values. */
  private settings(extra: Record<string, string> = {}): [string[], string[]] {
    const all = { ...(this.options.transactionSettings ?? {}), ...extra };
    return [Object.keys(all), Object.values(all)];
  }

  /** Where a projection's stored checkpoint stands (read once per process; memory keeps it after that). */
  private async storedCheckpoint(name: string): Promise<LogPosition> {
    return (await this.storedCheckpoints([name])).get(name) ?? LOG_START;
  }

  private async storedCheckpoints(names: string[]): Promise<Map<string, LogPosition>> {
    const rows = await this.dataSource.query<{ name: string; t: string; p: string }[]>(
      `SELECT name, transaction_id::text AS t, global_position::text AS p FROM es_projection_checkpoints
        WHERE name = ANY($1::text[])`,
      [names],
    );
    return new Map(
      rows.map((r) => [r.name, { transactionId: BigInt(r.t), globalPosition: BigInt(r.p) }] as const),
    );
  }

  /** The next batch of the log after `from`; projections at the same position share one read. */
  private peek(from: LogPosition): Promise<RecordedEvent[]> {
    const key = `${from.transactionId}:${from.globalPosition}`;
    let read = this.peeks.get(key);
    if (!read) {
      read = this.store.readLog(from, this.batchSize).finally(() => this.peeks.delete(key));
      this.peeks.set(key, read);
    }
    return read;
  }

  private async applyRelevant(
    projection: Projection,
    events: RecordedEvent[],
    qr: QueryRunner,
  ): Promise<void> {
    const types = projection.eventTypes;
    const relevant = types ? events.filter((e) => types.includes(e.type)) : events;
    if (relevant.length) await projection.apply(relevant, qr.manager);
  }

  private async saveCheckpoints(qr: QueryRunner, moved: [string, LogPosition][]): Promise<void> {
    await qr.query(
      `UPDATE es_projection_checkpoints AS c
          SET transaction_id = m.t::xid8, global_position = m.p, definition_version = m.v, updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[]) AS m(name, t, p, v)
        WHERE c.name = m.name`,
      [
        moved.map(([n]) => n),
        moved.map(([, cp]) => cp.transactionId.toString()),
        moved.map(([, cp]) => cp.globalPosition.toString()),
        moved.map(([n]) => this.get(n).version ?? 1),
      ],
    );
  }

  private async saveCheckpoint(qr: QueryRunner, name: string, cp: LogPosition): Promise<void> {
    await qr.query(
      `UPDATE es_projection_checkpoints SET transaction_id = $2::text::xid8, global_position = $3, definition_version = $4,
              updated_at = now() WHERE name = $1`,
      [name, cp.transactionId.toString(), cp.globalPosition.toString(), this.get(name).version ?? 1],
    );
  }

  private wake(): void {
    const listeners = [...this.wakeups];
    this.wakeups.clear();
    for (const l of listeners) l();
  }

  private nextWake(maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeups.delete(done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.wakeups.add(done);
    });
  }
}

/** What a locked apply did: where each projection it held stands now, and which it found held by another. */
interface Locked {
  reached: Map<string, LogPosition>;
  busy: string[];
}

function last(events: RecordedEvent[]): LogPosition {
  const e = events[events.length - 1];
  return { transactionId: e.transactionId, globalPosition: e.globalPosition };
}

function queryVia(qr: QueryRunner): SqlQuery {
  return async <T>(sql: string, params: unknown[]) => (await qr.query(sql, params)) as T[];
}

/** Whether a batch holds any event the projection reads. */
function reads(projection: Projection, batch: RecordedEvent[]): boolean {
  const types = projection.eventTypes;
  return !types || batch.some((e) => types.includes(e.type));
}
