import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units' own grade scales (002 小微/中级/重大, 003 一般/重大/特大) mapped onto the county's I–IV, on the county's row.
 * Rebuilt by its projection (definition version 6).
 */
export class GradeScales1764014310000 implements MigrationInterface {
  name = 'GradeScales1764014310000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE county_view ADD COLUMN grade_scales jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
