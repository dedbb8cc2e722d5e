import { bigramSimilarity, charBigrams, NEAR_DUPLICATE_SIMILARITY } from './near-duplicate';
import {
  NEAR_DUPLICATE_GROUPS,
  NEAR_DUPLICATE_LOOKALIKES,
  NEAR_DUPLICATE_PARAPHRASES,
} from './near-duplicate.sample';

const pairs = () => {
  const texts = NEAR_DUPLICATE_GROUPS.flatMap((g, group) =>
    g.map((text) => ({ group, grams: charBigrams(text) })),
  );
  const out: { same: boolean; s: number }[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      out.push({
        same: texts[i].group === texts[j].group,
        s: bigramSimilarity(texts[i].grams, texts[j].grams),
      });
  return out;
};

describe('near-identical Chinese texts by character bigrams', () => {
  it('ignore punctuation, spaces, width and hashtags’ marks', () => {
    expect(charBigrams('东湖镇，征地！')).toEqual(charBigrams('东湖镇 征地'));
    expect(charBigrams('ＡＢ１')).toEqual(['ab', 'b1']);
  });

  it('the threshold separates the sample: every repost above, every different event below', () => {
    const all = pairs();
    expect(all.filter((p) => p.same && p.s < NEAR_DUPLICATE_SIMILARITY)).toEqual([]);
    expect(all.filter((p) => !p.same && p.s >= NEAR_DUPLICATE_SIMILARITY)).toEqual([]);
  });

  // The known limits (ADR 0023; scripts/bench/near-duplicate-compare.ts measures the same with jieba): a lexical
  // similarity joins what is written alike, not what is meant alike.
  it('does not join one event told in other words (paraphrases score far below the threshold)', () => {
    for (const group of NEAR_DUPLICATE_PARAPHRASES)
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          expect(bigramSimilarity(charBigrams(group[i]), charBigrams(group[j]))).toBeLessThan(0.2);
  });

  it('joins a different event written in the same words: another school, another plant of the same town', () => {
    const others = [...NEAR_DUPLICATE_GROUPS.flat(), ...NEAR_DUPLICATE_PARAPHRASES.flat()];
    const joined = NEAR_DUPLICATE_LOOKALIKES.filter((l) =>
      others.some((t) => bigramSimilarity(charBigrams(l), charBigrams(t)) >= NEAR_DUPLICATE_SIMILARITY),
    );
    expect(joined).toEqual([NEAR_DUPLICATE_LOOKALIKES[0], NEAR_DUPLICATE_LOOKALIKES[1]]);
  });
});
