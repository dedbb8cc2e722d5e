import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { Client } from 'pg';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { ok } from './support/loop-steps';

/**
 * The county scenario of seed 004 (一函四单), played through GraphQL with real logins: the centre finds a post about
 * a land-acquisition dispute in a township, grades it III, warns, sends a risk letter to the township and the land
 * bureau, lists, dispatches (township LEAD, bureau SUPPORT); they sign; the township reports progress and hands in
 * within 12 h; the centre sends it back once; it is handed in again and struck off; the warning is lifted, the
 * incident closed and reviewed.
 */
const clock = new ManualClock('2026-05-11T01:00:00.000Z'); // 09:00 Beijing time

let api: ApiFixture;
let owner: Client;
let centre: Session; // 周明, duty officer of the county centre
let leader: Session; // 郑华, county centre leader
let township: Session; // 李娜, 东湖镇
let bureau: Session; // 林芳, 自然资源局
let other: Session; // 高扬, 西山镇 — not involved

async function signIn(): Promise<void> {
  [centre, leader, township, bureau, other] = await Promise.all(
    ['zhouming', 'zhenghua', 'lina', 'linfang', 'gaoyang'].map((u) => login(api.url, u)),
  );
}

/** Moves the clock; access tokens last 15 minutes, so everyone signs in again, as they would that day. */
async function hours(h: number): Promise<void> {
  clock.advance(h * 3600_000);
  await signIn();
}

