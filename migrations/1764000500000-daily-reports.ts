import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 舆情日报 (004): one row per county centre and day, holding the latest revision as issued and a line per revision.
 * Read by the issuing unit, the units it went to and, county-wide, the county scope (centre and auditors); written
 * only by its projection.
 */
export class DailyReports1764000500000 implements MigrationInterface {
  name = 'DailyReports1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE daily_report_view (
        report_id          uuid PRIMARY KEY,
        unit_id            text NOT NULL,
        county_id          text,
        day                text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        revision           integer NOT NULL,
        figures            jsonb NOT NULL,
        sensitive          jsonb NOT NULL,
        positive           jsonb NOT NULL,
        remarks            text NOT NULL,
        correction_reason  text,
        recipient_unit_ids text[] NOT NULL,
        recipient_names    jsonb NOT NULL,
        issued_by          text NOT NULL,
        issued_by_name     text NOT NULL,
        issued_at          timestamptz NOT NULL,
        first_issued_at    timestamptz NOT NULL,
        revisions          jsonb NOT NULL,
        UNIQUE (unit_id, day)
      )`);
    await q.query(`CREATE INDEX daily_report_view_county_day ON daily_report_view (county_id, day)`);
    await q.query(`ALTER TABLE daily_report_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE daily_report_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY daily_report_view_read ON daily_report_view FOR SELECT USING (app_scope() IN ('system', 'auth')
         OR (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()
         OR app_unit() = ANY (recipient_unit_ids))`,
    );
    await q.query(
      `CREATE POLICY daily_report_view_project ON daily_report_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON daily_report_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
