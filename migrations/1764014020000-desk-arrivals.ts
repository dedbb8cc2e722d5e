import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arrivals to read in a person's 待办 (issue 19: 快报, 专报, 日报, warnings, linkage notices — nothing live-only) and
 * who read them (已阅). Both are read models folded from the log; the projection fills them from position 0 on start.
 */
export class DeskArrivals1764014020000 implements MigrationInterface {
  name = 'DeskArrivals1764014020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE desk_arrival_view (
        event_id           uuid PRIMARY KEY,
        unit_id            text NOT NULL,
        kind               text NOT NULL,
        ref_type           text NOT NULL,
        ref_id             text NOT NULL,
        incident_id        uuid,
        title              text,
        note               jsonb,
        confidential       boolean NOT NULL,
        from_unit_id       text NOT NULL,
        audience           text NOT NULL,
        recipient_user_ids text[] NOT NULL,
        arrived_at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX desk_arrival_view_unit ON desk_arrival_view (unit_id, arrived_at)`);
    await q.query(`
      CREATE TABLE desk_arrival_read (
        user_id  text NOT NULL,
        event_id uuid NOT NULL,
        unit_id  text NOT NULL,
        read_at  timestamptz NOT NULL,
        PRIMARY KEY (user_id, event_id)
      )`);
    // A unit's people read their unit's arrivals and reads; the projection (system scope) writes them.
    for (const table of ['desk_arrival_view', 'desk_arrival_read']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth') OR unit_id = app_unit())`,
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
