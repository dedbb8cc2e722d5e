import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * 舆情专报 (004 §三(三)): for a grave incident the county centre writes a special analysis with its handling
 * suggestions; the centre's leader signs it off under the year's next number and it goes to the propaganda
 * department and the units it is copied to. Before that it is the centre's alone; after that nothing changes.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z'); // Thursday 10:00 Beijing
let api: ApiFixture;
let pg: Client;
let handler: Session; // 吴静, centre handler
let leader: Session; // 郑华, centre leader
let propaganda: Session; // 何刚, propaganda department leader
let township: Session; // 李娜, 东湖镇 handler
let townLeader: Session; // 王博, 东湖镇 leader
let otherTownship: Session; // 高扬, 西山镇
let auditor: Session; // 钱军, county auditor
let admin: Session; // 赵强, county administrator
let land = '';

const REPORT = `id incidentId incidentTitle confidential status year number serial title summary analysis suggestions
  addressees copyUnitIds copyNames draftRevision draftedByName issuedByName issuedAt version`;
interface Report {
  id: string;
  status: string;
  year: number | null;
  number: number | null;
  serial: string | null;
  title: string;
  suggestions: string[];
  addressees: string;
  copyUnitIds: string[];
  copyNames: string[];
  draftRevision: number;
  draftedByName: string;
  issuedByName: string | null;
  version: number;
}
const save = (s: Session, input: Record<string, unknown>, key?: string) =>
  mutate<Report>(
    api.url,
    s.token,
    'saveSpecialReportDraft',
    input,
    REPORT,
    key ? { 'Idempotency-Key': key } : {},
  );
const issue = (s: Session, id: string, key?: string, version?: number) =>
  gql<{ issueSpecialReport: Report }>(
    api.url,
    `mutation I($id: ID!, $v: Int) { issueSpecialReport(id: $id, expectedVersion: $v) { ${REPORT} } }`,
    { id, v: version ?? null },
    { token: s.token, headers: key ? { 'Idempotency-Key': key } : {} },
  );
const readOne = (s: Session, id: string) =>
  gql<{ specialReport: Report }>(
    api.url,
    `query R($id: ID!) { specialReport(id: $id) { ${REPORT} } }`,
    { id },
    {
      token: s.token,
    },
  );
const readAll = async (s: Session, incidentId?: string) =>
  ok(
    await gql<{ specialReports: { id: string; status: string }[] }>(
      api.url,
      `query L($i: ID) { specialReports(incidentId: $i) { id status } }`,
      { i: incidentId ?? null },
      { token: s.token },
    ),
  ).specialReports;
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;

async function streamEvents(streamId: string) {
  const { rows } = await pg.query<{ type: string; data: Record<string, unknown> }>(
    `SELECT event_type AS type, data FROM es_events WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  return rows;
}
const arrivals = async (unitKey: string) =>
  (
    await pg.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id, global_position`,
      [demoUnitId(unitKey)],
    )
  ).rows
    .map((r) => r.data)
    .filter((d) => d.kind === 'SPECIAL_REPORT');
const countEvents = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;

const content = (over: Record<string, unknown> = {}) => ({
  incidentId: land,
  title: '关于东湖镇征地补偿网帖的舆情专报',
  summary: '12月3日，微博出现“东湖镇征地补偿不到位”网帖，转发 3000 余次，评论集中于补偿标准与发放进度。',
  analysis: '网帖情绪激烈，存在线下聚集苗头；补偿标准已公示但解读不足，若处置不及时可能升级为较大舆情。',
  suggestions: ['东湖镇 12 小时内核实补偿发放情况并书面反馈', '  ', '自然资源局发布补偿标准政策解读'],
  copyUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
  ...over,
});

