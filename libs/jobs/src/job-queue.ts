import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DATABASE_URLS, DatabaseUrls, isDatabaseUnavailable, noteConnectionLost } from '@app/database';

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  /**
   * Supervise the queues (expire jobs of a process that died, retry them, archive). Any number of processes may;
   * pg-boss takes an advisory lock for each round.
   */
  supervise: boolean;
  /** How often supervision runs, in seconds (pg-boss's own default is 120). */
  maintenanceIntervalSeconds: number;
}

export const DEFAULT_JOB_QUEUE_OPTIONS: JobQueueOptions = { supervise: true, maintenanceIntervalSeconds: 30 };

/** A job taken off a queue: its id, its queue and what it carries. */
export interface TakenJob<T> {
  id: string;
  name: string;
  data: T;
  retryCount: number;
  /** How many retries the job has in all: a failure at `retryCount === retryLimit` is its last. */
  retryLimit: number;
  /** Why it last failed, when it did (pg-boss keeps it in the job's output). */
  output: unknown;
}

/**
 * Runs pg-boss's SQL on a connection of the caller's choosing: a job sent, completed or failed this way is part of
 * the caller's transaction (e.g. a projection's), so it exists exactly when the caller's rows do.
 */
export type JobDb = PgBoss.Db;

/** A JobDb over a TypeORM transaction (its EntityManager's query runner). */
export function jobDbOf(manager: {
  queryRunner?: { query(sql: string, params: unknown[], structured: true): Promise<{ records: unknown[] }> };
}): JobDb {
  const qr = manager.queryRunner;
  if (!qr) throw new Error('jobDbOf needs an EntityManager inside a transaction');
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await qr.query(text, values, true)).records,
    }),
  };
}

/** Per-job settings that override the queue's (retries, expiry), and the transaction to send in. */
export interface SendOptions {
  singletonKey?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  db?: JobDb;
}

/**
 * The platform's job queue: pg-boss on the application's database, as the application role. Its schema and queues
 * are created by migrations (ADR 0009), so this never migrates. Nothing here runs work on a timer of its own: the
 * capabilities that use it decide when to take jobs (the timers' tick, a test's `fireDue`).
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    @Inject(DATABASE_URLS) urls: DatabaseUrls,
    @Inject(JOB_QUEUE_OPTIONS) options: JobQueueOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: urls.appUrl,
      schema: 'pgboss',
      application_name: 'yuqing-jobs',
      max: 4,
      migrate: false,
      schedule: false,
      supervise: options.supervise,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
    this.boss.on('error', (err: Error & { code?: string }) => {
      // A server shutting down or restarting ends pg-boss's connections and fails its supervision rounds: pg-boss
      // reconnects when it next needs one, so this is said once per outage, not as an error of ours.
      if (isDatabaseUnavailable(err)) noteConnectionLost(err);
      else this.logger.error(`pg-boss: ${err.message}`);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }

  /**
   * Queues a job; with a singleton key on a `stately` queue at most one job per key waits, so the same work asked
   * for twice is queued once (answers null then).
   */
  send(name: string, data: object, options: SendOptions = {}): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /** Takes up to `batchSize` jobs that are due; they stay active until completed, failed or expired. */
  async take<T>(name: string, batchSize: number): Promise<TakenJob<T>[]> {
    const jobs = await this.boss.fetch<T>(name, { batchSize, includeMetadata: true });
    return jobs.map((j) => ({
      id: j.id,
      name: j.name,
      data: j.data,
      retryCount: j.retryCount,
      retryLimit: j.retryLimit,
      output: j.output,
    }));
  }

  /** Completes a job; with `db`, inside the caller's transaction. */
  complete(name: string, id: string, options: { db?: JobDb } = {}): Promise<void> {
    return this.boss.complete(name, id, {}, options);
  }

  /**
   * A failed job is retried with backoff by pg-boss, then moved to the queue's dead-letter queue; with `db`,
   * inside the caller's transaction.
   */
  fail(name: string, id: string, error: Error, options: { db?: JobDb } = {}): Promise<void> {
    return this.boss.fail(name, id, { message: error.message }, options);
  }

  /** The underlying pg-boss, for capabilities that need more of it (e.g. the dead-letter queue's jobs). */
  get pgBoss(): PgBoss {
    return this.boss;
  }
}
