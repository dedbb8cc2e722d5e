import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * The county's deadline policy as a grade × step matrix (issue 5): the ADMIN sets cells; tasks and letters are timed
 * by their grade's row; every change is a new version, and a task keeps the version (and row) it was dispatched
 * under for the auditor; bad matrices are refused whole and change nothing.
 */
const clock = new ManualClock('2025-04-07T00:00:00.000Z'); // Monday 08:00 Beijing
const MIN = 60_000;
let api: ApiFixture;
let admin: Session;
let centre: Session;
let auditor: Session;

interface Cell {
  grade: string;
  step: string;
  minutes: number;
  onWorkingTime: boolean;
  custom: boolean;
}
const POLICY = `{ county { deadlinePolicy { version custom remindAtPercent flashMinutes matrix { grade step minutes onWorkingTime custom } } } }`;
const SET_RULES = `mutation R($i: SetDeadlineRulesInput!) { setDeadlineRules(input: $i) { grade step minutes onWorkingTime custom } }`;

const policy = async () =>
  ok(
    await gql<{
      county: {
        deadlinePolicy: {
          version: number;
          custom: boolean;
          remindAtPercent: number;
          flashMinutes: number;
          matrix: Cell[];
        };
      };
    }>(api.url, POLICY, {}, { token: admin.token }),
  ).county.deadlinePolicy;
const cell = (m: Cell[], grade: string, step: string) => m.find((c) => c.grade === grade && c.step === step)!;

beforeAll(async () => {
  api = await startApi({ label: 'matrix', clock });
  [admin, centre, auditor] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'qianjun'].map((u) => login(api.url, u)),
  );
});
afterAll(() => api.close());

it('starts from the seeds: 12 h written feedback for III and above, 24 h hard limit, version 0', async () => {
  const p = await policy();
  expect(p).toMatchObject({ version: 0, custom: false, remindAtPercent: 75, flashMinutes: 60 });
  expect(p.matrix).toHaveLength(24);
  expect(cell(p.matrix, 'III', 'WRITTEN_FEEDBACK')).toEqual({
    grade: 'III',
    step: 'WRITTEN_FEEDBACK',
    minutes: 720,
    onWorkingTime: false,
    custom: false,
  });
  expect(cell(p.matrix, 'I', 'HARD_CAP').minutes).toBe(1440);
  expect(cell(p.matrix, 'IV', 'WRITTEN_FEEDBACK').minutes).toBe(1440);
});

it('refuses a bad matrix whole, naming every cell, and changes nothing', async () => {
  const res = await gql(
    api.url,
    SET_RULES,
    {
      i: {
        rules: [
          { grade: 'II', step: 'SIGN_FOR', minutes: 0 },
          { grade: 'II', step: 'WRITTEN_FEEDBACK', minutes: 300 },
          { grade: 'II', step: 'WRITTEN_FEEDBACK', minutes: 360 },
        ],
      },
    },
    { token: admin.token },
  );
  expect(res.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.rules[0].minutes', message: '时限须为 1–10080 的整数分钟' }),
      expect.objectContaining({ field: 'input.rules[2]', message: 'II 级「书面反馈」重复设置' }),
    ],
  });
  const longer = await gql(
    api.url,
    SET_RULES,
    { i: { rules: [{ grade: 'I', step: 'WRITTEN_FEEDBACK', minutes: 1500 }] } },
    { token: admin.token },
  );
  expect(longer.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.rules', message: 'I 级：书面反馈时限不能长于最长时限' }),
    ],
  });
  const mixed = await gql(
    api.url,
    SET_RULES,
    {
      i: {
        rules: [
          { grade: 'III', step: 'WRITTEN_FEEDBACK', minutes: 480, onWorkingTime: true },
          { grade: 'I', step: 'SIGN_FOR', minutes: 720 },
        ],
      },
    },
    { token: admin.token },
  );
  expect(mixed.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ message: 'I 级：「签收」须早于书面反馈时限' }),
      expect.objectContaining({ message: 'III 级：书面反馈与最长时限须同按自然时间或同按工作时间计算' }),
    ],
  });
  const notAdmin = await gql(
    api.url,
    SET_RULES,
    { i: { rules: [{ grade: 'II', step: 'SIGN_FOR', minutes: 15 }] } },
    { token: centre.token },
  );
  expect(notAdmin.errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect((await policy()).version).toBe(0);
});

