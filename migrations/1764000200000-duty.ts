import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duty (值班): the roster of shifts per unit and the duty log (000, 004). Readable by the unit itself and, county-wide,
 * by the county centre's people and auditors; written only by projections.
 */
export class Duty1764000200000 implements MigrationInterface {
  name = 'Duty1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE duty_shift_view (
        shift_id   uuid PRIMARY KEY,
        unit_id    text NOT NULL,
        county_id  text,
        user_id    text NOT NULL,
        user_name  text NOT NULL,
        starts_at  timestamptz NOT NULL,
        ends_at    timestamptz NOT NULL,
        note       text NOT NULL,
        cancelled  boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX duty_shift_view_unit_time ON duty_shift_view (unit_id, starts_at, ends_at)`);
    await q.query(`
      CREATE TABLE duty_log_view (
        entry_id    uuid PRIMARY KEY,
        unit_id     text NOT NULL,
        county_id   text,
        user_id     text NOT NULL,
        user_name   text NOT NULL,
        kind        text NOT NULL,
        text        text NOT NULL,
        incident_id text,
        on_duty     boolean NOT NULL,
        at          timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX duty_log_view_unit_time ON duty_log_view (unit_id, at)`);
    for (const table of ['duty_shift_view', 'duty_log_view']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth')
           OR (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit())`,
      );
      await q.query(
        `CREATE POLICY ${table}_project ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
