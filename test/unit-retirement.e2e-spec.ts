import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * Standing a unit down (停用: 撤乡并镇, 机构改革): the county administrator retires a unit once nothing hangs on it —
 * no active sub-units or people, no task owed, no letter unsigned, no "1+3" seat — and the refusal says what still
 * does. A retired unit takes no new task, letter, sub-unit, seat or linkage membership; its history stays, and it can
 * be put back into service.
 */
const clock = new ManualClock('2026-11-30T01:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let admin: Session; // 赵强, county ADMIN
let centre: Session; // 周明
let township: Session; // 李娜, 东湖镇

const UNIT = `id name active deactivatedReason deactivatedAt`;
const deactivate = (s: Session, unitId: string, reason: string, key?: string) =>
  mutate<{ id: string; active: boolean }>(
    api.url,
    s.token,
    'deactivateUnit',
    { unitId, reason },
    UNIT,
    key ? { 'Idempotency-Key': key } : {},
  );
const reactivate = (s: Session, unitId: string) =>
  gql<{ reactivateUnit: { active: boolean; deactivatedReason: string | null } }>(
    api.url,
    `mutation R($u: ID!) { reactivateUnit(unitId: $u) { ${UNIT} } }`,
    { u: unitId },
    { token: s.token },
  );
const unitEvents = async (unitId: string) =>
  (
    await pg.query<{ type: string }>(
      `SELECT event_type AS type FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
      [`unit-${unitId}`],
    )
  ).rows.map((r) => r.type);
const dispatch = (incidentId: string, unitId: string) =>
  mutate<{ id: string }>(
    api.url,
    centre.token,
    'dispatchTask',
    { incidentId, unitId, role: 'LEAD', requirements: '核实' },
    'id status',
  );

/** The centre's risk letter on the test incident, to these units. */
const sendLetter = (recipientUnitIds: string[]) =>
  mutate(
    api.url,
    centre.token,
    'sendRiskLetter',
    {
      incidentId: incident,
      recipientUnitIds,
      title: '查档收费舆情风险提示',
      risk: '误解',
      level: 'IV',
      scope: '全县',
      watchPoints: '评论区',
      requestedMeasures: '及时说明',
    },
    'id',
  );

let archive = '';
let incident = '';

beforeAll(async () => {
  api = await startApi({ label: 'unit-retire', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [admin, centre, township] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'lina'].map((u) => login(api.url, u)),
  );
  archive = ok(
    await mutate<{ id: string }>(
      api.url,
      admin.token,
      'registerUnit',
      { kind: 'BUREAU', name: '清水县档案局', parentId: demoUnitId('center') },
      'id',
    ),
  ).registerUnit.id;
  incident = await listedIncident(api.url, centre.token, {
    title: '网传档案局查档收费',
    grade: 'IV',
    discoveredAt: clock.now(),
  });
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('refuses while something hangs on the unit, naming all of it, and changes nothing', async () => {
  const donghu = await deactivate(admin, demoUnitId('donghu'), '撤乡并镇');
  expect(donghu.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'UNIT.STILL_IN_USE',
  });
  expect(donghu.errors?.[0].message).toMatch(
    /^「东湖镇」尚有 \d+ 个在用的下级单位、\d+ 名在用人员，请先处理后再停用$/,
  );
  const police = await deactivate(admin, demoUnitId('police'), '机构改革');
  expect(police.errors?.[0].message).toContain('"1+3" 联动中的公安席位');

  const station = ok(
    await mutate<{ id: string }>(
      api.url,
      admin.token,
      'registerUnit',
      { kind: 'BUREAU', name: '清水县水利站', parentId: demoUnitId('center') },
      'id',
    ),
  ).registerUnit.id;
  ok(await sendLetter([station, demoUnitId('donghu')]));
  expect((await deactivate(admin, station, '职能划入水务局')).errors?.[0].message).toBe(
    '「清水县水利站」尚有 1 份未签收的风险提示函，请先处理后再停用',
  );

  const task = ok(await dispatch(incident, archive)).dispatchTask.id;
  const owed = await deactivate(admin, archive, '并入县档案馆');
  expect(owed.errors?.[0].message).toBe('「清水县档案局」尚有 1 件未交单的工单，请先处理后再停用');
  expect(await unitEvents(archive)).toEqual(['UnitRegistered']);
  ok(await mutate(api.url, centre.token, 'cancelTask', { taskId: task, reason: '改由县档案馆办理' }, 'id'));
});

it('is the county administrator’s, with a reason; not the centre’s, not twice', async () => {
  expect((await deactivate(township, archive, '并入县档案馆')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect((await deactivate(centre, archive, '并入县档案馆')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect((await deactivate(admin, archive, '撤')).errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect((await deactivate(admin, demoUnitId('center'), '测试')).errors?.[0].extensions).toMatchObject({
    reason: 'UNIT.CANNOT_DEACTIVATE',
  });
  const [one, two] = await Promise.all([
    deactivate(admin, archive, '并入县档案馆', 'retire-archive'),
    deactivate(admin, archive, '并入县档案馆', 'retire-archive'),
  ]);
  expect(ok(one).deactivateUnit).toMatchObject({
    id: archive,
    active: false,
    deactivatedReason: '并入县档案馆',
    deactivatedAt: clock.now().toISOString(),
  });
  expect(ok(two).deactivateUnit).toMatchObject({ active: false });
  expect(await unitEvents(archive)).toEqual(['UnitRegistered', 'UnitDeactivated']);
  expect((await deactivate(admin, archive, '再次停用')).errors?.[0].extensions.reason).toBe(
    'UNIT.ALREADY_INACTIVE',
  );
});

it('a retired unit takes no new task, letter, seat or linkage rule; its old task is still readable', async () => {
  const refused = await dispatch(incident, archive);
  expect(refused.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect(refused.errors?.[0].message).toContain('该单位已停用，不再接收派单和提示函');
  const letter = await sendLetter([demoUnitId('donghu'), archive]);
  expect(letter.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [{ field: 'input.recipientUnitIds[1]' }],
  });
  const rules = await mutate(
    api.url,
    admin.token,
    'setLinkageFieldRules',
    { rules: [{ field: 'OTHER', unitIds: [archive] }] },
    'name',
  );
  expect(rules.errors?.[0].message).toContain('该单位已停用');
  const tasks = ok(
    await gql<{ incident: { tasks: { assigneeUnitId: string; status: string }[] } }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { tasks { assigneeUnitId status } } }`,
      { id: incident },
      { token: centre.token },
    ),
  ).incident.tasks;
  expect(tasks).toEqual([{ assigneeUnitId: archive, status: 'CANCELLED' }]);
});

