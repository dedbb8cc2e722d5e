import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why and when a unit was stood down (停用), shown to the county administrator beside its 已停用 tag. */
export class UnitStandDown1764000600000 implements MigrationInterface {
  name = 'UnitStandDown1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE unit_view ADD COLUMN deactivated_reason text, ADD COLUMN deactivated_at timestamptz`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
