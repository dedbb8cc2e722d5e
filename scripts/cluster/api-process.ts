import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { sleep } from './local-processes';

export interface ClusterApiOptions {
  name: string;
  port: number;
  /** The built production entry (`dist/apps/api/src/main.js`, as `npm start` builds it). */
  entry: string;
  cwd: string;
  env: Record<string, string>;
  logFile: string;
}

/** One API process of the cluster, its output in a log file of its own. */
export class ClusterApi {
  private child?: ChildProcess;
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  constructor(readonly o: ClusterApiOptions) {}

  get name(): string {
    return this.o.name;
  }
  get port(): number {
    return this.o.port;
  }
  get base(): string {
    return `http://127.0.0.1:${this.o.port}`;
  }
  get url(): string {
    return `${this.base}/graphql`;
  }
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts it and waits for /healthz (migrating and, for the first, seeding can take a while). */
  async start(): Promise<void> {
    this.exit = null;
    const log = fs.openSync(this.o.logFile, 'a');
    const child = spawn(process.execPath, [this.o.entry], {
      cwd: this.o.cwd,
      env: { PATH: process.env.PATH, ...this.o.env, PORT: String(this.o.port), HOST: '127.0.0.1' },
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    this.child = child;
    child.on('exit', (code, signal) => (this.exit = { code, signal }));
    for (let i = 0; ; i++) {
      if (this.exit) throw new Error(`${this.name} exited on start; see ${this.o.logFile}`);
      try {
        const r = await fetch(`${this.base}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      if (i > 1200) throw new Error(`${this.name} did not start; see ${this.o.logFile}`);
      await sleep(100);
    }
  }

  /** SIGKILL: gone mid-request, as a process the OOM killer took. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || this.exit) return;
    const ended = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await ended;
  }

  /** SIGINT, as Ctrl-C or a supervisor stops it, and waits for it to end. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.exit) return;
    const ended = new Promise((r) => child.once('exit', r));
    child.kill('SIGINT');
    await Promise.race([ended, sleep(20_000)]);
    if (!this.exit) await this.kill();
  }
}
