import { actingAs, deciderSpec } from '@test/given-when-then';
import { IntakeItemCommand, intakeItemDecider, IntakeOrigin } from './intake-item.decider';
import { checkIntakeItem, IntakeItemInput } from './intake-item.validation';
import {
  IntakeEventType,
  IntakeItemEvent,
  IntakeSourceKind,
  WatchEntryKind,
  WatchMatchField,
} from './intake.events';
import { normalizeUrl } from './url-normalization';

const { given } = deciderSpec(intakeItemDecider);
const context = actingAs('u-zhou');
const at = context.now.toISOString();
const spread = { posts: 3, reposts: 12, comments: 40, views: 5000, mainstreamMediaPickups: 0 };
const origin: IntakeOrigin = {
  sourceId: 's-1',
  sourceName: '县舆情监测服务',
  kind: IntakeSourceKind.MONITORING_SERVICE,
  countyId: 'qingshui',
  unitId: 'centre',
};
const item: IntakeItemInput = {
  externalId: 'm-1001',
  url: 'https://weibo.example/123',
  normalizedUrl: 'weibo.example/123',
  platform: 'WEIBO',
  author: '清水网友',
  title: '东湖镇征地补偿迟迟未发',
  text: '东湖镇征地补偿迟迟未发，村民多次反映无果。',
  publishedAt: new Date('2026-03-02T00:30:00Z'),
  spread,
};
const receive: IntakeItemCommand = {
  type: 'ReceiveIntakeItem',
  itemId: 'i-1',
  origin,
  item,
  watchMatches: [],
  context,
};
const received: IntakeItemEvent = {
  type: IntakeEventType.ItemReceived,
  data: {
    itemId: 'i-1',
    countyId: 'qingshui',
    unitId: 'centre',
    sighting: { sourceId: 's-1', sourceName: '县舆情监测服务', externalId: 'm-1001', spread, at },
    sourceKind: IntakeSourceKind.MONITORING_SERVICE,
    url: item.url,
    normalizedUrl: item.normalizedUrl,
    platform: 'WEIBO',
    author: '清水网友',
    title: item.title,
    text: item.text,
    publishedAt: '2026-03-02T00:30:00.000Z',
    enteredBy: null,
    watchMatches: [],
  },
};
const decision = { itemId: 'i-1', countyId: 'qingshui', by: 'u-zhou', byUnitId: 'centre', at };
const police = { sourceId: 's-2', sourceName: '网警大队', externalId: 'p-7', spread, at };