beforeAll(async () => {
  api = await startApi({ label: 'land', clock });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  await signIn();
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const INCIDENT = `query I($id: ID!) { incident(id: $id) {
  id status grade version allowedActions involvedUnitIds
  warning { active level } warnings { action }
  tasks { id status role assigneeUnitId dueAt late reworks feedback { result late } allowedActions }
  letters { id receipts { unitId signed } }
  review { cause problems }
} }`;
const TASK_FIELDS = `id status version dueAt overdue late lateByMinutes reworks allowedActions feedback { factsFound late }`;

it('runs the whole loop from first post to review', async () => {
  const donghu = demoUnitId('donghu');
  const landBureau = demoUnitId('land-bureau');
  const t = (s: Session) => ({ token: s.token });

  // 1. 发现并登记 — the centre finds the post.
  const reported = ok(
    await gql<{ reportIncident: { id: string } }>(
      api.url,
      `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`,
      {
        i: {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: '东湖镇柳营村征地补偿款未发放',
          excerpt: '网帖称柳营村征地补偿款至今未发放到户，引发村民不满。',
          urls: ['https://weibo.example/p/90001'],
          discoveredAt: clock.now().toISOString(),
          spread: { posts: 6, reposts: 412, comments: 130, views: 30000, mainstreamMediaPickups: 0 },
        },
      },
      t(centre),
    ),
  );
  const id = reported.reportIncident.id;

  // 2. 研判 III.
  ok(
    await gql(
      api.url,
      `mutation A($i: AssessIncidentInput!) { assessIncident(input: $i) { grade } }`,
      {
        i: {
          incidentId: id,
          nature: 'INQUIRY_APPEAL',
          veracity: 'UNVERIFIED',
          field: 'LAND_ACQUISITION',
          grade: 'III',
          reasoning: '涉及群众切身利益，敏感度较高',
          indicators: ['转发 412'],
        },
      },
      t(centre),
    ),
  );

  // The loop's order holds: nothing may be dispatched before listing.
  const early = await gql(
    api.url,
    `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
    { i: { incidentId: id, unitId: donghu, role: 'LEAD', requirements: 'x' } },
    t(centre),
  );
  expect(early.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    currentState: 'ASSESSED',
  });

  // 3. 预警.
  ok(
    await gql(
      api.url,
      `mutation W($i: IssueWarningInput!) { issueWarning(input: $i) { status warning { level active } } }`,
      {
        i: {
          incidentId: id,
          level: 'III',
          object: '东湖镇征地补偿',
          startAt: clock.now().toISOString(),
          scope: '东湖镇及周边村',
          matters: '补偿款发放',
          measures: '核实情况，依法依规回应',
        },
      },
      t(centre),
    ),
  );

  // 4. 一函 — to the township and the land bureau; the sender sees who signed.
  const letter = ok(
    await gql<{ sendRiskLetter: { id: string; receipts: { unitId: string; signed: boolean }[] } }>(
      api.url,
      `mutation L($i: SendRiskLetterInput!) { sendRiskLetter(input: $i) { id receipts { unitId signed } } }`,
      {
        i: {
          incidentId: id,
          recipientUnitIds: [donghu, landBureau],
          title: '关于柳营村征地补偿舆情风险的提示函',
          risk: '补偿款发放滞后可能引发集中炒作',
          level: 'III',
          scope: '东湖镇柳营村',
          watchPoints: '村民聚集、网上二次传播',
          requestedMeasures: '立即核实发放情况，做好解释疏导',
        },
      },
      t(centre),
    ),
  ).sendRiskLetter;
  expect(letter.receipts).toEqual([
    { unitId: donghu, signed: false },
    { unitId: landBureau, signed: false },
  ]);
  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter.id },
      t(township),
    ),
  );
  const afterOne = ok(
    await gql<{ riskLetter: { receipts: { unitId: string; signed: boolean }[] } }>(
      api.url,
      `query L($id: ID!) { riskLetter(id: $id) { receipts { unitId signed } } }`,
      { id: letter.id },
      t(centre),
    ),
  );
  expect(afterOne.riskLetter.receipts).toEqual([
    { unitId: donghu, signed: true },
    { unitId: landBureau, signed: false },
  ]);
  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter.id },
      t(bureau),
    ),
  );
  // Signing twice is refused; an uninvolved township cannot even see the letter.
  expect(
    (
      await gql(
        api.url,
        `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
        { id: letter.id },
        t(bureau),
      )
    ).errors?.[0].extensions.code,
  ).toBe('INVALID_TRANSITION');
  expect(
    (await gql(api.url, `query L($id: ID!) { riskLetter(id: $id) { id } }`, { id: letter.id }, t(other)))
      .errors?.[0].extensions.code,
  ).toBe('NOT_FOUND');

  // 5. 列单, 6. 派单 — township LEAD, bureau SUPPORT; deadline from county policy (III: 12 h).
  ok(
    await gql(
      api.url,
      `mutation L($i: ListIncidentInput!) { listIncident(input: $i) { status } }`,
      { i: { incidentId: id, requirements: '12小时内书面反馈核查和处置情况' } },
      t(centre),
    ),
  );
  const dispatch = (unitId: string, role: string) =>
    gql<{ dispatchTask: { id: string; dueAt: string; status: string } }>(
      api.url,
      `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id dueAt status deadlineRule } }`,
      {
        i: {
          incidentId: id,
          unitId,
          role,
          requirements: role === 'LEAD' ? '核实补偿款发放并回应群众' : '提供征地补偿政策依据',
        },
      },
      t(centre),
    );
  const lead = ok(await dispatch(donghu, 'LEAD')).dispatchTask;
  const support = ok(await dispatch(landBureau, 'SUPPORT')).dispatchTask;
  expect(new Date(lead.dueAt).getTime() - clock.now().getTime()).toBe(12 * 3600_000);

  // The township's inbox shows both the task and (already signed) nothing else; the other township sees nothing.
  const inbox = ok(
    await gql<{
      inbox: { edges: { node: { type: string; action: string; task: { id: string } | null } }[] };
    }>(api.url, `{ inbox(first: 20) { edges { node { type action task { id } } } } }`, {}, t(township)),
  );
  expect(inbox.inbox.edges.map((e) => [e.node.type, e.node.task?.id, e.node.action])).toEqual([
    ['TASK', lead.id, '签收或退回'],
  ]);
  expect(
    ok(await gql<{ inbox: { totalCount: number } }>(api.url, `{ inbox { totalCount } }`, {}, t(other))).inbox
      .totalCount,
  ).toBe(0);

  // 7. 签收 — both sign. A hand-in before signing was impossible (checked by the decider's tests).
  const step = (s: Session, m: string, input: Record<string, unknown>) =>
    gql<
      Record<
        string,
        { status: string; version: number; late: boolean; reworks: number; allowedActions: string[] }
      >
    >(
      api.url,
      `mutation M($i: ${m[0].toUpperCase()}${m.slice(1)}Input!) { ${m}(input: $i) { ${TASK_FIELDS} } }`,
      { i: input },
      t(s),
    );
  // The bureau may not sign the township's task.
  expect((await step(bureau, 'signTask', { taskId: lead.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  ok(await step(township, 'signTask', { taskId: lead.id }));
  ok(await step(bureau, 'signTask', { taskId: support.id }));

  // 8. 办单 — progress, online and offline.
  await hours(3);
  ok(
    await step(township, 'reportTaskProgress', {
      taskId: lead.id,
      online: ['在网帖下发布情况说明'],
      offline: ['入户核实发放名单'],
      note: '已发放 32 户，余 5 户待核',
    }),
  );

  // 9. 交单 within 12 h; the centre sends it back once; handed in again; struck off.
  await hours(5);
  const handIn = {
    taskId: lead.id,
    factsFound: '补偿款已拨付镇财政，5 户因手续不全未发放',
    measures: '补办手续并当场发放',
    result: '已全部发放到户',
    evidence: ['发放签收表'],
  };
  const first = ok(await step(township, 'handInTask', handIn)).handInTask;
  expect(first).toMatchObject({ status: 'HANDED_IN', late: false });
  const sentBack = ok(
    await step(centre, 'reviewTask', { taskId: lead.id, accept: false, reason: '请补充发放凭证和群众反馈' }),
  ).reviewTask;
  expect(sentBack).toMatchObject({ status: 'REWORK', reworks: 1 });
  await hours(2);
  ok(await step(township, 'handInTask', { ...handIn, evidence: ['发放签收表', '村民座谈记录'] }));
  const accepted = ok(
    await step(centre, 'reviewTask', { taskId: lead.id, accept: true, reason: '' }),
  ).reviewTask;
  expect(accepted.status).toBe('ACCEPTED');

  // The bureau's support task is handed in and struck off too.
  ok(
    await step(bureau, 'handInTask', {
      taskId: support.id,
      factsFound: '征地批复合法',
      measures: '提供政策依据',
      result: '已提供',
      evidence: [],
    }),
  );
  ok(await step(centre, 'reviewTask', { taskId: support.id, accept: true, reason: '' }));

  // Closing while it is still being handled is refused: it must calm down first (HANDLING → CALMED → CLOSED).
  const handling = await gql(
    api.url,
    `mutation C($i: CloseIncidentInput!) { closeIncident(input: $i) { status } }`,
    { i: { incidentId: id, summary: '已处置' } },
    t(centre),
  );
  expect(handling.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    currentState: 'HANDLING',
    allowedNext: expect.arrayContaining(['markIncidentCalmed']),
  });
  ok(
    await gql(
      api.url,
      `mutation M($i: MarkIncidentCalmedInput!) { markIncidentCalmed(input: $i) { status } }`,
      { i: { incidentId: id, note: '网上讨论明显减少' } },
      t(centre),
    ),
  );
  // Closing while the warning is in force is refused, naming the state and why.
  const tooEarly = await gql(
    api.url,
    `mutation C($i: CloseIncidentInput!) { closeIncident(input: $i) { status } }`,
    { i: { incidentId: id, summary: '已处置' } },
    t(centre),
  );
  expect(tooEarly.errors?.[0].extensions).toMatchObject({
    code: 'INVALID_TRANSITION',
    currentState: 'CALMED',
  });
  expect(tooEarly.errors?.[0].message).toContain('预警尚未解除');

  // 10. 解除预警, 办结, 总结评估.
  ok(
    await gql(
      api.url,
      `mutation W($i: LiftWarningInput!) { liftWarning(input: $i) { status } }`,
      { i: { incidentId: id, reason: '补偿款已全部发放，舆情平息' } },
      t(centre),
    ),
  );
  ok(
    await gql(
      api.url,
      `mutation C($i: CloseIncidentInput!) { closeIncident(input: $i) { status } }`,
      { i: { incidentId: id, summary: '补偿款已发放，网上回应完毕' } },
      t(leader),
    ),
  );
  ok(
    await gql(
      api.url,
      `mutation R($i: FileIncidentReviewInput!) { fileIncidentReview(input: $i) { status } }`,
      {
        i: {
          incidentId: id,
          cause: '补偿款发放手续不全导致滞后',
          spread: '微博转发 412 次，未见主流媒体转载',
          result: '全部发放，当事人满意',
          experience: '早讲事实、多讲措施',
          problems: '镇村两级信息报送不及时',
        },
      },
      t(centre),
    ),
  );

  const final = ok(
    await gql<{
      incident: {
        status: string;
        allowedActions: string[];
        warnings: { action: string }[];
        tasks: { status: string; reworks: number; late: boolean }[];
        letters: { receipts: { signed: boolean }[] }[];
        review: { cause: string };
      };
    }>(api.url, INCIDENT, { id }, t(centre)),
  ).incident;
  expect(final.status).toBe('CLOSED');
  expect(final.warnings.map((w) => w.action)).toEqual(['ISSUED', 'LIFTED']);
  expect(final.tasks.map((x) => [x.status, x.reworks])).toEqual([
    ['ACCEPTED', 1],
    ['ACCEPTED', 0],
  ]);
  expect(final.letters[0].receipts.every((r) => r.signed)).toBe(true);
  expect(final.review.cause).toContain('手续不全');
  // A special report may still be written on it (its review, for the leaders), evidence still kept, and figures
  // read later recorded (a flare-up shows on the curve before anyone reopens it).
  expect(final.allowedActions).toEqual([
    'reopenIncident',
    'recordAccountability',
    'recordSpreadReading',
    'draftSpecialReport',
    'attachEvidence',
  ]);

  // The township sees the incident (its task made it involved) but only its own unit's actions — adding evidence
  // (a photo from the site) is one, running the incident is not; the other township learns nothing of it.
  expect((await gql(api.url, INCIDENT, { id }, t(other))).errors?.[0].extensions.code).toBe('NOT_FOUND');
  const seenByTownship = ok(
    await gql<{ incident: { allowedActions: string[] } }>(api.url, INCIDENT, { id }, t(township)),
  ).incident;
  expect(seenByTownship.allowedActions).toEqual(['attachEvidence']);

  // The timeline reads as a person would tell it, in order.
  const timeline = ok(
    await gql<{ incident: { timeline: { description: string; type: string }[] } }>(
      api.url,
      `query T($id: ID!) { incident(id: $id) { timeline { description type } } }`,
      { id },
      t(centre),
    ),
  ).incident.timeline;
  const lines = timeline.map((x) => x.description.replace(/^\d\d:\d\d /, ''));
  expect(lines[0]).toBe('清水县委网信办（县网络舆情应急监控中心） 周明 登记舆情');
  expect(lines).toEqual(
    expect.arrayContaining([
      '东湖镇 李娜 签收风险提示函',
      '清水县委网信办（县网络舆情应急监控中心） 周明 派单给东湖镇（主办）',
      '东湖镇 李娜 签收工单，责任人：李娜',
      '东湖镇 李娜 交单',
      '清水县委网信办（县网络舆情应急监控中心） 郑华 办结',
    ]),
  );
  expect(timeline.map((x) => x.type).slice(-2)).toEqual(['IncidentClosed', 'IncidentReviewFiled']);
  expect(timeline[0].description).toMatch(/^09:00 /);

  // Every cross-unit step left an event with the sender and one with the receiver, in the same transaction.
  const arrivals = await owner.query<{ unit: string; kind: string }>(
    `SELECT owning_unit AS unit, data->>'kind' AS kind FROM es_events WHERE event_type = 'InboxItemArrived' AND data->>'incidentId' = $1 ORDER BY global_position`,
    [id],
  );
  const byStream = (unit: string) => arrivals.rows.filter((r) => r.unit === unit).map((r) => r.kind);
  // Both work the incident by the time its warning is lifted, so the lifting reaches them (002 预警).
  expect(byStream(donghu)).toEqual([
    'LETTER_SENT',
    'TASK_DISPATCHED',
    'TASK_SENT_BACK',
    'TASK_ACCEPTED',
    'WARNING_LIFTED',
  ]);
  expect(byStream(landBureau)).toEqual(['LETTER_SENT', 'TASK_DISPATCHED', 'TASK_ACCEPTED', 'WARNING_LIFTED']);
  expect(byStream(demoUnitId('center'))).toEqual([
    'LETTER_SIGNED',
    'LETTER_SIGNED',
    'TASK_SIGNED',
    'TASK_SIGNED',
    'TASK_PROGRESS',
    'TASK_HANDED_IN',
    'TASK_HANDED_IN',
    'TASK_HANDED_IN',
  ]);
});
