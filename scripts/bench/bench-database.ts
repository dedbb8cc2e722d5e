import * as path from 'node:path';
import { Client } from 'pg';
import { migrations } from '@app/migrations';
import {
  appUrlFor,
  appRolePassword,
  EmbeddedServer,
  ensureAppRoleLogin,
  quoteIdent,
  runMigrations,
  withDatabase,
} from '@app/database';

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  serverLabel: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one benchmark run: on DATABASE_URL's server, or on an embedded server with
 * durable settings (fsync on, as `npm start` runs it), so figures mean what a deployment would see.
 */
export async function benchDatabase(
  options: {
    /** Use this database when it exists (migrated again, so new migrations apply) instead of a fresh one. */
    reuse?: string;
    /** Leave the database in place on close (to be reused by a later run). */
    keep?: boolean;
  } = {},
): Promise<BenchDatabase & { name: string; reused: boolean }> {
  let serverUrl: string;
  let embedded: EmbeddedServer | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = new EmbeddedServer({
      dataDir: path.resolve('.data', 'pg-bench'),
      port: Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54331),
    });
    await embedded.start();
    serverUrl = embedded.url;
  }
  const name = options.reuse ?? `yuqing_bench_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const version = (await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]
    .v;
  const reused =
    options.reuse !== undefined &&
    (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rows.length > 0;
  if (!reused) await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  await admin.end();
  const ownerUrl = withDatabase(serverUrl, name);
  await runMigrations(ownerUrl, migrations);
  await ensureAppRoleLogin(ownerUrl);
  return {
    name,
    reused,
    ownerUrl,
    appUrl: appUrlFor(ownerUrl, appRolePassword(ownerUrl)),
    serverLabel: `PostgreSQL ${version} (${embedded ? 'embedded' : 'DATABASE_URL'})`,
    close: async () => {
      if (!options.keep) {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        await c.end();
      }
      await embedded?.stop();
    },
  };
}

/** Runs `task` with `concurrency` workers for about `ms` milliseconds; returns completed tasks per second. */
export async function throughput(
  concurrency: number,
  ms: number,
  task: (worker: number, i: number) => Promise<unknown>,
): Promise<number> {
  const deadline = Date.now() + ms;
  let done = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = 0; Date.now() < deadline; i++) {
        await task(w, i);
        done++;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return done / seconds;
}
