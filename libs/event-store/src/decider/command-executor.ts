import { CommandContext } from '@app/kernel';
import { EventStore, SqlQuery, StoreTransaction } from '../event-store';
import { IdempotencyKeyReused, VersionConflict } from '../event-store.errors';
import { AppendRequest, AppendResult, EventMetadata, LogPosition, RecordedEvent } from '../event-store.types';
import { ProjectionRunner } from '../projections/projection-runner';
import { canonicalJson, hashText } from '../hashing';
import { DecidedEvent, Decider } from './decider';

export interface StreamCommand<C, E extends DecidedEvent, S> {
  streamId: string;
  streamType: string;
  decider: Decider<C, E, S>;
  command: C;
  /** The owning unit of a stream this command creates; ignored for an existing stream (its owner is fixed). */
  owningUnit: string;
  /** The version the caller last saw; when given and stale, VersionConflict and nothing is decided. */
  expectedVersion?: number;
  /**
   * Events that do not make a caller's `expectedVersion` stale (ADR 0014): notes the platform adds on its own —
   * a reminder, an overdue notice — that change nothing the caller decides on. A caller who saw version n is up to
   * date while every event after n is one of these; the append still goes at the stream's real head.
   */
  unseenIsNotStale?: (event: RecordedEvent) => boolean;
  /**
   * Load from a snapshot of the folded state and the events after it, and keep one every `every` events: for
   * streams that grow without end (a unit's duty roster). `kind` names the state's shape and fold: change it when
   * either changes, and older snapshots are ignored. The state must be plain JSON.
   */
  snapshot?: { kind: string; every: number };
  metadata: EventMetadata;
  /** The command's input, hashed to tell a retry (same input) from a reused key (different input). */
  fingerprintOf?: unknown;
  /**
   * State outside the log that must change with the events (secrets, for instance): runs in the same
   * transaction as the append, so both happen or neither does. Not run for an idempotent repeat.
   */
  alsoWithin?: (tx: StoreTransaction, decided: { state: S; events: E[] }) => Promise<void>;
  /**
   * The caller waits for the read models itself, once, after several commands (`waitForReadModels` with the last
   * position any of them appended): a batch of many small commands shares one wait instead of one each.
   */
  deferReadModelWait?: boolean;
}

export interface StreamCommandResult<S, E> {
  state: S;
  /** The events this call appended; empty when it was an idempotent repeat or decided nothing. */
  events: E[];
  append: AppendResult | null;
  version: number;
}

/** Retries of a command whose caller did not pin a version, when another writer got there first. */
const MAX_ATTEMPTS = 12;

/** Randomised, growing pause after a lost race, so that the same two writers do not collide again at once. */
const backoff = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * Math.min(2 ** attempt, 200)));

/**
 * Runs a command against one stream: load, fold, decide, append with optimistic concurrency, then wait until the
 * read models include the new events (so the caller's next query sees them). A retried command with the same
 * idempotency key answers with the first result without deciding again.
 */
export class CommandExecutor {
  /** Tail of the queue of commands per stream in this process. */
  private readonly streamQueues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  /**
   * Commands on one stream from this process run one after another: they would only conflict and retry otherwise.
   * Other processes are still met by optimistic concurrency.
   */
  execute<C, E extends DecidedEvent, S>(cmd: StreamCommand<C, E, S>): Promise<StreamCommandResult<S, E>> {
    const previous = this.streamQueues.get(cmd.streamId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.executeNow(cmd));
    const tail = run.catch(() => undefined);
    this.streamQueues.set(cmd.streamId, tail);
    void tail.then(() => {
      if (this.streamQueues.get(cmd.streamId) === tail) this.streamQueues.delete(cmd.streamId);
    });
    return run;
  }

