import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence and attachments (issue 22). `evidence_upload`: files stored but not (yet) attached, one row per upload,
 * read and written by the uploading unit and the system (the attach step, orphan collection); not a read model, the
 * log names a file only once it is attached. `attachment_view`: one row per attached file, written only by its
 * projection, read by the attaching unit, the record's readers listed at attach time (the access policy decides
 * from the record itself; this is the second lock) and the county scope (centre and auditors). And the pg-boss
 * queue of the orphan sweep.
 */
export class Evidence1764008000000 implements MigrationInterface {
  name = 'Evidence1764008000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_upload (
        upload_id      uuid PRIMARY KEY,
        unit_id        text NOT NULL,
        county_id      text,
        uploaded_by    text NOT NULL,
        sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size           bigint NOT NULL CHECK (size > 0),
        media_type     text NOT NULL,
        original_name  text NOT NULL,
        uploaded_at    timestamptz NOT NULL,
        claimed_at     timestamptz,
        attached       boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX evidence_upload_orphans ON evidence_upload (uploaded_at) WHERE NOT attached`);
    await q.query(`CREATE INDEX evidence_upload_sha256 ON evidence_upload (sha256)`);
    await q.query(`
      CREATE TABLE attachment_view (
        attachment_id     uuid PRIMARY KEY,
        record_kind       text NOT NULL,
        record_id         text NOT NULL,
        incident_id       uuid,
        purpose           text NOT NULL,
        sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size              bigint NOT NULL,
        media_type        text NOT NULL,
        original_name     text NOT NULL,
        unit_id           text NOT NULL,
        county_id         text,
        reader_unit_ids   text[] NOT NULL,
        confidential      boolean NOT NULL,
        attached_by_name  text NOT NULL,
        attached_at       timestamptz NOT NULL,
        version           integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX attachment_view_record ON attachment_view (record_id, record_kind, attached_at)`,
    );
    await q.query(`CREATE INDEX attachment_view_sha256 ON attachment_view (sha256)`);
    for (const table of ['evidence_upload', 'attachment_view']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_system ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
    // The orphan sweep's queue: stately with one key, so at most one sweep waits and one runs, whatever the
    // number of API processes offering it.
    await q.query(`SELECT pgboss.create_queue($1, $2::json)`, [
      'evidence_orphans',
      JSON.stringify({ policy: 'stately', retryLimit: 3, retryDelay: 60, expireInSeconds: 600 }),
    ]);
    await q.query(
      `CREATE POLICY evidence_upload_own ON evidence_upload FOR SELECT USING (unit_id = app_unit())`,
    );
    await q.query(
      `CREATE POLICY attachment_view_read ON attachment_view FOR SELECT USING (
         (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()
         OR app_unit() = ANY (reader_unit_ids))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
