import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The 工作台 stays true (issue 20 §4): coming back to it shows what is true now, not what was cached when it was
 * left (it once read 提示函均已签收 with letters unsigned under a current 数据截至); a hand-in or a receipt that
 * arrives on the live feed updates it without a click; and hand-ins waiting for review have a panel of their own.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uidashboard');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('refreshes on return and on the live feed, and lists the hand-ins waiting for review', async () => {
  const officer = (await login(api.graphql, 'zhouming')).token;
  const lina = (await login(api.graphql, 'lina')).token;
  const incidentId = await listedIncident(api.graphql, officer, {
    title: '网传东湖镇菜市场改造占道经营',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const letterId = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'sendRiskLetter',
      {
        incidentId,
        recipientUnitIds: [demoUnitId('donghu')],
        title: '东湖镇菜市场改造网帖',
        risk: '网民称改造期间占道经营无人管理，存在聚集投诉风险。',
        level: 'IV',
        scope: '东湖镇',
        watchPoints: '跟帖和转发',
        requestedMeasures: '核实并回应',
      },
      'id',
    ),
  ).sendRiskLetter.id;
  const taskId = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实占道情况并书面反馈' },
      'id',
    ),
  ).dispatchTask.id;

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  const dashboard = page.getByTestId('dashboard');
  await dashboard.getByText('东湖镇菜市场改造网帖').waitFor();
  await page.getByTestId('to-review').getByText('暂无待审核的交单').waitFor();

  // Away to the incidents list; meanwhile 东湖镇 signs for the letter. Back on the 工作台, it is signed.
  await page.getByTestId('main-menu').getByText('舆情事件').click();
  await page.getByText('网传东湖镇菜市场改造占道经营').first().waitFor();
  ok(
    await gql(
      api.graphql,
      `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
      { id: letterId },
      {
        token: lina,
      },
    ),
  );
  await page.getByTestId('main-menu').getByText('工作台').click();
  await dashboard.getByText('提示函均已签收').waitFor();
  expect(await dashboard.getByText('东湖镇菜市场改造网帖').count()).toBe(0);

  // Staying on it: 东湖镇 signs the task and hands in; the hand-in shows without a click.
  ok(await mutate(api.graphql, lina, 'signTask', { taskId }, 'id'));
  ok(
    await mutate(
      api.graphql,
      lina,
      'handInTask',
      { taskId, factsFound: '属实，共 6 处', measures: '已划定临时摊位', result: '已恢复通行' },
      'id',
    ),
  );
  const review = page.getByTestId('to-review');
  await review.getByText('网传东湖镇菜市场改造占道经营').waitFor({ timeout: 20_000 });
  await review.getByText('东湖镇（主办）').waitFor();
  await review.getByText('网传东湖镇菜市场改造占道经营').click();
  await page.waitForURL(`**/incidents/${incidentId}`);
  expect(errors).toEqual([]);
});
