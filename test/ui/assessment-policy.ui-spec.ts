import { gql, login } from '../support/api-fixture';
import { ok } from '../support/loop-steps';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 考核规则 in 系统设置 (issue 24): the county administrator reads the rules in force, sets a new version from a later
 * day (迟报 limit and points changed), and sees both versions listed; the API holds the new one from that day on.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiassesspolicy');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('the administrator sets the 考核 rules as a new version from a day on', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhaoqiang');
  await page.goto(`${api.base}/admin`);
  const card = page.getByTestId('assessment-policy');
  const versions = card.getByTestId('assessment-policy-versions');
  await versions.getByText('系统默认').waitFor();
  // The form starts from the rules in force.
  const form = card.getByTestId('assessment-policy-form');
  expect(await form.locator('#lateReportAfterMinutes').inputValue()).toBe('120');
  await form.locator('#lateReportAfterMinutes').fill('90');
  await form.locator('#supervision').fill('3');
  await card.getByTestId('assessment-policy-save').click();
  await page.locator('.ant-message-notice', { hasText: '考核规则已保存' }).waitFor();
  await versions.getByText('第 1 版').waitFor();
  await versions.getByText('90 / 1440 分钟').waitFor();
  await screenshot(page, 'assessment-policy');

  const admin = await login(api.graphql, 'zhaoqiang');
  const policies = ok(
    await gql<{
      assessmentPolicies: { version: number; supervision: number; lateReportAfterMinutes: number }[];
    }>(
      api.graphql,
      `query { assessmentPolicies { version supervision lateReportAfterMinutes } }`,
      {},
      { token: admin.token },
    ),
  ).assessmentPolicies;
  expect(policies.at(-1)).toEqual({ version: 1, supervision: 3, lateReportAfterMinutes: 90 });
  expect(errors).toEqual([]);
});
