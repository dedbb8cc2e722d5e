import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Role } from '@app/access';
import { ASSESSMENT_FACTS_PROJECTION } from '@app/assessment';
import { demoUnitId } from '@app/demo';
import { ProjectionRunner } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { TimerService } from '@app/timers';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 统计与考核 (issue 24) from a scripted history with known answers: two townships' tasks in January 2026 (on time with
 * a return for rework and an early closure; late after a 督办, overdue, a risk letter not signed for), a task that
 * fell overdue in January but whose overdue event was only recorded in February (a late correction: January's
 * figures stay as they were), a change of the 考核 rules from July, and who may see what.
 */
const clock = new ManualClock('2026-01-05T01:00:00.000Z'); // 09:00 Beijing, Monday 5 January
let api: ApiFixture;
let pg: Client;
let timers: TimerService;
let centre: Session; // 吴静, centre handler
let admin: Session; // 赵强
let auditor: Session; // 钱军
let leader: Session; // 陈立新, 县委书记, in the county office
let donghu: Session; // 李娜
let xishan: Session; // 高扬
let hexi: Session; // another county's centre leader
let incidentId = '';
let taskC = '';

const DONGHU = demoUnitId('donghu');
const XISHAN = demoUnitId('xishan');
const FEEDBACK = { factsFound: '已核实', measures: '约谈当事人', result: '已答复网民' };
const POINTS = {
  lateHandIn: 2,
  overdue: 3,
  supervision: 1,
  sentBack: 1,
  missedLetter: 1,
  earlyClosureBonus: 1,
};

async function moveTo(at: string): Promise<void> {
  clock.set(at);
  [centre, admin, auditor, leader, donghu, xishan, hexi] = await Promise.all(
    ['wujing', 'zhaoqiang', 'qianjun', 'chenlixin', 'lina', 'gaoyang', 'hexi.leader'].map((u) =>
      login(api.url, u),
    ),
  );
}

const dispatch = async (unitId: string) =>
  ok(
    await mutate<{ id: string; dueAt: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId, role: 'LEAD', requirements: '核实情况并书面反馈' },
      'id dueAt',
    ),
  ).dispatchTask;
const step = async (s: Session, name: string, input: Record<string, unknown>) =>
  ok(await mutate(api.url, s.token, name, input, 'id'));

const FIGURES = `tasksReceived tasksSigned handedIn handedInOnTime handedInLate lateMinutes late6To24h resubmitted sentBack
  accepted earlyClosures overdue supervised lettersReceived lettersSigned lettersMissed incidentsReported
  reportLagMinutes incidentsAssessed assessLagMinutes incidentsDispatched dispatchLagMinutes onTimeRate`;
const STATISTICS = `query S($i: AssessmentStatisticsInput!) { assessmentStatistics(input: $i) {
  period { from to label closed } rules rulesLabel policies { version effectiveFrom lateHandIn }
  units { unitId unitName figures { ${FIGURES} } corrections { ${FIGURES} } overdueOpenAtEnd score scoreWithCorrections rank }
  total { tasksReceived handedInLate } trend { month figures { tasksReceived handedInLate overdue } }
  lateness { label count } } }`;

type Figures = Record<string, number | null>;
interface UnitRow {
  unitId: string;
  unitName: string;
  figures: Figures;
  corrections: Figures | null;
  overdueOpenAtEnd: number;
  score: number;
  scoreWithCorrections: number;
  rank: number | null;
}
interface Statistics {
  period: { from: string; to: string; label: string; closed: boolean };
  rules: string;
  rulesLabel: string;
  policies: { version: number; effectiveFrom: string; lateHandIn: number }[];
  units: UnitRow[];
  total: Figures;
  trend: { month: string; figures: Figures }[];
  lateness: { label: string; count: number }[];
}
const statistics = (s: Session, input: Record<string, unknown>) =>
  gql<{ assessmentStatistics: Statistics }>(api.url, STATISTICS, { i: input }, { token: s.token });
const january = { kind: 'MONTH', year: 2026, month: 1 };
const year2026 = { kind: 'YEAR', year: 2026 };
const unitOf = (st: Statistics, unitId: string) => st.units.find((u) => u.unitId === unitId)!;
const reason = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const RANKING = `query R($p: AssessmentPeriodInput!) { assessmentRanking(period: $p) { rows { rank score isSelf unitName } } }`;