  private async executeNow<C, E extends DecidedEvent, S>(
    cmd: StreamCommand<C, E, S>,
  ): Promise<StreamCommandResult<S, E>> {
    const key = cmd.metadata.idempotencyKey ?? null;
    const fingerprint =
      key === null
        ? undefined
        : hashText(
            this.store.hashAlgorithm,
            canonicalJson({
              command: cmd.metadata.command,
              input: cmd.fingerprintOf ?? null,
              stream: cmd.streamId,
            }),
          );
    const earlier = async (): Promise<StreamCommandResult<S, E> | null> => {
      if (key === null) return null;
      const prior = await this.store.findIdempotentAppend(cmd.metadata.actorUnit, key);
      if (!prior) return null;
      if (prior.requestFingerprint !== fingerprint)
        throw new IdempotencyKeyReused(key, prior.result.streamId);
      return this.repeat(cmd, prior.result);
    };
    for (let attempt = 1; ; attempt++) {
      // Checked on every attempt: a conflict may come from a twin of this very request that committed first.
      const repeated = await earlier();
      if (repeated) return repeated;
      const { state, version, lastStaling, snapshotVersion } = await this.load(cmd);
      if (cmd.expectedVersion !== undefined && !upToDate(cmd.expectedVersion, version, lastStaling)) {
        // The stream moved between the key check and the load: a twin's commit, or truly someone else's.
        const twin = await earlier();
        if (twin) return twin;
        throw new VersionConflict(cmd.streamId, cmd.expectedVersion, version === 0 ? 'no-stream' : version);
      }
      let events: E[];
      try {
        events = cmd.decider.decide(cmd.command, state);
      } catch (refusal) {
        // A twin of this request (another process, same key) may have committed between the key check and the
        // load: deciding again on its result refuses (ALREADY_REPORTED, say), but the caller is owed its answer.
        const twin = await earlier();
        if (twin) return twin;
        throw refusal;
      }
      if (events.length === 0) {
        // The same race, when the decider answers a repeat with nothing to do.
        return (await earlier()) ?? { state, events, append: null, version };
      }
      try {
        const request: AppendRequest = {
          streamId: cmd.streamId,
          streamType: cmd.streamType,
          owningUnit: cmd.owningUnit,
          expectedVersion: version === 0 ? 'no-stream' : version,
          events: events.map((e) => ({ type: e.type, data: e.data as Record<string, unknown> })),
          metadata: cmd.metadata,
          requestFingerprint: fingerprint,
        };
        const alsoWithin = cmd.alsoWithin;
        const append = alsoWithin
          ? await this.store.inTransaction(async (tx) => {
              const r = await tx.append(request);
              if (!r.duplicate) await alsoWithin(tx, { state, events });
              return r;
            })
          : await this.store.append(request);
        if (append.duplicate) return this.repeat(cmd, append);
        const next = events.reduce((s, e) => cmd.decider.evolve(s, e), state);
        if (cmd.snapshot && append.lastVersion - snapshotVersion >= cmd.snapshot.every)
          // After the commit, and best effort: a snapshot not taken costs the next command a longer read, nothing more.
          await this.store
            .writeSnapshot(cmd.streamId, cmd.snapshot.kind, append.lastVersion, next)
            .catch(() => undefined);
        if (!cmd.deferReadModelWait)
          await this.projections.waitFor(append.positions[append.positions.length - 1]);
        return { state: next, events, append, version: append.lastVersion };
      } catch (err) {
        // Someone else wrote first: perhaps a twin of this request (the key check at the top of the loop answers
        // with its result), or another writer (if the caller pinned no version, decide again on the new state).
        // A pinned version is judged again on the new state when some events do not make it stale: the writer
        // that got there first may have been the platform adding a note.
        if (
          err instanceof VersionConflict &&
          (key !== null || cmd.expectedVersion === undefined || cmd.unseenIsNotStale !== undefined) &&
          attempt < MAX_ATTEMPTS
        ) {
          await backoff(attempt);
          continue;
        }
        throw err;
      }
    }
  }

  /** Until the read models hold the log up to `position` (for commands run with `deferReadModelWait`). */
  waitForReadModels(position: LogPosition): Promise<void> {
    return this.projections.waitFor(position);
  }

