import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { intakeSourceWithKey } from './support/intake-sources';
import { establishOtherCounty } from './support/other-county';

/**
 * Spread readings over time (issue 23): later figures for an item or an incident are kept beside the first, never
 * over them; the county's 传播分级标准 are policy its administrator sets; when a reading reaches a more severe grade's
 * criteria than the incident's, the centre is asked — on the incident and in its 待办 — to assess again. A monitor's
 * later figures for an item the centre took into an incident reach that incident in the same transaction.
 */
const run = promisify(execFile);
let api: ApiFixture;
let base = '';
let pg: Client;
let admin: Session; // 赵强, the county's administrator
let duty: Session; // 周明, centre duty officer
let township: Session; // 李娜, 东湖镇
let hexi: Session; // 河西县's centre duty officer
let monitorKey = '';
const dir = mkdtempSync(join(tmpdir(), 'spread-readings-'));

const INCIDENT = `id version grade spread { comments views }
  spreadReadings { observedAt sourceName intakeItemId spread { posts comments views mainstreamMediaPickups } }
  reassessment { grade suggestedGrade reasons { figure label value threshold } }
  allowedActions timeline { description }`;
interface Incident {
  id: string;
  version: number;
  grade: string | null;
  spread: { comments: number; views: number };
  spreadReadings: {
    sourceName: string | null;
    intakeItemId: string | null;
    spread: { posts: number; comments: number; views: number; mainstreamMediaPickups: number };
  }[];
  reassessment: {
    grade: string | null;
    suggestedGrade: string;
    reasons: { figure: string; label: string; value: number; threshold: number }[];
  } | null;
  allowedActions: string[];
  timeline: { description: string }[];
}

const incident = async (s: Session, id: string) =>
  ok(
    await gql<{ incident: Incident }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { ${INCIDENT} } }`,
      { id },
      {
        token: s.token,
      },
    ),
  ).incident;
const record = (s: Session, input: Record<string, unknown>) =>
  mutate<Incident>(api.url, s.token, 'recordSpreadReading', input, INCIDENT) as Promise<
    GqlResponse<{ recordSpreadReading: Incident }>
  >;
const figures = (over: Record<string, number> = {}) => ({
  posts: 5,
  reposts: 20,
  comments: 100,
  views: 3000,
  mainstreamMediaPickups: 0,
  ...over,
});
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;
const centreArrivals = async (incidentId: string) =>
  (
    await pg.query<{ note: { zh: string } | null }>(
      `SELECT data->'note' AS note FROM es_events
        WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = 'REASSESSMENT_SUGGESTED' AND data->>'incidentId' = $2
        ORDER BY transaction_id, global_position`,
      [demoUnitId('center'), incidentId],
    )
  ).rows;

/** The stub monitor (test/support/stub-monitor.mjs) as its own process: each batch's answer. */
async function monitorPushes(batches: unknown[]) {
  const file = join(dir, `batches-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(batches));
  const { stdout } = await run(process.execPath, [
    join(__dirname, 'support/stub-monitor.mjs'),
    base,
    monitorKey,
    file,
  ]);
  return stdout
    .trim()
    .split('\n')
    .map(
      (l) => JSON.parse(l) as { status: number; body: { received: { itemId: string; receipt: string }[] } },
    );
}
const post = (n: number, spread: Record<string, number>) => ({
  id: `sr-${n}`,
  url: `https://weibo.example/qingshui/spread/${n}`,
  platform: 'WEIBO',
  author: `网友${n}`,
  title: `西山镇垃圾填埋场异味网帖 ${n}`,
  text: `有网友发帖称西山镇垃圾填埋场夜间异味明显（${n}）。`,
  publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
  spread,
});