it('times a grade II task by its row, records the version it was dispatched under, and keeps it after a change', async () => {
  const set = ok(
    await gql<{ setDeadlineRules: Cell[] }>(
      api.url,
      SET_RULES,
      {
        i: {
          rules: [
            { grade: 'II', step: 'SIGN_FOR', minutes: 15 },
            { grade: 'II', step: 'WRITTEN_FEEDBACK', minutes: 240 },
            { grade: 'II', step: 'SUPERVISION_REPLY', minutes: 60 },
            { grade: 'II', step: 'LETTER_RECEIPT', minutes: 30 },
          ],
        },
      },
      { token: admin.token },
    ),
  ).setDeadlineRules;
  expect(cell(set, 'II', 'WRITTEN_FEEDBACK')).toMatchObject({ minutes: 240, custom: true });
  expect(cell(set, 'III', 'WRITTEN_FEEDBACK')).toMatchObject({ minutes: 720, custom: false });
  expect((await policy()).version).toBe(1);

  const incidentId = await listedIncident(api.url, centre.token, {
    title: '化工厂排污传言',
    grade: 'II',
    discoveredAt: clock.now(),
  });
  const task = ok(
    await mutate<{ id: string; dueAt: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实排污情况' },
      'id dueAt',
    ),
  ).dispatchTask;
  expect(task.dueAt).toBe('2025-04-07T04:00:00.000Z');
  const letter = ok(
    await mutate<{ receiptDueAt: string }>(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu')],
        title: '关于化工厂排污舆情的风险提示函',
        risk: '可能引发聚集',
        level: 'II',
        scope: '东湖镇',
        watchPoints: '本地群',
        requestedMeasures: '及时回应',
      },
      'receiptDueAt',
    ),
  ).sendRiskLetter;
  expect(letter.receiptDueAt).toBe('2025-04-07T00:30:00.000Z');

  // The row's own sign-for time: reminded after 15 minutes, not an hour.
  const timers = api.server.app.get(TimerService);
  clock.set(new Date(clock.now().getTime() + 16 * MIN));
  const runs = await timers.fireDue();
  expect(runs.filter((r) => r.subjectId === task.id).map((r) => [r.kind, r.outcome])).toEqual([
    ['TASK_SIGN_FOR', 'FIRED'],
  ]);

  // A later change is version 2 and keeps the cells; the task keeps version 1 and its row.
  [admin, centre, auditor] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'qianjun'].map((u) => login(api.url, u)),
  );
  ok(
    await mutate(
      api.url,
      admin.token,
      'setDeadlinePolicy',
      {
        feedbackHours: 10,
        hardCapHours: 24,
        defaultHours: 24,
        sameDayForInquiries: true,
        remindAtPercent: 80,
      },
      'id',
    ),
  );
  const after = await policy();
  expect(after).toMatchObject({ version: 2, remindAtPercent: 80 });
  expect(cell(after.matrix, 'II', 'WRITTEN_FEEDBACK')).toMatchObject({ minutes: 240, custom: true });
  expect(cell(after.matrix, 'III', 'WRITTEN_FEEDBACK')).toMatchObject({ minutes: 600, custom: false });

  const inForce = ok(
    await gql<{
      deadlineCompliance: { tasks: { policyInForce: { version: number; rules: Cell[] } }[] };
    }>(
      api.url,
      `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { policyInForce { version rules { grade step minutes onWorkingTime custom } } } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).deadlineCompliance.tasks[0].policyInForce;
  expect(inForce.version).toBe(1);
  expect(inForce.rules.map((r) => [r.step, r.minutes, r.custom])).toEqual([
    ['SIGN_FOR', 15, true],
    ['FIRST_REPLY', 120, false],
    ['WRITTEN_FEEDBACK', 240, true],
    ['HARD_CAP', 1440, false],
    ['SUPERVISION_REPLY', 60, true],
    ['LETTER_RECEIPT', 30, true],
  ]);
});
