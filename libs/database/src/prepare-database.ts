import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { DatabaseConfig, redactUrl } from './database-config';
import { EmbeddedServer } from './embedded-postgres';
import { explainConnectionError, StartupError } from './startup-error';

/** The unprivileged role the running application connects as; created and granted by migrations. */
export const APP_ROLE = 'yuqing_app';

export type MigrationClass = new () => MigrationInterface;

export interface PreparedDatabase {
  /** Owner connection: migrations, role management, maintenance tools. */
  ownerUrl: string;
  /** The application's own connection (non-owner role). */
  appUrl: string;
  /** The application role on the standby (READ_REPLICA_URL's server and database), when one is configured. */
  replicaUrl?: string;
  embedded?: EmbeddedServer;
  /** Stops the embedded server when this process started it. */
  close(): Promise<void>;
}

export interface PrepareOptions {
  migrations: MigrationClass[];
  log?: (line: string) => void;
}

/**
 * Everything between "a configuration" and "a migrated database the app may use":
 * embedded server (when no DATABASE_URL), database creation, migrations under a lock, the app role's password.
 */
export async function prepareDatabase(
  config: DatabaseConfig,
  options: PrepareOptions,
): Promise<PreparedDatabase> {
  const log = options.log ?? (() => undefined);
  let embedded: EmbeddedServer | undefined;
  let ownerUrl: string;
  if (config.databaseUrl) {
    ownerUrl = config.databaseUrl;
  } else {
    embedded = new EmbeddedServer({
      dataDir: config.embedded.dataDir,
      port: config.embedded.port,
      fast: config.embedded.fast,
    });
    log(`starting embedded PostgreSQL in ${config.embedded.dataDir} on port ${config.embedded.port}`);
    await embedded.start();
    ownerUrl = withDatabase(embedded.url, config.embedded.databaseName);
  }
  try {
    await ensureDatabaseExists(ownerUrl);
    await runMigrations(ownerUrl, options.migrations);
    const appUrl =
      config.appDatabaseUrl ??
      (await ensureAppRoleLogin(ownerUrl, config.appPassword ?? embedded?.credentials.appPassword));
    return {
      ownerUrl,
      appUrl,
      replicaUrl: config.readReplicaUrl ? onServerOf(appUrl, config.readReplicaUrl) : undefined,
      embedded,
      close: async () => {
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * `url`'s user and password on `server`'s host, port and database: the app role exists on a standby as on its primary
 * (roles replicate), with the same password.
 */
export function onServerOf(url: string, server: string): string {
  const u = new URL(url);
  const s = new URL(server);
  u.hostname = s.hostname;
  u.port = s.port;
  u.pathname = s.pathname;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Creates the target database when it is missing and the owner may create databases. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  try {
    const c = await connect(url);
    await c.end();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== '3D000') throw explainConnectionError(err, redactUrl(url));
  }
  const admin = await connect(withDatabase(url, 'postgres')).catch((err: unknown) => {
    throw explainConnectionError(err, redactUrl(url));
  });
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(databaseName(url))}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '42P04') throw explainConnectionError(err, redactUrl(url));
  } finally {
    await admin.end();
  }
}

const MIGRATION_LOCK = 7_214_001;

/** Runs pending migrations; an advisory lock makes concurrent start-ups take turns instead of colliding. */
export async function runMigrations(ownerUrl: string, migrations: MigrationClass[]): Promise<string[]> {
  const lock = await connect(ownerUrl).catch((err: unknown) => {
    throw explainConnectionError(err, redactUrl(ownerUrl));
  });
  const ds = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
  });
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.initialize();
    const ran = await ds.runMigrations();
    return ran.map((m) => m.name);
  } catch (err) {
    if (err instanceof StartupError) throw err;
    const e = err as { code?: string; message?: string };
    if (e.code === '42501') {
      throw new StartupError(
        `数据库用户权限不足，无法执行迁移：${e.message}。请使用数据库所有者的 DATABASE_URL / The DATABASE_URL user may not run migrations (${e.message}): use the database owner's URL.`,
      );
    }
    throw err;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end();
  }
}

/**
 * The app role's password: APP_DB_PASSWORD, the embedded folder's own random one, or else derived from the owner
 * URL's server part — its password included, a secret of the deployment — so that every process on one server
 * computes the same one without storing it anywhere.
 */
export function appRolePassword(ownerUrl: string, explicitPassword?: string): string {
  if (explicitPassword) return explicitPassword;
  const server = new URL(ownerUrl);
  return createHmac('sha256', 'yuqing-app-role-v1')
    .update(`${server.username}:${server.password}@${server.hostname}:${server.port}`)
    .digest('base64url');
}

/** The owner URL with the app role's credentials instead. */
export function appUrlFor(ownerUrl: string, password: string): string {
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = password;
  return app.toString();
}

/** Sets the app role's login password (idempotent) and returns the app's connection URL. */
export async function ensureAppRoleLogin(ownerUrl: string, explicitPassword?: string): Promise<string> {
  const password = appRolePassword(ownerUrl, explicitPassword);
  const c = await connect(ownerUrl);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${quoteLiteral(password)}`);
        break;
      } catch (err) {
        // Two processes starting together may update the role row at once; the second simply retries.
        if ((err as { code?: string }).code === 'XX000' && attempt < 5) continue;
        throw new StartupError(
          `无法设置应用数据库角色 ${APP_ROLE} 的密码：${(err as Error).message}。请设置 APP_DATABASE_URL / Cannot set the password of role ${APP_ROLE} (${(err as Error).message}): set APP_DATABASE_URL instead.`,
        );
      }
    }
  } finally {
    await c.end();
  }
  return appUrlFor(ownerUrl, password);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
