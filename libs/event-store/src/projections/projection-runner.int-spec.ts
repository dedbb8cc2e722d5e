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
        runnerB.notify();
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
});
