import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { TimerRun, TimerService } from '@app/timers';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * Deadlines that act on their own (issue 5), driven by a moved clock: reminders to sign for and before the
 * deadline, the overdue notice with its automatic 督办 and a word to the unit's leaders, escalation to the centre's
 * leaders, timers moved by an extension and dropped by a hand-in, 催签 of risk letters, and 舆情快报.
 */
const clock = new ManualClock('2025-03-03T00:00:00.000Z'); // Monday 08:00 Beijing
const HOUR = 3600_000;
const MIN = 60_000;
let api: ApiFixture;
let timers: TimerService;
let pg: Client;
let centre: Session;
let township: Session;
let xishan: Session;
let auditor: Session;

/** Moves the clock; sessions end after a while idle, so everyone signs in again, as people would. */
async function moveTo(at: Date): Promise<void> {
  clock.set(at);
  [centre, township, xishan, auditor] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang', 'qianjun'].map((u) => login(api.url, u)),
  );
}
const advance = (ms: number) => moveTo(new Date(clock.now().getTime() + ms));
/** The kinds of the timers that acted, for the subjects given (each test's own task, letter or incidents). */
const fired = (runs: TimerRun[], ...subjects: string[]) =>
  runs.filter((r) => r.outcome === 'FIRED' && subjects.includes(r.subjectId)).map((r) => r.kind);

