import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * `me.capabilities` (ADR 0017, issue 18 §3): the console builds its menus, routes and page-level buttons from this
 * list, so for each of the demo county's people every capability listed must be exactly a call the API then allows,
 * and every one left out a call it refuses. Each is probed with the real call over GraphQL; a mutation is sent with
 * bad input, so that "allowed" shows as VALIDATION_FAILED (the policy let it through to the rules) and nothing changes.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z'); // Thursday 10:00 Beijing
let api: ApiFixture;
const PEOPLE = [
  'zhouming', // centre duty officer
  'wujing', // centre handler
  'zhenghua', // centre leader
  'zhaoqiang', // county administrator
  'qianjun', // county auditor
  'hegang', // propaganda department leader
  'sunli', // spokesperson
  'fengtao', // police handler
  'lina', // 东湖镇 handler
  'wangbo', // 东湖镇 leader
  'liuyun', // village grid worker
  'chenlixin', // county office leader
  'xuming', // city office leader
] as const;
const sessions: Record<string, Session> = {};
let incidentId = '';
let dailyReportId = '';
let draftId = '';
let issuedId = '';
let statementId = '';
let intakeSourceId = '';

/**
 * Allowed when the answer has no error or the one error is bad input or a step the thing's state does not take yet
 * (the policy let it through to the rules); refused on FORBIDDEN or NOT_FOUND.
 */
function allowed(res: GqlResponse<unknown>): boolean {
  const code = res.errors?.[0]?.extensions?.code;
  if (!code || code === 'VALIDATION_FAILED' || code === 'INVALID_TRANSITION') return true;
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return false;
  throw new Error(`unexpected answer: ${JSON.stringify(res.errors)}`);
}
const query = (s: Session, q: string, variables: Record<string, unknown> = {}) =>
  gql(api.url, q, variables, { token: s.token });

const PROBES: Record<string, (s: Session) => Promise<GqlResponse<unknown>>> = {
  REPORT_INCIDENT: (s) =>
    mutate(
      api.url,
      s.token,
      'reportIncident',
      { channel: 'MONITORING', platform: 'WEIBO', title: '', discoveredAt: clock.now().toISOString() },
      'id',
    ),
  READ_COUNTY_INCIDENTS: (s) =>
    query(s, `query I($id: ID!) { incident(id: $id) { id } }`, { id: incidentId }),
  ISSUE_DAILY_REPORT: (s) => mutate(api.url, s.token, 'issueDailyReport', { date: 'not a day' }, 'id'),
  READ_DAILY_REPORTS: (s) =>
    query(s, `query D($id: ID!) { dailyReport(id: $id) { id } }`, { id: dailyReportId }),
  DRAFT_SPECIAL_REPORT: (s) =>
    mutate(
      api.url,
      s.token,
      'saveSpecialReportDraft',
      { incidentId, title: '专', summary: '', analysis: '短', suggestions: [] },
      'id',
    ),
  READ_SPECIAL_REPORTS: (s) =>
    query(s, `query R($id: ID!) { specialReport(id: $id) { id } }`, { id: issuedId }),
  READ_SPECIAL_REPORT_DRAFTS: (s) =>
    query(s, `query R($id: ID!) { specialReport(id: $id) { id } }`, { id: draftId }),
  READ_AUDIT: (s) => query(s, `query H($id: ID!) { incidentHistory(id: $id) { total } }`, { id: incidentId }),
  ADMINISTER_ORGANIZATION: (s) =>
    mutate(api.url, s.token, 'registerUnit', { kind: 'TOWNSHIP', name: '' }, 'id'),
  ADMINISTER_SETTINGS: (s) =>
    mutate(
      api.url,
      s.token,
      'setDeadlinePolicy',
      { defaultHours: -1, feedbackHours: -1, hardCapHours: -1, sameDayForInquiries: true },
      'id',
    ),
  READ_COUNTY_DUTY: (s) => query(s, `{ dutyRosterGaps(days: 7) { hours } }`),
  WORK_INBOX: (s) => query(s, `{ inbox(first: 1) { totalCount } }`),
  READ_INTAKE_QUEUE: (s) => query(s, `{ intakeQueue(first: 1) { totalCount } }`),
  // A unit of another county as the owner: refused by the rules once the policy lets the caller through.
  MANAGE_INTAKE_SOURCES: (s) =>
    mutate(
      api.url,
      s.token,
      'configureIntakeSource',
      { name: '探测来源', kind: 'MONITORING_SERVICE', ownerUnitId: '00000000-0000-4000-8000-000000000000' },
      'id',
    ),
  // The county's source has no column mapping yet: INVALID_TRANSITION for those who may import.
  IMPORT_INTAKE_FILES: (s) =>
    query(s, `mutation I($i: IntakeFileInput!) { importIntakeFile(input: $i) { rows } }`, {
      i: { sourceId: intakeSourceId, fileName: 'probe.csv', contentBase64: '' },
    }),
  ENTER_INTAKE_ITEMS: (s) =>
    mutate(
      api.url,
      s.token,
      'enterIntakeItem',
      { platform: 'WEIBO', text: '', publishedAt: clock.now().toISOString() },
      'id',
    ),
  // The centre's draft (口径), still a draft: sending it back without a reason, revising it blank, publishing it
  // before approval are each refused by the rules for those the policy lets through.
  APPROVE_STATEMENTS: (s) =>
    mutate(api.url, s.token, 'approveStatement', { statementId, approve: false, reason: '' }, 'id'),
  PUBLISH_STATEMENTS: (s) => mutate(api.url, s.token, 'publishStatement', { statementId }, 'id'),
  DRAFT_COUNTY_STATEMENTS: (s) =>
    mutate(api.url, s.token, 'reviseStatement', { statementId, title: '', content: '' }, 'id'),
};

