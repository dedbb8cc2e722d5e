import * as fs from 'node:fs';
import * as path from 'node:path';
import { ClusterApi } from './api-process';
import { HaproxyBalancer } from './haproxy-balancer';
import { PgServer, REPLICATION_SLOT } from './pg-replication';

export interface LocalClusterOptions {
  /** The cluster's folder: both servers' data, the balancer's config, every log. */
  dir: string;
  /** primary = base, replica = base + 1, balancer = base + 10, API process i = base + 20 + i. */
  basePort: number;
  processes: number;
  /** The built API entry (dist/apps/api/src/main.js). */
  entry: string;
  /** The project root (the processes' working folder). */
  root: string;
  replica?: boolean;
  /** Trade crash durability for speed (tests, benchmarks); never for `start:cluster`. */
  fast?: boolean;
  /** More settings for both PostgreSQL servers (`-c name=value`). */
  pgSettings?: string[];
  database?: string;
  /** Added to every API process's environment. */
  apiEnv?: Record<string, string>;
  log?: (line: string) => void;
}

const PASSWORD = 'yuqing-cluster';

/**
 * The deployment past one process, on one machine: a PostgreSQL 15 primary, a streaming standby on a replication
 * slot, N API processes as `npm start` runs them (each its own log) and HAProxy in front of them.
 */
export class LocalCluster {
  readonly primary: PgServer;
  readonly replica: PgServer;
  readonly balancer: HaproxyBalancer;
  readonly apis: ClusterApi[];
  private readonly say: (line: string) => void;

  constructor(readonly o: LocalClusterOptions) {
    this.say = o.log ?? (() => undefined);
    this.primary = new PgServer({
      dataDir: path.join(o.dir, 'primary'),
      port: o.basePort,
      password: PASSWORD,
      fast: o.fast,
      settings: o.pgSettings,
    });
    this.replica = new PgServer({
      dataDir: path.join(o.dir, 'replica'),
      port: o.basePort + 1,
      password: PASSWORD,
      fast: o.fast,
      settings: o.pgSettings,
    });
    const database = o.database ?? 'yuqing';
    this.apis = Array.from({ length: o.processes }, (_, i) => {
      const name = `api-${i + 1}`;
      return new ClusterApi({
        name,
        port: o.basePort + 20 + i,
        entry: o.entry,
        cwd: o.root,
        logFile: path.join(o.dir, 'logs', `${name}.log`),
        env: {
          DATABASE_URL: this.primary.url(database),
          ...(o.replica === false ? {} : { READ_REPLICA_URL: this.replica.url(database) }),
          // The first process seeds the demo county alone (see start()); the others never do.
          SEED_DEMO: i === 0 ? 'true' : 'false',
          TRUST_PROXY: 'loopback',
          AUDIT_SIGNING_KEY_FILE: path.join(o.dir, 'signing-key.pem'),
          AUDIT_WITNESS_FILE: path.join(o.dir, `witness-${name}.jsonl`),
          ...(o.apiEnv ?? {}),
        },
      });
    });
    this.balancer = new HaproxyBalancer({
      port: o.basePort + 10,
      servers: this.apis.map((a) => ({ name: a.name, port: a.port })),
      configFile: path.join(o.dir, 'haproxy.cfg'),
      logFile: path.join(o.dir, 'logs', 'haproxy.log'),
    });
  }

  /** The balancer's GraphQL endpoint: the one address clients are given. */
  get url(): string {
    return `${this.balancer.url}/graphql`;
  }

  async start(): Promise<void> {
    fs.mkdirSync(path.join(this.o.dir, 'logs'), { recursive: true });
    if (!this.primary.initialised) {
      this.say(`initdb: primary in ${path.join(this.o.dir, 'primary')}`);
      this.primary.initPrimary();
    }
    await this.primary.start();
    this.say(`PostgreSQL 15 primary on ${this.primary.port}`);
    if (this.o.replica !== false) await this.startReplica();
    // Migrations: every process runs them at start under an advisory lock, so concurrent starts take turns and
    // the later ones find nothing to do. Seeding checks "no units yet" without a lock, so the first process starts
    // (and seeds) alone, and the others after it.
    const [first, ...rest] = this.apis;
    await first.start();
    await Promise.all(rest.map((a) => a.start()));
    this.say(`API processes: ${this.apis.map((a) => `${a.name} :${a.port}`).join(', ')}`);
    await this.balancer.start();
    this.say(`HAProxy on ${this.balancer.url}`);
  }

  /** Starts the standby, making it first from a base backup of the primary when it does not exist yet. */
  async startReplica(): Promise<void> {
    if (!this.replica.initialised) {
      // A slot left by an earlier standby that was removed would otherwise make pg_basebackup -C fail.
      await this.primary.query(
        `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active`,
        [REPLICATION_SLOT],
      );
      this.say(`pg_basebackup: standby in ${path.join(this.o.dir, 'replica')} (slot ${REPLICATION_SLOT})`);
      this.replica.initReplicaOf(this.primary);
    }
    await this.replica.start();
    this.say(`PostgreSQL 15 standby on ${this.replica.port}, streaming from ${this.primary.port}`);
  }

  /** Replay lag as the primary sees it (bytes of WAL the standby has not replayed), or null without a standby. */
  async replayLagBytes(): Promise<number | null> {
    const rows = await this.primary.query<{ lag: string | null }>(
      `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text AS lag FROM pg_stat_replication LIMIT 1`,
    );
    return rows[0]?.lag == null ? null : Number(rows[0].lag);
  }

  async stop(): Promise<void> {
    await Promise.all(this.apis.map((a) => a.stop()));
    await this.balancer.stop();
    this.replica.stopFast();
    this.primary.stopFast();
  }
}
