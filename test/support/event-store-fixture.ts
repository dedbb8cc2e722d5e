import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Clock, SystemClock } from '@app/kernel';
import { AppendRequest, EventSchemaRegistry, EventStore, HashAlgorithm, NewEvent } from '@app/event-store';
import { TestDatabase } from './test-server';

export interface StoreFixture {
  pool: Pool;
  store: EventStore;
  schemas: EventSchemaRegistry;
  close(): Promise<void>;
}

/** A store as one API process would hold it: its own pool, connected as the application role. */
export function openStore(
  db: TestDatabase,
  options: {
    clock?: Clock;
    schemas?: EventSchemaRegistry;
    poolSize?: number;
    maxConcurrentBatches?: number;
    hashAlgorithm?: HashAlgorithm;
  } = {},
): StoreFixture {
  const pool = new Pool({ connectionString: db.appUrl, max: options.poolSize ?? 8 });
  pool.on('error', () => undefined);
  const schemas = options.schemas ?? new EventSchemaRegistry();
  const store = new EventStore({
    pool,
    clock: options.clock ?? new SystemClock(),
    schemas,
    maxConcurrentBatches: options.maxConcurrentBatches,
    hashAlgorithm: options.hashAlgorithm,
  });
  return { pool, store, schemas, close: () => pool.end() };
}

export const TEST_UNIT = 'unit-a';

/** An append request with sensible defaults; each call gets a fresh stream id unless one is given. */
export function appendRequest(
  overrides: Partial<AppendRequest> & { events?: NewEvent[] } = {},
): AppendRequest {
  return {
    streamId: overrides.streamId ?? `test-${randomUUID()}`,
    streamType: overrides.streamType ?? 'TestStream',
    owningUnit: overrides.owningUnit ?? TEST_UNIT,
    expectedVersion: overrides.expectedVersion ?? 'any',
    events: overrides.events ?? [{ type: 'ThingHappened', data: { n: 1 } }],
    metadata: {
      actorUser: 'user-1',
      actorUnit: TEST_UNIT,
      command: 'DoThing',
      correlationId: randomUUID(),
      ...(overrides.metadata ?? {}),
    },
  };
}
