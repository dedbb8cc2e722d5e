import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 待研判 queue's count (issue 23, `npm run bench:intake`): with 100,000 items waiting, `count(*)` under the row
 * policy took ~110 ms, for two reasons. (1) The policy reads `unit_id`, which the queue's index does not hold, so the
 * count read every row of the table: this index holds every column the count and the policy read (an index-only
 * scan). (2) The policy called app_scope(), app_county() and app_unit() — current_setting() — for every row: written
 * as `(SELECT app_scope())` each is computed once per statement (an InitPlan) and the row test is a comparison.
 * The policies say exactly what they said before.
 */
export class IntakeQueueCount1764014800000 implements MigrationInterface {
  name = 'IntakeQueueCount1764014800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX intake_item_view_waiting ON intake_item_view (county_id, unit_id) WHERE status = 'RECEIVED'`,
    );
    await q.query(
      `ALTER POLICY intake_item_view_project ON intake_item_view
         USING ((SELECT app_scope()) = 'system') WITH CHECK ((SELECT app_scope()) = 'system')`,
    );
    await q.query(
      `ALTER POLICY intake_item_view_read ON intake_item_view USING (
         (county_id = (SELECT app_county()) AND (SELECT app_scope()) = 'county') OR unit_id = (SELECT app_unit()))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
