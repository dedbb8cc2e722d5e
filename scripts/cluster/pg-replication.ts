import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { alive, childrenOf, runAs, sleep } from './local-processes';

/** Debian's PostgreSQL 15 (package postgresql-15), the server a province's machines run from their own packages. */
export const DEBIAN_PG_BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
export const REPLICATION_SLOT = 'yuqing_replica';

export interface PgServerOptions {
  dataDir: string;
  port: number;
  password: string;
  /** Tests and benchmarks of the platform trade crash durability for speed; `start:cluster` never does. */
  fast?: boolean;
  /** More `-c name=value` settings (e.g. pg_stat_statements for a profile). */
  settings?: string[];
}

/**
 * One PostgreSQL 15 server of the local cluster, run by pg_ctl as the `postgres` user (when we are root): the primary
 * (initdb, WAL for a standby) or a streaming standby made by `pg_basebackup -R -C -S` from it.
 */
export class PgServer {
  readonly logFile: string;

  constructor(private readonly o: PgServerOptions) {
    this.logFile = `${o.dataDir}.log`;
  }

  get port(): number {
    return this.o.port;
  }

  /** The superuser's URL for `database`. */
  url(database = 'postgres'): string {
    return `postgres://postgres:${encodeURIComponent(this.o.password)}@127.0.0.1:${this.o.port}/${database}`;
  }

  get initialised(): boolean {
    return fs.existsSync(path.join(this.o.dataDir, 'PG_VERSION'));
  }

  /** initdb with scram passwords; its default pg_hba already admits replication connections from 127.0.0.1. */
  initPrimary(): void {
    const owner = runAs();
    fs.mkdirSync(this.o.dataDir, { recursive: true, mode: 0o700 });
    if (owner.uid !== undefined) fs.chownSync(this.o.dataDir, owner.uid, owner.gid!);
    const pwfile = path.join(path.dirname(this.o.dataDir), `.pw-${process.pid}`);
    fs.writeFileSync(pwfile, `${this.o.password}\n`, { mode: 0o644 });
    try {
      run('initdb', [
        `--pgdata=${this.o.dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ]);
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  /**
   * A standby of `primary`: a base backup streamed with its WAL, a physical replication slot made for it (so the
   * primary keeps the WAL it has not replayed yet, however long it is down) and `-R` writing its primary_conninfo.
   */
  initReplicaOf(primary: PgServer): void {
    const owner = runAs();
    // pg_basebackup fills an empty folder that its user owns (it may not create one in ours).
    fs.mkdirSync(this.o.dataDir, { recursive: true, mode: 0o700 });
    if (owner.uid !== undefined) fs.chownSync(this.o.dataDir, owner.uid, owner.gid!);
    run(
      'pg_basebackup',
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-D',
        this.o.dataDir,
        '-X',
        'stream',
        '-R',
        '-C',
        '-S',
        REPLICATION_SLOT,
        '--checkpoint=fast',
      ],
      { PGPASSWORD: this.o.password },
    );
  }

  async start(): Promise<void> {
    const settings = [
      `-p ${this.o.port}`,
      '-c listen_addresses=127.0.0.1',
      // No socket: the machine's own PostgreSQL owns the default socket directory.
      "-c unix_socket_directories=''",
      '-c max_connections=300',
      '-c wal_level=replica',
      '-c max_wal_senders=10',
      '-c max_replication_slots=10',
      '-c hot_standby=on',
      // A standby's queries must not be cancelled by the primary's vacuum, nor hold its replay back for long.
      '-c hot_standby_feedback=on',
      '-c max_standby_streaming_delay=5s',
      '-c shared_buffers=128MB',
      ...(this.o.fast ? ['-c fsync=off', '-c full_page_writes=off'] : []),
      ...(this.o.settings ?? []),
    ].join(' ');
    for (let attempt = 1; ; attempt++) {
      const ok = this.pgCtl(['start', '-w', '-t', '120', '-l', this.logFile, '-o', settings], true);
      if (ok && (await this.answers())) return;
      if (attempt >= 40) throw new Error(`PostgreSQL on ${this.o.port} did not start; see ${this.logFile}`);
      await sleep(250);
    }
  }

  stopFast(): void {
    if (this.postmasterPid() !== null) this.pgCtl(['stop', '-m', 'fast', '-w', '-t', '60'], true);
  }

  /** SIGKILL to the postmaster and its backends: down without a shutdown, as a crashed host. */
  async killHard(): Promise<void> {
    const pid = this.postmasterPid();
    if (pid === null) return;
    const all = [pid, ...childrenOf(pid)];
    for (const p of all) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    for (let i = 0; i < 200 && all.some(alive); i++) await sleep(50);
  }

  async answers(): Promise<boolean> {
    const c = new Client({ connectionString: this.url(), connectionTimeoutMillis: 2000 });
    c.on('error', () => undefined);
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  /** One query as the superuser on a connection of its own. */
  async query<T extends object>(sql: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const c = new Client({ connectionString: this.url(database), connectionTimeoutMillis: 5000 });
    c.on('error', () => undefined);
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  private postmasterPid(): number | null {
    const file = path.join(this.o.dataDir, 'postmaster.pid');
    if (!fs.existsSync(file)) return null;
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  }

  private pgCtl(args: string[], tolerant = false): boolean {
    const owner = runAs();
    if (!fs.existsSync(this.logFile)) {
      fs.writeFileSync(this.logFile, '');
      if (owner.uid !== undefined) fs.chownSync(this.logFile, owner.uid, owner.gid!);
    }
    return run('pg_ctl', ['-D', this.o.dataDir, ...args], {}, tolerant);
  }
}

/** A Debian PostgreSQL program as the cluster's owner; the server pg_ctl starts logs to a file, not to our pipes. */
function run(program: string, args: string[], env: Record<string, string> = {}, tolerant = false): boolean {
  const bin = path.join(DEBIAN_PG_BIN, program);
  if (!fs.existsSync(bin))
    throw new Error(
      `缺少 PostgreSQL 15 / ${bin} is missing: apt-get install -y postgresql-15 (or set PG_BIN_DIR)`,
    );
  const r = spawnSync(bin, args, {
    ...runAs(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  if (r.status !== 0 && !tolerant) throw new Error(`${program} failed: ${r.stderr || r.stdout}`);
  return r.status === 0;
}