const specialReport = (token: string, input: Record<string, unknown>) =>
  mutate<{ id: string }>(api.url, token, 'saveSpecialReportDraft', input, 'id');

beforeAll(async () => {
  api = await startApi({ label: 'capabilities', clock });
  const all = await Promise.all(PEOPLE.map((u) => login(api.url, u)));
  PEOPLE.forEach((u, i) => (sessions[u] = all[i]));
  const handler = sessions.wujing.token;
  intakeSourceId = ok(
    await mutate<{ id: string }>(
      api.url,
      sessions.zhaoqiang.token,
      'configureIntakeSource',
      { name: '县舆情监测服务', kind: 'MONITORING_SERVICE', ownerUnitId: demoUnitId('center') },
      'id',
    ),
  ).configureIntakeSource.id;
  incidentId = await listedIncident(api.url, handler, {
    title: '东湖镇征地补偿',
    grade: 'II',
    discoveredAt: clock.now(),
  });
  dailyReportId = ok(
    await mutate<{ id: string }>(
      api.url,
      sessions.zhouming.token,
      'issueDailyReport',
      { date: '2026-12-02' },
      'id',
    ),
  ).issueDailyReport.id;
  const content = {
    incidentId,
    title: '关于东湖镇征地补偿舆情的专报',
    summary: '网帖反映补偿款未到位',
    analysis: '传播集中在本地论坛，情绪较为激烈',
    suggestions: ['东湖镇核实补偿发放情况'],
    // Sent, once signed off, to the propaganda department and to the leaders of the units it is copied to.
    copyUnitIds: [demoUnitId('donghu'), demoUnitId('county-office')],
  };
  draftId = ok(await specialReport(handler, content)).saveSpecialReportDraft.id;
  statementId = ok(
    await mutate<{ id: string }>(
      api.url,
      handler,
      'draftStatement',
      { incidentId, kind: 'WORDING', tier: 'POSITIVE_RESPONSE', title: '回应口径', content: '正在核实。' },
      'id',
    ),
  ).draftStatement.id;
  // The one probed as received is a 快报: it also goes up to the city office (the propaganda department is copied,
  // as a 专报 would reach it anyway).
  issuedId = ok(
    await specialReport(handler, {
      ...content,
      kind: 'FLASH',
      spread: '本地论坛阅读量两千余次',
      copyUnitIds: [...content.copyUnitIds, demoUnitId('propaganda')],
    }),
  ).saveSpecialReportDraft.id;
  ok(
    await gql(
      api.url,
      `mutation I($id: ID!) { issueSpecialReport(id: $id) { id } }`,
      { id: issuedId },
      {
        token: sessions.zhenghua.token,
      },
    ),
  );
});
afterAll(() => api.close());

