import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { appendRequest, openStore, StoreFixture } from '../../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';
import {
  compareLogPositions,
  LOG_START,
  LogPosition,
  LogNotifier,
  Projection,
  ProjectionRunner,
  RecordedEvent,
} from '@app/event-store';

/** A small read model: per stream, how many events and the last type. */
class StreamSummaryProjection implements Projection {
  readonly name: string;
  readonly tables = ['test_stream_summary'];
  readonly eventTypes = ['Counted', 'Poison'];
  poisonArmed = false;

  constructor(name = 'stream-summary') {
    this.name = name;
  }

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      await manager.query(
        `INSERT INTO test_stream_summary (stream_id, events, last_type, applied_count) VALUES ($1, 1, $2, 1)
         ON CONFLICT (stream_id) DO UPDATE SET events = test_stream_summary.events + 1, last_type = EXCLUDED.last_type,
                                               applied_count = test_stream_summary.applied_count + 1`,
        [e.streamId, e.type],
      );
      if (e.type === 'Poison' && this.poisonArmed) throw new Error('projection bug');
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM test_stream_summary`);
  }
}

/** Records how many times each event was applied to it: exactly-once shows as every count being 1. */
class AppliedProjection implements Projection {
  readonly tables = ['test_applied'];
  readonly eventTypes = ['Counted'];
  /** While set, apply waits for it: the catch-up holds its checkpoint meanwhile. */
  gate?: Promise<void>;
  entered?: () => void;

  constructor(readonly name: string) {}

  async apply(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    this.entered?.();
    await this.gate;
    await manager.query(
      `INSERT INTO test_applied (projection, event_id, times) SELECT $1, unnest($2::uuid[]), 1
       ON CONFLICT (projection, event_id) DO UPDATE SET times = test_applied.times + 1`,
      [this.name, events.map((e) => e.eventId)],
    );
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM test_applied WHERE projection = $1`, [this.name]);
  }
}

let db: TestDatabase;
let fx: StoreFixture;
let ds: DataSource;

