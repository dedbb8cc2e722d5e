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
   * threshold: candidates share a bigram (the GIN index), the Jaccard is computed in the same statement.
   */
  async nearDuplicate(
    countyId: string,
    grams: string[],
    since: Date,
    threshold: number,
  ): Promise<{ itemId: string; unitId: string; similarity: number } | null> {
    if (!grams.length) return null;
    const rows = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.query<{ item_id: string; unit_id: string; s: number }[]>(
        `SELECT item_id, unit_id, shared::float / (cardinality(text_grams) + $4 - shared) AS s
           FROM (SELECT item_id, unit_id, text_grams,
                        (SELECT count(*) FROM unnest(text_grams) g WHERE g = ANY ($2::text[])) AS shared
                   FROM intake_item_view
                  WHERE county_id = $1 AND received_at >= $3 AND text_grams && $2::text[]) c
          WHERE shared::float / (cardinality(text_grams) + $4 - shared) >= $5
          ORDER BY s DESC, item_id LIMIT 1`,
        [countyId, grams, since, grams.length, threshold],
      ),
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