let januaryAsClosed: Statistics;

// A month of steps through the API before the first test: on the shared 2-core machine, under a full `npm test`,
// it took longer than jest's 60 s default for a hook (the whole file takes about 70 s alone).
beforeAll(async () => {
  api = await startApi({ label: 'assessment', clock });
  timers = api.server.app.get(TimerService);
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  await moveTo('2026-01-05T01:00:00.000Z');
  ok(
    await mutate(
      api.url,
      admin.token,
      'setAssessmentPolicy',
      { baseScore: 100, points: POINTS, shareRanking: false },
      'version',
    ),
  );
  // Discovered an hour before it was registered, assessed and listed at once (grade III: 12 h for feedback).
  incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date('2026-01-05T00:00:00.000Z'),
  });

  // Task A, 东湖镇: signed, handed in on time, sent back once, handed in again and struck off before its due time.
  const a = await dispatch(DONGHU);
  expect(a.dueAt).toBe('2026-01-05T13:00:00.000Z');
  await moveTo('2026-01-05T01:30:00.000Z');
  await step(donghu, 'signTask', { taskId: a.id });
  await moveTo('2026-01-05T03:00:00.000Z');
  await step(donghu, 'handInTask', { taskId: a.id, ...FEEDBACK });
  await step(centre, 'reviewTask', { taskId: a.id, accept: false, reason: '补充证据' });
  await moveTo('2026-01-05T04:00:00.000Z');
  await step(donghu, 'handInTask', { taskId: a.id, ...FEEDBACK });
  await step(centre, 'reviewTask', { taskId: a.id, accept: true, reason: '' });

  // A risk letter to both townships, receipt due at 13:00 Beijing; 东湖镇 signs, 西山镇 does not.
  await moveTo('2026-01-06T01:00:00.000Z');
  const letter = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        title: '关于征地补偿网帖的风险提示',
        risk: '网帖持续发酵',
        level: 'III',
        scope: '东湖镇、西山镇',
        watchPoints: '关注转发',
        requestedMeasures: '及时回应',
        recipientUnitIds: [DONGHU, XISHAN],
        receiptDueAt: '2026-01-06T05:00:00.000Z',
      },
      'id',
    ),
  ).sendRiskLetter;
  await moveTo('2026-01-06T02:00:00.000Z');
  ok(
    await gql(
      api.url,
      `mutation { signRiskLetter(letterId: "${letter.id}") { id } }`,
      {},
      { token: donghu.token },
    ),
  );

  // Task B, 西山镇: signed, a 督办 from the centre, overdue (the platform's timer), handed in 14 hours late.
  await moveTo('2026-01-08T01:00:00.000Z');
  const b = await dispatch(XISHAN);
  await moveTo('2026-01-08T01:30:00.000Z');
  await step(xishan, 'signTask', { taskId: b.id });
  await moveTo('2026-01-08T02:00:00.000Z');
  await step(centre, 'superviseTask', {
    taskId: b.id,
    content: '请抓紧办理',
    replyDueAt: '2026-01-08T10:00:00.000Z',
  });
  await moveTo('2026-01-09T01:00:00.000Z');
  await timers.fireDue(); // task B overdue, the letter chased (西山镇 unsigned)
  await moveTo('2026-01-09T03:00:00.000Z');
  await step(xishan, 'handInTask', { taskId: b.id, ...FEEDBACK });

  // Task C, 东湖镇, due 21:00 Beijing on 29 January; nobody fires the timers before February.
  await moveTo('2026-01-29T01:00:00.000Z');
  taskC = (await dispatch(DONGHU)).id;
}, 180_000);
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('a closed month, from the log', () => {
  beforeAll(async () => {
    await moveTo('2026-02-01T01:00:00.000Z'); // 09:00 Beijing, 1 February: January is over
    januaryAsClosed = ok(await statistics(auditor, { period: january })).assessmentStatistics;
  });

  it('counts each unit’s facts with the known answers', () => {
    const s = januaryAsClosed;
    expect(s.period).toEqual({ from: '2026-01-01', to: '2026-01-31', label: '2026年1月', closed: true });
    expect(unitOf(s, DONGHU).figures).toMatchObject({
      tasksReceived: 2,
      tasksSigned: 1,
      handedIn: 1,
      handedInOnTime: 1,
      handedInLate: 0,
      resubmitted: 1,
      sentBack: 1,
      accepted: 1,
      earlyClosures: 1,
      overdue: 0,
      lettersReceived: 1,
      lettersSigned: 1,
      lettersMissed: 0,
      onTimeRate: 1,
    });
    expect(unitOf(s, XISHAN).figures).toMatchObject({
      tasksReceived: 1,
      tasksSigned: 1,
      handedIn: 1,
      handedInOnTime: 0,
      handedInLate: 1,
      lateMinutes: 14 * 60,
      late6To24h: 1,
      supervised: 1, // the centre's; the automatic 督办 goes with `overdue`
      overdue: 1,
      lettersReceived: 1,
      lettersMissed: 1,
      onTimeRate: 0,
    });
    // The centre: discovery to registration, to assessment, to first dispatch — an hour each.
    expect(unitOf(s, demoUnitId('center')).figures).toMatchObject({
      incidentsReported: 1,
      reportLagMinutes: 60,
      incidentsAssessed: 1,
      assessLagMinutes: 60,
      incidentsDispatched: 1,
      dispatchLagMinutes: 60,
    });
    // Task C fell overdue on 29 January, still open at the month's end, but its overdue event is not in the log yet.
    expect(unitOf(s, DONGHU).overdueOpenAtEnd).toBe(1);
    expect(s.lateness.find((b) => b.label === '6–24小时')?.count).toBe(1);
    expect(s.trend).toEqual([
      { month: '2026-01', figures: { tasksReceived: 3, handedInLate: 1, overdue: 1 } },
    ]);
  });

  it('scores under the county’s rules and ranks (equal scores share a rank)', () => {
    // 东湖镇: 100 − 1 (return) + 1 (early closure); 西山镇: 100 − 2 (late) − 3 (overdue) − 1 (督办) − 1 (letter).
    expect(unitOf(januaryAsClosed, DONGHU)).toMatchObject({ score: 100, rank: 1, corrections: null });
    expect(unitOf(januaryAsClosed, XISHAN)).toMatchObject({ score: 93, rank: 3 });
    expect(januaryAsClosed.policies.map((p) => p.version)).toEqual([0, 1]);
  });

  it('keeps January’s figures when a January fact is recorded in February, and shows it as a correction', async () => {
    await moveTo('2026-02-03T01:00:00.000Z');
    await timers.fireDue(); // task C's overdue, written now, belongs to 29 January
    const overdueAt = await pg.query<{ recorded_at: Date }>(
      `SELECT recorded_at FROM es_events WHERE stream_id = $1 AND event_type = 'TaskOverdue'`,
      [`task-${taskC}`],
    );
    expect(overdueAt.rows[0].recorded_at.toISOString()).toBe('2026-02-03T01:00:00.000Z');
    const after = ok(await statistics(auditor, { period: january })).assessmentStatistics;
    for (const unit of januaryAsClosed.units) {
      const now = unitOf(after, unit.unitId);
      expect(now.figures).toEqual(unit.figures);
      expect(now.score).toBe(unit.score);
    }
    expect(unitOf(after, DONGHU).corrections).toMatchObject({ overdue: 1, tasksReceived: 0 });
    expect(unitOf(after, DONGHU).scoreWithCorrections).toBe(97);
    // February does not count it either: it happened in January.
    const february = ok(
      await statistics(auditor, { period: { kind: 'MONTH', year: 2026, month: 2 } }),
    ).assessmentStatistics;
    expect(february.units.find((u) => u.unitId === DONGHU)?.figures.overdue ?? 0).toBe(0);
  });

  it('is reproduced exactly by a rebuild from the log', async () => {
    const dump = async () =>
      (
        await pg.query<Record<string, unknown>>(
          `SELECT * FROM assessment_unit_day ORDER BY unit_id, day, recorded_on`,
        )
      ).rows;
    const memos = async () =>
      (await pg.query<Record<string, unknown>>(`SELECT * FROM assessment_task_memo ORDER BY task_id`)).rows;
    const [rows, tasks] = [await dump(), await memos()];
    expect(rows.length).toBeGreaterThan(5);
    await api.server.app.get(ProjectionRunner).rebuild(ASSESSMENT_FACTS_PROJECTION);
    expect(await dump()).toEqual(rows);
    expect(await memos()).toEqual(tasks);
  });
});

