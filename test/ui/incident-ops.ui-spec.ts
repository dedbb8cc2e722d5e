import { demoUnitId } from '@app/demo';
import { Locator, Page } from 'playwright-core';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { menu, menuEntry, modal, pick, pickInTree, strikeOff, submit, tick, until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The rest of an incident's life through the console, against the real API (seeds 001 §四, 004 §二): a township
 * hands part of its task to a village and reviews the village's hand-in on a phone; the centre refers the rumour's
 * author to the police, reports up to the city, records the joint conference with a follow-up task, releases a
 * linkage member, and takes the incident through calm → close → review → reopen. Every step is checked in the API.
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;
let centreToken: string;

beforeAll(async () => {
  api = await startConsoleApi('uiops');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
  centreToken = (await login(api.graphql, 'zhouming')).token;
});
afterAll(async () => {
  await Promise.all([desk, phone].map((b) => b?.close()));
  await api?.close();
});

const TITLE = '网传东湖镇柳营村强拆致人受伤';

interface IncidentState {
  status: string;
  warning: { active: boolean } | null;
  linkage: { memberUnitIds: string[]; releasedUnitIds: string[] } | null;
  escalations: { to: string[] }[];
  conferences: { participantUnitIds: string[]; decisions: string[]; followUpTaskIds: string[] }[];
  review: { cause: string; problems: string } | null;
  tasks: {
    id: string;
    kind: string;
    role: string;
    status: string;
    assigneeUnitId: string;
    dispatcherUnitId: string;
  }[];
}

async function incident(id: string, token = centreToken): Promise<IncidentState> {
  return ok(
    await gql<{ incident: IncidentState }>(
      api.graphql,
      `query I($id: ID!) { incident(id: $id) {
        status warning { active } linkage { memberUnitIds releasedUnitIds } escalations { to }
        conferences { participantUnitIds decisions followUpTaskIds } review { cause problems }
        tasks { id kind role status assigneeUnitId dispatcherUnitId } } }`,
      { id },
      { token },
    ),
  ).incident;
}

/** Opens 更多操作 and picks an entry (the menu offers only what the incident allows now). */
async function more(page: Page, entry: string): Promise<void> {
  await menu(page, page.getByTestId('action-more'), entry);
}

async function handIn(page: Page, m: Locator, result: string): Promise<void> {
  await m.locator('#factsFound').fill('经核实，网传“强拆致人受伤”与事实不符，当日为依法拆除违建');
  await m.locator('#measures').fill('现场核查，走访村民');
  await m.locator('#result').fill(result);
  await m.locator('#evidence').fill('现场照片\n村民笔录');
  await submit(page, m, '已交单');
}

it('takes an incident through village re-dispatch, police referral, escalation, the joint conference and close / review / reopen', async () => {
  // The start, through the API (the UI for these steps is played in land-dispute.ui-spec): a grade-II rumour,
  // listed, warned, the linkage on with 东湖镇 and the land bureau, the lead task with 东湖镇.
  const id = await listedIncident(api.graphql, centreToken, {
    title: TITLE,
    discoveredAt: new Date(),
    grade: 'II',
    field: 'LAND_ACQUISITION',
    nature: 'FABRICATION',
  });
  const step = (name: string, input: Record<string, unknown>) =>
    mutate(api.graphql, centreToken, name, { incidentId: id, ...input }, 'id').then(ok);
  await step('issueWarning', {
    level: 'II',
    object: '东湖镇拆违',
    scope: '东湖镇',
    matters: '网传强拆伤人',
    measures: '核实并发布权威信息',
    startAt: new Date().toISOString(),
  });
  await step('activateLinkage', {
    memberUnitIds: [demoUnitId('donghu'), demoUnitId('land-bureau')],
    reason: 'II级舆情',
  });
  await step('dispatchTask', {
    unitId: demoUnitId('donghu'),
    role: 'LEAD',
    requirements: '核实现场情况并报送',
  });

  // ---- 东湖镇 李娜 on a phone: sign, then hand the on-site check to 柳营村.
  const t = phone.context.pages()[0] ?? (await phone.context.newPage());
  const errors = watchErrors(t);
  await signIn(t, api.base, 'lina');
  const own = t.getByTestId('inbox-task').filter({ hasText: '核实现场情况并报送' });
  await own.getByTestId('task-sign').click();
  await t.locator('.ant-message-notice', { hasText: '已签收工单' }).waitFor();
  await own.getByTestId('task-redispatch').click();
  let m = await modal(t);
  await pick(t, m, '村（社区）', '柳营村');
  await m.locator('#requirements').fill('入户走访当事村民，拍摄现场照片');
  await submit(t, m, '已转派');
  let state = await incident(id);
  const village = state.tasks.find((x) => x.assigneeUnitId === demoUnitId('liuying'));
  expect(village).toMatchObject({
    kind: 'VILLAGE_REDISPATCH',
    status: 'DISPATCHED',
    dispatcherUnitId: demoUnitId('donghu'),
  });

  // ---- 柳营村 刘云: sign and hand in from the phone.
  await signIn(t, api.base, 'liuyun');
  const villageCard = t.getByTestId('inbox-task').filter({ hasText: '入户走访当事村民' });
  await villageCard.getByTestId('task-sign').click();
  await t.locator('.ant-message-notice', { hasText: '已签收工单' }).waitFor();
  await villageCard.getByTestId('task-handin').click();
  await handIn(t, await modal(t), '当事村民未受伤，已录制说明视频');

  // ---- 东湖镇 again: the village's hand-in waits for its review, named for whom it was sent to.
  await signIn(t, api.base, 'lina');
  const toReview = t.getByTestId('inbox-task').filter({ hasText: '审核交单' });
  await toReview.getByText('派给 柳营村').waitFor();
  await toReview.getByTestId('task-review').click();
  await strikeOff(t);
  await own.getByTestId('task-handin').click();
  await handIn(t, await modal(t), '网传不实，已配合发布澄清');
  state = await incident(id);
  expect(state.tasks.find((x) => x.id === village!.id)!.status).toBe('ACCEPTED');
  expect(state.tasks.find((x) => x.assigneeUnitId === demoUnitId('donghu'))!.status).toBe('HANDED_IN');

  // ---- 县中心 周明 at the desk.
  const c = desk.context.pages()[0] ?? (await desk.context.newPage());
  errors.push(...watchErrors(c));
  await signIn(c, api.base, 'zhouming');
  await c.goto(`${api.base}/incidents/${id}`);
  await c.getByTestId('incident-title').filter({ hasText: TITLE }).waitFor();
  const board = c.getByTestId('task-board');
  const leadCard = board.getByTestId('task-card').filter({ hasText: '核实现场情况并报送' });
  await leadCard.getByTestId('task-review').click();
  await strikeOff(c);
  await leadCard.getByText('已销号').waitFor();
  await board.getByTestId('task-card').filter({ hasText: '柳营村' }).getByText('转派村（社区）').waitFor();

  // 移交公安: the rumour's author is for the police (004 §二(六)).
  await more(c, '移交公安');
  m = await modal(c);
  await m.locator('#requirements').fill('依法查处编造“强拆致人受伤”谣言的账号');
  await submit(c, m, '已移交公安');
  state = await incident(id);
  const referral = state.tasks.find((x) => x.kind === 'POLICE_REFERRAL');
  expect(referral).toMatchObject({ assigneeUnitId: demoUnitId('police'), status: 'DISPATCHED' });

  // 上报: to the city office as well as the county's leaders; the city can then read the incident.
  await more(c, '上报');
  m = await modal(c);
  await tick(m.getByRole('checkbox', { name: '报市委网信办' }));
  await m.locator('#summary').fill('网传东湖镇强拆伤人，经核实不实，已移交公安查处造谣账号');
  await submit(c, m, '已上报');
  await c
    .getByTestId('escalations')
    .getByText(/报市委网信办/)
    .waitFor();
  const escalations = (await incident(id)).escalations;
  expect(escalations.map((e) => [...e.to].sort())).toEqual([['CITY_OFFICE', 'COUNTY_LEADERS']]);
  const city = await login(api.graphql, 'xuming');
  expect((await incident(id, city.token)).status).toBe('HANDLING');

  // 联席会议: the linkage's units take part by default; one follow-up task goes to the petition bureau.
  await more(c, '记录联席会议');
  m = await modal(c);
  await m.locator('#participants').fill('县委宣传部 副部长\n县委网信办 主任\n县公安局 副局长');
  await m.locator('#decisions').fill('统一对外口径\n信访局约谈当事村民');
  await m.getByTestId('conference-add-task').click();
  const row = m.getByTestId('conference-task');
  await pickInTree(c, row.locator('.ant-select').first(), ['清水县信访局']);
  await row.getByPlaceholder('工作要求').fill('约谈当事村民，做好解释');
  await submit(c, m, '已记录联席会议，派出 1 张工单');
  const conference = c.getByTestId('conference');
  await conference.getByText('信访局约谈当事村民').waitFor();
  await conference.getByText('会后派单：清水县信访局（主办）').waitFor();
  state = await incident(id);
  const followUp = state.tasks.find((x) => x.assigneeUnitId === demoUnitId('petition-bureau'))!;
  expect(state.conferences).toEqual([
    {
      participantUnitIds: expect.arrayContaining([
        demoUnitId('propaganda'),
        demoUnitId('police'),
        demoUnitId('donghu'),
        demoUnitId('land-bureau'),
      ]),
      decisions: ['统一对外口径', '信访局约谈当事村民'],
      followUpTaskIds: [followUp.id],
    },
  ]);

  // Release the land bureau from the linkage (its part is done).
  await c
    .getByTestId('linkage')
    .locator('.ant-tag', { hasText: '清水县自然资源局' })
    .locator('.ant-tag-close-icon')
    .click();
  m = await modal(c);
  await m.locator('#reason').fill('无涉及本单位事项');
  await submit(c, m, '已解除');
  expect((await incident(id)).linkage).toMatchObject({
    memberUnitIds: [demoUnitId('donghu')],
    releasedUnitIds: [demoUnitId('land-bureau')],
  });

  // ---- 公安 冯涛: the referral in the police inbox, signed and handed in.
  await signIn(t, api.base, 'fengtao');
  const policeCard = t.getByTestId('inbox-task').filter({ hasText: '依法查处' });
  await policeCard.getByTestId('task-sign').click();
  await t.locator('.ant-message-notice', { hasText: '已签收工单' }).waitFor();
  await policeCard.getByTestId('task-handin').click();
  await handIn(t, await modal(t), '已对造谣账号依法处理');

  // ---- 县中心: strike off the referral (live), cancel the follow-up (the villager was met at the conference).
  const policeBoardCard = board.getByTestId('task-card').filter({ hasText: '依法查处' });
  await policeBoardCard.getByText('已交单').waitFor();
  await policeBoardCard.getByTestId('task-review').click();
  await strikeOff(c);
  // With the warning in force and a task open, 办结 is not open: it is shown disabled, with what holds it back.
  const blockedClose = await menuEntry(c, c.getByTestId('action-more'), 'blocked-close');
  expect(await blockedClose.innerText()).toContain('事件尚未平息，请先标记平息');
  await c.keyboard.press('Escape');
  await c.locator('.ant-dropdown:visible').waitFor({ state: 'hidden' });
  await board
    .getByTestId('task-card')
    .filter({ hasText: '约谈当事村民' })
    .getByRole('button', { name: /撤\s*销/ })
    .click();
  m = await modal(c);
  await m.locator('#reason').fill('已在联席会议上当面约谈');
  await submit(c, m, '已撤销工单');

  // Lift the warning, mark it calm, close it, file the review; then it flares up again and is reopened.
  await more(c, '解除预警');
  m = await modal(c);
  await m.locator('#reason').fill('谣言已澄清，网上讨论平息');
  await submit(c, m, '预警已解除');
  await more(c, '标记平息');
  await submit(c, await modal(c), '已标记平息');
  expect((await incident(id)).status).toBe('CALMED');
  await more(c, '办结');
  m = await modal(c);
  await m.locator('#summary').fill('谣言已澄清，造谣账号已依法处理，工单全部销号');
  await submit(c, m, '已办结');
  await more(c, '总结评估');
  m = await modal(c);
  await m.locator('#cause').fill('拆除违建被歪曲为强拆伤人');
  await m.locator('#spread').fill('本地论坛首发，两小时内转发过千');
  await m.locator('#result').fill('澄清后转发停止，造谣者受到处理');
  await m.locator('#experience').fill('村级现场核查快，证据足');
  await m.locator('#problems').fill('首次回应偏慢');
  await submit(c, m, '总结评估已提交');
  await c.getByTestId('review').getByText('首次回应偏慢').waitFor();
  state = await incident(id);
  expect(state.status).toBe('CLOSED');
  expect(state.warning).toEqual({ active: false });
  expect(state.review).toEqual({ cause: '拆除违建被歪曲为强拆伤人', problems: '首次回应偏慢' });
  expect(state.tasks.map((x) => x.status).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'CANCELLED']);
  await c.getByTestId('linkage').getByText('已结束').waitFor();
  await screenshot(c, 'incident-closed');

  await more(c, '重新打开');
  m = await modal(c);
  await m.locator('#reason').fill('有账号再次发布旧帖，舆情反复');
  await submit(c, m, '已重新打开');
  await until(async () => (await incident(id)).status !== 'CLOSED');
  expect((await incident(id)).status).toBe('HANDLING');

  // ---- 县中心 领导 郑华 on a phone: the detail page fits the screen (nothing wider than the viewport).
  await signIn(t, api.base, 'zhenghua');
  await t.goto(`${api.base}/incidents/${id}`);
  await t.getByTestId('incident-title').filter({ hasText: TITLE }).waitFor();
  await t.getByTestId('task-board').getByTestId('task-card').nth(3).waitFor();
  const overflow = await t.evaluate(
    '(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)()',
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(t, 'incident-detail-phone', false);

  expect(errors).toEqual([]);
});
