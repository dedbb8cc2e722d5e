import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts captured as evidence (issue 22): one row per post with its spread readings in order, written only by its
 * projection; read like attachment_view (the capturing unit, the incident's units listed at capture, the county).
 */
export class CapturedPosts1764008100000 implements MigrationInterface {
  name = 'CapturedPosts1764008100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE captured_post_view (
        post_id                   uuid PRIMARY KEY,
        incident_id               uuid NOT NULL,
        unit_id                   text NOT NULL,
        county_id                 text,
        reader_unit_ids           text[] NOT NULL,
        confidential              boolean NOT NULL,
        url                       text NOT NULL,
        platform                  text NOT NULL,
        author                    text NOT NULL,
        text_as_seen              text NOT NULL,
        captured_at               timestamptz NOT NULL,
        screenshot_attachment_id  uuid NOT NULL,
        screenshot_sha256         text NOT NULL,
        captured_by_name          text NOT NULL,
        readings                  jsonb NOT NULL,
        version                   integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX captured_post_view_incident ON captured_post_view (incident_id, captured_at)`,
    );
    await q.query(`ALTER TABLE captured_post_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE captured_post_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY captured_post_view_system ON captured_post_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(
      `CREATE POLICY captured_post_view_read ON captured_post_view FOR SELECT USING (
         (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()
         OR app_unit() = ANY (reader_unit_ids))`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON captured_post_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