beforeAll(async () => {
  api = await startApi({ label: 'spread-readings' });
  base = api.url.replace(/\/graphql$/, '');
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, {
    username: 'hexi-duty',
    displayName: '河西值班员',
    role: Role.DUTY_OFFICER,
  });
  [admin, duty, township, hexi] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'lina', 'hexi-duty'].map((u) => login(api.url, u)),
  );
  monitorKey = (
    await intakeSourceWithKey(api.url, admin.token, { name: '县舆情监测服务', kind: 'MONITORING_SERVICE' })
  ).key;
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('the county’s 传播分级标准 (001 §四(三), 003 §三)', () => {
  const CRITERIA = `spreadCriteriaCustom spreadCriteria { grade posts comments views mainstreamMediaPickups }`;
  const set = (s: Session, criteria: Record<string, unknown>[]) =>
    gql<{ setSpreadCriteria: { spreadCriteriaCustom: boolean; spreadCriteria: Record<string, unknown>[] } }>(
      api.url,
      `mutation S($i: SetSpreadCriteriaInput!) { setSpreadCriteria(input: $i) { ${CRITERIA} } }`,
      { i: { criteria } },
      { token: s.token },
    );

  it('are the platform’s defaults until the administrator sets the county’s own; others may not; bad rows are named', async () => {
    const before = ok(
      await gql<{ county: { spreadCriteriaCustom: boolean; spreadCriteria: { grade: string }[] } }>(
        api.url,
        `{ county { ${CRITERIA} } }`,
        {},
        { token: duty.token },
      ),
    ).county;
    expect(before.spreadCriteriaCustom).toBe(false);
    expect(before.spreadCriteria.map((c) => c.grade)).toEqual(['I', 'II', 'III']);

    const mine = [
      { grade: 'III', posts: 20, comments: 500, views: 50000 },
      { grade: 'II', posts: 100, comments: 2000, views: 500000, mainstreamMediaPickups: 1 },
      { grade: 'I', posts: 500, comments: 10000, views: 5000000, mainstreamMediaPickups: 3 },
    ];
    for (const s of [duty, township])
      expect((await set(s, mine)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const events = await countEvents('SpreadCriteriaSet');
    const bad = await set(admin, [{ grade: 'III', posts: 200 }, { grade: 'II', posts: 100 }, { grade: 'I' }]);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(bad.errors)).toContain('I 级须至少有一项标准');
    expect(await countEvents('SpreadCriteriaSet')).toBe(events);

    const after = ok(await set(admin, mine)).setSpreadCriteria;
    expect(after.spreadCriteriaCustom).toBe(true);
    expect(after.spreadCriteria[2]).toEqual({
      grade: 'III',
      posts: 20,
      comments: 500,
      views: 50000,
      mainstreamMediaPickups: null,
    });
  });
});

describe('readings on an incident', () => {
  let incidentId = '';
  beforeAll(async () => {
    incidentId = await listedIncident(api.url, duty.token, {
      title: '东湖镇征地补偿款网帖',
      discoveredAt: new Date(Date.now() - 7_200_000),
      grade: 'III',
    });
  });

  it('are kept beside the first figures; the incident offers the step to the centre, not to a township', async () => {
    const first = await incident(duty, incidentId);
    expect(first.allowedActions).toContain('recordSpreadReading');
    const r = ok(await record(duty, { incidentId, spread: figures({ comments: 800 }) })).recordSpreadReading;
    expect(r.spreadReadings).toHaveLength(1);
    expect(r.spreadReadings[0]).toMatchObject({ sourceName: null, spread: { comments: 800 } });
    // The first figures are as registered.
    expect(r.spread).toEqual(first.spread);
    expect(r.reassessment).toBeNull();
    expect(
      r.timeline.map((t) => t.description).some((d) => d.includes('传播数据：发帖 5、转发 20、跟帖 800')),
    ).toBe(true);
  });

  it('bad figures or a reading from the future are refused, field by field, and change nothing', async () => {
    const before = await countEvents('IncidentSpreadReadingRecorded');
    const bad = await record(duty, { incidentId, spread: figures({ comments: -3 }) });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(bad.errors)).toContain('input.spread.comments');
    const later = await record(duty, {
      incidentId,
      spread: figures(),
      observedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(JSON.stringify(later.errors)).toContain('读数时间不能晚于现在');
    // Another county's centre does not find the incident (NOT_FOUND, not a hint), and records nothing.
    expect((await record(hexi, { incidentId, spread: figures() })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    // A township sees the incident only if it works it: here it does not; either way it records nothing.
    expect((await record(township, { incidentId, spread: figures() })).errors?.[0].extensions?.code).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
    expect(await countEvents('IncidentSpreadReadingRecorded')).toBe(before);
  });

  it('reaching a graver grade’s criteria asks the centre to re-assess, on the incident and in its 待办; re-assessing answers it', async () => {
    const r = ok(
      await record(duty, { incidentId, spread: figures({ comments: 2500, mainstreamMediaPickups: 1 }) }),
    ).recordSpreadReading;
    expect(r.reassessment).toEqual({
      grade: 'III',
      suggestedGrade: 'II',
      reasons: [
        { figure: 'comments', label: '跟帖量', value: 2500, threshold: 2000 },
        { figure: 'mainstreamMediaPickups', label: '主流媒体报道', value: 1, threshold: 1 },
      ],
    });
    // The duty officer who recorded it is of the centre; every duty officer of the centre hears it all the same.
    const notes = await centreArrivals(incidentId);
    expect(notes).toHaveLength(1);
    expect(notes[0].note?.zh).toBe(
      '传播数据已达 II 级标准：跟帖 2500（标准 2000）、主流媒体报道 1（标准 1）；现为 III 级',
    );
    // More figures of the same grade: no second request.
    ok(await record(duty, { incidentId, spread: figures({ comments: 3000, mainstreamMediaPickups: 1 }) }));
    expect(await centreArrivals(incidentId)).toHaveLength(1);
    // Re-assessed as II: the request is answered.
    const regraded = ok(
      await mutate<{ reassessment: unknown; grade: string }>(
        api.url,
        duty.token,
        'assessIncident',
        {
          incidentId,
          nature: 'INQUIRY_APPEAL',
          veracity: 'UNVERIFIED',
          field: 'LAND_ACQUISITION',
          grade: 'II',
          indicators: ['跟帖 2500', '主流媒体介入'],
          reasoning: '传播扩大，主流媒体介入',
        },
        'grade reassessment { suggestedGrade }',
      ),
    ).assessIncident;
    expect(regraded).toEqual({ grade: 'II', reassessment: null });
  });

  it('concurrent readings lose nothing', async () => {
    const before = (await incident(duty, incidentId)).spreadReadings.length;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => record(duty, { incidentId, spread: figures({ views: 4000 + i }) })),
    );
    for (const res of results) ok(res);
    const after = (await incident(duty, incidentId)).spreadReadings;
    expect(after).toHaveLength(before + 6);
    expect(
      after
        .slice(-6)
        .map((r) => r.spread.views)
        .sort(),
    ).toEqual([4000, 4001, 4002, 4003, 4004, 4005]);
  });
});

describe('a monitor’s later figures (issue 23: readings not overwriting the first)', () => {
  it('are readings on the item; once the item is an incident, they reach the incident and may ask to re-assess', async () => {
    const [first] = await monitorPushes([{ items: [post(1, { posts: 3, comments: 40, views: 2000 })] }]);
    const itemId = first.body.received[0].itemId;
    // Registered as an incident, graded IV.
    const registered = ok(
      await mutate<{ incidentId: string }>(
        api.url,
        duty.token,
        'registerIntakeItems',
        { itemIds: [itemId] },
        'incidentId',
      ),
    ).registerIntakeItems;
    const incidentId = registered.incidentId;
    ok(
      await mutate(
        api.url,
        duty.token,
        'assessIncident',
        {
          incidentId,
          nature: 'INQUIRY_APPEAL',
          veracity: 'UNVERIFIED',
          field: 'ECOLOGY',
          grade: 'IV',
          indicators: ['少量转发'],
          reasoning: '一般诉求',
        },
        'id',
      ),
    );
    // The same post again, same figures: nothing. Then spreading: a reading; then past III's criteria (600 ≥ 500).
    const answers = await monitorPushes([
      { items: [post(1, { posts: 3, comments: 40, views: 2000 })] },
      { items: [post(1, { posts: 8, comments: 200, views: 9000 })] },
      { items: [post(1, { posts: 12, comments: 600, views: 30000 })] },
    ]);
    expect(answers.map((a) => a.body.received[0].receipt)).toEqual(['REPEATED', 'UPDATED', 'UPDATED']);
    const item = ok(
      await gql<{ intakeItem: { readings: { spread: { views: number } }[]; spread: { views: number } } }>(
        api.url,
        `query I($id: ID!) { intakeItem(id: $id) { spread { views } readings { spread { views } } } }`,
        { id: itemId },
        { token: duty.token },
      ),
    ).intakeItem;
    expect(item.readings.map((r) => r.spread.views)).toEqual([2000, 9000, 30000]);
    const seen = await incident(duty, incidentId);
    // Registered with the first figures; the later ones are readings, from the monitor, naming the item.
    expect(seen.spread.views).toBe(2000);
    expect(seen.spreadReadings.map((r) => [r.sourceName, r.intakeItemId, r.spread.views])).toEqual([
      ['县舆情监测服务', itemId, 9000],
      ['县舆情监测服务', itemId, 30000],
    ]);
    expect(seen.reassessment).toMatchObject({
      grade: 'IV',
      suggestedGrade: 'III',
      reasons: [{ figure: 'comments' }],
    });
    // The monitor pushes in the centre's name; the centre's 待办 hears it all the same.
    expect(await centreArrivals(incidentId)).toHaveLength(1);
  });

  it('an item attached to an incident brings its readings with it', async () => {
    const incidentId = await listedIncident(api.url, duty.token, {
      title: '北城街道小区电梯故障',
      discoveredAt: new Date(Date.now() - 3_600_000),
      grade: 'IV',
    });
    await monitorPushes([
      { items: [post(2, { posts: 1, comments: 10, views: 500 })] },
      { items: [post(2, { posts: 2, comments: 30, views: 1500 })] },
    ]);
    const [{ body }] = await monitorPushes([{ items: [post(2, { posts: 2, comments: 30, views: 1500 })] }]);
    const itemId = body.received[0].itemId;
    ok(
      await mutate(
        api.url,
        duty.token,
        'attachIntakeItems',
        { itemIds: [itemId], incidentId },
        'itemId errorCode',
      ),
    );
    const seen = await incident(duty, incidentId);
    expect(seen.spreadReadings.map((r) => [r.intakeItemId, r.spread.views])).toEqual([
      [itemId, 500],
      [itemId, 1500],
    ]);
    expect(seen.reassessment).toBeNull();
    // The post itself joins the incident as its evidence from the monitors: link, source, readings.
    const posts = ok(
      await gql<{
        incident: { intakeItems: { id: string; url: string; sources: { sourceName: string }[] }[] };
      }>(
        api.url,
        `query I($id: ID!) { incident(id: $id) { intakeItems { id url sources { sourceName } } } }`,
        { id: incidentId },
        { token: duty.token },
      ),
    ).incident.intakeItems;
    expect(posts).toEqual([
      {
        id: itemId,
        url: 'https://weibo.example/qingshui/spread/2',
        sources: [{ sourceName: '县舆情监测服务' }],
      },
    ]);
  });
});

describe('many monitors at once', () => {
  it('each sending later figures of a post an incident took in: every reading reaches the incident, none is lost', async () => {
    const incidentId = await listedIncident(api.url, duty.token, {
      title: '县城老旧小区改造噪音投诉',
      discoveredAt: new Date(Date.now() - 3_600_000),
      grade: 'IV',
    });
    const posts = Array.from({ length: 20 }, (_, i) => post(100 + i, { posts: 1, comments: 5, views: 100 }));
    const [{ body }] = await monitorPushes([{ items: posts }]);
    const itemIds = body.received.map((r) => r.itemId);
    expect(new Set(itemIds).size).toBe(20);
    ok(await mutate(api.url, duty.token, 'attachIntakeItems', { itemIds, incidentId }, 'itemId errorCode'));
    // Twenty pushes side by side, each a later reading of one of the posts: each appends to the same incident's
    // stream inside its own transaction, so they race for it and retry.
    const answers = await Promise.all(
      posts.map((p, i) =>
        fetch(`${base}/intake/items`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-intake-key': monitorKey },
          body: JSON.stringify({
            items: [{ ...p, spread: { posts: 2, comments: 50 + i, views: 1000 + i } }],
          }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { received: { receipt: string }[] },
        })),
      ),
    );
    expect(answers.map((a) => [a.status, a.body.received[0].receipt])).toEqual(
      answers.map(() => [200, 'UPDATED']),
    );
    const readings = (await incident(duty, incidentId)).spreadReadings;
    expect(readings).toHaveLength(40);
    expect(
      readings
        .filter((r) => r.spread.views >= 1000)
        .map((r) => r.spread.views)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 20 }, (_, i) => 1000 + i));
  });
});
