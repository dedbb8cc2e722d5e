import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 舆情线索 (issue 23): the county's monitoring sources (with the hash of their API key), the items they bring in
 * waiting for the centre's decision, and one claim per normalised URL so two monitors' copies of a post become one
 * item even when they arrive at the same moment. Sources and items are read by the county scope (the centre,
 * auditors) and items entered by hand by their own unit too; written by their projections. The URL claim is
 * written inside the receiving transaction (system scope) and read by no one else.
 *
 * Near-identical Chinese texts are found by their character bigrams (`text_grams`, a GIN index on the array), not by
 * pg_trgm, which in the database's C locale makes no trigram of a Chinese character (ADR 0023).
 */
export class Intake1764011000000 implements MigrationInterface {
  name = 'Intake1764011000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intake_source_view (
        source_id      uuid PRIMARY KEY,
        county_id      text NOT NULL,
        name           text NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('MONITORING_SERVICE', 'CYBER_POLICE', 'MESSAGE_BOARD', 'UNIT_WATCH', 'MANUAL')),
        owner_unit_id  text NOT NULL,
        key_hash       text,
        key_prefix     text,
        key_issued_at  timestamptz,
        column_mapping jsonb,
        configured_at  timestamptz NOT NULL,
        version        integer NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX intake_source_view_key ON intake_source_view (key_hash) WHERE key_hash IS NOT NULL`,
    );
    await q.query(`CREATE INDEX intake_source_view_county ON intake_source_view (county_id, name)`);
    await q.query(`
      CREATE TABLE intake_item_view (
        item_id         uuid PRIMARY KEY,
        county_id       text NOT NULL,
        unit_id         text NOT NULL,
        status          text NOT NULL CHECK (status IN ('RECEIVED', 'REGISTERED', 'ATTACHED', 'ARCHIVED')),
        source_kind     text NOT NULL,
        sightings       jsonb NOT NULL,
        url             text,
        normalized_url  text,
        platform        text NOT NULL,
        author          text NOT NULL,
        title           text NOT NULL,
        text            text NOT NULL,
        published_at    timestamptz NOT NULL,
        received_at     timestamptz NOT NULL,
        spread          jsonb NOT NULL,
        text_grams      text[] NOT NULL,
        flagged         boolean NOT NULL DEFAULT false,
        rank            integer NOT NULL DEFAULT 0,
        watch_hits      jsonb NOT NULL DEFAULT '[]',
        incident_id     uuid,
        archive_reason  text,
        decided_by      text,
        decided_at      timestamptz,
        version         integer NOT NULL
      )`);
    // The queue: what waits in a county, flagged and ranked first, newest first.
    await q.query(
      `CREATE INDEX intake_item_view_queue ON intake_item_view (county_id, flagged DESC, rank DESC, received_at DESC, item_id DESC) WHERE status = 'RECEIVED'`,
    );
    await q.query(`CREATE INDEX intake_item_view_url ON intake_item_view (county_id, normalized_url)`);
    await q.query(`CREATE INDEX intake_item_view_grams ON intake_item_view USING gin (text_grams)`);
    await q.query(`CREATE INDEX intake_item_view_received ON intake_item_view (county_id, received_at)`);
    await q.query(`
      CREATE TABLE intake_url_claim (
        county_id       text NOT NULL,
        normalized_url  text NOT NULL,
        item_id         uuid NOT NULL,
        -- the item stream's owning unit, which a joining sighting appends under
        unit_id         text NOT NULL,
        PRIMARY KEY (county_id, normalized_url)
      )`);
    for (const table of ['intake_source_view', 'intake_item_view']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_project ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
    await q.query(
      `CREATE POLICY intake_source_view_read ON intake_source_view FOR SELECT USING (
         county_id = app_county() AND app_scope() = 'county')`,
    );
    await q.query(
      `CREATE POLICY intake_item_view_read ON intake_item_view FOR SELECT USING (
         (county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit())`,
    );
    await q.query(`ALTER TABLE intake_url_claim ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE intake_url_claim FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY intake_url_claim_system ON intake_url_claim FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
    );
    await q.query(`GRANT SELECT, INSERT, DELETE ON intake_url_claim TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
