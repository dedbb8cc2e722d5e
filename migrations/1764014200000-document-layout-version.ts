import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The layout version an issued document was made with (issue 21: 版记 at the foot of the last page, QR code): a
 * download makes the document again with the rules it was issued under, so its bytes still match the log. Rows
 * before this column were all made with layout 1.
 */
export class DocumentLayoutVersion1764014200000 implements MigrationInterface {
  name = 'DocumentLayoutVersion1764014200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document_view ADD COLUMN layout_version integer NOT NULL DEFAULT 1`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
