import { MigrationInterface, QueryRunner } from 'typeorm';

/** The holiday calendar (with 调休 make-up days) a county loads for the years it names; null: the shipped one. */
export class HolidayCalendar1764000100000 implements MigrationInterface {
  name = 'HolidayCalendar1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE county_view ADD COLUMN holiday_calendar jsonb`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
