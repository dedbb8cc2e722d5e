import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 包保领导 and 跟踪专人 on an incident (issue 19: 000 §六3 领导包保、责任到人; 003 §二(三) 落实专人动态跟踪). The incident
 * view is rebuilt from the log on start (its definition version moved), so the columns start empty here.
 */
export class IncidentResponsibility1764014000000 implements MigrationInterface {
  name = 'IncidentResponsibility1764014000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incident_view ADD COLUMN guarantor jsonb, ADD COLUMN tracker jsonb`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
