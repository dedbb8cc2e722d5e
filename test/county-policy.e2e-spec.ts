import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, ok } from './support/loop-steps';

/**
 * County policies, set by the county ADMIN, each change an event: deadlines (002, 003 give 12 h and 24 h; "per-county
 * policy can change these") — tasks dispatched afterwards are due by the county's numbers — and the grade from which
 * an incident calls for the "1+3+N" linkage (DOMAIN §4).
 */
const clock = new ManualClock('2026-07-01T02:00:00.000Z');
let api: ApiFixture;
let admin: Session;
let centre: Session;
let township: Session;

const POLICY = `{ county { version deadlinePolicy { feedbackHours hardCapHours defaultHours sameDayForInquiries custom } } }`;
const SET = `mutation S($i: SetDeadlinePolicyInput!) { setDeadlinePolicy(input: $i) { deadlinePolicy { feedbackHours hardCapHours custom } } }`;

beforeAll(async () => {
  api = await startApi({ label: 'deadlines', clock });
  [admin, centre, township] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'lina'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await api.close();
});

const newListedIncident = (grade: string) =>
  listedIncident(api.url, centre.token, {
    title: '某村道路施工扬尘',
    grade,
    field: 'ECOLOGY',
    discoveredAt: clock.now(),
  });

const dispatch = (incidentId: string) =>
  gql<{ dispatchTask: { id: string; dueAt: string; hardDueAt: string; deadlineRule: string } }>(
    api.url,
    `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id dueAt hardDueAt deadlineRule } }`,
    { i: { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并反馈' } },
    { token: centre.token },
  );

it('the seeds’ deadlines hold until the county sets its own; only the county ADMIN may, within sane bounds', async () => {
  const before = ok(
    await gql<{ county: { version: number; deadlinePolicy: Record<string, unknown> } }>(
      api.url,
      POLICY,
      {},
      { token: admin.token },
    ),
  ).county;
  expect(before.deadlinePolicy).toEqual({
    feedbackHours: 12,
    hardCapHours: 24,
    defaultHours: 24,
    sameDayForInquiries: true,
    custom: false,
  });
  const h = 3600_000;
  const t0 = clock.now().getTime();
  const defaultIncident = await newListedIncident('III');
  const atDefault = ok(await dispatch(defaultIncident)).dispatchTask;
  expect([new Date(atDefault.dueAt).getTime() - t0, new Date(atDefault.hardDueAt).getTime() - t0]).toEqual([
    12 * h,
    24 * h,
  ]);

  const valid = { feedbackHours: 8, hardCapHours: 16, defaultHours: 24, sameDayForInquiries: true };
  expect((await gql(api.url, SET, { i: valid }, { token: centre.token })).errors?.[0].extensions.code).toBe(
    'FORBIDDEN',
  );
  const reversed = await gql(api.url, SET, { i: { ...valid, feedbackHours: 30 } }, { token: admin.token });
  expect(reversed.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.hardCapHours' })],
  });
  const absurd = await gql(api.url, SET, { i: { ...valid, feedbackHours: 0 } }, { token: admin.token });
  expect(absurd.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.feedbackHours' })],
  });
  // Refused input changed nothing.
  expect(
    ok(await gql<{ county: { version: number } }>(api.url, POLICY, {}, { token: admin.token })).county
      .version,
  ).toBe(before.version);

  const set = ok(
    await gql<{ setDeadlinePolicy: { deadlinePolicy: unknown } }>(
      api.url,
      SET,
      { i: valid },
      { token: admin.token },
    ),
  );
  expect(set.setDeadlinePolicy.deadlinePolicy).toEqual({ feedbackHours: 8, hardCapHours: 16, custom: true });

  // The next dispatch is due by the county's numbers; the earlier task keeps the deadline it was given.
  const t1 = clock.now().getTime();
  const incidentId = await newListedIncident('II');
  const task = ok(await dispatch(incidentId)).dispatchTask;
  expect([new Date(task.dueAt).getTime() - t1, new Date(task.hardDueAt).getTime() - t1]).toEqual([
    8 * h,
    16 * h,
  ]);
  const earlier = ok(
    await gql<{ task: { dueAt: string } }>(
      api.url,
      `query T($id: ID!) { task(id: $id) { dueAt } }`,
      { id: atDefault.id },
      { token: centre.token },
    ),
  ).task;
  expect(earlier.dueAt).toBe(atDefault.dueAt);
  // An auditor sees which rule each task was dispatched under.
  const auditor = await login(api.url, 'qianjun');
  const inForce = async (id: string) =>
    ok(
      await gql<{
        deadlineCompliance: { tasks: { policyInForce: { feedbackHours: number; countySet: boolean } }[] };
      }>(
        api.url,
        `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { policyInForce { feedbackHours countySet } } } }`,
        { id },
        { token: auditor.token },
      ),
    ).deadlineCompliance.tasks[0].policyInForce;
  expect(await inForce(incidentId)).toEqual({ feedbackHours: 8, countySet: true });
  expect(await inForce(defaultIncident)).toEqual({ feedbackHours: 12, countySet: false });

  // An extension past the county's hard limit is refused.
  ok(
    await gql(
      api.url,
      `mutation S($i: SignTaskInput!) { signTask(input: $i) { id } }`,
      { i: { taskId: task.id } },
      { token: township.token },
    ),
  );
  const tooLong = await gql(
    api.url,
    `mutation E($i: RequestTaskExtensionInput!) { requestTaskExtension(input: $i) { id } }`,
    { i: { taskId: task.id, requestedDueAt: new Date(t1 + 20 * h).toISOString(), reason: '需现场核实' } },
    { token: township.token },
  );
  expect(tooLong.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
});

it('linkage is called for from grade II unless the county sets its own threshold (DOMAIN §4)', async () => {
  const threshold = async () =>
    ok(
      await gql<{ county: { linkageThresholdGrade: string } }>(
        api.url,
        `{ county { linkageThresholdGrade } }`,
        {},
        {
          token: admin.token,
        },
      ),
    ).county.linkageThresholdGrade;
  expect(await threshold()).toBe('II');
  const incidentId = await newListedIncident('III');
  const activate = () =>
    gql<{ activateLinkage: { linkage: { byDecision: boolean } } }>(
      api.url,
      `mutation A($i: ActivateLinkageInput!) { activateLinkage(input: $i) { linkage { byDecision } } }`,
      { i: { incidentId, memberUnitIds: [demoUnitId('donghu')] } },
      { token: centre.token },
    );
  // Below the threshold, linkage needs a decision with a reason.
  const below = await activate();
  expect(below.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.byDecision' })],
  });

  const SET_T = `mutation T($g: Grade!) { setLinkageThreshold(grade: $g) }`;
  expect((await gql(api.url, SET_T, { g: 'III' }, { token: centre.token })).errors?.[0].extensions.code).toBe(
    'FORBIDDEN',
  );
  expect(
    ok(await gql<{ setLinkageThreshold: string }>(api.url, SET_T, { g: 'III' }, { token: admin.token })),
  ).toEqual({ setLinkageThreshold: 'III' });
  expect(await threshold()).toBe('III');
  const proposal = ok(
    await gql<{ linkageProposal: { thresholdGrade: string; meetsThreshold: boolean } }>(
      api.url,
      `query P($id: ID!) { linkageProposal(incidentId: $id) { thresholdGrade meetsThreshold } }`,
      { id: incidentId },
      { token: centre.token },
    ),
  ).linkageProposal;
  expect(proposal).toEqual({ thresholdGrade: 'III', meetsThreshold: true });
  expect(ok(await activate()).activateLinkage.linkage.byDecision).toBe(false);
});

