import { MigrationInterface, QueryRunner } from 'typeorm';
import PgBoss from 'pg-boss';

/** Queues the platform runs on pg-boss (ADR 0009), created here because creating one needs the schema's owner. */
export const JOB_QUEUES = {
  /** Due timers (reminders, overdue, escalation, letter receipts, flash reports), one job per subject at a time. */
  timers: {
    policy: 'stately',
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
  },
  /** Deliveries of notifications on external channels (e-mail, webhook); failures end in the dead-letter queue. */
  notifications: {
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 60,
    deadLetter: 'notifications_dead',
  },
  notifications_dead: { policy: 'standard', retentionMinutes: 60 * 24 * 30 },
} as const;

/**
 * The job queue (pg-boss 10.4.2, pinned): its schema as the package builds it, our queues, and rights for the
 * application role. The package's own BEGIN/COMMIT are dropped: this migration is already one transaction. The API
 * runs pg-boss with `migrate: false`, as the non-owner role; an upgrade of pg-boss comes with a new migration.
 */
export class JobQueue1764000300000 implements MigrationInterface {
  name = 'JobQueue1764000300000';

  async up(q: QueryRunner): Promise<void> {
    const plan = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;\s*$/m, '')
      .replace(/^\s*COMMIT;\s*$/m, '');
    await q.query(plan);
    // Dead-letter queue first: a queue names its dead-letter queue by a foreign key.
    for (const name of ['notifications_dead', 'timers', 'notifications'] as const) {
      await q.query(`SELECT pgboss.create_queue($1, $2::json)`, [name, JSON.stringify(JOB_QUEUES[name])]);
    }
    await q.query(`GRANT USAGE ON SCHEMA pgboss TO yuqing_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO yuqing_app`);
    await q.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO yuqing_app`);
    // Queues added by later migrations (created by the owner) are usable by the application too.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO yuqing_app`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
