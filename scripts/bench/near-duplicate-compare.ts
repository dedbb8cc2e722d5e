import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict';
import {
  bigramSimilarity,
  charBigrams,
  NEAR_DUPLICATE_GROUPS,
  NEAR_DUPLICATE_LOOKALIKES,
  NEAR_DUPLICATE_PARAPHRASES,
  NEAR_DUPLICATE_SIMILARITY,
} from '@app/intake/domain';

/**
 * `npm run bench:near-duplicates` (issue 23, ADR 0023): the product's character bigrams (Jaccard) beside the Chinese
 * segmenter `@node-rs/jieba` on the same sample (libs/intake/src/domain/near-duplicate.sample.ts): reposts of one post,
 * paraphrases of one event in other words, and different events that share most of their words.
 *
 * For each method and threshold: reposts found (of 18), paraphrases found, and false pairs (different events at or
 * above the threshold; of them, lookalikes). Then the time to turn a text into its terms and to compare two term
 * sets. Last line: one JSON object.
 */
interface Text {
  group: number;
  kind: 'repost' | 'paraphrase' | 'lookalike';
  text: string;
}

const texts: Text[] = [
  ...NEAR_DUPLICATE_GROUPS.flatMap((g, group) =>
    g.map((text): Text => ({ group, kind: g.length > 1 ? 'repost' : 'lookalike', text })),
  ),
  ...NEAR_DUPLICATE_PARAPHRASES.flatMap((g, i) =>
    g.map((text): Text => ({ group: 1000 + i, kind: 'paraphrase', text })),
  ),
  ...NEAR_DUPLICATE_LOOKALIKES.map((text, i): Text => ({ group: 2000 + i, kind: 'lookalike', text })),
];

const jieba = Jieba.withDict(dict);
/** The dictionary's inverse document frequencies; a word it does not know weighs as the median word. */
const idfOf = new Map<string, number>();
for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
  const [w, v] = line.trim().split(/\s+/);
  if (w && v) idfOf.set(w, Number(v));
}
const medianIdf = [...idfOf.values()].sort((a, b) => a - b)[Math.floor(idfOf.size / 2)];

/** Words only: the same folding as the bigrams (NFKC, lower case), punctuation and spaces dropped. */
const words = (tokens: string[]) =>
  tokens.map((t) => t.normalize('NFKC').toLowerCase()).filter((t) => /[\p{L}\p{N}]/u.test(t));
const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
};
const cosine = (a: Map<string, number>, b: Map<string, number>) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};

interface Method<T> {
  name: string;
  terms: (text: string) => T;
  similarity: (a: T, b: T) => number;
}
/** A method with its own kind of terms, kept in one list with the others. */
const method = <T>(
  name: string,
  terms: (text: string) => T,
  similarity: (a: T, b: T) => number,
): Method<unknown> => ({ name, terms, similarity: (a, b) => similarity(a as T, b as T) });

const METHODS: Method<unknown>[] = [
  method('char bigrams, Jaccard (the product)', charBigrams, bigramSimilarity),
  method('jieba words (cut, HMM), Jaccard', (t) => new Set(words(jieba.cut(t, true))), jaccard),
  method(
    'jieba search mode (words and their parts), Jaccard',
    (t) => new Set(words(jieba.cutForSearch(t, true))),
    jaccard,
  ),
  method(
    'jieba words weighted by TF-IDF, cosine',
    (t) => {
      const v = new Map<string, number>();
      for (const w of words(jieba.cut(t, true))) v.set(w, (v.get(w) ?? 0) + (idfOf.get(w) ?? medianIdf));
      return v;
    },
    cosine,
  ),
];

interface Pair {
  same: boolean;
  kind: 'repost' | 'paraphrase' | 'different' | 'lookalike';
  s: number;
}

function pairsOf(m: Method<unknown>): Pair[] {
  const terms = texts.map((t) => m.terms(t.text));
  const out: Pair[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      const same = a.group === b.group;
      out.push({
        same,
        kind: same
          ? a.kind === 'paraphrase'
            ? 'paraphrase'
            : 'repost'
          : a.kind === 'lookalike' || b.kind === 'lookalike'
            ? 'lookalike'
            : 'different',
        s: m.similarity(terms[i], terms[j]),
      });
    }
  return out;
}

