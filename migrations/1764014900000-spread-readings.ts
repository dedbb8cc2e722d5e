import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spread readings over time (issue 23): the county's 传播分级标准; an incident's later readings beside its first
 * figures and the request to assess again; an intake item's readings. Rebuilt by their projections (county-view 7,
 * incident-view 6, intake-item-view 2).
 */
export class SpreadReadings1764014900000 implements MigrationInterface {
  name = 'SpreadReadings1764014900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE county_view ADD COLUMN spread_criteria jsonb`);
    await q.query(`ALTER TABLE incident_view ADD COLUMN spread_readings jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE incident_view ADD COLUMN reassessment jsonb`);
    await q.query(`ALTER TABLE intake_item_view ADD COLUMN readings jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
