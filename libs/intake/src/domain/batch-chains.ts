import { bigramSimilarity, NEAR_DUPLICATE_SIMILARITY } from './near-duplicate';

/**
 * A pushed batch split into chains that may be received at the same time: an item that could join another of the
 * same batch — the same normalised URL, or a near-identical text — is in that item's chain, after it, so it finds the
 * first one received (as it would have, one after another); items of different chains share nothing to join.
 * An item with a URL joins only by it, so only an item without one is compared by its text (`grams`: each item's
 * charBigrams, computed once by the caller). Returns the items' indexes, each chain in the batch's order.
 */
export function batchChains(
  items: readonly { normalizedUrl: string | null }[],
  grams: readonly (readonly string[])[],
  threshold = NEAR_DUPLICATE_SIMILARITY,
): number[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byUrl = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.normalizedUrl) {
      const first = byUrl.get(it.normalizedUrl);
      if (first === undefined) byUrl.set(it.normalizedUrl, i);
      else join(first, i);
    } else
      for (let j = 0; j < i; j++)
        if (root(j) !== root(i) && bigramSimilarity(grams[i], grams[j]) >= threshold) join(j, i);
  });
  const chains = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    chains.set(r, [...(chains.get(r) ?? []), i]);
  });
  return [...chains.values()];
}
