import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { sleep } from './local-processes';

/** Debian's HAProxy, installed (as root, without questions) when missing; only the binary is used, not the service. */
export function ensureHaproxy(): string {
  const found = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => fs.existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error('缺少 HAProxy / haproxy is missing: sudo apt-get install -y haproxy');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'haproxy'], { env, stdio: 'ignore' });
  return ensureHaproxy();
}

export interface BalancerOptions {
  port: number;
  /** Where the API processes listen, by name. */
  servers: { name: string; port: number }[];
  configFile: string;
  logFile: string;
}

/**
 * HAProxy in front of the API processes: round robin, a process is taken out after two failed health checks
 * (/healthz every 500 ms) and a request whose connection was refused is sent to another process at once. Only
 * connection failures are retried by the balancer: a request that reached a process which then died may have been
 * done, and only the client, with its Idempotency-Key, may safely send it again. WebSocket upgrades pass through
 * (`timeout tunnel`); a socket whose process dies is closed, and the client reconnects through the balancer.
 */
export class HaproxyBalancer {
  private child?: ChildProcess;

  constructor(private readonly o: BalancerOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.o.port}`;
  }

  config(): string {
    return [
      'global',
      '  maxconn 4096',
      '  log stdout format raw local0',
      'defaults',
      '  mode http',
      '  log global',
      '  option httplog',
      '  option forwardfor',
      '  option redispatch',
      '  retries 3',
      '  retry-on conn-failure',
      '  timeout connect 2s',
      '  timeout client 60s',
      '  timeout server 60s',
      '  timeout tunnel 1h',
      'frontend api',
      `  bind 127.0.0.1:${this.o.port}`,
      '  default_backend apis',
      'backend apis',
      '  balance roundrobin',
      '  option httpchk GET /healthz',
      '  http-check expect status 200',
      '  default-server inter 500ms fastinter 250ms downinter 1s fall 2 rise 2',
      ...this.o.servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`),
      '',
    ].join('\n');
  }

  async start(): Promise<void> {
    const bin = ensureHaproxy();
    fs.writeFileSync(this.o.configFile, this.config());
    execFileSync(bin, ['-c', '-q', '-f', this.o.configFile]);
    const log = fs.openSync(this.o.logFile, 'a');
    // -db: in the foreground, so it ends with us and its log is ours to keep.
    const child = spawn(bin, ['-db', '-f', this.o.configFile], { stdio: ['ignore', log, log] });
    fs.closeSync(log);
    this.child = child;
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) throw new Error(`haproxy exited; see ${this.o.logFile}`);
      try {
        await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`haproxy did not answer on ${this.o.port}; see ${this.o.logFile}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const ended = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([ended, sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