interface AtThreshold {
  threshold: number;
  reposts: number;
  paraphrases: number;
  falsePairs: number;
  falseLookalikes: number;
}
const at = (pairs: Pair[], threshold: number): AtThreshold => ({
  threshold,
  reposts: pairs.filter((p) => p.kind === 'repost' && p.s >= threshold).length,
  paraphrases: pairs.filter((p) => p.kind === 'paraphrase' && p.s >= threshold).length,
  falsePairs: pairs.filter((p) => !p.same && p.s >= threshold).length,
  falseLookalikes: pairs.filter((p) => p.kind === 'lookalike' && p.s >= threshold).length,
});

/** Mean time of `op` in microseconds, over enough repetitions to last about `ms`. */
function microseconds(op: () => void, ms = 400): number {
  for (let i = 0; i < 200; i++) op();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (let i = 0; i < 100; i++) op();
    n += 100;
  }
  return ((performance.now() - started) * 1000) / n;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const thresholds = Array.from({ length: 15 }, (_, i) => r2(0.15 + i * 0.05));
const totals = (pairs: Pair[]) => ({
  reposts: pairs.filter((p) => p.kind === 'repost').length,
  paraphrases: pairs.filter((p) => p.kind === 'paraphrase').length,
  different: pairs.filter((p) => !p.same).length,
  lookalike: pairs.filter((p) => p.kind === 'lookalike').length,
});

const lines: string[] = [];
const summary: Record<string, unknown> = {};
const t0 = totals(pairsOf(METHODS[0]));
lines.push(
  `Sample: ${texts.length} texts; ${t0.reposts} repost pairs, ${t0.paraphrases} paraphrase pairs, ` +
    `${t0.different} pairs of different events (${t0.lookalike} with a lookalike)`,
  '',
);
for (const m of METHODS) {
  const pairs = pairsOf(m);
  const range = (kind: Pair['kind']) => {
    const s = pairs.filter((p) => p.kind === kind).map((p) => p.s);
    return `${r2(Math.min(...s))}–${r2(Math.max(...s))}`;
  };
  lines.push(
    m.name,
    `  scores: reposts ${range('repost')}, paraphrases ${range('paraphrase')}, different events ${range('different')}, ` +
      `lookalike pairs ${range('lookalike')}`,
    '  threshold  reposts  paraphrases  false pairs (lookalike)',
  );
  const rows = thresholds.map((t) => at(pairs, t));
  for (const row of rows)
    lines.push(
      `  ${row.threshold.toFixed(2).padStart(9)}  ${`${row.reposts}/${t0.reposts}`.padStart(7)}  ${`${row.paraphrases}/${t0.paraphrases}`.padStart(11)}  ${String(row.falsePairs).padStart(11)} (${row.falseLookalikes})`,
    );
  // The sensible threshold: all reposts found, fewest false pairs, then most paraphrases (the highest such).
  const best = [...rows].sort(
    (a, b) =>
      b.reposts - a.reposts ||
      a.falsePairs - b.falsePairs ||
      b.paraphrases - a.paraphrases ||
      b.threshold - a.threshold,
  )[0];
  const sample = texts.map((t) => t.text);
  const prepared = sample.map((t) => m.terms(t));
  let k = 0;
  const termsUs = microseconds(() => {
    m.terms(sample[k++ % sample.length]);
  });
  k = 0;
  const compareUs = microseconds(() => {
    m.similarity(prepared[k % prepared.length], prepared[(k * 7 + 3) % prepared.length]);
    k++;
  });
  lines.push(
    `  best: ${best.threshold.toFixed(2)} — reposts ${best.reposts}/${t0.reposts}, paraphrases ${best.paraphrases}/${t0.paraphrases}, ` +
      `false pairs ${best.falsePairs} (lookalike ${best.falseLookalikes})`,
    `  speed: ${termsUs.toFixed(1)} µs to make a text's terms, ${compareUs.toFixed(2)} µs to compare two; ` +
      `${(2 * termsUs + compareUs).toFixed(1)} µs a pair from raw texts`,
    '',
  );
  summary[m.name] = {
    best,
    termsMicroseconds: r2(termsUs),
    compareMicroseconds: r2(compareUs),
    atProductThreshold: at(pairs, NEAR_DUPLICATE_SIMILARITY),
  };
}
process.stdout.write(`${lines.join('\n')}\n${JSON.stringify(summary)}\n`);
