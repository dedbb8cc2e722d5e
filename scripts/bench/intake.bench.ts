import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Client, Pool } from 'pg';
import { commandMetadata, EventStore, LogSigningKey, MemoryCheckpointWitness } from '@app/event-store';
import { DEMO_PASSWORD, DemoSeeder, demoUnitId } from '@app/demo';
import { encodeCursor } from '@app/graphql';
import { NEAR_DUPLICATE_SQL } from '@app/intake';
import { decisionContextOf, deterministicUuid } from '@app/kernel';
import {
  charBigrams,
  checkIntakeItem,
  decideIntakeItem,
  INTAKE_ITEM_STREAM_TYPE,
  intakeItemDecider,
  intakeItemStreamId,
  IntakeSourceKind,
  NEAR_DUPLICATE_SIMILARITY,
  NEAR_DUPLICATE_WINDOW_MS,
  WatchEntryKind,
  WatchMatch,
  WatchMatchField,
} from '@app/intake/domain';
import { RunningServer, startApiServer } from '../../apps/api/src/api-server';
import { benchDatabase } from './bench-database';
import { countSqlStatements, GraphqlHttpClient, percentile } from './http-graphql';

/**
 * `npm run bench:intake` (issue 23): what the monitors push, and the duty officer's 待研判 queue.
 *
 * 1. Push: `--monitors` monitoring systems (one source and key each) push batches of `--batch` items to the real
 *    `POST /intake/items` of the API running in this process, one batch after another each, for `--push-seconds`.
 *    The batches are what monitors send: mostly new posts, and in the mix a repeat of an item pushed before (same
 *    source, same id), the same post seen by another monitor (same URL, a tracking parameter more, a new id), 留言板
 *    messages without a URL, some of them passed on with a prefix (near-duplicates, found by the bigram search).
 *    Reference, same run, same server: the same rows as plain single-row INSERTs into a bare table, with as many
 *    connections as there are monitors. The rate is items accepted per minute, sustained over the whole period.
 * 2. Queue: the waiting items made up to `--waiting` (100,000) straight through the real event store (the items'
 *    own decider, appends submitted together so that the store's group commit takes them), the read model caught up
 *    (progress on stderr); then the console's own 待研判 query over GraphQL as the centre's duty officer — its first
 *    page (50), and a page deep in the queue (after a cursor half-way down) — `--queries` times each, p50/p99,
 *    beside a bare indexed SELECT of the same rows in the same run.
 *
 * Last line: one JSON object: the sustained rates under `…PerMinute` keys, each latency under a `p99…` key.
 */
const flag = (name: string, env: string, fallback: number) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = Number(arg ? arg.slice(name.length + 3) : (process.env[env] ?? fallback));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
};
const PUSH_SECONDS = flag('push-seconds', 'BENCH_INTAKE_PUSH_SECONDS', 60);
const MONITORS = flag('monitors', 'BENCH_INTAKE_MONITORS', 4);
const BATCH = flag('batch', 'BENCH_INTAKE_BATCH', 100);
const WAITING = flag('waiting', 'BENCH_INTAKE_WAITING', 100_000);
const QUERIES = flag('queries', 'BENCH_INTAKE_QUERIES', 200);
/** Appends in flight while seeding: enough for the store's group commit to write many per statement. */
const SEED_IN_FLIGHT = flag('seed-in-flight', 'BENCH_INTAKE_SEED_IN_FLIGHT', 256);
const TIMEOUT_MS = 120_000;
const GOAL_PER_MINUTE = 10_000;
const GOAL_P99_MS = 100;
const PAGE = 50;

// ---- what monitors find ----------------------------------------------------------------------------------------

