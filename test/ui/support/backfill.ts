import { demoUnitId } from '@app/demo';
import { gql, login } from '../../support/api-fixture';
import { ConsoleApi } from './console-api';

/** Invented posts of a county's month (no real people or places). */
const TITLES = [
  ['西山镇石门村道路施工扬尘扰民', 'WORK_SAFETY', 'IV'],
  ['网传北城街道某小区供暖不热', 'OTHER', 'IV'],
  ['南坪乡上坪村饮水工程进度受质疑', 'OTHER', 'III'],
  ['县城某餐馆食品卫生问题视频流传', 'FOOD_DRUG', 'III'],
  ['东湖镇桥头村拆迁安置房分配争议', 'LAND_ACQUISITION', 'II'],
  ['网帖称县第二中学教辅材料违规征订', 'TEXTBOOKS', 'IV'],
  ['西山镇竹林村河道疑似偷排污水', 'ECOLOGY', 'III'],
  ['北关社区疫苗接种点排队时间过长', 'EPIDEMIC_CONTROL', 'IV'],
  ['某工地塔吊作业安全隐患被拍', 'WORK_SAFETY', 'III'],
  ['网传县城出租车拒载乱收费', 'OTHER', 'IV'],
  ['新华社区老旧小区改造施工噪音', 'OTHER', 'IV'],
  ['某化工企业夜间异味引发周边居民担忧', 'ECOLOGY', 'II'],
] as const;

const ASSIGNEES = [
  { unit: 'xishan', user: 'gaoyang' },
  { unit: 'land-bureau', user: 'linfang' },
  { unit: 'donghu', user: 'lina' },
  { unit: 'police', user: 'fengtao' },
  { unit: 'nanping', user: null },
] as const;

function ok<T>(res: { data?: T; errors?: { message: string }[] }): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/**
 * A month of history through the API, with the clock moved back: incidents reported day by day, graded, some
 * listed and dispatched; assignees that sign and hand in on time, late, or not at all. `count` incidents in all.
 * Returns with the clock back at now.
 */
export async function backfill(
  api: ConsoleApi,
  count: number,
  options: { loop?: boolean } = {},
): Promise<void> {
  const loop = options.loop ?? true;
  const day = 24 * 3600_000;
  let made = 0;
  // Handed in a day later than dispatched: late (the 12 h / same-day deadlines have passed).
  let late: { task: string; user: string }[] = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let d = 29; d >= 0 && made < count; d--) {
    // Morning of day d back (Beijing 09:00 = 01:00Z), then spread over the day.
    const start = new Date(Date.now() - d * day);
    start.setUTCHours(1, 0, 0, 0);
    api.clock.offsetMs = start.getTime() - Date.now();
    const centre = await login(api.graphql, 'zhouming');
    const sessions = new Map<string, string>();
    const tokenOf = async (user: string) => {
      if (!sessions.has(user)) sessions.set(user, (await login(api.graphql, user)).token);
      return sessions.get(user)!;
    };
    for (const l of late)
      ok(
        await gql(
          api.graphql,
          `mutation H($i: HandInTaskInput!) { handInTask(input: $i) { id } }`,
          {
            i: {
              taskId: l.task,
              factsFound: '经核实，情况属实',
              measures: '已督促整改',
              result: '整改完成（逾期）',
              evidence: [],
            },
          },
          { token: await tokenOf(l.user) },
        ),
      );
    late = [];
    const todays = Math.min(
      count - made,
      Math.max(1, Math.round(((count - made) / (d + 1)) * (0.4 + rnd() * 1.2))),
    );
    const batch = Array.from({ length: todays }, (_, k) => made + k);
    made += todays;
    const workers = 6;
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        for (const n of batch.filter((_, k) => k % workers === w)) {
          const [title, field, grade] = TITLES[n % TITLES.length];
          const id = ok(
            await gql<{ reportIncident: { id: string } }>(
              api.graphql,
              `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`,
              {
                i: {
                  channel: n % 3 ? 'MONITORING' : 'PUBLIC_REPORT',
                  platform: ['WEIBO', 'DOUYIN', 'WECHAT', 'FORUM', 'LEADER_MESSAGE_BOARD'][n % 5],
                  title: n < TITLES.length ? title : `${title}（${(n % 97) + 1}）`,
                  excerpt: '网民发帖反映相关问题，引发部分网民关注和转发。',
                  discoveredAt: new Date(Date.now() + api.clock.offsetMs).toISOString(),
                  spread: {
                    posts: 1 + (n % 9),
                    reposts: 20 + ((n * 37) % 400),
                    comments: 5 + ((n * 13) % 150),
                    views: 1000 + ((n * 997) % 40000),
                  },
                },
              },
              { token: centre.token },
            ),
          ).reportIncident.id;
          if (n % 7 === 6) continue; // some stay registered, not yet graded
          ok(
            await gql(
              api.graphql,
              `mutation A($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`,
              {
                i: {
                  incidentId: id,
                  nature: 'INQUIRY_APPEAL',
                  veracity: 'UNVERIFIED',
                  field,
                  grade: n % 23 === 0 ? 'I' : grade,
                  reasoning: '按传播范围和敏感程度研判',
                  indicators: [],
                },
              },
              { token: centre.token },
            ),
          );
          if (!loop || n % 3 === 2) continue;
          ok(
            await gql(
              api.graphql,
              `mutation L($i: ListIncidentInput!) { listIncident(input: $i) { id } }`,
              { i: { incidentId: id, requirements: '按时限书面反馈核查和处置情况' } },
              { token: centre.token },
            ),
          );
          const who = ASSIGNEES[n % ASSIGNEES.length];
          if (!who.user && d > 2) continue; // listed, not dispatched yet
          const task = ok(
            await gql<{ dispatchTask: { id: string } }>(
              api.graphql,
              `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
              {
                i: {
                  incidentId: id,
                  unitId: demoUnitId(who.unit),
                  role: 'LEAD',
                  requirements: '核实情况并回应群众关切',
                },
              },
              { token: centre.token },
            ),
          ).dispatchTask.id;
          if (!who.user || d === 0) continue; // nobody signed yet: these run overdue
          const t = await tokenOf(who.user);
          ok(
            await gql(
              api.graphql,
              `mutation S($i: SignTaskInput!) { signTask(input: $i) { id } }`,
              { i: { taskId: task } },
              { token: t },
            ),
          );
          if (n % 4 === 3 && d <= 2) continue; // signed, not handed in yet
          if (n % 10 === 1) {
            late.push({ task, user: who.user });
            continue;
          }
          ok(
            await gql(
              api.graphql,
              `mutation H($i: HandInTaskInput!) { handInTask(input: $i) { id } }`,
              {
                i: {
                  taskId: task,
                  factsFound: '经核实，情况基本属实',
                  measures: '已约谈相关负责人并整改',
                  result: '已整改到位并回应网民',
                  evidence: [],
                },
              },
              { token: t },
            ),
          );
        }
      }),
    );
  }
  api.clock.offsetMs = 0;
}
