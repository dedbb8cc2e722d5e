import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 关注清单/风险库 (issue 23): one row per entry of a county's watch list (keyword, place, project, dispute, event),
 * retired entries kept (the items they matched say so). Read by the county scope, written by its projection; what an
 * item matched is recorded in its own event and row (intake_item_view.watch_hits), not here.
 */
export class IntakeWatchList1764014700000 implements MigrationInterface {
  name = 'IntakeWatchList1764014700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intake_watch_entry_view (
        entry_id    uuid PRIMARY KEY,
        county_id   text NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('KEYWORD', 'PLACE', 'PROJECT', 'DISPUTE', 'EVENT')),
        name        text NOT NULL,
        note        text NOT NULL,
        ends_on     date,
        added_by    text NOT NULL,
        added_at    timestamptz NOT NULL,
        changed_at  timestamptz NOT NULL,
        retired_at  timestamptz,
        version     integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX intake_watch_entry_view_county ON intake_watch_entry_view (county_id, kind, name)`,
    );
    await q.query(`ALTER TABLE intake_watch_entry_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE intake_watch_entry_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY intake_watch_entry_view_project ON intake_watch_entry_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(
      `CREATE POLICY intake_watch_entry_view_read ON intake_watch_entry_view FOR SELECT USING (
         county_id = app_county() AND app_scope() = 'county')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON intake_watch_entry_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
