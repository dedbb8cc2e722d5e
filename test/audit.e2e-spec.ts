import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { BundleExporter, verifyBundle } from '@app/audit';
import { LogSealer } from '@app/event-store';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';

/**
 * An auditor (纪检监察) looks back at a land-acquisition incident: its history line by line, its state at moments
 * of the scenario (rebuilt from the log and compared with what the read model showed at the time), deadline
 * compliance per task and per unit, and whether the record is intact — before and after an operator edits it.
 */
const clock = new ManualClock('2026-10-12T01:00:00.000Z'); // 09:00 Beijing time

let api: ApiFixture;
let owner: Client;
let centre: Session; // 周明, county centre duty officer
let leader: Session; // 郑华, county centre leader
let admin: Session; // 赵强, county administrator
let township: Session; // 李娜, 东湖镇
let bureau: Session; // 林芳, 自然资源局
let other: Session; // 高扬, 西山镇, not involved
let auditor: Session; // 钱军, auditor
let city: Session; // 徐明, city office

const donghu = demoUnitId('donghu');
const landBureau = demoUnitId('land-bureau');

async function signIn(): Promise<void> {
  [centre, leader, admin, township, bureau, other, auditor, city] = await Promise.all(
    ['zhouming', 'zhenghua', 'zhaoqiang', 'lina', 'linfang', 'gaoyang', 'qianjun', 'xuming'].map((u) =>
      login(api.url, u),
    ),
  );
}

async function minutes(m: number): Promise<void> {
  clock.advance(m * 60_000);
  await signIn();
}

const LIVE = `query I($id: ID!) { incident(id: $id) {
  status grade warning { level active } tasks { id status dueAt } } }`;
const AS_OF = `query A($id: ID!, $at: DateTime!) { incidentAsOf(id: $id, at: $at) {
  exists status grade warning { level active } tasks { taskId status dueAt assigneeUnitName } eventsApplied } }`;

interface Live {
  status: string;
  grade: string | null;
  warning: { level: string; active: boolean } | null;
  tasks: { id: string; status: string; dueAt: string }[];
}
const moments: { at: string; live: Live }[] = [];

/** What the read model shows now, kept to be compared later with the state rebuilt from the log. */
async function capture(id: string): Promise<void> {
  const live = ok(await gql<{ incident: Live }>(api.url, LIVE, { id }, { token: centre.token })).incident;
  moments.push({ at: clock.now().toISOString(), live });
  await minutes(1); // the next step happens after the captured moment
}

let incidentId = '';
let leadTask = '';
let supportTask = '';
let start: Date;