it('a same-day reply is given the county’s least working time: an inquiry at 23:27 is due the next working morning', async () => {
  clock.set(new Date('2026-07-07T15:27:00.000Z')); // Tuesday 23:27 Beijing
  [admin, centre] = await Promise.all(['zhaoqiang', 'zhouming'].map((u) => login(api.url, u)));
  const policy = async () =>
    ok(
      await gql<{
        county: { version: number; deadlinePolicy: { sameDayLeastMinutes: number; version: number } };
      }>(
        api.url,
        `{ county { version deadlinePolicy { sameDayLeastMinutes version } } }`,
        {},
        { token: admin.token },
      ),
    ).county;
  const inquiry = async () => {
    const id = await listedIncident(api.url, centre.token, {
      title: '夜间网民询问停水',
      grade: 'IV',
      nature: 'INQUIRY_APPEAL',
      discoveredAt: clock.now(),
    });
    return { incidentId: id, task: ok(await dispatch(id)).dispatchTask };
  };
  // The default: one office hour, from 08:30 on Wednesday.
  const before = await policy();
  expect(before.deadlinePolicy.sameDayLeastMinutes).toBe(60);
  const first = await inquiry();
  expect(first.task).toMatchObject({
    dueAt: '2026-07-08T01:30:00.000Z',
    deadlineRule: 'SAME_DAY_LEAST_TIME',
  });

  // The county sets its own, each change a new version of its policy; a bad value changes nothing.
  const numbers = { feedbackHours: 8, hardCapHours: 16, defaultHours: 24, sameDayForInquiries: true };
  const bad = await gql(
    api.url,
    SET,
    { i: { ...numbers, sameDayLeastMinutes: 961 } },
    { token: admin.token },
  );
  expect(bad.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({
        field: 'input.sameDayLeastMinutes',
        message: '当日答复最少办理时间须为 0–960 的整数分钟（工作时间）',
      }),
    ],
  });
  expect((await policy()).version).toBe(before.version);
  ok(await gql(api.url, SET, { i: { ...numbers, sameDayLeastMinutes: 210 } }, { token: admin.token }));
  const after = await policy();
  expect(after.deadlinePolicy).toEqual({
    sameDayLeastMinutes: 210,
    version: before.deadlinePolicy.version + 1,
  });
  // Omitted, it stays as set.
  ok(await gql(api.url, SET, { i: numbers }, { token: admin.token }));
  expect((await policy()).deadlinePolicy.sameDayLeastMinutes).toBe(210);

  const second = await inquiry();
  expect(second.task).toMatchObject({
    dueAt: '2026-07-08T04:00:00.000Z',
    deadlineRule: 'SAME_DAY_LEAST_TIME',
  });
  const auditor = await login(api.url, 'qianjun');
  const inForce = ok(
    await gql<{ deadlineCompliance: { tasks: { policyInForce: { sameDayLeastMinutes: number } }[] } }>(
      api.url,
      `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { policyInForce { sameDayLeastMinutes } } } }`,
      { id: second.incidentId },
      { token: auditor.token },
    ),
  ).deadlineCompliance.tasks[0].policyInForce;
  expect(inForce).toEqual({ sameDayLeastMinutes: 210 });

  // 0 takes the day literally.
  ok(await gql(api.url, SET, { i: { ...numbers, sameDayLeastMinutes: 0 } }, { token: admin.token }));
  expect((await inquiry()).task).toMatchObject({
    dueAt: '2026-07-07T15:59:59.999Z',
    deadlineRule: 'SAME_DAY',
  });
});
