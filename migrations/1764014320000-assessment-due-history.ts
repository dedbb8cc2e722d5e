import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 考核 "overdue and open at the period's end" by the due time in force then (issue 24): each task memo keeps its due
 * times with the moment each took effect. Filled by the facts projection's rebuild (definition version 2).
 */
export class AssessmentDueHistory1764014320000 implements MigrationInterface {
  name = 'AssessmentDueHistory1764014320000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_task_memo ADD COLUMN due_history jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
