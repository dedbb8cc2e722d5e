import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 函告网站 (000 §三4; 001 §二(五)): one row per takedown request to an outside platform, with the platform's answer
 * once recorded. Read by the county scope (centre, auditors) and the units that could read the incident when it
 * was sent; written only by its projection.
 */
export class TakedownRequests1764007000000 implements MigrationInterface {
  name = 'TakedownRequests1764007000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE takedown_request_view (
        request_id      uuid PRIMARY KEY,
        incident_id     uuid NOT NULL,
        county_id       text,
        sending_unit_id text NOT NULL,
        visible_units   text[] NOT NULL,
        platform        text NOT NULL,
        item_urls       jsonb NOT NULL,
        request         text NOT NULL,
        sent_by         text NOT NULL,
        sent_at         timestamptz NOT NULL,
        answer          text CHECK (answer IN ('REMOVED', 'REFUSED', 'NO_ANSWER')),
        answer_note     text,
        answered_by     text,
        answered_at     timestamptz,
        version         integer NOT NULL,
        CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX takedown_request_view_incident ON takedown_request_view (incident_id, sent_at)`,
    );
    await q.query(`ALTER TABLE takedown_request_view ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE takedown_request_view FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY takedown_request_view_read ON takedown_request_view FOR SELECT USING (app_scope() IN ('system', 'auth')
         OR (county_id = app_county() AND app_scope() = 'county') OR app_unit() = ANY (visible_units))`,
    );
    await q.query(
      `CREATE POLICY takedown_request_view_project ON takedown_request_view FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON takedown_request_view TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
