import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log and its bookkeeping under row-level security, like the read models: a transaction in a caller's
 * scope ('unit' or 'county' — where queries on people's behalf run, see ScopedDb) sees none of it and can write none
 * of it. The store's own connections (no scope), the projections ('system') and sign-in ('auth') keep their access.
 * A query composed for a caller that forgot a filter therefore cannot reach another tenant's history through the
 * log. What this does not stop, and what does, is in docs/threat-model.md.
 */
export class EventLogRowSecurity1764001100000 implements MigrationInterface {
  name = 'EventLogRowSecurity1764001100000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of [
      'es_events',
      'es_streams',
      'es_idempotency_keys',
      'es_log_checkpoints',
      'es_projection_checkpoints',
    ]) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_store ON ${table} FOR ALL
           USING (app_scope() NOT IN ('unit', 'county')) WITH CHECK (app_scope() NOT IN ('unit', 'county'))`,
      );
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
