import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { DailyReportWatch } from '@app/reports';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * 舆情日报 (004 §三(二)): the centre's duty officer compiles the day — what came in, what is open, what is overdue —
 * adds the positive publicity, and sends it to the propaganda department's leaders. What went out stays as it went
 * out; a second issue of the day is a correction with its reason; only the centre, the department it went to and
 * the county's auditors read it.
 */
const clock = new ManualClock('2026-11-30T01:00:00.000Z'); // Monday 09:00 Beijing
let api: ApiFixture;
let pg: Client;
let officer: Session; // 周明, centre duty officer
let leader: Session; // 郑华, centre leader
let handler: Session; // 吴静, centre handler
let propaganda: Session; // 何刚, propaganda department leader
let township: Session; // 李娜, 东湖镇
let auditor: Session; // 钱军, county auditor

async function signIn(): Promise<void> {
  [officer, leader, handler, propaganda, township, auditor] = await Promise.all(
    ['zhouming', 'zhenghua', 'wujing', 'hegang', 'lina', 'qianjun'].map((u) => login(api.url, u)),
  );
}
const moveTo = async (iso: string) => {
  clock.set(new Date(iso));
  await signIn();
};

const REPORT = `id date revision remarks positive correctionReason recipientNames issuedByName
  figures { newIncidents newByGrade { I II III IV UNGRADED } openIncidents closedThatDay tasksDispatchedThatDay overdueTasks }
  sensitive { incidentId title confidential grade status platform }
  revisions { revision issuedByName correctionReason }`;
interface Report {
  id: string;
  date: string;
  revision: number;
  remarks: string;
  positive: string[];
  correctionReason: string | null;
  recipientNames: string[];
  issuedByName: string;
  figures: Record<string, unknown>;
  sensitive: { incidentId: string; title: string | null; confidential: boolean; grade: string | null }[];
  revisions: { revision: number; issuedByName: string; correctionReason: string | null }[];
}
const issue = (s: Session, input: Record<string, unknown>, key?: string) =>
  mutate<Report>(api.url, s.token, 'issueDailyReport', input, REPORT, key ? { 'Idempotency-Key': key } : {});
const draft = (s: Session, date: string) =>
  gql<{
    dailyReportDraft: { figures: Report['figures']; sensitive: Report['sensitive']; issued: Report | null };
  }>(
    api.url,
    `query D($d: String!) { dailyReportDraft(date: $d) { figures { newIncidents newByGrade { I II III IV UNGRADED }
      openIncidents closedThatDay tasksDispatchedThatDay overdueTasks } sensitive { incidentId title confidential grade }
      issued { id revision } } }`,
    { d: date },
    { token: s.token },
  );
const readOne = (s: Session, id: string) =>
  gql<{ dailyReport: Report }>(
    api.url,
    `query R($id: ID!) { dailyReport(id: $id) { ${REPORT} } }`,
    { id },
    {
      token: s.token,
    },
  );
const readAll = async (s: Session, from: string, to: string) =>
  ok(
    await gql<{ dailyReports: { date: string; revision: number }[] }>(
      api.url,
      `query L($f: String!, $t: String!) { dailyReports(from: $f, to: $t) { date revision } }`,
      { f: from, t: to },
      { token: s.token },
    ),
  ).dailyReports;
const report = (s: Session, title: string, confidential = false) =>
  mutate<{ id: string }>(
    api.url,
    s.token,
    'reportIncident',
    {
      channel: 'MONITORING',
      platform: 'DOUYIN',
      title,
      discoveredAt: clock.now().toISOString(),
      confidential,
    },
    'id',
  );
