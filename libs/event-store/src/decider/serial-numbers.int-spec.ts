import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommandExecutor, Decider, ProjectionRunner, SerialNumbers, SerialSeries } from '@app/event-store';
import { openStore, StoreFixture } from '../../../../test/support/event-store-fixture';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';

/** A numbered thing: created once, carrying the number it was given. */
type Numbered = { type: 'ThingNumbered'; data: { thingId: string; number: number } };
const thing: Decider<{ thingId: string; number: number }, Numbered, { number: number | null }> = {
  initialState: () => ({ number: null }),
  decide: (c, s) => {
    if (s.number !== null) throw new Error('already numbered');
    return [{ type: 'ThingNumbered', data: c }];
  },
  evolve: (_s, e) => ({ number: e.data.number }),
};

let db: TestDatabase;
const stores: StoreFixture[] = [];
const sources: DataSource[] = [];

/** One "process": its own pool, executor and allocator. */
async function process(): Promise<{ serials: SerialNumbers; executor: CommandExecutor; fx: StoreFixture }> {
  const fx = openStore(db);
  stores.push(fx);
  const ds = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
  sources.push(ds);
  const executor = new CommandExecutor(fx.store, new ProjectionRunner(ds, fx.store, []));
  return { serials: new SerialNumbers(fx.store, executor), executor, fx };
}

const meta = (command: string) => ({
  actorUser: 'u',
  actorUnit: 'unit-a',
  command,
  correlationId: randomUUID(),
});

function issue(p: { serials: SerialNumbers; executor: CommandExecutor }, series: SerialSeries) {
  const thingId = randomUUID();
  return p.serials.allocate(series, async (number, take) => {
    await p.executor.execute({
      streamId: `thing-${thingId}`,
      streamType: 'Thing',
      decider: thing,
      command: { thingId, number },
      owningUnit: 'unit-a',
      metadata: meta('NumberThing'),
      alsoWithin: (tx) => take(tx, { thingId }, meta('TakeNumber')),
    });
    return { thingId, number };
  });
}

beforeAll(async () => {
  db = await createTestDatabase('serials');
});
afterAll(async () => {
  for (const ds of sources) await ds.destroy();
  for (const fx of stores) await fx.close();
  await db.drop();
});

describe('SerialNumbers: the one gap-free numbering', () => {
  it('gives fifty allocations at once, from two processes, the numbers 1–50, each to one thing', async () => {
    const [a, b] = [await process(), await process()];
    const series: SerialSeries = {
      streamId: `serial-${randomUUID()}`,
      streamType: 'Serial',
      eventType: 'ThingSerialTaken',
      owningUnit: 'unit-a',
    };
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => issue(i % 2 ? a : b, series)));
    expect(results.map((r) => r.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // The series' log says the same: fifty numbers in order, each naming the thing that carries it.
    const log = await a.fx.store.readStream(series.streamId);
    expect(log.map((e) => (e.data as { number: number }).number)).toEqual(results.map((_, i) => i + 1));
    const byNumber = new Map(results.map((r) => [r.number, r.thingId]));
    for (const e of log) {
      const d = e.data as { number: number; thingId: string };
      expect(d.thingId).toBe(byNumber.get(d.number));
      const [own] = await a.fx.store.readStream(`thing-${d.thingId}`);
      expect((own.data as { number: number }).number).toBe(d.number);
    }
  });

  it('uses no number when the numbered thing is refused: the next one gets it', async () => {
    const p = await process();
    const series: SerialSeries = {
      streamId: `serial-${randomUUID()}`,
      streamType: 'Serial',
      eventType: 'ThingSerialTaken',
      owningUnit: 'unit-a',
    };
    expect((await issue(p, series)).number).toBe(1);
    await expect(
      p.serials.allocate(series, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await issue(p, series)).number).toBe(2);
    expect(await p.serials.peek(series)).toBe(3);
  });
});
