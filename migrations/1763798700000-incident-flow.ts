import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the "一函四单" loop: the incident's full state, tasks (工单), risk letters (一函), statements
 * (口径/通稿) and the incident timeline. Each is under row-level security like every tenant table; the timeline is
 * visible exactly when its incident is.
 */
export class IncidentFlow1763798700000 implements MigrationInterface {
  name = 'IncidentFlow1763798700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE incident_view
        ADD COLUMN listed_at      timestamptz,
        ADD COLUMN requirements   text,
        ADD COLUMN warning        jsonb,
        ADD COLUMN warnings       jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN linkage        jsonb,
        ADD COLUMN escalations    jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN conferences    jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN calmed_at      timestamptz,
        ADD COLUMN closed_at      timestamptz,
        ADD COLUMN reopen_count   integer NOT NULL DEFAULT 0,
        ADD COLUMN review         jsonb,
        ADD COLUMN accountability jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN decider_state  jsonb`);
    await q.query(`CREATE INDEX incident_view_visible ON incident_view USING gin (visible_units)`);
    // Which bureaus an incident's field brings into the linkage (the "N"), per county.
    await q.query(`ALTER TABLE county_view ADD COLUMN linkage_field_rules jsonb NOT NULL DEFAULT '[]'`);
    // NULL: the county has not set its own deadlines; the defaults of the seeds apply.
    await q.query(`ALTER TABLE county_view ADD COLUMN deadline_policy jsonb`);
    // NULL: the default threshold (grade II) applies.
    await q.query(`ALTER TABLE county_view ADD COLUMN linkage_threshold_grade text`);
    // A projection whose definition changed is rebuilt at start-up; the checkpoint remembers which definition.
    await q.query(
      `ALTER TABLE es_projection_checkpoints ADD COLUMN definition_version integer NOT NULL DEFAULT 1`,
    );

    await q.query(`
      CREATE TABLE task_view (
        task_id                 uuid PRIMARY KEY,
        incident_id             uuid NOT NULL,
        county_id               text,
        dispatcher_unit_id      text NOT NULL,
        assignee_unit_id        text NOT NULL,
        parent_task_id          uuid,
        parent_assignee_unit_id text,
        visible_units           text[] NOT NULL,
        role                    text NOT NULL,
        kind                    text NOT NULL,
        status                  text NOT NULL,
        requirements            text NOT NULL,
        incident_title          text NOT NULL,
        grade                   text,
        confidential            boolean NOT NULL,
        dispatched_at           timestamptz NOT NULL,
        dispatch_seq            bigint NOT NULL,
        due_at                  timestamptz NOT NULL,
        original_due_at         timestamptz NOT NULL,
        hard_due_at             timestamptz NOT NULL,
        deadline_rule           text NOT NULL,
        signed_at               timestamptz,
        handed_in_at            timestamptz,
        settled_at              timestamptz,
        late                    boolean NOT NULL DEFAULT false,
        late_by_minutes         integer NOT NULL DEFAULT 0,
        feedback                jsonb,
        history                 jsonb NOT NULL DEFAULT '[]',
        pending_extension       jsonb,
        supervisions            jsonb NOT NULL DEFAULT '[]',
        reminders               integer NOT NULL DEFAULT 0,
        returns                 integer NOT NULL DEFAULT 0,
        reworks                 integer NOT NULL DEFAULT 0,
        version                 integer NOT NULL,
        updated_at              timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX task_view_incident ON task_view (incident_id)`);
    await q.query(`CREATE INDEX task_view_assignee ON task_view (assignee_unit_id, status, due_at)`);
    await q.query(`CREATE INDEX task_view_dispatcher ON task_view (dispatcher_unit_id, status)`);

    await q.query(`
      CREATE TABLE letter_view (
        letter_id          uuid PRIMARY KEY,
        incident_id        uuid,
        county_id          text,
        sender_unit_id     text NOT NULL,
        recipient_unit_ids text[] NOT NULL,
        visible_units      text[] NOT NULL,
        receipts           jsonb NOT NULL,
        title              text NOT NULL,
        risk               text NOT NULL,
        level              text NOT NULL,
        scope              text NOT NULL,
        watch_points       text NOT NULL,
        requested_measures text NOT NULL,
        confidential       boolean NOT NULL,
        sent_at            timestamptz NOT NULL,
        receipt_due_at     timestamptz NOT NULL,
        sent_by            text NOT NULL,
        version            integer NOT NULL,
        updated_at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX letter_view_incident ON letter_view (incident_id)`);
    await q.query(`CREATE INDEX letter_view_recipients ON letter_view USING gin (recipient_unit_ids)`);

    await q.query(`
      CREATE TABLE statement_view (
        statement_id       uuid PRIMARY KEY,
        incident_id        uuid NOT NULL,
        county_id          text,
        drafting_unit_id   text NOT NULL,
        propaganda_unit_id text,
        visible_units      text[] NOT NULL,
        kind               text NOT NULL,
        tier               text NOT NULL,
        title              text NOT NULL,
        content            text NOT NULL,
        status             text NOT NULL,
        drafted_by         text NOT NULL,
        drafted_at         timestamptz NOT NULL,
        approved_by        text,
        approved_at        timestamptz,
        published_by       text,
        published_at       timestamptz,
        channels           text[] NOT NULL DEFAULT '{}',
        rejections         jsonb NOT NULL DEFAULT '[]',
        version            integer NOT NULL,
        updated_at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX statement_view_incident ON statement_view (incident_id)`);

    await q.query(`
      CREATE TABLE incident_timeline (
        incident_id     uuid NOT NULL,
        global_position bigint NOT NULL,
        county_id       text,
        recorded_at     timestamptz NOT NULL,
        event_type      text NOT NULL,
        stream_id       text NOT NULL,
        ref_id          text,
        actor_user      text NOT NULL,
        actor_unit      text NOT NULL,
        actor_name      text,
        summary_zh      text NOT NULL,
        summary_en      text NOT NULL,
        PRIMARY KEY (incident_id, global_position)
      )`);

    const readRules: Record<string, string> = {
      task_view: `(county_id = app_county() AND app_scope() = 'county') OR app_unit() = ANY (visible_units)`,
      letter_view: `(county_id = app_county() AND app_scope() = 'county') OR app_unit() = ANY (visible_units)`,
      statement_view: `(county_id = app_county() AND app_scope() = 'county') OR app_unit() = ANY (visible_units)`,
      // A timeline is visible exactly when its incident is (the sub-select runs under incident_view's own policy).
      incident_timeline: `EXISTS (SELECT 1 FROM incident_view i WHERE i.incident_id = incident_timeline.incident_id)`,
    };
    for (const [table, rule] of Object.entries(readRules)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth') OR ${rule})`,
      );
      await q.query(
        `CREATE POLICY ${table}_project ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
