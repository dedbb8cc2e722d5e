import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';
import { NEAR_DUPLICATE_GROUPS } from '../domain/near-duplicate.sample';

/**
 * Why intake does not use pg_trgm (ADR 0023): on the platform's PostgreSQL (embedded, locale C) the extension
 * installs and the application role may call it, but it makes no trigram of a Chinese character, so every pair of
 * the sample — reposts of one post included — scores 0. This spec keeps that finding checked: if a deployment's
 * locale or a later PostgreSQL changes it, the ADR is to be revisited.
 */
describe('pg_trgm on Chinese text in the platform’s database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('trgm');
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await owner.end();
  });
  afterAll(() => db.drop());

  it('is callable by the application role and sees no Chinese trigram: reposts score 0', async () => {
    const app = new Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      const [repost, original] = NEAR_DUPLICATE_GROUPS[0];
      const { rows } = await app.query<{ grams: string[]; s: number; latin: number }>(
        `SELECT show_trgm($1) AS grams, similarity($1, $2) AS s, similarity('water is yellow', 'the water is yellow') AS latin`,
        [repost, original],
      );
      expect(rows[0]).toMatchObject({ grams: [], s: 0 });
      expect(rows[0].latin).toBeGreaterThan(0.5);
    } finally {
      await app.end();
    }
  });
});