/** A small deterministic generator: the same run makes the same items. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const PLACES = [
  '东湖镇',
  '西山镇',
  '南坪乡',
  '北城街道',
  '柳营村',
  '上坪村',
  '城关镇',
  '河口村',
  '桥头镇',
  '青石乡',
  '白沙村',
  '新华社区',
];
const SUBJECTS = [
  '征地补偿款',
  '垃圾填埋场',
  '自来水',
  '学校食堂',
  '小区电梯',
  '医院挂号',
  '农民工工资',
  '道路施工',
  '养猪场',
  '砂石厂',
  '供暖管道',
  '公交线路',
  '集贸市场',
  '幼儿园收费',
  '拆迁安置房',
];
const PROBLEMS = [
  '拖欠多时未解决',
  '夜间臭味明显',
  '发黄有异味',
  '被指存在安全隐患',
  '频繁故障无人管',
  '排长队无人解释',
  '引发聚集',
  '噪音扰民',
  '污染河道',
  '收费不透明',
  '质量问题突出',
  '被指暗箱操作',
];
const CLAUSES = [
  '村民多次反映无果',
  '希望上级部门关注',
  '已经持续一周',
  '有网友发布现场视频',
  '评论区有人质疑',
  '当事人称将继续维权',
  '相关部门尚未回应',
  '多名家长在群里讨论',
  '老人上下楼困难',
  '周边商户意见很大',
  '有人称已向媒体爆料',
  '网帖阅读量快速上升',
  '镇里工作人员已到场',
  '当地居民表示担忧',
  '帖子被多个本地号转发',
  '有人怀疑数据造假',
  '已有人拨打热线投诉',
  '视频中可见大量积水',
  '现场有人情绪激动',
  '据称涉及上百户人家',
  '施工方回应正在整改',
  '网友呼吁彻查',
  '有人晒出缴费单据',
  '夜里十点后仍在作业',
  '据说问题已拖了两年',
  '有律师在评论里答疑',
  '附近学校也受到影响',
  '有人组织签名请愿',
  '物业公司拒绝出面',
  '业主群里吵成一片',
  '路面已出现明显裂缝',
  '河里漂着死鱼',
  '孩子们放学只能绕路',
  '村委会贴出了告示',
  '有人质疑补偿标准',
  '街道办称正在调查',
  '一名老人因此受伤',
  '监控画面已在网上流传',
  '商户集体停业抗议',
  '涉事企业负责人失联',
];
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
const GIVEN = [
  '建国',
  '秀英',
  '志强',
  '桂兰',
  '海燕',
  '春生',
  '玉梅',
  '德明',
  '红霞',
  '国庆',
  '金凤',
  '长青',
  '永福',
  '丽娟',
  '文斌',
  '小龙',
  '淑芬',
  '宝山',
  '翠花',
  '立新',
];
const PLATFORMS = ['WEIBO', 'DOUYIN', 'WECHAT', 'FORUM', 'NEWS_SITE'];

interface RawItem {
  id: string;
  url?: string | null;
  platform: string;
  author: string;
  title: string;
  text: string;
  publishedAt: string;
  spread: { posts: number; reposts: number; comments: number; views: number };
}

function freshPost(n: string, r: () => number, withUrl: boolean, publishedAt: string): RawItem {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const clauses = new Set<string>();
  while (clauses.size < 5) clauses.add(pick(CLAUSES));
  const place = pick(PLACES);
  const subject = pick(SUBJECTS);
  const title = `${place}${subject}${pick(PROBLEMS)}`;
  // Who posted and what the post is about in its own words: what tells one event from another on the same topic.
  const who = `${pick(SURNAMES)}${pick(GIVEN)}`;
  return {
    id: n,
    url: withUrl ? `https://${pick(['weibo', 'douyin', 'tieba'])}.example/p/${n}?utm_source=monitor` : null,
    platform: withUrl ? pick(PLATFORMS) : 'LEADER_MESSAGE_BOARD',
    author: `网友${Math.floor(r() * 1e6)}`,
    title,
    text: `网民${who}发帖称${place}${subject}的事${[...clauses].join('，')}，涉及约${Math.floor(r() * 900) + 100}户。`,
    publishedAt,
    spread: {
      posts: 1,
      reposts: Math.floor(r() * 500),
      comments: Math.floor(r() * 200),
      views: Math.floor(r() * 50_000),
    },
  };
}

/**
 * The batches one monitor sends: per batch, about 8 % repeats of its own earlier items, 8 % the same post as another
 * monitor's (same URL spelt differently, its own id), 15 % messages without a URL of which half are passed-on copies
 * of an earlier message, the rest new posts with a URL. `shared` is what every monitor has sent (for URLs and texts).
 */
