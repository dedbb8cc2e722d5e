import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics and 考核 (issue 24): per-unit, per-day facts folded from the log (with the day each was recorded on, so
 * a closed period's figures never move: ADR 0024), the memos the fold keeps of tasks, letters and incidents, and the
 * county's 考核 policy versions. Written only by their projections; a unit reads its own rows, the county's
 * readers the county's.
 */
export class Assessment1764012000000 implements MigrationInterface {
  name = 'Assessment1764012000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_unit_day (
        unit_id     text NOT NULL,
        day         date NOT NULL,
        recorded_on date NOT NULL CHECK (recorded_on >= day),
        county_id   text NOT NULL,
        tasks_received         integer NOT NULL DEFAULT 0,
        tasks_signed           integer NOT NULL DEFAULT 0,
        signed_late            integer NOT NULL DEFAULT 0,
        tasks_returned         integer NOT NULL DEFAULT 0,
        handed_in              integer NOT NULL DEFAULT 0,
        handed_in_on_time      integer NOT NULL DEFAULT 0,
        handed_in_late         integer NOT NULL DEFAULT 0,
        late_minutes           integer NOT NULL DEFAULT 0,
        late_up_to_1h          integer NOT NULL DEFAULT 0,
        late_1_to_6h           integer NOT NULL DEFAULT 0,
        late_6_to_24h          integer NOT NULL DEFAULT 0,
        late_24_to_72h         integer NOT NULL DEFAULT 0,
        late_over_72h          integer NOT NULL DEFAULT 0,
        resubmitted            integer NOT NULL DEFAULT 0,
        sent_back              integer NOT NULL DEFAULT 0,
        accepted               integer NOT NULL DEFAULT 0,
        early_closures         integer NOT NULL DEFAULT 0,
        overdue                integer NOT NULL DEFAULT 0,
        extensions_requested   integer NOT NULL DEFAULT 0,
        extensions_granted     integer NOT NULL DEFAULT 0,
        supervised             integer NOT NULL DEFAULT 0,
        reminded               integer NOT NULL DEFAULT 0,
        escalated              integer NOT NULL DEFAULT 0,
        letters_received       integer NOT NULL DEFAULT 0,
        letters_signed         integer NOT NULL DEFAULT 0,
        letters_signed_late    integer NOT NULL DEFAULT 0,
        letters_missed         integer NOT NULL DEFAULT 0,
        incidents_reported     integer NOT NULL DEFAULT 0,
        report_lag_minutes     integer NOT NULL DEFAULT 0,
        incidents_assessed     integer NOT NULL DEFAULT 0,
        assess_lag_minutes     integer NOT NULL DEFAULT 0,
        warnings_issued        integer NOT NULL DEFAULT 0,
        warn_lag_minutes       integer NOT NULL DEFAULT 0,
        incidents_dispatched   integer NOT NULL DEFAULT 0,
        dispatch_lag_minutes   integer NOT NULL DEFAULT 0,
        PRIMARY KEY (unit_id, day, recorded_on)
      )`);
    await q.query(`CREATE INDEX assessment_unit_day_county ON assessment_unit_day (county_id, day)`);
    await q.query(`
      CREATE TABLE assessment_task_memo (
        task_id            uuid PRIMARY KEY,
        county_id          text NOT NULL,
        incident_id        uuid NOT NULL,
        assignee_unit_id   text NOT NULL,
        dispatcher_unit_id text NOT NULL,
        dispatched_at      timestamptz NOT NULL,
        due_at             timestamptz NOT NULL,
        sign_for_due_at    timestamptz,
        first_hand_in_at   timestamptz,
        closed_at          timestamptz,
        accepted_at        timestamptz
      )`);
    await q.query(`CREATE INDEX assessment_task_memo_county ON assessment_task_memo (county_id, due_at)`);
    await q.query(`
      CREATE TABLE assessment_letter_memo (
        letter_id      uuid PRIMARY KEY,
        county_id      text NOT NULL,
        receipt_due_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE assessment_incident_memo (
        incident_id   uuid PRIMARY KEY,
        county_id     text NOT NULL,
        owner_unit_id text NOT NULL,
        discovered_at timestamptz NOT NULL,
        assessed      boolean NOT NULL,
        warned        boolean NOT NULL,
        dispatched    boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE assessment_policy_view (
        county_id      text NOT NULL,
        version        integer NOT NULL,
        effective_from date NOT NULL,
        base_score     integer NOT NULL,
        points         jsonb NOT NULL,
        share_ranking  boolean NOT NULL,
        set_by         text NOT NULL,
        set_at         timestamptz NOT NULL,
        PRIMARY KEY (county_id, version)
      )`);
    const rules: Record<string, string> = {
      assessment_unit_day: `(county_id = app_county() AND app_scope() = 'county') OR unit_id = app_unit()`,
      assessment_task_memo: `(county_id = app_county() AND app_scope() = 'county') OR assignee_unit_id = app_unit()`,
      assessment_letter_memo: `county_id = app_county() AND app_scope() = 'county'`,
      assessment_incident_memo: `county_id = app_county() AND app_scope() = 'county'`,
      assessment_policy_view: `county_id = app_county()`,
    };
    for (const [table, rule] of Object.entries(rules)) {
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