beforeAll(async () => {
  api = await startApi({ label: 'audit', clock });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  await signIn();
  start = clock.now();

  const m = (s: Session, name: string, input: Record<string, unknown>, select = 'id') =>
    mutate<Record<string, unknown>>(api.url, s.token, name, input, select).then(ok);

  incidentId = (
    (await m(centre, 'reportIncident', {
      channel: 'MONITORING',
      platform: 'WEIBO',
      title: '东湖镇柳营村征地补偿款未发放',
      urls: ['https://weibo.example/p/7001'],
      discoveredAt: clock.now().toISOString(),
    })) as { reportIncident: { id: string } }
  ).reportIncident.id;
  await capture(incidentId);

  await m(centre, 'assessIncident', {
    incidentId,
    nature: 'INQUIRY_APPEAL',
    veracity: 'UNVERIFIED',
    field: 'LAND_ACQUISITION',
    grade: 'III',
    reasoning: '涉及群众切身利益',
  });
  await m(centre, 'issueWarning', {
    incidentId,
    level: 'III',
    object: '东湖镇征地补偿',
    startAt: clock.now().toISOString(),
    scope: '东湖镇',
    matters: '补偿款发放',
    measures: '核实并回应',
  });
  await capture(incidentId);

  await m(centre, 'listIncident', { incidentId, requirements: '12小时内书面反馈' });
  const dispatch = async (unitId: string, role: string) =>
    (
      (await m(centre, 'dispatchTask', { incidentId, unitId, role, requirements: '核实并反馈' })) as {
        dispatchTask: { id: string };
      }
    ).dispatchTask.id;
  leadTask = await dispatch(donghu, 'LEAD');
  supportTask = await dispatch(landBureau, 'SUPPORT');
  await capture(incidentId);

  await m(township, 'signTask', { taskId: leadTask });
  await m(bureau, 'signTask', { taskId: supportTask });
  await capture(incidentId);

  await minutes(8 * 60);
  const feedback = { factsFound: '5 户手续不全', measures: '补办手续', result: '已发放', evidence: [] };
  await m(township, 'handInTask', { taskId: leadTask, ...feedback });
  await m(centre, 'reviewTask', { taskId: leadTask, accept: false, reason: '请补充发放凭证' });
  await capture(incidentId);

  await minutes(2 * 60);
  await m(bureau, 'requestTaskExtension', {
    taskId: supportTask,
    requestedDueAt: new Date(clock.now().getTime() + 6 * 3600_000).toISOString(),
    reason: '需调取档案',
  });
  await m(centre, 'decideTaskExtension', { taskId: supportTask, approve: false, reason: '时限不能延长' });
  await m(township, 'handInTask', { taskId: leadTask, ...feedback, evidence: ['发放签收表'] });
  await m(centre, 'reviewTask', { taskId: leadTask, accept: true, reason: '' });
  await capture(incidentId);

  // Dispatched at 09:02, due at 21:02; the bureau is late: supervised at 21:32, hands in at 22:02 (60 min late).
  await minutes(146);
  await m(centre, 'superviseTask', {
    taskId: supportTask,
    content: '请于今日 23 时前书面反馈',
    replyDueAt: new Date(clock.now().getTime() + 90 * 60_000).toISOString(),
  });
  await minutes(30);
  await m(bureau, 'handInTask', {
    taskId: supportTask,
    factsFound: '批复合法',
    measures: '提供依据',
    result: '已提供',
    evidence: [],
  });
  await m(centre, 'reviewTask', { taskId: supportTask, accept: true, reason: '' });
  await m(centre, 'markIncidentCalmed', { incidentId, note: '讨论减少' });
  await m(centre, 'liftWarning', { incidentId, reason: '已平息' });
  await capture(incidentId);
  await m(leader, 'closeIncident', { incidentId, summary: '已发放' });
  await capture(incidentId);
}, 180_000); // the whole scenario through the API: slow when the machine is shared, not a figure

afterAll(async () => {
  await owner.end();
  await api.close();
});

describe('incidentAsOf', () => {
  it('matches what the read model showed at each moment of the scenario, rebuilt from the log', async () => {
    expect(moments.length).toBe(8);
    for (const { at, live } of moments) {
      const past = ok(
        await gql<{
          incidentAsOf: {
            exists: boolean;
            status: string;
            grade: string | null;
            warning: Live['warning'];
            tasks: { taskId: string; status: string; dueAt: string }[];
          };
        }>(api.url, AS_OF, { id: incidentId, at }, { token: auditor.token }),
      ).incidentAsOf;
      expect({ at, status: past.status, grade: past.grade, warning: past.warning }).toEqual({
        at,
        status: live.status,
        grade: live.grade,
        warning: live.warning,
      });
      expect(past.tasks.map((t) => [t.taskId, t.status, t.dueAt]).sort()).toEqual(
        live.tasks.map((t) => [t.id, t.status, t.dueAt]).sort(),
      );
    }
  });

  it('before it was registered, the incident did not exist yet', async () => {
    const before = ok(
      await gql<{ incidentAsOf: { exists: boolean; status: string | null; eventsApplied: number } }>(
        api.url,
        AS_OF,
        { id: incidentId, at: new Date(start.getTime() - 1000).toISOString() },
        { token: auditor.token },
      ),
    ).incidentAsOf;
    expect(before).toMatchObject({ exists: false, status: null, eventsApplied: 0 });
  });
});

