import { Client } from 'pg';
import { Role } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';

/**
 * 处置方案 with consent (004 §二(四)「经主管领导同意后抓好落实」): the centre drafts the plan (measures, units, timing), the
 * leader in charge of the field approves it or sends it back with a reason; the county's policy says from which
 * grade dispatch waits for the approved plan — none by default, so the loop works as before until it is set.
 */
const clock = new ManualClock('2026-12-03T02:00:00.000Z');
let api: ApiFixture;
let pg: Client;
let handler: Session; // 吴静, centre
let admin: Session; // 赵强
let auditor: Session; // 钱军
let song: Session; // 宋健, 分管副县长 for 征地拆迁
let ma: Session; // 马丽, 分管副县长 for 食品药品
let hexiLeader: Session;

const PLAN = 'id status measures unitIds timing revision decidedByName decidedByPost reason allowedActions';
interface Plan {
  id: string;
  status: string;
  revision: number;
  decidedByName: string | null;
  reason: string | null;
  allowedActions: string[];
}
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions;
const dispatch = (incidentId: string) =>
  gql<{ dispatchTask: { id: string } }>(
    api.url,
    `mutation D($i: DispatchTaskInput!) { dispatchTask(input: $i) { id } }`,
    { i: { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并答复' } },
    { token: handler.token },
  );
const setPolicy = (s: Session, fromGrade: string | null) =>
  gql<{ setHandlingPlanPolicy: { fromGrade: string | null } }>(
    api.url,
    `mutation P($i: SetHandlingPlanPolicyInput!) { setHandlingPlanPolicy(input: $i) { fromGrade } }`,
    { i: { fromGrade } },
    { token: s.token },
  );
const draft = (s: Session, input: Record<string, unknown>) =>
  mutate<Plan>(api.url, s.token, 'draftHandlingPlan', input, PLAN);
const approve = (s: Session, planId: string, opinion?: string) =>
  gql<{ approveHandlingPlan: Plan }>(
    api.url,
    `mutation A($id: ID!, $o: String) { approveHandlingPlan(planId: $id, opinion: $o) { ${PLAN} opinion } }`,
    { id: planId, o: opinion ?? null },
    { token: s.token },
  );
const sendBack = (s: Session, planId: string, reason: string) =>
  mutate<Plan>(api.url, s.token, 'sendBackHandlingPlan', { planId, reason }, PLAN);
const awaiting = async (s: Session) =>
  ok(
    await gql<{ leaderDesk: { plansAwaiting: Plan[] } }>(
      api.url,
      `{ leaderDesk { plansAwaiting { ${PLAN} } } }`,
      {},
      { token: s.token },
    ),
  ).leaderDesk.plansAwaiting;
const count = async (type: string) =>
  (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = $1`, [type]))
    .rows[0].n;

beforeAll(async () => {
  api = await startApi({ label: 'handling-plans', clock });
  pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  await establishOtherCounty(api, { username: 'hexi.leader', displayName: '河西领导', role: Role.LEADER });
  [handler, admin, auditor, song, ma, hexiLeader] = await Promise.all(
    ['wujing', 'zhaoqiang', 'qianjun', 'songjian', 'mali', 'hexi.leader'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await pg.end();
  await api.close();
});

const grave = (title: string, grade = 'II') =>
  listedIncident(api.url, handler.token, {
    title,
    grade,
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });

it('by default dispatch waits for no plan; the policy is the county administrator’s', async () => {
  const id = await grave('默认无需方案');
  ok(await dispatch(id));
  expect(errorOf(await setPolicy(handler, 'II'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(ok(await setPolicy(admin, 'II')).setHandlingPlanPolicy).toEqual({ fromGrade: 'II' });
});

describe('with the policy from grade II', () => {
  let land = '';
  let planId = '';

  beforeAll(async () => {
    land = await grave('东湖镇征地补偿群体诉求');
  });

  it('refuses dispatch without an approved plan, with a clear code, and appends nothing; grade III goes ahead', async () => {
    const before = await count('TaskDispatched');
    const refused = await dispatch(land);
    expect(errorOf(refused)).toMatchObject({
      code: 'INVALID_TRANSITION',
      reason: 'HANDLING_PLAN.APPROVAL_REQUIRED',
    });
    expect(refused.errors?.[0].message).toContain('处置方案须经分管领导同意');
    expect(await count('TaskDispatched')).toBe(before);
    ok(await dispatch(await grave('较大事件', 'III')));
  });

  it('the centre drafts the plan; bad input is refused field by field', async () => {
    expect(
      errorOf(await draft(handler, { incidentId: land, measures: '', unitIds: [], timing: '' })),
    ).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(
      errorOf(
        await draft(song, {
          incidentId: land,
          measures: '核实',
          unitIds: [demoUnitId('donghu')],
          timing: '12小时',
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const plan = ok(
      await draft(handler, {
        incidentId: land,
        measures: '东湖镇入户核实补偿发放；自然资源局发布政策解读',
        unitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
        timing: '12小时内反馈，24小时内办结',
      }),
    ).draftHandlingPlan;
    planId = plan.id;
    expect(plan).toMatchObject({ status: 'PENDING', revision: 1, allowedActions: ['reviseHandlingPlan'] });
    expect((await awaiting(song)).map((p) => [p.id, p.allowedActions])).toEqual([
      [planId, ['approveHandlingPlan', 'sendBackHandlingPlan']],
    ]);
    expect(await awaiting(ma)).toEqual([]);
  });

  it('is decided by the leader in charge alone; sent back with a reason, revised, then approved', async () => {
    expect(errorOf(await approve(ma, planId))).toMatchObject({ reason: 'LEADERSHIP.NOT_IN_CHARGE' });
    expect(errorOf(await approve(handler, planId))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await approve(hexiLeader, planId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await sendBack(song, planId, ' '))).toMatchObject({ code: 'VALIDATION_FAILED' });
    const back = ok(await sendBack(song, planId, '措施不够具体，请明确入户核实的户数')).sendBackHandlingPlan;
    expect(back).toMatchObject({
      status: 'SENT_BACK',
      reason: '措施不够具体，请明确入户核实的户数',
      decidedByName: '宋健',
    });
    expect(errorOf(await dispatch(land))).toMatchObject({ reason: 'HANDLING_PLAN.APPROVAL_REQUIRED' });

    const revised = ok(
      await draft(handler, {
        planId,
        incidentId: land,
        measures: '东湖镇对涉及的 37 户逐户核实补偿发放；自然资源局发布政策解读',
        unitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
        timing: '12小时内反馈，24小时内办结',
      }),
    ).draftHandlingPlan;
    expect(revised).toMatchObject({ status: 'PENDING', revision: 2, reason: null });
    // The consent carries the leader's opinion; the reason column stays the send-back's.
    expect(ok(await approve(song, planId, ' 同意，逐户核实要留痕 ')).approveHandlingPlan).toMatchObject({
      status: 'APPROVED',
      allowedActions: [],
      opinion: '同意，逐户核实要留痕',
      reason: null,
    });
    ok(await dispatch(land));
    expect(
      errorOf(
        await draft(handler, {
          planId,
          incidentId: land,
          measures: '再改',
          unitIds: [demoUnitId('donghu')],
          timing: '立即',
        }),
      ),
    ).toMatchObject({ reason: 'HANDLING_PLAN.NOT_PENDING' });
  });

  it('is on the incident’s timeline and in the auditor’s history; another county never sees it', async () => {
    const timeline = ok(
      await gql<{ incident: { timeline: { description: string }[] } }>(
        api.url,
        `query T($id: ID!) { incident(id: $id) { timeline { description } } }`,
        { id: land },
        { token: handler.token },
      ),
    ).incident.timeline.map((t) => t.description);
    expect(timeline.some((d) => d.includes('退回处置方案：措施不够具体'))).toBe(true);
    expect(timeline.some((d) => d.includes('分管副县长宋健同意处置方案：同意，逐户核实要留痕'))).toBe(true);
    const history = ok(
      await gql<{ incidentHistory: { entries: { type: string }[] } }>(
        api.url,
        `query H($id: ID!) { incidentHistory(id: $id) { entries { type } } }`,
        { id: land },
        { token: auditor.token },
      ),
    ).incidentHistory.entries.map((e) => e.type);
    expect(history).toEqual(
      expect.arrayContaining([
        'HandlingPlanDrafted',
        'HandlingPlanSentBack',
        'HandlingPlanApproved',
        'TaskDispatched',
      ]),
    );
    const other = await gql(
      api.url,
      `query P($id: ID!) { handlingPlans(incidentId: $id) { id } }`,
      { id: land },
      { token: hexiLeader.token },
    );
    expect(errorOf(other)).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      ok(
        await gql<{ handlingPlans: Plan[] }>(
          api.url,
          `query P($id: ID!) { handlingPlans(incidentId: $id) { ${PLAN} } }`,
          { id: land },
          { token: song.token },
        ),
      ).handlingPlans.map((p) => p.status),
    ).toEqual(['APPROVED']);
  });
});
