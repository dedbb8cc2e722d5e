import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Timers (ADR 0009): what falls due when — a task's reminders, its deadline and the escalation of its automatic
 * 督办, a risk letter's receipt, an incident's 舆情快报. A read model of task, letter and incident events (so no
 * timer is lost between a command and its scheduling, and the schedule rebuilds from the log); the sweep reads it,
 * the job queue runs it. Due times are on the domain clock. Readable by the county's own people; written by the
 * projection and the timer worker (system scope).
 */
export class Timers1764000310000 implements MigrationInterface {
  name = 'Timers1764000310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE timer (
        timer_id      text PRIMARY KEY,
        kind          text NOT NULL,
        subject_type  text NOT NULL,
        subject_id    text NOT NULL,
        incident_id   text,
        county_id     text,
        due_at        timestamptz NOT NULL,
        armed         boolean NOT NULL DEFAULT true,
        fired_at      timestamptz,
        outcome       text,
        payload       jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX timer_armed_due ON timer (due_at) WHERE armed`);
    await q.query(`CREATE INDEX timer_subject ON timer (subject_id)`);
    await q.query(`ALTER TABLE timer ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE timer FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY timer_read ON timer FOR SELECT USING (app_scope() = 'system'
         OR (county_id = app_county() AND app_scope() = 'county'))`,
    );
    await q.query(
      `CREATE POLICY timer_write ON timer FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON timer TO yuqing_app`);
    // Timers start with this release: work recorded before it arms none, so an upgrade does not send every
    // historic open task a 督办 and every old letter a 催签 on its first tick.
    await q.query(`CREATE TABLE timer_epoch (after_position bigint NOT NULL)`);
    await q.query(`INSERT INTO timer_epoch SELECT coalesce(max(global_position), 0) FROM es_events`);
    await q.query(`GRANT SELECT ON timer_epoch TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
