import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * 预警发布 (002): a warning issued, adjusted or lifted reaches the units named in its scope and the units already
 * working the incident, in their inbox (and so on their channels, which follow the inbox); a confidential
 * incident's warning carries the reference only. Units neither named nor working hear nothing.
 */
let api: ApiFixture;
let pg: Client;
let centre: Session; // 周明, centre duty officer
let xishan: Session; // 高扬, 西山镇 handler

const WARNING = 'scopeUnitIds scope level active';
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;

async function arrivals(unitKey: string, incidentId: string) {
  const { rows } = await pg.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id, global_position`,
    [demoUnitId(unitKey)],
  );
  return rows
    .map((r) => r.data)
    .filter((d) => d.incidentId === incidentId && String(d.kind).startsWith('WARNING_'))
    .map((d) => ({ kind: d.kind, title: d.title, refType: d.refType }));
}
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;

const warning = (incidentId: string, scopeUnitIds: string[]) => ({
  incidentId,
  level: 'III',
  object: '相关网帖',
  startAt: '2026-12-03T02:00:00.000Z',
  scope: '西山镇及周边',
  scopeUnitIds,
  matters: '跟帖增多，可能线下聚集',
  measures: '加强监看，及时回应',
});

async function dispatchTo(incidentId: string, unitKey: string) {
  ok(
    await mutate(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId(unitKey), role: 'LEAD', requirements: '核实并书面反馈' },
      'id',
    ),
  );
}

beforeAll(async () => {
  api = await startApi({ label: 'warning-reach' });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [centre, xishan] = await Promise.all(['zhouming', 'gaoyang'].map((u) => login(api.url, u)));
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('issued, adjusted and lifted, the warning reaches its scope and the units working the incident', async () => {
  const id = await listedIncident(api.url, centre.token, {
    title: '西山镇道路积水网帖',
    discoveredAt: new Date(),
  });
  await dispatchTo(id, 'donghu');

  const issued = ok(
    await mutate<{ warning: { scopeUnitIds: string[] } }>(
      api.url,
      centre.token,
      'issueWarning',
      warning(id, [demoUnitId('xishan'), demoUnitId('xishan')]),
      `warning { ${WARNING} }`,
    ),
  ).issueWarning;
  expect(issued.warning.scopeUnitIds).toEqual([demoUnitId('xishan')]);
  const titled = (kind: string) => ({ kind, title: '西山镇道路积水网帖', refType: 'INCIDENT' });
  expect(await arrivals('xishan', id)).toEqual([titled('WARNING_ISSUED')]);
  expect(await arrivals('donghu', id)).toEqual([titled('WARNING_ISSUED')]);
  // Neither named nor working: nothing; the centre that issued it does not deliver to itself.
  expect(await arrivals('nanping', id)).toEqual([]);
  expect(await arrivals('center', id)).toEqual([]);

  // A unit named in the scope may open the incident the warning is about.
  const seen = ok(
    await gql<{ incident: { id: string } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { id } }`,
      { id },
      {
        token: xishan.token,
      },
    ),
  );
  expect(seen.incident.id).toBe(id);

  // Adjusted to name 南坪乡 instead: those it reached before hear of it too.
  ok(
    await mutate(
      api.url,
      centre.token,
      'adjustWarning',
      { ...warning(id, [demoUnitId('nanping')]), level: 'II', reason: '跟帖量快速上升' },
      'id',
    ),
  );
  ok(await mutate(api.url, centre.token, 'liftWarning', { incidentId: id, reason: '已平息' }, 'id'));
  expect(await arrivals('nanping', id)).toEqual([titled('WARNING_ADJUSTED'), titled('WARNING_LIFTED')]);
  // 西山镇, once warned, may read the incident and so hears how its warning ends.
  const all = ['WARNING_ISSUED', 'WARNING_ADJUSTED', 'WARNING_LIFTED'].map(titled);
  expect(await arrivals('xishan', id)).toEqual(all);
  expect(await arrivals('donghu', id)).toEqual(all);
  expect(await arrivals('beicheng', id)).toEqual([]);
});

it('a confidential incident’s warning carries the reference only', async () => {
  const id = await listedIncident(api.url, centre.token, {
    title: '涉密事件标题',
    discoveredAt: new Date(),
    confidential: true,
  });
  ok(await mutate(api.url, centre.token, 'issueWarning', warning(id, [demoUnitId('beicheng')]), 'id'));
  expect(await arrivals('beicheng', id)).toEqual([
    { kind: 'WARNING_ISSUED', title: null, refType: 'INCIDENT' },
  ]);
});

it('a scope naming a unit outside the county’s working units is refused and nothing is recorded', async () => {
  const id = await listedIncident(api.url, centre.token, {
    title: '范围有误的预警',
    discoveredAt: new Date(),
  });
  const before = await countEvents('WarningIssued');
  const refused = await mutate(
    api.url,
    centre.token,
    'issueWarning',
    warning(id, [demoUnitId('xishan'), demoUnitId('city')]),
    'id',
  );
  expect(errorOf(refused)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.scopeUnitIds[1]' })],
  });
  expect(await countEvents('WarningIssued')).toBe(before);
  expect(await arrivals('xishan', id)).toEqual([]);
  // A township may not issue warnings at all, even to itself.
  expect(
    errorOf(await mutate(api.url, xishan.token, 'issueWarning', warning(id, [demoUnitId('xishan')]), 'id'))
      ?.code,
  ).toMatch(/FORBIDDEN|NOT_FOUND/);
});
