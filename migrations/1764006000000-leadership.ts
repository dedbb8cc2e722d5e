import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county's leaders and their instructions (issue 19): the roster (readable in the county: a leader's post and
 * fields are known to every unit that reports to them), each 领导批示 with its tasks and reports back (the centre and
 * the county scope; the leader's own unit), and what reached each leader (their unit; the query picks the person).
 * Written only by their projections.
 */
export class Leadership1764006000000 implements MigrationInterface {
  name = 'Leadership1764006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE county_leader_view (
        county_id    text NOT NULL,
        user_id      text NOT NULL,
        unit_id      text NOT NULL,
        name         text NOT NULL,
        post         text NOT NULL,
        fields       text[] NOT NULL,
        principal    boolean NOT NULL,
        appointed_at timestamptz NOT NULL,
        version      integer NOT NULL,
        PRIMARY KEY (county_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE leader_instruction_view (
        instruction_id  uuid PRIMARY KEY,
        incident_id     uuid NOT NULL,
        county_id       text NOT NULL,
        incident_title  text NOT NULL,
        confidential    boolean NOT NULL,
        leader_user_id  text NOT NULL,
        leader_unit_id  text NOT NULL,
        leader_name     text NOT NULL,
        post            text NOT NULL,
        text            text NOT NULL,
        given_at        timestamptz NOT NULL,
        task_ids        text[] NOT NULL,
        feedback        jsonb NOT NULL,
        version         integer NOT NULL
      )`);
    await q.query(
      `CREATE INDEX leader_instruction_view_incident ON leader_instruction_view (incident_id, given_at)`,
    );
    await q.query(
      `CREATE INDEX leader_instruction_view_leader ON leader_instruction_view (leader_user_id, given_at)`,
    );
    await q.query(`
      CREATE TABLE leader_arrival_view (
        event_id     uuid PRIMARY KEY,
        user_id      text NOT NULL,
        unit_id      text NOT NULL,
        county_id    text,
        kind         text NOT NULL,
        ref_type     text NOT NULL,
        ref_id       text NOT NULL,
        incident_id  uuid,
        title        text,
        note         text,
        confidential boolean NOT NULL,
        from_unit_id text NOT NULL,
        arrived_at   timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX leader_arrival_view_user ON leader_arrival_view (user_id, arrived_at)`);
    const reads = {
      county_leader_view: `app_scope() IN ('system', 'auth') OR county_id = app_county()`,
      leader_instruction_view: `app_scope() IN ('system', 'auth') OR (county_id = app_county() AND app_scope() = 'county') OR leader_unit_id = app_unit()`,
      leader_arrival_view: `app_scope() IN ('system', 'auth') OR unit_id = app_unit()`,
    };
    for (const [table, read] of Object.entries(reads)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
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