describe('an intake item', () => {
  it('is received once per (source, its own id): a repeated push adds nothing', () => {
    given().when(receive).then([received]);
    given([received]).when(receive).thenNothingHappens();
  });

  it('records what the watch list matched on arrival, as it was then', () => {
    const watchMatches = [
      {
        entryId: 'w-1',
        kind: WatchEntryKind.PLACE,
        name: '东湖镇',
        matched: '东湖镇',
        field: WatchMatchField.TITLE,
      },
    ];
    given()
      .when({ ...receive, watchMatches })
      .then([{ ...received, data: { ...received.data, watchMatches } }]);
  });

  it('takes in the same post from another source, once', () => {
    const add: IntakeItemCommand = { type: 'AddIntakeSighting', itemId: 'i-1', sighting: police, context };
    const added: IntakeItemEvent = {
      type: IntakeEventType.ItemSourceAdded,
      data: { itemId: 'i-1', countyId: 'qingshui', sighting: police },
    };
    given([received]).when(add).then([added]);
    given([received, added]).when(add).thenNothingHappens();
  });

  it('takes the same item with new figures as a later reading, beside the first (issue 23)', () => {
    const later = { ...spread, comments: 900, views: 40000 };
    const reading: IntakeItemEvent = {
      type: IntakeEventType.ItemReadingAdded,
      data: {
        itemId: 'i-1',
        countyId: 'qingshui',
        sighting: { sourceId: 's-1', sourceName: '县舆情监测服务', externalId: 'm-1001', spread: later, at },
      },
    };
    const again: IntakeItemCommand = { ...receive, item: { ...item, spread: later } };
    given([received]).when(again).then([reading]);
    // The same figures again add nothing; so does the first figures' repeat after the reading.
    given([received, reading]).when(again).thenNothingHappens();
    // Another source's later figures for its own sighting are a reading of that sighting.
    const add: IntakeItemCommand = { type: 'AddIntakeSighting', itemId: 'i-1', sighting: police, context };
    const added: IntakeItemEvent = {
      type: IntakeEventType.ItemSourceAdded,
      data: { itemId: 'i-1', countyId: 'qingshui', sighting: police },
    };
    const policeLater = { ...police, spread: later };
    given([received, added])
      .when({ ...add, sighting: policeLater })
      .then([
        {
          type: IntakeEventType.ItemReadingAdded,
          data: { itemId: 'i-1', countyId: 'qingshui', sighting: policeLater },
        },
      ]);
  });

  it('keeps what another source sent of the post with its sighting, once; its later figures are readings only', () => {
    const post = {
      url: 'http://www.weibo.example/p/1?from=timeline',
      platform: 'WEIBO',
      author: '网友甲',
      title: '转：东湖镇征地补偿迟迟未发',
      text: '转发：东湖镇征地补偿迟迟未发，村民多次反映无果！',
      publishedAt: at,
    };
    const add: IntakeItemCommand = {
      type: 'AddIntakeSighting',
      itemId: 'i-1',
      sighting: { ...police, post },
      context,
    };
    const added: IntakeItemEvent = {
      type: IntakeEventType.ItemSourceAdded,
      data: { itemId: 'i-1', countyId: 'qingshui', sighting: { ...police, post } },
    };
    given([received]).when(add).then([added]);
    const later = { ...spread, views: 99_000 };
    given([received, added])
      .when({ ...add, sighting: { ...police, post, spread: later } })
      .then([
        {
          type: IntakeEventType.ItemReadingAdded,
          data: { itemId: 'i-1', countyId: 'qingshui', sighting: { ...police, spread: later } },
        },
      ]);
  });

  it('a message with its own reply deadline is reminded once per timer until marked replied, with how', () => {
    const due = '2026-03-04T10:00:00.000Z';
    const message: IntakeItemEvent = { ...received, data: { ...received.data, replyDueAt: due } };
    const remind: IntakeItemCommand = {
      type: 'RemindIntakeReply',
      itemId: 'i-1',
      timerId: 't-75',
      overdue: false,
      context,
    };
    const reminded: IntakeItemEvent = {
      type: IntakeEventType.ItemReplyReminded,
      data: { itemId: 'i-1', countyId: 'qingshui', timerId: 't-75', overdue: false, dueAt: due, at },
    };
    given([message]).when(remind).then([reminded]);
    given([message, reminded]).when(remind).thenNothingHappens();
    const replied: IntakeItemEvent = {
      type: IntakeEventType.ItemReplied,
      data: { ...decision, note: '已由西山镇答复' },
    };
    given([message])
      .when({ type: 'MarkIntakeItemReplied', itemId: 'i-1', note: ' 已由西山镇答复 ', context })
      .then([replied]);
    given([message, replied])
      .when({ ...remind, timerId: 't-over', overdue: true })
      .thenNothingHappens();
    given([message, replied])
      .when({ type: 'MarkIntakeItemReplied', itemId: 'i-1', note: '再次', context })
      .thenThrows('INTAKE.ALREADY_REPLIED');
    given([received])
      .when({ type: 'MarkIntakeItemReplied', itemId: 'i-1', note: '已回复', context })
      .thenThrows('INTAKE.NO_REPLY_DEADLINE');
    given([received]).when(remind).thenNothingHappens();
  });

  it('is decided once: registered, attached or archived with a reason', () => {
    given([received])
      .when({ type: 'RegisterIntakeItem', itemId: 'i-1', incidentId: 'inc-1', context })
      .then([{ type: IntakeEventType.ItemRegisteredAsIncident, data: { ...decision, incidentId: 'inc-1' } }]);
    given([received])
      .when({ type: 'ArchiveIntakeItem', itemId: 'i-1', reason: '  与本县无关  ', context })
      .then([{ type: IntakeEventType.ItemArchived, data: { ...decision, reason: '与本县无关' } }]);
    const archived: IntakeItemEvent = {
      type: IntakeEventType.ItemArchived,
      data: { ...decision, reason: '无关' },
    };
    given([received, archived])
      .when({ type: 'AttachIntakeItem', itemId: 'i-1', incidentId: 'inc-1', context })
      .thenThrows('INTAKE.ALREADY_DECIDED');
  });

  it('is not archived without a reason, and not decided before it exists', () => {
    given([received])
      .when({ type: 'ArchiveIntakeItem', itemId: 'i-1', reason: ' ', context })
      .thenThrows('INPUT.REASON_REQUIRED', ['input.reason']);
    given()
      .when({ type: 'RegisterIntakeItem', itemId: 'i-1', incidentId: 'inc-1', context })
      .thenThrows('INTAKE.ITEM_NOT_FOUND');
  });
});

describe('a pushed item is checked field by field', () => {
  const now = new Date('2026-03-02T01:00:00Z');
  it('names every bad field by its path, in Chinese first', () => {
    const { item: ok, problems } = checkIntakeItem(
      { id: '', url: 'ftp://x', platform: '贴吧', text: '', publishedAt: '昨天', spread: { views: -1 } },
      'items[2]',
      now,
    );
    expect(ok).toBeNull();
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'items[2].id',
        'items[2].platform',
        'items[2].publishedAt',
        'items[2].spread.views',
        'items[2].text',
        'items[2].url',
      ].sort(),
    );
    expect(problems.find((p) => p.field === 'items[2].spread.views')?.message.zh).toBe(
      '必须是不小于 0 的整数',
    );
  });

  it('takes a message without a title by its first words, and missing figures as 0', () => {
    const { item: ok } = checkIntakeItem(
      {
        id: 'x',
        platform: 'LEADER_MESSAGE_BOARD',
        text: '反映西山镇垃圾填埋场异味问题',
        publishedAt: '2026-03-02T08:00:00+08:00',
      },
      'items[0]',
      now,
    );
    expect(ok).toMatchObject({ title: '反映西山镇垃圾填埋场异味问题', url: null, spread: { views: 0 } });
  });

  it('refuses a time in the future', () => {
    const { problems } = checkIntakeItem(
      { id: 'x', platform: 'WEIBO', text: '内容', publishedAt: '2026-03-03T00:00:00Z' },
      'items[0]',
      now,
    );
    expect(problems.map((p) => p.field)).toEqual(['items[0].publishedAt']);
  });
});

describe('URLs are compared as one spelling per post', () => {
  it('ignores scheme, www, fragment, tracking parameters and parameter order', () => {
    const a = normalizeUrl('https://www.Weibo.com/123/ABC/?utm_source=x&b=2&a=1#comments');
    expect(a).toBe('weibo.com/123/ABC?a=1&b=2');
    expect(normalizeUrl('http://weibo.com/123/ABC?a=1&b=2&spm=9')).toBe(a);
    expect(normalizeUrl('https://weibo.com/123/ABD')).not.toBe(a);
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
  });
});
