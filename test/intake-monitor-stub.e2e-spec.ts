import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { ok } from './support/loop-steps';
import { intakeSourceWithKey } from './support/intake-sources';

/**
 * Issue 23's "done when": a monitoring system — a small stub process started here (test/support/stub-monitor.mjs),
 * speaking HTTP with its source's key — pushes what it found over a few minutes: new posts, the same batch again
 * after a time-out on its side, the same post under another id and another spelling of its URL, a board message
 * passed on in nearly the same words, and at last a batch with bad fields. The duty officer's queue, read through
 * GraphQL, holds each post once with every sighting of it; the repeat added nothing; the bad batch was refused field
 * by field and left nothing behind.
 */
const run = promisify(execFile);

interface Answer {
  batch: string;
  status: number;
  body: {
    received?: { externalId: string; itemId: string; receipt: string }[];
    code?: string;
    reason?: string;
    message?: string;
    messageEn?: string;
    fields?: { field: string; message: string }[];
  };
}
interface QueueItem {
  id: string;
  title: string;
  url: string | null;
  platform: string;
  sources: { sourceName: string; externalId: string }[];
  spread: { views: number; reposts: number };
}

let api: ApiFixture;
let pg: Client;
let duty: Session;
let key = '';
let answers: Answer[] = [];
const eventsBefore = new Map<string, number>();

const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;
const EVENT_TYPES = ['IntakeItemReceived', 'IntakeItemSourceAdded'];
const answer = (batch: string) => {
  const a = answers.find((x) => x.batch === batch);
  if (!a) throw new Error(`the stub sent no batch "${batch}"`);
  return a;
};
const receipts = (batch: string) => (answer(batch).body.received ?? []).map((r) => [r.externalId, r.receipt]);
const queue = async () =>
  ok(
    await gql<{ intakeQueue: { totalCount: number; edges: { node: QueueItem }[] } }>(
      api.url,
      `{ intakeQueue(first: 50) { totalCount edges { node { id title url platform
          sources { sourceName externalId } spread { views reposts } } } } }`,
      {},
      { token: duty.token },
    ),
  ).intakeQueue;

/** What the monitor found over a few minutes, batch by batch (sent in this order by the stub process). */
const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
const weiboPost = {
  id: 'wb-3301',
  url: 'https://weibo.example/qingshui/3301?utm_source=stub&spm=a1',
  platform: 'WEIBO',
  author: '清水县吃瓜群众',
  title: '桥头镇砂石厂夜间作业扰民',
  text: '桥头镇砂石厂连续一周夜里作业到凌晨，附近村民无法入睡，多次反映无人处理。',
  publishedAt: hourAgo,
  spread: { posts: 1, reposts: 40, comments: 12, views: 3100 },
};
const douyinPost = {
  id: 'dy-7788',
  url: 'https://douyin.example/video/7788',
  platform: 'DOUYIN',
  author: '青石乡小李',
  title: '青石乡集贸市场收费不透明',
  text: '青石乡集贸市场摊位费一年涨了三次，商户说收费没有公示，也不开票。',
  publishedAt: hourAgo,
  spread: { posts: 1, reposts: 8, comments: 30, views: 12000 },
};
const boardMessage = {
  id: 'lb-5501',
  platform: 'LEADER_MESSAGE_BOARD',
  author: '河口村村民',
  title: '河口村石桥冲毁请求修复',
  text: '河口村通往镇上的石桥昨晚被洪水冲垮，村里几百口人出行只能绕远路，恳请领导尽快安排修复。',
  publishedAt: hourAgo,
};

const batches = [
  // What it found this minute.
  { name: 'first', body: { items: [weiboPost, douyinPost, boardMessage] } },
  // Its previous push timed out on its side: it sends the very same batch again.
  { name: 'repeat', body: { items: [weiboPost, douyinPost, boardMessage] } },
  // The next minute: the same weibo post found again under another id (another spelling of its URL, higher
  // figures), the board message passed on by a forum account (no URL, a prefix and a hashtag), and a new post.
  {
    name: 'next',
    body: {
      items: [
        {
          ...weiboPost,
          id: 'wb-3301-r',
          url: 'http://www.weibo.example/qingshui/3301?from=timeline#comments',
          spread: { posts: 1, reposts: 95, comments: 20, views: 8800 },
        },
        {
          ...boardMessage,
          id: 'lt-9902',
          platform: 'FORUM',
          text: `转发：${boardMessage.text.replace(/。$/, '！')} #河口村#`,
        },
        {
          id: 'wb-3350',
          url: 'https://weibo.example/qingshui/3350',
          platform: 'WEIBO',
          author: '城关镇居民',
          title: '城关镇公交线路调整引不满',
          text: '城关镇12路公交突然改线，老城区居民去医院要换乘两次，希望恢复原线路。',
          publishedAt: hourAgo,
          spread: { posts: 1, reposts: 5, comments: 9, views: 900 },
        },
      ],
    },
  },
  // A bug on its side: a batch with a good item and bad fields; the platform is to refuse the whole batch.
  {
    name: 'malformed',
    body: {
      items: [
        { ...douyinPost, id: 'dy-8000', url: 'https://douyin.example/video/8000', title: '不应入库的好线索' },
        { ...weiboPost, id: 'wb-bad', url: 'weibo 3302', publishedAt: '昨天晚上', spread: { views: -1 } },
        { ...douyinPost, id: 'dy-bad', url: 'https://douyin.example/video/8001', text: '   ' },
      ],
    },
  },
];

