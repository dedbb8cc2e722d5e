import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { LogSealer } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * The API as a client meets it (issue 27): records name their units with name and kind, reasons a refusal needs are
 * required in the schema, "late" means one thing everywhere, and an integrity check tells "no fault found, not yet
 * sealed" from "sealed and verified".
 */
const clock = new ManualClock('2025-03-03T00:00:00.000Z'); // Monday 08:00 Beijing
const HOUR = 3_600_000;
let api: ApiFixture;
let centre: Session; // 周明, county centre
let township: Session; // 李娜, 东湖镇
let auditor: Session; // 钱军

async function signIn(): Promise<void> {
  [centre, township, auditor] = await Promise.all(
    ['zhouming', 'lina', 'qianjun'].map((u) => login(api.url, u)),
  );
}
const moveTo = async (at: Date) => {
  clock.set(at);
  await signIn();
};

const dispatch = async (incidentId: string) =>
  ok(
    await mutate<{ id: string; dueAt: string; version: number }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
      'id dueAt version',
    ),
  ).dispatchTask;
const handIn = async (taskId: string) =>
  ok(
    await mutate<{ version: number }>(
      api.url,
      township.token,
      'handInTask',
      { taskId, factsFound: '属实', measures: '入户解释', result: '已答复' },
      'version',
    ),
  ).handInTask;

beforeAll(async () => {
  api = await startApi({ label: 'api-client', clock });
  await establishOtherCounty(api, { username: 'hexi-zhou', displayName: '河西周', role: Role.DUTY_OFFICER });
  await signIn();
});
afterAll(() => api.close());

