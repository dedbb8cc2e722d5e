import { Client } from 'pg';
import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { scopeSettings, SYSTEM_SCOPE } from '@app/access';
import { Projection, RecordedEvent } from '@app/event-store';
import { createTestDatabase, TestDatabase } from './test-server';

/**
 * For a projection whose fold is its SQL (an upsert that adds, a delete, a lookup of rows written earlier): the
 * projection's own `apply` on the embedded PostgreSQL, as the runner calls it — in one transaction, as the
 * application role, in the scope projections write in — and the rows read back on the owner connection. One
 * database per spec file, migrated like every other (a copy of the template).
 */
export interface ProjectionDb {
  db: TestDatabase;
  /** One batch, as the runner applies it: one transaction, the projector's row-security scope. */
  apply(projection: Projection, events: RecordedEvent[]): Promise<void>;
  /** What a rebuild does first, in the same scope. */
  clear(projection: Projection): Promise<void>;
  /** What is really in the tables (owner connection, no row security). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openProjectionDb(
  label: string,
  entities: DataSourceOptions['entities'] = [],
): Promise<ProjectionDb> {
  const db = await createTestDatabase(label);
  const ds = await new DataSource({
    type: 'postgres',
    url: db.appUrl,
    entities,
    synchronize: false,
  }).initialize();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const settings = scopeSettings(SYSTEM_SCOPE);
  const inScope = async (m: EntityManager) => {
    await m.query(`SELECT count(set_config(k, v, true)) FROM unnest($1::text[], $2::text[]) AS s(k, v)`, [
      Object.keys(settings),
      Object.values(settings),
    ]);
  };
  return {
    db,
    apply: (projection, events) =>
      ds.transaction(async (m) => {
        await inScope(m);
        await projection.apply(events, m);
      }),
    clear: (projection) =>
      ds.transaction(async (m) => {
        await inScope(m);
        await projection.clear(m);
      }),
    sql: async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[],
    close: async () => {
      await owner.end();
      await ds.destroy();
      await db.drop();
    },
  };
}