beforeAll(async () => {
  api = await startApi({ label: 'intake_stub' });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  const admin = await login(api.url, 'zhaoqiang');
  duty = await login(api.url, 'zhouming');
  key = (
    await intakeSourceWithKey(api.url, admin.token, {
      name: '县舆情监测服务（桩）',
      kind: 'MONITORING_SERVICE',
    })
  ).key;
  for (const t of EVENT_TYPES) eventsBefore.set(t, await countEvents(t));

  // The monitor: its own process, given only the platform's address and its key.
  const base = api.url.replace(/\/graphql$/, '');
  const file = join(mkdtempSync(join(tmpdir(), 'monitor-stub-')), 'batches.json');
  writeFileSync(file, JSON.stringify(batches.map((b) => b.body)));
  const { stdout } = await run(
    process.execPath,
    [join(__dirname, 'support/stub-monitor.mjs'), base, key, file],
    {
      timeout: 60_000,
    },
  );
  answers = stdout
    .trim()
    .split('\n')
    .map((l, i) => ({ batch: batches[i].name, ...(JSON.parse(l) as Omit<Answer, 'batch'>) }));
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('a monitoring system (a stub process) pushes over HTTP', () => {
  it('sent its four batches and had an answer to each', () => {
    expect(answers.map((a) => [a.batch, a.status])).toEqual([
      ['first', 200],
      ['repeat', 200],
      ['next', 200],
      ['malformed', 400],
    ]);
  });

  it('the first batch made three items; the same batch again added nothing and named the same items', () => {
    expect(receipts('first')).toEqual([
      ['wb-3301', 'CREATED'],
      ['dy-7788', 'CREATED'],
      ['lb-5501', 'CREATED'],
    ]);
    expect(receipts('repeat')).toEqual([
      ['wb-3301', 'REPEATED'],
      ['dy-7788', 'REPEATED'],
      ['lb-5501', 'REPEATED'],
    ]);
    expect(answer('repeat').body.received!.map((r) => r.itemId)).toEqual(
      answer('first').body.received!.map((r) => r.itemId),
    );
  });

  it('the same post under a new id, and a message passed on in nearly the same words, joined their items', () => {
    const [first, next] = [answer('first').body.received!, answer('next').body.received!];
    expect(receipts('next')).toEqual([
      ['wb-3301-r', 'MERGED'],
      ['lt-9902', 'MERGED'],
      ['wb-3350', 'CREATED'],
    ]);
    expect(next[0].itemId).toBe(first[0].itemId);
    expect(next[1].itemId).toBe(first[2].itemId);
  });

  it('the queue shows each post once, with its sources and the highest figures', async () => {
    const q = await queue();
    expect(q.totalCount).toBe(4);
    const byTitle = new Map(q.edges.map((e) => [e.node.title, e.node]));
    expect([...byTitle.keys()].sort()).toEqual(
      [
        '桥头镇砂石厂夜间作业扰民',
        '青石乡集贸市场收费不透明',
        '河口村石桥冲毁请求修复',
        '城关镇公交线路调整引不满',
      ].sort(),
    );
    const weibo = byTitle.get('桥头镇砂石厂夜间作业扰民')!;
    expect(weibo.sources.map((s) => [s.sourceName, s.externalId])).toEqual([
      ['县舆情监测服务（桩）', 'wb-3301'],
      ['县舆情监测服务（桩）', 'wb-3301-r'],
    ]);
    // The first URL as the monitor first sent it; the figures the highest either sighting reported.
    expect(weibo.url).toBe('https://weibo.example/qingshui/3301?utm_source=stub&spm=a1');
    expect(weibo.spread).toMatchObject({ views: 8800, reposts: 95 });
    expect(byTitle.get('河口村石桥冲毁请求修复')!.sources.map((s) => s.externalId)).toEqual([
      'lb-5501',
      'lt-9902',
    ]);
    expect(byTitle.get('青石乡集贸市场收费不透明')!.sources.map((s) => s.externalId)).toEqual(['dy-7788']);
    // In the log: four items and two sightings, the repeat nothing.
    expect(await countEvents('IntakeItemReceived')).toBe(eventsBefore.get('IntakeItemReceived')! + 4);
    expect(await countEvents('IntakeItemSourceAdded')).toBe(eventsBefore.get('IntakeItemSourceAdded')! + 2);
  });

  it('the malformed batch was refused with every bad field by path, Chinese first, and stored nothing', async () => {
    const bad = answer('malformed');
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INPUT.INVALID' });
    expect(bad.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(bad.body.messageEn).toBeTruthy();
    expect(bad.body.fields!.map((f) => f.field).sort()).toEqual(
      ['items[1].url', 'items[1].publishedAt', 'items[1].spread.views', 'items[2].text'].sort(),
    );
    for (const f of bad.body.fields!) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    // Its good item is not in the queue, not in the log, and its URL is claimed by nothing.
    expect((await queue()).edges.map((e) => e.node.title)).not.toContain('不应入库的好线索');
    const { rows } = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE data::text LIKE '%dy-8000%' OR data::text LIKE '%不应入库%'`,
    );
    expect(rows[0].n).toBe(0);
    const claims = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM intake_url_claim WHERE normalized_url LIKE '%video/8000%'`,
    );
    expect(claims.rows[0].n).toBe(0);
  });
});
