import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants and removals of the privileged roles (ADMIN, AUDITOR, LEADER), for the county's auditors (等保 三员分立:
 * the administrator's account changes are reviewed by someone else). One row per user event that changed a
 * privileged role; `role_grant_user` is the same projection's record of who people are (unit, county, names), so
 * that a rebuild reads nothing but the log. Both are read in the county scope only, and written only by the
 * projection.
 */
export class PrivilegedRoleGrants1764000950000 implements MigrationInterface {
  name = 'PrivilegedRoleGrants1764000950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_grant_user (
        user_id      text PRIMARY KEY,
        username     text NOT NULL,
        display_name text NOT NULL,
        unit_id      text NOT NULL,
        county_id    text
      )`);
    await q.query(`
      CREATE TABLE privileged_role_grant (
        event_id           uuid PRIMARY KEY,
        position           bigint NOT NULL UNIQUE,
        county_id          text,
        user_id            text NOT NULL,
        username           text NOT NULL,
        display_name       text NOT NULL,
        unit_id            text NOT NULL,
        granted            text[] NOT NULL,
        revoked            text[] NOT NULL,
        roles              text[] NOT NULL,
        granted_by_user_id text NOT NULL,
        granted_by_name    text,
        granted_by_unit_id text NOT NULL,
        at                 timestamptz NOT NULL,
        CHECK (cardinality(granted) + cardinality(revoked) > 0)
      )`);
    await q.query(
      `CREATE INDEX privileged_role_grant_county ON privileged_role_grant (county_id, position DESC)`,
    );
    for (const table of ['role_grant_user', 'privileged_role_grant']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() = 'system'
           OR (county_id = app_county() AND app_scope() = 'county'))`,
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
