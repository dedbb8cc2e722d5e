import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  CommandExecutor,
  Decider,
  IdempotencyKeyReused,
  ProjectionRunner,
  RecordedEvent,
  VersionConflict,
} from '@app/event-store';
import { openStore, StoreFixture } from '../../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';

/** A counter that refuses to go above a limit: enough rules to see deciding, retrying and refusing. */
type CounterCommand = { type: 'Add'; by: number; limit: number };
type CounterEvent = { type: 'Added'; data: { by: number; total: number } };
type CounterState = { total: number; decisions: number };
let decisions = 0;
const counter: Decider<CounterCommand, CounterEvent, CounterState> = {
  initialState: () => ({ total: 0, decisions: 0 }),
  decide: (c, s) => {
    decisions++;
    if (s.total + c.by > c.limit) throw new Error(`limit ${c.limit} reached`);
    return [{ type: 'Added', data: { by: c.by, total: s.total + c.by } }];
  },
  evolve: (s, e) => ({ ...s, total: e.data.total }),
};

let db: TestDatabase;
let fx: StoreFixture;
let ds: DataSource;
let executor: CommandExecutor;

const run = (
  streamId: string,
  by: number,
  extra: {
    key?: string;
    expectedVersion?: number;
    limit?: number;
    via?: CommandExecutor;
    actor?: string;
    unseenIsNotStale?: (e: RecordedEvent) => boolean;
    snapshot?: { kind: string; every: number };
  } = {},
) =>
  (extra.via ?? executor).execute({
    streamId,
    streamType: 'Counter',
    decider: counter,
    command: { type: 'Add', by, limit: extra.limit ?? 1000 },
    owningUnit: 'unit-a',
    expectedVersion: extra.expectedVersion,
    unseenIsNotStale: extra.unseenIsNotStale,
    snapshot: extra.snapshot,
    metadata: {
      actorUser: extra.actor ?? 'u',
      actorUnit: 'unit-a',
      command: 'Add',
      correlationId: randomUUID(),
      idempotencyKey: extra.key ?? null,
    },
    fingerprintOf: { by },
  });