function monitorBatches(monitor: number, shared: { urls: RawItem[]; messages: RawItem[] }) {
  const r = rng(1000 + monitor);
  const mine: RawItem[] = [];
  let n = 0;
  return (): { batch: RawItem[]; fresh: RawItem[] } => {
    const batch: RawItem[] = [];
    const fresh: RawItem[] = [];
    const ids = new Set<string>();
    const publishedAt = new Date(Date.now() - 3_600_000).toISOString();
    while (batch.length < BATCH) {
      const x = r();
      let item: RawItem;
      if (x < 0.08 && mine.length) item = mine[Math.floor(r() * mine.length)];
      else if (x < 0.16 && shared.urls.length) {
        const seen = shared.urls[Math.floor(r() * shared.urls.length)];
        item = {
          ...seen,
          id: `m${monitor}-${n++}`,
          url: `${seen.url?.replace('https://', 'http://www.')}&from=timeline#comment`,
          spread: { ...seen.spread, views: seen.spread.views + 100 },
        };
      } else if (x < 0.235 && shared.messages.length) {
        const seen = shared.messages[Math.floor(r() * shared.messages.length)];
        item = { ...seen, id: `m${monitor}-${n++}`, text: `转发：${seen.text.replace(/。$/, '！')} #关注#` };
      } else {
        item = freshPost(`m${monitor}-${n++}`, r, x >= 0.31, publishedAt);
        fresh.push(item);
      }
      if (ids.has(item.id)) continue;
      ids.add(item.id);
      batch.push(item);
    }
    // Sent once this batch is answered (a monitor sends one batch after another): repeatable from the next one on.
    mine.push(...fresh);
    return { batch, fresh };
  };
}

// ---- HTTP ------------------------------------------------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(text)),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(text);
  });
}

// ---- the queue as the console asks for it (apps/console/src/components/intake/intake-queries.ts) --------------

const CONSOLE_QUEUE = `query ConsoleIntakeQueue($first: Int, $after: String) {
  intakeQueue(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status sourceKind url platform author title text publishedAt receivedAt flagged
      watchHits { list term } spread { posts reposts comments views mainstreamMediaPickups }
      sources { sourceId sourceName externalId } allowedActions } }
  }
}`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CONFIGURE = `mutation C($input: ConfigureIntakeSourceInput!) { configureIntakeSource(input: $input) { id } }`;
const ROTATE = `mutation R($id: ID!) { rotateIntakeSourceKey(sourceId: $id) { key } }`;
/** The same rows, the same order, the same columns a page shows: what the database alone needs. */
const BARE_PAGE = `SELECT item_id, status, source_kind, url, platform, author, title, text, published_at, received_at,
    flagged, rank, watch_hits, spread, sightings
  FROM intake_item_view WHERE county_id = $1 AND status = 'RECEIVED'`;
const BARE_ORDER = `ORDER BY flagged DESC, rank DESC, received_at DESC, item_id DESC LIMIT ${PAGE + 1}`;

const round1 = (n: number) => Math.round(n * 10) / 10;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** p50/p99 of each operation, run in turn `n` times each after a few untimed rounds. */
async function timedTogether(
  n: number,
  ops: (() => Promise<unknown>)[],
): Promise<{ p50: number; p99: number }[]> {
  for (let i = 0; i < Math.min(20, n); i++) for (const op of ops) await op();
  const samples = ops.map(() => [] as number[]);
  for (let i = 0; i < n; i++)
    for (const [k, op] of ops.entries()) {
      const t = performance.now();
      await op();
      samples[k].push(performance.now() - t);
    }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return { p50: percentile(s, 50), p99: percentile(s, 99) };
  });
}

