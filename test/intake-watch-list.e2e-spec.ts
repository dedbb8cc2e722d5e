import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 关注清单/风险库 (issue 23; 004 §二(二), 001 §四(一)): the centre keeps the county's keywords, places, projects,
 * disputes and sensitive events; an item that mentions one when it arrives is flagged with what matched and comes
 * first in the queue. The match is recorded with the item: retiring an entry stops new matches, old ones stay.
 * Another county's administrator neither sees nor changes the list; other units are refused.
 */
const run = promisify(execFile);
let api: ApiFixture;
let pg: Client;
let admin: Session; // 赵强, the county's administrator
let duty: Session; // 周明, centre duty officer
let auditor: Session; // 钱军
let township: Session; // 李娜, 东湖镇
let hexiAdmin: Session;
let monitorKey = '';
const dir = mkdtempSync(join(tmpdir(), 'intake-watch-e2e-'));

const ENTRY = 'id kind name note endsOn inForce retiredAt';
interface Entry {
  id: string;
  kind: string;
  name: string;
  note: string;
  endsOn: string | null;
  inForce: boolean;
  retiredAt: string | null;
}
interface QueueItem {
  id: string;
  title: string;
  flagged: boolean;
  watchMatches: { entryId: string; kind: string; name: string; matched: string; field: string }[];
  watchHits: { list: string; term: string }[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0];
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;

const add = (s: Session, input: Record<string, unknown>) =>
  gql<{ addIntakeWatchEntry: Entry }>(
    api.url,
    `mutation A($i: IntakeWatchEntryInput!) { addIntakeWatchEntry(input: $i) { ${ENTRY} } }`,
    { i: input },
    { token: s.token },
  );
const change = (s: Session, entryId: string, input: Record<string, unknown>) =>
  gql<{ changeIntakeWatchEntry: Entry }>(
    api.url,
    `mutation C($id: ID!, $i: IntakeWatchEntryInput!) { changeIntakeWatchEntry(entryId: $id, input: $i) { ${ENTRY} } }`,
    { id: entryId, i: input },
    { token: s.token },
  );
const retire = (s: Session, entryId: string) =>
  gql<{ retireIntakeWatchEntry: Entry }>(
    api.url,
    `mutation R($id: ID!) { retireIntakeWatchEntry(entryId: $id) { ${ENTRY} } }`,
    { id: entryId },
    { token: s.token },
  );
const list = (s: Session, includeRetired = false) =>
  gql<{ intakeWatchList: Entry[] }>(
    api.url,
    `query L($r: Boolean) { intakeWatchList(includeRetired: $r) { ${ENTRY} } }`,
    { r: includeRetired },
    { token: s.token },
  );
const queue = async (s: Session) =>
  ok(
    await gql<{ intakeQueue: { edges: { node: QueueItem }[] } }>(
      api.url,
      `{ intakeQueue(first: 50) { edges { node { id title flagged
         watchMatches { entryId kind name matched field } watchHits { list term } } } } }`,
      {},
      { token: s.token },
    ),
  ).intakeQueue.edges.map((e) => e.node);

/** The stub monitor (its own process) pushes one batch; the receipts' item ids in order. */
async function push(items: unknown[]): Promise<string[]> {
  const file = join(dir, `batch-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify([{ items }]));
  const base = api.url.replace(/\/graphql$/, '');
  const { stdout } = await run(process.execPath, [
    join(__dirname, 'support/stub-monitor.mjs'),
    base,
    monitorKey,
    file,
  ]);
  const answer = JSON.parse(stdout.trim()) as { status: number; body: { received: { itemId: string }[] } };
  expect(answer.status).toBe(200);
  return answer.body.received.map((r) => r.itemId);
}
const post = (n: number, title: string, text: string) => ({
  id: `w-${n}`,
  url: `https://weibo.example/qingshui-watch/${n}`,
  platform: 'WEIBO',
  author: `网友${n}`,
  title,
  text,
  publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
  spread: { posts: 1, reposts: n, comments: 1, views: 100 * n },
});

let keywordId = '';
let projectId = '';

beforeAll(async () => {
  api = await startApi({ label: 'intake-watch' });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi-admin', displayName: '河西管理员', role: Role.ADMIN });
  [admin, duty, auditor, township, hexiAdmin] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'qianjun', 'lina', 'hexi-admin'].map((u) => login(api.url, u)),
  );
  const source = ok(
    await gql<{ configureIntakeSource: { id: string } }>(
      api.url,
      `mutation S($i: ConfigureIntakeSourceInput!) { configureIntakeSource(input: $i) { id } }`,
      { i: { name: '县舆情监测服务', kind: 'MONITORING_SERVICE', ownerUnitId: demoUnitId('center') } },
      { token: admin.token },
    ),
  ).configureIntakeSource;
  monitorKey = ok(
    await gql<{ rotateIntakeSourceKey: { key: string } }>(
      api.url,
      `mutation K($id: ID!) { rotateIntakeSourceKey(sourceId: $id) { key } }`,
      { id: source.id },
      { token: admin.token },
    ),
  ).rotateIntakeSourceKey.key;
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('the centre keeps the county watch list', () => {
  it('adds a keyword and a project; the county auditor reads the list', async () => {
    const keyword = ok(
      await add(duty, { kind: 'KEYWORD', name: '  征地补偿 ', note: '近期信访热点' }),
    ).addIntakeWatchEntry;
    expect(keyword).toMatchObject({ kind: 'KEYWORD', name: '征地补偿', inForce: true, endsOn: null });
    const project = ok(
      await add(admin, {
        kind: 'PROJECT',
        name: '城西棚改项目',
        note: '拆迁补偿未结清',
        endsOn: '2099-12-31',
      }),
    ).addIntakeWatchEntry;
    expect(project).toMatchObject({ kind: 'PROJECT', endsOn: '2099-12-31', inForce: true });
    keywordId = keyword.id;
    projectId = project.id;
    const read = ok(await list(auditor)).intakeWatchList;
    expect(read.map((e) => e.name).sort()).toEqual(['城西棚改项目', '征地补偿']);
  });

  it('refuses bad input with coded, Chinese-first errors, storing nothing', async () => {
    const before = await countEvents('IntakeWatchEntryAdded');
    const bad = errorOf(await add(duty, { kind: 'PLACE', name: ' ', endsOn: '2020-01-01' }));
    expect(bad?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad?.message).toMatch(/^输入有误/);
    const dup = errorOf(await add(duty, { kind: 'KEYWORD', name: '征地补偿' }));
    expect(dup?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INTAKE.WATCH_ENTRY_DUPLICATE',
    });
    expect(dup?.message).toMatch(/已有同类条目/);
    expect(await countEvents('IntakeWatchEntryAdded')).toBe(before);
  });

  it('another county neither sees nor changes it; other units and the auditor are refused', async () => {
    const before = await countEvents('IntakeWatchEntryChanged');
    expect(ok(await list(hexiAdmin)).intakeWatchList).toEqual([]);
    expect(
      errorOf(await change(hexiAdmin, projectId, { kind: 'PROJECT', name: '改' }))?.extensions,
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await retire(hexiAdmin, projectId))?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await list(township))?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await add(township, { kind: 'KEYWORD', name: '东湖' }))?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await retire(auditor, projectId))?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await countEvents('IntakeWatchEntryChanged')).toBe(before);
    expect(ok(await list(duty)).intakeWatchList).toHaveLength(2);
  });

  it('changes an entry', async () => {
    const changed = ok(
      await change(duty, keywordId, { kind: 'KEYWORD', name: '征地补偿', note: '已列入矛盾排查' }),
    ).changeIntakeWatchEntry;
    expect(changed).toMatchObject({ id: keywordId, note: '已列入矛盾排查', inForce: true });
  });
});

