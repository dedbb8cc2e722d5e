import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * Local grade scales (issue 19): a bureau that grades by its own plan — seed 002's 小微/中级/重大, seed 003's
 * 一般/重大/特大 — sees its own level beside the county's I–IV, as the county administrator maps it; everyone else
 * sees I–IV alone.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let admin: Session; // 赵强, county administrator
let handler: Session; // 吴静, centre handler
let land: Session; // 林芳, 自然资源局
let hexiAdmin: Session; // another county's administrator

const SCALES = [
  {
    name: '三级分类（小微/中级/重大）',
    levels: [
      { label: '小微舆情', grades: ['IV'] },
      { label: '中级舆情', grades: ['III'] },
      { label: '重大舆情', grades: ['II', 'I'] },
    ],
    unitIds: [] as string[],
  },
  {
    name: '三级分类（一般/重大/特大）',
    levels: [
      { label: '一般舆情', grades: ['IV', 'III'] },
      { label: '重大舆情', grades: ['II'] },
      { label: '特大舆情', grades: ['I'] },
    ],
    unitIds: [] as string[],
  },
];
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const setScales = (s: Session, scales: unknown[]) =>
  gql<{ setGradeScales: { gradeScales: { name: string; unitIds: string[] }[] } }>(
    api.url,
    `mutation S($i: SetGradeScalesInput!) { setGradeScales(input: $i) { gradeScales { name unitIds levels { label grades } } } }`,
    { i: { scales } },
    { token: s.token },
  );
const countyEvents = async () =>
  (
    await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'GradeScalesSet'`,
    )
  ).rows[0].n;
const localGrades = async (s: Session, incidentId: string, taskId: string) => {
  const data = ok(
    await gql<{
      incident: { grade: string; localGrade: unknown };
      task: { grade: string; localGrade: unknown };
    }>(
      api.url,
      `query G($i: ID!, $t: ID!) { incident(id: $i) { grade localGrade { scale label } }
         task(id: $t) { grade localGrade { scale label } } }`,
      { i: incidentId, t: taskId },
      { token: s.token },
    ),
  );
  return { incident: data.incident.localGrade, task: data.task.localGrade };
};

beforeAll(async () => {
  api = await startApi({ label: 'grade-scales', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.admin', displayName: '河西管理员', role: Role.ADMIN });
  [admin, handler, land, hexiAdmin] = await Promise.all(
    ['zhaoqiang', 'wujing', 'linfang', 'hexi.admin'].map((u) => login(api.url, u)),
  );
  SCALES[0].unitIds = [demoUnitId('land-bureau')];
  SCALES[1].unitIds = [demoUnitId('market-bureau')];
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('is the county administrator’s to set, every grade in one level, a unit in one scale, the county’s units only', async () => {
  const before = await countyEvents();
  expect(errorOf(await setScales(handler, SCALES))).toMatchObject({ code: 'FORBIDDEN' });
  // Another county cannot give this county's bureau a scale.
  expect(errorOf(await setScales(hexiAdmin, SCALES))).toMatchObject({ code: 'VALIDATION_FAILED' });
  const gap = await setScales(admin, [{ ...SCALES[0], levels: SCALES[0].levels.slice(1) }]);
  expect(errorOf(gap)).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(JSON.stringify(errorOf(gap))).toContain('IV 级没有对应的本地级别');
  const twice = await setScales(admin, [SCALES[0], { ...SCALES[1], unitIds: [demoUnitId('land-bureau')] }]);
  expect(JSON.stringify(errorOf(twice))).toContain('一个单位只能使用一套本地分级');
  expect(await countyEvents()).toBe(before);

  const set = ok(await setScales(admin, SCALES)).setGradeScales.gradeScales;
  expect(set.map((s) => s.name)).toEqual(['三级分类（小微/中级/重大）', '三级分类（一般/重大/特大）']);
  expect(await countyEvents()).toBe(before + 1);
});

it('shows a bureau its own level beside the grade, following a regrading; others see I–IV alone', async () => {
  const incidentId = await listedIncident(api.url, handler.token, {
    title: '南湾村宅基地确权争议',
    grade: 'II',
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });
  const task = ok(
    await mutate<{ id: string }>(
      api.url,
      handler.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('land-bureau'), role: 'LEAD', requirements: '核实确权情况' },
      'id',
    ),
  ).dispatchTask;
  const major = { scale: '三级分类（小微/中级/重大）', label: '重大舆情' };
  expect(await localGrades(land, incidentId, task.id)).toEqual({ incident: major, task: major });
  expect(await localGrades(handler, incidentId, task.id)).toEqual({ incident: null, task: null });

  ok(
    await mutate(
      api.url,
      handler.token,
      'assessIncident',
      {
        incidentId,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'LAND_ACQUISITION',
        grade: 'IV',
        reasoning: '经核实影响较小',
      },
      'id',
    ),
  );
  expect((await localGrades(land, incidentId, task.id)).incident).toEqual({
    scale: '三级分类（小微/中级/重大）',
    label: '小微舆情',
  });
});

it('is read on the county by its units, and cleared by setting none', async () => {
  const read = ok(
    await gql<{ county: { gradeScales: { name: string }[] } }>(
      api.url,
      `{ county { gradeScales { name } } }`,
      {},
      { token: land.token },
    ),
  ).county.gradeScales;
  expect(read).toHaveLength(2);
  expect(ok(await setScales(admin, [])).setGradeScales.gradeScales).toEqual([]);
});
