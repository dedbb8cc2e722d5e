import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * The workbench (工作台) figures: open incidents by grade and status, overdue and nearly-due tasks, unsigned risk
 * letters, the daily trend and per-unit on-time rates — each counted within what the caller may see.
 */
const clock = new ManualClock('2025-07-01T00:00:00.000Z'); // 08:00 Beijing
const HOUR = 3_600_000;
let api: ApiFixture;
let centre: Session;
let township: Session;

const DASHBOARD = `query D($days: Int) { dashboard(days: $days) {
  openIncidents { grade status count } overdueTasks nearlyDueTasks unsignedLetters
  trend { day grade count } unitOnTime { unitName tasks handedIn onTime openOverdue onTimeRate } } }`;
interface Dashboard {
  openIncidents: { grade: string | null; status: string; count: number }[];
  overdueTasks: number;
  nearlyDueTasks: number;
  unsignedLetters: number;
  trend: { day: string; grade: string | null; count: number }[];
  unitOnTime: {
    unitName: string;
    tasks: number;
    handedIn: number;
    onTime: number;
    openOverdue: number;
    onTimeRate: number | null;
  }[];
}
const dashboard = async (s: Session, days = 30) =>
  ok(await gql<{ dashboard: Dashboard }>(api.url, DASHBOARD, { days }, { token: s.token })).dashboard;
const moveTo = async (at: number) => {
  clock.set(new Date(Date.parse('2025-07-01T00:00:00.000Z') + at));
  [centre, township] = await Promise.all(['zhouming', 'lina'].map((u) => login(api.url, u)));
};

beforeAll(async () => {
  api = await startApi({ label: 'dashboard', clock });
  [centre, township] = await Promise.all(['zhouming', 'lina'].map((u) => login(api.url, u)));
});
afterAll(() => api.close());

it('counts what is burning, within what each caller may see', async () => {
  const dispatch = async (incidentId: string, unitKey: string) =>
    ok(
      await mutate<{ id: string }>(
        api.url,
        centre.token,
        'dispatchTask',
        { incidentId, unitId: demoUnitId(unitKey), role: 'LEAD', requirements: '核实' },
        'id',
      ),
    ).dispatchTask.id;
  const a = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿',
    grade: 'III',
    discoveredAt: clock.now(),
  });
  const taskA = await dispatch(a, 'donghu');
  ok(
    await mutate(
      api.url,
      centre.token,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: '尚未研判的网帖',
        discoveredAt: clock.now().toISOString(),
      },
      'id',
    ),
  );
  await moveTo(HOUR);
  const b = await listedIncident(api.url, centre.token, {
    title: '西山镇学校食堂',
    grade: 'II',
    discoveredAt: clock.now(),
  });
  await dispatch(b, 'xishan');
  ok(
    await mutate(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId: b,
        recipientUnitIds: [demoUnitId('xishan')],
        title: '食堂舆情风险提示',
        risk: '家长聚集',
        level: 'II',
        scope: '西山镇',
        watchPoints: '家长群',
        requestedMeasures: '及时回应',
      },
      'id',
    ),
  );
  ok(await mutate(api.url, township.token, 'signTask', { taskId: taskA }, 'id'));
  ok(
    await mutate(
      api.url,
      township.token,
      'handInTask',
      { taskId: taskA, factsFound: '属实', measures: '入户解释', result: '已平息' },
      'id',
    ),
  );

  // 12:00 after the first dispatch: B's task (due 13:00) is nearly due.
  await moveTo(12 * HOUR);
  let d = await dashboard(centre);
  expect(d).toMatchObject({ overdueTasks: 0, nearlyDueTasks: 1, unsignedLetters: 1 });
  expect(d.openIncidents.reduce((n, x) => n + x.count, 0)).toBe(3);
  expect(d.openIncidents).toContainEqual({ grade: null, status: 'REGISTERED', count: 1 });
  expect(d.trend).toEqual([
    { day: '2025-07-01', grade: 'II', count: 1 },
    { day: '2025-07-01', grade: 'III', count: 1 },
    { day: '2025-07-01', grade: null, count: 1 },
  ]);

  // 14:00: B's task is overdue; 东湖镇 handed in on time, 西山镇 not at all.
  await moveTo(14 * HOUR);
  d = await dashboard(centre);
  expect(d).toMatchObject({ overdueTasks: 1, nearlyDueTasks: 0 });
  expect(d.unitOnTime).toEqual(
    expect.arrayContaining([
      { unitName: '东湖镇', tasks: 1, handedIn: 1, onTime: 1, openOverdue: 0, onTimeRate: 1 },
      { unitName: '西山镇', tasks: 1, handedIn: 0, onTime: 0, openOverdue: 1, onTimeRate: 0 },
    ]),
  );

  // 东湖镇 sees its own work only: not 西山镇's overdue task, letter or incident.
  const own = await dashboard(township);
  expect(own).toMatchObject({ overdueTasks: 0, unsignedLetters: 0 });
  expect(own.unitOnTime.map((u) => u.unitName)).toEqual(['东湖镇']);
  expect(own.openIncidents.reduce((n, x) => n + x.count, 0)).toBe(1);

  const bad = await gql(api.url, DASHBOARD, { days: 0 }, { token: centre.token });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
});

it('a unit counts its own unsigned receipts, not a letter another recipient has yet to sign', async () => {
  const xishan = await login(api.url, 'gaoyang');
  const before = {
    centre: (await dashboard(centre)).unsignedLetters,
    donghu: (await dashboard(township)).unsignedLetters,
    xishan: (await dashboard(xishan)).unsignedLetters,
  };
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '两镇交界河道污染',
    grade: 'III',
    discoveredAt: clock.now(),
  });
  const letter = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu'), demoUnitId('xishan')],
        title: '河道污染舆情风险提示',
        risk: '村民聚集',
        level: 'III',
        scope: '东湖镇、西山镇',
        watchPoints: '短视频',
        requestedMeasures: '核实回应',
      },
      'id',
    ),
  ).sendRiskLetter.id;
  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter },
      {
        token: township.token,
      },
    ),
  );

  // 东湖镇 has signed: nothing of this letter is its to do, though 西山镇 has not signed yet.
  expect((await dashboard(township)).unsignedLetters).toBe(before.donghu);
  expect((await dashboard(xishan)).unsignedLetters).toBe(before.xishan + 1);
  // The centre chases every recipient: the letter counts until all have signed.
  expect((await dashboard(centre)).unsignedLetters).toBe(before.centre + 1);
});
