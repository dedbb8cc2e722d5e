import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { CommandBus } from '@nestjs/cqrs';
import { Role, systemPrincipal } from '@app/access';
import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { RegisterUserCommand } from '@app/identity';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 舆情线索 (issue 23): a monitoring system (a stub process started here, speaking HTTP) pushes what it found with
 * its source's key; the items wait in the centre's queue until someone registers them as an incident, attaches them
 * to one, or archives them with a reason. Bad input is refused field by field with nothing stored; a key works for
 * its own county only; units enter items by hand for their own unit; other counties see nothing.
 */
const run = promisify(execFile);
let api: ApiFixture;
let base = '';
let pg: Client;
let admin: Session; // 赵强, the county's administrator
let duty: Session; // 周明, centre duty officer
let auditor: Session; // 钱军
let township: Session; // 李娜, 东湖镇
let village: Session; // 刘云, 柳营村 网格员
let hexiAdmin: Session; // 河西县's administrator
let hexiDuty: Session;
const dir = mkdtempSync(join(tmpdir(), 'intake-e2e-'));

const ITEM = `id status sourceKind url platform title text flagged incidentId archiveReason allowedActions
  sources { sourceId sourceName externalId spread { views } post { url author title text } } spread { views reposts }`;
interface Item {
  id: string;
  status: string;
  title: string;
  url: string | null;
  incidentId: string | null;
  archiveReason: string | null;
  allowedActions: string[];
  sources: {
    sourceName: string;
    externalId: string;
    spread: { views: number };
    post: { url: string | null; author: string; title: string; text: string } | null;
  }[];
  spread: { views: number; reposts: number };
}
interface Pushed {
  status: number;
  body: {
    received?: { externalId: string; itemId: string; receipt: string }[];
    code?: string;
    reason?: string;
    message?: string;
    fields?: { field: string; message: string }[];
  };
}

/** Starts the stub monitor as its own process and returns what the platform answered to each batch. */
async function monitorPushes(key: string, batches: unknown[]): Promise<Pushed[]> {
  const file = join(dir, `batches-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(batches));
  const { stdout } = await run(process.execPath, [
    join(__dirname, 'support/stub-monitor.mjs'),
    base,
    key,
    file,
  ]);
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Pushed);
}

const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;
const queue = async (s: Session, first = 50) =>
  gql<{ intakeQueue: { totalCount: number; edges: { node: Item }[]; pageInfo: { hasNextPage: boolean } } }>(
    api.url,
    `query Q($first: Int) { intakeQueue(first: $first) { totalCount pageInfo { hasNextPage endCursor }
       edges { cursor node { ${ITEM} } } } }`,
    { first },
    { token: s.token },
  );
const configure = (s: Session, input: Record<string, unknown>) =>
  mutate<{ id: string; keyPrefix: string | null }>(
    api.url,
    s.token,
    'configureIntakeSource',
    input,
    'id name kind keyPrefix',
  );
const rotate = (s: Session, sourceId: string) =>
  gql<{ rotateIntakeSourceKey: { key: string; source: { keyPrefix: string } } }>(
    api.url,
    `mutation R($id: ID!) { rotateIntakeSourceKey(sourceId: $id) { key source { keyPrefix } } }`,
    { id: sourceId },
    { token: s.token },
  );
const post = (n: number, over: Record<string, unknown> = {}) => ({
  id: `m-${n}`,
  url: `https://weibo.example/qingshui/${n}?utm_source=monitor`,
  platform: 'WEIBO',
  author: `网友${n}`,
  title: `东湖镇征地补偿网帖 ${n}`,
  text: `有网友发帖称东湖镇征地补偿款迟迟未发放（${n}）。`,
  publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
  spread: { posts: 1, reposts: 10 * n, comments: 5, views: 1000 * n },
  ...over,
});

let monitorKey = '';
let policeKey = '';
let monitorSourceId = '';