describe('items are matched when they arrive', () => {
  let flaggedId = '';

  it('a pushed item mentioning the project comes first in the queue, with what matched', async () => {
    const [plain1, hit, plain2] = await push([
      post(1, '县城道路施工扰民', '有网友反映夜间施工噪音大。'),
      post(2, '棚改进度何时公开', '网帖称城西棚改项目的安置房迟迟未交付。'),
      post(3, '菜市场改造意见', '市民建议增加停车位。'),
    ]);
    flaggedId = hit;
    const waiting = await queue(duty);
    expect(waiting[0]).toMatchObject({
      id: hit,
      flagged: true,
      watchMatches: [
        { entryId: projectId, kind: 'PROJECT', name: '城西棚改项目', matched: '城西棚改项目', field: 'TEXT' },
      ],
      watchHits: [{ list: '重点项目', term: '城西棚改项目' }],
    });
    for (const id of [plain1, plain2])
      expect(waiting.find((i) => i.id === id)).toMatchObject({ flagged: false, watchMatches: [] });
    // The match is the item's record, in its own event.
    const { rows } = await pg.query<{ data: { watchMatches: { entryId: string }[] } }>(
      `SELECT data FROM es_events WHERE event_type = 'IntakeItemReceived' AND data->>'itemId' = $1`,
      [hit],
    );
    expect(rows[0].data.watchMatches).toMatchObject([{ entryId: projectId }]);
  });

  it('a retired entry no longer matches new items; the items it matched keep their record', async () => {
    const retired = ok(await retire(duty, projectId)).retireIntakeWatchEntry;
    expect(retired).toMatchObject({ inForce: false });
    expect(retired.retiredAt).not.toBeNull();
    expect(ok(await list(duty)).intakeWatchList.map((e) => e.id)).toEqual([keywordId]);
    expect(ok(await list(duty, true)).intakeWatchList).toHaveLength(2);
    expect(errorOf(await retire(duty, projectId))?.extensions).toMatchObject({
      reason: 'INTAKE.WATCH_ENTRY_RETIRED',
    });
    const [later, keywordHit] = await push([
      post(4, '城西棚改项目再引关注', '城西棚改项目安置进展受到网友追问。'),
      post(5, '东湖镇村民反映问题', '村民称征地补偿款未按时发放。'),
    ]);
    const waiting = await queue(duty);
    expect(waiting.find((i) => i.id === later)).toMatchObject({ flagged: false, watchMatches: [] });
    expect(waiting.find((i) => i.id === keywordHit)).toMatchObject({
      flagged: true,
      watchMatches: [{ entryId: keywordId, kind: 'KEYWORD', matched: '征地补偿' }],
    });
    expect(waiting.find((i) => i.id === flaggedId)).toMatchObject({
      flagged: true,
      watchMatches: [{ entryId: projectId, name: '城西棚改项目' }],
    });
    // Flagged items first, whatever arrived after them.
    const firstTwo = waiting.slice(0, 2).map((i) => i.id);
    expect(firstTwo.sort()).toEqual([flaggedId, keywordHit].sort());
  });
});
