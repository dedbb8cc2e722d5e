import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 处置方案 (004 §二(四)): one row per plan (the latest revision, its status and the leader's decision), readable in
 * the county (the units it names carry it out; the leaders in charge decide it); and the county's policy on from
 * which grade dispatch waits for an approved plan. Written only by their projections.
 */
export class HandlingPlans1764006100000 implements MigrationInterface {
  name = 'HandlingPlans1764006100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE handling_plan_view (
        plan_id          uuid PRIMARY KEY,
        incident_id      uuid NOT NULL,
        county_id        text NOT NULL,
        incident_title   text NOT NULL,
        field            text,
        status           text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'SENT_BACK')),
        measures         text NOT NULL,
        unit_ids         text[] NOT NULL,
        timing           text NOT NULL,
        revision         integer NOT NULL,
        drafted_by_name  text NOT NULL,
        drafted_at       timestamptz NOT NULL,
        decided_by_name  text,
        decided_by_post  text,
        decided_at       timestamptz,
        reason           text,
        version          integer NOT NULL
      )`);
    await q.query(`CREATE INDEX handling_plan_view_incident ON handling_plan_view (incident_id, status)`);
    await q.query(`CREATE INDEX handling_plan_view_county ON handling_plan_view (county_id, status)`);
    await q.query(`
      CREATE TABLE handling_plan_policy_view (
        county_id  text PRIMARY KEY,
        from_grade text CHECK (from_grade IN ('I', 'II', 'III', 'IV')),
        set_at     timestamptz NOT NULL
      )`);
    for (const table of ['handling_plan_view', 'handling_plan_policy_view']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth') OR county_id = app_county())`,
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
