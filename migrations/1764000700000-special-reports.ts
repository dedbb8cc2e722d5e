import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 舆情专报 (004 §三(三)): one row per report, the last draft saved and, once signed off, its number. A draft is read
 * by its centre and the county scope (centre and auditors); the units it went to read it once it is issued. Written
 * only by its projection.
 */
export class SpecialReports1764000700000 implements MigrationInterface {
  name = 'SpecialReports1764000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE special_report_view (
        report_id          uuid PRIMARY KEY,
        incident_id        uuid NOT NULL,
        incident_title     text NOT NULL,
        confidential       boolean NOT NULL,
        unit_id            text NOT NULL,
        county_id          text,
        status             text NOT NULL CHECK (status IN ('DRAFT', 'ISSUED')),
        year               integer,
        number             integer,
        title              text NOT NULL,
        summary            text NOT NULL,
        analysis           text NOT NULL,
        suggestions        jsonb NOT NULL,
        addressees         text NOT NULL,
        copy_unit_ids      text[] NOT NULL,
        copy_names         jsonb NOT NULL,
        recipient_unit_ids text[] NOT NULL,
        draft_revision     integer NOT NULL,
        drafted_by_name    text NOT NULL,
        drafted_at         timestamptz NOT NULL,
        issued_by_name     text,
        issued_at          timestamptz,
        version            integer NOT NULL,
        CHECK ((status = 'ISSUED') = (number IS NOT NULL AND year IS NOT NULL AND issued_at IS NOT NULL)),
        UNIQUE (unit_id, year, number)
      )`);
    await q.query(`CREATE INDEX special_report_view_incident ON special_report_view (incident_id)`);
    await q.query(`CREATE INDEX special_report_view_county ON special_report_view (county_id, drafted_at)`);
    await q.query(`ALTER TABLE special_report_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE special_report_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY special_report_view_read ON special_report_view FOR SELECT USING (app_scope() IN ('system', 'auth')
         OR (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()
         OR (status = 'ISSUED' AND app_unit() = ANY (recipient_unit_ids)))`,
    );
    await q.query(
      `CREATE POLICY special_report_view_project ON special_report_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON special_report_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
