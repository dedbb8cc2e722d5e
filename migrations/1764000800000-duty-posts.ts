import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A duty shift's post: 带班领导 (LEADING) or 值班员 (OFFICER). Shifts rostered before posts were recorded were duty
 * officers' shifts, which is what their events say when read without a post.
 */
export class DutyPosts1764000800000 implements MigrationInterface {
  name = 'DutyPosts1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE duty_shift_view ADD COLUMN post text NOT NULL DEFAULT 'OFFICER' CHECK (post IN ('LEADING', 'OFFICER'))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
