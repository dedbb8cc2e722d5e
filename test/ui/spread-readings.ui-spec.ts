import { login } from '../support/api-fixture';
import { listedIncident } from '../support/loop-steps';
import { modal, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * Spread readings over time (issue 23): the administrator sets the county's 传播分级标准 in 系统设置; the duty officer
 * records the figures as they stand on the incident, sees them as a curve beside the first, and — when they reach a
 * graver grade's criteria — the request to assess again, with the button that does it.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uispread');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('the administrator sets the criteria; a reading past a graver grade asks the duty officer to re-assess', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhaoqiang');
  await page.goto(`${api.base}/admin`);
  const card = page.getByTestId('spread-criteria');
  await card.getByText('平台默认值').waitFor();
  const comments = card.getByTestId('criteria-III-comments');
  expect(await comments.inputValue()).toBe('1000');
  await comments.fill('500');
  await card.getByTestId('criteria-save').click();
  await page.locator('.ant-message-notice', { hasText: '已保存传播分级标准' }).waitFor();
  await card.getByText('本县标准').waitFor();

  const officer = (await login(api.graphql, 'zhouming')).token;
  const id = await listedIncident(api.graphql, officer, {
    title: '西山镇垃圾填埋场异味',
    discoveredAt: new Date(Date.now() - 3 * 3_600_000),
    grade: 'IV',
  });
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/incidents/${id}`);
  const spread = page.getByTestId('spread-card');
  await spread.getByText('共 1 次读数').waitFor();
  await spread.getByTestId('record-spread').click();
  const m = await modal(page);
  await m.getByTestId('spread-comments').fill('800');
  await m.getByTestId('spread-views').fill('60000');
  await submit(page, m, '已记录传播数据');

  // The curve and the table hold both; the request names what reached III's criteria.
  await spread.getByText('共 2 次读数').waitFor();
  await spread.getByTestId('spread-chart').waitFor();
  const alert = page.getByTestId('reassessment-alert');
  await alert.getByText('传播数据已达 III 级标准，现为 IV 级，请重新研判').waitFor();
  await alert.getByText(/跟帖量 800（标准 500）/).waitFor();
  await screenshot(page, 'spread-readings');
  await alert.getByRole('button', { name: '重新研判' }).click();
  const assess = await modal(page);
  await assess.getByText('研判').first().waitFor();
  expect(errors).toEqual([]);
});
