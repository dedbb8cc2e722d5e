import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Snapshots of a stream's folded state, so a command on a long stream (a unit's duty roster: about 1,100 shifts a
 * year at the centre) reads the snapshot and the events after it instead of the whole stream. Derived, not history:
 * each names the version and the hash of the event it was folded up to, and a snapshot whose event no longer has
 * that hash is ignored (the stream is replayed whole). Under the log's row-level security: the store's own
 * connections only, never a caller's scope.
 */
export class StreamSnapshots1764002200000 implements MigrationInterface {
  name = 'StreamSnapshots1764002200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE es_stream_snapshots (
        stream_id  text PRIMARY KEY,
        kind       text NOT NULL,
        version    bigint NOT NULL CHECK (version > 0),
        last_hash  text NOT NULL,
        state      jsonb NOT NULL,
        taken_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE es_stream_snapshots ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY es_stream_snapshots_store ON es_stream_snapshots FOR ALL
         USING (app_scope() NOT IN ('unit', 'county')) WITH CHECK (app_scope() NOT IN ('unit', 'county'))`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON es_stream_snapshots TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
