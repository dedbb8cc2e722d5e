import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { appendRequest, openStore, StoreFixture, TEST_UNIT } from '../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-server';
import {
  compareLogPositions,
  EventSchemaRegistry,
  IdempotencyKeyReused,
  InvalidAppend,
  LOG_START,
  LogPosition,
  RecordedEvent,
  StreamMismatch,
  VersionConflict,
} from '@app/event-store';

let db: TestDatabase;
let fx: StoreFixture;

beforeAll(async () => {
  db = await createTestDatabase('es');
  fx = openStore(db);
});

afterAll(async () => {
  await fx.close();
  await db.drop();
});

async function countEvents(streamId: string): Promise<number> {
  const { rows } = await fx.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM es_events WHERE stream_id = $1`,
    [streamId],
  );
  return Number(rows[0].n);
}

describe('appends inside transactions', () => {
  it('concurrent first appends to a new stream (an empty inbox) queue instead of failing on the unique key', async () => {
    const streamId = `inbox-${randomUUID()}`;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fx.store.inTransaction(async (tx) => {
          await tx.append(
            appendRequest({ streamId, expectedVersion: 'any', events: [{ type: 'Arrived', data: { i } }] }),
          );
          // Hold the transaction open a moment, as a command doing more work would.
          await tx.query('SELECT pg_sleep(0.02)');
        }),
      ),
    );
    const events = await fx.store.readStream(streamId);
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('append and read', () => {
  it('appends atomically and reads a stream forward from a version', async () => {
    const req = appendRequest({
      expectedVersion: 'no-stream',
      events: [
        { type: 'A', data: { i: 1 } },
        { type: 'B', data: { i: 2, nested: { z: 1, a: [1, 'x'] } } },
        { type: 'C', data: { i: 3 } },
      ],
    });
    const result = await fx.store.append(req);
    expect(result).toMatchObject({
      streamId: req.streamId,
      firstVersion: 1,
      lastVersion: 3,
      duplicate: false,
    });
    expect(result.positions).toHaveLength(3);

    const all = await fx.store.readStream(req.streamId);
    expect(all.map((e) => [e.streamVersion, e.type, e.data])).toEqual([
      [1, 'A', { i: 1 }],
      [2, 'B', { i: 2, nested: { z: 1, a: [1, 'x'] } }],
      [3, 'C', { i: 3 }],
    ]);
    expect(all[0].metadata).toMatchObject({ actorUser: 'user-1', actorUnit: TEST_UNIT, command: 'DoThing' });
    expect(all[0].owningUnit).toBe(TEST_UNIT);
    expect(all[1].prevHash).toBe(all[0].hash);
    const fromTwo = await fx.store.readStream(req.streamId, { fromVersion: 2 });
    expect(fromTwo.map((e) => e.streamVersion)).toEqual([2, 3]);
  });

  it('checks the expected version: no-stream, exact, any', async () => {
    const req = appendRequest({ expectedVersion: 'no-stream' });
    await fx.store.append(req);
    await expect(fx.store.append({ ...req, expectedVersion: 'no-stream' })).rejects.toMatchObject({
      name: 'VersionConflict',
      expected: 'no-stream',
      actual: 1,
    });
    await expect(fx.store.append({ ...req, expectedVersion: 5 })).rejects.toMatchObject({
      expected: 5,
      actual: 1,
    });
    await expect(fx.store.append({ ...req, expectedVersion: 1 })).resolves.toMatchObject({ lastVersion: 2 });
    await expect(fx.store.append({ ...req, expectedVersion: 'any' })).resolves.toMatchObject({
      lastVersion: 3,
    });
    const missing = appendRequest({ expectedVersion: 2 });
    const err = await fx.store.append(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VersionConflict);
    expect((err as VersionConflict).actual).toBe('no-stream');
    expect((err as Error).message).toContain('expected 2, actual no-stream');
    expect(await countEvents(req.streamId)).toBe(3);
    expect(await countEvents(missing.streamId)).toBe(0);
    expect(await fx.store.streamVersion(missing.streamId)).toBeNull();
  });

  it('writes nothing of a multi-event append that conflicts', async () => {
    const req = appendRequest({ expectedVersion: 'no-stream' });
    await fx.store.append(req);
    await expect(
      fx.store.append({
        ...req,
        expectedVersion: 7,
        events: [
          { type: 'X', data: {} },
          { type: 'Y', data: {} },
        ],
      }),
    ).rejects.toBeInstanceOf(VersionConflict);
    expect(await countEvents(req.streamId)).toBe(1);
  });

  it('refuses a different owner or type for an existing stream', async () => {
    const req = appendRequest();
    await fx.store.append(req);
    await expect(fx.store.append({ ...req, owningUnit: 'unit-b' })).rejects.toBeInstanceOf(StreamMismatch);
    await expect(fx.store.append({ ...req, streamType: 'Other' })).rejects.toBeInstanceOf(StreamMismatch);
    expect(await countEvents(req.streamId)).toBe(1);
  });

  it('rejects malformed appends with a clear message and writes nothing', async () => {
    await expect(fx.store.append(appendRequest({ events: [] }))).rejects.toThrow(/events must not be empty/);
    await expect(fx.store.append(appendRequest({ streamId: '' }))).rejects.toBeInstanceOf(InvalidAppend);
    const nul = appendRequest({ events: [{ type: 'A', data: { s: 'bad\u0000byte' } }] });
    await expect(fx.store.append(nul)).rejects.toThrow(/NUL/);
    expect(await countEvents(nul.streamId)).toBe(0);
  });

  it('a bad append does not sink others committed in the same group', async () => {
    const good = Array.from({ length: 20 }, () => appendRequest({ expectedVersion: 'no-stream' }));
    const clash = appendRequest({ expectedVersion: 'no-stream' });
    await fx.store.append(clash);
    const results = await Promise.allSettled([
      ...good.map((g) => fx.store.append(g)),
      fx.store.append({ ...clash }),
    ]);
    expect(results.slice(0, 20).every((r) => r.status === 'fulfilled')).toBe(true);
    expect(results[20].status).toBe('rejected');
  });
});

describe('a moment in the log', () => {
  it('tells events committed before it from those committed after, whatever their order in the log', async () => {
    // A slow writer: its transaction starts first (lower transaction id) but commits after the moment.
    const client = new Client({ connectionString: db.appUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT pg_current_xact_id()');
    const slow = BigInt(
      (await client.query<{ x: string }>(`SELECT pg_current_xact_id()::text AS x`)).rows[0].x,
    );
    const early = await fx.store.append(appendRequest());
    const committed = await fx.store.committedAsOfNow();
    const late = await fx.store.append(appendRequest());
    await client.query('COMMIT');
    await client.end();
    expect(committed(early.positions[0])).toBe(true);
    expect(committed(late.positions[0])).toBe(false);
    expect(committed({ transactionId: slow })).toBe(false);
  });
});

describe('idempotency', () => {
  it('returns the first result and writes nothing when the same unit repeats a key', async () => {
    const key = randomUUID();
    const req = appendRequest({
      metadata: { idempotencyKey: key } as never,
      events: [
        { type: 'A', data: { v: 1 } },
        { type: 'B', data: {} },
      ],
    });
    const first = await fx.store.append(req);
    const again = await fx.store.append({
      ...req,
      metadata: { ...req.metadata, correlationId: randomUUID() },
    });
    expect(again.duplicate).toBe(true);
    expect(again.positions).toEqual(first.positions);
    expect(again.lastVersion).toBe(first.lastVersion);
    expect(await countEvents(req.streamId)).toBe(2);
  });

  it('refuses a key reused for a different request', async () => {
    const key = randomUUID();
    const req = appendRequest({ metadata: { idempotencyKey: key } as never });
    await fx.store.append(req);
    await expect(
      fx.store.append({ ...req, events: [{ type: 'A', data: { different: true } }] }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('scopes keys by the acting unit', async () => {
    const key = randomUUID();
    const a = appendRequest({ metadata: { idempotencyKey: key, actorUnit: 'unit-a' } as never });
    const b = appendRequest({ metadata: { idempotencyKey: key, actorUnit: 'unit-b' } as never });
    expect((await fx.store.append(a)).duplicate).toBe(false);
    expect((await fx.store.append(b)).duplicate).toBe(false);
  });

  it('writes once when the same keyed append races from two processes', async () => {
    const other = openStore(db);
    try {
      const key = randomUUID();
      const req = appendRequest({ metadata: { idempotencyKey: key } as never });
      const results = await Promise.all([
        ...Array.from({ length: 5 }, () => fx.store.append(req)),
        ...Array.from({ length: 5 }, () => other.store.append(req)),
      ]);
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => r.positions[0].globalPosition))).toHaveProperty('size', 1);
      expect(await countEvents(req.streamId)).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('concurrent writers', () => {
  it('lets exactly one of many writers at the same expected version win, losing nothing', async () => {
    const other = openStore(db);
    try {
      const req = appendRequest({ expectedVersion: 'no-stream' });
      await fx.store.append(req);
      let version = 1;
      for (let round = 0; round < 10; round++) {
        const attempts = Array.from({ length: 8 }, (_, i) =>
          (i % 2 ? other : fx).store.append({
            ...req,
            expectedVersion: version,
            events: [{ type: 'Tick', data: { round, i } }],
          }),
        );
        const results = await Promise.allSettled(attempts);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((r) => r.reason instanceof VersionConflict)).toBe(true);
        version++;
      }
      const events = await fx.store.readStream(req.streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    } finally {
      await other.close();
    }
  });

  it('keeps every append with expected version any under contention', async () => {
    const other = openStore(db);
    try {
      const req = appendRequest();
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 ? other : fx).store.append({ ...req, events: [{ type: 'T', data: { i } }] }),
        ),
      );
      const events = await fx.store.readStream(req.streamId);
      expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(new Set(events.map((e) => e.data.i))).toHaveProperty('size', 60);
      for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    } finally {
      await other.close();
    }
  });
  it('a process whose remembered head went stale (another process appended) still chains correctly', async () => {
    const other = openStore(db);
    try {
      const req = appendRequest({ expectedVersion: 'no-stream' });
      await fx.store.append(req); // this process now remembers version 1
      await other.store.append({ ...req, expectedVersion: 1 }); // the other process writes version 2
      const third = await fx.store.append({ ...req, expectedVersion: 'any' });
      expect(third.lastVersion).toBe(3);
      await expect(fx.store.append({ ...req, expectedVersion: 1 })).rejects.toMatchObject({ actual: 3 });
      const events = await fx.store.readStream(req.streamId);
      expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    } finally {
      await other.close();
    }
  });
});

describe('the global log and the gap problem', () => {
  /** Raw event insert in an open transaction: a writer that took a position but has not committed yet. */
  async function openSlowWriter(streamId: string): Promise<{ client: Client; commit(): Promise<void> }> {
    const client = new Client({ connectionString: db.appUrl });
    await client.connect();
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO es_events (event_id, stream_id, stream_type, stream_version, event_type, schema_version, data, metadata,
                              recorded_at, owning_unit, prev_hash, hash)
       VALUES ($1, $2, 'Slow', 1, 'SlowEvent', 1, '{}', '{}', now(), $3, '', 'sha256:slow')`,
      [randomUUID(), streamId, TEST_UNIT],
    );
    return {
      client,
      commit: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  async function tail(): Promise<LogPosition> {
    const { rows } = await fx.pool.query<{ t: string; p: string }>(
      `SELECT transaction_id::text AS t, global_position::text AS p FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    return rows[0] ? { transactionId: BigInt(rows[0].t), globalPosition: BigInt(rows[0].p) } : LOG_START;
  }

  it('does not let a reader pass an event that an older transaction commits later with a lower position', async () => {
    const start = await tail();
    const slowStream = `slow-${randomUUID()}`;
    const slow = await openSlowWriter(slowStream);
    const fast = await fx.store.append(appendRequest());
    // The fast event is committed, but an older transaction holding a lower position is still open: the reader
    // must stop before it rather than move its checkpoint past the slow event's place.
    expect(fast.positions[0].globalPosition).toBeGreaterThan(0n);
    const before = await fx.store.readLog(start, 1000);
    expect(before.find((e) => e.globalPosition === fast.positions[0].globalPosition)).toBeUndefined();
    await slow.commit();
    // The fence is the oldest running transaction on the whole server (other test files run beside this one), so
    // read until the fast event shows up rather than assuming one read suffices.
    let after: RecordedEvent[] = [];
    for (
      let i = 0;
      i < 500 && !after.some((e) => e.globalPosition === fast.positions[0].globalPosition);
      i++
    ) {
      after = await fx.store.readLog(start, 1000);
      await new Promise((r) => setTimeout(r, 10));
    }
    const slowIndex = after.findIndex((e) => e.streamId === slowStream);
    const fastIndex = after.findIndex((e) => e.globalPosition === fast.positions[0].globalPosition);
    expect(slowIndex).toBeGreaterThanOrEqual(0);
    expect(fastIndex).toBeGreaterThan(slowIndex);
  });

  it('a catch-up reader alongside many concurrent writers sees every event exactly once, in order', async () => {
    const writers = [fx, openStore(db), openStore(db), openStore(db)];
    const start = await tail();
    const seen: RecordedEvent[] = [];
    let done = false;
    const expected = 400 * 2 + 12;
    let giveUpAt = Infinity;
    const reader = (async () => {
      let cp = start;
      for (;;) {
        const finished = done;
        const batch = await fx.store.readLog(cp, 37);
        for (const e of batch) {
          seen.push(e);
          cp = { transactionId: e.transactionId, globalPosition: e.globalPosition };
        }
        if (batch.length === 0) {
          // Done once every written event was read; the fence may trail behind unrelated transactions a while.
          if (finished && seen.length >= expected) return;
          if (finished && Date.now() > giveUpAt) return;
          await new Promise((r) => setTimeout(r, 1));
        }
      }
    })();

    const written: bigint[] = [];
    const appends = Array.from({ length: 400 }, async (_, i) => {
      const w = writers[i % writers.length];
      const r = await w.store.append(
        appendRequest({
          events: [
            { type: 'W', data: { i } },
            { type: 'W2', data: { i } },
          ],
        }),
      );
      written.push(...r.positions.map((p) => p.globalPosition));
    });
    // Slow raw writers hold positions open across many fast commits: the situation where gaps appear.
    const slow = Array.from({ length: 12 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 7));
      const streamId = `slow-${randomUUID()}`;
      const s = await openSlowWriter(streamId);
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 60));
      const { rows } = await s.client.query<{ p: string }>(
        `SELECT global_position::text AS p FROM es_events WHERE stream_id = $1`,
        [streamId],
      );
      written.push(BigInt(rows[0].p));
      await s.commit();
    });
    await Promise.all([...appends, ...slow]);
    giveUpAt = Date.now() + 20_000;
    done = true;
    await reader;
    for (const w of writers.slice(1)) await w.close();

    const seenPositions = seen.map((e) => e.globalPosition);
    expect(new Set(seenPositions).size).toBe(seenPositions.length);
    expect(new Set(seenPositions)).toEqual(new Set(written));
    for (let i = 1; i < seen.length; i++) expect(compareLogPositions(seen[i - 1], seen[i])).toBeLessThan(0);
  });
});

describe('append-only log', () => {
  it('the application role may not update, delete or truncate events', async () => {
    await fx.store.append(appendRequest());
    await expect(fx.pool.query(`UPDATE es_events SET data = '{}'`)).rejects.toMatchObject({ code: '42501' });
    await expect(fx.pool.query(`DELETE FROM es_events`)).rejects.toMatchObject({ code: '42501' });
    await expect(fx.pool.query(`TRUNCATE es_events`)).rejects.toMatchObject({ code: '42501' });
  });

  it('a trigger refuses rewrites even to the owner', async () => {
    await fx.store.append(appendRequest());
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE es_events SET data = '{"x":1}'`)).rejects.toMatchObject({
        code: 'YQ001',
      });
      await expect(owner.query(`DELETE FROM es_events`)).rejects.toMatchObject({ code: 'YQ001' });
      await expect(owner.query(`TRUNCATE es_events`)).rejects.toMatchObject({ code: 'YQ001' });
    } finally {
      await owner.end();
    }
  });
});

