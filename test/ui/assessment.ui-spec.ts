import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 统计与考核 in the console against the real API (issue 24): the centre dispatched a task to 东湖镇 this month and it
 * was handed in; the county's auditor opens 统计与考核, sees 东湖镇's row with its score and rank, the charts drawn
 * (trend, ranking, lateness, the incidents by channel), the lags, and exports the table as .xlsx; 东湖镇's clerk
 * sees its own row only, and no ranking while the county shares none.
 * Screenshot assessment.png (1366×768).
 */
let api: ConsoleApi;
let desk: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiassessment');
  desk = await launch();
  const centre = (await login(api.graphql, 'wujing')).token;
  const township = (await login(api.graphql, 'lina')).token;
  const incidentId = await listedIncident(api.graphql, centre, {
    title: '东湖镇征地补偿网帖',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const task = ok(
    await mutate<{ id: string }>(
      api.graphql,
      centre,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并反馈' },
      'id',
    ),
  ).dispatchTask;
  ok(await mutate(api.graphql, township, 'signTask', { taskId: task.id }, 'id'));
  ok(
    await mutate(
      api.graphql,
      township,
      'handInTask',
      { taskId: task.id, factsFound: '已核实', measures: '约谈', result: '已答复' },
      'id',
    ),
  );
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('shows the auditor the county’s table, charts and ranking, and exports it as .xlsx', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'qianjun');
  await page.getByTestId('main-menu').getByText('统计与考核').click();
  const row = page.getByTestId('assessment-table').locator('tr').filter({ hasText: '东湖镇' });
  await row.waitFor();
  expect(await row.locator('td').first().textContent()).toMatch(/^\d+$/);
  await page.getByTestId('assessment-trend').locator('canvas').waitFor();
  await page.getByTestId('assessment-ranking').locator('canvas').waitFor();
  await page.getByTestId('assessment-lateness').locator('canvas').waitFor();
  // 舆情分布: this month's incident, registered from the centre's monitoring, in the channel chart; the lags beside.
  await page.getByTestId('assessment-breakdown-channel').locator('canvas').waitFor();
  await page.getByTestId('assessment-lags').getByText('平均发现至上报').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('assessment-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^统计与考核-.*\.xlsx$/);
  await screenshot(page, 'assessment', false);
  expect(errors).toEqual([]);
});

it('shows a township its own row only, and says the ranking is not shared', async () => {
  const clerk = await launch();
  const page = clerk.context.pages()[0] ?? (await clerk.context.newPage());
  await signIn(page, api.base, 'lina');
  await page.getByTestId('main-menu').getByText('统计与考核').click();
  const table = page.getByTestId('assessment-table');
  await table.locator('tr').filter({ hasText: '东湖镇' }).waitFor();
  expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);
  await page.getByText('本县未开放考核排名', { exact: false }).waitFor();
  await clerk.close();
});
