import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 乡镇自行处置 (issue 19; 000 §三, 001 §三): the township a village reported an incident through, and the township
 * handling it itself until the county centre takes it over. The incident view is rebuilt from the log on start (its
 * definition version moved), so the columns start empty here.
 */
export class TownshipLocalHandling1764014010000 implements MigrationInterface {
  name = 'TownshipLocalHandling1764014010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE incident_view ADD COLUMN township_unit_id text, ADD COLUMN local_unit_id text`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
