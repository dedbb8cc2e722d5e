import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 统计与考核, the rest of issue 24: a county's incidents by grade, field, channel, platform and outcome (counts per
 * owner unit and day, with the day each change was recorded, so a closed period never moves: ADR 0024), one profile
 * per incident (what the breakdown needs between events, and each report's discovery-to-report lag, judged 迟报 or
 * 漏报 at read time under the county's limits in force that day), and the inquiries' first replies in the per-unit
 * facts. Written only by their projections (assessment-incidents; assessment-facts, definition version 3).
 */
export class AssessmentIncidents1764014500000 implements MigrationInterface {
  name = 'AssessmentIncidents1764014500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE assessment_unit_day
        ADD COLUMN inquiry_tasks             integer NOT NULL DEFAULT 0,
        ADD COLUMN inquiry_replies           integer NOT NULL DEFAULT 0,
        ADD COLUMN inquiry_reply_lag_minutes integer NOT NULL DEFAULT 0,
        ADD COLUMN inquiry_replied_same_day  integer NOT NULL DEFAULT 0`);
    await q.query(`
      ALTER TABLE assessment_task_memo
        ADD COLUMN reply_due_at   timestamptz,
        ADD COLUMN first_reply_at timestamptz`);
    await q.query(`ALTER TABLE assessment_incident_memo ADD COLUMN nature text`);
    // The county's 迟报/漏报 limits, a part of its 考核 policy from this version on (null: the platform's defaults).
    await q.query(`ALTER TABLE assessment_policy_view ADD COLUMN report_limits jsonb`);
    await q.query(`
      CREATE TABLE assessment_incident_profile (
        incident_id          uuid PRIMARY KEY,
        county_id            text NOT NULL,
        owner_unit_id        text NOT NULL,
        reporting_unit_id    text NOT NULL,
        discovered_at        timestamptz NOT NULL,
        reported_at          timestamptz NOT NULL,
        report_day           date NOT NULL,
        report_recorded_on   date NOT NULL CHECK (report_recorded_on >= report_day),
        report_lag_minutes   integer NOT NULL,
        channel              text NOT NULL,
        platform             text NOT NULL,
        grade                text,
        field                text,
        measures             text[] NOT NULL DEFAULT '{}',
        closed_day           date,
        outcome              text
      )`);
    await q.query(
      `CREATE INDEX assessment_incident_profile_reports ON assessment_incident_profile (county_id, report_day)`,
    );
    await q.query(`
      CREATE TABLE assessment_incident_breakdown (
        county_id     text NOT NULL,
        owner_unit_id text NOT NULL,
        day           date NOT NULL,
        recorded_on   date NOT NULL CHECK (recorded_on >= day),
        dimension     text NOT NULL,
        value         text NOT NULL,
        count         integer NOT NULL,
        PRIMARY KEY (county_id, day, recorded_on, owner_unit_id, dimension, value)
      )`);
    const rules: Record<string, string> = {
      assessment_incident_profile: `(county_id = app_county() AND app_scope() = 'county') OR reporting_unit_id = app_unit() OR owner_unit_id = app_unit()`,
      assessment_incident_breakdown: `(county_id = app_county() AND app_scope() = 'county') OR owner_unit_id = app_unit()`,
    };
    for (const [table, rule] of Object.entries(rules)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth') OR ${rule})`,
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
