import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkpoints carry an Ed25519 signature made with a key that is not in the database (ADR 0008), and the audit
 * library finds an incident's events in the log itself — never through a read model an operator could edit — by the
 * incident id its events carry, and a unit's tasks by their dispatch events.
 */
export class SignedCheckpoints1764000000000 implements MigrationInterface {
  name = 'SignedCheckpoints1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // NULL on checkpoints sealed before signing existed; the verifier reports them as unsigned.
    await q.query(`ALTER TABLE es_log_checkpoints ADD COLUMN signature text, ADD COLUMN key_id text`);
    await q.query(
      `CREATE INDEX es_events_incident ON es_events ((data->>'incidentId'), transaction_id, global_position)
        WHERE data ? 'incidentId'`,
    );
    // A unit's tasks over a period (deadline compliance), found by their dispatch events.
    await q.query(
      `CREATE INDEX es_events_task_dispatch ON es_events ((data->>'assigneeUnitId'), recorded_at)
        WHERE event_type = 'TaskDispatched'`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
