// global-setup runs under Node's own require (no jest module mapping): import by relative path.

import * as path from 'node:path';
import { Client } from 'pg';
import { migrations } from '../../migrations';
import {
  appRolePassword,
  appUrlFor,
  EmbeddedServer,
  ensureAppRoleLogin,
  quoteIdent,
  runMigrations,
  withDatabase,
} from '../../libs/database/src';

/** Every database the tests create has this prefix: set-up refuses to touch a database without "test" in it. */
export const TEST_DB_PREFIX = 'yuqing_test_';
export const TEMPLATE_DB = `${TEST_DB_PREFIX}template`;
export const SERVER_URL_ENV = 'YUQING_TEST_SERVER_URL';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Starts the test PostgreSQL (embedded, in `.data/pg-test`, fsync off) unless DATABASE_URL names a server, and
 * builds a migrated template database that each test file clones.
 */
export async function startTestServer(): Promise<{ serverUrl: string; embedded?: EmbeddedServer }> {
  let serverUrl: string;
  let embedded: EmbeddedServer | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = new EmbeddedServer({
      dataDir: path.join(ROOT, '.data', 'pg-test'),
      port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54330),
      fast: true,
    });
    await embedded.start();
    serverUrl = embedded.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DB)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DB)}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DB);
  await runMigrations(templateUrl, migrations);
  await ensureAppRoleLogin(templateUrl);
  return { serverUrl, embedded };
}

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[SERVER_URL_ENV];
  if (!url)
    throw new Error(`${SERVER_URL_ENV} is not set: run tests through jest (global-setup starts the server)`);
  return url;
}

/** A fresh, migrated database for one test file, cloned from the template. */
export async function createTestDatabase(label = 'db'): Promise<TestDatabase> {
  const name = `${TEST_DB_PREFIX}${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  if (!name.includes('test'))
    throw new Error(`Refusing to use database ${name}: its name does not say "test"`);
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DB)}`);
        break;
      } catch (err) {
        // Two workers cloning the template at the same instant: "source database is being accessed".
        if ((err as { code?: string }).code === '55006' && attempt < 20) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw err;
      }
    }
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabase(serverUrl(), name);
  return {
    name,
    ownerUrl,
    appUrl: appUrlFor(ownerUrl, appRolePassword(ownerUrl)),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
