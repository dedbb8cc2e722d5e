import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { ok } from './support/loop-steps';

/**
 * What the loop promises whatever the network does: every step retried with its Idempotency-Key (the client did
 * not hear the answer) is done once, answers as the first time and writes nothing more; and a late hand-in is
 * accepted, marked late, and stays marked through rework.
 */
const clock = new ManualClock('2026-08-03T01:00:00.000Z');
let api: ApiFixture;
let owner: Client;
let centre: Session;
let township: Session;
let propagandaLeader: Session;

beforeAll(async () => {
  api = await startApi({ label: 'guarantees', clock });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [centre, township, propagandaLeader] = await Promise.all(
    ['zhouming', 'lina', 'hegang'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const eventCount = async () =>
  Number((await owner.query<{ n: string }>(`SELECT count(*) AS n FROM es_events`)).rows[0].n);

/** Runs a mutation, then retries it with the same key: the same answer, and the log did not grow. */
async function twice<T>(
  as: Session,
  name: string,
  input: Record<string, unknown>,
  select: string,
): Promise<T> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const query = `mutation M($i: ${type}!) { ${name}(input: $i) { ${select} } }`;
  const headers = { 'idempotency-key': randomUUID() };
  const first = ok(await gql<Record<string, T>>(api.url, query, { i: input }, { token: as.token, headers }))[
    name
  ];
  const before = await eventCount();
  clock.advance(1000); // the retry comes a second later
  const again = ok(await gql<Record<string, T>>(api.url, query, { i: input }, { token: as.token, headers }))[
    name
  ];
  expect({ step: name, events: await eventCount() }).toEqual({ step: name, events: before });
  expect(again).toEqual(first);
  return first;
}

it('every step of the loop, retried with its key, is done once', async () => {
  const { id } = await twice<{ id: string }>(
    centre,
    'reportIncident',
    {
      channel: 'MONITORING',
      platform: 'WEIBO',
      title: '某镇集贸市场缺斤少两',
      urls: ['https://weibo.example/p/1'],
      discoveredAt: clock.now().toISOString(),
    },
    'id',
  );
  await twice(
    centre,
    'assessIncident',
    {
      incidentId: id,
      nature: 'INQUIRY_APPEAL',
      veracity: 'TRUE',
      field: 'OTHER',
      grade: 'III',
      reasoning: '涉及群众利益',
    },
    'version grade',
  );
  await twice(centre, 'listIncident', { incidentId: id, requirements: '核实' }, 'version status');
  await twice(
    centre,
    'issueWarning',
    {
      incidentId: id,
      level: 'III',
      object: '集贸市场计量',
      startAt: clock.now().toISOString(),
      scope: '东湖镇',
      matters: '计量',
      measures: '核查',
    },
    'version',
  );
  const letter = await twice<{ id: string }>(
    centre,
    'sendRiskLetter',
    {
      incidentId: id,
      recipientUnitIds: [demoUnitId('donghu'), demoUnitId('market-bureau')],
      title: '提示函',
      risk: '可能扩散',
      level: 'III',
      scope: '东湖镇',
      watchPoints: '二次传播',
      requestedMeasures: '核查',
    },
    'id',
  );
  const signLetter = `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id receipts { unitId signed } } }`;
  const key = { 'idempotency-key': randomUUID() };
  const l1 = ok(await gql(api.url, signLetter, { id: letter.id }, { token: township.token, headers: key }));
  const before = await eventCount();
  const l2 = ok(await gql(api.url, signLetter, { id: letter.id }, { token: township.token, headers: key }));
  expect(l2).toEqual(l1);
  expect(await eventCount()).toBe(before);

  const task = await twice<{ id: string }>(
    centre,
    'dispatchTask',
    { incidentId: id, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核查并回应' },
    'id dueAt',
  );
  await twice(township, 'signTask', { taskId: task.id }, 'status version');
  await twice(township, 'reportTaskProgress', { taskId: task.id, online: ['发布说明'] }, 'status version');
  await twice(
    township,
    'handInTask',
    { taskId: task.id, factsFound: '属实', measures: '约谈商户', result: '已整改' },
    'status version late',
  );
  await twice(centre, 'reviewTask', { taskId: task.id, accept: true, reason: '' }, 'status version');
  const statement = await twice<{ id: string }>(
    centre,
    'draftStatement',
    { incidentId: id, kind: 'WORDING', tier: 'COMMENTARY', title: '口径', content: '已核查整改' },
    'id status',
  );
  await twice(
    propagandaLeader,
    'approveStatement',
    { statementId: statement.id, reason: '' },
    'status version',
  );
  await twice(
    centre,
    'activateLinkage',
    { incidentId: id, memberUnitIds: [demoUnitId('donghu')], byDecision: true, reason: '涉及多部门' },
    'version',
  );
  await twice(centre, 'liftWarning', { incidentId: id, reason: '已整改' }, 'version');
  await twice(centre, 'markIncidentCalmed', { incidentId: id, note: '平息' }, 'version status');
  const closed = await twice<{ status: string }>(
    centre,
    'closeIncident',
    { incidentId: id, summary: '已整改' },
    'status',
  );
  expect(closed.status).toBe('CLOSED');
});

it('a late hand-in is accepted and marked late, and stays marked after rework', async () => {
  const report = ok(
    await gql<{ reportIncident: { id: string } }>(
      api.url,
      `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`,
      {
        i: {
          channel: 'MONITORING',
          platform: 'WECHAT',
          title: '某村自来水发黄',
          discoveredAt: clock.now().toISOString(),
        },
      },
      { token: centre.token },
    ),
  );
  const id = report.reportIncident.id;
  const step = (as: Session, m: string, i: Record<string, unknown>, select = 'id') =>
    gql<Record<string, Record<string, unknown>>>(
      api.url,
      `mutation M($i: ${m[0].toUpperCase()}${m.slice(1)}Input!) { ${m}(input: $i) { ${select} } }`,
      { i },
      { token: as.token },
    );
  ok(
    await step(centre, 'assessIncident', {
      incidentId: id,
      nature: 'INQUIRY_APPEAL',
      veracity: 'TRUE',
      field: 'ECOLOGY',
      grade: 'III',
      reasoning: '民生',
    }),
  );
  ok(await step(centre, 'listIncident', { incidentId: id, requirements: '核查' }));
  const taskId = ok(
    await step(centre, 'dispatchTask', {
      incidentId: id,
      unitId: demoUnitId('donghu'),
      role: 'LEAD',
      requirements: '核查',
    }),
  ).dispatchTask.id as string;
  ok(await step(township, 'signTask', { taskId }));
  clock.advance(13 * 3600_000); // past the 12 h
  [centre, township] = await Promise.all(['zhouming', 'lina'].map((u) => login(api.url, u)));
  const feedback = { taskId, factsFound: '管网老化', measures: '冲洗管网', result: '水质恢复' };
  const late = ok(await step(township, 'handInTask', feedback, 'status late lateByMinutes')).handInTask;
  expect(late).toEqual({ status: 'HANDED_IN', late: true, lateByMinutes: 60 });
  ok(await step(centre, 'reviewTask', { taskId, accept: false, reason: '补充检测报告' }));
  ok(await step(township, 'handInTask', { ...feedback, result: '水质检测合格' }));
  const read = ok(
    await gql<{ task: { late: boolean; lateByMinutes: number; overdue: boolean; reworks: number } }>(
      api.url,
      `query T($id: ID!) { task(id: $id) { late lateByMinutes reworks feedback { late } } }`,
      { id: taskId },
      { token: centre.token },
    ),
  ).task;
  expect(read).toMatchObject({ late: true, reworks: 1, feedback: { late: true } });
  expect(read.lateByMinutes).toBeGreaterThanOrEqual(60);
});