describe('incidentHistory', () => {
  const HISTORY = `query H($id: ID!, $f: HistoryFilter) { incidentHistory(id: $id, filter: $f) {
    title total entries { kind type description descriptionEn actorUnitId command correlationId streamId hash } } }`;
  type History = {
    incidentHistory: {
      title: string;
      total: number;
      entries: {
        kind: string;
        type: string;
        description: string;
        descriptionEn: string;
        actorUnitId: string;
        command: string;
        correlationId: string;
        streamId: string;
        hash: string;
      }[];
    };
  };

  it('tells every event in order, one readable line each, with who, which unit, command and correlation', async () => {
    const h = ok(
      await gql<History>(api.url, HISTORY, { id: incidentId }, { token: auditor.token }),
    ).incidentHistory;
    expect(h.title).toBe('东湖镇柳营村征地补偿款未发放');
    expect(h.entries.length).toBe(h.total);
    const lines = h.entries.map((e) => e.description);
    expect(lines[0]).toBe('09:00 清水县委网信办（县网络舆情应急监控中心） 周明 登记舆情');
    expect(lines).toEqual(
      expect.arrayContaining([
        '09:03 东湖镇 李娜 签收工单，责任人：李娜',
        '09:03 清水县自然资源局 林芳 签收工单，责任人：林芳',
        '21:32 清水县委网信办（县网络舆情应急监控中心） 周明 督办',
        '22:02 清水县自然资源局 林芳 交单（逾期 60 分钟）',
        '09:02 清水县委网信办（县网络舆情应急监控中心） 周明 工单纳入本事件',
        '09:02 清水县委网信办（县网络舆情应急监控中心） 周明 派单给东湖镇（主办）',
        '09:02 清水县委网信办（县网络舆情应急监控中心） 周明 派单给清水县自然资源局（协办）',
        expect.stringMatching(/送达东湖镇待办：收到派单$/),
      ]),
    );
    // Units and people by name, never by id — a unit that received something but never acted included.
    expect(lines.filter((l) => /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/.test(l))).toEqual([]);
    // One dispatch: the task, its attachment to the incident and the delivery share one correlation id.
    const dispatched = h.entries.find(
      (e) => e.type === 'TaskDispatched' && e.streamId === `task-${leadTask}`,
    )!;
    const sameStep = h.entries.filter((e) => e.correlationId === dispatched.correlationId).map((e) => e.type);
    expect(sameStep.sort()).toEqual(['InboxItemArrived', 'TaskAttached', 'TaskDispatched']);
    expect(dispatched.command).toBe('DispatchTask');
    expect(dispatched.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('filters by unit and by kind', async () => {
    const bureauOnly = ok(
      await gql<History>(
        api.url,
        HISTORY,
        { id: incidentId, f: { unitIds: [landBureau] } },
        { token: auditor.token },
      ),
    ).incidentHistory;
    expect(bureauOnly.entries.length).toBeGreaterThan(3);
    expect(bureauOnly.entries.length).toBeLessThan(bureauOnly.total);
    expect(
      bureauOnly.entries.every(
        (e) =>
          e.actorUnitId === landBureau ||
          e.streamId === `task-${supportTask}` ||
          e.streamId.startsWith(`inbox-${landBureau}-`),
      ),
    ).toBe(true);
    const warnings = ok(
      await gql<History>(
        api.url,
        HISTORY,
        { id: incidentId, f: { kinds: ['WARNING'] } },
        { token: auditor.token },
      ),
    ).incidentHistory;
    expect(warnings.entries.map((e) => e.type)).toEqual(['WarningIssued', 'WarningLifted']);
  });
  it('names a unit that received something and never acted, not by its id', async () => {
    const other = await listedIncident(api.url, centre.token, {
      title: '西山镇道路施工扰民',
      discoveredAt: clock.now(),
    });
    ok(
      await mutate(
        api.url,
        centre.token,
        'sendRiskLetter',
        {
          incidentId: other,
          recipientUnitIds: [demoUnitId('xishan')],
          title: '施工扰民舆情风险提示',
          risk: '可能扩散',
          level: 'IV',
          scope: '西山镇',
          watchPoints: '短视频转发',
          requestedMeasures: '核实回应',
        },
        'id',
      ),
    );
    const h = ok(
      await gql<History>(api.url, HISTORY, { id: other }, { token: auditor.token }),
    ).incidentHistory;
    const lines = h.entries.map((e) => e.description);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/送达西山镇待办：/),
        expect.stringMatching(/ 向西山镇发送风险提示函$/),
      ]),
    );
    // The incident's own timeline reads the same.
    const timeline = ok(
      await gql<{ incident: { timeline: { description: string; action: string; actionEn: string }[] } }>(
        api.url,
        `query T($id: ID!) { incident(id: $id) { timeline { description action actionEn } } }`,
        { id: other },
        { token: centre.token },
      ),
    ).incident.timeline;
    expect(timeline.map((t) => [t.action, t.actionEn])).toContainEqual([
      '向西山镇发送风险提示函',
      'sent a risk letter to 西山镇',
    ]);
    expect(lines.filter((l) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(l))).toEqual([]);
  });
});

