import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { mutate, ok } from './support/loop-steps';

/**
 * 逐级上报 (000 §三1; 001 §三): a village's 网格员 reports to the township's office and on to the county. The report
 * arrives in both inboxes in the one transaction, and the township may read what its village reported; another
 * township may not.
 */
let api: ApiFixture;
let pg: Client;
let village: Session; // 刘云, 柳营村网格员 (under 东湖镇)
let township: Session; // 李娜, 东湖镇
let otherTownship: Session; // 高扬, 西山镇

const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
async function reportedArrivals(unitKey: string, incidentId: string) {
  const { rows } = await pg.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id, global_position`,
    [demoUnitId(unitKey)],
  );
  return rows
    .map((r) => r.data)
    .filter((d) => d.incidentId === incidentId)
    .map((d) => ({ kind: d.kind, fromUnitId: d.fromUnitId }));
}
const read = (s: Session, id: string) =>
  gql<{ incident: { id: string; reportingUnitId: string } }>(
    api.url,
    `query I($id: ID!) { incident(id: $id) { id reportingUnitId } }`,
    { id },
    { token: s.token },
  );

beforeAll(async () => {
  api = await startApi({ label: 'village-report-up' });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [village, township, otherTownship] = await Promise.all(
    ['liuyun', 'lina', 'gaoyang'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('a village’s report reaches its township’s office and the county centre; the township reads it', async () => {
  const { id } = ok(
    await mutate<{ id: string }>(
      api.url,
      village.token,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'WECHAT',
        title: '柳营村微信群传言水库将泄洪',
        urls: ['https://weixin.example/g/1'],
        discoveredAt: new Date().toISOString(),
      },
      'id',
    ),
  ).reportIncident;
  const fromVillage = { kind: 'INCIDENT_REPORTED', fromUnitId: demoUnitId('liuying') };
  expect(await reportedArrivals('donghu', id)).toEqual([fromVillage]);
  expect(await reportedArrivals('center', id)).toEqual([fromVillage]);
  expect(await reportedArrivals('xishan', id)).toEqual([]);
  expect(ok(await read(township, id)).incident).toEqual({ id, reportingUnitId: demoUnitId('liuying') });
  expect(errorOf(await read(otherTownship, id))?.code).toBe('NOT_FOUND');
});

it('a township’s own report goes to the county centre alone', async () => {
  const { id } = ok(
    await mutate<{ id: string }>(
      api.url,
      township.token,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'WEIBO',
        title: '东湖镇集市占道网帖',
        urls: ['https://weibo.example/p/9'],
        discoveredAt: new Date().toISOString(),
      },
      'id',
    ),
  ).reportIncident;
  expect(await reportedArrivals('center', id)).toEqual([
    { kind: 'INCIDENT_REPORTED', fromUnitId: demoUnitId('donghu') },
  ]);
  expect(await reportedArrivals('donghu', id)).toEqual([]);
});
