import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Previews of attached images (issue 22): one row per attachment once its thumbnail is made (or could not be: a
 * damaged image is not tried again), the thumbnail stored like any file, by its SHA-256. Not in the log: a preview
 * is derived from logged bytes and can be made again. Read through the attachment's own access check.
 */
export class AttachmentPreviews1764008200000 implements MigrationInterface {
  name = 'AttachmentPreviews1764008200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment_preview (
        attachment_id  uuid PRIMARY KEY,
        sha256         text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size           integer,
        width          integer,
        height         integer,
        failure        text,
        made_at        timestamptz NOT NULL,
        CHECK ((sha256 IS NULL) = (failure IS NOT NULL))
      )`);
    await q.query(`ALTER TABLE attachment_preview ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE attachment_preview FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY attachment_preview_system ON attachment_preview FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON attachment_preview TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
