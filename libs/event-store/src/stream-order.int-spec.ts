import { randomUUID } from 'node:crypto';
import { LOG_START, LogPosition, LogVerifier, StoreTransaction } from '@app/event-store';
import { appendRequest, openStore, StoreFixture } from '../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-server';

/**
 * Each stream's versions follow the log's order (ADR 0015), and transactions that write several streams never
 * deadlock, whatever order they name them in. Two stores stand for two API processes; every transaction writes a
 * stream of its own first (its transaction id is taken there) and then shared streams, as a command does when it
 * delivers to units' inboxes.
 */
let db: TestDatabase;
let a: StoreFixture;
let b: StoreFixture;

beforeAll(async () => {
  db = await createTestDatabase('order');
  a = openStore(db, { poolSize: 12 });
  b = openStore(db, { poolSize: 12 });
});

afterAll(async () => {
  await a.close();
  await b.close();
  await db.drop();
});

/** A command's transaction: its own new stream, something read in between, then each shared stream in turn. */
function command(fx: StoreFixture, shared: string[], pauseMs = 0) {
  return fx.store.inTransaction(async (tx: StoreTransaction) => {
    await tx.append(appendRequest({ streamId: `own-${randomUUID()}`, expectedVersion: 'no-stream' }));
    for (const id of shared) {
      // What a command reads between two appends (the incident it attaches to, say) widens the window.
      if (pauseMs) await tx.query(`SELECT pg_sleep($1)`, [(Math.random() * pauseMs) / 1000]);
      await tx.append(appendRequest({ streamId: id, streamType: 'Inbox', expectedVersion: 'any' }));
    }
  });
}

const shuffled = <T>(xs: T[]): T[] =>
  xs
    .map((x) => ({ x, k: Math.random() }))
    .sort((p, q) => p.k - q.k)
    .map((p) => p.x);

/** Reads the log in order as a catch-up reader does, and notes every version that comes before its predecessor. */
async function readInLogOrder(fx: StoreFixture, prefix: string, from: LogPosition = LOG_START) {
  const last = new Map<string, number>();
  const outOfOrder: string[] = [];
  let cursor = from;
  for (;;) {
    const batch = await fx.store.readLog(cursor, 200);
    if (batch.length === 0) {
      // Nothing new may mean the end, or the fence held back by a transaction open elsewhere on the server (another
      // test's database shares its transaction ids): look again until nothing committed lies after the cursor.
      if (!(await fx.store.hasEventsAfter(cursor))) break;
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    for (const e of batch) {
      cursor = e;
      if (!e.streamId.startsWith(prefix)) continue;
      const before = last.get(e.streamId) ?? 0;
      if (e.streamVersion !== before + 1)
        outOfOrder.push(`${e.streamId} v${e.streamVersion} after v${before}`);
      last.set(e.streamId, Math.max(before, e.streamVersion));
    }
  }
  return { outOfOrder, versions: last };
}

it('a catch-up reader meets every stream version after its predecessor, while commands write side by side', async () => {
  const prefix = `inbox-${randomUUID().slice(0, 8)}-`;
  const inboxes = [1, 2, 3, 4].map((i) => `${prefix}${i}`);
  // A reader follows the log while the writers run, as the projections and the live feed do.
  let writing = true;
  const seen = new Map<string, number>();
  const outOfOrderLive: string[] = [];
  const reader = (async () => {
    let cursor = LOG_START;
    while (writing) {
      const batch = await a.store.readLog(cursor, 200);
      for (const e of batch) {
        cursor = e;
        if (!e.streamId.startsWith(prefix)) continue;
        const before = seen.get(e.streamId) ?? 0;
        if (e.streamVersion !== before + 1)
          outOfOrderLive.push(`${e.streamId} v${e.streamVersion} after v${before}`);
        seen.set(e.streamId, Math.max(before, e.streamVersion));
      }
      if (batch.length === 0) await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const commands = Array.from({ length: 160 }, (_, i) =>
    command(i % 2 ? a : b, shuffled(inboxes).slice(0, 1 + (i % 3)), 4),
  );
  const results = await Promise.allSettled(commands);
  writing = false;
  await reader;
  const { outOfOrder, versions } = await readInLogOrder(b, prefix);
  expect(outOfOrder).toEqual([]);
  expect(outOfOrderLive).toEqual([]);
  expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
  const written = commands.reduce((n, _, i) => n + 1 + (i % 3), 0);
  expect([...versions.values()].reduce((n, v) => n + v, 0)).toBe(written);
  // The verifier checks each stream's sequence in log order: an untouched log passes.
  const report = await new LogVerifier(a.pool).verify();
  expect(report.fault).toBeUndefined();
  expect(report.ok).toBe(true);
});

it('never deadlocks when transactions name the same streams in opposite orders', async () => {
  const units = [1, 2, 3, 4, 5, 6].map((i) => `inbox-${randomUUID().slice(0, 8)}-${i}`);
  const pairs = Array.from({ length: 25 }, () => [
    command(a, units, 1),
    command(b, [...units].reverse(), 1),
  ]).flat();
  const results = await Promise.allSettled(pairs);
  const failures = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => String((r.reason as Error).message));
  expect(failures).toEqual([]);
  for (const id of units) expect(await a.store.streamVersion(id)).toBe(50);
});