describe('the 考核 rules, changed mid-year', () => {
  beforeAll(async () => {
    // Set in February for July: late hand-ins cost 10 from then on.
    ok(
      await mutate(
        api.url,
        admin.token,
        'setAssessmentPolicy',
        {
          baseScore: 100,
          points: { ...POINTS, lateHandIn: 10 },
          shareRanking: false,
          effectiveFrom: '2026-07-01',
        },
        'version',
      ),
    );
    // Task D, 西山镇, in July: handed in two hours late.
    await moveTo('2026-07-06T01:00:00.000Z');
    const d = await dispatch(XISHAN);
    await step(xishan, 'signTask', { taskId: d.id });
    await moveTo('2026-07-06T15:00:00.000Z');
    await step(xishan, 'handInTask', { taskId: d.id, ...FEEDBACK });
  });

  it('refuses a change that would take effect on a day already past', async () => {
    const res = await mutate(
      api.url,
      admin.token,
      'setAssessmentPolicy',
      { baseScore: 100, points: POINTS, shareRanking: false, effectiveFrom: '2026-07-01' },
      'version',
    );
    expect(reason(res)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'ASSESSMENT.POLICY_RETROACTIVE' });
  });

  it('scores each day under the version in force then', async () => {
    const year = ok(await statistics(leader, { period: year2026 })).assessmentStatistics;
    expect(year.rules).toBe('IN_FORCE');
    expect(year.policies.map((p) => [p.version, p.effectiveFrom])).toEqual([
      [0, '2000-01-01'],
      [1, '2026-01-05'],
      [2, '2026-07-01'],
    ]);
    // January under version 1 (7 off), July's late hand-in under version 2 (10 off).
    expect(unitOf(year, XISHAN)).toMatchObject({ score: 83, rank: 3 });
    // The year is still running: task C's overdue (recorded 3 February) is in its figures, not a correction.
    expect(unitOf(year, DONGHU)).toMatchObject({ score: 97, corrections: null });
  });

  it('recomputes an old period under today’s rules only as a separate, labelled view', async () => {
    const current = ok(
      await statistics(auditor, { period: year2026, rules: 'CURRENT' }),
    ).assessmentStatistics;
    expect(current.rules).toBe('CURRENT');
    expect(current.rulesLabel).toContain('仅供参考');
    expect(current.policies.map((p) => p.version)).toEqual([2]);
    // Both late hand-ins at 10: 100 − 10 − 3 − 1 − 1 − 10.
    expect(unitOf(current, XISHAN).score).toBe(75);
    const closedJanuary = ok(await statistics(auditor, { period: january })).assessmentStatistics;
    expect(unitOf(closedJanuary, XISHAN).score).toBe(93);
  });
});

