import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * 责任人 (issue 19; 000 §六3 领导包保、责任到人, 003 §二(三) 专人跟踪): a task names the person in the receiving unit who
 * answers for it — whoever signs, unless the unit names someone — and the unit may name another of its people later,
 * the earlier one kept on record. Only an active member of that unit can be named; a refusal changes nothing.
 */
const clock = new ManualClock('2026-12-04T01:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let officer: Session; // 周明, centre
let lina: Session; // 李娜, 东湖镇 handler
let wangbo: Session; // 王博, 东湖镇 leader
let gaoyang: Session; // 高扬, 西山镇
let admin: Session; // 赵强
let taskId = '';
let incidentId = '';

const TASK = 'id version status responsible { userId name } allowedActions';
interface Task {
  id: string;
  version: number;
  responsible: { userId: string; name: string } | null;
  allowedActions: string[];
}
const errorOf = (r: GqlResponse<unknown>) => r.errors?.[0].extensions;
const name = (s: Session, userId: string) =>
  gql<{ nameTaskResponsible: Task }>(
    api.url,
    `mutation N($i: NameTaskResponsibleInput!) { nameTaskResponsible(input: $i) { ${TASK} } }`,
    { i: { taskId, userId } },
    { token: s.token },
  );
const count = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;
const userId = async (s: Session) =>
  ok(await gql<{ me: { id: string } }>(api.url, '{ me { id } }', {}, { token: s.token })).me.id;

beforeAll(async () => {
  api = await startApi({ label: 'task-responsible', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [officer, lina, wangbo, gaoyang, admin] = await Promise.all(
    ['zhouming', 'lina', 'wangbo', 'gaoyang', 'zhaoqiang'].map((u) => login(api.url, u)),
  );
  incidentId = await listedIncident(api.url, officer.token, {
    title: '东湖镇集贸市场占道经营',
    discoveredAt: clock.now(),
  });
  taskId = ok(
    await mutate<{ id: string }>(
      api.url,
      officer.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并整改' },
      'id',
    ),
  ).dispatchTask.id;
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('names the signer responsible when the unit names no one', async () => {
  const signed = ok(await mutate<Task>(api.url, lina.token, 'signTask', { taskId }, TASK)).signTask;
  expect(signed.responsible).toEqual({ userId: await userId(lina), name: '李娜' });
  expect(signed.allowedActions).toContain('nameTaskResponsible');
});

it('lets the unit name another of its people, and keeps who it was before on the record', async () => {
  const wangId = await userId(wangbo);
  const named = ok(await name(lina, wangId)).nameTaskResponsible;
  expect(named.responsible).toEqual({ userId: wangId, name: '王博' });
  const timeline = ok(
    await gql<{ incident: { timeline: { description: string }[] } }>(
      api.url,
      `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
      { id: incidentId },
      { token: officer.token },
    ),
  ).incident.timeline.map((e) => e.description);
  expect(timeline.slice(-2)).toEqual([
    '09:00 东湖镇 李娜 签收工单，责任人：李娜',
    '09:00 东湖镇 李娜 责任人变更为王博（原为李娜）',
  ]);
  expect(errorOf(await name(lina, wangId))).toMatchObject({ reason: 'TASK.RESPONSIBLE_UNCHANGED' });
});

it('refuses a person of another unit, an unknown or deactivated one, and a caller who does not work the task', async () => {
  const before = await count('TaskResponsibleNamed');
  expect(errorOf(await name(lina, await userId(gaoyang)))).toMatchObject({
    code: 'VALIDATION_FAILED',
    reason: 'TASK.RESPONSIBLE_NOT_OF_UNIT',
  });
  expect(errorOf(await name(lina, '00000000-0000-4000-8000-000000000000'))).toMatchObject({
    reason: 'TASK.RESPONSIBLE_NOT_OF_UNIT',
  });

  const clerk = ok(
    await gql<{ registerUser: { id: string } }>(
      api.url,
      `mutation R($i: RegisterUserInput!) { registerUser(input: $i) { id } }`,
      {
        i: {
          unitId: demoUnitId('donghu'),
          username: 'donghu.clerk',
          displayName: '东湖镇文书',
          roles: ['HANDLER'],
          initialPassword: 'Donghu2026pw!',
        },
      },
      { token: admin.token },
    ),
  ).registerUser.id;
  ok(await mutate(api.url, admin.token, 'deactivateUser', { userId: clerk, reason: '调离' }, 'id'));
  expect(errorOf(await name(lina, clerk))).toMatchObject({ reason: 'TASK.RESPONSIBLE_NOT_OF_UNIT' });

  // Another township, and the dispatcher: the step is the receiving unit's.
  expect(errorOf(await name(gaoyang, await userId(lina)))?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  expect(errorOf(await name(officer, await userId(lina)))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await count('TaskResponsibleNamed')).toBe(before);
});
