import { randomUUID } from 'node:crypto';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { Client } from 'pg';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { mutate as mutateAs, ok } from './support/loop-steps';

/**
 * The second county scenario: a grade II rumour (捏造) that a school canteen in 东湖镇柳营村 poisoned pupils. The
 * township reports it up; the centre grades it II and the "1+3+N" linkage is activated from the proposal (the
 * propaganda department leads; cyberspace, police and state security join; the township and the market bureau are
 * proposed by locality and field). A joint conference dispatches follow-up tasks; the police receive a referral;
 * a statement is drafted, approved by the propaganda department and published by its spokesperson; the township
 * hands part of its task to the village and answers for it; the market bureau lets its task slip past the 12 h
 * deadline and is supervised and reminded.
 */
const clock = new ManualClock('2026-06-02T00:30:00.000Z'); // 08:30 Beijing time

let api: ApiFixture;
let owner: Client;
let centre: Session; // 周明, county centre duty officer
let propagandaLeader: Session; // 何刚, 县委宣传部 LEADER
let spokesperson: Session; // 孙丽, 县委宣传部 SPOKESPERSON
let police: Session; // 冯涛, 公安网警
let township: Session; // 李娜, 东湖镇 HANDLER
let townshipLeader: Session; // 王博, 东湖镇 LEADER
let village: Session; // 刘云, 柳营村
let outsider: Session; // 林芳, 自然资源局 — not involved in this incident

const USERS = ['zhouming', 'hegang', 'sunli', 'fengtao', 'lina', 'wangbo', 'liuyun', 'linfang'];

async function signIn(): Promise<void> {
  [centre, propagandaLeader, spokesperson, police, township, townshipLeader, village, outsider] =
    await Promise.all(USERS.map((u) => login(api.url, u)));
}

async function hours(h: number): Promise<void> {
  clock.advance(h * 3600_000);
  await signIn();
}

/** One mutation as this person. */
const mutate = <T = Record<string, unknown>>(
  as: Session,
  name: string,
  input: Record<string, unknown>,
  select: string,
  headers?: Record<string, string>,
) => mutateAs<T>(api.url, as.token, name, input, select, headers);

const code = (res: GqlResponse<unknown>) => res.errors?.[0].extensions.code;

interface TaskRow {
  id: string;
  status: string;
  version: number;
  kind: string;
  role: string;
  assigneeUnitId: string;
  dueAt: string;
  overdue: boolean;
  reminders: number;
  parentTaskId: string | null;
  supervisions: { content: string; replyDueAt: string }[];
}
const TASK = `id status version kind role assigneeUnitId dueAt overdue reminders parentTaskId supervisions { content replyDueAt }`;

