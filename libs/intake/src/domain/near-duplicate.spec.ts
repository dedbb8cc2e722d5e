import { bigramSimilarity, charBigrams, NEAR_DUPLICATE_SIMILARITY } from './near-duplicate';
import { NEAR_DUPLICATE_GROUPS } from './near-duplicate.sample';

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
});
