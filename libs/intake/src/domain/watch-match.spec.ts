import { WatchEntryKind, WatchMatchField } from './intake.events';
import { matchWatchList, WatchEntryForMatching, watchEntryInForce } from './watch-match';

const now = new Date('2026-03-02T01:00:00Z'); // 09:00 Beijing
const entry = (over: Partial<WatchEntryForMatching>): WatchEntryForMatching => ({
  entryId: 'e1',
  kind: WatchEntryKind.KEYWORD,
  name: '征地补偿',
  endsOn: null,
  retired: false,
  ...over,
});
const item = {
  title: '东湖镇村民反映问题',
  text: '网帖称城西棚改项目的征地补偿款迟迟未发放。',
  author: '清水老李',
  url: 'https://weibo.example/post/1?tag=%E4%B8%9C%E6%B9%96%E9%95%87',
};

describe('matching an arriving item against the watch list (pure, recorded in its event)', () => {
  it('finds every entry whose name the title, text, author or URL contains, with the words and the field', () => {
    const matches = matchWatchList(
      item,
      [
        entry({}),
        entry({ entryId: 'e2', kind: WatchEntryKind.PROJECT, name: '城西棚改项目' }),
        entry({ entryId: 'e3', kind: WatchEntryKind.PLACE, name: '东湖镇' }),
        entry({ entryId: 'e4', kind: WatchEntryKind.DISPUTE, name: '清水老李' }),
        entry({ entryId: 'e5', kind: WatchEntryKind.EVENT, name: '两会' }),
      ],
      now,
    );
    expect(matches).toEqual([
      { entryId: 'e1', kind: 'KEYWORD', name: '征地补偿', matched: '征地补偿', field: WatchMatchField.TEXT },
      { entryId: 'e2', kind: 'PROJECT', name: '城西棚改项目', matched: '城西棚改项目', field: 'TEXT' },
      { entryId: 'e3', kind: 'PLACE', name: '东湖镇', matched: '东湖镇', field: 'TITLE' },
      { entryId: 'e4', kind: 'DISPUTE', name: '清水老李', matched: '清水老李', field: 'AUTHOR' },
    ]);
  });

  it('reads a URL with its Chinese percent-encoded, and Latin letters in any case', () => {
    const onlyUrl = { title: '', text: '', author: '', url: item.url };
    expect(matchWatchList(onlyUrl, [entry({ name: '东湖镇' })], now)).toMatchObject([
      { matched: '东湖镇', field: 'URL' },
    ]);
    expect(
      matchWatchList({ ...onlyUrl, text: '关于 PX 项目的讨论' }, [entry({ name: 'px项目' })], now),
    ).toEqual([]);
    expect(
      matchWatchList({ ...onlyUrl, text: '关于 PX项目的讨论' }, [entry({ name: 'px项目' })], now),
    ).toMatchObject([{ matched: 'PX项目', field: 'TEXT' }]);
    expect(matchWatchList({ ...onlyUrl, url: 'https://x.example/%E4%B' }, [entry({})], now)).toEqual([]);
  });

  it('matches only entries in force: not retired, their last day (Beijing) not past', () => {
    expect(matchWatchList(item, [entry({ retired: true })], now)).toEqual([]);
    expect(matchWatchList(item, [entry({ endsOn: '2026-03-01' })], now)).toEqual([]);
    expect(matchWatchList(item, [entry({ endsOn: '2026-03-02' })], now)).toHaveLength(1);
    // 2026-03-02 23:30 Beijing is still the 2nd; 00:30 on the 3rd is not.
    expect(watchEntryInForce(entry({ endsOn: '2026-03-02' }), new Date('2026-03-02T15:30:00Z'))).toBe(true);
    expect(watchEntryInForce(entry({ endsOn: '2026-03-02' }), new Date('2026-03-02T16:30:00Z'))).toBe(false);
  });

  it('matches nothing when nothing is named', () => {
    expect(matchWatchList(item, [], now)).toEqual([]);
    expect(matchWatchList(item, [entry({ name: '农民工欠薪' })], now)).toEqual([]);
  });
});
