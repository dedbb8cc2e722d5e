import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * What arrives for a person to read waits in their one 待办 until they mark it read (issue 19: 快报, 专报, 日报,
 * warnings, linkage notices, reports up — nothing live-only): by their unit and the arrival's audience, per person,
 * only the reference for a confidential incident, and no one marks another unit's arrivals.
 */
const clock = new ManualClock('2026-12-07T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let centre: Session; // 吴静
let lina: Session; // 东湖镇 handler
let wangbo: Session; // 东湖镇 leader
let gaoyang: Session; // 西山镇 handler
let song: Session; // 宋健, 分管副县长 (征地拆迁)
let ma: Session; // 马丽, 分管副县长 (食品药品)

interface Arrival {
  id: string;
  kind: string;
  incidentId: string | null;
  title: string | null;
  note: string | null;
  fromUnitId: string;
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const toRead = async (s: Session) =>
  ok(
    await gql<{
      inbox: {
        totalCount: number;
        edges: { node: { type: string; action: string; arrival: Arrival | null } }[];
      };
    }>(
      api.url,
      `{ inbox(first: 100) { totalCount edges { node { type action arrival { id kind incidentId title note fromUnitId } } } } }`,
      {},
      { token: s.token },
    ),
  )
    .inbox.edges.filter((e) => e.node.type === 'ARRIVAL')
    .map((e) => ({ ...e.node.arrival!, action: e.node.action }));
const markRead = (s: Session, ids: string[]) =>
  gql<{ markArrivalsRead: { marked: number } }>(
    api.url,
    `mutation M($i: MarkArrivalsReadInput!) { markArrivalsRead(input: $i) { marked } }`,
    { i: { ids } },
    { token: s.token },
  );
const reads = async () =>
  (
    await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'ArrivalsRead'`,
    )
  ).rows[0].n;

beforeAll(async () => {
  api = await startApi({ label: 'desk-arrivals', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [centre, lina, wangbo, gaoyang, song, ma] = await Promise.all(
    ['wujing', 'lina', 'wangbo', 'gaoyang', 'songjian', 'mali'].map((u) => login(api.url, u)),
  );
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await api?.close();
});

let warningArrival = '';

it('keeps a warning in the 待办 of everyone in the units it reached, until each of them reads it', async () => {
  const id = await listedIncident(api.url, centre.token, {
    title: '东湖镇道路积水网帖',
    discoveredAt: clock.now(),
    field: 'LAND_ACQUISITION',
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'issueWarning',
      {
        incidentId: id,
        level: 'III',
        object: '相关网帖',
        startAt: clock.now().toISOString(),
        scope: '东湖镇',
        scopeUnitIds: [demoUnitId('donghu')],
        matters: '跟帖增多',
        measures: '加强监看',
      },
      'id',
    ),
  );
  const [arrival] = await toRead(lina);
  expect(arrival).toMatchObject({
    kind: 'WARNING_ISSUED',
    incidentId: id,
    title: '东湖镇道路积水网帖',
    fromUnitId: demoUnitId('center'),
    action: '阅知：收到预警',
  });
  warningArrival = arrival.id;
  expect((await toRead(wangbo)).map((a) => a.id)).toEqual([arrival.id]);
  // Another township's people do not have it, and cannot mark it: nothing is written.
  expect(await toRead(gaoyang)).toEqual([]);
  expect(errorOf(await markRead(gaoyang, [arrival.id]))).toMatchObject({
    code: 'NOT_FOUND',
    reason: 'DESK.ARRIVAL_NOT_FOUND',
  });
  expect(errorOf(await markRead(lina, []))).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(await reads()).toBe(0);

  expect(ok(await markRead(lina, [arrival.id])).markArrivalsRead.marked).toBe(1);
  expect(await toRead(lina)).toEqual([]);
  // Read by one person, still waiting for the other.
  expect((await toRead(wangbo)).map((a) => a.id)).toEqual([arrival.id]);
  // Reading it again is no step.
  expect(ok(await markRead(lina, [arrival.id])).markArrivalsRead.marked).toBe(0);
  expect(await reads()).toBe(1);
});

it('gives an escalation to the leaders in charge only, with its summary, and keeps a confidential one to the reference', async () => {
  const land = await listedIncident(api.url, centre.token, {
    title: '北岭村征地补偿网帖',
    discoveredAt: clock.now(),
    field: 'LAND_ACQUISITION',
    grade: 'III',
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'escalateIncident',
      { incidentId: land, to: ['COUNTY_LEADERS'], summary: '转发 800 余次' },
      'id',
    ),
  );
  const songs = await toRead(song);
  expect(songs).toEqual([
    expect.objectContaining({
      kind: 'INCIDENT_ESCALATED',
      incidentId: land,
      note: '上报摘要：转发 800 余次',
    }),
  ]);
  expect((await toRead(ma)).filter((a) => a.incidentId === land)).toEqual([]);
  // 马丽 may not mark 宋健's: it is not hers to read.
  expect(errorOf(await markRead(ma, [songs[0].id]))).toMatchObject({ code: 'NOT_FOUND' });

  const secret = await listedIncident(api.url, centre.token, {
    title: '涉密事项标题',
    discoveredAt: clock.now(),
    field: 'LAND_ACQUISITION',
    grade: 'III',
    confidential: true,
  });
  ok(
    await mutate(
      api.url,
      centre.token,
      'escalateIncident',
      { incidentId: secret, to: ['COUNTY_LEADERS'], summary: '涉密摘要' },
      'id',
    ),
  );
  const confidential = (await toRead(song)).find((a) => a.incidentId === secret);
  expect(confidential).toMatchObject({ title: null, note: null });
});

it('survives a rebuild of the read models: reads and arrivals come back from the log', async () => {
  await api.server.app.get(ProjectionRunner).rebuild('desk-arrivals');
  expect((await toRead(lina)).map((a) => a.id)).not.toContain(warningArrival);
  expect((await toRead(wangbo)).map((a) => a.id)).toContain(warningArrival);
});
