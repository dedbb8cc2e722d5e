import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Official documents (公文, issue 21): a unit's 机关代字 on its row, and one row per issued document — its number,
 * classification, the record it was made from and the SHA-256 of its bytes (the event log holds the same, and the
 * model it was rendered from). Read by the issuing unit, the record's readers listed at issue (the access policy
 * decides from the record itself; this is the second lock), the county scope (centre and auditors). Written only by
 * its projection.
 */
export class Documents1764004000000 implements MigrationInterface {
  name = 'Documents1764004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE unit_view ADD COLUMN document_code text`);
    await q.query(`
      CREATE TABLE document_view (
        document_id        uuid PRIMARY KEY,
        kind               text NOT NULL,
        record_id          text NOT NULL,
        incident_id        uuid,
        unit_id            text NOT NULL,
        county_id          text,
        reader_unit_ids    text[] NOT NULL,
        year               integer NOT NULL,
        number             integer NOT NULL,
        document_number    text NOT NULL,
        title              text NOT NULL,
        classification     text NOT NULL CHECK (classification IN ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL')),
        sha256             text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        byte_length        integer NOT NULL,
        verification_code  text NOT NULL UNIQUE,
        model              jsonb NOT NULL,
        issued_by_name     text NOT NULL,
        issued_at          timestamptz NOT NULL,
        version            integer NOT NULL,
        UNIQUE (unit_id, kind, year, number)
      )`);
    await q.query(`CREATE INDEX document_view_record ON document_view (record_id)`);
    await q.query(`CREATE INDEX document_view_unit ON document_view (unit_id, issued_at)`);
    await q.query(`ALTER TABLE document_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE document_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY document_view_read ON document_view FOR SELECT USING (app_scope() IN ('system', 'auth')
         OR (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()
         OR app_unit() = ANY (reader_unit_ids))`,
    );
    await q.query(
      `CREATE POLICY document_view_project ON document_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON document_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