it('is put back into service, and takes work again', async () => {
  expect((await reactivate(township, archive)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect(ok(await reactivate(admin, archive)).reactivateUnit).toMatchObject({
    active: true,
    deactivatedReason: null,
    deactivatedAt: null,
  });
  expect((await reactivate(admin, archive)).errors?.[0].extensions.reason).toBe('UNIT.ALREADY_ACTIVE');
  expect(ok(await dispatch(incident, archive)).dispatchTask).toMatchObject({ status: 'DISPATCHED' });
  expect(await unitEvents(archive)).toEqual(['UnitRegistered', 'UnitDeactivated', 'UnitReactivated']);
});

it('nobody is added to, or put back into, a unit stood down', async () => {
  const grain = ok(
    await mutate<{ id: string }>(
      api.url,
      admin.token,
      'registerUnit',
      { kind: 'BUREAU', name: '清水县粮食局', parentId: demoUnitId('center') },
      'id',
    ),
  ).registerUnit.id;
  const person = (username: string) =>
    mutate<{ id: string }>(
      api.url,
      admin.token,
      'registerUser',
      { unitId: grain, username, displayName: '孙粮', roles: ['HANDLER'], initialPassword: 'Liangshi@2026x' },
      'id',
    );
  const clerk = ok(await person('sunliang')).registerUser.id;
  ok(await mutate(api.url, admin.token, 'deactivateUser', { userId: clerk, reason: '随机构并入' }, 'id'));
  ok(await deactivate(admin, grain, '并入县发展改革局'));
  const added = await person('sunliang2');
  expect(added.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.unitId', message: '该单位已停用，不能新增人员' })],
  });
  const back = await gql(
    api.url,
    `mutation R($u: ID!) { reactivateUser(userId: $u) { id } }`,
    { u: clerk },
    {
      token: admin.token,
    },
  );
  expect(back.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'USER.UNIT_INACTIVE',
  });
  expect(back.errors?.[0].message).toBe('其所在单位已停用，请先恢复单位');
});