async function summary(): Promise<Record<string, { events: number; last_type: string }>> {
  const rows = await ds.query<{ stream_id: string; events: number; last_type: string }[]>(
    `SELECT stream_id, events, last_type FROM test_stream_summary ORDER BY stream_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.stream_id, { events: r.events, last_type: r.last_type }]));
}

async function checkpoint(name: string): Promise<string> {
  const rows = await ds.query<{ cp: string }[]>(
    `SELECT transaction_id::text || ':' || global_position AS cp FROM es_projection_checkpoints WHERE name = $1`,
    [name],
  );
  return rows[0]?.cp ?? 'none';
}

async function storedCheckpoint(name: string): Promise<LogPosition> {
  const rows = await ds.query<{ t: string; p: string }[]>(
    `SELECT transaction_id::text AS t, global_position::text AS p FROM es_projection_checkpoints WHERE name = $1`,
    [name],
  );
  return { transactionId: BigInt(rows[0].t), globalPosition: BigInt(rows[0].p) };
}

function at(p: LogPosition): string {
  return `${p.transactionId}:${p.globalPosition}`;
}

function newDataSource(): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url: db.appUrl, synchronize: false }).initialize();
}

beforeAll(async () => {
  db = await createTestDatabase('proj');
  // A read-model table for this test only, made the way migrations make them: owned by the owner, granted to the app.
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`CREATE TABLE test_stream_summary (stream_id text PRIMARY KEY, events int NOT NULL, last_type text NOT NULL,
                                                       applied_count int NOT NULL)`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON test_stream_summary TO yuqing_app`);
  await owner.query(`CREATE TABLE test_applied (projection text NOT NULL, event_id uuid NOT NULL, times int NOT NULL,
                                                PRIMARY KEY (projection, event_id))`);
  await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON test_applied TO yuqing_app`);
  await owner.end();
  fx = openStore(db);
  ds = await newDataSource();
});

afterAll(async () => {
  await ds.destroy();
  await fx.close();
  await db.drop();
});

beforeEach(async () => {
  await ds.query(`DELETE FROM test_stream_summary`);
});

describe('projection runner', () => {
  it('applies events and moves the checkpoint; waitFor makes the effect visible to the next read', async () => {
    const runner = new ProjectionRunner(ds, fx.store, [new StreamSummaryProjection('p-basic')]);
    await runner.start();
    const req = appendRequest({
      events: [
        { type: 'Counted', data: {} },
        { type: 'Ignored', data: {} },
        { type: 'Counted', data: {} },
      ],
    });
    const result = await fx.store.append(req);
    const lastPos = result.positions[2];
    await runner.waitFor(lastPos);
    expect((await summary())[req.streamId]).toEqual({ events: 2, last_type: 'Counted' });
    expect(await checkpoint('p-basic')).toBe(`${lastPos.transactionId}:${lastPos.globalPosition}`);
    expect(compareLogPositions(runner.position('p-basic'), lastPos)).toBe(0);
  });

  it('moves model and checkpoint together or not at all', async () => {
    const projection = new StreamSummaryProjection('p-atomic');
    const runner = new ProjectionRunner(ds, fx.store, [projection]);
    await runner.start();
    const ok = appendRequest({ events: [{ type: 'Counted', data: {} }] });
    await runner.waitFor((await fx.store.append(ok)).positions[0]);
    const cpBefore = await checkpoint('p-atomic');
    const modelBefore = await summary();

    projection.poisonArmed = true;
    const bad = appendRequest({
      events: [
        { type: 'Counted', data: {} },
        { type: 'Poison', data: {} },
      ],
    });
    const appended = await fx.store.append(bad);
    // The log fence is server-wide: other test files' open transactions may hold the new events back a moment.
    await fx.store.waitUntilReadable(appended.positions[1]);
    await expect(runner.catchUp('p-atomic')).rejects.toThrow('projection bug');
    expect(await checkpoint('p-atomic')).toBe(cpBefore);
    expect(await summary()).toEqual(modelBefore);

    projection.poisonArmed = false;
    await runner.catchUp('p-atomic');
    expect((await summary())[bad.streamId]).toEqual({ events: 2, last_type: 'Poison' });
  });

  it('projections caught up together share a transaction, yet a broken one holds back only itself', async () => {
    const broken = new StreamSummaryProjection('p-broken');
    const healthy: Projection = {
      name: 'p-healthy',
      tables: [],
      eventTypes: ['Counted', 'Poison'],
      apply: async (events, manager) => {
        await manager.query(`SELECT $1::int`, [events.length]);
      },
      clear: async () => undefined,
    };
    const told: string[] = [];
    const runner = new ProjectionRunner(ds, fx.store, [broken, healthy], {
      onBroken: (name, error) => told.push(`${name}: ${error.message}`),
    });
    await runner.start();
    const before = await checkpoint('p-broken');
    broken.poisonArmed = true;
    const appended = await fx.store.append(
      appendRequest({
        events: [
          { type: 'Counted', data: {} },
          { type: 'Poison', data: {} },
        ],
      }),
    );
    const end = appended.positions[1];
    await fx.store.waitUntilReadable(end);
    await expect(runner.catchUpAll()).rejects.toThrow('projection bug');
    expect(await checkpoint('p-healthy')).toBe(`${end.transactionId}:${end.globalPosition}`);
    expect(await checkpoint('p-broken')).toBe(before);
    // Later events still reach the healthy one, round after round, while the broken one stays stuck.
    const later = (await fx.store.append(appendRequest({ events: [{ type: 'Counted', data: {} }] })))
      .positions[0];
    await fx.store.waitUntilReadable(later);
    await expect(runner.catchUpAll()).rejects.toThrow('projection bug');
    expect(await checkpoint('p-healthy')).toBe(`${later.transactionId}:${later.globalPosition}`);
    expect(await checkpoint('p-broken')).toBe(before);
    // Commands wait for the read models that can move (read-your-writes), not for the broken one: a bad event in
    // the log must not stop every mutation on the platform. The broken one is named, with why.
    await expect(runner.waitFor(later)).resolves.toBeUndefined();
    expect(runner.brokenProjections()).toEqual([
      { name: 'p-broken', error: expect.stringContaining('projection bug') },
    ]);
    // Someone is told once, not at every one of the rounds that retried it.
    expect(told).toEqual([expect.stringMatching(/^p-broken: .*projection bug/)]);
    broken.poisonArmed = false;
    await runner.waitFor(later);
    expect(await checkpoint('p-broken')).toBe(`${later.transactionId}:${later.globalPosition}`);
    expect(runner.brokenProjections()).toEqual([]);
  });

  it('two processes on one projection apply each event exactly once', async () => {
    const ds2 = await newDataSource();
    const other = openStore(db);
    try {
      const a = new ProjectionRunner(ds, fx.store, [new StreamSummaryProjection('p-shared')], {
        batchSize: 7,
      });
      const b = new ProjectionRunner(ds2, other.store, [new StreamSummaryProjection('p-shared')], {
        batchSize: 5,
      });
      await Promise.all([a.start(), b.start()]);
      const streamId = `shared-${Date.now()}`;
      const results = await Promise.all(
        Array.from({ length: 120 }, (_, i) =>
          (i % 2 ? other : fx).store
            .append(appendRequest({ streamId, events: [{ type: 'Counted', data: { i } }] }))
            .then(async (r) => {
              await Promise.all([a.catchUp('p-shared'), b.catchUp('p-shared')]);
              return r;
            }),
        ),
      );
      const last = results.map((r) => r.positions[0]).sort(compareLogPositions)[results.length - 1];
      await Promise.all([a.waitFor(last), b.waitFor(last)]);
      const rows = await ds.query<
        {
          events: number;
          applied_count: number;
        }[]
      >(`SELECT events, applied_count FROM test_stream_summary WHERE stream_id = $1`, [streamId]);
      expect(rows[0]).toEqual({ events: 120, applied_count: 120 });
    } finally {
      await ds2.destroy();
      await other.close();
    }
  });

  it('rebuilds a read model from the log with identical content and reports progress', async () => {
    const runner = new ProjectionRunner(ds, fx.store, [new StreamSummaryProjection('p-rebuild')], {
      batchSize: 50,
    });
    await runner.start();
    let last: LogPosition = LOG_START;
    for (let i = 0; i < 30; i++) {
      const r = await fx.store.append(
        appendRequest({
          events: Array.from({ length: 1 + (i % 4) }, (_, j) => ({
            type: j % 2 ? 'Counted' : 'Other',
            data: {},
          })),
        }),
      );
      last = r.positions[r.positions.length - 1];
    }
    await runner.waitFor(last);
    const live = await summary();
    expect(Object.keys(live).length).toBeGreaterThan(10);
    // Corrupt the live model to prove the rebuild really rebuilds.
    await ds.query(`UPDATE test_stream_summary SET events = 999`);
    const progress: number[] = [];
    const result = await runner.rebuild('p-rebuild', (p) => progress.push(p.processed));
    expect(await summary()).toEqual(live);
    expect(result.processed).toBeGreaterThanOrEqual(30);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(result.processed);
  });

  it('a second process hears appends through LISTEN/NOTIFY and catches up on its own', async () => {
    const ds2 = await newDataSource();
    const other = openStore(db);
    const notifier = new LogNotifier(db.appUrl);
    const runnerB = new ProjectionRunner(ds2, other.store, [new StreamSummaryProjection('p-notified')]);
    try {
      await notifier.start();
      await runnerB.start();
      let heard = 0;
      notifier.subscribe(() => {
        heard++;
        runnerB.notifyFromElsewhere();
      });
      const req = appendRequest({ events: [{ type: 'Counted', data: {} }] });
      await fx.store.append(req); // written by "process A"
      const deadline = Date.now() + 5000;
      while (!(await summary())[req.streamId] && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(heard).toBeGreaterThan(0);
      expect((await summary())[req.streamId]).toEqual({ events: 1, last_type: 'Counted' });
    } finally {
      runnerB.stop();
      await notifier.stop();
      await ds2.destroy();
      await other.close();
    }
  });
  it('stores the position a projection passed without reading anything, not at every event, and a new runner starts there', async () => {
    const runner = new ProjectionRunner(ds, fx.store, [new StreamSummaryProjection('p-skipping')], {
      storeSkippedEvery: 10,
    });
    await runner.start();
    // Start from a stored checkpoint: an event it reads.
    const read = await fx.store.append(appendRequest({ events: [{ type: 'Counted', data: {} }] }));
    await runner.waitFor(read.positions[0]);
    const initial = await checkpoint('p-skipping');
    expect(initial).toBe(at(read.positions[0]));
    const ignored = async (n: number) => {
      const positions: LogPosition[] = [];
      for (let i = 0; i < n; i++)
        positions.push(
          (await fx.store.append(appendRequest({ events: [{ type: 'Ignored', data: { i } }] }))).positions[0],
        );
      return positions;
    };
    const few = await ignored(4);
    await runner.waitFor(few[3]);
    // Fewer than ten passed: the position moved in memory only (no write per event).
    expect(compareLogPositions(runner.position('p-skipping'), few[3])).toBe(0);
    expect(await checkpoint('p-skipping')).toBe(initial);

    const more = await ignored(8);
    await runner.waitFor(more[7]);
    // Ten or more passed: stored, at the position reached by the round that counted the tenth (a fence held by
    // another test file's transaction may have split the reads), so somewhere from the tenth event to the last.
    const storedAt = await storedCheckpoint('p-skipping');
    expect(compareLogPositions(storedAt, more[5])).toBeGreaterThanOrEqual(0);
    expect(compareLogPositions(storedAt, more[7])).toBeLessThanOrEqual(0);

    // An event in a transaction still open when later ones commit: read it only after it commits, never skip it,
    // however the positions after it are stored.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let appendedInside!: () => void;
    const inside = new Promise<void>((r) => (appendedInside = r));
    const late = appendRequest({ events: [{ type: 'Counted', data: {} }] });
    const openTx = fx.store.inTransaction(async (tx) => {
      const r = await tx.append(late);
      appendedInside();
      await held;
      return r;
    });
    await inside;
    const after = await ignored(12);
    const restarted = new ProjectionRunner(ds, fx.store, [new StreamSummaryProjection('p-skipping')], {
      storeSkippedEvery: 1,
    });
    const reads: LogPosition[] = [];
    const readLog = fx.store.readLog.bind(fx.store);
    const spy = jest.spyOn(fx.store, 'readLog').mockImplementation((from, limit, query) => {
      reads.push(from);
      return readLog(from, limit, query);
    });
    try {
      await restarted.start();
      // It started where the skipping was stored, not at the log's start.
      expect(at(reads[0])).toBe(at(storedAt));
      // The open transaction holds the fence: nothing after it is passed or stored yet.
      expect(compareLogPositions(await storedCheckpoint('p-skipping'), after[0])).toBeLessThan(0);
      release();
      const counted = (await openTx).positions[0];
      await restarted.waitFor(after[11]);
      expect(compareLogPositions(restarted.position('p-skipping'), counted)).toBeGreaterThan(0);
      expect((await summary())[late.streamId]).toEqual({ events: 1, last_type: 'Counted' });
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('a process that finds a checkpoint held leaves the work to its holder, and its waitFor returns once that commits', async () => {
    const ds2 = await newDataSource();
    const other = openStore(db);
    const holding = new AppliedProjection('p-held');
    const a = new ProjectionRunner(ds, fx.store, [holding]);
    const b = new ProjectionRunner(ds2, other.store, [new AppliedProjection('p-held')]);
    try {
      await Promise.all([a.start(), b.start()]);
      let open!: () => void;
      holding.gate = new Promise<void>((r) => (open = r));
      const entered = new Promise<void>((r) => (holding.entered = r));
      const appended = await fx.store.append(appendRequest({ events: [{ type: 'Counted', data: {} }] }));
      const position = appended.positions[0];
      await fx.store.waitUntilReadable(position);
      const applying = a.catchUp('p-held');
      await entered; // a holds the checkpoint, in the middle of applying
      let returned = false;
      const waited = b.waitFor(position).then(() => (returned = true));
      await new Promise((r) => setTimeout(r, 300));
      // b neither applies the event itself nor takes it as done while a's transaction is open.
      expect(returned).toBe(false);
      open();
      await Promise.all([applying, waited]);
      expect(compareLogPositions(b.position('p-held'), position)).toBe(0);
      const rows = await ds.query<{ times: number }[]>(
        `SELECT times FROM test_applied WHERE projection = 'p-held' AND event_id = $1`,
        [(await fx.store.readStream(appended.streamId))[0].eventId],
      );
      expect(rows).toEqual([{ times: 1 }]);
    } finally {
      holding.gate = undefined;
      await ds2.destroy();
      await other.close();
    }
  });

  it("two processes hearing each other's appends apply every event exactly once, and each one's waitFor sees its own writes", async () => {
    const ds2 = await newDataSource();
    const other = openStore(db);
    const processes = [
      { ds, store: fx.store, notifier: new LogNotifier(db.appUrl, fx.store.notifyToken) },
      { ds: ds2, store: other.store, notifier: new LogNotifier(db.appUrl, other.store.notifyToken) },
    ].map((p, i) => ({
      ...p,
      // Small batches and two projections in one group, so that rounds overlap on both processes.
      runner: new ProjectionRunner(
        p.ds,
        p.store,
        [
          new AppliedProjection('p-two-a'),
          new AppliedProjection('p-two-b'),
          new StreamSummaryProjection('p-two-s'),
        ],
        { batchSize: 3 + i, storeSkippedEvery: 2 },
      ),
    }));
    const unsubscribe: (() => void)[] = [];
    try {
      for (const p of processes) {
        await p.notifier.start();
        // Wired as EventStoreLifecycle wires a process: others' appends by NOTIFY, its own directly.
        unsubscribe.push(p.notifier.subscribe(() => p.runner.notifyFromElsewhere()));
        unsubscribe.push(p.store.onAppended((lastPosition) => p.runner.notify(lastPosition)));
      }
      await Promise.all(processes.map((p) => p.runner.start()));
      const seen: number[] = [];
      const positions = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const p = processes[i % 2];
          const req = appendRequest({
            events: [
              { type: 'Counted', data: { i } },
              { type: 'Ignored', data: { i } },
            ],
          });
          const r = await p.store.append(req);
          // As a command does: wait for the read models, then read its own write back.
          await p.runner.waitFor(r.positions[1]);
          const row = await p.ds.query<{ events: number }[]>(
            `SELECT events FROM test_stream_summary WHERE stream_id = $1`,
            [req.streamId],
          );
          seen.push(row[0]?.events ?? 0);
          return r.positions[1];
        }),
      );
      expect(seen).toEqual(Array(60).fill(1));
      const end = positions.sort(compareLogPositions)[positions.length - 1];
      await Promise.all(processes.map((p) => p.runner.waitFor(end)));
      for (const p of processes) expect(p.runner.brokenProjections()).toEqual([]);
      // Every Counted event of the log (this file's database), this test's and the earlier tests', once each.
      const owner = new Client({ connectionString: db.ownerUrl });
      await owner.connect();
      const logged = (
        await owner
          .query<{ n: string }>(`SELECT count(*)::text AS n FROM es_events WHERE event_type = 'Counted'`)
          .finally(() => owner.end())
      ).rows[0].n;
      expect(Number(logged)).toBeGreaterThanOrEqual(60);
      const counts = await ds.query<{ projection: string; events: string; max: number }[]>(
        `SELECT projection, count(*)::text AS events, max(times) AS max FROM test_applied
          WHERE projection LIKE 'p-two-%' GROUP BY projection ORDER BY projection`,
      );
      expect(counts).toEqual([
        { projection: 'p-two-a', events: logged, max: 1 },
        { projection: 'p-two-b', events: logged, max: 1 },
      ]);
    } finally {
      for (const u of unsubscribe) u();
      for (const p of processes) {
        p.runner.stop();
        await p.notifier.stop();
      }
      await ds2.destroy();
      await other.close();
    }
  });
});