  /**
   * Decides a command on another stream inside a transaction already open (a cross-stream step: the task is
   * dispatched and the incident learns of it, or neither). Appends at the version it decided on: if someone wrote
   * there meanwhile, VersionConflict rolls the whole transaction back and the caller decides again.
   */
  async decideWithin<C, E extends DecidedEvent, S>(
    tx: StoreTransaction,
    cmd: Pick<
      StreamCommand<C, E, S>,
      'streamId' | 'streamType' | 'decider' | 'command' | 'owningUnit' | 'metadata'
    >,
  ): Promise<{ state: S; events: E[] }> {
    // Read on the transaction's own connection: taking a second one from the pool while holding this one would
    // deadlock once every connection is held by a transaction waiting for another.
    const { state, version } = await this.load(
      cmd,
      <T>(sql: string, params: unknown[]) => tx.query(sql, params) as Promise<T[]>,
    );
    const events = cmd.decider.decide(cmd.command, state);
    if (events.length) {
      await tx.append({
        streamId: cmd.streamId,
        streamType: cmd.streamType,
        owningUnit: cmd.owningUnit,
        expectedVersion: version === 0 ? 'no-stream' : version,
        events: events.map((e) => ({ type: e.type, data: e.data as Record<string, unknown> })),
        metadata: { ...cmd.metadata, idempotencyKey: null },
      });
    }
    return { state: events.reduce((s, e) => cmd.decider.evolve(s, e), state), events };
  }

  private async repeat<C, E extends DecidedEvent, S>(
    cmd: StreamCommand<C, E, S>,
    prior: AppendResult,
  ): Promise<StreamCommandResult<S, E>> {
    const last = prior.positions[prior.positions.length - 1];
    if (last && !cmd.deferReadModelWait) await this.projections.waitFor(last);
    const { state, version } = await this.load(cmd);
    return { state, events: [], append: prior, version };
  }

  private async load<C, E extends DecidedEvent, S>(
    cmd: Pick<StreamCommand<C, E, S>, 'streamId' | 'decider' | 'unseenIsNotStale' | 'snapshot'>,
    query?: SqlQuery,
  ): Promise<{ state: S; version: number; lastStaling: number; snapshotVersion: number }> {
    const base = cmd.snapshot && !query ? await this.fromSnapshot(cmd.streamId, cmd.snapshot.kind) : null;
    const recorded = base?.after ?? (await this.store.readStream(cmd.streamId, {}, query));
    const start = base?.version ?? 0;
    const state = recorded.reduce(
      (s, r) => cmd.decider.evolve(s, { type: r.type, data: r.data } as E),
      (base?.state as S | undefined) ?? cmd.decider.initialState(),
    );
    const version = recorded.length ? recorded[recorded.length - 1].streamVersion : start;
    // The version of the last event a caller must have seen: everything after it is a note that leaves them current.
    // (Before a snapshot nothing is known, so a version older than it counts as stale: the safe side.)
    let lastStaling = version;
    const passive = cmd.unseenIsNotStale;
    if (passive)
      for (let i = recorded.length - 1; i >= 0 && passive(recorded[i]); i--)
        lastStaling = i > 0 ? recorded[i - 1].streamVersion : start;
    return { state, version, lastStaling, snapshotVersion: start };
  }

  /**
   * The snapshot of this kind and the events after it; null (replay the whole stream) without one, or when the
   * event it was folded up to is no longer in the stream with that hash.
   */
  private async fromSnapshot(streamId: string, kind: string) {
    const snap = await this.store.readSnapshot(streamId, kind);
    if (!snap) return null;
    const [at, ...after] = await this.store.readStream(streamId, { fromVersion: snap.version });
    if (at?.streamVersion !== snap.version || at.hash !== snap.lastHash) return null;
    return { version: snap.version, state: snap.state, after };
  }
}

/** A caller who saw `expected` is up to date when nothing they had to see came after it (and it is no future one). */
const upToDate = (expected: number, version: number, lastStaling: number) =>
  expected >= lastStaling && expected <= version;

/** The metadata every event of a command carries: who, which command, and how it relates to other messages. */
export function commandMetadata(command: string, ctx: CommandContext): EventMetadata {
  return {
    actorUser: ctx.actor.userId,
    actorUnit: ctx.actor.unitId,
    // The name as it was when acting, so that histories read the same years later.
    actorName: ctx.actor.userName ?? null,
    command,
    correlationId: ctx.correlationId,
    causationId: ctx.causationId ?? null,
    idempotencyKey: ctx.idempotencyKey ?? null,
  };
}