beforeAll(async () => {
  api = await startApi({ label: 'intake' });
  base = api.url.replace(/\/graphql$/, '');
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi-admin', displayName: '河西管理员', role: Role.ADMIN });
  await api.server.app.get(CommandBus).execute(
    new RegisterUserCommand(
      systemPrincipal('hexi'),
      {
        unitId: await hexiCentre(),
        username: 'hexi-duty',
        displayName: '河西值班员',
        roles: [Role.DUTY_OFFICER],
        initialPassword: DEMO_PASSWORD,
        passwordTemporary: false,
      },
      { actor: systemPrincipal('hexi'), now: new Date(), correlationId: 'test-hexi-duty' },
    ),
  );
  [admin, duty, auditor, township, village, hexiAdmin, hexiDuty] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'qianjun', 'lina', 'liuyun', 'hexi-admin', 'hexi-duty'].map((u) =>
      login(api.url, u),
    ),
  );
  const monitor = ok(
    await configure(admin, {
      name: '县舆情监测服务',
      kind: 'MONITORING_SERVICE',
      ownerUnitId: demoUnitId('center'),
    }),
  ).configureIntakeSource;
  monitorSourceId = monitor.id;
  monitorKey = ok(await rotate(admin, monitor.id)).rotateIntakeSourceKey.key;
  const police = ok(
    await configure(admin, { name: '网警大队巡查', kind: 'CYBER_POLICE', ownerUnitId: demoUnitId('police') }),
  ).configureIntakeSource;
  policeKey = ok(await rotate(admin, police.id)).rotateIntakeSourceKey.key;
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('sources and their keys', () => {
  it('are configured by the county administrator alone; a key is shown once and stored hashed', async () => {
    expect(
      errorOf(
        await configure(duty, {
          name: '某服务',
          kind: 'MONITORING_SERVICE',
          ownerUnitId: demoUnitId('center'),
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN.NOT_PERMITTED' });
    expect(
      errorOf(
        await configure(hexiAdmin, {
          sourceId: monitorSourceId,
          name: '改名',
          kind: 'MONITORING_SERVICE',
          ownerUnitId: demoUnitId('center'),
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await rotate(hexiAdmin, monitorSourceId))).toMatchObject({ code: 'NOT_FOUND' });
    // A unit of another county cannot own a source here.
    expect(
      errorOf(await configure(admin, { name: '某服务', kind: 'UNIT_WATCH', ownerUnitId: 'no-such-unit' })),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(monitorKey).toMatch(/^yqk_/);
    const { rows } = await pg.query<{ data: string }>(
      `SELECT data::text FROM es_events WHERE event_type = 'IntakeSourceKeyIssued'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.data.includes(monitorKey))).toBe(false);
    const { rows: views } = await pg.query<{ key_hash: string }>(`SELECT key_hash FROM intake_source_view`);
    expect(views.some((v) => v.key_hash === monitorKey)).toBe(false);
  });

  it('a rotated key stops working at once; the new one works', async () => {
    const s = ok(
      await configure(admin, {
        name: '督查局留言板',
        kind: 'MESSAGE_BOARD',
        ownerUnitId: demoUnitId('center'),
      }),
    ).configureIntakeSource;
    const first = ok(await rotate(admin, s.id)).rotateIntakeSourceKey.key;
    const second = ok(await rotate(admin, s.id)).rotateIntakeSourceKey.key;
    const [old, fresh] = await Promise.all([
      monitorPushes(first, [{ items: [post(900, { url: null, platform: 'LEADER_MESSAGE_BOARD' })] }]),
      monitorPushes(second, [{ items: [post(901, { url: null, platform: 'LEADER_MESSAGE_BOARD' })] }]),
    ]);
    expect(old[0]).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED', reason: 'INTAKE.KEY_INVALID' },
    });
    expect(old[0].body.message).toMatch(/密钥/);
    expect(fresh[0]).toMatchObject({
      status: 200,
      body: { received: [{ externalId: 'm-901', receipt: 'CREATED' }] },
    });
  });
});

describe('a monitor pushes over HTTP', () => {
  it('items arrive in the queue; a repeat of the same push adds nothing', async () => {
    const before = await countEvents('IntakeItemReceived');
    const [first, again] = await monitorPushes(monitorKey, [
      { items: [post(1), post(2)] },
      { items: [post(1), post(2)] },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.received!.map((r) => r.receipt)).toEqual(['CREATED', 'CREATED']);
    expect(again.body.received!.map((r) => r.receipt)).toEqual(['REPEATED', 'REPEATED']);
    expect(again.body.received!.map((r) => r.itemId)).toEqual(first.body.received!.map((r) => r.itemId));
    expect(await countEvents('IntakeItemReceived')).toBe(before + 2);
    const waiting = ok(await queue(duty)).intakeQueue.edges.map((e) => e.node);
    expect(waiting.find((i) => i.id === first.body.received![0].itemId)).toMatchObject({
      status: 'RECEIVED',
      title: '东湖镇征地补偿网帖 1',
      allowedActions: ['registerIntakeItems', 'attachIntakeItems', 'archiveIntakeItems'],
    });
  });

  it('the same URL from another source joins the item, with both sources, the higher figures and what each sent', async () => {
    const [pushed] = await monitorPushes(policeKey, [
      {
        items: [
          post(1, {
            id: 'police-77',
            url: 'http://www.weibo.example/qingshui/1#c',
            author: '网友1（网警记录）',
            text: '网警巡查：有网友发帖称东湖镇征地补偿款迟迟未发放（1）。',
            spread: { views: 9000, reposts: 3 },
          }),
        ],
      },
    ]);
    expect(pushed.body.received).toMatchObject([{ externalId: 'police-77', receipt: 'MERGED' }]);
    const item = ok(
      await gql<{ intakeItem: Item }>(
        api.url,
        `query I($id: ID!) { intakeItem(id: $id) { ${ITEM} } }`,
        { id: pushed.body.received![0].itemId },
        { token: duty.token },
      ),
    ).intakeItem;
    expect(item.sources.map((s) => [s.sourceName, s.externalId])).toEqual([
      ['县舆情监测服务', 'm-1'],
      ['网警大队巡查', 'police-77'],
    ]);
    expect(item.spread).toEqual({ views: 9000, reposts: 10 });
    // Nothing a monitor sent is lost: the joining source's post as it sent it; the first source's is the item's own.
    expect(item.sources[0].post).toBeNull();
    expect(item.sources[1].post).toEqual({
      url: 'http://www.weibo.example/qingshui/1#c',
      author: '网友1（网警记录）',
      title: '东湖镇征地补偿网帖 1',
      text: '网警巡查：有网友发帖称东湖镇征地补偿款迟迟未发放（1）。',
    });
  });

  it('two monitors pushing the same new URL at the same moment make one item', async () => {
    const same = 'https://forum.example/t/555';
    const [a, b] = await Promise.all([
      monitorPushes(monitorKey, [{ items: [post(55, { url: same })] }]),
      monitorPushes(policeKey, [{ items: [post(56, { url: same })] }]),
    ]);
    const ids = [a[0].body.received![0], b[0].body.received![0]];
    expect(ids[0].itemId).toBe(ids[1].itemId);
    expect(ids.map((r) => r.receipt).sort()).toEqual(['CREATED', 'MERGED']);
  });

  it('a near-identical text without a URL (a 留言板 message passed on) joins its item; a different event does not', async () => {
    const board = (id: string, text: string) => ({
      id,
      platform: 'LEADER_MESSAGE_BOARD',
      text,
      publishedAt: new Date(Date.now() - 600_000).toISOString(),
    });
    const [first] = await monitorPushes(monitorKey, [
      { items: [board('lb-1', '西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗，已持续一周。')] },
    ]);
    const [passedOn] = await monitorPushes(policeKey, [
      {
        items: [
          board('wj-1', '【扩散】西山镇垃圾填埋场附近夜间臭味明显，周边居民无法开窗，已经持续一周了！'),
          board('wj-2', '西山镇垃圾填埋场扩建项目环评公示，征求周边居民意见。'),
        ],
      },
    ]);
    expect(first.body.received).toMatchObject([{ receipt: 'CREATED' }]);
    expect(passedOn.body.received).toMatchObject([
      { externalId: 'wj-1', itemId: first.body.received![0].itemId, receipt: 'MERGED' },
      { externalId: 'wj-2', receipt: 'CREATED' },
    ]);
  });

  it('within one batch, copies of one post join its first copy; the rest are received side by side', async () => {
    const board = (id: string, text: string) => ({
      id,
      platform: 'LEADER_MESSAGE_BOARD',
      text,
      publishedAt: new Date(Date.now() - 600_000).toISOString(),
    });
    const [pushed] = await monitorPushes(monitorKey, [
      {
        items: [
          post(60),
          board('lb-60', '南坪乡上坪村发生山体滑坡致多人被困的消息在群里流传，尚未证实。'),
          post(61),
          post(62, { id: 'm-60-again', url: 'http://www.weibo.example/qingshui/60#top' }),
          board('lb-61', '转：南坪乡上坪村发生山体滑坡致多人被困的消息在群里流传，尚未证实！'),
          post(63),
        ],
      },
    ]);
    const r = pushed.body.received!;
    expect(r.map((x) => x.receipt)).toEqual(['CREATED', 'CREATED', 'CREATED', 'MERGED', 'MERGED', 'CREATED']);
    expect(r[3].itemId).toBe(r[0].itemId);
    expect(r[4].itemId).toBe(r[1].itemId);
    // The answer came after the queue held them all (read-your-writes for the whole batch).
    const waiting = ok(await queue(duty, 100)).intakeQueue.edges.map((e) => e.node);
    for (const id of [r[0], r[1], r[2], r[5]].map((x) => x.itemId))
      expect(waiting.map((w) => w.id)).toContain(id);
    expect(waiting.find((w) => w.id === r[0].itemId)!.sources.map((s) => s.externalId)).toEqual([
      'm-60',
      'm-60-again',
    ]);
  });

  it('a malformed push is refused field by field, Chinese first, and nothing is stored', async () => {
    const before = await countEvents('IntakeItemReceived');
    const [bad, empty, none] = await Promise.all([
      monitorPushes(monitorKey, [
        {
          items: [
            post(10),
            post(11, { url: 'not a url', publishedAt: '昨天', spread: { views: -5 } }),
            post(12, { text: '' }),
          ],
        },
      ]),
      monitorPushes(monitorKey, [{ items: [] }]),
      monitorPushes('', [{ items: [post(13)] }]),
    ]);
    expect(bad[0].status).toBe(400);
    expect(bad[0].body).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INPUT.INVALID' });
    expect(bad[0].body.fields!.map((f) => f.field).sort()).toEqual(
      ['items[1].publishedAt', 'items[1].spread.views', 'items[1].url', 'items[2].text'].sort(),
    );
    expect(bad[0].body.fields!.find((f) => f.field === 'items[2].text')!.message).toBe('不能为空');
    expect(empty[0]).toMatchObject({ status: 400, body: { fields: [{ field: 'items' }] } });
    expect(none[0]).toMatchObject({ status: 401, body: { reason: 'INTAKE.KEY_INVALID' } });
    expect(await countEvents('IntakeItemReceived')).toBe(before);
  });
});

describe('the centre triages', () => {
  const idsOf = async (n: number[]) => {
    const [pushed] = await monitorPushes(monitorKey, [{ items: n.map((i) => post(i)) }]);
    return pushed.body.received!.map((r) => r.itemId);
  };
  const register = (s: Session, input: Record<string, unknown>) =>
    mutate<{
      incidentId: string;
      outcomes: { itemId: string; errorCode: string | null; item: Item | null }[];
    }>(
      api.url,
      s.token,
      'registerIntakeItems',
      input,
      `incidentId outcomes { itemId errorCode errorReason item { ${ITEM} } }`,
    ).then(
      (r) =>
        r as GqlResponse<{
          registerIntakeItems: {
            incidentId: string;
            outcomes: {
              itemId: string;
              errorCode: string | null;
              errorReason: string | null;
              item: Item | null;
            }[];
          };
        }>,
    );
  const decideMany = (
    s: Session,
    name: 'attachIntakeItems' | 'archiveIntakeItems',
    input: Record<string, unknown>,
  ) =>
    mutate<{ itemId: string }[]>(
      api.url,
      s.token,
      name,
      input,
      `itemId errorCode errorReason errorMessage item { ${ITEM} }`,
    ) as Promise<
      GqlResponse<
        Record<
          string,
          { itemId: string; errorCode: string | null; errorReason: string | null; item: Item | null }[]
        >
      >
    >;

  it('registers items as one new incident, pre-filled from the first; the rest join it', async () => {
    const [a, b] = await idsOf([20, 21]);
    const r = ok(await register(duty, { itemIds: [a, b] })).registerIntakeItems;
    expect(r.outcomes.map((o) => [o.itemId, o.errorCode, o.item?.status])).toEqual([
      [a, null, 'REGISTERED'],
      [b, null, 'ATTACHED'],
    ]);
    const incident = ok(
      await gql<{
        incident: {
          title: string;
          channel: string;
          platform: string;
          urls: string[];
          timeline: { description: string }[];
        };
      }>(
        api.url,
        `query I($id: ID!) { incident(id: $id) { title channel platform urls timeline { description } } }`,
        { id: r.incidentId },
        { token: duty.token },
      ),
    ).incident;
    expect(incident).toMatchObject({
      title: '东湖镇征地补偿网帖 20',
      channel: 'MONITORING',
      platform: 'WEIBO',
      urls: ['https://weibo.example/qingshui/20?utm_source=monitor'],
    });
    const lines = incident.timeline.map((t) => t.description);
    expect(lines.some((l) => l.endsWith('周明 由舆情线索登记'))).toBe(true);
    expect(lines.some((l) => l.endsWith('周明 并入舆情线索'))).toBe(true);
    // Decided items leave the queue; deciding one again is refused and changes nothing.
    const waiting = ok(await queue(duty)).intakeQueue.edges.map((e) => e.node.id);
    expect(waiting).not.toContain(a);
    expect(errorOf(await register(duty, { itemIds: [a] }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'INTAKE.ALREADY_DECIDED',
    });
  });

  it('attaches many to an existing incident and archives many with a reason, each item its own event', async () => {
    const incidentId = await listedIncident(api.url, duty.token, {
      title: '西山镇垃圾填埋场异味',
      discoveredAt: new Date(),
    });
    const [a, b, c, d] = await idsOf([30, 31, 32, 33]);
    const attached = ok(
      await decideMany(duty, 'attachIntakeItems', { itemIds: [a, b], incidentId }),
    ).attachIntakeItems;
    expect(attached.map((o) => o.item?.incidentId)).toEqual([incidentId, incidentId]);
    const before = await countEvents('IntakeItemArchived');
    // Without a reason nothing is archived.
    expect(
      errorOf(await decideMany(duty, 'archiveIntakeItems', { itemIds: [c, d], reason: ' ' })),
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'INPUT.REASON_REQUIRED',
    });
    expect(await countEvents('IntakeItemArchived')).toBe(before);
    // One already decided item in the batch says why; the others are archived.
    const archived = ok(
      await decideMany(duty, 'archiveIntakeItems', { itemIds: [c, a, d], reason: '与本县无关' }),
    ).archiveIntakeItems;
    expect(archived.map((o) => [o.itemId, o.errorReason, o.item?.status])).toEqual([
      [c, null, 'ARCHIVED'],
      [a, 'INTAKE.ALREADY_DECIDED', undefined],
      [d, null, 'ARCHIVED'],
    ]);
    expect(archived[0].item!.archiveReason).toBe('与本县无关');
    expect(await countEvents('IntakeItemArchived')).toBe(before + 2);
  });

  it('only the centre decides: others are refused, and change nothing', async () => {
    const [a] = await idsOf([40]);
    for (const s of [township, auditor])
      expect(
        errorOf(await decideMany(s, 'archiveIntakeItems', { itemIds: [a], reason: '无关' })),
      ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      errorOf(await decideMany(admin, 'archiveIntakeItems', { itemIds: [a], reason: '无关' })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INTAKE.COUNTY_CENTRE_ONLY',
    });
    // Another county's duty officer cannot see the item nor attach it to their own incident.
    const other = ok(
      await decideMany(hexiDuty, 'archiveIntakeItems', { itemIds: [a], reason: '无关' }),
    ).archiveIntakeItems;
    expect(other).toMatchObject([{ itemId: a, item: null }]);
    expect(other[0].errorCode).toMatch(/FORBIDDEN|NOT_FOUND/);
    const item = ok(
      await gql<{ intakeItem: Item }>(
        api.url,
        `query I($id: ID!) { intakeItem(id: $id) { status } }`,
        { id: a },
        { token: duty.token },
      ),
    ).intakeItem;
    expect(item.status).toBe('RECEIVED');
  });

  it('an incident of another county cannot be attached to', async () => {
    const [a] = await idsOf([41]);
    const res = ok(
      await decideMany(duty, 'attachIntakeItems', {
        itemIds: [a],
        incidentId: '00000000-0000-4000-8000-000000000000',
      }),
    ).attachIntakeItems;
    expect(res[0]).toMatchObject({ errorCode: 'NOT_FOUND', item: null });
  });
});

describe('who sees the queue', () => {
  it('the centre and the auditors; a township is refused; another county sees nothing of this one', async () => {
    expect(ok(await queue(auditor)).intakeQueue.totalCount).toBeGreaterThan(0);
    expect(errorOf(await queue(township))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INTAKE.COUNTY_CENTRE_ONLY',
    });
    // 河西县's administrator works at its centre: its queue is its own, and empty.
    expect(ok(await queue(hexiAdmin)).intakeQueue).toMatchObject({ totalCount: 0, edges: [] });
    const anyItem = ok(await queue(duty)).intakeQueue.edges[0].node.id;
    expect(
      errorOf(
        await gql(
          api.url,
          `query I($id: ID!) { intakeItem(id: $id) { id } }`,
          { id: anyItem },
          { token: hexiAdmin.token },
        ),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // Nor its sources.
    const sources = ok(
      await gql<{ intakeSources: { id: string }[] }>(
        api.url,
        `{ intakeSources { id } }`,
        {},
        { token: hexiAdmin.token },
      ),
    ).intakeSources;
    expect(sources).toEqual([]);
  });

  it('a key works for its own county only: what it pushes never reaches another county', async () => {
    const hexiSource = ok(
      await configure(hexiAdmin, {
        name: '河西监测',
        kind: 'MONITORING_SERVICE',
        ownerUnitId: await hexiCentre(),
      }),
    ).configureIntakeSource;
    const hexiKey = ok(await rotate(hexiAdmin, hexiSource.id)).rotateIntakeSourceKey.key;
    const before = ok(await queue(duty, 100)).intakeQueue.totalCount;
    const [pushed] = await monitorPushes(hexiKey, [{ items: [post(1, { id: 'hexi-1' })] }]);
    // Same URL as 清水县's item 1, but another county: a new item of its own, not a merge across counties.
    expect(pushed.body.received).toMatchObject([{ receipt: 'CREATED' }]);
    expect(ok(await queue(duty, 100)).intakeQueue.totalCount).toBe(before);
    expect(ok(await queue(hexiAdmin)).intakeQueue.totalCount).toBe(1);
  });

  it('pages through the queue with cursors, newest first', async () => {
    const first = ok(await queue(duty, 2)).intakeQueue;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const after = (first as unknown as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = ok(
      await gql<{ intakeQueue: { edges: { node: { id: string } }[] } }>(
        api.url,
        `query Q($after: String) { intakeQueue(first: 2, after: $after) { edges { node { id } } } }`,
        { after },
        { token: duty.token },
      ),
    ).intakeQueue.edges.map((e) => e.node.id);
    expect(next).toHaveLength(2);
    expect(next).not.toContain(first.edges[0].node.id);
    expect(next).not.toContain(first.edges[1].node.id);
  });
});

describe('units enter items by hand', () => {
  const enter = (s: Session, input: Record<string, unknown>) =>
    mutate<Item>(api.url, s.token, 'enterIntakeItem', input, ITEM);
  it('a village 网格员 enters one for the village; it reaches the centre queue as 人工录入', async () => {
    const item = ok(
      await enter(village, {
        platform: 'WECHAT',
        text: '柳营村微信群有人称自来水厂水质有问题，群内转发较多。',
        publishedAt: new Date(Date.now() - 600_000).toISOString(),
        spread: { views: 300 },
      }),
    ).enterIntakeItem;
    expect(item).toMatchObject({ status: 'RECEIVED', sourceKind: 'MANUAL', allowedActions: [] });
    expect(item.sources[0].sourceName).toBe('人工录入（刘云）');
    const waiting = ok(await queue(duty, 100)).intakeQueue.edges.map((e) => e.node.id);
    expect(waiting).toContain(item.id);
    // The village sees its own entry; the township, not.
    expect(
      errorOf(
        await gql(
          api.url,
          `query I($id: ID!) { intakeItem(id: $id) { id } }`,
          { id: item.id },
          { token: township.token },
        ),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('bad input is refused by field, nothing stored; an auditor enters nothing', async () => {
    const before = await countEvents('IntakeItemReceived');
    const res = await enter(township, {
      platform: '朋友圈',
      text: '',
      publishedAt: new Date().toISOString(),
    });
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      (errorOf(res) as unknown as { fields: { field: string }[] }).fields.map((f) => f.field).sort(),
    ).toEqual(['input.platform', 'input.text']);
    expect(
      errorOf(
        await enter(auditor, { platform: 'WEIBO', text: '内容', publishedAt: new Date().toISOString() }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'INTAKE.ENTER_OWN_UNIT_ONLY' });
    // The city office has no county queue to put it in.
    const city = await login(api.url, 'xuming');
    expect(
      errorOf(
        await enter(city, { platform: 'WEIBO', text: '市级发现', publishedAt: new Date().toISOString() }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'INTAKE.COUNTY_UNITS_ONLY' });
    expect(await countEvents('IntakeItemReceived')).toBe(before);
  });
});

async function hexiCentre(): Promise<string> {
  const { rows } = await pg.query<{ unit_id: string }>(
    `SELECT unit_id FROM unit_view WHERE county_id = 'hexi' AND kind = 'COUNTY_CENTER'`,
  );
  return rows[0].unit_id;
}

describe('an Excel export imports through the source’s saved column mapping', () => {
  const IMPORT = `rows importable created merged repeated accepted { row title } refused { row problems { field message } }`;
  let sourceId = '';
  const workbook = async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('监测结果');
    sheet.addRow(['序号', '链接', '来源平台', '作者', '标题', '正文', '发布时间', '阅读数', '转发数']);
    sheet.addRow([
      'x-1',
      'https://news.example/qingshui/a1',
      'NEWS_SITE',
      '清水观察',
      '南坪乡道路塌方',
      '南坪乡通村道路塌方，车辆绕行。',
      '2026-12-06 09:30',
      1200,
      '35',
    ]);
    sheet.addRow([
      'x-2',
      'not-a-link',
      'WEIBO',
      '网友',
      '坏链接',
      '链接无效的一行',
      '2026-12-06 10:00',
      10,
      1,
    ]);
    sheet.addRow(['x-3', '', '贴吧', '网友', '平台不对', '平台取值无效', '昨天', -1, 0]);
    sheet.addRow([
      'x-4',
      'https://news.example/qingshui/a4',
      'WECHAT',
      '北城发布',
      '北城街道停水通知',
      '北城街道明日停水八小时。',
      new Date('2026-12-06T03:00:00Z'),
      '2,400',
      12,
    ]);
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  };
  type Imported = {
    rows: number;
    importable: number;
    created: number;
    repeated: number;
    accepted: { row: number; title: string }[];
    refused: { row: number; problems: { field: string; message: string }[] }[];
  };
  const run = (s: Session, name: 'previewIntakeImport' | 'importIntakeFile', contentBase64: string) =>
    gql<Record<string, Imported>>(
      api.url,
      `mutation M($i: IntakeFileInput!) { ${name}(input: $i) { ${IMPORT} } }`,
      { i: { sourceId, fileName: '监测导出.xlsx', contentBase64 } },
      { token: s.token },
    );

  beforeAll(async () => {
    sourceId = ok(
      await configure(admin, {
        name: '某商业监测服务',
        kind: 'MONITORING_SERVICE',
        ownerUnitId: demoUnitId('center'),
      }),
    ).configureIntakeSource.id;
  });

  it('needs a mapping; the administrator saves it (the required fields named)', async () => {
    expect(errorOf(await run(duty, 'previewIntakeImport', await workbook()))).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'INTAKE.MAPPING_REQUIRED',
    });
    const set = (s: Session, columns: { field: string; column: string }[]) =>
      mutate(
        api.url,
        s.token,
        'setIntakeColumnMapping',
        { sourceId, columns },
        'id columns { field column }',
      );
    expect(errorOf(await set(admin, [{ field: 'id', column: '序号' }]))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(errorOf(await set(duty, [{ field: 'id', column: '序号' }]))).toMatchObject({ code: 'FORBIDDEN' });
    ok(
      await set(admin, [
        { field: 'id', column: '序号' },
        { field: 'url', column: '链接' },
        { field: 'platform', column: '来源平台' },
        { field: 'author', column: '作者' },
        { field: 'title', column: '标题' },
        { field: 'text', column: '正文' },
        { field: 'publishedAt', column: '发布时间' },
        { field: 'views', column: '阅读数' },
        { field: 'reposts', column: '转发数' },
      ]),
    );
  });

  it('the preview lists every row that will not import and why, storing nothing; the import takes the good rows only', async () => {
    const file = await workbook();
    const before = await countEvents('IntakeItemReceived');
    const preview = ok(await run(duty, 'previewIntakeImport', file)).previewIntakeImport;
    expect(preview).toMatchObject({ rows: 4, importable: 2, created: 0 });
    // The rows that will import are listed too, by their own row numbers.
    expect(preview.accepted.map((r) => r.row)).toEqual([2, 5]);
    expect(preview.refused.map((r) => [r.row, r.problems.map((p) => p.field).sort()])).toEqual([
      [3, ['第3行.url']],
      [4, ['第4行.platform', '第4行.publishedAt', '第4行.spread.views']],
    ]);
    expect(await countEvents('IntakeItemReceived')).toBe(before);
    expect(errorOf(await run(township, 'previewIntakeImport', file))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INTAKE.COUNTY_CENTRE_ONLY',
    });
    expect(errorOf(await run(hexiDuty, 'importIntakeFile', file))).toMatchObject({ code: 'NOT_FOUND' });
    const done = ok(await run(duty, 'importIntakeFile', file)).importIntakeFile;
    expect(done).toMatchObject({ importable: 2, created: 2, repeated: 0 });
    expect(await countEvents('IntakeItemReceived')).toBe(before + 2);
    const again = ok(await run(duty, 'importIntakeFile', file)).importIntakeFile;
    expect(again).toMatchObject({ created: 0, repeated: 2 });
    const titles = ok(await queue(duty, 100)).intakeQueue.edges.map((e) => e.node);
    expect(titles.find((i) => i.title === '北城街道停水通知')?.spread).toMatchObject({ views: 2400 });
  });

  it('an import sent with an Idempotency-Key (as the console sends it) takes every good row; a retry adds nothing', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('监测结果');
    sheet.addRow(['序号', '链接', '来源平台', '作者', '标题', '正文', '发布时间', '阅读数', '转发数']);
    for (const n of [1, 2, 3])
      sheet.addRow([
        `k-${n}`,
        '',
        'FORUM',
        '网友',
        `桥西村路面破损${n}`,
        `桥西村路面破损第${n}处。`,
        '2026-12-06 08:00',
        10,
        1,
      ]);
    const file = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const send = () =>
      gql<{ importIntakeFile: Imported }>(
        api.url,
        `mutation M($i: IntakeFileInput!) { importIntakeFile(input: $i) { ${IMPORT} } }`,
        { i: { sourceId, fileName: '带幂等键.xlsx', contentBase64: file } },
        { token: duty.token, headers: { 'Idempotency-Key': 'console-import-k' } },
      );
    const before = await countEvents('IntakeItemReceived');
    expect(ok(await send()).importIntakeFile).toMatchObject({ importable: 3, created: 3 });
    expect(await countEvents('IntakeItemReceived')).toBe(before + 3);
    ok(await send());
    expect(await countEvents('IntakeItemReceived')).toBe(before + 3);
  });

  it('a CSV export (UTF-8, with a BOM as Excel writes it) reads the same way', async () => {
    const csv =
      '\uFEFF序号,链接,来源平台,作者,标题,正文,发布时间,阅读数,转发数\n' +
      'c-1,https://news.example/qingshui/c1,FORUM,网友,桥头村路灯不亮,桥头村路灯坏了一个月无人修。,2026-12-06 20:15,300,2\n' +
      'c-2,,FORUM,网友,,,2026-12-06 20:20,1,1\n';
    const res = await gql<
      Record<
        string,
        { rows: number; importable: number; refused: { row: number; problems: { field: string }[] }[] }
      >
    >(
      api.url,
      `mutation M($i: IntakeFileInput!) { previewIntakeImport(input: $i) { rows importable refused { row problems { field } } } }`,
      { i: { sourceId, fileName: 'export.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') } },
      { token: duty.token },
    );
    expect(ok(res).previewIntakeImport).toEqual({
      rows: 2,
      importable: 1,
      refused: [{ row: 3, problems: [{ field: '第3行.text' }] }],
    });
  });
});
