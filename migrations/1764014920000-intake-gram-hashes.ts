import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The near-duplicate search at the speed of the push (issue 23, `npm run bench:intake`). The search compared every
 * candidate's bigrams with the new text's by `unnest … = ANY` (text comparisons, |A|·|B| per row), and the candidates
 * were every item sharing any bigram — with the common ones (的事, 网民, 发帖) nearly every item of the window, so
 * the statement grew with the window and held both cores at a few thousand items.
 *
 * Now each item also keeps its bigrams as sorted integer hashes (`text_hashes`, generated from `text_grams`, so the
 * projection and a rebuild need nothing new), indexed by intarray's GIN operator class, and the overlap is intarray's
 * sorted merge (`icount(a & b)`). The candidates are found by the prefix principle: two sets with Jaccard ≥ t share
 * at least ⌈t·|A|⌉ of A's elements, so any |A| − ⌈t·|A|⌉ + 1 of A's hashes include one of B's — the search takes the
 * rarest of them (counted among the county's latest items), which a lookalike of another event seldom holds. The
 * result is the same set of matches as before, up to a hash collision (2⁻³² a pair of bigrams, which only adds).
 */
export class IntakeGramHashes1764014920000 implements MigrationInterface {
  name = 'IntakeGramHashes1764014920000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted: the database's owner may create it (PostgreSQL ≥ 13's contrib, shipped by the embedded server and by
    // Debian's postgresql-15).
    await q.query(`CREATE EXTENSION IF NOT EXISTS intarray`);
    await q.query(`
      CREATE FUNCTION intake_gram_hashes(grams text[]) RETURNS int4[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(DISTINCT hashtext(g) ORDER BY hashtext(g)), '{}'::int4[]) FROM unnest(grams) g
        $$`);
    await q.query(
      `ALTER TABLE intake_item_view ADD COLUMN text_hashes int4[] GENERATED ALWAYS AS (intake_gram_hashes(text_grams)) STORED`,
    );
    await q.query(
      `CREATE INDEX intake_item_view_hashes ON intake_item_view USING gin (text_hashes gin__int_ops)`,
    );
    await q.query(`DROP INDEX intake_item_view_grams`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