describe('deadlineCompliance', () => {
  it('gives each task its deadline, sign, hand-ins, extension, reworks, lateness and supervision', async () => {
    const c = ok(
      await gql<{
        deadlineCompliance: {
          summary: {
            tasks: number;
            onTime: number;
            late: number;
            onTimeRate: number;
            reworks: number;
            supervisions: number;
          };
          tasks: {
            taskId: string;
            assigneeUnitName: string;
            originalDueAt: string;
            signedAt: string;
            firstHandedInAt: string;
            late: boolean;
            overdueMinutes: number;
            reworks: { reason: string }[];
            extensions: { approved: boolean; reason: string; decisionReason: string }[];
            supervisions: { replyDueAt: string }[];
            status: string;
          }[];
        };
      }>(
        api.url,
        `query C($id: ID!) { deadlineCompliance(incidentId: $id) {
          summary { tasks onTime late onTimeRate reworks supervisions }
          tasks { taskId assigneeUnitName originalDueAt signedAt firstHandedInAt late overdueMinutes status
                  deadlineRule policyInForce { feedbackHours hardCapHours countySet }
                  reworks { reason } extensions { approved reason decisionReason } supervisions { replyDueAt } } } }`,
        { id: incidentId },
        { token: auditor.token },
      ),
    ).deadlineCompliance;
    expect(c.summary).toEqual({ tasks: 2, onTime: 1, late: 1, onTimeRate: 0.5, reworks: 1, supervisions: 1 });
    const lead = c.tasks.find((t) => t.taskId === leadTask)!;
    expect(lead).toMatchObject({
      assigneeUnitName: '东湖镇',
      late: false,
      overdueMinutes: 0,
      status: 'ACCEPTED',
      reworks: [{ reason: '请补充发放凭证' }],
      originalDueAt: '2026-10-12T13:02:00.000Z',
      // The seeds' 12 h / 24 h were in force: the county had not set its own.
      deadlineRule: 'WRITTEN_FEEDBACK',
      policyInForce: { feedbackHours: 12, hardCapHours: 24, countySet: false },
    });
    const support = c.tasks.find((t) => t.taskId === supportTask)!;
    expect(support).toMatchObject({
      assigneeUnitName: '清水县自然资源局',
      late: true,
      overdueMinutes: 60,
      extensions: [{ approved: false, reason: '需调取档案', decisionReason: '时限不能延长' }],
    });
    expect(support.supervisions).toHaveLength(1);
  });

  it('per unit over a period, with a clear error for a reversed period', async () => {
    const q = `query U($u: ID!, $from: DateTime!, $to: DateTime!) { unitDeadlineCompliance(unitId: $u, from: $from, to: $to) {
      unitName summary { tasks late onTimeRate } tasks { taskId } } }`;
    const period = { from: start.toISOString(), to: new Date(start.getTime() + 86_400_000).toISOString() };
    const u = ok(
      await gql<{
        unitDeadlineCompliance: {
          unitName: string;
          summary: { tasks: number; late: number; onTimeRate: number };
          tasks: { taskId: string }[];
        };
      }>(api.url, q, { u: landBureau, ...period }, { token: auditor.token }),
    ).unitDeadlineCompliance;
    expect(u).toMatchObject({ unitName: '清水县自然资源局', summary: { tasks: 1, late: 1, onTimeRate: 0 } });
    expect(u.tasks.map((t) => t.taskId)).toEqual([supportTask]);
    const reversed = await gql(
      api.url,
      q,
      { u: landBureau, from: period.to, to: period.from },
      { token: auditor.token },
    );
    expect(reversed.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(reversed.errors?.[0].message).toContain('结束时间须晚于开始时间');
  });
});

describe('who may audit', () => {
  const Q = `query H($id: ID!) { incidentHistory(id: $id) { total } }`;
  it('the county auditor and the centre leader may; the township that handled it is refused; others learn nothing', async () => {
    expect(
      ok(
        await gql<{ incidentHistory: { total: number } }>(
          api.url,
          Q,
          { id: incidentId },
          { token: leader.token },
        ),
      ).incidentHistory.total,
    ).toBeGreaterThan(20);
    const code = async (s: Session, query = Q, vars: Record<string, unknown> = { id: incidentId }) =>
      (await gql(api.url, query, vars, { token: s.token })).errors?.[0].extensions.code;
    expect(await code(township)).toBe('FORBIDDEN');
    expect(await code(centre)).toBe('FORBIDDEN');
    expect(await code(other)).toBe('NOT_FOUND');
    expect(await code(city)).toBe('NOT_FOUND');
    expect(
      await code(other, `query A($id: ID!) { incidentAsOf(id: $id, at: "2026-10-12T02:00:00Z") { status } }`),
    ).toBe('NOT_FOUND');
    expect(await code(township, `query V($id: ID!) { verifyIncident(id: $id) { ok } }`)).toBe('FORBIDDEN');
    expect(await code(township, `{ verifyLog { ok } }`, {})).toBe('FORBIDDEN');
    expect(await code(admin, `{ verifyLog { ok } }`, {})).toBeUndefined();
  });

  it("an auditor's reads are recorded in the log; an auditor changes nothing", async () => {
    const before = await owner.query(
      `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'AuditorRead'`,
    );
    ok(
      await gql(
        api.url,
        `query H($id: ID!) { incidentHistory(id: $id) { total } }`,
        { id: incidentId },
        { token: auditor.token },
      ),
    );
    const { rows } = await owner.query<{ data: { fields: { field: string; args: { id: string } }[] } }>(
      `SELECT data FROM es_events WHERE event_type = 'AuditorRead' ORDER BY global_position DESC LIMIT 1`,
    );
    const after = await owner.query(
      `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'AuditorRead'`,
    );
    expect(after.rows[0].n).toBe(before.rows[0].n + 1);
    expect(rows[0].data.fields).toEqual([{ field: 'incidentHistory', args: { id: incidentId } }]);
    const write = await mutate(
      api.url,
      auditor.token,
      'reopenIncident',
      { incidentId, reason: '复查' },
      'status',
    );
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it("a centre leader's audit queries are recorded too, however the query is written", async () => {
    const count = async () =>
      (
        await owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'AuditorRead' AND data->>'userId' = $1`,
          [leader.userId],
        )
      ).rows[0].n;
    const before = await count();
    ok(
      await gql(
        api.url,
        `query H($id: ID!) { ...Look } fragment Look on Query { ... on Query { incidentHistory(id: $id) { total } } }`,
        { id: incidentId },
        { token: leader.token },
      ),
    );
    expect(await count()).toBe(before + 1);
    // Ordinary reads by a leader are not audit reads.
    ok(
      await gql(
        api.url,
        `query I($id: ID!) { incident(id: $id) { status } }`,
        { id: incidentId },
        { token: leader.token },
      ),
    );
    expect(await count()).toBe(before + 1);
  });
});

describe('verification', () => {
  const VERIFY = `query V($id: ID!) { verifyIncident(id: $id) {
    ok eventsChecked streamsChecked checkpointsChecked unsealedEvents witnessedCheckpoints keyId
    fault { kind message messageEn streamId streamVersion checkpointSeq } } }`;
  type Report = {
    ok: boolean;
    eventsChecked: number;
    streamsChecked: number;
    checkpointsChecked: number;
    unsealedEvents: number;
    witnessedCheckpoints: number;
    keyId: string;
    fault: {
      kind: string;
      message: string;
      messageEn: string;
      streamId: string;
      streamVersion: number;
      checkpointSeq: number;
    } | null;
  };
  const verify = async () =>
    ok(await gql<{ verifyIncident: Report }>(api.url, VERIFY, { id: incidentId }, { token: auditor.token }))
      .verifyIncident;

  it('an untouched incident verifies; once sealed, through signed and witnessed checkpoints', async () => {
    const unsealed = await verify();
    expect(unsealed).toMatchObject({ ok: true, streamsChecked: 3, checkpointsChecked: 0, fault: null });
    expect(unsealed.unsealedEvents).toBe(unsealed.eventsChecked);
    await api.server.app.get(LogSealer).sealPending();
    const sealed = await verify();
    expect(sealed).toMatchObject({
      ok: true,
      unsealedEvents: 0,
      witnessedCheckpoints: 1,
      keyId: api.integrity.signingKey.keyId,
    });
    expect(sealed.checkpointsChecked).toBeGreaterThanOrEqual(1);
    const key = ok(
      await gql<{ auditPublicKey: { keyId: string; publicKeyPem: string } }>(
        api.url,
        `{ auditPublicKey { keyId publicKeyPem } }`,
        {},
        { token: auditor.token },
      ),
    ).auditPublicKey;
    expect(key).toEqual({
      keyId: api.integrity.signingKey.keyId,
      publicKeyPem: api.integrity.signingKey.publicKeyPem,
    });
    const log = ok(
      await gql<{ verifyLog: Report }>(
        api.url,
        `{ verifyLog { ok eventsChecked checkpointsChecked } }`,
        {},
        { token: auditor.token },
      ),
    ).verifyLog;
    expect(log.ok).toBe(true);
  });

  it('names the altered event when an operator edits a task in the database', async () => {
    await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
    try {
      await owner.query(
        `UPDATE es_events SET data = jsonb_set(data, '{lateByMinutes}', '0') WHERE stream_id = $1 AND event_type = 'TaskHandedIn'`,
        [`task-${supportTask}`],
      );
      const r = await verify();
      expect(r.ok).toBe(false);
      expect(r.fault).toMatchObject({ kind: 'EVENT_ALTERED', streamId: `task-${supportTask}` });
      expect(r.fault!.message).toContain('事件被改动');
      const log = ok(
        await gql<{ verifyLog: Report }>(
          api.url,
          `{ verifyLog { ok fault { kind streamId } } }`,
          {},
          { token: auditor.token },
        ),
      ).verifyLog;
      expect(log.fault).toMatchObject({ kind: 'EVENT_ALTERED', streamId: `task-${supportTask}` });
      // Put back exactly as it was, the record verifies again.
      await owner.query(
        `UPDATE es_events SET data = jsonb_set(data, '{lateByMinutes}', '60') WHERE stream_id = $1 AND event_type = 'TaskHandedIn'`,
        [`task-${supportTask}`],
      );
      expect((await verify()).ok).toBe(true);
    } finally {
      await owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    }
  });

  it('finds the last steps of an incident cut off after a later checkpoint, in the database and in a bundle', async () => {
    const sealer = api.server.app.get(LogSealer);
    const m = (s: Session, name: string, input: Record<string, unknown>) =>
      mutate<{ id: string }>(api.url, s.token, name, input, 'id').then(ok);
    await minutes(1);
    const id = await listedIncident(api.url, centre.token, {
      title: '后来被截断的事件',
      discoveredAt: clock.now(),
    });
    const task = (
      await m(centre, 'dispatchTask', { incidentId: id, unitId: donghu, role: 'LEAD', requirements: '核实' })
    ).dispatchTask.id;
    await m(township, 'signTask', { taskId: task });
    await m(township, 'handInTask', {
      taskId: task,
      factsFound: '属实',
      measures: '处置',
      result: '完成',
      evidence: [],
    });
    await sealer.sealPending();
    await m(centre, 'reviewTask', { taskId: task, accept: true, reason: '' });
    await sealer.sealPending();
    const check = async (incidentId: string) =>
      ok(await gql<{ verifyIncident: Report }>(api.url, VERIFY, { id: incidentId }, { token: auditor.token }))
        .verifyIncident;
    expect((await check(id)).ok).toBe(true);
    // The operator removes the acceptance (task, incident and delivery events) and moves the heads back.
    await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
    try {
      const { rows } = await owner.query<{ stream_id: string }>(
        `DELETE FROM es_events WHERE data->>'incidentId' = $1 AND event_type IN ('TaskAccepted', 'TaskSettled', 'InboxItemArrived')
           AND recorded_at = (SELECT max(recorded_at) FROM es_events WHERE data->>'incidentId' = $1) RETURNING stream_id`,
        [id],
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      // A stream left without events (an arrival that began its unit's stream for the item) loses its head too.
      for (const { stream_id } of rows) {
        await owner.query(
          `UPDATE es_streams SET (version, last_hash) = (SELECT stream_version, hash FROM es_events WHERE stream_id = $1
              ORDER BY stream_version DESC LIMIT 1) WHERE stream_id = $1 AND EXISTS (SELECT 1 FROM es_events WHERE stream_id = $1)`,
          [stream_id],
        );
        await owner.query(
          `DELETE FROM es_streams WHERE stream_id = $1 AND NOT EXISTS (SELECT 1 FROM es_events WHERE stream_id = $1)`,
          [stream_id],
        );
      }
      const r = await check(id);
      expect(r.fault).toMatchObject({ kind: 'CHECKPOINT_MISMATCH' });
      expect(r.fault!.message).toContain('事件被删除');
      const bundle = await api.server.app.get(BundleExporter).export(id);
      const offline = verifyBundle(bundle, { trustedKeyPem: api.integrity.signingKey.publicKeyPem });
      expect(offline.fault).toMatchObject({ kind: 'CHECKPOINT_MISMATCH' });
    } finally {
      await owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    }
  });

  it('notices an incident whose own stream was removed from the log, though its read model remains', async () => {
    await minutes(1);
    const id = await listedIncident(api.url, centre.token, {
      title: '被整体删除的事件',
      discoveredAt: clock.now(),
    });
    await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
    try {
      await owner.query(`DELETE FROM es_events WHERE data->>'incidentId' = $1`, [id]);
      await owner.query(`DELETE FROM es_streams WHERE stream_id = $1`, [`incident-${id}`]);
      const r = ok(
        await gql<{ verifyIncident: Report }>(api.url, VERIFY, { id }, { token: auditor.token }),
      ).verifyIncident;
      expect(r.fault).toMatchObject({ kind: 'STREAM_MISSING', streamId: `incident-${id}` });
    } finally {
      await owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    }
  });

  it('verifying the log is refused to someone outside any county', async () => {
    expect(
      (await gql(api.url, `{ verifyLog { ok } }`, {}, { token: city.token })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('notices a whole task stream removed', async () => {
    await owner.query(`ALTER TABLE es_events DISABLE TRIGGER es_events_append_only`);
    try {
      await owner.query(`DELETE FROM es_events WHERE stream_id = $1`, [`task-${leadTask}`]);
      await owner.query(`DELETE FROM es_streams WHERE stream_id = $1`, [`task-${leadTask}`]);
      const r = await verify();
      expect(r.fault).toMatchObject({ kind: 'STREAM_MISSING', streamId: `task-${leadTask}` });
    } finally {
      await owner.query(`ALTER TABLE es_events ENABLE TRIGGER es_events_append_only`);
    }
  });
});
