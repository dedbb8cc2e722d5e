import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { modal, pick, pickUnits, popconfirm, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The chain of command in the console (issue 19): the centre escalates to the county leaders; the 分管副县长 on a
 * phone reads it on 领导批示 and instructs; the centre drafts the handling plan and reports back on the instruction
 * from the incident's page; the leader consents to the plan and reads the report back — each step through the
 * buttons the API offers.
 */
let api: ConsoleApi;
let centre: Browser;
let leader: Browser;
const TITLE = '网传北岭村征地补偿款被截留';

beforeAll(async () => {
  api = await startConsoleApi('uileaders');
  [centre, leader] = await Promise.all([launch(), launch({ phone: true })]);
});
afterAll(async () => {
  await Promise.all([centre?.close(), leader?.close()]);
  await api?.close();
});

it('carries an escalation to the leader in charge, the instruction and plan back to the centre, and the report back up', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: TITLE,
    grade: 'II',
    field: 'LAND_ACQUISITION',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  ok(
    await mutate(
      api.graphql,
      handler,
      'escalateIncident',
      {
        incidentId,
        to: ['COUNTY_LEADERS'],
        summary: '网帖称补偿款被村干部截留，转发 2000 余次，有聚集苗头。',
      },
      'id',
    ),
  );
  ok(
    await mutate(
      api.graphql,
      handler,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实补偿款发放情况' },
      'id',
    ),
  );

  // ---- 宋健, 分管副县长 (征地拆迁), on a phone: what reached him, and his instruction.
  const l = leader.context.pages()[0] ?? (await leader.context.newPage());
  const lErrors = watchErrors(l);
  await signIn(l, api.base, 'songjian');
  await l.goto(`${api.base}/leader`);
  const desk = l.getByTestId('leader-desk');
  await desk.getByText('分管副县长 宋健').waitFor();
  const arrival = desk.getByTestId('leader-arrival').filter({ hasText: TITLE });
  await arrival.getByText('转发 2000 余次').waitFor();
  await arrival.getByTestId('leader-instruct').click();
  let m = await modal(l);
  await m.locator('textarea').fill('请东湖镇12小时内核实补偿款发放情况，依法依规答复群众');
  await submit(l, m, '已批示');
  await desk.getByTestId('leader-instruction').filter({ hasText: TITLE }).getByText('待反馈').waitFor();
  await screenshot(l, 'leader-desk-phone');

  // ---- 县中心 on the incident's page: the instruction arrived; a plan for the leader; the report back.
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  const cErrors = watchErrors(c);
  await signIn(c, api.base, 'wujing');
  await c.goto(`${api.base}/incidents/${incidentId}`);
  const card = c.getByTestId('leadership-card');
  const instruction = card.getByTestId('instruction');
  await instruction.getByText('请东湖镇12小时内核实补偿款发放情况').waitFor();
  await instruction.getByText('分管副县长 宋健').waitFor();
  await card.getByTestId('plan-draft').click();
  m = await modal(c);
  await m.locator('#measures').fill('东湖镇会同县自然资源局核查补偿款发放台账，逐户公示');
  await pickUnits(c, m, '责任单位', ['东湖镇']);
  await m.locator('#timing').fill('12小时内核实，24小时内答复');
  await submit(c, m, '处置方案已报分管领导');
  await card.getByTestId('handling-plan').getByText('待领导审批').waitFor();
  await instruction.getByTestId('instruction-link').click();
  m = await modal(c);
  await m.getByTestId('instruction-task').click();
  await c.locator('.ant-select-item-option', { hasText: '核实补偿款发放情况' }).click();
  await submit(c, m, '已关联工单');
  await instruction.getByText('落实工单：东湖镇（主办）').waitFor();
  await instruction.getByTestId('instruction-feedback').click();
  m = await modal(c);
  await m.locator('textarea').fill('东湖镇已完成逐户核查，补偿款本周内发放到位');
  await submit(c, m, '已反馈领导');
  await instruction.getByText('东湖镇已完成逐户核查', { exact: false }).waitFor();

  // ---- 宋健 consents to the plan and reads the report back.
  await l.reload();
  const plan = desk.getByTestId('leader-plan').filter({ hasText: TITLE });
  await plan.getByText('逐户公示').waitFor();
  await plan.getByTestId('plan-approve').click();
  const consent = await modal(l);
  await consent.locator('#opinion').fill('同意，公示要到户');
  await submit(l, consent, '已同意处置方案');
  await plan.waitFor({ state: 'detached' });
  await desk.getByText('暂无待审批的方案').waitFor();
  const mine = desk.getByTestId('leader-instruction').filter({ hasText: TITLE });
  await mine.getByText('已反馈 1 次').waitFor();
  await mine.getByText('落实工单 1 件').waitFor();
  await mine
    .getByTestId('instruction-feedback')
    .getByText('补偿款本周内发放到位', { exact: false })
    .waitFor();

  // ---- The centre's card shows the consent, by post and name.
  await c.reload();
  await card.getByTestId('handling-plan').getByText('已同意').waitFor();
  await card.getByTestId('handling-plan').getByText('宋健', { exact: false }).waitFor();
  await card.getByTestId('handling-plan').getByText('同意：同意，公示要到户', { exact: false }).waitFor();
  expect([...lErrors, ...cErrors]).toEqual([]);
});