beforeAll(async () => {
  api = await startApi({ label: 'rumour', clock });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  await signIn();
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

it('runs a grade II rumour through the 1+3+N linkage, a joint conference, police referral, statement and supervision', async () => {
  const donghu = demoUnitId('donghu');
  const market = demoUnitId('market-bureau');
  const liuying = demoUnitId('liuying');
  const propaganda = demoUnitId('propaganda');
  const policeUnit = demoUnitId('police');

  // 上报 — the township reports the post up to the county centre.
  const id = ok(
    await mutate<{ id: string }>(
      township,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'DOUYIN',
        title: '网传柳营村小学食堂致多名学生中毒',
        excerpt: '短视频称柳营村小学食堂饭菜导致多名学生中毒送医，评论区情绪激烈。',
        urls: ['https://douyin.example/v/7788'],
        discoveredAt: clock.now().toISOString(),
        spread: { posts: 12, reposts: 3400, comments: 980, views: 210000, mainstreamMediaPickups: 1 },
      },
      'id',
    ),
  ).reportIncident.id;

  // 研判 II: fabricated, food safety. 列单 and a level-II warning.
  ok(
    await mutate(
      centre,
      'assessIncident',
      {
        incidentId: id,
        nature: 'FABRICATION',
        veracity: 'FALSE',
        field: 'FOOD_DRUG',
        grade: 'II',
        reasoning: '经初步核实当日无学生就医记录，系谣言，传播速度快',
        indicators: ['转发 3400', '1 家媒体转载'],
      },
      'grade',
    ),
  );
  ok(await mutate(centre, 'listIncident', { incidentId: id, requirements: '核实并辟谣' }, 'status'));
  ok(
    await mutate(
      centre,
      'issueWarning',
      {
        incidentId: id,
        level: 'II',
        object: '柳营村小学食品安全谣言',
        startAt: clock.now().toISOString(),
        scope: '全县',
        matters: '谣言扩散、线下聚集',
        measures: '联动处置，及时发布权威信息',
      },
      'status',
    ),
  );
  // Grade II is reported to the county leaders and the city office at once (dual reporting).
  const escalated = ok(
    await mutate<{ escalations: { to: string[]; cityOfficeUnitId: string | null }[] }>(
      centre,
      'escalateIncident',
      { incidentId: id, to: ['COUNTY_LEADERS', 'CITY_OFFICE'], summary: '柳营村小学中毒谣言，已启动核查' },
      'escalations { to cityOfficeUnitId }',
    ),
  ).escalateIncident;
  expect(escalated.escalations).toEqual([
    { to: ['COUNTY_LEADERS', 'CITY_OFFICE'], cityOfficeUnitId: demoUnitId('city') },
  ]);

  // 1+3+N — proposed from county policy: the township by locality, the market bureau by field.
  const proposal = ok(
    await gql<{
      linkageProposal: {
        leadUnitId: string;
        coreUnitIds: string[];
        proposedMemberUnitIds: string[];
        meetsThreshold: boolean;
      };
    }>(
      api.url,
      `query P($id: ID!) { linkageProposal(incidentId: $id) { leadUnitId coreUnitIds proposedMemberUnitIds meetsThreshold } }`,
      { id },
      { token: centre.token },
    ),
  ).linkageProposal;
  expect(proposal).toEqual({
    leadUnitId: propaganda,
    coreUnitIds: [demoUnitId('cyberspace'), policeUnit, demoUnitId('state-security')],
    proposedMemberUnitIds: [donghu, market],
    meetsThreshold: true,
  });
  // Only the county centre convenes it.
  expect(
    code(await mutate(township, 'activateLinkage', { incidentId: id, memberUnitIds: [donghu] }, 'id')),
  ).toBe('FORBIDDEN');
  // The N are units of this county: the city office or an unknown id are refused, and nothing changes.
  const outside = await mutate(
    centre,
    'activateLinkage',
    { incidentId: id, memberUnitIds: [donghu, demoUnitId('city'), randomUUID()] },
    'id',
  );
  expect(outside.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [
      expect.objectContaining({ field: 'input.memberUnitIds[1]' }),
      expect.objectContaining({ field: 'input.memberUnitIds[2]' }),
    ],
  });
  const linked = ok(
    await mutate<{ linkage: { leadUnitId: string; memberUnitIds: string[]; active: boolean } }>(
      centre,
      'activateLinkage',
      { incidentId: id, memberUnitIds: proposal.proposedMemberUnitIds, reason: '二级舆情，启动联动' },
      'linkage { leadUnitId memberUnitIds active }',
    ),
  ).activateLinkage;
  expect(linked.linkage).toEqual({ leadUnitId: propaganda, memberUnitIds: [donghu, market], active: true });

  // 联席会议 — decisions and follow-up tasks dispatched from it.
  const conference = ok(
    await mutate<{ conferences: { followUpTaskIds: string[]; decisions: string[] }[]; tasks: TaskRow[] }>(
      centre,
      'recordJointConference',
      {
        incidentId: id,
        heldAt: clock.now().toISOString(),
        participants: ['县委宣传部 何刚', '县网信办 周明', '县公安局 冯涛', '东湖镇 王博'],
        participantUnitIds: [propaganda, policeUnit, donghu],
        decisions: ['东湖镇牵头核实并公开情况', '市场监管局检查食堂并出具结论', '宣传部统一口径'],
        followUpTasks: [
          { unitId: donghu, role: 'LEAD', requirements: '核实学生健康情况，向家长说明' },
          { unitId: market, role: 'SUPPORT', requirements: '对食堂开展食品安全检查' },
        ],
      },
      `conferences { followUpTaskIds decisions } tasks { ${TASK} }`,
    ),
  ).recordJointConference;
  expect(conference.conferences).toHaveLength(1);
  const [leadTaskId, marketTaskId] = conference.conferences[0].followUpTaskIds;
  expect(conference.tasks.map((x) => [x.id, x.kind, x.role, x.assigneeUnitId, x.status])).toEqual([
    [leadTaskId, 'CONFERENCE_FOLLOW_UP', 'LEAD', donghu, 'DISPATCHED'],
    [marketTaskId, 'CONFERENCE_FOLLOW_UP', 'SUPPORT', market, 'DISPATCHED'],
  ]);
  const dispatchedAt = clock.now().getTime();

  // 移交公安 — a task for the police unit; the police sign and hand in; an uninvolved bureau cannot touch it.
  const referral = ok(
    await mutate<TaskRow>(centre, 'referToPolice', { incidentId: id, requirements: '依法查处造谣者' }, TASK),
  ).referToPolice;
  expect([referral.kind, referral.assigneeUnitId]).toEqual(['POLICE_REFERRAL', policeUnit]);
  expect(code(await mutate(outsider, 'signTask', { taskId: referral.id }, 'id'))).toBe('NOT_FOUND');
  ok(await mutate(police, 'signTask', { taskId: referral.id }, 'status'));

  // 口径: drafted by the centre, approved by the propaganda department, published by its spokesperson.
  const statement = ok(
    await mutate<{ id: string; status: string }>(
      centre,
      'draftStatement',
      {
        incidentId: id,
        kind: 'WORDING',
        tier: 'POSITIVE_RESPONSE',
        title: '关于网传柳营村小学学生中毒的情况说明',
        content: '经核实，柳营村小学近期无学生因食堂饭菜就医，网传内容不实。',
      },
      'id status',
    ),
  ).draftStatement;
  // The township can read the draft (it is in the linkage) but only the drafting unit revises it.
  expect(
    code(
      await mutate(
        township,
        'reviseStatement',
        { statementId: statement.id, title: '改写', content: '东湖镇改写的口径' },
        'id',
      ),
    ),
  ).toBe('FORBIDDEN');
  // Nobody publishes an unapproved statement; a township cannot approve; the spokesperson cannot approve either.
  expect(code(await mutate(spokesperson, 'publishStatement', { statementId: statement.id }, 'id'))).toBe(
    'INVALID_TRANSITION',
  );
  expect(
    code(await mutate(township, 'approveStatement', { statementId: statement.id, reason: '' }, 'id')),
  ).toBe('FORBIDDEN');
  expect(
    code(await mutate(spokesperson, 'approveStatement', { statementId: statement.id, reason: '' }, 'id')),
  ).toBe('FORBIDDEN');
  ok(await mutate(propagandaLeader, 'approveStatement', { statementId: statement.id, reason: '' }, 'status'));
  // Published nowhere is not published: refused, and the statement stays approved.
  expect(
    code(
      await mutate(spokesperson, 'publishStatement', { statementId: statement.id, channels: [' '] }, 'id'),
    ),
  ).toBe('VALIDATION_FAILED');
  const published = ok(
    await mutate<{ status: string; publishedBy: string; channels: string[] }>(
      spokesperson,
      'publishStatement',
      { statementId: statement.id, channels: ['清水发布微博', '县融媒体中心'] },
      'status publishedBy channels',
    ),
  ).publishStatement;
  expect(published).toEqual({
    status: 'PUBLISHED',
    publishedBy: spokesperson.userId,
    channels: ['清水发布微博', '县融媒体中心'],
  });

  // The township signs and hands part of its task to 柳营村, whose deadline cannot pass its own.
  ok(await mutate(township, 'signTask', { taskId: leadTaskId }, 'status'));
  const tooLate = await mutate(
    township,
    'redispatchTask',
    {
      taskId: leadTaskId,
      villageUnitId: liuying,
      requirements: '逐户了解学生情况',
      dueAt: new Date(dispatchedAt + 13 * 3600_000).toISOString(),
    },
    'id',
  );
  expect(tooLate.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(
    code(
      await mutate(
        township,
        'redispatchTask',
        { taskId: leadTaskId, villageUnitId: demoUnitId('shimen'), requirements: '别的乡镇的村' },
        'id',
      ),
    ),
  ).toBe('VALIDATION_FAILED');
  const villageTask = ok(
    await mutate<TaskRow>(
      township,
      'redispatchTask',
      { taskId: leadTaskId, villageUnitId: liuying, requirements: '逐户了解学生情况' },
      TASK,
    ),
  ).redispatchTask;
  expect(villageTask).toMatchObject({
    kind: 'VILLAGE_REDISPATCH',
    assigneeUnitId: liuying,
    parentTaskId: leadTaskId,
    dueAt: new Date(dispatchedAt + 12 * 3600_000).toISOString(),
  });
  // The county centre did not dispatch it, so it does not review it: the township answers for its village.
  await hours(2);
  ok(await mutate(village, 'signTask', { taskId: villageTask.id }, 'status'));
  const villageHandedIn = ok(
    await mutate<TaskRow>(
      village,
      'handInTask',
      {
        taskId: villageTask.id,
        factsFound: '全村学生均在校正常上课',
        measures: '入户走访',
        result: '无中毒情况',
      },
      TASK,
    ),
  ).handInTask;
  expect(
    code(await mutate(centre, 'reviewTask', { taskId: villageTask.id, accept: true, reason: '' }, 'id')),
  ).toBe('FORBIDDEN');
  // Two people of the township review the same version at once: one wins, the other gets VERSION_CONFLICT.
  const reviews = await Promise.all(
    [township, townshipLeader].map((s) =>
      mutate(
        s,
        'reviewTask',
        { taskId: villageTask.id, accept: true, expectedVersion: villageHandedIn.version, reason: '' },
        'status',
      ),
    ),
  );
  expect(reviews.filter((r) => !r.errors)).toHaveLength(1);
  expect(reviews.map(code).filter(Boolean)).toEqual(['VERSION_CONFLICT']);

  ok(
    await mutate(
      township,
      'handInTask',
      {
        taskId: leadTaskId,
        factsFound: '经村、校、卫生院三方核实，无学生中毒就医',
        measures: '召开家长会说明情况，配合发布口径',
        result: '家长情绪平稳，网上谣言回落',
      },
      'status',
    ),
  );
  ok(await mutate(centre, 'reviewTask', { taskId: leadTaskId, accept: true, reason: '' }, 'status'));
  ok(
    await mutate(
      police,
      'handInTask',
      { taskId: referral.id, factsFound: '造谣者已查明', measures: '依法予以行政处罚', result: '已处理' },
      'status',
    ),
  );

  // An extra task, dispatched with an Idempotency-Key; the client's retry (same key) does not double it.
  const key = randomUUID();
  const extra = {
    incidentId: id,
    unitId: demoUnitId('cyberspace'),
    role: 'SUPPORT',
    requirements: '固定谣言传播证据',
  };
  const [a, b] = await Promise.all([
    mutate<{ id: string }>(centre, 'dispatchTask', extra, 'id', { 'idempotency-key': key }),
    mutate<{ id: string }>(centre, 'dispatchTask', extra, 'id', { 'idempotency-key': key }),
  ]);
  const retried = await mutate<{ id: string }>(centre, 'dispatchTask', extra, 'id', {
    'idempotency-key': key,
  });
  const extraId = ok(a).dispatchTask.id;
  expect([ok(b).dispatchTask.id, ok(retried).dispatchTask.id]).toEqual([extraId, extraId]);

  // The market bureau never signs. Twelve hours after the conference its task is overdue; the centre supervises.
  await hours(9); // 11 h after the conference
  expect(clock.now().getTime() - dispatchedAt).toBe(11 * 3600_000);
  const marketBefore = ok(
    await gql<{ task: TaskRow }>(
      api.url,
      `query T($id: ID!) { task(id: $id) { ${TASK} } }`,
      { id: marketTaskId },
      {
        token: centre.token,
      },
    ),
  ).task;
  expect(marketBefore.overdue).toBe(false);
  await hours(1.5);
  const replyDueAt = new Date(clock.now().getTime() + 2 * 3600_000).toISOString();
  // Supervision is the dispatcher's: the township may not supervise the bureau (nor even see its task).
  expect(
    code(await mutate(township, 'superviseTask', { taskId: marketTaskId, content: 'x', replyDueAt }, 'id')),
  ).toBe('NOT_FOUND');
  const notice = {
    taskId: marketTaskId,
    content: '你单位工单已超时未签收，请立即办理并于 2 小时内回复',
    replyDueAt,
  };
  const superviseKey = { 'idempotency-key': randomUUID() };
  ok(await mutate<TaskRow>(centre, 'superviseTask', notice, TASK, superviseKey));
  // The client did not hear the answer and retries a minute later: still one notice.
  clock.advance(60_000);
  const supervised = ok(
    await mutate<TaskRow>(centre, 'superviseTask', notice, TASK, superviseKey),
  ).superviseTask;
  expect(supervised).toMatchObject({ status: 'DISPATCHED', overdue: true });
  expect(supervised.supervisions).toEqual([
    { content: '你单位工单已超时未签收，请立即办理并于 2 小时内回复', replyDueAt },
  ]);
  const reminded = ok(
    await mutate<TaskRow>(centre, 'remindTask', { taskId: marketTaskId, note: '请尽快签收' }, TASK),
  ).remindTask;
  expect(reminded.reminders).toBe(1);

  // The centre's inbox puts the overdue work first; the incident shows the whole picture.
  const incident = ok(
    await gql<{
      incident: {
        linkage: { active: boolean };
        tasks: TaskRow[];
        statements: { status: string }[];
        involvedUnitIds: string[];
        timeline: { description: string }[];
      };
    }>(
      api.url,
      `query I($id: ID!) { incident(id: $id) {
        linkage { active } involvedUnitIds statements { status } tasks { ${TASK} } timeline { description } } }`,
      { id },
      { token: centre.token },
    ),
  ).incident;
  expect(incident.tasks.map((x) => [x.kind, x.assigneeUnitId, x.status])).toEqual([
    ['CONFERENCE_FOLLOW_UP', donghu, 'ACCEPTED'],
    ['CONFERENCE_FOLLOW_UP', market, 'DISPATCHED'],
    ['POLICE_REFERRAL', policeUnit, 'HANDED_IN'],
    ['VILLAGE_REDISPATCH', liuying, 'ACCEPTED'],
    ['STANDARD', demoUnitId('cyberspace'), 'DISPATCHED'],
  ]);
  expect(incident.statements.map((s) => s.status)).toEqual(['PUBLISHED']);
  expect(incident.involvedUnitIds).toEqual(expect.arrayContaining([propaganda, policeUnit, market, liuying]));
  const lines = incident.timeline.map((x) => x.description.replace(/^\d\d:\d\d /, ''));
  expect(lines).toEqual(
    expect.arrayContaining([
      '东湖镇 李娜 上报舆情',
      '清水县委网信办（县网络舆情应急监控中心） 周明 启动"1+3+N"联动',
      '清水县委网信办（县网络舆情应急监控中心） 周明 召开联席会议（3 项决定）',
      '清水县委宣传部 何刚 审核通过稿件',
      '清水县委宣传部 孙丽 发布稿件',
      '东湖镇 李娜 转派村（社区）：柳营村',
      '柳营村 刘云 交单',
      '清水县委网信办（县网络舆情应急监控中心） 周明 督办',
    ]),
  );

  // The village and the land bureau see only what concerns them.
  expect(
    code(
      await gql(
        api.url,
        `query T($id: ID!) { task(id: $id) { id } }`,
        { id: marketTaskId },
        { token: village.token },
      ),
    ),
  ).toBe('NOT_FOUND');
  expect(
    code(
      await gql(api.url, `query I($id: ID!) { incident(id: $id) { id } }`, { id }, { token: outsider.token }),
    ),
  ).toBe('NOT_FOUND');

  // Each cross-unit step: one event with the sender, one with the receiver — and the retried dispatch only once.
  const arrivals = await owner.query<{ unit: string; kind: string; ref: string }>(
    `SELECT owning_unit AS unit, data->>'kind' AS kind, data->>'refId' AS ref FROM es_events
      WHERE event_type = 'InboxItemArrived' AND data->>'incidentId' = $1 ORDER BY global_position`,
    [id],
  );
  const to = (unit: string) => arrivals.rows.filter((r) => r.unit === unit).map((r) => r.kind);
  expect(to(demoUnitId('center'))).toEqual([
    'INCIDENT_REPORTED', // 上报 from the township
    'TASK_SIGNED', // police
    'STATEMENT_APPROVED',
    'STATEMENT_PUBLISHED',
    'TASK_SIGNED', // township
    'TASK_HANDED_IN', // township
    'TASK_HANDED_IN', // police
  ]);
  expect(to(demoUnitId('city'))).toEqual(['INCIDENT_ESCALATED']);
  expect(to(propaganda)).toEqual(['LINKAGE_JOINED', 'STATEMENT_SUBMITTED']);
  expect(to(market)).toEqual(['LINKAGE_JOINED', 'TASK_DISPATCHED', 'TASK_SUPERVISED', 'TASK_REMINDED']);
  expect(to(liuying)).toEqual(['TASK_DISPATCHED', 'TASK_ACCEPTED']);
  expect(to(policeUnit)).toEqual(['LINKAGE_JOINED', 'TASK_DISPATCHED']);
  expect(to(demoUnitId('cyberspace'))).toEqual(['LINKAGE_JOINED', 'TASK_DISPATCHED']);
  // The township works the incident when it is warned, so the warning reaches it first (002 预警).
  expect(to(donghu).slice(0, 3)).toEqual(['WARNING_ISSUED', 'LINKAGE_JOINED', 'TASK_DISPATCHED']);
  expect(arrivals.rows.filter((r) => r.ref === extraId)).toHaveLength(1);

  // A bureau added to the linkage and released again loses sight of the incident; the market bureau, released
  // too, keeps it: it holds a task.
  const petition = demoUnitId('petition-bureau');
  ok(await mutate(centre, 'addLinkageMembers', { incidentId: id, unitIds: [petition] }, 'id'));
  const visible = async () =>
    (
      await owner.query<{ v: string[] }>(
        `SELECT visible_units AS v FROM incident_view WHERE incident_id = $1`,
        [id],
      )
    ).rows[0].v;
  expect(await visible()).toContain(petition);
  for (const unitId of [petition, market])
    ok(await mutate(centre, 'releaseLinkageMember', { incidentId: id, unitId, reason: '职责已履行' }, 'id'));
  expect(await visible()).not.toContain(petition);
  expect(await visible()).toContain(market);

  // Winding down: the police task is struck off, the slipping and the extra task cancelled with reasons, the
  // warning lifted — then the incident closes (the village's part counts as struck off too).
  ok(await mutate(centre, 'reviewTask', { taskId: referral.id, accept: true, reason: '' }, 'status'));
  expect(code(await mutate(centre, 'cancelTask', { taskId: marketTaskId, reason: '  ' }, 'status'))).toBe(
    'VALIDATION_FAILED',
  );
  ok(await mutate(centre, 'cancelTask', { taskId: marketTaskId, reason: '已由联席会议改派' }, 'status'));
  ok(await mutate(centre, 'cancelTask', { taskId: extraId, reason: '证据已由公安固定' }, 'status'));
  ok(await mutate(centre, 'liftWarning', { incidentId: id, reason: '谣言已澄清' }, 'status'));
  ok(await mutate(centre, 'markIncidentCalmed', { incidentId: id, note: '谣言传播已止' }, 'status'));
  const closed = ok(
    await mutate<{ status: string }>(
      centre,
      'closeIncident',
      { incidentId: id, summary: '谣言已澄清并依法处置' },
      'status',
    ),
  ).closeIncident;
  expect(closed.status).toBe('CLOSED');
});