it('a task, a letter and its receipts, a statement and an incident name their units (name, kind)', async () => {
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿',
    discoveredAt: clock.now(),
  });
  const task = await dispatch(incidentId);
  ok(
    await mutate(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
        title: '征地补偿舆情风险提示',
        risk: '可能炒作',
        level: 'III',
        scope: '东湖镇',
        watchPoints: '二次传播',
        requestedMeasures: '核实回应',
      },
      'id',
    ),
  );
  ok(
    await mutate(
      api.url,
      centre.token,
      'draftStatement',
      { incidentId, kind: 'WORDING', tier: 'COMMENTARY', title: '口径', content: '正在核实' },
      'id',
    ),
  );
  const { incident } = ok(
    await gql<{
      incident: {
        reportingUnit: { name: string; kind: string };
        tasks: {
          dispatcherUnit: { name: string; kind: string };
          assigneeUnit: { name: string; kind: string };
        }[];
        letters: {
          senderUnit: { name: string };
          receipts: { unitId: string; unit: { name: string; kind: string } }[];
        }[];
        statements: { draftingUnit: { name: string } }[];
      };
    }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) {
        reportingUnit { name kind }
        tasks { dispatcherUnit { name kind } assigneeUnit { name kind } }
        letters { senderUnit { name } receipts { unitId unit { name kind } } }
        statements { draftingUnit { name } } } }`,
      { id: incidentId },
      { token: centre.token },
    ),
  );
  const centreUnit = { name: '清水县委网信办（县网络舆情应急监控中心）', kind: 'COUNTY_CENTER' };
  expect(incident.reportingUnit).toEqual(centreUnit);
  expect(incident.tasks).toEqual([
    { dispatcherUnit: centreUnit, assigneeUnit: { name: '东湖镇', kind: 'TOWNSHIP' } },
  ]);
  expect(incident.letters[0].senderUnit).toEqual({ name: centreUnit.name });
  expect(incident.letters[0].receipts.map((r) => r.unit)).toEqual([
    { name: '东湖镇', kind: 'TOWNSHIP' },
    { name: '清水县自然资源局', kind: 'BUREAU' },
  ]);
  expect(incident.statements).toEqual([{ draftingUnit: { name: centreUnit.name } }]);

  // The township reads the same names on its own task; another county still finds no such task.
  const TASK = `query T($id: ID!) { task(id: $id) { dispatcherUnit { name } assigneeUnit { name } } }`;
  expect(
    ok(await gql<{ task: unknown }>(api.url, TASK, { id: task.id }, { token: township.token })).task,
  ).toEqual({
    dispatcherUnit: { name: centreUnit.name },
    assigneeUnit: { name: '东湖镇' },
  });
  const hexi = await login(api.url, 'hexi-zhou');
  const other = await gql(api.url, TASK, { id: task.id }, { token: hexi.token });
  expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
});

it('a reason a refusal needs is required in the schema; a blank one is a coded Chinese error that changes nothing', async () => {
  const fields = async (type: string) =>
    ok(
      await gql<{
        __type: { inputFields: { name: string; defaultValue: string | null; type: { kind: string } }[] };
      }>(
        api.url,
        `query F($t: String!) { __type(name: $t) { inputFields { name defaultValue type { kind } } } }`,
        {
          t: type,
        },
      ),
    ).__type.inputFields.find((f) => f.name === 'reason');
  for (const type of ['ReviewTaskInput', 'DecideTaskExtensionInput', 'ApproveStatementInput'])
    expect(await fields(type)).toEqual({ name: 'reason', defaultValue: null, type: { kind: 'NON_NULL' } });
  // Needed only when activating below the threshold: optional, and says so.
  expect(await fields('ActivateLinkageInput')).toEqual({
    name: 'reason',
    defaultValue: null,
    type: { kind: 'SCALAR' },
  });

  const incidentId = await listedIncident(api.url, centre.token, {
    title: '退回理由',
    discoveredAt: clock.now(),
  });
  const task = await dispatch(incidentId);
  ok(await mutate(api.url, township.token, 'signTask', { taskId: task.id }, 'id'));
  const handedIn = await handIn(task.id);

  const omitted = await mutate(api.url, centre.token, 'reviewTask', { taskId: task.id, accept: false }, 'id');
  expect(omitted.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect(omitted.errors?.[0].message).toContain('reason');

  const blank = await mutate(
    api.url,
    centre.token,
    'reviewTask',
    { taskId: task.id, accept: false, reason: '  ' },
    'id',
  );
  expect(blank.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    reason: 'INPUT.REASON_REQUIRED',
    fields: [{ field: 'input.reason', message: '退回重办须填写理由，不能为空' }],
  });
  expect(blank.errors?.[0].message).toContain('退回重办须填写理由');
  const after = ok(
    await gql<{ task: { status: string; version: number } }>(
      api.url,
      `query T($id: ID!) { task(id: $id) { status version } }`,
      { id: task.id },
      { token: centre.token },
    ),
  ).task;
  expect(after).toEqual({ status: 'HANDED_IN', version: handedIn.version });

  // Striking off needs no reason: an empty one is taken.
  ok(
    await mutate(
      api.url,
      centre.token,
      'reviewTask',
      { taskId: task.id, accept: true, reason: '' },
      'status',
    ),
  );

  // Refusing an extension is the same: the reason is required and a blank one is named for what it refuses.
  const other = await dispatch(incidentId);
  ok(await mutate(api.url, township.token, 'signTask', { taskId: other.id }, 'id'));
  ok(
    await mutate(
      api.url,
      township.token,
      'requestTaskExtension',
      {
        taskId: other.id,
        requestedDueAt: new Date(Date.parse(other.dueAt) + HOUR).toISOString(),
        reason: '需走访',
      },
      'id',
    ),
  );
  const refused = await mutate(
    api.url,
    centre.token,
    'decideTaskExtension',
    { taskId: other.id, approve: false, reason: '' },
    'id',
  );
  expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'INPUT.REASON_REQUIRED' });
  expect(refused.errors?.[0].message).toContain('不同意延期须填写理由');
});

it('"late" means one thing on a task and in the compliance record: handed in after the due time, or open past it', async () => {
  const start = clock.now();
  const incidentId = await listedIncident(api.url, centre.token, { title: '逾期口径', discoveredAt: start });
  const open = await dispatch(incidentId); // grade III: due 12 h later
  const reworked = await dispatch(incidentId);
  ok(await mutate(api.url, township.token, 'signTask', { taskId: reworked.id }, 'id'));
  await handIn(reworked.id); // on time
  ok(
    await mutate(
      api.url,
      centre.token,
      'reviewTask',
      { taskId: reworked.id, accept: false, reason: '缺少现场照片' },
      'id',
    ),
  );
  // Past the due time: one task never handed in, the other handed in again after it (rework).
  await moveTo(new Date(start.getTime() + 13 * HOUR));
  await handIn(reworked.id);

  const tasks = ok(
    await gql<{
      incident: { tasks: { id: string; late: boolean; lateByMinutes: number; overdue: boolean }[] };
    }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) { tasks { id late lateByMinutes overdue } } }`,
      { id: incidentId },
      { token: centre.token },
    ),
  ).incident.tasks;
  const compliance = ok(
    await gql<{ deadlineCompliance: { tasks: { taskId: string; late: boolean; overdueMinutes: number }[] } }>(
      api.url,
      `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { taskId late overdueMinutes } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).deadlineCompliance.tasks;
  const byId = (id: string) => ({
    task: tasks.find((t) => t.id === id)!,
    compliance: compliance.find((t) => t.taskId === id)!,
  });
  expect(byId(open.id)).toEqual({
    task: { id: open.id, late: true, lateByMinutes: 60, overdue: true },
    compliance: { taskId: open.id, late: true, overdueMinutes: 60 },
  });
  // Its first hand-in came in time: rework handed in after the deadline does not make it late.
  expect(byId(reworked.id)).toEqual({
    task: { id: reworked.id, late: false, lateByMinutes: 0, overdue: false },
    compliance: { taskId: reworked.id, late: false, overdueMinutes: 0 },
  });
});

it('verifyIncident tells "no fault found, not yet sealed" from "sealed and verified"', async () => {
  const VERIFY = `query V($id: ID!) { verifyIncident(id: $id) { ok verdict checkpointsChecked unsealedEvents } }`;
  const verify = async (id: string) =>
    ok(
      await gql<{ verifyIncident: { ok: boolean; verdict: string; unsealedEvents: number } }>(
        api.url,
        VERIFY,
        { id },
        { token: auditor.token },
      ),
    ).verifyIncident;
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '校验结论',
    discoveredAt: clock.now(),
  });
  expect(await verify(incidentId)).toMatchObject({ ok: true, verdict: 'NOT_SEALED', checkpointsChecked: 0 });

  await api.server.app.get(LogSealer).sealPending();
  expect(await verify(incidentId)).toMatchObject({ ok: true, verdict: 'SEALED', unsealedEvents: 0 });

  await dispatch(incidentId);
  const partly = await verify(incidentId);
  expect(partly).toMatchObject({ ok: true, verdict: 'PARTLY_SEALED' });
  expect(partly.unsealedEvents).toBeGreaterThan(0);
});