/** BENCH_INTAKE_EXPLAIN=1: the plans of the queue's statements as the duty officer's scope runs them, on stderr. */
async function explain(
  appUrl: string,
  countyId: string,
  mid: { flagged: boolean; rank: number; received_at: Date; item_id: string },
): Promise<void> {
  const c = new Client({ connectionString: appUrl });
  await c.connect();
  try {
    await c.query(
      `START TRANSACTION; SELECT set_config('app.scope', 'county', true), set_config('app.county', $$${countyId}$$, true), set_config('app.unit', $$${demoUnitId('center')}$$, true)`,
    );
    const statements: [string, unknown[]][] = [
      [
        `SELECT * FROM intake_item_view i WHERE i.county_id = $1 AND i.status = 'RECEIVED' ORDER BY i.flagged DESC, i.rank DESC, i.received_at DESC, i.item_id DESC LIMIT 51`,
        [countyId],
      ],
      [
        `SELECT * FROM intake_item_view i WHERE i.county_id = $1 AND i.status = 'RECEIVED' AND (i.flagged, i.rank, i.received_at, i.item_id) < ($2, $3, $4, $5) ORDER BY i.flagged DESC, i.rank DESC, i.received_at DESC, i.item_id DESC LIMIT 51`,
        [countyId, mid.flagged, mid.rank, mid.received_at, mid.item_id],
      ],
      [
        `SELECT count(*)::int AS n FROM intake_item_view WHERE county_id = $1 AND status = 'RECEIVED'`,
        [countyId],
      ],
    ];
    // The near-duplicate search of a new message without a URL (IntakeReader.nearDuplicate, the system scope).
    const grams = charBigrams(
      '网民王建国发帖称河口村砂石厂的事村民多次反映无果，希望上级部门关注，涉及约300户。',
    );
    const since = new Date(Date.now() - NEAR_DUPLICATE_WINDOW_MS);
    statements.push([NEAR_DUPLICATE_SQL, [countyId, grams, since, NEAR_DUPLICATE_SIMILARITY]]);
    statements.push([
      `SELECT set_config('app.scope', 'system', true); EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)::int AS n FROM intake_item_view WHERE county_id = $$${countyId}$$ AND status = 'RECEIVED'`,
      [],
    ]);
    for (const [text, params] of statements) {
      if (!params.length) {
        const res = (await c.query(text)) as unknown as { rows: { 'QUERY PLAN': string }[] }[];
        log(
          `count in the system scope (the projector's)…\n${res[1].rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`,
        );
        continue;
      }
      const { rows } = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
      log(`${text.slice(0, 120)}…\n${rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
    }
    await c.query('COMMIT');
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  // BENCH_INTAKE_SQL_DETAIL=1: which statements an item costs while pushing, on stderr.
  const sqlDetail = Boolean(process.env.BENCH_INTAKE_SQL_DETAIL);
  const sql = countSqlStatements(sqlDetail);
  const db = await benchDatabase();
  log(
    `Benchmarking intake on ${db.serverLabel}: ${MONITORS} monitors × batches of ${BATCH} for ${PUSH_SECONDS} s, ` +
      `then the queue at ${WAITING} waiting items`,
  );
  let server: RunningServer | undefined;
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const gql = new GraphqlHttpClient(TIMEOUT_MS);
  let plain: Pool | undefined;
  try {
    server = await startApiServer({
      urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
      config: { port: 0, host: '127.0.0.1', production: false, sealIntervalMs: 0, seedDemo: false },
      integrity: {
        hashAlgorithm: 'sha256',
        signingKey: LogSigningKey.generate(),
        witness: new MemoryCheckpointWitness(),
      },
      logLevels: ['error', 'warn'],
    });
    await server.app.get(DemoSeeder).seed();
    const api = `${server.url}/graphql`;
    const token = async (username: string) =>
      (
        await gql.call<{ login: { accessToken: string } }>(api, 'login', LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
      ).login.accessToken;
    const admin = await token('zhaoqiang');

    // The monitors: one source and key each.
    const kinds = [
      IntakeSourceKind.MONITORING_SERVICE,
      IntakeSourceKind.CYBER_POLICE,
      IntakeSourceKind.MESSAGE_BOARD,
      IntakeSourceKind.UNIT_WATCH,
    ];
    const keys: string[] = [];
    for (let m = 0; m < MONITORS; m++) {
      const { configureIntakeSource } = await gql.call<{ configureIntakeSource: { id: string } }>(
        api,
        'configureIntakeSource',
        CONFIGURE,
        {
          input: {
            name: `基准监测 ${m + 1}`,
            kind: kinds[m % kinds.length],
            ownerUnitId: demoUnitId('center'),
          },
        },
        admin,
      );
      const { rotateIntakeSourceKey } = await gql.call<{ rotateIntakeSourceKey: { key: string } }>(
        api,
        'rotateIntakeSourceKey',
        ROTATE,
        { id: configureIntakeSource.id },
        admin,
      );
      keys.push(rotateIntakeSourceKey.key);
    }
    const [{ county_id: countyId, source_id: sourceId, name: sourceName }] = (
      await owner.query<{ county_id: string; source_id: string; name: string }>(
        `SELECT county_id, source_id, name FROM intake_source_view ORDER BY name LIMIT 1`,
      )
    ).rows;

    // 1. Push, sustained.
    const shared = { urls: [] as RawItem[], messages: [] as RawItem[] };
    const sent: RawItem[] = [];
    const receipts: Record<string, number> = {};
    const batchMs: number[] = [];
    let accepted = 0;
    log(`Push: ${MONITORS} monitors, ${PUSH_SECONDS} s…`);
    const sqlBefore = sql();
    const pushStarted = performance.now();
    const deadline = pushStarted + PUSH_SECONDS * 1000;
    let lastLine = pushStarted;
    await Promise.all(
      keys.map(async (key, m) => {
        const next = monitorBatches(m, shared);
        while (performance.now() < deadline) {
          const { batch: items, fresh } = next();
          const t = performance.now();
          const res = await postJson(`${server!.url}/intake/items`, { items }, { 'x-intake-key': key });
          batchMs.push(performance.now() - t);
          if (res.status !== 200)
            throw new Error(`push refused: HTTP ${res.status} ${res.body.slice(0, 500)}`);
          const { received } = JSON.parse(res.body) as { received: { receipt: string }[] };
          for (const r of received) receipts[r.receipt] = (receipts[r.receipt] ?? 0) + 1;
          accepted += received.length;
          sent.push(...items);
          for (const i of fresh) (i.url ? shared.urls : shared.messages).push(i);
          const now = performance.now();
          if (now - lastLine > 10_000) {
            lastLine = now;
            log(
              `  ${accepted} items in ${((now - pushStarted) / 1000).toFixed(0)} s (${((accepted / (now - pushStarted)) * 60_000).toFixed(0)}/min)`,
            );
          }
        }
      }),
    );
    const pushSeconds = (performance.now() - pushStarted) / 1000;
    const sqlAfter = sql();
    const sqlPerItem = (sqlAfter.statements - sqlBefore.statements) / Math.max(1, accepted);
    log(
      `  SQL statements per item pushed: ${sqlPerItem.toFixed(1)} (COMMITs ${((sqlAfter.commits - sqlBefore.commits) / Math.max(1, accepted)).toFixed(1)})`,
    );
    if (sqlAfter.byText) {
      const was = sqlBefore.byText ?? new Map<string, number>();
      for (const [t, n] of [...sqlAfter.byText]
        .map(([t, n]): [string, number] => [t, (n - (was.get(t) ?? 0)) / Math.max(1, accepted)])
        .filter(([, n]) => n >= 0.05)
        .sort((a, b) => b[1] - a[1]))
        log(`  ${n.toFixed(2).padStart(7)}  ${t}`);
    }
    const pushedPerMinute = (accepted / pushSeconds) * 60;
    batchMs.sort((a, b) => a - b);
    log(
      `  ${accepted} items in ${pushSeconds.toFixed(1)} s: ${pushedPerMinute.toFixed(0)}/min; ` +
        `batch p50 ${batchMs.length ? percentile(batchMs, 50).toFixed(0) : '-'} ms, p99 ${batchMs.length ? percentile(batchMs, 99).toFixed(0) : '-'} ms; ` +
        Object.entries(receipts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
    );

    // The reference: the same rows, plain INSERTs into a bare table, as many connections as monitors.
    await owner.query(`CREATE TABLE bench_intake_plain (id bigserial PRIMARY KEY, external_id text NOT NULL,
      url text, platform text NOT NULL, author text NOT NULL, title text NOT NULL, text text NOT NULL,
      published_at timestamptz NOT NULL, spread jsonb NOT NULL)`);
    await owner.query(`GRANT SELECT, INSERT ON bench_intake_plain TO yuqing_app`);
    await owner.query(`GRANT USAGE ON SEQUENCE bench_intake_plain_id_seq TO yuqing_app`);
    plain = new Pool({ connectionString: db.appUrl, max: MONITORS });
    const pool = plain;
    let cursor = 0;
    log(`Reference: ${sent.length} plain INSERTs over ${MONITORS} connections…`);
    const plainStarted = performance.now();
    await Promise.all(
      Array.from({ length: MONITORS }, async () => {
        for (let i = cursor++; i < sent.length; i = cursor++) {
          const r = sent[i];
          await pool.query(
            `INSERT INTO bench_intake_plain (external_id, url, platform, author, title, text, published_at, spread)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              r.id,
              r.url ?? null,
              r.platform,
              r.author,
              r.title,
              r.text,
              r.publishedAt,
              JSON.stringify(r.spread),
            ],
          );
        }
      }),
    );
    const plainPerMinute = (sent.length / ((performance.now() - plainStarted) / 1000)) * 60;
    log(`  ${plainPerMinute.toFixed(0)}/min`);

    // 2. The waiting items, up to WAITING, straight through the event store.
    const waitingNow = async () =>
      (
        await owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM intake_item_view WHERE county_id = $1 AND status = 'RECEIVED'`,
          [countyId],
        )
      ).rows[0].n;
    const already = await waitingNow();
    const toSeed = Math.max(0, WAITING - already);
    const store = server.app.get(EventStore);
    const actor = { userId: `intake-source:${sourceId}`, unitId: demoUnitId('center'), userName: sourceName };
    const origin = {
      sourceId,
      sourceName,
      kind: IntakeSourceKind.MONITORING_SERVICE,
      countyId,
      unitId: demoUnitId('center'),
    };
    const r = rng(7);
    const seedNow = Date.now();
    log(`Seeding ${toSeed} waiting items through the event store (${already} waiting already)…`);
    const seedStarted = performance.now();
    let appended = 0;
    let lastSeedLine = seedStarted;
    const seedOne = async (n: number) => {
      // Received over the last week; one in fifty matched the watch list (flagged, ranked first).
      const now = new Date(seedNow - Math.floor(r() * 7 * 86_400_000));
      const raw = freshPost(`seed-${n}`, r, r() < 0.85, new Date(now.getTime() - 3_600_000).toISOString());
      const { item } = checkIntakeItem(raw, 'item', now);
      if (!item) throw new Error(`seed item ${n} is invalid`);
      const itemId = deterministicUuid('intake-item', sourceId, item.externalId);
      const watchMatches: WatchMatch[] =
        n % 50 === 0
          ? [
              {
                entryId: deterministicUuid('bench-watch', String(n % 7)),
                kind: WatchEntryKind.PLACE,
                name: item.title.slice(0, 3),
                matched: item.title.slice(0, 3),
                field: WatchMatchField.TITLE,
              },
            ]
          : [];
      const context = { actor, now, correlationId: randomUUID() };
      const events = decideIntakeItem(
        {
          type: 'ReceiveIntakeItem',
          itemId,
          origin,
          item,
          watchMatches,
          context: decisionContextOf(actor, now),
        },
        intakeItemDecider.initialState(),
      );
      await store.append({
        streamId: intakeItemStreamId(itemId),
        streamType: INTAKE_ITEM_STREAM_TYPE,
        owningUnit: origin.unitId,
        expectedVersion: 'no-stream',
        events: events.map((e) => ({ type: e.type, data: e.data as unknown as Record<string, unknown> })),
        metadata: commandMetadata('ReceiveIntakeItem', context),
      });
      appended++;
      const t = performance.now();
      if (t - lastSeedLine > 5000) {
        lastSeedLine = t;
        log(`  appended ${appended}/${toSeed} (${((appended / (t - seedStarted)) * 1000).toFixed(0)}/s)`);
      }
    };
    let seedNext = 0;
    await Promise.all(
      Array.from({ length: SEED_IN_FLIGHT }, async () => {
        for (let n = seedNext++; n < toSeed; n = seedNext++) await seedOne(n);
      }),
    );
    const appendSeconds = (performance.now() - seedStarted) / 1000;
    log(`  ${appended} items appended in ${appendSeconds.toFixed(1)} s; waiting for the read model…`);
    for (;;) {
      const n = await waitingNow();
      log(
        `  read model: ${n}/${already + toSeed} waiting, ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`,
      );
      if (n >= already + toSeed) break;
      await new Promise((res) => setTimeout(res, 2000));
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await owner.query(`VACUUM ANALYZE intake_item_view`);

    // 3. The queue: the console's query as the duty officer, first page and a page half-way down.
    const duty = await token('zhouming');
    const waiting = await waitingNow();
    const [mid] = (
      await owner.query<{ flagged: boolean; rank: number; received_at: Date; item_id: string }>(
        `SELECT flagged, rank, received_at, item_id FROM intake_item_view WHERE county_id = $1 AND status = 'RECEIVED'
          ORDER BY flagged DESC, rank DESC, received_at DESC, item_id DESC OFFSET $2 LIMIT 1`,
        [countyId, Math.floor(waiting / 2)],
      )
    ).rows;
    const after = encodeCursor([
      mid.flagged ? '1' : '0',
      String(mid.rank),
      mid.received_at.toISOString(),
      mid.item_id,
    ]);
    const check = await gql.call<{ intakeQueue: { totalCount: number; edges: unknown[] } }>(
      api,
      'intakeQueue',
      CONSOLE_QUEUE,
      { first: PAGE, after },
      duty,
    );
    if (
      check.intakeQueue.totalCount !== waiting ||
      check.intakeQueue.edges.length !== Math.min(PAGE, waiting - Math.floor(waiting / 2) - 1)
    )
      throw new Error(
        `the queue answered ${check.intakeQueue.totalCount} waiting, ${check.intakeQueue.edges.length} on the page`,
      );
    if (process.env.BENCH_INTAKE_EXPLAIN) await explain(db.appUrl, countyId, mid);
    log(`Queue: ${waiting} waiting; ${QUERIES} queries each…`);
    // Interleaved, so that a slow moment of the machine (a checkpoint after the seeding, another process) falls on
    // all four alike.
    const [first, deep, bareFirst, bareDeep] = await timedTogether(QUERIES, [
      () => gql.call(api, 'intakeQueue', CONSOLE_QUEUE, { first: PAGE }, duty),
      () => gql.call(api, 'intakeQueue', CONSOLE_QUEUE, { first: PAGE, after }, duty),
      () => owner.query(`${BARE_PAGE} ${BARE_ORDER}`, [countyId]),
      () =>
        owner.query(
          `${BARE_PAGE} AND (flagged, rank, received_at, item_id) < ($2, $3, $4, $5) ${BARE_ORDER}`,
          [countyId, mid.flagged, mid.rank, mid.received_at, mid.item_id],
        ),
    ]);
    log(`  first page over GraphQL: p50 ${first.p50.toFixed(1)} ms, p99 ${first.p99.toFixed(1)} ms`);
    log(`  page half-way down over GraphQL: p50 ${deep.p50.toFixed(1)} ms, p99 ${deep.p99.toFixed(1)} ms`);
    log(
      `  bare SELECT: first p50 ${bareFirst.p50.toFixed(1)} / p99 ${bareFirst.p99.toFixed(1)} ms, half-way p50 ${bareDeep.p50.toFixed(1)} / p99 ${bareDeep.p99.toFixed(1)} ms`,
    );

    const result = {
      pushedPerMinute: Math.round(pushedPerMinute),
      plainInsertPerMinute: Math.round(plainPerMinute),
      pushRatioToPlain: Number((pushedPerMinute / plainPerMinute).toFixed(3)),
      p99PushBatchMs: round1(percentile(batchMs, 99)),
      sqlStatementsPerItem: round1(sqlPerItem),
      receipts,
      waiting,
      seedItemsPerSec: Math.round(toSeed / seedSeconds),
      p50QueueFirstPageMs: round1(first.p50),
      p99QueueFirstPageMs: round1(first.p99),
      p50QueueDeepPageMs: round1(deep.p50),
      p99QueueDeepPageMs: round1(deep.p99),
      p99BareFirstPageMs: round1(bareFirst.p99),
      p99BareDeepPageMs: round1(bareDeep.p99),
    };
    const ok = (b: boolean) => (b ? 'met' : 'NOT met');
    process.stdout.write(
      [
        '',
        `Intake (issue 23), ${db.serverLabel}`,
        `push over HTTP, ${MONITORS} monitors × ${BATCH}/batch, ${pushSeconds.toFixed(0)} s: ${result.pushedPerMinute}/min ` +
          `(plain INSERTs ${result.plainInsertPerMinute}/min, ratio ${result.pushRatioToPlain}) — goal ${GOAL_PER_MINUTE}/min ${ok(pushedPerMinute >= GOAL_PER_MINUTE)}`,
        `queue at ${waiting} waiting: first page p50 ${result.p50QueueFirstPageMs} / p99 ${result.p99QueueFirstPageMs} ms, ` +
          `half-way p50 ${result.p50QueueDeepPageMs} / p99 ${result.p99QueueDeepPageMs} ms ` +
          `(bare SELECT p99 ${result.p99BareFirstPageMs} / ${result.p99BareDeepPageMs} ms) — goal p99 < ${GOAL_P99_MS} ms ` +
          ok(Math.max(first.p99, deep.p99) < GOAL_P99_MS),
        '',
      ].join('\n'),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    gql.close();
    agent.destroy();
    await plain?.end();
    await owner.end();
    await server?.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
