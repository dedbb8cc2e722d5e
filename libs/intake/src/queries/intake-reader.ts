import { Injectable } from '@nestjs/common';
import { DataScope, ScopedDb, SYSTEM_SCOPE } from '@app/access';
import { IntakeItemView } from '../projections/intake-item-view.entity';
import { IntakeSourceView } from '../projections/intake-source-view.entity';
import { IntakeUrlClaim } from '../projections/intake-url-claim.entity';
import { IntakeWatchEntryView } from '../projections/intake-watch-entry-view.entity';
import { intakeKeyHash } from './intake-key';

/** Reads of intake's tables, in the scope given (the system scope only to decide; callers authorise). */
@Injectable()
export class IntakeReader {
  constructor(private readonly db: ScopedDb) {}

  source(sourceId: string, scope: DataScope = SYSTEM_SCOPE): Promise<IntakeSourceView | null> {
    return isUuid(sourceId)
      ? this.db.run(scope, (m) => m.findOneBy(IntakeSourceView, { sourceId }))
      : Promise.resolve(null);
  }

  /** The source a pushed key belongs to (its current key only: a rotated-out key names none). */
  sourceByKey(key: string): Promise<IntakeSourceView | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(IntakeSourceView, { keyHash: intakeKeyHash(key) }));
  }

  sources(scope: DataScope, countyId: string): Promise<IntakeSourceView[]> {
    return this.db.run(scope, (m) =>
      m.find(IntakeSourceView, { where: { countyId }, order: { name: 'ASC' } }),
    );
  }

  item(itemId: string, scope: DataScope = SYSTEM_SCOPE): Promise<IntakeItemView | null> {
    return isUuid(itemId)
      ? this.db.run(scope, (m) => m.findOneBy(IntakeItemView, { itemId }))
      : Promise.resolve(null);
  }

  items(itemIds: string[], scope: DataScope = SYSTEM_SCOPE): Promise<IntakeItemView[]> {
    const ids = itemIds.filter(isUuid);
    if (!ids.length) return Promise.resolve([]);
    return this.db.run(scope, (m) =>
      m.createQueryBuilder(IntakeItemView, 'i').where('i.item_id = ANY(:ids)', { ids }).getMany(),
    );
  }

  /**
   * The item of the county most like this text (by character bigrams), received in the window, if any reaches the
   * threshold. One statement: the text's bigram hashes; how often each occurs among the county's latest items; the
   * rarest that the prefix principle needs (a match must hold one of them) find the candidates by the GIN index, and
   * the Jaccard of each is intarray's sorted merge (migration 1764014920000).
   */
  async nearDuplicate(
    countyId: string,
    grams: string[],
    since: Date,
    threshold: number,
  ): Promise<{ itemId: string; unitId: string; similarity: number } | null> {
    if (!grams.length) return null;
    const rows = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ item_id: string; unit_id: string; s: number }[]>(NEAR_DUPLICATE_SQL, [
        countyId,
        grams,
        since,
        threshold,
      ]),
    );
    return rows[0] ? { itemId: rows[0].item_id, unitId: rows[0].unit_id, similarity: rows[0].s } : null;
  }

  /** The county's watch-list entries (retired ones too; the caller filters what is in force). */
  watchEntries(countyId: string, scope: DataScope = SYSTEM_SCOPE): Promise<IntakeWatchEntryView[]> {
    return this.db.run(scope, (m) =>
      m.find(IntakeWatchEntryView, { where: { countyId }, order: { kind: 'ASC', name: 'ASC' } }),
    );
  }

  watchEntry(entryId: string, scope: DataScope = SYSTEM_SCOPE): Promise<IntakeWatchEntryView | null> {
    return isUuid(entryId)
      ? this.db.run(scope, (m) => m.findOneBy(IntakeWatchEntryView, { entryId }))
      : Promise.resolve(null);
  }

  /** The item that holds this URL in the county, if any. */
  itemOfUrl(countyId: string, normalizedUrl: string): Promise<IntakeUrlClaim | null> {
    return this.db.run(SYSTEM_SCOPE, (m) => m.findOneBy(IntakeUrlClaim, { countyId, normalizedUrl }));
  }
}

export const isUuid = (v: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** How many of the county's latest items tell which of a text's bigrams are rare (a cheap, current estimate). */
const RARITY_SAMPLE = 256;

/**
 * $1 county, $2 the text's bigrams, $3 the window's start, $4 the threshold t. A set B with J(A, B) ≥ t shares at
 * least ⌈t·|A|⌉ of A's elements, so it holds one of any |A| − ⌈t·|A|⌉ + 1 of them: the rarest are taken (the
 * estimate only decides how few candidates there are, never whether a match is found). The length filter is the
 * same bound the other way: t·|A| ≤ |B| ≤ |A| / t.
 */
export const NEAR_DUPLICATE_SQL = `
  WITH q AS (SELECT h, icount(h) AS n FROM intake_gram_hashes($2::text[]) h),
  recent AS (SELECT text_hashes FROM intake_item_view WHERE county_id = $1 ORDER BY received_at DESC LIMIT ${RARITY_SAMPLE}),
  df AS (SELECT x, count(*) AS n FROM recent, q, unnest(recent.text_hashes & q.h) x GROUP BY x),
  rare AS (
    SELECT array_agg(x ORDER BY x) AS h FROM (
      SELECT x FROM q, unnest(q.h) x LEFT JOIN df USING (x) ORDER BY coalesce(df.n, 0), x
       LIMIT (SELECT n - ceil($4::float8 * n - 1e-9)::int + 1 FROM q)) p)
  SELECT c.item_id, c.unit_id, c.shared::float8 / (c.size + (SELECT n FROM q) - c.shared) AS s
    FROM (SELECT i.item_id, i.unit_id, icount(i.text_hashes) AS size, icount(i.text_hashes & (SELECT h FROM q)) AS shared
            FROM intake_item_view i
           WHERE i.county_id = $1 AND i.received_at >= $3 AND i.text_hashes && (SELECT h FROM rare)
             AND icount(i.text_hashes) BETWEEN (SELECT ceil($4::float8 * n - 1e-9) FROM q)
                                           AND (SELECT floor(n / $4::float8 + 1e-9) FROM q)
          OFFSET 0) c
   WHERE c.shared::float8 / (c.size + (SELECT n FROM q) - c.shared) >= $4::float8
   ORDER BY s DESC, c.item_id LIMIT 1`;
