import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 责任人 on a task (issue 19: 000 §六3 责任到人, 003 §二(三) 专人跟踪): the person in the receiving unit who answers for
 * it, named at signing and changeable. The task view is rebuilt from the log on start (its definition version moved),
 * so the columns start empty here.
 */
export class TaskResponsible1764013000000 implements MigrationInterface {
  name = 'TaskResponsible1764013000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE task_view ADD COLUMN responsible_user_id text, ADD COLUMN responsible_name text`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
