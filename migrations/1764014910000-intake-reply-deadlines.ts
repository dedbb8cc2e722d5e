import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 留言板 and 书记县长信箱 messages' own reply deadlines (issue 23): on the item's row, with when it was answered;
 * rebuilt by the intake-item-view projection (definition version 3).
 */
export class IntakeReplyDeadlines1764014910000 implements MigrationInterface {
  name = 'IntakeReplyDeadlines1764014910000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intake_item_view ADD COLUMN reply_due_at timestamptz`);
    await q.query(`ALTER TABLE intake_item_view ADD COLUMN replied_at timestamptz`);
    await q.query(`ALTER TABLE intake_item_view ADD COLUMN reply_note text`);
    // 留言待回复: the county's open messages, the soonest due first.
    await q.query(
      `CREATE INDEX intake_item_view_awaiting_reply ON intake_item_view (county_id, reply_due_at, item_id)
        WHERE reply_due_at IS NOT NULL AND replied_at IS NULL`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
