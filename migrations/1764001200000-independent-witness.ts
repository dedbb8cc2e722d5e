import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Witnessing between deployments (ADR 0014). On the deployment that seals: `es_witness_receipts`, the
 * countersignatures an independent witness gave for its checkpoints. On the deployment that witnesses (e.g. the city
 * office's, for its counties): `witness_countersigned`, every checkpoint it countersigned for each peer it trusts,
 * with the claim as shown; and `witness_refusals`, every signed claim it refused — a conflicting one is the evidence
 * that a peer rewrote its history. All three append-only, and out of reach of caller-scoped transactions.
 */
export class IndependentWitness1764001200000 implements MigrationInterface {
  name = 'IndependentWitness1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE es_witness_receipts (
        witness_key_id   text NOT NULL,
        peer_key_id      text NOT NULL,
        seq              bigint NOT NULL,
        hash             text NOT NULL,
        witnessed_at     timestamptz NOT NULL,
        countersignature text NOT NULL,
        PRIMARY KEY (witness_key_id, seq)
      )`);
    await q.query(`
      CREATE TABLE witness_countersigned (
        peer_key_id      text NOT NULL,
        seq              bigint NOT NULL,
        hash             text NOT NULL,
        claim            jsonb NOT NULL,
        witnessed_at     timestamptz NOT NULL,
        countersignature text NOT NULL,
        PRIMARY KEY (peer_key_id, seq)
      )`);
    await q.query(`
      CREATE TABLE witness_refusals (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        peer_key_id text NOT NULL,
        seq         bigint NOT NULL,
        claim       jsonb NOT NULL,
        refusal     jsonb NOT NULL,
        refused_at  timestamptz NOT NULL
      )`);
    for (const table of ['es_witness_receipts', 'witness_countersigned', 'witness_refusals']) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION es_forbid_rewrite()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION es_forbid_rewrite()`,
      );
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_store ON ${table} FOR ALL
           USING (app_scope() NOT IN ('unit', 'county')) WITH CHECK (app_scope() NOT IN ('unit', 'county'))`,
      );
      await q.query(`GRANT SELECT, INSERT ON ${table} TO yuqing_app`);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