/** What arrived in a unit's inbox stream (the in-app notification), oldest first. */
async function arrivals(unitKey: string, kind?: string) {
  const { rows } = await pg.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id, global_position`,
    [demoUnitId(unitKey)],
  );
  return rows.map((r) => r.data).filter((d) => !kind || d.kind === kind);
}

async function eventsOf(streamId: string) {
  const { rows } = await pg.query<{ type: string; data: Record<string, unknown>; actor_user: string }>(
    `SELECT event_type AS type, data, metadata->>'actorUser' AS actor_user FROM es_events WHERE stream_id = $1
      ORDER BY stream_version`,
    [streamId],
  );
  return rows;
}

async function dispatch(incidentId: string, unitKey = 'donghu') {
  return ok(
    await mutate<{ id: string; dueAt: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId(unitKey), role: 'LEAD', requirements: '核实情况并书面反馈' },
      'id dueAt',
    ),
  ).dispatchTask;
}

const feedback = { factsFound: '已核实', measures: '约谈当事人', result: '已答复网民' };

beforeAll(async () => {
  api = await startApi({ label: 'timers', clock });
  timers = api.server.app.get(TimerService);
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  [centre, township, xishan, auditor] = await Promise.all(
    ['zhouming', 'lina', 'gaoyang', 'qianjun'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

it('reminds, marks overdue with an automatic 督办 and a word to the leaders, then escalates to the centre', async () => {
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: clock.now(),
  });
  const task = await dispatch(incidentId);
  // Grade III: written feedback within 12 h (002).
  expect(task.dueAt).toBe('2025-03-03T12:00:00.000Z');
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);

  await advance(61 * MIN);
  expect(fired(await timers.fireDue(), task.id)).toEqual(['TASK_SIGN_FOR']);
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);
  const signFor = await arrivals('donghu', 'TASK_REMINDED');
  expect(signFor).toHaveLength(1);
  expect(signFor[0]).toMatchObject({ refId: task.id, audience: 'UNIT', fromUnitId: demoUnitId('center') });
  expect((signFor[0].note as { zh: string }).zh).toContain('仍未签收');

  ok(await mutate(api.url, township.token, 'signTask', { taskId: task.id }, 'id'));
  // Signed but no handling opinion six hours on (the matrix's first-reply step): a reminder.
  await moveTo(new Date('2025-03-03T06:00:00.000Z'));
  expect(fired(await timers.fireDue(), task.id)).toEqual(['TASK_FIRST_REPLY']);
  // 75 % of 12 h: 9 h after dispatch.
  await moveTo(new Date('2025-03-03T09:00:00.000Z'));
  expect(fired(await timers.fireDue(), task.id)).toEqual(['TASK_NEARLY_DUE']);
  const nearly = await arrivals('donghu', 'TASK_NEARLY_DUE');
  expect((nearly[0].note as { zh: string }).zh).toBe(
    '距办理时限（03月03日 20:00）还剩 3 小时，请按时书面反馈',
  );

  // Past the deadline: the 1-hour reminder is overtaken (nothing to say the overdue notice does not), then overdue.
  await moveTo(new Date('2025-03-03T12:01:00.000Z'));
  const runs = await timers.fireDue();
  expect(runs.map((r) => [r.kind, r.outcome])).toEqual([
    ['TASK_NEARLY_DUE', 'NOTHING_TO_DO'],
    ['TASK_OVERDUE', 'FIRED'],
  ]);
  const stream = await eventsOf(`task-${task.id}`);
  expect(stream.map((e) => e.type)).toEqual([
    'TaskDispatched',
    'TaskReminded',
    'TaskSigned',
    'TaskReminded',
    'TaskReminded',
    'TaskOverdue',
    'TaskSupervised',
  ]);
  expect(stream.slice(-2).every((e) => e.actor_user === 'platform')).toBe(true);
  const supervised = ok(
    await gql<{
      task: {
        overdue: boolean;
        supervisions: {
          automatic: boolean;
          replyDueAt: string;
          content: string;
          escalatedAt: string | null;
        }[];
      };
    }>(
      api.url,
      `query T($id: ID!) { task(id: $id) { overdue supervisions { automatic replyDueAt content escalatedAt } } }`,
      { id: task.id },
      { token: township.token },
    ),
  ).task;
  expect(supervised.overdue).toBe(true);
  // The 督办's reply is due 4 h later (the county's default).
  expect(supervised.supervisions).toEqual([
    {
      automatic: true,
      replyDueAt: '2025-03-03T16:01:00.000Z',
      content: expect.stringContaining('请立即核实办理，并于 03月04日 00:01 前书面反馈'),
      escalatedAt: null,
    },
  ]);
  expect(await arrivals('donghu', 'TASK_SUPERVISED')).toEqual([
    expect.objectContaining({ audience: 'UNIT' }),
  ]);
  expect(await arrivals('donghu', 'TASK_OVERDUE')).toEqual([
    expect.objectContaining({ audience: 'LEADERS' }),
  ]);

  // Still not handed in when the 督办's reply falls due: raised to the county centre's leaders, once.
  await advance(3 * HOUR);
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);
  await advance(HOUR);
  expect(fired(await timers.fireDue(), task.id)).toEqual(['TASK_ESCALATE']);
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);
  const escalated = await arrivals('center', 'TASK_ESCALATED');
  expect(escalated).toEqual([expect.objectContaining({ refId: task.id, audience: 'LEADERS' })]);

  // The auditor sees every step, and who took it.
  const compliance = ok(
    await gql<{
      deadlineCompliance: {
        tasks: { supervisions: { automatic: boolean; escalatedAt: string | null }[]; reminders: string[] }[];
      };
    }>(
      api.url,
      `query C($id: ID!) { deadlineCompliance(incidentId: $id) { tasks { reminders supervisions { automatic escalatedAt } } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).deadlineCompliance.tasks[0];
  expect(compliance.reminders).toHaveLength(3);
  expect(compliance.supervisions).toEqual([{ automatic: true, escalatedAt: '2025-03-03T16:01:00.000Z' }]);
  const history = ok(
    await gql<{ incidentHistory: { entries: { type: string; description: string }[] } }>(
      api.url,
      `query H($id: ID!) { incidentHistory(id: $id) { entries { type description } } }`,
      { id: incidentId },
      { token: auditor.token },
    ),
  ).incidentHistory.entries;
  const lines = history
    .filter((e) => ['TaskOverdue', 'TaskEscalated'].includes(e.type))
    .map((e) => e.description);
  expect(lines).toEqual([
    expect.stringContaining('工单超时未交单'),
    expect.stringContaining('督办逾期仍未办结，已报送领导'),
  ]);
});

