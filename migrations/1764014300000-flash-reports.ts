import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 舆情快报 as a record beside the 专报 (issue 19): the report row says which kind it is, and a 快报 holds its
 * 传播情况 and 已采取措施 besides the parts both share. Rebuilt by its projection (definition version 3); rows of
 * reports drafted before this are 专报.
 */
export class FlashReports1764014300000 implements MigrationInterface {
  name = 'FlashReports1764014300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE special_report_view ADD COLUMN kind text NOT NULL DEFAULT 'SPECIAL'
         CHECK (kind IN ('SPECIAL', 'FLASH'))`,
    );
    // Each kind has its own run of numbers (2026年第3期 of 快报 and of 专报 are two papers).
    await q.query(
      `ALTER TABLE special_report_view DROP CONSTRAINT special_report_view_unit_id_year_number_key`,
    );
    await q.query(
      `ALTER TABLE special_report_view ADD CONSTRAINT special_report_view_unit_kind_year_number_key
         UNIQUE (unit_id, kind, year, number)`,
    );
    await q.query(`ALTER TABLE special_report_view ADD COLUMN spread text`);
    await q.query(`ALTER TABLE special_report_view ADD COLUMN measures_taken jsonb`);
    await q.query(
      `ALTER TABLE special_report_view ADD CONSTRAINT special_report_view_flash_parts_check
         CHECK ((kind = 'FLASH') = (spread IS NOT NULL AND measures_taken IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE special_report_view ADD COLUMN prefilled_reason text`);
    // The city office reads the 快报 sent to it across its counties: found by recipient.
    await q.query(
      `CREATE INDEX special_report_view_recipients ON special_report_view USING gin (recipient_unit_ids)`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
