import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-server';
import { bigramSimilarity, charBigrams, NEAR_DUPLICATE_SIMILARITY } from '../domain/near-duplicate';
import { NEAR_DUPLICATE_SQL } from './intake-reader';

/**
 * The near-duplicate search (migration 1764014920000) finds exactly what comparing the text with every item of the
 * county's window would find: its candidates come from the rarest of the text's bigrams by the prefix principle, and
 * how rare a bigram looks depends on the latest items — which may decide how many candidates there are, never
 * whether a match is found. Checked against the brute force on a real database, with the application's role and
 * the system scope, as the push runs it.
 */
describe('near-duplicate search', () => {
  let db: TestDatabase;
  let app: Client;
  const county = 'county-nd';
  const now = new Date('2026-12-07T10:00:00Z');
  const since = new Date(now.getTime() - 3 * 24 * 3_600_000);
  const kept: { itemId: string; county: string; receivedAt: Date; grams: string[] }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('neardup');
    app = new Client({ connectionString: db.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await db.drop();
  });

  const inSystemScope = async <T>(work: () => Promise<T>): Promise<T> => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.scope', 'system', true)`);
      const out = await work();
      await app.query('COMMIT');
      return out;
    } catch (err) {
      await app.query('ROLLBACK');
      throw err;
    }
  };

  async function keep(text: string, receivedAt: Date, inCounty = county): Promise<string> {
    const itemId = randomUUID();
    const grams = charBigrams(text);
    await inSystemScope(() =>
      app.query(
        `INSERT INTO intake_item_view (item_id, county_id, unit_id, status, source_kind, sightings, platform, author,
           title, text, published_at, received_at, spread, text_grams, version)
         VALUES ($1, $2, 'unit-a', 'RECEIVED', 'MONITORING_SERVICE', '[]', 'WEIBO', '网友', '', $3, $4, $4, '{}', $5, 1)`,
        [itemId, inCounty, text, receivedAt, grams],
      ),
    );
    kept.push({ itemId, county: inCounty, receivedAt, grams });
    return itemId;
  }

  const search = (text: string) =>
    inSystemScope(async () => {
      const { rows } = await app.query<{ item_id: string; s: number }>(NEAR_DUPLICATE_SQL, [
        county,
        charBigrams(text),
        since,
        NEAR_DUPLICATE_SIMILARITY,
      ]);
      return rows[0] ?? null;
    });

  /** Every item of the county's window compared with the text: the best similarity reaching the threshold. */
  const bruteForce = (text: string) => {
    const grams = charBigrams(text);
    let best: { itemId: string; s: number } | null = null;
    for (const k of kept) {
      if (k.county !== county || k.receivedAt < since) continue;
      const s = bigramSimilarity(grams, k.grams);
      if (s >= NEAR_DUPLICATE_SIMILARITY && (!best || s > best.s)) best = { itemId: k.itemId, s };
    }
    return best;
  };

  /** Texts made of a few phrases of a small vocabulary: many pairs near the threshold, on both sides of it. */
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const PHRASES = [
    '东湖镇征地补偿款',
    '迟迟未发放',
    '村民多次反映无果',
    '希望上级部门关注',
    '西山镇垃圾填埋场',
    '夜间臭味明显',
    '学校食堂饭菜',
    '家长在群里讨论',
    '自来水发黄有异味',
    '已经持续一周',
    '有网友发布现场视频',
    '相关部门尚未回应',
    '南坪乡砂石厂',
    '噪音扰民',
    '污染河道',
    '医院挂号排长队',
    '无人解释',
    '公交线路调整',
    '集贸市场收费',
    '不透明',
    '拆迁安置房',
    '质量问题突出',
    '幼儿园收费',
    '被指暗箱操作',
  ];
  const textOf = (r: () => number) => {
    const n = 2 + Math.floor(r() * 3);
    return Array.from({ length: n }, () => PHRASES[Math.floor(r() * PHRASES.length)]).join('，');
  };

  it('finds what the brute force finds, texts near the threshold on both sides, old and other-county items left out', async () => {
    const r = rng(23);
    for (let i = 0; i < 150; i++) await keep(textOf(r), new Date(now.getTime() - r() * 2 * 24 * 3_600_000));
    // Outside the window, and another county's: the same texts, never found.
    for (let i = 0; i < 20; i++) await keep(textOf(r), new Date(since.getTime() - 60_000));
    for (let i = 0; i < 20; i++) await keep(textOf(r), now, 'county-other');
    let found = 0;
    let missed = 0;
    for (let i = 0; i < 80; i++) {
      const text = textOf(r);
      const expected = bruteForce(text);
      const got = await search(text);
      if (expected) {
        found++;
        // Ties may name another item of the same similarity; the similarity is the one to reach.
        expect(got?.s).toBeCloseTo(expected.s, 9);
        expect(kept.find((k) => k.itemId === got?.item_id)?.county).toBe(county);
      } else {
        missed++;
        expect(got).toBeNull();
      }
    }
    // The sample has both kinds, or the spec would prove less than it says.
    expect(found).toBeGreaterThan(10);
    expect(missed).toBeGreaterThan(10);
  });

  it('finds a match whose shared bigrams the latest items all make look common, and the rest of the text rare', async () => {
    // Runs of distinct characters: their bigrams occur nowhere else.
    const run = (from: number, n: number) =>
      Array.from({ length: n }, (_, k) => String.fromCharCode(0x4e00 + from + k)).join('');
    const original = await keep(run(0, 31), new Date(now.getTime() - 2 * 24 * 3_600_000)); // 30 bigrams
    // 300 later items (more than the rarity sample) each hold one of two overlapping halves of it, with words of
    // their own: every bigram it has looks common, none of them is like it.
    for (let i = 0; i < 300; i++)
      await keep(
        (i % 2 ? run(0, 17) : run(15, 16)) + run(2000 + i * 50, 40),
        new Date(now.getTime() - i * 1000),
      );
    // The repost adds 29 bigrams seen nowhere (J = 30 / 59): the rarest 30 of its 59 are those 29 and one shared —
    // one fewer taken and the match would be missed.
    const repost = run(0, 31) + run(1000, 29);
    expect(bigramSimilarity(charBigrams(repost), charBigrams(run(0, 31)))).toBeCloseTo(30 / 59, 9);
    const got = await search(repost);
    expect(got?.item_id).toBe(original);
    expect(got?.s).toBeCloseTo(30 / 59, 9);
  });
});