it('an extension moves the reminders and the deadline; a hand-in before it drops them', async () => {
  await moveTo(new Date('2025-03-10T00:00:00.000Z'));
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '西山镇道路积水',
    discoveredAt: clock.now(),
  });
  const task = await dispatch(incidentId);
  ok(await mutate(api.url, township.token, 'signTask', { taskId: task.id }, 'id'));
  ok(
    await mutate(
      api.url,
      township.token,
      'reportTaskProgress',
      { taskId: task.id, online: ['发布情况说明'], offline: [] },
      'id',
    ),
  );
  await advance(2 * HOUR);
  ok(
    await mutate(
      api.url,
      township.token,
      'requestTaskExtension',
      { taskId: task.id, requestedDueAt: '2025-03-10T20:00:00.000Z', reason: '需现场核查' },
      'id',
    ),
  );
  ok(
    await mutate(
      api.url,
      centre.token,
      'decideTaskExtension',
      { taskId: task.id, approve: true, reason: '' },
      'id',
    ),
  );

  // The old deadline passes: nothing happens (its timers were moved). 75 % of the new span (2 h → 20 h) is 15:30.
  await moveTo(new Date('2025-03-10T12:30:00.000Z'));
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);
  await moveTo(new Date('2025-03-10T15:30:00.000Z'));
  expect(fired(await timers.fireDue(), task.id)).toEqual(['TASK_NEARLY_DUE']);

  ok(await mutate(api.url, township.token, 'handInTask', { taskId: task.id, ...feedback }, 'id'));
  await moveTo(new Date('2025-03-11T06:00:00.000Z'));
  expect(fired(await timers.fireDue(), task.id)).toEqual([]);
  expect((await eventsOf(`task-${task.id}`)).map((e) => e.type)).not.toContain('TaskOverdue');
});

it('more time after an overdue notice stops its escalation; work sent back after it escalates at once', async () => {
  await moveTo(new Date('2025-03-14T00:00:00.000Z'));
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '南坪乡集市占道',
    discoveredAt: clock.now(),
  });
  const extended = await dispatch(incidentId);
  const reworked = await dispatch(incidentId);
  for (const id of [extended.id, reworked.id])
    ok(await mutate(api.url, township.token, 'signTask', { taskId: id }, 'id'));
  // Both fall overdue at 12:00 and get their 督办 (reply due 16:00).
  await moveTo(new Date('2025-03-14T12:05:00.000Z'));
  expect(fired(await timers.fireDue(), extended.id, reworked.id)).toEqual(['TASK_OVERDUE', 'TASK_OVERDUE']);

  // One is given until 22:00 (within its 24 h limit); the other hands in, and is sent back for rework.
  ok(
    await mutate(
      api.url,
      township.token,
      'requestTaskExtension',
      { taskId: extended.id, requestedDueAt: '2025-03-14T22:00:00.000Z', reason: '等待检测结果' },
      'id',
    ),
  );
  ok(
    await mutate(
      api.url,
      centre.token,
      'decideTaskExtension',
      { taskId: extended.id, approve: true, reason: '' },
      'id',
    ),
  );
  ok(await mutate(api.url, township.token, 'handInTask', { taskId: reworked.id, ...feedback }, 'id'));

  // At 16:00 the 督办s' replies fall due: one has more time, the other was handed in — nothing to raise.
  await moveTo(new Date('2025-03-14T16:05:00.000Z'));
  expect(fired(await timers.fireDue(), extended.id, reworked.id)).toEqual([]);
  // Sent back after its reply fell due: the task is late and answers nothing — raised to the leaders at once.
  ok(
    await mutate(
      api.url,
      centre.token,
      'reviewTask',
      { taskId: reworked.id, accept: false, reason: '缺少现场照片' },
      'id',
    ),
  );
  expect(fired(await timers.fireDue(), extended.id, reworked.id)).toEqual(['TASK_ESCALATE']);
  expect((await eventsOf(`task-${extended.id}`)).map((e) => e.type)).not.toContain('TaskEscalated');
  expect((await eventsOf(`task-${reworked.id}`)).map((e) => e.type)).toContain('TaskEscalated');
});