describe('schema evolution', () => {
  it('upcasts a stored v1 payload to the current shape on read, leaving the stored event untouched', async () => {
    const v1 = openStore(db, { schemas: new EventSchemaRegistry().define('NameGiven', 1) });
    const req = appendRequest({ events: [{ type: 'NameGiven', data: { name: 'Zhang San' } }] });
    try {
      await v1.store.append(req);
    } finally {
      await v1.close();
    }
    const v2Schemas = new EventSchemaRegistry().define('NameGiven', 2, {
      1: (d) => {
        const [family, ...given] = String(d.name).split(' ');
        return { familyName: family, givenName: given.join(' ') };
      },
    });
    const v2 = openStore(db, { schemas: v2Schemas });
    try {
      const [e] = await v2.store.readStream(req.streamId);
      expect(e.storedSchemaVersion).toBe(1);
      expect(e.schemaVersion).toBe(2);
      expect(e.data).toEqual({ familyName: 'Zhang', givenName: 'San' });
      const { rows } = await v2.pool.query<{ data: unknown; schema_version: number }>(
        `SELECT data, schema_version FROM es_events WHERE stream_id = $1`,
        [req.streamId],
      );
      expect(rows[0]).toEqual({ data: { name: 'Zhang San' }, schema_version: 1 });
      // New appends are written in the current version.
      await v2.store.append({
        ...req,
        events: [{ type: 'NameGiven', data: { familyName: 'Li', givenName: 'Si' } }],
      });
      const [, second] = await v2.store.readStream(req.streamId);
      expect(second.storedSchemaVersion).toBe(2);
    } finally {
      await v2.close();
    }
  });

  it('refuses a schema declared without every upcaster', () => {
    expect(() => new EventSchemaRegistry().define('X', 3, { 1: (d) => d })).toThrow(
      /missing upcaster from v2/,
    );
  });
});
