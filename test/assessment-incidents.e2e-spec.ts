import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Role } from '@app/access';
import { ASSESSMENT_FACTS_PROJECTION, ASSESSMENT_INCIDENTS_PROJECTION } from '@app/assessment';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 统计与考核, the rest of issue 24, from a scripted March 2026 with known answers: four incidents (the centre's two,
 * 西山镇's two reported up — one 迟报, one 漏报 under the county's limits), an inquiry answered the same day by 东湖镇
 * and one answered by 西山镇 only the next morning (after March closed: a late correction), an incident graded and
 * another re-graded in April (corrections of March's breakdown), a change of the 迟报/漏报 limits from July, and who
 * may see what.
 */
const clock = new ManualClock('2026-03-02T01:00:00.000Z'); // 09:00 Beijing, Monday 2 March
let api: ApiFixture;
let pg: Client;
let centre: Session; // 吴静
let centreLeader: Session; // 郑华
let admin: Session; // 赵强
let auditor: Session; // 钱军
let donghu: Session; // 李娜
let xishan: Session; // 高扬
let hexi: Session; // another county's leader

const DONGHU = demoUnitId('donghu');
const XISHAN = demoUnitId('xishan');
const CENTRE = demoUnitId('center');
const POINTS = {
  lateHandIn: 2,
  overdue: 3,
  supervision: 1,
  sentBack: 1,
  missedLetter: 1,
  earlyClosureBonus: 1,
  lateReport: 1,
  missedReport: 2,
};
let incidentB = '';
let incidentD = '';

async function moveTo(at: string): Promise<void> {
  clock.set(at);
  [centre, centreLeader, admin, auditor, donghu, xishan, hexi] = await Promise.all(
    ['wujing', 'zhenghua', 'zhaoqiang', 'qianjun', 'lina', 'gaoyang', 'hexi.leader'].map((u) =>
      login(api.url, u),
    ),
  );
}
const step = async (s: Session, name: string, input: Record<string, unknown>) =>
  ok(await mutate<{ id: string }>(api.url, s.token, name, input, 'id'))[name];
const report = async (
  s: Session,
  o: { channel: string; platform: string; title: string; discoveredAt: string },
) => (await step(s, 'reportIncident', { ...o, urls: ['https://forum.example/t/1'], confidential: false })).id;
const assess = (incidentId: string, grade: string, field: string, nature: string) =>
  step(centre, 'assessIncident', {
    incidentId,
    grade,
    field,
    nature,
    veracity: 'UNVERIFIED',
    reasoning: '研判',
  });
const dispatch = async (incidentId: string, unitId: string) =>
  (await step(centre, 'dispatchTask', { incidentId, unitId, role: 'LEAD', requirements: '当日答复处理意见' }))
    .id;

const FIGURES = `incidentsReported reportLagMinutes averageReportLagMinutes lateReports missedReports
  incidentsAssessed assessLagMinutes averageAssessLagMinutes incidentsDispatched averageDispatchLagMinutes
  inquiryTasks inquiryReplies inquiryReplyLagMinutes inquiryRepliedSameDay inquirySameDayRate averageInquiryReplyMinutes`;
const STATISTICS = `query S($i: AssessmentStatisticsInput!) { assessmentStatistics(input: $i) {
  period { closed } rulesLabel
  units { unitId figures { ${FIGURES} } corrections { ${FIGURES} } score }
  trend { month figures { lateReports missedReports inquiryTasks } }
  incidents { dimension label rows { value label count corrections } } } }`;

type Figures = Record<string, number | null>;
interface Statistics {
  period: { closed: boolean };
  rulesLabel: string;
  units: { unitId: string; figures: Figures; corrections: Figures | null; score: number }[];
  trend: { month: string; figures: Figures }[];
  incidents: {
    dimension: string;
    label: string;
    rows: { value: string; label: string; count: number; corrections: number }[];
  }[];
}
const statistics = async (s: Session, input: Record<string, unknown>) =>
  gql<{ assessmentStatistics: Statistics }>(api.url, STATISTICS, { i: input }, { token: s.token });
const read = async (s: Session, input: Record<string, unknown>) =>
  ok(await statistics(s, input)).assessmentStatistics;
const march = { kind: 'MONTH', year: 2026, month: 3 };
const year2026 = { kind: 'YEAR', year: 2026 };
const unitOf = (st: Statistics, unitId: string) => st.units.find((u) => u.unitId === unitId)!;
/** A dimension's non-zero values: { value: [count, corrections] }. */
const breakdown = (st: Statistics, dimension: string) =>
  Object.fromEntries(
    st.incidents
      .find((d) => d.dimension === dimension)!
      .rows.filter((r) => r.count || r.corrections)
      .map((r) => [r.value, [r.count, r.corrections]]),
  );
const reason = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;

let marchAsClosed: Statistics;

beforeAll(async () => {
  api = await startApi({ label: 'assessment-incidents', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  await moveTo('2026-03-02T01:00:00.000Z');
  // The county's rules from today: 迟报 after an hour, 漏报 after four.
  ok(
    await mutate(
      api.url,
      admin.token,
      'setAssessmentPolicy',
      {
        baseScore: 100,
        points: POINTS,
        shareRanking: false,
        lateReportAfterMinutes: 60,
        missedReportAfterMinutes: 240,
      },
      'version',
    ),
  );

  // A: the centre's find, registered half an hour after discovery, an inquiry on food (IV), for 东湖镇.
  const a = await listedIncident(api.url, centre.token, {
    title: '网民询问学校食堂食材来源',
    discoveredAt: new Date('2026-03-02T00:30:00.000Z'),
    grade: 'IV',
    field: 'FOOD_DRUG',
    nature: 'INQUIRY_APPEAL',
  });
  const taskA = await dispatch(a, DONGHU);
  await moveTo('2026-03-02T01:30:00.000Z');
  await step(donghu, 'signTask', { taskId: taskA });
  // 15:00 Beijing: the handling opinion, six hours after the task came in — the same day.
  await moveTo('2026-03-02T07:00:00.000Z');
  await step(donghu, 'reportTaskProgress', {
    taskId: taskA,
    note: '已联系网民，正在核实',
    online: [],
    offline: [],
  });
  await moveTo('2026-03-02T08:00:00.000Z');
  await step(donghu, 'handInTask', {
    taskId: taskA,
    factsFound: '食材来源正规',
    measures: '公开采购台账',
    result: '已答复网民',
  });
  await step(centre, 'reviewTask', { taskId: taskA, accept: true, reason: '' });
  await step(centre, 'markIncidentCalmed', { incidentId: a, note: '讨论平息' });
  await step(centreLeader, 'closeIncident', { incidentId: a, summary: '已答复，办结' });

  // B: 西山镇 reports up two hours after discovery (迟报 under the county's hour); the centre grades it III.
  await moveTo('2026-03-05T02:00:00.000Z');
  incidentB = await report(xishan, {
    channel: 'UNIT_REPORT',
    platform: 'DOUYIN',
    title: '西山镇征地补偿短视频',
    discoveredAt: '2026-03-05T00:00:00.000Z',
  });
  await moveTo('2026-03-05T02:30:00.000Z');
  await assess(incidentB, 'III', 'LAND_ACQUISITION', 'MALICIOUS_HYPE');

  // C: 西山镇 again, five hours after discovery (漏报 beyond four); an inquiry, dispatched back to 西山镇 on 31 March.
  await moveTo('2026-03-10T06:00:00.000Z');
  const c = await report(xishan, {
    channel: 'UNIT_REPORT',
    platform: 'FORUM',
    title: '西山镇村民询问低保发放',
    discoveredAt: '2026-03-10T01:00:00.000Z',
  });
  await moveTo('2026-03-10T06:30:00.000Z');
  await assess(c, 'IV', 'OTHER', 'INQUIRY_APPEAL');
  await step(centre, 'listIncident', { incidentId: c, requirements: '核实并答复' });
  await moveTo('2026-03-31T02:00:00.000Z'); // 10:00 Beijing, 31 March
  const taskC = await dispatch(c, XISHAN);
  await moveTo('2026-03-31T03:00:00.000Z');
  await step(xishan, 'signTask', { taskId: taskC }); // signed for, but no word on it yet

  // D: the centre's find on the last afternoon of March, not yet graded when the month ends.
  await moveTo('2026-03-31T08:00:00.000Z');
  incidentD = await report(centre, {
    channel: 'MONITORING',
    platform: 'WEIBO',
    title: '网传河道排污',
    discoveredAt: '2026-03-31T07:30:00.000Z',
  });

  // March is over (08:00 Beijing, 1 April): its figures as the leaders get them.
  await moveTo('2026-04-01T00:00:00.000Z');
  marchAsClosed = await read(auditor, { period: march });

  // Then: 西山镇's first word on C at 09:00 Beijing on 1 April; D graded and B re-graded on 2 April.
  await moveTo('2026-04-01T01:00:00.000Z');
  await step(xishan, 'reportTaskProgress', { taskId: taskC, note: '正在入户核实', online: [], offline: [] });
  await moveTo('2026-04-02T01:00:00.000Z');
  await assess(incidentD, 'III', 'ECOLOGY', 'CONSTRUCTIVE');
  await assess(incidentB, 'II', 'LAND_ACQUISITION', 'MALICIOUS_HYPE');
}, 180_000);

afterAll(async () => {
  await pg?.end();
  await api?.close();
});

describe('March, closed, from the log', () => {
  it('counts the reports: lags, 迟报 and 漏报 under the county’s limits', () => {
    expect(marchAsClosed.period.closed).toBe(true);
    expect(unitOf(marchAsClosed, XISHAN).figures).toMatchObject({
      incidentsReported: 2,
      reportLagMinutes: 120 + 300,
      averageReportLagMinutes: 210,
      lateReports: 1,
      missedReports: 1,
    });
    expect(unitOf(marchAsClosed, CENTRE).figures).toMatchObject({
      incidentsReported: 2,
      reportLagMinutes: 60,
      lateReports: 0,
      missedReports: 0,
    });
    // 100 − 1 (迟报) − 2 (漏报); the inquiry's task is open and not yet due: nothing else.
    expect(unitOf(marchAsClosed, XISHAN).score).toBe(97);
  });

  it('gives the centre its speed: discovery to assessment and to first dispatch, for every incident it judged', () => {
    // A 30 min; B (西山镇's, judged by the centre) 150; C 330. Dispatched: A after 30 min, C after 21 days and an hour.
    expect(unitOf(marchAsClosed, CENTRE).figures).toMatchObject({
      incidentsAssessed: 3,
      assessLagMinutes: 30 + 150 + 330,
      averageAssessLagMinutes: 170,
      incidentsDispatched: 2,
      averageDispatchLagMinutes: (30 + 21 * 1440 + 60) / 2,
    });
  });

  it('counts inquiries and their first replies on the day each came in', () => {
    expect(unitOf(marchAsClosed, DONGHU).figures).toMatchObject({
      inquiryTasks: 1,
      inquiryReplies: 1,
      inquiryReplyLagMinutes: 360,
      inquiryRepliedSameDay: 1,
      inquirySameDayRate: 1,
      averageInquiryReplyMinutes: 360,
    });
    // 西山镇's came in on 31 March and had no answer by the month's end.
    expect(unitOf(marchAsClosed, XISHAN).figures).toMatchObject({
      inquiryTasks: 1,
      inquiryReplies: 0,
      inquirySameDayRate: 0,
      averageInquiryReplyMinutes: null,
    });
    expect(marchAsClosed.trend).toEqual([
      { month: '2026-03', figures: { lateReports: 1, missedReports: 1, inquiryTasks: 2 } },
    ]);
  });

  it('breaks the county’s incidents down by grade, field, channel, platform and outcome', () => {
    expect(breakdown(marchAsClosed, 'CHANNEL')).toEqual({ MONITORING: [2, 0], UNIT_REPORT: [2, 0] });
    expect(breakdown(marchAsClosed, 'PLATFORM')).toEqual({ WEIBO: [2, 0], DOUYIN: [1, 0], FORUM: [1, 0] });
    expect(breakdown(marchAsClosed, 'GRADE')).toEqual({ IV: [2, 0], III: [1, 0], UNASSESSED: [1, 0] });
    expect(breakdown(marchAsClosed, 'FIELD')).toEqual({
      FOOD_DRUG: [1, 0],
      LAND_ACQUISITION: [1, 0],
      OTHER: [1, 0],
      UNASSESSED: [1, 0],
    });
    expect(breakdown(marchAsClosed, 'OUTCOME')).toEqual({ TASKS: [1, 0] });
    const outcome = marchAsClosed.incidents.find((d) => d.dimension === 'OUTCOME')!;
    expect(outcome.label).toBe('按办结方式');
    expect(outcome.rows.find((r) => r.value === 'TASKS')?.label).toBe('派单核查办结');
  });
});

describe('what was recorded after March closed', () => {
  let after: Statistics;
  beforeAll(async () => {
    after = await read(auditor, { period: march });
  });

  it('leaves March’s figures and breakdown as they were', () => {
    for (const unit of marchAsClosed.units) {
      expect(unitOf(after, unit.unitId).figures).toEqual(unit.figures);
      expect(unitOf(after, unit.unitId).score).toBe(unit.score);
    }
    const counts = (st: Statistics) => st.incidents.map((d) => [d.dimension, d.rows.map((r) => r.count)]);
    expect(counts(after)).toEqual(counts(marchAsClosed));
  });

  it('shows the late reply and the gradings as corrections', () => {
    expect(unitOf(after, XISHAN).corrections).toMatchObject({
      inquiryReplies: 1,
      inquiryReplyLagMinutes: 23 * 60,
      inquiryRepliedSameDay: 0,
      lateReports: 0,
    });
    // D graded III (out of 未研判), B moved from III to II: III nets to nothing.
    expect(breakdown(after, 'GRADE')).toEqual({ IV: [2, 0], III: [1, 0], II: [0, 1], UNASSESSED: [1, -1] });
    expect(breakdown(after, 'FIELD')).toMatchObject({ ECOLOGY: [0, 1], UNASSESSED: [1, -1] });
  });

  it('is reproduced exactly by a rebuild from the log', async () => {
    const dump = async (table: string, order: string) =>
      (await pg.query<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
    const tables = async () => [
      await dump(
        'assessment_incident_breakdown',
        'county_id, day, recorded_on, owner_unit_id, dimension, value',
      ),
      await dump('assessment_incident_profile', 'incident_id'),
      await dump('assessment_unit_day', 'unit_id, day, recorded_on'),
      await dump('assessment_task_memo', 'task_id'),
      await dump('assessment_incident_memo', 'incident_id'),
    ];
    const before = await tables();
    expect(before[0].length).toBeGreaterThan(10);
    const runner = api.server.app.get(ProjectionRunner);
    await runner.rebuild(ASSESSMENT_INCIDENTS_PROJECTION);
    await runner.rebuild(ASSESSMENT_FACTS_PROJECTION);
    expect(await tables()).toEqual(before);
  });
});

describe('the 迟报/漏报 limits, changed mid-year', () => {
  beforeAll(async () => {
    // Set in April for July: 迟报 after three hours, 漏报 after ten.
    ok(
      await mutate(
        api.url,
        admin.token,
        'setAssessmentPolicy',
        {
          baseScore: 100,
          points: POINTS,
          shareRanking: false,
          lateReportAfterMinutes: 180,
          missedReportAfterMinutes: 600,
          effectiveFrom: '2026-07-01',
        },
        'version',
      ),
    );
    // E: 西山镇 in July, two hours after discovery — 迟报 in March, within the limit now.
    await moveTo('2026-07-06T03:00:00.000Z');
    await report(xishan, {
      channel: 'UNIT_REPORT',
      platform: 'WECHAT',
      title: '西山镇停水通知',
      discoveredAt: '2026-07-06T01:00:00.000Z',
    });
  });

  it('judges each report under the limits in force on its day', async () => {
    const year = await read(auditor, { period: year2026 });
    expect(unitOf(year, XISHAN).figures).toMatchObject({
      incidentsReported: 3,
      lateReports: 1,
      missedReports: 1,
    });
    expect(year.trend.find((m) => m.month === '2026-07')?.figures).toMatchObject({ lateReports: 0 });
    expect(unitOf(year, XISHAN).score).toBe(97);
  });

  it('judges the year under today’s limits only as the separate, labelled view', async () => {
    // July's limits on March: B (2 h) is within three hours, C (5 h) late but not beyond ten.
    const current = await read(auditor, { period: year2026, rules: 'CURRENT' });
    expect(current.rulesLabel).toContain('仅供参考');
    expect(unitOf(current, XISHAN).figures).toMatchObject({ lateReports: 1, missedReports: 0 });
    expect(unitOf(current, XISHAN).score).toBe(99);
  });

  it('refuses limits where 漏报 does not come after 迟报, with a coded error, and writes nothing', async () => {
    const res = await mutate(
      api.url,
      admin.token,
      'setAssessmentPolicy',
      {
        baseScore: 100,
        points: POINTS,
        shareRanking: false,
        lateReportAfterMinutes: 600,
        missedReportAfterMinutes: 600,
        effectiveFrom: '2026-08-01',
      },
      'version',
    );
    expect(reason(res)).toMatchObject({ code: 'VALIDATION_FAILED' });
    const versions = ok(
      await gql<{ assessmentPolicies: { version: number; lateReportAfterMinutes: number }[] }>(
        api.url,
        `{ assessmentPolicies { version lateReportAfterMinutes } }`,
        {},
        { token: auditor.token },
      ),
    ).assessmentPolicies;
    expect(versions).toEqual([
      { version: 0, lateReportAfterMinutes: 120 },
      { version: 1, lateReportAfterMinutes: 60 },
      { version: 2, lateReportAfterMinutes: 180 },
    ]);
  });
});

describe('who sees what', () => {
  it('gives a unit its own figures and the breakdown of the incidents it registered, nothing of another’s', async () => {
    const own = await read(xishan, { period: march });
    expect(own.units.map((u) => u.unitId)).toEqual([XISHAN]);
    expect(breakdown(own, 'CHANNEL')).toEqual({ UNIT_REPORT: [2, 0] });
    const donghuOwn = await read(donghu, { period: march });
    expect(breakdown(donghuOwn, 'CHANNEL')).toEqual({});
    expect(reason(await statistics(donghu, { period: march, unitId: XISHAN }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('shows another county nothing', async () => {
    const theirs = await read(hexi, { period: march });
    expect(theirs.units).toEqual([]);
    expect(breakdown(theirs, 'GRADE')).toEqual({});
  });

  it('exports the breakdown and the new figures in the .xlsx, with the same access', async () => {
    const download = (s: Session) =>
      fetch(
        `${api.url.replace('/graphql', '')}/files/assessment/statistics.xlsx?kind=MONTH&year=2026&month=3`,
        {
          headers: { authorization: `Bearer ${s.token}` },
        },
      );
    const workbook = async (s: Session) => {
      const res = await download(s);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return wb;
    };
    const county = await workbook(auditor);
    const main = county.getWorksheet('统计与考核')!;
    const headers = (main.getRow(3).values as unknown[]).map(String);
    const xishanRow = main.getRows(4, main.rowCount - 3)!.find((r) => r.getCell(2).value === '西山镇')!;
    expect(xishanRow.getCell(headers.indexOf('迟报')).value).toBe(1);
    expect(xishanRow.getCell(headers.indexOf('漏报')).value).toBe(1);
    const spread = county.getWorksheet('舆情分布')!;
    const lines: string[] = [];
    spread.eachRow((row, n) => {
      if (n > 3) lines.push(`${row.getCell(1).text}|${row.getCell(2).text}|${row.getCell(3).text}`);
    });
    expect(lines).toEqual(expect.arrayContaining(['按发现渠道|单位上报|2', '按办结方式|派单核查办结|1']));
    const own = (await workbook(donghu)).getWorksheet('舆情分布')!;
    const ownLines: string[] = [];
    own.eachRow((row, n) => {
      if (n > 3 && Number(row.getCell(3).value)) ownLines.push(row.getCell(2).text);
    });
    expect(ownLines).toEqual([]);
  });
});
