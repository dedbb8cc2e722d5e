import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * Local grade scales in the console (issue 19): the county administrator finds the land bureau's own scale (the
 * demo's) on the organization page and adds seed 003's from its template; the bureau's handler sees her own level
 * beside the grade on the task in her 待办.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiscales');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('the administrator keeps the scales; the bureau reads its own level beside the grade', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhaoqiang');
  await page.goto(`${api.base}/organization`);
  const card = page.getByTestId('grade-scales');
  await card.locator('input[value="自然资源局三级分类（小微/中级/重大）"]').waitFor();
  await card.getByRole('button', { name: /三级分类（一般\/重大\/特大）/ }).click();
  await card.locator('input[value="三级分类（一般/重大/特大）"]').waitFor();
  // No unit uses it yet: the API refuses it and says why.
  await card.getByTestId('grade-scales-save').click();
  await page.locator('.ant-message-notice', { hasText: '须指定使用该分级的单位' }).waitFor();
  await screenshot(page, 'grade-scales');

  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: '北岭村宅基地确权争议',
    grade: 'II',
    field: 'LAND_ACQUISITION',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  ok(
    await mutate(
      api.graphql,
      handler,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('land-bureau'), role: 'LEAD', requirements: '核实确权情况' },
      'id',
    ),
  );
  await signIn(page, api.base, 'linfang');
  await page.goto(`${api.base}/inbox`);
  const task = page.getByTestId('inbox-task').filter({ hasText: '北岭村宅基地确权争议' });
  await task.getByTestId('local-grade').getByText('本单位：重大舆情').waitFor();
  await page.goto(`${api.base}/incidents/${incidentId}`);
  await page.getByTestId('local-grade').getByText('本单位：重大舆情').waitFor();
  expect(errors).toEqual([]);
});
