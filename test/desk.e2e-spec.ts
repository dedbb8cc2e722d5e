import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { establishOtherCounty } from './support/other-county';
import { Role } from '@app/access';

/**
 * One 待办 for everything a person acts on (issue 20 §3): the propaganda leader's holds the statement waiting for
 * approval, the spokesperson's the approved one to publish, the leader in charge the plan to decide, the centre the
 * plan sent back and the instruction to report on — and each leaves when its step is taken. The bell counts the
 * same list (totalCount), so the two cannot disagree.
 */
const clock = new ManualClock('2026-12-04T01:00:00.000Z');
let api: ApiFixture;
let handler: Session; // 吴静, centre handler
let propaganda: Session; // 何刚, propaganda department leader
let centreLeader: Session; // 郑华: a leader, but not of the propaganda department
let spokesperson: Session; // 孙丽
let song: Session; // 宋健, 分管副县长 for 征地拆迁
let ma: Session; // 马丽, in charge of another field
let township: Session; // 李娜, 东湖镇
let hexi: Session; // another county's leader
let incidentId = '';

interface Item {
  type: string;
  action: string;
  dueAt: string | null;
  statement: { id: string } | null;
  handlingPlan: { id: string } | null;
  instruction: { id: string } | null;
  task: { id: string } | null;
}
const desk = async (s: Session) => {
  const { inbox } = ok(
    await gql<{ inbox: { totalCount: number; edges: { node: Item }[] } }>(
      api.url,
      `{ inbox(first: 100) { totalCount edges { node {
          type action dueAt statement { id } handlingPlan { id } instruction { id } task { id } } } } }`,
      {},
      { token: s.token },
    ),
  );
  expect(inbox.totalCount).toBe(inbox.edges.length);
  return inbox.edges.map((e) => e.node);
};
const refOf = (i: Item) => i.statement?.id ?? i.handlingPlan?.id ?? i.instruction?.id ?? i.task?.id;
const holds = async (s: Session, type: string, id: string) =>
  (await desk(s)).filter((i) => i.type === type && refOf(i) === id).map((i) => i.action);

beforeAll(async () => {
  api = await startApi({ label: 'desk', clock });
  await establishOtherCounty(api, { username: 'hexi.desk', displayName: '河西领导', role: Role.LEADER });
  [handler, propaganda, centreLeader, spokesperson, song, ma, township, hexi] = await Promise.all(
    ['wujing', 'hegang', 'zhenghua', 'sunli', 'songjian', 'mali', 'lina', 'hexi.desk'].map((u) =>
      login(api.url, u),
    ),
  );
  incidentId = await listedIncident(api.url, handler.token, {
    title: '东湖镇征地补偿网帖',
    grade: 'III',
    field: 'LAND_ACQUISITION',
    discoveredAt: clock.now(),
  });
});
afterAll(() => api.close());

it('holds a statement for whoever takes its next step, and drops it when the step is taken', async () => {
  const draft = ok(
    await mutate<{ id: string; version: number }>(
      api.url,
      handler.token,
      'draftStatement',
      {
        incidentId,
        kind: 'WORDING',
        tier: 'POSITIVE_RESPONSE',
        title: '关于东湖镇征地补偿的情况说明',
        content: '县自然资源局已会同东湖镇核查补偿发放情况。',
      },
      'id version',
    ),
  ).draftStatement;
  expect(await holds(propaganda, 'STATEMENT', draft.id)).toEqual(['审核口径/通稿']);
  // Not the unit that wrote it (it waits for the approver), not another unit's leader, not the spokesperson yet.
  for (const s of [handler, centreLeader, spokesperson, township, hexi])
    expect(await holds(s, 'STATEMENT', draft.id)).toEqual([]);

  const rejected = ok(
    await mutate<{ version: number }>(
      api.url,
      propaganda.token,
      'approveStatement',
      { statementId: draft.id, approve: false, reason: '补充核查时间', expectedVersion: draft.version },
      'version',
    ),
  ).approveStatement;
  expect(await holds(propaganda, 'STATEMENT', draft.id)).toEqual([]);
  expect(await holds(handler, 'STATEMENT', draft.id)).toEqual(['按审核意见修改口径/通稿']);

  const revised = ok(
    await mutate<{ version: number }>(
      api.url,
      handler.token,
      'reviseStatement',
      {
        statementId: draft.id,
        title: '关于东湖镇征地补偿的情况说明',
        content: '12月3日起，县自然资源局已会同东湖镇核查补偿发放情况。',
        expectedVersion: rejected.version,
      },
      'version',
    ),
  ).reviseStatement;
  expect(await holds(handler, 'STATEMENT', draft.id)).toEqual([]);
  ok(
    await mutate(
      api.url,
      propaganda.token,
      'approveStatement',
      { statementId: draft.id, approve: true, reason: '', expectedVersion: revised.version },
      'id',
    ),
  );
  expect(await holds(propaganda, 'STATEMENT', draft.id)).toEqual([]);
  expect(await holds(spokesperson, 'STATEMENT', draft.id)).toEqual(['发布口径/通稿']);
});

