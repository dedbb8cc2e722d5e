/**
 * Near-identical Chinese texts (issue 23; ADR 0023): two posts are one when their sets of character bigrams mostly
 * agree (Jaccard). Chinese has no spaces; bigrams are the unit a Chinese full-text index uses. pg_trgm was measured
 * first and finds nothing: in the database's C locale it takes no CJK character for a word character.
 */

/** Letters and digits of any script, case-folded and width-folded; punctuation, spaces and emoji dropped. */
export function contentChars(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase()].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

/** The distinct character bigrams of a text, sorted (stored with the item, indexed for the overlap search). */
export function charBigrams(text: string): string[] {
  const chars = contentChars(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  if (chars.length === 1) grams.add(chars[0]);
  return [...grams].sort();
}

/** Jaccard of two texts' bigrams, each as charBigrams gives them (distinct, sorted): one merge, nothing allocated. */
export function bigramSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;)
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  return shared / (a.length + b.length - shared);
}

/**
 * From this similarity two texts are one post passed on. On near-duplicate.sample.ts every repost (prefixed,
 * trimmed, re-punctuated, with a hashtag or a few words more) scores 0.65 or more and different events on the same
 * place and topic at most 0.24 (the spec checks the sample against it).
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

/** How far back a new item is compared: a post passed on days later is a new wave, judged as its own item. */
export const NEAR_DUPLICATE_WINDOW_MS = 3 * 24 * 3_600_000;