it('names the 包保领导 and 跟踪专人 on the incident page, and the leader finds it on their desk', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const title = '网传南湾村道路塌陷无人处理';
  const incidentId = await listedIncident(api.graphql, handler, {
    title,
    grade: 'III',
    field: 'LAND_ACQUISITION',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  const errors = watchErrors(c);
  await signIn(c, api.base, 'wujing');
  await c.goto(`${api.base}/incidents/${incidentId}`);
  const card = c.getByTestId('responsibility-card');
  await card.getByText('未指定').first().waitFor();
  await card.getByTestId('name-responsibility').click();
  const m = await modal(c);
  await pick(c, m, '包保领导', '宋健（分管副县长）');
  await pick(c, m, '跟踪专人', '周明');
  await submit(c, m, '已指定');
  await card.getByText('宋健（分管副县长）').waitFor();
  await card.getByText('周明').waitFor();
  await c.getByTestId('timeline').getByText('指定包保领导：宋健（分管副县长）；跟踪专人：周明').waitFor();

  const l = leader.context.pages()[0] ?? (await leader.context.newPage());
  await signIn(l, api.base, 'songjian');
  await l.goto(`${api.base}/leader`);
  const arrival = l.getByTestId('leader-arrival').filter({ hasText: title });
  await arrival.getByText('您被指定为该事件的包保领导').waitFor();
  await arrival.getByText('指定包保', { exact: false }).waitFor();
  expect(errors).toEqual([]);
});

it('lets the county administrator keep the roster and the plan threshold', async () => {
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  const errors = watchErrors(c);
  await signIn(c, api.base, 'zhaoqiang');
  await c.goto(`${api.base}/admin`);
  const card = c.getByTestId('county-leaders');
  const row = (name: string) => card.locator('.ant-table-row', { hasText: name });
  await row('宋健').getByText('分管副县长').waitFor();

  // 马丽 takes on 统编教材 as well.
  await row('马丽').getByRole('button', { name: '修改' }).click();
  const m = await modal(c);
  await m.locator('.ant-form-item').filter({ hasText: '分管领域' }).locator('.ant-select').click();
  await c.locator('.ant-select-item-option', { hasText: '统编教材' }).click();
  await c.keyboard.press('Escape');
  await submit(c, m, '县领导名单已更新');
  await row('马丽').getByText('统编教材').waitFor();

  // From grade II, dispatch waits for the plan the leader in charge consented to.
  await card.getByTestId('plan-policy').click();
  await c.getByTitle('II 级及以上', { exact: true }).click();
  await c.locator('.ant-message-notice', { hasText: '处置方案审批门槛已保存' }).waitFor();
  const admin = (await login(api.graphql, 'zhaoqiang')).token;
  const policy = ok(
    await gql<{ handlingPlanPolicy: { fromGrade: string | null } }>(
      api.graphql,
      '{ handlingPlanPolicy { fromGrade } }',
      {},
      { token: admin },
    ),
  );
  expect(policy.handlingPlanPolicy.fromGrade).toBe('II');

  // 马丽 relieved: off the roster.
  await row('马丽').getByRole('button', { name: '免去' }).click();
  await (await popconfirm(c)).locator('.ant-btn-primary').click();
  await c.locator('.ant-message-notice', { hasText: '已免去 马丽' }).waitFor();
  await row('马丽').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});
