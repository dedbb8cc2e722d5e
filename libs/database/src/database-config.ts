import * as path from 'node:path';
import { z } from 'zod';
import { StartupError } from './startup-error';

/**
 * Database settings, read from the environment and validated once at start-up.
 *
 * DATABASE_URL is the *owner* connection: it runs migrations and manages the application role.
 * The running application connects as a separate, unprivileged role (`yuqing_app`) so that the
 * event log's append-only grants and (later) row-level security actually bind it.
 */
export interface DatabaseConfig {
  /** Owner connection; absent means "start the embedded server". */
  databaseUrl?: string;
  /** Explicit application connection; derived from databaseUrl when absent. */
  appDatabaseUrl?: string;
  appPassword?: string;
  /** A streaming standby of DATABASE_URL's server (any user: the app reaches it as its own role). */
  readReplicaUrl?: string;
  embedded: {
    dataDir: string;
    port: number;
    databaseName: string;
    /** Test clusters trade durability for speed; `npm start` never does. */
    fast: boolean;
  };
  poolSize: number;
}

const pgUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'postgres:' || u.protocol === 'postgresql:';
    } catch {
      return false;
    }
  }, 'must be a postgres:// URL, e.g. postgres://user:password@127.0.0.1:5432/yuqing');

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  DATABASE_URL: pgUrl.optional(),
  APP_DATABASE_URL: pgUrl.optional(),
  APP_DB_PASSWORD: z.string().min(8).optional(),
  READ_REPLICA_URL: pgUrl.optional(),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  EMBEDDED_PG_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .default('yuqing'),
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(16),
});

export type Env = Record<string, string | undefined>;

/** Formats the first zod problem as `NAME: what is wrong`. */
export function describeEnvProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const name = issue?.path.join('.') ?? '?';
  return `配置错误 / Bad setting: ${name} — ${issue?.message ?? 'invalid'}`;
}

export function loadDatabaseConfig(env: Env = process.env, projectRoot = process.cwd()): DatabaseConfig {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) throw new StartupError(describeEnvProblem(parsed.error));
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    appPassword: e.APP_DB_PASSWORD,
    readReplicaUrl: e.READ_REPLICA_URL,
    embedded: {
      dataDir: path.resolve(projectRoot, e.EMBEDDED_PG_DIR ?? '.data/pg'),
      port: e.EMBEDDED_PG_PORT,
      databaseName: e.EMBEDDED_PG_DATABASE,
      fast: false,
    },
    poolSize: e.DB_POOL_SIZE,
  };
}

/** `postgres://user@host:port/db` with the password masked, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