beforeAll(async () => {
  db = await createTestDatabase('exec');
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`CREATE TABLE test_side_state (stream_id text PRIMARY KEY, total int NOT NULL)`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE ON test_side_state TO yuqing_app`);
  await owner.end();
  fx = openStore(db);
  ds = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
  const runner = new ProjectionRunner(ds, fx.store, []);
  executor = new CommandExecutor(fx.store, runner);
});

afterAll(async () => {
  await ds.destroy();
  await fx.close();
  await db.drop();
});

describe('CommandExecutor', () => {
  it('decides on the folded state and appends', async () => {
    const id = `c-${randomUUID()}`;
    await run(id, 2);
    const r = await run(id, 3);
    expect(r.state.total).toBe(5);
    expect(r.version).toBe(2);
    await expect(run(id, 1000)).rejects.toThrow('limit 1000 reached');
  });

  it('retries an unpinned command on a fresh state when another process writes first, losing nothing', async () => {
    const other = openStore(db);
    const ds2 = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
    try {
      const second = new CommandExecutor(other.store, new ProjectionRunner(ds2, other.store, []));
      // Two writers usually collide at once; a race can also happen to interleave cleanly, so it is run on fresh
      // streams until it does collide (and every round must lose nothing).
      let redecided = 0;
      for (let round = 0; round < 5 && redecided === 0; round++) {
        const id = `c-${randomUUID()}`;
        const before = decisions;
        await Promise.all(
          Array.from({ length: 30 }, (_, i) => run(id, 1, { via: i % 2 ? second : executor })),
        );
        const events = await fx.store.readStream(id);
        expect(events.map((e) => e.data.total)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
        redecided = decisions - before - 30;
      }
      // Some decisions were made twice: the two processes did collide, and the losers decided again.
      expect(redecided).toBeGreaterThan(0);
    } finally {
      await ds2.destroy();
      await other.close();
    }
  });

  it('refuses a pinned command whose version is stale, before deciding', async () => {
    const id = `c-${randomUUID()}`;
    await run(id, 1);
    await run(id, 1);
    const before = decisions;
    await expect(run(id, 1, { expectedVersion: 1 })).rejects.toBeInstanceOf(VersionConflict);
    expect(decisions).toBe(before);
  });

  it('a version is not stale for notes added since that the caller need not see, and is for anything else', async () => {
    const id = `c-${randomUUID()}`;
    const byPlatform = (e: RecordedEvent) => e.metadata.actorUser === 'platform';
    await run(id, 1); // version 1: what the person saw
    await run(id, 1, { actor: 'platform' });
    await run(id, 1, { actor: 'platform' }); // version 3
    // Without the rule, any later event makes version 1 stale; with it, notes alone do not.
    await expect(run(id, 1, { expectedVersion: 1 })).rejects.toBeInstanceOf(VersionConflict);
    const r = await run(id, 1, { expectedVersion: 1, unseenIsNotStale: byPlatform });
    expect(r).toMatchObject({ version: 4, state: { total: 4 } });
    // Seen or not, a version ahead of the stream is no version at all; one before a person's event is stale.
    await expect(run(id, 1, { expectedVersion: 9, unseenIsNotStale: byPlatform })).rejects.toBeInstanceOf(
      VersionConflict,
    );
    await run(id, 1, { actor: 'platform' }); // version 5, after the person's version 4
    await expect(run(id, 1, { expectedVersion: 3, unseenIsNotStale: byPlatform })).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect((await run(id, 1, { expectedVersion: 4, unseenIsNotStale: byPlatform })).version).toBe(6);
  });

  it('a pinned command that meets a note appended while it decided is judged again, not refused', async () => {
    const id = `c-${randomUUID()}`;
    const byPlatform = (e: RecordedEvent) => e.metadata.actorUser === 'platform';
    await run(id, 1);
    // A store through which, between the person's read and append, the platform's note gets in first (another
    // process's timer, say): the append meets a conflict.
    let noted = false;
    const racing = Object.create(fx.store) as typeof fx.store;
    racing.append = async (req) => {
      if (!noted) {
        noted = true;
        await run(id, 1, { actor: 'platform' });
      }
      return fx.store.append(req);
    };
    const person = new CommandExecutor(racing, new ProjectionRunner(ds, fx.store, []));
    const r = await run(id, 10, { expectedVersion: 1, unseenIsNotStale: byPlatform, via: person });
    expect(noted).toBe(true);
    expect(r).toMatchObject({ version: 3, state: { total: 12 } });
  });

  it('a long stream is loaded from a snapshot and the events after it, with the same state as a full fold', async () => {
    const id = `c-${randomUUID()}`;
    const snapshot = { kind: 'counter/1', every: 5 };
    for (let i = 0; i < 12; i++) await run(id, 1, { snapshot });
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const taken = async () =>
        (
          await owner.query<{ version: string; state: unknown }>(
            `SELECT version, state FROM es_stream_snapshots WHERE stream_id = $1`,
            [id],
          )
        ).rows[0];
      expect(await taken()).toEqual({ version: '10', state: { total: 10, decisions: 0 } });
      // The next command reads the events after the snapshot only, and decides on the same state.
      const reads: (number | undefined)[] = [];
      const original = fx.store.readStream.bind(fx.store);
      fx.store.readStream = (streamId, options = {}, query) => {
        if (streamId === id) reads.push(options.fromVersion);
        return original(streamId, options, query);
      };
      try {
        expect((await run(id, 1, { snapshot })).state.total).toBe(13);
      } finally {
        fx.store.readStream = original;
      }
      expect(reads).toEqual([10]);
      // A snapshot that no longer matches the event it was folded up to (the log was rewritten, or the snapshot
      // forged) is ignored: the stream is replayed whole.
      await owner.query(
        `UPDATE es_stream_snapshots SET state = '{"total": 999}', last_hash = 'sha256:00' WHERE stream_id = $1`,
        [id],
      );
      expect((await run(id, 1, { snapshot })).state.total).toBe(14);
      // Another kind (the state's shape changed) is not read either, and is replaced when the next one is taken.
      expect((await run(id, 1, { snapshot: { kind: 'counter/2', every: 5 } })).state.total).toBe(15);
      expect(await taken()).toEqual({ version: '15', state: { total: 15, decisions: 0 } });
    } finally {
      await owner.end();
    }
  });

  it('answers a repeated key with the first result without deciding again', async () => {
    const id = `c-${randomUUID()}`;
    const key = randomUUID();
    const first = await run(id, 5, { key, limit: 5 });
    const before = decisions;
    // Deciding again would fail (limit reached); the repeat must not decide at all.
    const again = await run(id, 5, { key, limit: 5 });
    expect(decisions).toBe(before);
    expect(again.append?.positions).toEqual(first.append?.positions);
    expect(again.events).toEqual([]);
    await expect(run(id, 4, { key })).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await fx.store.streamVersion(id)).toBe(1);
  });

  it('twins of one keyed, pinned request racing each other write once and both succeed', async () => {
    const id = `c-${randomUUID()}`;
    await run(id, 1);
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => run(id, 2, { key, expectedVersion: 1 })),
    );
    expect(new Set(results.map((r) => r.append?.positions[0].globalPosition))).toHaveProperty('size', 1);
    expect(await fx.store.streamVersion(id)).toBe(2);
  });

  it('twins of one keyed request sent to two processes at once both get the first answer, though deciding again would refuse', async () => {
    const other = openStore(db);
    const ds2 = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
    try {
      const second = new CommandExecutor(other.store, new ProjectionRunner(ds2, other.store, []));
      // Each pair on a fresh stream: the first to commit takes it to its limit, so the twin, should it load the
      // stream after that commit without having seen the key, would be refused by the decider.
      const pairs = await Promise.all(
        Array.from({ length: 60 }, async () => {
          const id = `c-${randomUUID()}`;
          const key = randomUUID();
          return Promise.allSettled([
            run(id, 5, { key, limit: 5 }),
            run(id, 5, { key, limit: 5, via: second }),
          ]);
        }),
      );
      const refused = pairs.flat().flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(refused).toEqual([]);
      for (const [x, y] of pairs) {
        if (x.status !== 'fulfilled' || y.status !== 'fulfilled') continue;
        expect(x.value.append?.positions).toEqual(y.value.append?.positions);
      }
    } finally {
      await ds2.destroy();
      await other.close();
    }
  });

  it('cross-stream steps read on their own transaction: more concurrent steps than connections do not deadlock', async () => {
    // A pool of 2 and 6 concurrent steps, each holding a transaction while it decides on a second stream.
    const small = openStore(db, { poolSize: 2 });
    const ds2 = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
    try {
      const narrow = new CommandExecutor(small.store, new ProjectionRunner(ds2, small.store, []));
      const parent = `p-${randomUUID()}`;
      const meta = { actorUser: 'u', actorUnit: 'unit-a', command: 'Add', correlationId: randomUUID() };
      await Promise.all(
        Array.from({ length: 6 }, () =>
          narrow.execute({
            streamId: `c-${randomUUID()}`,
            streamType: 'Counter',
            decider: counter,
            command: { type: 'Add', by: 1, limit: 1000 },
            owningUnit: 'unit-a',
            metadata: meta,
            alsoWithin: async (tx) => {
              await narrow.decideWithin(tx, {
                streamId: parent,
                streamType: 'Counter',
                decider: counter,
                command: { type: 'Add', by: 1, limit: 1000 },
                owningUnit: 'unit-a',
                metadata: meta,
              });
            },
          }),
        ),
      );
      const totals = (await fx.store.readStream(parent)).map((e) => e.data.total);
      expect(totals).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await ds2.destroy();
      await small.close();
    }
  });

  it('state outside the log changes in the same transaction as the events, or not at all', async () => {
    const id = `c-${randomUUID()}`;
    const side = async () =>
      (await fx.pool.query<{ total: number }>(`SELECT total FROM test_side_state WHERE stream_id = $1`, [id]))
        .rows[0]?.total;
    const withSide = (by: number, fail: boolean) =>
      executor.execute({
        streamId: id,
        streamType: 'Counter',
        decider: counter,
        command: { type: 'Add', by, limit: 1000 },
        owningUnit: 'unit-a',
        metadata: { actorUser: 'u', actorUnit: 'unit-a', command: 'Add', correlationId: randomUUID() },
        alsoWithin: async (tx, { events }) => {
          const total = events[0].data.total;
          await tx.query(
            `INSERT INTO test_side_state (stream_id, total) VALUES ($1, $2) ON CONFLICT (stream_id) DO UPDATE SET total = $2`,
            [id, total],
          );
          if (fail) throw new Error('crash after writing both');
        },
      });
    await withSide(3, false);
    expect(await side()).toBe(3);
    await expect(withSide(4, true)).rejects.toThrow('crash after writing both');
    expect(await side()).toBe(3);
    expect(await fx.store.streamVersion(id)).toBe(1);
    await withSide(4, false);
    expect(await side()).toBe(7);
    expect((await fx.store.readStream(id)).map((e) => e.data.total)).toEqual([3, 7]);
  });
});
