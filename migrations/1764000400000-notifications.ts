import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications on external channels (issue 5, ADR 0010): each unit's channels (e-mail, webhook) as configured by
 * the county's administrator, the deliveries made to them (one per arrival in the unit's inbox and matching
 * channel; kept across read-model rebuilds, so a rebuild never sends twice), and webhook signing secrets, which
 * stay out of the event log. Readable by the unit and, county-wide, by the county centre and auditors; written only
 * in the system scope (projection, delivery worker, the configuring command).
 */
export class Notifications1764000400000 implements MigrationInterface {
  name = 'Notifications1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_channel_view (
        channel_id    uuid PRIMARY KEY,
        unit_id       text NOT NULL,
        county_id     text,
        kind          text NOT NULL,
        target        text NOT NULL,
        audiences     text[] NOT NULL,
        enabled       boolean NOT NULL,
        label         text NOT NULL,
        removed       boolean NOT NULL DEFAULT false,
        configured_at timestamptz NOT NULL,
        version       integer NOT NULL
      )`);
    await q.query(`CREATE INDEX notification_channel_view_unit ON notification_channel_view (unit_id)`);
    await q.query(`
      CREATE TABLE notification_delivery (
        delivery_id     uuid PRIMARY KEY,
        channel_id      uuid NOT NULL,
        unit_id         text NOT NULL,
        county_id       text,
        event_id        uuid NOT NULL,
        channel_kind    text NOT NULL,
        target          text NOT NULL,
        kind            text NOT NULL,
        ref_type        text NOT NULL,
        ref_id          text NOT NULL,
        incident_id     text,
        from_unit_id    text NOT NULL,
        audience        text NOT NULL,
        confidential    boolean NOT NULL,
        title           text,
        note_zh         text,
        note_en         text,
        arrived_at      timestamptz NOT NULL,
        status          text NOT NULL,
        attempts        integer NOT NULL DEFAULT 0,
        last_error      text,
        last_attempt_at timestamptz,
        sent_at         timestamptz,
        UNIQUE (event_id, channel_id),
        -- 涉密 (002): nothing of a confidential incident's content is ever kept for an external channel.
        CHECK (NOT confidential OR (title IS NULL AND note_zh IS NULL AND note_en IS NULL))
      )`);
    await q.query(
      `CREATE INDEX notification_delivery_unit ON notification_delivery (unit_id, arrived_at DESC)`,
    );
    await q.query(
      `CREATE INDEX notification_delivery_dead ON notification_delivery (county_id, status) WHERE status = 'DEAD'`,
    );
    for (const table of ['notification_channel_view', 'notification_delivery']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() = 'system'
           OR (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit())`,
      );
      await q.query(
        `CREATE POLICY ${table}_write ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
    await q.query(`
      CREATE TABLE notification_channel_secret (
        channel_id uuid PRIMARY KEY,
        secret     text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE notification_channel_secret ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notification_channel_secret FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY notification_channel_secret_system ON notification_channel_secret FOR ALL
         USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON notification_channel_secret TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
