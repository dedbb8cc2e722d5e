import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { IntakeItemCommand, intakeItemDecider, IntakeOrigin } from '../domain/intake-item.decider';
import { IntakeSourceCommand, intakeSourceDecider } from '../domain/intake-source.decider';
import { IntakeItemStatus, IntakeSourceKind, WatchEntryKind, WatchMatchField } from '../domain/intake.events';
import { WatchListCommand, watchListDecider } from '../domain/watch-list.decider';
import { charBigrams } from '../domain/near-duplicate';
import {
  applyToIntakeItemView,
  applyToIntakeSourceView,
  applyToIntakeWatchEntryView,
} from './intake.projections';

/** The intake read models (intake_source_view, intake_item_view) as their folds build them from the log. */
const at = (iso: string) => actingAs('u-zhou', 'centre', new Date(iso));

describe('intake_source_view', () => {
  const configure = (name: string, iso: string): IntakeSourceCommand => ({
    type: 'ConfigureIntakeSource',
    sourceId: 's1',
    countyId: 'qingshui',
    name,
    kind: IntakeSourceKind.MONITORING_SERVICE,
    ownerUnitId: 'centre',
    context: at(iso),
  });
  const issueKey = (keyHash: string, iso: string): IntakeSourceCommand => ({
    type: 'IssueIntakeSourceKey',
    sourceId: 's1',
    keyHash,
    keyPrefix: `yq_${keyHash}`,
    context: at(iso),
  });
  const mapping: IntakeSourceCommand = {
    type: 'SetIntakeColumnMapping',
    sourceId: 's1',
    mapping: { id: '编号', platform: '平台', text: '内容', publishedAt: '发布时间' },
    context: at('2026-03-02T03:00:00Z'),
  };
  const source = (...commands: IntakeSourceCommand[]) => decided(intakeSourceDecider, commands);

  it('a configured source has no key and no mapping yet', () => {
    givenEvents(source(configure('某监测服务', '2026-03-02T01:00:00Z')))
      .project(applyToIntakeSourceView)
      .then({
        sourceId: 's1',
        name: '某监测服务',
        ownerUnitId: 'centre',
        keyHash: null,
        keyPrefix: null,
        columnMapping: null,
        configuredAt: new Date('2026-03-02T01:00:00Z'),
        version: 1,
      });
  });

  it('a new key replaces the old one at once; a mapping is kept', () => {
    givenEvents(
      source(
        configure('某监测服务', '2026-03-02T01:00:00Z'),
        issueKey('old', '2026-03-02T01:30:00Z'),
        mapping,
        issueKey('new', '2026-03-02T04:00:00Z'),
      ),
    )
      .project(applyToIntakeSourceView)
      .then({
        keyHash: 'new',
        keyPrefix: 'yq_new',
        keyIssuedAt: new Date('2026-03-02T04:00:00Z'),
        columnMapping: { id: '编号', platform: '平台', text: '内容', publishedAt: '发布时间' },
        version: 4,
      });
  });

  it('configured again (a new name), it keeps its key, mapping and first configuration time', () => {
    givenEvents(
      source(
        configure('某监测服务', '2026-03-02T01:00:00Z'),
        issueKey('k', '2026-03-02T01:30:00Z'),
        mapping,
        configure('改名后的服务', '2026-03-02T05:00:00Z'),
      ),
    )
      .project(applyToIntakeSourceView)
      .then({
        name: '改名后的服务',
        keyHash: 'k',
        columnMapping: { id: '编号', platform: '平台', text: '内容', publishedAt: '发布时间' },
        configuredAt: new Date('2026-03-02T01:00:00Z'),
        version: 4,
      });
  });

  it('makes no row from a key for a source it never saw configured', () => {
    const [, key] = source(
      configure('某监测服务', '2026-03-02T01:00:00Z'),
      issueKey('k', '2026-03-02T01:30:00Z'),
    );
    givenEvents([key]).project(applyToIntakeSourceView).then(undefined);
  });
});