it('chases the recipients of a risk letter who have not signed for it, then raises it to the leaders', async () => {
  await moveTo(new Date('2025-03-12T00:00:00.000Z'));
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '水库移民补偿',
    discoveredAt: clock.now(),
  });
  const letter = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu'), demoUnitId('xishan')],
        title: '关于水库移民补偿舆情风险的提示函',
        risk: '可能引发聚集',
        level: 'III',
        scope: '东湖镇、西山镇',
        watchPoints: '移民群',
        requestedMeasures: '做好解释',
        receiptDueAt: '2025-03-12T02:00:00.000Z',
      },
      'id',
    ),
  ).sendRiskLetter;
  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter.id },
      { token: township.token },
    ),
  );

  await moveTo(new Date('2025-03-12T02:00:00.000Z'));
  expect(fired(await timers.fireDue(), letter.id)).toEqual(['LETTER_CHASE']);
  expect(await arrivals('donghu', 'LETTER_CHASED')).toEqual([]);
  expect((await arrivals('xishan', 'LETTER_CHASED')).map((a) => a.audience)).toEqual(['UNIT', 'LEADERS']);
  const chased = (await eventsOf(`letter-${letter.id}`)).find((e) => e.type === 'RiskLetterChased');
  expect(chased?.data.unsignedUnitIds).toEqual([demoUnitId('xishan')]);

  await advance(4 * HOUR);
  expect(fired(await timers.fireDue(), letter.id)).toEqual(['LETTER_ESCALATE']);
  expect(await arrivals('center', 'LETTER_ESCALATED')).toEqual([
    expect.objectContaining({ refId: letter.id, audience: 'LEADERS' }),
  ]);

  // Signed late: nothing further to chase.
  ok(
    await gql(
      api.url,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letter.id },
      { token: xishan.token },
    ),
  );
  await advance(24 * HOUR);
  expect(fired(await timers.fireDue(), letter.id)).toEqual([]);
});

it('raises a 舆情快报 to the centre leaders for an incident left unassessed and at once for a major one', async () => {
  await moveTo(new Date('2025-03-20T00:00:00.000Z'));
  const report = (title: string, confidential = false) =>
    mutate<{ id: string }>(
      api.url,
      centre.token,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title,
        discoveredAt: clock.now().toISOString(),
        confidential,
      },
      'id',
    ).then((r) => ok(r).reportIncident.id);
  const left = await report('化工园区异味', true);
  const assessedInTime = await report('菜市场价格');
  await advance(30 * MIN);
  ok(
    await mutate(
      api.url,
      centre.token,
      'assessIncident',
      {
        incidentId: assessedInTime,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'IV',
        reasoning: '一般',
      },
      'id',
    ),
  );
  await advance(31 * MIN);
  expect(fired(await timers.fireDue(), left, assessedInTime)).toEqual(['INCIDENT_UNASSESSED']);
  const flash = await arrivals('center', 'FLASH_REPORT');
  expect(flash).toEqual([
    expect.objectContaining({
      refType: 'SPECIAL_REPORT',
      incidentId: left,
      audience: 'LEADERS',
      confidential: true,
      title: null,
    }),
  ]);
  expect((flash[0].note as { zh: string }).zh).toContain('仍未研判定级');
  // The arrival points at a 快报 the platform drafted from the log, for the centre to complete and sign off.
  const first = await eventsOf(`special-report-${String(flash[0].refId)}`);
  expect(first).toEqual([
    expect.objectContaining({
      type: 'SpecialReportDrafted',
      data: expect.objectContaining({
        kind: 'FLASH',
        incidentId: left,
        confidential: true,
        prefilledBy: expect.objectContaining({ reason: 'UNASSESSED' }),
        title: '关于“化工园区异味”的舆情快报',
        analysis: expect.stringContaining('仍未研判定级'),
        measuresTaken: [],
        draftedByName: '平台（快报预填）',
      }),
    }),
  ]);

  // Assessed as grade II: the flash report goes at once, once — even if regraded to I later.
  ok(
    await mutate(
      api.url,
      centre.token,
      'assessIncident',
      {
        incidentId: left,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'II',
        reasoning: '大范围传播',
      },
      'id',
    ),
  );
  expect(fired(await timers.fireDue(), left, assessedInTime)).toEqual(['INCIDENT_MAJOR']);
  ok(
    await mutate(
      api.url,
      centre.token,
      'assessIncident',
      {
        incidentId: left,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'OTHER',
        grade: 'I',
        reasoning: '升级',
      },
      'id',
    ),
  );
  expect(fired(await timers.fireDue(), left, assessedInTime)).toEqual([]);
  const both = await arrivals('center', 'FLASH_REPORT');
  expect(both.map((a) => (a.note as { zh: string }).zh)).toEqual([
    expect.stringContaining('仍未研判定级'),
    '舆情快报：经研判为 II 级舆情；平台已预填快报稿件，请核改后签发报送县领导',
  ]);
  // One draft per timer: the major one carries the judgement just made.
  expect(new Set(both.map((a) => a.refId)).size).toBe(2);
  const major = await eventsOf(`special-report-${String(both[1].refId)}`);
  expect(major.map((e) => e.type)).toEqual(['SpecialReportDrafted']);
  expect(major[0].data).toMatchObject({
    kind: 'FLASH',
    prefilledBy: { reason: 'MAJOR' },
    analysis: expect.stringContaining('定为II级'),
    spread: expect.stringContaining('首发于'),
  });
  // The auditor sees both reports in the incident's history, raised by the platform.
  const history = ok(
    await gql<{ incidentHistory: { entries: { type: string; description: string }[] } }>(
      api.url,
      `query H($id: ID!) { incidentHistory(id: $id) { entries { type description } } }`,
      { id: left },
      { token: auditor.token },
    ),
  ).incidentHistory.entries.filter((e) => e.type === 'FlashReportRaised');
  expect(history.map((e) => e.description)).toEqual([
    expect.stringContaining('舆情快报：未按时研判，提请县中心领导签发报送'),
    expect.stringContaining('舆情快报（II 级）：提请县中心领导签发报送'),
  ]);
});

