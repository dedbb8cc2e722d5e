import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId, demoUserId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * County leaders as people (issue 19; 004 §二(三)2, §三(四)): the administrator keeps the roster (post, fields in
 * charge); an escalation to the county leaders reaches the leaders in charge of the incident's field by name (and
 * the principal leaders at grade I–II) with its summary; a leader instructs (领导批示) on what is theirs, the centre
 * turns the instruction into tasks (落实批示) and reports back (反馈), and the leader sees it on their desk.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let handler: Session; // 吴静, centre handler
let admin: Session; // 赵强, county administrator
let auditor: Session; // 钱军
let song: Session; // 宋健, 分管副县长: 征地拆迁, 生态保护, 安全生产
let ma: Session; // 马丽, 分管副县长: 食品药品, 疫情防控
let chen: Session; // 陈立新, 县委书记 (principal)
let township: Session; // 李娜, 东湖镇 handler
let hexiLeader: Session; // a leader of another county
let land = ''; // grade III, 征地拆迁
let food = ''; // grade II, 食品药品

const LEADER = 'userId unitId name post fields principal';
const INSTRUCTION =
  'id incidentId leaderUserId leaderName post text taskIds feedback { text byName } allowedActions';
interface Instruction {
  id: string;
  leaderName: string;
  post: string;
  text: string;
  taskIds: string[];
  feedback: { text: string; byName: string }[];
  allowedActions: string[];
}
interface Desk {
  me: { post: string } | null;
  arrivals: { kind: string; incidentId: string; title: string | null; note: string | null }[];
  instructions: Instruction[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const desk = async (s: Session) =>
  ok(
    await gql<{ leaderDesk: Desk }>(
      api.url,
      `{ leaderDesk { me { post } arrivals { kind incidentId title note } instructions { ${INSTRUCTION} } } }`,
      {},
      { token: s.token },
    ),
  ).leaderDesk;
const instruct = (s: Session, incidentId: string, text: string) =>
  mutate<Instruction>(api.url, s.token, 'giveInstruction', { incidentId, text }, INSTRUCTION);
const escalate = (incidentId: string, summary: string) =>
  mutate(api.url, handler.token, 'escalateIncident', { incidentId, to: ['COUNTY_LEADERS'], summary }, 'id');
const count = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;

beforeAll(async () => {
  api = await startApi({ label: 'leaders', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  [handler, admin, auditor, song, ma, chen, township, hexiLeader] = await Promise.all(
    ['wujing', 'zhaoqiang', 'qianjun', 'songjian', 'mali', 'chenlixin', 'lina', 'hexi.leader'].map((u) =>
      login(api.url, u),
    ),
  );
  land = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿',
    grade: 'III',
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });
  food = await listedIncident(api.url, handler.token, {
    title: '柳营村学校食堂',
    grade: 'II',
    field: 'FOOD_DRUG',
    discoveredAt: clock.now(),
  });
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

describe('the roster of county leaders', () => {
  it('is read in the county, with posts and fields; not by another county', async () => {
    const roster = ok(
      await gql<{ countyLeaders: { name: string; post: string; fields: string[]; principal: boolean }[] }>(
        api.url,
        `{ countyLeaders { ${LEADER} } }`,
        {},
        { token: township.token },
      ),
    ).countyLeaders;
    expect(roster[0]).toMatchObject({ name: '陈立新', post: '县委书记', principal: true });
    expect(roster).toContainEqual(
      expect.objectContaining({ name: '宋健', fields: ['ECOLOGY', 'LAND_ACQUISITION', 'WORK_SAFETY'] }),
    );
    const other = ok(
      await gql<{ countyLeaders: unknown[] }>(
        api.url,
        `{ countyLeaders { name } }`,
        {},
        { token: hexiLeader.token },
      ),
    ).countyLeaders;
    expect(other).toEqual([]);
  });

  it('is kept by the county administrator alone, with people of the county who lead', async () => {
    const appoint = (s: Session, userId: string, fields = ['ECOLOGY']) =>
      mutate(
        api.url,
        s.token,
        'appointCountyLeader',
        { userId, post: '分管副县长', fields, principal: false },
        'name',
      );
    expect(errorOf(await appoint(handler, demoUserId('wangbo')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await appoint(admin, demoUserId('lina')))).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'LEADERSHIP.LEADER_NOT_IN_COUNTY',
    });
    expect(errorOf(await appoint(admin, demoUserId('xuming')))).toMatchObject({
      reason: 'LEADERSHIP.LEADER_NOT_IN_COUNTY',
    });
    expect(errorOf(await appoint(admin, demoUserId('wangbo'), ['WEATHER']))).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const before = await count('CountyLeaderAppointed');
    const after = ok(await appoint(admin, demoUserId('wangbo'))).appointCountyLeader as unknown as {
      name: string;
    }[];
    expect(after.map((l) => l.name)).toContain('王博');
    expect(await count('CountyLeaderAppointed')).toBe(before + 1);
    const relieved = ok(
      await gql<{ relieveCountyLeader: { name: string }[] }>(
        api.url,
        `mutation R($u: ID!) { relieveCountyLeader(userId: $u) { name } }`,
        { u: demoUserId('wangbo') },
        { token: admin.token },
      ),
    ).relieveCountyLeader;
    expect(relieved.map((l) => l.name)).not.toContain('王博');
  });
});

describe('上报县领导 reaches the leaders in charge', () => {
  it('of the field, by name, with the summary; the principal leaders only at grade I–II', async () => {
    ok(await escalate(land, '征地补偿网帖转发较快，请宋副县长阅示'));
    ok(await escalate(food, '学校食堂网帖，疑似食品安全问题'));
    const songDesk = await desk(song);
    expect(songDesk.me).toEqual({ post: '分管副县长' });
    expect(songDesk.arrivals).toEqual([
      {
        kind: 'INCIDENT_ESCALATED',
        incidentId: land,
        title: '东湖镇征地补偿',
        note: '上报摘要：征地补偿网帖转发较快，请宋副县长阅示',
      },
    ]);
    expect((await desk(ma)).arrivals.map((a) => a.incidentId)).toEqual([food]);
    expect((await desk(chen)).arrivals.map((a) => a.incidentId)).toEqual([food]);
    // In the leader's unit inbox, named: the unit's other people are not its audience.
    const { rows } = await pg.query<{ data: { recipientUserIds: string[]; audience: string } }>(
      `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'incidentId' = $2 AND data ? 'recipientUserIds'`,
      [demoUnitId('county-office'), land],
    );
    expect(rows.map((r) => r.data)).toEqual([
      expect.objectContaining({ audience: 'LEADERS', recipientUserIds: [demoUserId('songjian')] }),
    ]);
  });
});

describe('领导批示', () => {
  let instructionId = '';

  it('is refused to a leader of another field, to someone who is not a leader, and to another county', async () => {
    const before = await count('LeaderInstructionGiven');
    expect(errorOf(await instruct(ma, land, '请抓紧核实'))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'LEADERSHIP.NOT_IN_CHARGE',
    });
    expect(errorOf(await instruct(handler, land, '请抓紧核实'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await instruct(hexiLeader, land, '请抓紧核实'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await instruct(song, land, ' '))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await count('LeaderInstructionGiven')).toBe(before);
  });

  it('is given by the leader in charge and by a principal leader, on the timeline and in the history', async () => {
    const given = ok(
      await instruct(song, land, '请东湖镇12小时内核实补偿发放情况并答复群众'),
    ).giveInstruction;
    instructionId = given.id;
    expect(given).toMatchObject({ leaderName: '宋健', post: '分管副县长', taskIds: [], allowedActions: [] });
    ok(await instruct(chen, land, '依法依规处置，及时回应关切'));

    const timeline = ok(
      await gql<{ incident: { timeline: { description: string }[] } }>(
        api.url,
        `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
        { id: land },
        { token: handler.token },
      ),
    ).incident.timeline.map((t) => t.description);
    expect(timeline.some((d) => d.includes('分管副县长宋健批示：请东湖镇12小时内核实'))).toBe(true);
    expect(timeline.some((d) => d.includes('县委书记陈立新批示'))).toBe(true);

    const history = ok(
      await gql<{ incidentHistory: { entries: { type: string; actorName: string | null }[] } }>(
        api.url,
        `query H($id: ID!) { incidentHistory(id: $id) { entries { type actorName } } }`,
        { id: land },
        { token: auditor.token },
      ),
    ).incidentHistory.entries;
    expect(history).toContainEqual(
      expect.objectContaining({ type: 'LeaderInstructionGiven', actorName: '宋健' }),
    );

    // The centre hears of it and may act on it; the leader reads it from the incident without being its unit.
    const onIncident = async (s: Session) =>
      ok(
        await gql<{ leaderInstructions: Instruction[] }>(
          api.url,
          `query I($id: ID!) { leaderInstructions(incidentId: $id) { ${INSTRUCTION} } }`,
          { id: land },
          { token: s.token },
        ),
      ).leaderInstructions;
    expect((await onIncident(handler)).map((i) => [i.post, i.allowedActions])).toEqual([
      ['分管副县长', ['linkInstructionTask', 'reportInstructionFeedback']],
      ['县委书记', ['linkInstructionTask', 'reportInstructionFeedback']],
    ]);
    expect(await onIncident(song)).toHaveLength(2);
    const unseen = await gql(
      api.url,
      `query I($id: ID!) { leaderInstructions(incidentId: $id) { id } }`,
      { id: land },
      { token: hexiLeader.token },
    );
    expect(errorOf(unseen)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is carried out through a dispatched task (落实批示), and reported back to the leader (反馈)', async () => {
    const task = ok(
      await gql<{ dispatchTask: { id: string } }>(
        api.url,
        `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
        {
          i: {
            incidentId: land,
            unitId: demoUnitId('donghu'),
            role: 'LEAD',
            requirements: '落实宋副县长批示：核实补偿发放',
          },
        },
        { token: handler.token },
      ),
    ).dispatchTask;
    const link = (s: Session, taskId: string) =>
      mutate<Instruction>(api.url, s.token, 'linkInstructionTask', { instructionId, taskId }, INSTRUCTION);
    expect(errorOf(await link(song, task.id))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await link(township, task.id))).toMatchObject({ code: 'FORBIDDEN' });
    const linked = ok(await link(handler, task.id)).linkInstructionTask;
    expect(linked.taskIds).toEqual([task.id]);
    expect(errorOf(await link(handler, task.id))).toMatchObject({
      reason: 'INSTRUCTION.TASK_ALREADY_LINKED',
    });

    const other = ok(
      await gql<{ dispatchTask: { id: string } }>(
        api.url,
        `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
        { i: { incidentId: food, unitId: demoUnitId('xishan'), role: 'LEAD', requirements: '核实食堂情况' } },
        { token: handler.token },
      ),
    ).dispatchTask;
    expect(errorOf(await link(handler, other.id))).toMatchObject({
      reason: 'INSTRUCTION.TASK_OF_ANOTHER_INCIDENT',
    });

    const feedback = (s: Session, text: string) =>
      mutate<Instruction>(
        api.url,
        s.token,
        'reportInstructionFeedback',
        { instructionId, text },
        INSTRUCTION,
      );
    expect(errorOf(await feedback(song, '自己反馈'))).toMatchObject({ code: 'FORBIDDEN' });
    ok(await feedback(handler, '东湖镇已核实，补偿款本周内发放到位'));

    const songDesk = await desk(song);
    expect(songDesk.instructions.find((i) => i.id === instructionId)).toMatchObject({
      taskIds: [task.id],
      feedback: [{ text: '东湖镇已核实，补偿款本周内发放到位', byName: '吴静' }],
    });
    expect(songDesk.arrivals[0]).toMatchObject({ kind: 'INSTRUCTION_FEEDBACK', incidentId: land });
    // The report back is the leader's who gave the instruction, not the other leaders'.
    expect((await desk(chen)).arrivals.map((a) => a.kind)).not.toContain('INSTRUCTION_FEEDBACK');
    expect((await desk(ma)).instructions).toEqual([]);
  });

  it('is not found by a unit of another county, nor acted on by it', async () => {
    const res = await mutate(
      api.url,
      hexiLeader.token,
      'reportInstructionFeedback',
      { instructionId, text: '越权反馈' },
      'id',
    );
    expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
