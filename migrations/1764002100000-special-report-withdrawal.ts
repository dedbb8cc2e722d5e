import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 舆情专报 draft can be withdrawn (撤回) with a reason: the row says so, by whom, when and why. Rebuilt by its
 * projection (definition version 2), which also takes the report's 涉密 from the sign-off.
 */
export class SpecialReportWithdrawal1764002100000 implements MigrationInterface {
  name = 'SpecialReportWithdrawal1764002100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE special_report_view DROP CONSTRAINT special_report_view_status_check`);
    await q.query(
      `ALTER TABLE special_report_view ADD CONSTRAINT special_report_view_status_check
         CHECK (status IN ('DRAFT', 'ISSUED', 'WITHDRAWN'))`,
    );
    await q.query(`ALTER TABLE special_report_view ADD COLUMN withdrawn_at timestamptz`);
    await q.query(`ALTER TABLE special_report_view ADD COLUMN withdrawn_by_name text`);
    await q.query(`ALTER TABLE special_report_view ADD COLUMN withdraw_reason text`);
    await q.query(
      `ALTER TABLE special_report_view ADD CONSTRAINT special_report_view_withdrawn_check
         CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdraw_reason IS NOT NULL))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