it('the unassessed-快报 check reads the log: an assessment the read models have not caught up with counts', async () => {
  await moveTo(new Date('2025-03-24T00:00:00.000Z'));
  const incidentId = ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: '水库放水传言',
        discoveredAt: clock.now().toISOString(),
      },
      'id',
    ),
  ).reportIncident.id;
  await advance(20 * MIN);
  ok(
    await mutate(
      api.url,
      centre.token,
      'assessIncident',
      {
        incidentId,
        nature: 'FABRICATION',
        veracity: 'FALSE',
        field: 'OTHER',
        grade: 'IV',
        reasoning: '经核实为谣言',
      },
      'id',
    ),
  );
  // The read models as they stand while their projections lag behind the log: the incident still ungraded and its
  // flash timer still armed. The assessment itself is in the log.
  await pg.query(`UPDATE incident_view SET grade = NULL WHERE incident_id = $1`, [incidentId]);
  await pg.query(`UPDATE timer SET armed = true, outcome = NULL WHERE subject_id = $1 AND kind = $2`, [
    incidentId,
    'INCIDENT_UNASSESSED',
  ]);
  await advance(45 * MIN);
  const runs = (await timers.fireDue()).filter((r) => r.subjectId === incidentId);
  expect(runs.map((r) => [r.kind, r.outcome])).toEqual([['INCIDENT_UNASSESSED', 'NOTHING_TO_DO']]);
  expect((await arrivals('center', 'FLASH_REPORT')).filter((a) => a.refId === incidentId)).toEqual([]);
});

it('a reminder the township never saw does not make its hand-in stale; a person’s step since does', async () => {
  await moveTo(new Date('2025-03-26T00:00:00.000Z'));
  const incidentId = await listedIncident(api.url, centre.token, {
    title: '学校周边交通拥堵',
    discoveredAt: clock.now(),
  });
  const sign = async (taskId: string) =>
    ok(await mutate<{ version: number }>(api.url, township.token, 'signTask', { taskId }, 'version')).signTask
      .version;
  const handIn = (taskId: string, expectedVersion: number) =>
    mutate<{ status: string }>(
      api.url,
      township.token,
      'handInTask',
      { taskId, expectedVersion, ...feedback },
      'status',
    );
  const reminded = await dispatch(incidentId);
  const nudged = await dispatch(incidentId);
  const seen = { reminded: await sign(reminded.id), nudged: await sign(nudged.id) };

  // Six hours on, the first-reply reminder; at 75 % of the time the nearly-due one: the township has read neither.
  await moveTo(new Date('2025-03-26T09:00:00.000Z'));
  expect(fired(await timers.fireDue(), reminded.id, nudged.id).sort()).toEqual([
    'TASK_FIRST_REPLY',
    'TASK_FIRST_REPLY',
    'TASK_NEARLY_DUE',
    'TASK_NEARLY_DUE',
  ]);
  expect(ok(await handIn(reminded.id, seen.reminded)).handInTask.status).toBe('HANDED_IN');
  expect((await eventsOf(`task-${reminded.id}`)).map((e) => [e.type, e.actor_user]).slice(-2)).toEqual([
    ['TaskReminded', 'platform'],
    ['TaskHandedIn', township.userId],
  ]);

  // A person's 催办 since the version read is something to see first: that hand-in is stale.
  ok(await mutate(api.url, centre.token, 'remindTask', { taskId: nudged.id, note: '请加快办理' }, 'id'));
  const stale = await handIn(nudged.id, seen.nudged);
  expect(stale.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
});
