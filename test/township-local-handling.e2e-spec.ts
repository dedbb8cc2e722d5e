import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { mutate, ok } from './support/loop-steps';

/**
 * A township runs its own loop for a grade-IV incident of its villages (issue 19; 000 §三 乡镇能处置的自行处置, 001 §三):
 * the village's report reaches the township; the township takes it up, grades it within IV, lists it, dispatches to
 * its own villages and closes it, while the county centre sees everything and may take it over — after which the
 * township's hands are off it. Refusals: another township, the village itself, a graver grade, a unit outside its
 * villages, steps that stay the centre's (warnings).
 */
const clock = new ManualClock('2026-12-07T01:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let centre: Session; // 吴静
let township: Session; // 李娜, 东湖镇
let otherTownship: Session; // 高扬, 西山镇
let village: Session; // 刘云, 柳营村 (东湖镇)
let incidentId = '';

const SELECT = 'id version status grade localUnitId allowedActions';
interface Incident {
  id: string;
  version: number;
  status: string;
  grade: string | null;
  localUnitId: string | null;
  allowedActions: string[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const step = (s: Session, name: string, input: Record<string, unknown>, select = SELECT) =>
  mutate<Incident>(api.url, s.token, name, { incidentId, ...input }, select);
const assess = (s: Session, grade: string) =>
  step(s, 'assessIncident', {
    nature: 'INQUIRY_APPEAL',
    veracity: 'UNVERIFIED',
    field: 'WORK_SAFETY',
    grade,
    reasoning: '村道塌陷，影响出行，传播范围限于本镇',
  });
const dispatch = (s: Session, unitKey: string) =>
  mutate<{ id: string }>(
    api.url,
    s.token,
    'dispatchTask',
    { incidentId, unitId: demoUnitId(unitKey), role: 'LEAD', requirements: '现场核实并设置警示' },
    'id',
  );
const read = async (s: Session) =>
  ok(
    await gql<{ incident: Incident & { timeline: { description: string }[] } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { ${SELECT} timeline { description } } }`,
      { id: incidentId },
      { token: s.token },
    ),
  ).incident;
const arrivals = async (unitKey: string, kind: string) =>
  (
    await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = $2`,
      [demoUnitId(unitKey), kind],
    )
  ).rows[0].n;

beforeAll(async () => {
  api = await startApi({ label: 'township-local', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [centre, township, otherTownship, village] = await Promise.all(
    ['wujing', 'lina', 'gaoyang', 'liuyun'].map((u) => login(api.url, u)),
  );
  incidentId = ok(
    await mutate<{ id: string }>(
      api.url,
      village.token,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'WECHAT',
        title: '柳营村村道塌陷视频在微信群传播',
        urls: ['https://wechat.example/g/1'],
        discoveredAt: clock.now().toISOString(),
        confidential: false,
      },
      'id',
    ),
  ).reportIncident.id;
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await api?.close();
});

it('is offered to the township the village reported through, and to no one else', async () => {
  expect((await read(township)).allowedActions).toContain('handleLocally');
  expect((await read(centre)).allowedActions).not.toContain('handleLocally');
  expect(errorOf(await step(otherTownship, 'handleLocally', {}))).toMatchObject({ code: 'NOT_FOUND' });
  expect(errorOf(await step(village, 'handleLocally', {}))).toMatchObject({
    code: 'FORBIDDEN',
    reason: 'INCIDENT.LOCAL_TOWNSHIP_ONLY',
  });
});

it('lets the township add what it knows, reaching the centre; another township cannot', async () => {
  const added = ok(
    await step(township, 'supplementIncident', { text: '经镇村干部现场核实，塌陷长约3米，已设置警示' }),
  ).supplementIncident;
  expect(added.id).toBe(incidentId);
  expect(errorOf(await step(otherTownship, 'supplementIncident', { text: '无关' }))).toMatchObject({
    code: 'NOT_FOUND',
  });
  expect(errorOf(await step(township, 'supplementIncident', { text: '  ' }))).toMatchObject({
    code: 'VALIDATION_FAILED',
  });
  const note = await pg.query<{ note: { zh: string } }>(
    `SELECT data->'note' AS note FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = 'INCIDENT_SUPPLEMENTED'`,
    [demoUnitId('center')],
  );
  expect(note.rows.map((r) => r.note.zh)).toEqual(['补充情况：经镇村干部现场核实，塌陷长约3米，已设置警示']);
  expect((await read(centre)).timeline.at(-1)?.description).toMatch(
    /李娜 补充情况：经镇村干部现场核实，塌陷长约3米，已设置警示$/,
  );
});

it('lets the township take it up, grade it within IV, list it and dispatch to its own villages only', async () => {
  const taken = ok(await step(township, 'handleLocally', {})).handleLocally;
  expect(taken.localUnitId).toBe(demoUnitId('donghu'));
  expect(taken.allowedActions).toEqual(expect.arrayContaining(['assessIncident']));
  expect(await arrivals('center', 'INCIDENT_TAKEN_UP_LOCALLY')).toBe(1);

  expect(errorOf(await assess(township, 'III'))).toMatchObject({
    code: 'VALIDATION_FAILED',
    reason: 'INCIDENT.TOWNSHIP_GRADE_LIMIT',
  });
  expect(ok(await assess(township, 'IV')).assessIncident.grade).toBe('IV');
  // Warnings stay the centre's (002 预警发布).
  expect(
    errorOf(
      await step(township, 'issueWarning', {
        level: 'IV',
        object: '柳营村村道',
        startAt: clock.now().toISOString(),
        scope: '柳营村',
        matters: '塌陷',
        measures: '设置警示',
      }),
    ),
  ).toMatchObject({ code: 'FORBIDDEN' });
  const listed = ok(await step(township, 'listIncident', { requirements: '当日核实处置' })).listIncident;
  expect(listed.status).toBe('HANDLING');
  expect(listed.allowedActions).toContain('dispatchTask');

  expect(errorOf(await dispatch(township, 'police'))).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(errorOf(await dispatch(township, 'shimen'))).toMatchObject({ code: 'VALIDATION_FAILED' });
  const task = ok(await dispatch(township, 'liuying')).dispatchTask;
  expect(await arrivals('liuying', 'TASK_DISPATCHED')).toBe(1);
  const inbox = ok(
    await gql<{ inbox: { edges: { node: { task: { id: string } | null } }[] } }>(
      api.url,
      `{ inbox { edges { node { task { id } } } } }`,
      {},
      {
        token: village.token,
      },
    ),
  ).inbox.edges.map((e) => e.node.task?.id);
  expect(inbox).toContain(task.id);
});

it('is seen by the centre throughout, which takes it over; then the township’s hands are off it', async () => {
  const seen = await read(centre);
  expect(seen.allowedActions).toContain('takeOverIncident');
  expect(errorOf(await step(township, 'takeOverIncident', { reason: '自行收回' }))).toMatchObject({
    code: 'FORBIDDEN',
  });
  const over = ok(
    await step(centre, 'takeOverIncident', { reason: '视频转发量上升，县中心接管' }),
  ).takeOverIncident;
  expect(over.localUnitId).toBeNull();
  expect(await arrivals('donghu', 'INCIDENT_TAKEN_OVER')).toBe(1);
  expect(errorOf(await assess(township, 'IV'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await dispatch(township, 'qiaotou'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(errorOf(await step(township, 'handleLocally', {}))).toMatchObject({ code: 'INVALID_TRANSITION' });
  // The centre grades it as it judges now.
  expect(ok(await assess(centre, 'III')).assessIncident.grade).toBe('III');

  const timeline = (await read(centre)).timeline.map((l) => l.description);
  expect(timeline.some((l) => l.endsWith('李娜 乡镇自行处置（一般舆情）'))).toBe(true);
  expect(
    timeline.some((l) => l.endsWith('吴静 县中心接管（原由东湖镇自行处置）：视频转发量上升，县中心接管')),
  ).toBe(true);
});

it('lets the township close what it handled itself, the centre seeing each step', async () => {
  incidentId = ok(
    await mutate<{ id: string }>(
      api.url,
      village.token,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'WECHAT',
        title: '桥头村停水通知引发群内议论',
        urls: ['https://wechat.example/g/2'],
        discoveredAt: clock.now().toISOString(),
        confidential: false,
      },
      'id',
    ),
  ).reportIncident.id;
  ok(await step(township, 'handleLocally', {}));
  ok(await assess(township, 'IV'));
  ok(await step(township, 'listIncident', { requirements: '说明停水原因' }));
  ok(await step(township, 'markIncidentCalmed', { note: '已在群内说明检修安排' }));
  const closed = ok(
    await step(township, 'closeIncident', { summary: '供水已恢复，群众无异议' }),
  ).closeIncident;
  expect(closed.status).toBe('CLOSED');
  const seen = await read(centre);
  expect(seen.status).toBe('CLOSED');
  expect(seen.timeline.at(-1)?.description).toMatch(/李娜 办结$/);
});