describe('who sees what', () => {
  it('gives a unit its own figures only, and nothing of another unit', async () => {
    const own = ok(await statistics(donghu, { period: january })).assessmentStatistics;
    expect(own.units.map((u) => u.unitId)).toEqual([DONGHU]);
    expect(own.units[0].rank).toBeNull();
    const other = await statistics(donghu, { period: january, unitId: XISHAN });
    expect(other.data).toBeNull();
    expect(reason(other)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets auditors and the county leaders see the county', async () => {
    for (const s of [auditor, leader]) {
      const county = ok(
        await statistics(s, { period: january, unitKinds: ['TOWNSHIP'] }),
      ).assessmentStatistics;
      expect(county.units.map((u) => u.unitName).sort()).toEqual(['东湖镇', '西山镇']);
    }
  });

  it('shows units the anonymised ranking only once the county shares it', async () => {
    const refused = await gql(api.url, RANKING, { p: january }, { token: donghu.token });
    expect(reason(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'ASSESSMENT.RANKING_NOT_SHARED' });
    ok(
      await mutate(
        api.url,
        admin.token,
        'setAssessmentPolicy',
        { baseScore: 100, points: { ...POINTS, lateHandIn: 10 }, shareRanking: true },
        'version',
      ),
    );
    const ranking = ok(
      await gql<{
        assessmentRanking: {
          rows: { rank: number; score: number; isSelf: boolean; unitName: string | null }[];
        };
      }>(api.url, RANKING, { p: january }, { token: xishan.token }),
    ).assessmentRanking.rows;
    expect(ranking.find((r) => r.isSelf)).toEqual({ rank: 3, score: 93, isSelf: true, unitName: '西山镇' });
    expect(ranking.filter((r) => !r.isSelf).every((r) => r.unitName === null)).toBe(true);
  });

  it('shows another county nothing, and keeps the rules the county administrator’s', async () => {
    const theirs = ok(await statistics(hexi, { period: january })).assessmentStatistics;
    expect(theirs.units).toEqual([]);
    expect(reason(await statistics(hexi, { period: january, unitId: DONGHU }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const s of [donghu, centre, hexi]) {
      const res = await mutate(
        api.url,
        s.token,
        'setAssessmentPolicy',
        { baseScore: 0, points: POINTS, shareRanking: false },
        'version',
      );
      expect(reason(res)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const versions = ok(
      await gql<{ assessmentPolicies: { version: number }[] }>(
        api.url,
        `{ assessmentPolicies { version } }`,
        {},
        { token: auditor.token },
      ),
    ).assessmentPolicies;
    expect(versions.map((v) => v.version)).toEqual([0, 1, 2, 3]);
  });

  it('exports the table as .xlsx with the same access: the county’s rows for the auditor, its own for a unit', async () => {
    const download = (s: Session | null) =>
      fetch(
        `${api.url.replace('/graphql', '')}/files/assessment/statistics.xlsx?kind=MONTH&year=2026&month=1`,
        {
          headers: s ? { authorization: `Bearer ${s.token}` } : {},
        },
      );
    const rowsOf = async (res: Response) => {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const ws = wb.getWorksheet('统计与考核')!;
      const names: string[] = [];
      ws.eachRow((row, n) => {
        if (n > 3) names.push(row.getCell(2).text);
      });
      return { names, wb };
    };
    const county = await rowsOf(await download(auditor));
    expect(county.names).toEqual(expect.arrayContaining(['东湖镇', '西山镇', '合计']));
    const xishanRow = county.wb
      .getWorksheet('统计与考核')!
      .getRows(4, county.names.length)!
      .find((r) => r.getCell(2).value === '西山镇')!;
    expect(xishanRow.getCell(1).value).toBe(3); // rank
    expect(xishanRow.getCell(xishanRow.cellCount).value).toBe(93); // score
    expect(county.wb.getWorksheet('期后更正')!.getRow(4).getCell(1).value).toBe('东湖镇');
    const own = await rowsOf(await download(donghu));
    expect(own.names).toEqual(['东湖镇', '合计']);
    expect((await download(null)).status).toBe(401);
  });

  it('refuses a period that is not one, with a coded error', async () => {
    const res = await statistics(auditor, { period: { kind: 'MONTH', year: 2026, month: 13 } });
    expect(reason(res)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'ASSESSMENT.PERIOD_INVALID' });
  });
});

describe('open and overdue at a period’s end', () => {
  it('reads the due time in force then: an extension granted after the month does not reach back', async () => {
    // A task for 西山镇 dispatched on the last morning of August, due that evening; August ends with it open.
    await moveTo('2026-08-31T02:00:00.000Z'); // 10:00 Beijing, 31 August
    const task = await dispatch(XISHAN);
    await step(xishan, 'signTask', { taskId: task.id });
    const august = { kind: 'MONTH', year: 2026, month: 8 };
    const openInAugust = async () =>
      unitOf(ok(await statistics(auditor, { period: august })).assessmentStatistics, XISHAN).overdueOpenAtEnd;
    await moveTo('2026-09-01T00:30:00.000Z'); // 08:30 Beijing, 1 September: August is over
    expect(await openInAugust()).toBe(1);
    // On 1 September the centre grants more time, to a moment after August: August's figure stays as it was.
    const later = '2026-09-01T01:30:00.000Z'; // 09:30 Beijing, 1 September (within the 24-hour limit)
    expect(Date.parse(task.dueAt)).toBeLessThan(Date.parse('2026-08-31T16:00:00.000Z'));
    await step(xishan, 'requestTaskExtension', {
      taskId: task.id,
      reason: '需到现场核实',
      requestedDueAt: later,
    });
    await step(centre, 'decideTaskExtension', { taskId: task.id, approve: true, reason: '' });
    const { rows } = await pg.query<{ due_at: Date }>(
      `SELECT due_at FROM assessment_task_memo WHERE task_id = $1`,
      [task.id],
    );
    expect(rows[0].due_at.toISOString()).toBe(later);
    expect(await openInAugust()).toBe(1);
  });
});
