import { login } from '../support/api-fixture';
import { listedIncident } from '../support/loop-steps';
import { modal, pick, pickUnits, popconfirm, submit } from './support/antd';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 追责 in the console (issue 19: accountability names people, not free text; issue 21: 追责通报): the centre records a
 * finding against a township naming one of its people, and the centre's leader issues the 追责通报 from it.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiaccount');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('records a finding naming a township’s person, and the leader issues the 追责通报', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: '网传东湖镇回应迟缓',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'wujing');
  await page.goto(`${api.base}/incidents/${incidentId}`);
  const card = page.getByTestId('accountability-card');
  await card.getByTestId('record-accountability').click();
  const m = await modal(page);
  await pickUnits(page, m, '责任单位', ['东湖镇']);
  await pick(page, m, '责任人（本单位在岗人员）', '李娜');
  // Another unit chosen: the person picked from the first is not kept (she is not of 西山镇).
  await pickUnits(page, m, '责任单位', ['西山镇']);
  const person = m.locator('.ant-form-item').filter({ hasText: '责任人（本单位在岗人员）' });
  await person.locator('.ant-select-selection-item').waitFor({ state: 'detached' });
  await pickUnits(page, m, '责任单位', ['东湖镇']);
  await pick(page, m, '责任人（本单位在岗人员）', '李娜');
  await m.locator('#finding').fill('未按时限签收工单，回应迟缓');
  await m.locator('#measure').fill('约谈提醒');
  await submit(page, m, '已记录追责');
  await card.getByTestId('accountability-finding').getByText('东湖镇 · 李娜').waitFor();

  await signIn(page, api.base, 'zhenghua');
  await page.goto(`${api.base}/incidents/${incidentId}`);
  await card.getByTestId('issue-document').click();
  const confirm = await popconfirm(page);
  await confirm.getByRole('button', { name: /发\s*文/ }).click();
  await card
    .getByTestId('record-document')
    .getByText(/通报〔\d{4}〕\d+号/)
    .waitFor();
  expect(errors).toEqual([]);
});