it('holds a plan for the leader in charge of its field, and for the centre once it is sent back', async () => {
  const plan = ok(
    await mutate<{ id: string }>(
      api.url,
      handler.token,
      'draftHandlingPlan',
      {
        incidentId,
        measures: '东湖镇12小时内核实补偿发放',
        unitIds: [demoUnitId('donghu')],
        timing: '12小时',
      },
      'id',
    ),
  ).draftHandlingPlan;
  expect(await holds(song, 'HANDLING_PLAN', plan.id)).toEqual(['审批处置方案']);
  for (const s of [ma, handler, hexi]) expect(await holds(s, 'HANDLING_PLAN', plan.id)).toEqual([]);

  ok(
    await mutate(
      api.url,
      song.token,
      'sendBackHandlingPlan',
      { planId: plan.id, reason: '请写明答复群众的时间' },
      'id',
    ),
  );
  expect(await holds(song, 'HANDLING_PLAN', plan.id)).toEqual([]);
  expect(await holds(handler, 'HANDLING_PLAN', plan.id)).toEqual(['按领导意见修改处置方案']);
  expect(await holds(township, 'HANDLING_PLAN', plan.id)).toEqual([]);
});

it('holds an instruction for the centre until it reports back', async () => {
  const instruction = ok(
    await mutate<{ id: string }>(
      api.url,
      song.token,
      'giveInstruction',
      { incidentId, text: '请东湖镇12小时内核实补偿发放情况并答复群众' },
      'id',
    ),
  ).giveInstruction;
  expect(await holds(handler, 'INSTRUCTION', instruction.id)).toEqual(['落实批示并反馈']);
  for (const s of [song, township, hexi]) expect(await holds(s, 'INSTRUCTION', instruction.id)).toEqual([]);
  ok(
    await mutate(
      api.url,
      handler.token,
      'reportInstructionFeedback',
      { instructionId: instruction.id, text: '东湖镇已核实，补偿款本周内发放到位' },
      'id',
    ),
  );
  expect(await holds(handler, 'INSTRUCTION', instruction.id)).toEqual([]);
});

it('orders what is due before what waits without a deadline, and pages through the same list', async () => {
  const task = ok(
    await mutate<{ id: string }>(
      api.url,
      handler.token,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实补偿发放情况' },
      'id',
    ),
  ).dispatchTask;
  const items = await desk(handler);
  const firstUndated = items.findIndex((i) => i.dueAt === null);
  expect(items.slice(firstUndated).every((i) => i.dueAt === null)).toBe(true);
  expect(await holds(township, 'TASK', task.id)).toEqual(['签收或退回']);

  const all = await desk(handler);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { inbox: { edges: { cursor: string; node: Item }[]; pageInfo: { hasNextPage: boolean } } } =
      ok(
        await gql(
          api.url,
          `query P($after: String) { inbox(first: 1, after: $after) { edges { cursor node {
            type action dueAt statement { id } handlingPlan { id } instruction { id } task { id } } }
            pageInfo { hasNextPage } } }`,
          { after },
          { token: handler.token },
        ),
      );
    seen.push(...page.inbox.edges.map((e) => `${e.node.type}:${refOf(e.node)}`));
    if (!page.inbox.pageInfo.hasNextPage) break;
    after = page.inbox.edges[0].cursor;
  }
  expect(seen).toEqual(all.map((i) => `${i.type}:${refOf(i)}`));
});