it.each(PEOPLE.map((u) => [u]))(
  '%s: each capability listed is a call allowed, each left out one refused',
  async (u) => {
    const s = sessions[u];
    const listed = ok(await query(s, `{ me { capabilities } }`)) as { me: { capabilities: string[] } };
    const probed: Record<string, boolean> = {};
    for (const [capability, probe] of Object.entries(PROBES)) probed[capability] = allowed(await probe(s));
    const expected = Object.keys(PROBES).filter((c) => probed[c]);
    expect([...listed.me.capabilities].sort()).toEqual(expected.sort());
  },
);

it('lists what the console used to work out for itself, for the people it matters to', async () => {
  const caps = async (u: string) =>
    (ok(await query(sessions[u], `{ me { capabilities } }`)) as { me: { capabilities: string[] } }).me
      .capabilities;
  expect(await caps('zhouming')).toEqual(expect.arrayContaining(['REPORT_INCIDENT', 'ISSUE_DAILY_REPORT']));
  expect(await caps('wujing')).not.toContain('ISSUE_DAILY_REPORT');
  expect(await caps('qianjun')).toEqual(expect.arrayContaining(['READ_AUDIT', 'READ_COUNTY_DUTY']));
  expect(await caps('qianjun')).not.toContain('REPORT_INCIDENT');
  expect(await caps('zhaoqiang')).toEqual(
    expect.arrayContaining(['ADMINISTER_ORGANIZATION', 'ADMINISTER_SETTINGS']),
  );
  expect(await caps('lina')).toEqual(['REPORT_INCIDENT', 'WORK_INBOX', 'ENTER_INTAKE_ITEMS']);
  // 线索来源 for the county administrator; the village 网格员 enters items by hand.
  expect(await caps('zhaoqiang')).toContain('MANAGE_INTAKE_SOURCES');
  expect(await caps('liuyun')).toContain('ENTER_INTAKE_ITEMS');
  expect(await caps('zhouming')).toContain('IMPORT_INTAKE_FILES');
  // 待办 for all but the auditors; 舆情线索 for the centre and the auditors; 口径/通稿 where statements are worked.
  expect(await caps('qianjun')).not.toContain('WORK_INBOX');
  expect(await caps('qianjun')).toContain('READ_INTAKE_QUEUE');
  expect(await caps('hegang')).toContain('APPROVE_STATEMENTS');
  expect(await caps('sunli')).toContain('PUBLISH_STATEMENTS');
  expect(await caps('wujing')).toContain('DRAFT_COUNTY_STATEMENTS');
  expect(await caps('lina')).not.toContain('READ_INTAKE_QUEUE');
  expect(await caps('xuming')).not.toContain('READ_DAILY_REPORTS');
});

it('answers the capabilities with the session that signing in opens', async () => {
  const res = await gql<{ login: { me: { capabilities: string[] } } }>(
    api.url,
    `mutation L($i: LoginInput!) { login(input: $i) { me { capabilities } } }`,
    { i: { username: 'qianjun', password: 'Qingshui@2026' } },
  );
  expect(ok(res).login.me.capabilities).toContain('READ_AUDIT');
});
