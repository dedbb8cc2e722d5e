import { gql, login } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';
import { menuEntry, modal, pickUnits, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The centre's flow without hidden prerequisites (issue 20 §5): the steps bar with the next step highlighted, every
 * step of the duty officer's shown — those not open yet disabled with the API's reason —, the letter written from the
 * warning, the tasks' requirements from the listing, and one 派单 to several units at once.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uisteps');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const TITLE = '南湾村集资建房纠纷';

it('shows the next step and why a step is not open yet, and fills the forms from what the incident knows', async () => {
  const officer = (await login(api.graphql, 'zhouming')).token;
  const { id } = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: TITLE,
        urls: ['https://weibo.example/p/nanwan'],
        discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
        confidential: false,
      },
      'id',
    ),
  ).reportIncident;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/incidents/${id}`);
  const steps = page.getByTestId('incident-steps');
  await steps.waitFor();

  // Registered: 研判 is next and open; 预警 and 列单 are shown, disabled, saying what comes first.
  await page.getByTestId('next-step').getByText('下一步：研判').waitFor();
  const warn = page.getByTestId('action-warn');
  expect(await warn.isDisabled()).toBe(true);
  expect(await warn.getAttribute('data-reason')).toBe('事件尚未研判');
  await warn.hover({ force: true });
  await page.locator('.ant-tooltip', { hasText: '暂不可发布预警：事件尚未研判' }).waitFor();

  ok(
    await mutate(
      api.graphql,
      officer,
      'assessIncident',
      {
        incidentId: id,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'LAND_ACQUISITION',
        grade: 'III',
        reasoning: '涉及群众财产，转发较多',
      },
      'id',
    ),
  );
  ok(
    await mutate(
      api.graphql,
      officer,
      'issueWarning',
      {
        incidentId: id,
        level: 'III',
        object: '南湾村集资建房',
        scope: '南湾村及周边',
        matters: '集资款返还争议可能引发聚集',
        measures: '核实集资款去向，做好解释疏导',
        startAt: new Date().toISOString(),
      },
      'id',
    ),
  );
  await page.reload();
  await page.getByTestId('next-step').getByText('下一步：一函').waitFor();
  // 派单 before 列单: shown, disabled, with the reason.
  expect(await page.getByTestId('action-dispatch').getAttribute('data-reason')).toBe('事件尚未列单');
  // 办结 sits in 更多操作, disabled, with what holds it back.
  const close = await menuEntry(page, page.getByTestId('action-more'), 'blocked-close');
  expect(await close.innerText()).toContain('事件尚未平息，请先标记平息');
  await page.keyboard.press('Escape');
  await screenshot(page, 'incident-steps');

  // 一函: the letter starts from the warning in force.
  await page.getByTestId('action-letter').click();
  let m = await modal(page);
  expect(await m.locator('#risk').inputValue()).toBe('集资款返还争议可能引发聚集');
  expect(await m.locator('#scope').inputValue()).toBe('南湾村及周边');
  expect(await m.locator('#watchPoints').inputValue()).toBe('南湾村集资建房');
  expect(await m.locator('#requestedMeasures').inputValue()).toBe('核实集资款去向，做好解释疏导');
  await pickUnits(page, m, '收函单位', ['东湖镇']);
  await submit(page, m, '提示函已发送');

  // 列单, then one 派单 to two units: the requirements written at 列单 come with it.
  await page.getByTestId('action-list').click();
  m = await modal(page);
  await m.locator('#requirements').fill('12小时内书面反馈集资款核查和处置情况');
  await submit(page, m, '已列单');
  await page.getByTestId('next-step').getByText('下一步：列单/派单').waitFor();
  await page.getByTestId('action-dispatch').click();
  m = await modal(page);
  expect(await m.locator('#requirements').inputValue()).toBe('12小时内书面反馈集资款核查和处置情况');
  await pickUnits(page, m, '承办单位', ['东湖镇', '清水县自然资源局']);
  await submit(page, m, '已派单给清水县自然资源局');
  const board = page.getByTestId('task-board');
  await board.getByTestId('task-card').nth(1).waitFor();
  expect(await board.getByTestId('task-card').count()).toBe(2);

  // The tasks are out: 审核 is where the work stands, 2 tasks in hand.
  await steps.locator('.step-next', { hasText: '审核' }).getByText('2 张工单在办').waitFor();
  // Both tasks withdrawn and the incident calm, with the warning still in force: 办结 is next, and the bar says
  // what holds it back.
  const tasks = ok(
    await gql<{ incident: { tasks: { id: string }[] } }>(
      api.graphql,
      `query I($id: ID!) { incident(id: $id) { tasks { id } } }`,
      { id },
      { token: officer },
    ),
  ).incident.tasks;
  for (const t of tasks)
    ok(
      await mutate(
        api.graphql,
        officer,
        'cancelTask',
        { taskId: t.id, reason: '当事人已自行协商解决' },
        'id',
      ),
    );
  ok(await mutate(api.graphql, officer, 'markIncidentCalmed', { incidentId: id }, 'id'));
  await page.getByTestId('next-step').getByText('下一步：办结（暂不可执行：预警尚未解除）').waitFor();
  expect(errors).toEqual([]);
});