describe('intake_item_view', () => {
  const origin: IntakeOrigin = {
    sourceId: 's-1',
    sourceName: '县舆情监测服务',
    kind: IntakeSourceKind.MONITORING_SERVICE,
    countyId: 'qingshui',
    unitId: 'centre',
  };
  const spread = (reposts: number, views: number) => ({
    posts: 3,
    reposts,
    comments: 40,
    views,
    mainstreamMediaPickups: 0,
  });
  const receive: IntakeItemCommand = {
    type: 'ReceiveIntakeItem',
    itemId: 'i-1',
    origin,
    watchMatches: [],
    context: at('2026-03-02T01:00:00Z'),
    item: {
      externalId: 'm-1001',
      url: 'https://weibo.example/123',
      normalizedUrl: 'weibo.example/123',
      platform: 'WEIBO',
      author: '清水网友',
      title: '东湖镇征地补偿迟迟未发',
      text: '村民多次反映无果。',
      publishedAt: new Date('2026-03-02T00:30:00Z'),
      spread: spread(12, 5000),
    },
  };
  const police = {
    sourceId: 's-2',
    sourceName: '网警大队',
    externalId: 'p-7',
    spread: spread(30, 2000),
    at: '2026-03-02T02:00:00.000Z',
  };
  const item = (...commands: IntakeItemCommand[]) => decided(intakeItemDecider, [receive, ...commands]);

  it('a received item waits for a decision, with its first sighting and the text’s bigrams', () => {
    const row = givenEvents(item()).project(applyToIntakeItemView).row()!;
    expect(row).toMatchObject({
      itemId: 'i-1',
      status: IntakeItemStatus.RECEIVED,
      sourceKind: IntakeSourceKind.MONITORING_SERVICE,
      normalizedUrl: 'weibo.example/123',
      publishedAt: new Date('2026-03-02T00:30:00Z'),
      receivedAt: new Date('2026-03-02T01:00:00Z'),
      spread: spread(12, 5000),
      incidentId: null,
      decidedBy: null,
      version: 1,
    });
    expect(row.sightings.map((s) => s.sourceId)).toEqual(['s-1']);
    expect(row.textGrams).toEqual(charBigrams('东湖镇征地补偿迟迟未发 村民多次反映无果。'));
  });

  it('another source’s sighting is added, and the spread is the highest of each count seen', () => {
    const row = givenEvents(
      item({
        type: 'AddIntakeSighting',
        itemId: 'i-1',
        sighting: police,
        context: at('2026-03-02T02:00:00Z'),
      }),
    )
      .project(applyToIntakeItemView)
      .row()!;
    expect(row.sightings.map((s) => s.sourceId)).toEqual(['s-1', 's-2']);
    expect(row.spread).toEqual(spread(30, 5000));
  });

  it('registered as an incident, it names the incident and who decided, when', () => {
    givenEvents(
      item({
        type: 'RegisterIntakeItem',
        itemId: 'i-1',
        incidentId: 'inc-1',
        context: at('2026-03-02T03:00:00Z'),
      }),
    )
      .project(applyToIntakeItemView)
      .then({
        status: IntakeItemStatus.REGISTERED,
        incidentId: 'inc-1',
        archiveReason: null,
        decidedBy: 'u-zhou',
        decidedAt: new Date('2026-03-02T03:00:00Z'),
        version: 2,
      });
  });

  it('attached to an incident, or archived with the reason and no incident', () => {
    givenEvents(
      item({
        type: 'AttachIntakeItem',
        itemId: 'i-1',
        incidentId: 'inc-9',
        context: at('2026-03-02T03:00:00Z'),
      }),
    )
      .project(applyToIntakeItemView)
      .then({ status: IntakeItemStatus.ATTACHED, incidentId: 'inc-9' });
    givenEvents(
      item({
        type: 'ArchiveIntakeItem',
        itemId: 'i-1',
        reason: ' 与本县无关 ',
        context: at('2026-03-02T03:00:00Z'),
      }),
    )
      .project(applyToIntakeItemView)
      .then({ status: IntakeItemStatus.ARCHIVED, incidentId: null, archiveReason: '与本县无关' });
  });

  it('makes no row from a decision on an item it never saw received', () => {
    const [, archived] = item({
      type: 'ArchiveIntakeItem',
      itemId: 'i-1',
      reason: '无关',
      context: at('2026-03-02T03:00:00Z'),
    });
    givenEvents([archived]).project(applyToIntakeItemView).then(undefined);
  });
});

describe('intake_watch_entry_view', () => {
  const entry = { kind: WatchEntryKind.PROJECT, name: '城西棚改项目', note: '拆迁补偿未结清', endsOn: null };
  const list = (...commands: WatchListCommand[]) => decided(watchListDecider, commands);
  const added: WatchListCommand = {
    type: 'AddWatchEntry',
    entryId: 'e1',
    countyId: 'qingshui',
    entry,
    context: at('2026-03-02T01:00:00Z'),
  };

  it('an entry added, changed, then retired: first adder and time kept, the latest fields, when retired', () => {
    givenEvents(
      list(
        added,
        {
          type: 'ChangeWatchEntry',
          entryId: 'e1',
          entry: { ...entry, note: '已进入信访程序', endsOn: '2026-12-31' },
          context: at('2026-03-03T01:00:00Z'),
        },
        { type: 'RetireWatchEntry', entryId: 'e1', context: at('2026-03-04T01:00:00Z') },
      ),
    )
      .project(applyToIntakeWatchEntryView)
      .then({
        entryId: 'e1',
        countyId: 'qingshui',
        kind: WatchEntryKind.PROJECT,
        name: '城西棚改项目',
        note: '已进入信访程序',
        endsOn: '2026-12-31',
        addedBy: 'u-zhou',
        addedAt: new Date('2026-03-02T01:00:00Z'),
        changedAt: new Date('2026-03-03T01:00:00Z'),
        retiredAt: new Date('2026-03-04T01:00:00Z'),
        version: 3,
      });
  });

  it('an item received with watch-list matches is flagged and ranked by them, as its event recorded', () => {
    const watchMatches = [
      {
        entryId: 'e1',
        kind: WatchEntryKind.PROJECT,
        name: '城西棚改项目',
        matched: '城西棚改项目',
        field: WatchMatchField.TEXT,
      },
    ];
    const origin: IntakeOrigin = {
      sourceId: 's-1',
      sourceName: '县舆情监测服务',
      kind: IntakeSourceKind.MONITORING_SERVICE,
      countyId: 'qingshui',
      unitId: 'centre',
    };
    const item = decided(intakeItemDecider, [
      {
        type: 'ReceiveIntakeItem',
        itemId: 'i-9',
        origin,
        watchMatches,
        context: at('2026-03-02T01:00:00Z'),
        item: {
          externalId: 'm-9',
          url: null,
          normalizedUrl: null,
          platform: 'WEIBO',
          author: '网友',
          title: '棚改进度',
          text: '城西棚改项目安置房迟迟未交付。',
          publishedAt: new Date('2026-03-02T00:00:00Z'),
          spread: { posts: 1, reposts: 0, comments: 0, views: 10, mainstreamMediaPickups: 0 },
        },
      },
    ]);
    givenEvents(item)
      .project(applyToIntakeItemView)
      .then({ flagged: true, rank: 1, watchHits: watchMatches });
  });
});