async function streamEvents(streamId: string) {
  const { rows } = await pg.query<{ type: string; data: Record<string, unknown> }>(
    `SELECT event_type AS type, data FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  return rows;
}
/** A unit's arrivals: all its inbox streams (one per item), in log order. */
async function arrivalEvents(unitKey: string) {
  const { rows } = await pg.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id, global_position`,
    [demoUnitId(unitKey)],
  );
  return rows;
}
const dailyArrivalsOf = async (unitKey: string, kind: string) =>
  (await arrivalEvents(unitKey)).map((r) => r.data).filter((d) => d.kind === kind);
const dailyArrivals = (unitKey: string) => dailyArrivalsOf(unitKey, 'DAILY_REPORT');

beforeAll(async () => {
  api = await startApi({ label: 'daily-report', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await moveTo('2026-11-29T15:30:00.000Z'); // Sunday 23:30 Beijing: one incident the day before
  ok(await report(officer, '周日夜间的网帖'));
  await moveTo('2026-11-30T01:00:00.000Z');
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

let mondayReport = '';
let landTask = '';

it('the draft counts the Beijing day county-wide: graver items first, a confidential one without its title', async () => {
  const land = await listedIncident(api.url, officer.token, {
    title: '东湖镇征地补偿',
    grade: 'III',
    discoveredAt: clock.now(),
  });
  landTask = ok(
    await mutate<{ id: string }>(
      api.url,
      officer.token,
      'dispatchTask',
      { incidentId: land, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并书面反馈' },
      'id',
    ),
  ).dispatchTask.id;
  const secret = await listedIncident(api.url, officer.token, {
    title: '涉密：某单位内部文件外传',
    grade: 'II',
    discoveredAt: clock.now(),
    confidential: true,
  });
  ok(await report(township, '东湖镇村民反映路灯不亮')); // reported up by the township, not yet assessed
  // 22:00 Beijing: the III-grade task (12 h for written feedback) is overdue and not handed in.
  await moveTo('2026-11-30T14:00:00.000Z');
  const d = ok(await draft(officer, '2026-11-30')).dailyReportDraft;
  expect(d.figures).toEqual({
    newIncidents: 3,
    newByGrade: { I: 0, II: 1, III: 1, IV: 0, UNGRADED: 1 },
    openIncidents: 4,
    closedThatDay: 0,
    tasksDispatchedThatDay: 1,
    overdueTasks: 1,
  });
  expect(d.sensitive.map((s) => [s.grade, s.title])).toEqual([
    ['II', null],
    ['III', '东湖镇征地补偿'],
    [null, '东湖镇村民反映路灯不亮'],
  ]);
  expect(d.sensitive[0]).toMatchObject({ incidentId: secret, confidential: true });
  expect(d.issued).toBeNull();
});

it('the duty officer issues it to the propaganda department once, however often the request is sent', async () => {
  const input = {
    date: '2026-11-30',
    positive: [
      '清水发布推送《冬季供暖保障十问》，阅读 1.2 万',
      '  ',
      '县融媒体中心报道东湖镇征地补偿政策解读',
    ],
    remarks: '东湖镇征地补偿舆情已派单，书面反馈超时，已督办。',
  };
  const [one, two] = await Promise.all([
    issue(officer, input, 'daily-1130'),
    issue(officer, input, 'daily-1130'),
  ]);
  const first = ok(one).issueDailyReport;
  expect(ok(two).issueDailyReport.id).toBe(first.id);
  mondayReport = first.id;
  expect(first).toMatchObject({
    date: '2026-11-30',
    revision: 1,
    positive: ['清水发布推送《冬季供暖保障十问》，阅读 1.2 万', '县融媒体中心报道东湖镇征地补偿政策解读'],
    recipientNames: ['清水县委宣传部'],
    issuedByName: '周明',
    correctionReason: null,
    figures: { newIncidents: 3, openIncidents: 4, overdueTasks: 1 },
  });
  expect(await streamEvents(`daily-report-${demoUnitId('center')}-2026-11-30`)).toHaveLength(1);
  // In the propaganda department's and the centre's inboxes, for their leaders; the note carries no title.
  for (const unit of ['propaganda', 'center']) {
    expect(await dailyArrivals(unit)).toEqual([
      expect.objectContaining({
        refType: 'DAILY_REPORT',
        refId: first.id,
        audience: 'LEADERS',
        title: '11月30日舆情日报',
        note: { zh: '新增舆情 3 起，在办 4 起，超时工单 1 件', en: '3 new, 4 open, 1 overdue task(s)' },
      }),
    ]);
  }
});

it('is read by the centre, the propaganda department and the auditors, and by no other unit', async () => {
  for (const s of [leader, handler, propaganda, auditor]) {
    expect(ok(await readOne(s, mondayReport)).dailyReport.sensitive).toHaveLength(3);
    expect(await readAll(s, '2026-11-01', '2026-11-30')).toEqual([{ date: '2026-11-30', revision: 1 }]);
  }
  const refused = await readOne(township, mondayReport);
  expect(refused.errors?.[0].extensions.code).toBe('NOT_FOUND');
  expect(refused.errors?.[0].message).toContain('舆情日报不存在或无权查看');
  expect(await readAll(township, '2026-11-01', '2026-11-30')).toEqual([]);
  // Issuing and its draft are the centre's duty officers' and leaders'.
  for (const s of [handler, propaganda, township, auditor]) {
    expect((await issue(s, { date: '2026-11-30' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await draft(s, '2026-11-30')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  }
});

it('what went out stays as it went out, while the day goes on', async () => {
  ok(await mutate(api.url, township.token, 'signTask', { taskId: landTask }, 'id'));
  ok(
    await mutate(
      api.url,
      township.token,
      'handInTask',
      { taskId: landTask, factsFound: '属实', measures: '入户解释补偿标准', result: '村民已认可' },
      'id',
    ),
  );
  ok(await report(officer, '西山镇水库钓鱼纠纷'));
  expect(ok(await readOne(propaganda, mondayReport)).dailyReport.figures).toMatchObject({
    newIncidents: 3,
    overdueTasks: 1,
  });
  expect(ok(await draft(officer, '2026-11-30')).dailyReportDraft).toMatchObject({
    figures: { newIncidents: 4, overdueTasks: 0 },
    issued: { id: mondayReport, revision: 1 },
  });
});

it('a second issue of the day is refused unless it is a correction with a reason; the first stays on record', async () => {
  const again = await issue(leader, { date: '2026-11-30', positive: ['补充'] });
  expect(again.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'DAILY_REPORT.ALREADY_ISSUED',
  });
  expect(again.errors?.[0].message).toContain('2026-11-30 的舆情日报已编发（第 1 版）');
  const corrected = ok(
    await issue(leader, {
      date: '2026-11-30',
      positive: ['清水发布推送《冬季供暖保障十问》，阅读 1.2 万'],
      remarks: '东湖镇工单已交单。',
      correctionReason: '东湖镇书面反馈已于 22:10 交单，超时数更正',
    }),
  ).issueDailyReport;
  expect(corrected).toMatchObject({
    id: mondayReport,
    revision: 2,
    issuedByName: '郑华',
    correctionReason: '东湖镇书面反馈已于 22:10 交单，超时数更正',
    figures: { newIncidents: 4, overdueTasks: 0 },
    revisions: [
      { revision: 1, issuedByName: '周明', correctionReason: null },
      { revision: 2, issuedByName: '郑华', correctionReason: '东湖镇书面反馈已于 22:10 交单，超时数更正' },
    ],
  });
  const stream = await streamEvents(`daily-report-${demoUnitId('center')}-2026-11-30`);
  expect(
    stream.map((e) => [e.data.revision, (e.data.figures as { overdueTasks: number }).overdueTasks]),
  ).toEqual([
    [1, 1],
    [2, 0],
  ]);
  expect((await dailyArrivals('propaganda')).map((a) => a.title)).toEqual([
    '11月30日舆情日报',
    '11月30日舆情日报（更正）',
  ]);
});

it('refuses a day not begun or long past, and a malformed one, changing nothing', async () => {
  for (const [date, zh] of [
    ['2026-12-01', '不能为以后的日期'],
    ['2026-10-29', '只能编发 31 天内的日报'],
    ['2026-11-31', '日期须为 YYYY-MM-DD'],
  ]) {
    const res = await issue(officer, { date });
    expect(res.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(res.errors?.[0].message).toContain(zh);
    expect((await draft(officer, date)).errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  }
  const { rows } = await pg.query(
    `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'DailyReportIssued'`,
  );
  expect(rows[0].n).toBe(2);
  const range = await gql(
    api.url,
    `{ dailyReports(from: "2026-12-01", to: "2026-11-01") { id } }`,
    {},
    {
      token: officer.token,
    },
  );
  expect(range.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
});

it('a late report on yesterday counts yesterday; two people issuing it at once make one report', async () => {
  await moveTo('2026-12-01T00:30:00.000Z'); // Tuesday 08:30 Beijing
  const results = await Promise.all([
    issue(officer, { date: '2026-11-29', remarks: '周日值班补报' }),
    issue(leader, { date: '2026-11-29', remarks: '周日值班补报（领导）' }),
  ]);
  const won = results.filter((r) => !r.errors);
  const lost = results.filter((r) => r.errors);
  expect(won).toHaveLength(1);
  expect(lost.map((r) => r.errors?.[0].extensions.reason)).toEqual(['DAILY_REPORT.ALREADY_ISSUED']);
  expect(won[0].data!.issueDailyReport).toMatchObject({
    date: '2026-11-29',
    revision: 1,
    figures: { newIncidents: 1, newByGrade: { UNGRADED: 1 }, tasksDispatchedThatDay: 0 },
    sensitive: [{ title: '周日夜间的网帖', grade: null }],
  });
  expect(await streamEvents(`daily-report-${demoUnitId('center')}-2026-11-29`)).toHaveLength(1);
  expect(await readAll(propaganda, '2026-11-01', '2026-12-01')).toEqual([
    { date: '2026-11-30', revision: 2 },
    { date: '2026-11-29', revision: 1 },
  ]);
});

it("from 10:00 the centre's leaders are told, once, that yesterday's report was not issued", async () => {
  const watch = api.server.app.get(DailyReportWatch);
  const missing = async () =>
    (await dailyArrivalsOf('center', 'DAILY_REPORT_MISSING')).map((a) => [a.refId, a.audience, a.title]);
  // Tuesday 08:30: too early to ask; 10:30: Monday's was issued.
  expect(await watch.checkAll()).toEqual([]);
  await moveTo('2026-12-01T02:30:00.000Z');
  expect(await watch.checkAll()).toEqual([]);
  // Wednesday 10:30: Tuesday's was not.
  await moveTo('2026-12-02T02:30:00.000Z');
  expect(await watch.checkAll()).toEqual([
    expect.objectContaining({ unitId: demoUnitId('center'), date: '2026-12-01' }),
  ]);
  expect(await watch.checkAll()).toEqual([]);
  expect(await missing()).toEqual([['2026-12-01', 'LEADERS', '12月1日舆情日报']]);
  const [arrival] = await dailyArrivalsOf('center', 'DAILY_REPORT_MISSING');
  expect(arrival.note).toEqual({
    zh: '截至 10:00，12月1日舆情日报尚未编发报送宣传部，请督促值班人员编发',
    en: 'By 10:00 the daily report for 2026-12-01 had not been issued',
  });
  // Issued late the same day, it is not asked for again.
  ok(await issue(officer, { date: '2026-12-01', remarks: '补发' }));
  await moveTo('2026-12-02T09:00:00.000Z');
  expect(await watch.checkAll()).toEqual([]);
  expect(await missing()).toHaveLength(1);
});
