import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { FaultCluster } from './fault-cluster';
import { FAULT_BUILD } from './global-setup';

const ROOT = resolve(__dirname, '..', '..', '..');

export const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A database of its own on the fault cluster (the name says "test"), with the folder its processes share. */
export class FaultDatabase {
  readonly name: string;
  readonly ownerUrl: string;
  /** The signing key and witness files of its processes. */
  readonly work: string;

  constructor(
    readonly cluster: FaultCluster,
    label: string,
  ) {
    this.name = `yuqing_test_faults_${label}_${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
    const u = new URL(cluster.url);
    u.pathname = `/${this.name}`;
    this.ownerUrl = u.toString();
    this.work = mkdtempSync(join(tmpdir(), 'yuqing-faults-'));
  }

  /** Creates the database, empty (processes started on it migrate it themselves). */
  async createEmpty(): Promise<void> {
    const c = new Client({ connectionString: this.cluster.url });
    c.on('error', () => undefined);
    await c.connect();
    try {
      await c.query(`CREATE DATABASE "${this.name}"`);
    } finally {
      await c.end();
    }
  }

  /** Runs one query as the owner, on a connection of its own. */
  async query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: this.ownerUrl });
    c.on('error', () => undefined);
    await c.connect();
    try {
      return (await c.query<T>(sql, params)).rows;
    } finally {
      await c.end();
    }
  }

  async drop(): Promise<void> {
    const c = new Client({ connectionString: this.cluster.url });
    c.on('error', () => undefined);
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
    rmSync(this.work, { recursive: true, force: true });
  }
}

export interface ApiProcess {
  name: string;
  /** http://127.0.0.1:port */
  base: string;
  /** base + /graphql */
  url: string;
  child: ChildProcess;
  /** Set when the process ended, whoever ended it. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  output(): string;
  /** SIGINT, as a supervisor stops it, and waits for it to end. */
  stop(): Promise<void>;
}

/**
 * The API as `npm start` runs it (the built production entry) on a fault-cluster database: migrates it on start
 * and seeds the demo county when `seed` (start one seeding process before the others).
 */
export async function startApiProcess(
  name: string,
  db: FaultDatabase,
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(FAULT_BUILD, 'apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.ownerUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: options.seed ? 'true' : 'false',
      SEAL_INTERVAL_MS: '0',
      TIMER_TICK_MS: '0',
      NOTIFY_TICK_MS: '0',
      ROSTER_CHECK_MS: '0',
      DB_POOL_SIZE: '12',
      AUDIT_SIGNING_KEY_FILE: join(db.work, 'signing-key.pem'),
      AUDIT_WITNESS_FILE: join(db.work, `witness-${name}.jsonl`),
      ...(options.env ?? {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const proc: ApiProcess = {
    name,
    base: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    exit: null,
    output: () => output,
    stop: async () => {
      if (proc.exit) return;
      const ended = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await Promise.race([ended, sleep(20_000)]);
      if (!proc.exit) child.kill('SIGKILL');
    },
  };
  child.on('exit', (code, signal) => (proc.exit = { code, signal }));
  for (let i = 0; ; i++) {
    if (proc.exit) throw new Error(`${name} exited on start (${JSON.stringify(proc.exit)}):\n${output}`);
    try {
      await fetch(`${proc.base}/healthz`, { signal: AbortSignal.timeout(2000) });
      return proc;
    } catch {
      if (i > 600) throw new Error(`${name} did not start:\n${output}`);
      await sleep(100);
    }
  }
}