beforeAll(async () => {
  api = await startApi({ label: 'special-report', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [handler, leader, propaganda, township, townLeader, otherTownship, auditor, admin] = await Promise.all(
    ['wujing', 'zhenghua', 'hegang', 'lina', 'wangbo', 'gaoyang', 'qianjun', 'zhaoqiang'].map((u) =>
      login(api.url, u),
    ),
  );
  land = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿',
    grade: 'II',
    discoveredAt: clock.now(),
  });
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

let reportId = '';

it('the centre drafts one, however often the request is sent; the draft is the centre’s and the auditors’ alone', async () => {
  const [one, two] = await Promise.all([save(handler, content(), 'sr-1'), save(handler, content(), 'sr-1')]);
  const draft = ok(one).saveSpecialReportDraft;
  expect(ok(two).saveSpecialReportDraft.id).toBe(draft.id);
  reportId = draft.id;
  expect(draft).toMatchObject({
    status: 'DRAFT',
    serial: null,
    number: null,
    draftRevision: 1,
    draftedByName: '吴静',
    // Blank lines dropped; the default addressees of 004 §三(三).
    suggestions: ['东湖镇 12 小时内核实补偿发放情况并书面反馈', '自然资源局发布补偿标准政策解读'],
    addressees: '县委书记，县长，县委常委、宣传部部长',
    copyNames: ['东湖镇', '清水县自然资源局'],
  });
  expect(await streamEvents(`special-report-${reportId}`)).toHaveLength(1);
  for (const s of [handler, leader, auditor]) {
    expect(ok(await readOne(s, reportId)).specialReport.title).toBe('关于东湖镇征地补偿网帖的舆情专报');
    expect(await readAll(s, land)).toEqual([{ id: reportId, status: 'DRAFT' }]);
  }
  // The units it will go to see nothing of it until it is signed off.
  for (const s of [propaganda, townLeader, otherTownship]) {
    expect(errorOf(await readOne(s, reportId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await readAll(s)).toEqual([]);
  }
  // Writing one is the centre's work.
  for (const s of [township, propaganda, auditor, admin])
    expect(errorOf(await save(s, content()))?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
});

it('bad input is refused field by field and changes nothing', async () => {
  const before = await countEvents('SpecialReportDrafted');
  const bad = await save(handler, content({ analysis: '短', suggestions: [' '], title: '专报' }));
  expect(errorOf(bad)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.title', message: '至少 4 个字' }),
      expect.objectContaining({ field: 'input.analysis', message: '至少 10 个字' }),
      expect.objectContaining({ field: 'input.suggestions', message: '至少需要 1 项' }),
    ],
  });
  const strangers = await save(
    handler,
    content({ copyUnitIds: [demoUnitId('donghu'), 'no-such-unit', demoUnitId('center')] }),
  );
  expect(errorOf(strangers)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.copyUnitIds[1]', message: '没有这个单位：no-such-unit' }),
      expect.objectContaining({ field: 'input.copyUnitIds[2]', message: '不必抄送本单位' }),
    ],
  });
  expect(await countEvents('SpecialReportDrafted')).toBe(before);
});

it('a revision saved on top of an older one is refused; on the latest it is the next draft', async () => {
  const current = ok(await readOne(handler, reportId)).specialReport;
  const revised = ok(
    await save(leader, {
      ...content({ id: reportId, expectedVersion: current.version }),
      suggestions: [
        '东湖镇 12 小时内核实补偿发放情况并书面反馈',
        '县信访局做好来访接待',
        '宣传部统一对外口径',
      ],
      copyUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau'), demoUnitId('petition-bureau')],
    }),
  ).saveSpecialReportDraft;
  expect(revised).toMatchObject({ id: reportId, draftRevision: 2, draftedByName: '郑华' });
  expect(revised.copyNames).toEqual(['东湖镇', '清水县自然资源局', '清水县信访局']);
  const stale = await save(handler, content({ id: reportId, expectedVersion: current.version }));
  expect(errorOf(stale)?.code).toBe('VERSION_CONFLICT');
  expect(ok(await readOne(handler, reportId)).specialReport.draftRevision).toBe(2);
});

it('the centre’s leader signs it off as the year’s first; it reaches the leaders of the units it went to', async () => {
  for (const s of [handler, auditor]) expect(errorOf(await issue(s, reportId))?.code).toBe('FORBIDDEN');
  expect(errorOf(await issue(handler, reportId))?.reason).toBe('SPECIAL_REPORT.LEADERS_ONLY');
  for (const s of [propaganda, township]) expect(errorOf(await issue(s, reportId))?.code).toBe('NOT_FOUND');

  // The leader signs what he read: a draft he has not seen is not signed off in his name.
  const read = ok(await readOne(leader, reportId)).specialReport;
  const unread = await issue(leader, reportId, 'sign-0', read.version - 1);
  expect(errorOf(unread)?.code).toBe('VERSION_CONFLICT');
  const [one, two] = await Promise.all([
    issue(leader, reportId, 'sign-1', read.version),
    issue(leader, reportId, 'sign-1', read.version),
  ]);
  const issued = ok(one).issueSpecialReport;
  expect(ok(two).issueSpecialReport).toEqual(issued);
  // The answer lost on the way and the request sent again: the same result, nothing more.
  expect(ok(await issue(leader, reportId, 'sign-1', read.version)).issueSpecialReport).toEqual(issued);
  expect(issued).toMatchObject({
    status: 'ISSUED',
    year: 2026,
    number: 1,
    serial: '2026年第1期',
    issuedByName: '郑华',
    draftRevision: 2,
  });
  expect((await streamEvents(`special-report-${reportId}`)).map((e) => e.type)).toEqual([
    'SpecialReportDrafted',
    'SpecialReportDrafted',
    'SpecialReportIssued',
  ]);
  for (const unit of ['propaganda', 'donghu', 'land-bureau', 'petition-bureau'])
    expect(await arrivals(unit)).toEqual([
      expect.objectContaining({
        refType: 'SPECIAL_REPORT',
        refId: reportId,
        incidentId: land,
        audience: 'LEADERS',
        title: '东湖镇征地补偿',
        note: {
          zh: '《舆情专报》2026年第1期：关于东湖镇征地补偿网帖的舆情专报',
          en: 'Special report No. 1 of 2026: 关于东湖镇征地补偿网帖的舆情专报',
        },
      }),
    ]);
  expect(await arrivals('xishan')).toEqual([]);
  // Now the leaders of the units it went to read it (主要领导, 004 §三(三)); not their clerks, nor a township it did
  // not go to.
  for (const s of [propaganda, townLeader])
    expect(ok(await readOne(s, reportId)).specialReport.serial).toBe('2026年第1期');
  expect(await readAll(townLeader)).toEqual([{ id: reportId, status: 'ISSUED' }]);
  expect(errorOf(await readOne(township, reportId))?.code).toBe('NOT_FOUND');
  expect(await readAll(township)).toEqual([]);
  // Also by its incident, for a unit it went to that does not see the incident itself.
  expect(await readAll(propaganda, land)).toEqual([{ id: reportId, status: 'ISSUED' }]);
  expect(await readAll(otherTownship, land)).toEqual([]);
  expect(errorOf(await readOne(otherTownship, reportId))?.code).toBe('NOT_FOUND');
  // The incident's timeline, and so the auditor's history, records both steps.
  const timeline = ok(
    await gql<{ incident: { timeline: { description: string }[] } }>(
      api.url,
      `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
      { id: land },
      { token: auditor.token },
    ),
  ).incident.timeline.map((t) => t.description);
  expect(timeline.slice(-3)).toEqual([
    expect.stringMatching(/吴静 起草舆情专报$/),
    expect.stringMatching(/郑华 修改舆情专报稿件（第 2 稿）$/),
    expect.stringMatching(/郑华 签发舆情专报（2026年第1期）$/),
  ]);
});

it('what was signed off stays as it went out', async () => {
  const again = await issue(leader, reportId, 'sign-2');
  expect(errorOf(again)).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'SPECIAL_REPORT.ALREADY_ISSUED',
  });
  expect(again.errors?.[0].message).toContain('该专报已签发（2026年第1期）');
  const edit = await save(handler, content({ id: reportId }));
  expect(errorOf(edit)?.reason).toBe('SPECIAL_REPORT.ALREADY_ISSUED');
  expect(await streamEvents(`special-report-${reportId}`)).toHaveLength(3);
});

it('sign-offs at the same moment take consecutive numbers, none twice and none skipped', async () => {
  const drafts = await Promise.all(
    ['甲', '乙', '丙', '丁'].map(
      async (tag, i) =>
        ok(await save(handler, content({ title: `关于东湖镇征地补偿的续报（${tag}）` }), `sr-many-${i}`))
          .saveSpecialReportDraft.id,
    ),
  );
  const issued = await Promise.all(drafts.map((id) => issue(leader, id)));
  const numbers = issued.map((r) => ok(r).issueSpecialReport.number).sort();
  expect(numbers).toEqual([2, 3, 4, 5]);
  const serial = await streamEvents(`special-report-serial-${demoUnitId('center')}-2026`);
  expect(serial.map((e) => e.data.number)).toEqual([1, 2, 3, 4, 5]);
  // The number in each report's own event is the one its serial entry names.
  for (const e of serial) {
    const own = await streamEvents(`special-report-${e.data.reportId as string}`);
    expect(own.at(-1)!.data.number).toBe(e.data.number);
  }
});

it('a confidential incident’s report travels to the channels as a reference only', async () => {
  const secret = await listedIncident(api.url, handler.token, {
    title: '涉密：内部文件外传',
    grade: 'II',
    discoveredAt: clock.now(),
    confidential: true,
  });
  const draft = ok(
    await save(handler, content({ incidentId: secret, copyUnitIds: [demoUnitId('police')] })),
  ).saveSpecialReportDraft;
  // The report and its notices read one value (the sign-off's).
  expect(ok(await issue(leader, draft.id)).issueSpecialReport).toMatchObject({ confidential: true });
  expect(await arrivals('police')).toEqual([
    expect.objectContaining({
      refId: draft.id,
      confidential: true,
      title: null,
      // The number only: the report's title names the incident.
      note: { zh: expect.stringMatching(/^《舆情专报》2026年第\d+期$/), en: expect.any(String) },
    }),
  ]);
});

/** A new bureau of the county, by its administrator. */
const newBureau = async (name: string) =>
  ok(
    await mutate<{ id: string }>(
      api.url,
      admin.token,
      'registerUnit',
      { kind: 'BUREAU', name, parentId: demoUnitId('center') },
      'id',
    ),
  ).registerUnit.id;
const standDown = async (unitId: string) =>
  ok(await mutate(api.url, admin.token, 'deactivateUnit', { unitId, reason: '机构改革' }, 'id'));

it('a unit stood down is not copied', async () => {
  const stood = await newBureau('清水县档案馆');
  await standDown(stood);
  const res = await save(handler, content({ copyUnitIds: [stood] }));
  expect(errorOf(res)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.copyUnitIds[0]', message: '清水县档案馆已停用，不能抄送' }),
    ],
  });
});

it('a draft copied to a unit stood down since is not signed off until revised', async () => {
  const archive = await newBureau('清水县地方志办公室');
  const draft = ok(
    await save(handler, content({ copyUnitIds: [demoUnitId('donghu'), archive] })),
  ).saveSpecialReportDraft;
  await standDown(archive);
  const refused = await issue(leader, draft.id, undefined, draft.version);
  expect(errorOf(refused)).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({
        field: 'copyUnitIds[1]',
        message: '抄送单位「清水县地方志办公室」已停用，请修改稿件后再签发',
      }),
    ],
  });
  expect(ok(await readOne(handler, draft.id)).specialReport.status).toBe('DRAFT');
  const revised = ok(
    await save(handler, content({ id: draft.id, expectedVersion: draft.version })),
  ).saveSpecialReportDraft;
  expect(ok(await issue(leader, draft.id, undefined, revised.version)).issueSpecialReport.status).toBe(
    'ISSUED',
  );
});

it('a draft is withdrawn by the centre with a reason, only while a draft; then nothing changes', async () => {
  const withdraw = (s: Session, input: Record<string, unknown>, key?: string) =>
    mutate<Report & { withdrawnByName: string; withdrawReason: string; withdrawnAt: string }>(
      api.url,
      s.token,
      'withdrawSpecialReport',
      input,
      `${REPORT} withdrawnByName withdrawReason withdrawnAt`,
      key ? { 'Idempotency-Key': key } : {},
    );
  const draft = ok(await save(handler, content())).saveSpecialReportDraft;
  const before = await countEvents('SpecialReportWithdrawn');

  // Nobody outside the centre may; a unit that cannot see the draft does not learn it exists.
  expect(errorOf(await withdraw(township, { id: draft.id, reason: '误建' }))).toMatchObject({
    code: 'NOT_FOUND',
  });
  expect(errorOf(await withdraw(auditor, { id: draft.id, reason: '误建' }))).toMatchObject({
    code: 'FORBIDDEN',
  });
  // Bad input: a coded Chinese refusal, and nothing changes.
  const blank = await withdraw(handler, { id: draft.id, reason: '  ' });
  expect(errorOf(blank)).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INPUT.REASON_REQUIRED' });
  expect(blank.errors?.[0].message).toContain('撤回专报稿件须填写理由');
  expect(
    errorOf(await withdraw(handler, { id: draft.id, reason: '误建', expectedVersion: 0 })),
  ).toMatchObject({
    code: 'VERSION_CONFLICT',
  });
  expect(await countEvents('SpecialReportWithdrawn')).toBe(before);
  expect(ok(await readOne(handler, draft.id)).specialReport).toMatchObject({ status: 'DRAFT' });

  const input = { id: draft.id, reason: '事件已平息，不再报送', expectedVersion: draft.version };
  const first = ok(await withdraw(handler, input, 'withdraw-1')).withdrawSpecialReport;
  expect(first).toMatchObject({
    status: 'WITHDRAWN',
    withdrawnByName: '吴静',
    withdrawReason: '事件已平息，不再报送',
    withdrawnAt: clock.now().toISOString(),
  });
  // The same request again (a lost answer): the first result, nothing doubled.
  expect(ok(await withdraw(handler, input, 'withdraw-1')).withdrawSpecialReport).toMatchObject({
    status: 'WITHDRAWN',
    version: first.version,
  });
  expect(await countEvents('SpecialReportWithdrawn')).toBe(before + 1);

  // Withdrawn: not revised, not signed off, not withdrawn again — and still on record for the auditors.
  expect(errorOf(await save(handler, content({ id: draft.id })))).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'SPECIAL_REPORT.WITHDRAWN',
  });
  expect(errorOf(await issue(leader, draft.id))).toMatchObject({ reason: 'SPECIAL_REPORT.WITHDRAWN' });
  expect(errorOf(await withdraw(handler, { id: draft.id, reason: '再撤' }))).toMatchObject({
    reason: 'SPECIAL_REPORT.WITHDRAWN',
  });
  expect(ok(await readOne(auditor, draft.id)).specialReport).toMatchObject({ status: 'WITHDRAWN' });
  expect(await arrivals('donghu')).not.toContainEqual(expect.objectContaining({ refId: draft.id }));

  // Signed off, a report is no longer a draft to withdraw.
  const sent = ok(await save(handler, content())).saveSpecialReportDraft;
  ok(await issue(leader, sent.id));
  expect(errorOf(await withdraw(leader, { id: sent.id, reason: '晚了' }))).toMatchObject({
    code: 'INVALID_TRANSITION',
    reason: 'SPECIAL_REPORT.ALREADY_ISSUED',
  });
});
