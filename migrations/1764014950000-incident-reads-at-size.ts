import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads at size (issue 25, `npm run bench:scale`: 200,000 incidents in 100 counties). Under row-level security
 * PostgreSQL uses a query's own condition for an index only when its operator is LEAKPROOF: `county_id = $1` is,
 * array containment (`visible_units @> …`, the GIN index's operator) is not. So "in my county, or my unit is among
 * the incident's visible units" read every row of incident_view for every list and every count.
 *
 * `incident_view_units` holds one row per (visible unit, incident), kept by the incident-view projection in the
 * same transaction as the row it mirrors: "my unit sees it" becomes an equality on a primary key. The list asks
 * `county_id = $county` (an index) OR the incident ids this table gives (another), each a leakproof equality.
 *
 * incident_view's read policy says what it said before, with app_scope()/app_county()/app_unit() computed once per
 * statement (`(SELECT …)`, an InitPlan) instead of once per row; the same for the new table's.
 */
export class IncidentReadsAtSize1764014950000 implements MigrationInterface {
  name = 'IncidentReadsAtSize1764014950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_view_units (
        unit_id     text NOT NULL,
        incident_id uuid NOT NULL,
        county_id   text,
        PRIMARY KEY (unit_id, incident_id)
      )`);
    await q.query(`CREATE INDEX incident_view_units_incident ON incident_view_units (incident_id)`);
    await q.query(`ALTER TABLE incident_view_units ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE incident_view_units FORCE ROW LEVEL SECURITY`);
    // Visible exactly when the incident is: to its county's county-wide people, and to the unit itself.
    await q.query(
      `CREATE POLICY incident_view_units_read ON incident_view_units FOR SELECT USING (
         (SELECT app_scope()) IN ('system', 'auth')
         OR (county_id = (SELECT app_county()) AND (SELECT app_scope()) = 'county')
         OR unit_id = (SELECT app_unit()))`,
    );
    await q.query(
      `CREATE POLICY incident_view_units_project ON incident_view_units FOR ALL
         USING ((SELECT app_scope()) = 'system') WITH CHECK ((SELECT app_scope()) = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON incident_view_units TO yuqing_app`);
    await q.query(
      `ALTER POLICY incident_view_read ON incident_view USING (
         (SELECT app_scope()) IN ('system', 'auth')
         OR (county_id = (SELECT app_county()) AND (SELECT app_scope()) = 'county')
         OR (SELECT app_unit()) = ANY (visible_units))`,
    );
    // The list's filters within a county, newest first: status (the dashboard's counts and the open list), grade.
    await q.query(
      `CREATE INDEX incident_view_county_status ON incident_view (county_id, status, grade, reported_at DESC, incident_id DESC)`,
    );
    // The workbench's figures for a county (DashboardService): its owed tasks, its month's tasks, its letters.
    await q.query(`CREATE INDEX task_view_county_status ON task_view (county_id, status, due_at)`);
    await q.query(`CREATE INDEX task_view_county_dispatched ON task_view (county_id, dispatched_at)`);
    await q.query(`CREATE INDEX letter_view_county ON letter_view (county_id)`);
    // The table is filled by the projection's rebuild (its definition version moved to 7).
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
