import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each event keeps the exact text its hash was computed over (issue 25: verifyLog at the speed of reading; ADR 0028).
 * The hash is unchanged — SHA-256/SM3 of the event's JCS text, as before — but the text is now stored beside the
 * jsonb columns, which are taken from it on insert. A check hashes the stored text instead of parsing and
 * canonicalising the event again, and has the database confirm (jsonb equality, in the same read) that the columns
 * readers use still say what the text says. Events written before this have no text and are checked as before.
 */
export class EventCanonicalText1764014930000 implements MigrationInterface {
  name = 'EventCanonicalText1764014930000';

  async up(q: QueryRunner): Promise<void> {
    // Nullable, no default: no rewrite of the log; the app role's INSERT grant covers the new column.
    await q.query(`ALTER TABLE es_events ADD COLUMN canonical text`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
