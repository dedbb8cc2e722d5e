import { demoUnitId } from '@app/demo';
import { totpCode } from '@app/identity';
import { gql, login } from '../support/api-fixture';
import { listedIncident } from '../support/loop-steps';
import { menu, modal, pick, pickIn, submit, tick, until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The other desks of the console against the real API: the centre activates the "1+3+N" linkage and drafts the
 * public wording; the propaganda department's leader approves it and its spokesperson publishes it; the county
 * administrator sets the deadline policy, and a policy the API refuses is told in Chinese.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiroles');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('runs linkage, statements and the deadline policy through their pages', async () => {
  const centre = await login(api.graphql, 'zhouming');
  const id = await listedIncident(api.graphql, centre.token, {
    title: '网传某化工企业夜间排放异味',
    discoveredAt: new Date(),
    grade: 'II',
    field: 'ECOLOGY',
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);

  // 县中心: activate the linkage from the proposal, then draft the wording.
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/incidents/${id}`);
  await page.getByTestId('linkage').getByText('已达联动等级').waitFor();
  await page.getByTestId('linkage').getByRole('button', { name: '启动联动' }).click();
  let m = await modal(page);
  await submit(page, m, '联动已启动');
  await page.getByTestId('linkage').getByText('联动中').waitFor();
  await page.getByTestId('linkage').getByText('清水县委宣传部').waitFor();
  await page.getByTestId('action-more').click();
  await page.locator('.ant-dropdown-menu-item', { hasText: '起草口径/通稿' }).click();
  m = await modal(page);
  await m.locator('#title').fill('关于企业夜间异味问题的情况说明');
  await m
    .locator('#content')
    .fill('经环保部门现场检测，异味来自设备检修，各项指标未超标。我们将持续监测并及时公布结果。');
  await submit(page, m, '稿件已提交宣传部审核');
  await page.getByText('待审核').first().waitFor();

  // 宣传部 何刚 approves, 孙丽 publishes.
  await signIn(page, api.base, 'hegang');
  await page.getByTestId('main-menu').getByText('口径/通稿').click();
  await page.getByText('关于企业夜间异味问题的情况说明').waitFor();
  // Not blind: the dialog shows the wording as it will go out, and takes the reviewer's opinion.
  await page.getByRole('button', { name: '审核通过' }).click();
  const review = await modal(page);
  await review.getByText(/经环保部门现场检测，异味来自设备检修/).waitFor();
  await review.locator('#opinion').fill('同意发布，注明检测机构');
  await submit(page, review, '已审核通过');
  await signIn(page, api.base, 'sunli');
  await page.getByTestId('main-menu').getByText('口径/通稿').click();
  await page.locator('.ant-segmented-item', { hasText: '待发布' }).click();
  await page.getByRole('button', { name: /^发\s*布$/ }).click();
  // The county's own accounts come ticked; with none ticked and none named, nothing is published.
  m = await modal(page);
  for (const own of ['清水发布微博', '清水发布微信']) await tick(m.getByLabel(own), false);
  await m.getByTestId('publish-statement-ok').click();
  await m.getByText('请至少选择或填写一个发布渠道').waitFor();
  await tick(m.getByLabel('清水发布微信'));
  await tick(m.getByLabel('新闻发布会'));
  await m.locator('.ant-select-selection-search-input').fill('清水县融媒体中心');
  await m.locator('.ant-select-selection-search-input').press('Enter');
  await m.locator('.ant-select-selection-item', { hasText: '清水县融媒体中心' }).waitFor();
  await screenshot(page, 'publish-statement', false);
  await submit(page, m, '已发布');
  const statements = await gql<{ incident: { statements: { status: string; channels: string[] }[] } }>(
    api.graphql,
    `query I($id: ID!) { incident(id: $id) { statements { status channels } } }`,
    { id },
    { token: centre.token },
  );
  // Published where the spokesperson chose: the county's account (named from the county the API knows, as is the
  // window title), the press conference, and the outlet named by hand.
  expect(statements.data!.incident.statements).toEqual([
    { status: 'PUBLISHED', channels: ['清水发布微信', '新闻发布会', '清水县融媒体中心'] },
  ]);
  expect(await page.title()).toBe('清水县网络舆情应急处置平台');

  // 管理员 赵强: a refused policy is told in Chinese; a good one is saved.
  await signIn(page, api.base, 'zhaoqiang');
  await page.getByTestId('main-menu').getByText('系统设置').click();
  await until(async () => (await page.locator('#feedbackHours').inputValue()) === '12'); // the county's policy read
  await page.locator('#feedbackHours').fill('30');
  await page.locator('#hardCapHours').fill('24');
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await page
    .locator('.ant-message-notice-error', { hasText: '填写内容有误' })
    .filter({ hasText: '最长时限不能短于书面反馈时限' })
    .waitFor();
  await page.locator('#feedbackHours').fill('10');
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await page.locator('.ant-message-notice', { hasText: '时限规定已保存' }).waitFor();
  const county = await gql<{ county: { deadlinePolicy: { feedbackHours: number; custom: boolean } } }>(
    api.graphql,
    `{ county { deadlinePolicy { feedbackHours custom } } }`,
    {},
    { token: centre.token },
  );
  expect(county.data!.county.deadlinePolicy).toEqual({ feedbackHours: 10, custom: true });

  // The matrix: grade II written feedback within 4 hours, a cell of the county's own, a new policy version.
  const matrix = page.getByTestId('deadline-matrix');
  await matrix.getByText('第 1 版').waitFor();
  const cell = matrix.locator(
    'input[data-testid="cell-II-WRITTEN_FEEDBACK"], [data-testid="cell-II-WRITTEN_FEEDBACK"] input',
  );
  await cell.fill('4');
  await cell.blur();
  await matrix.getByText('已修改').waitFor();
  await matrix.getByRole('button', { name: /保存矩阵/ }).click();
  await page.locator('.ant-message-notice', { hasText: '时限矩阵已保存' }).waitFor();
  await matrix.getByText('第 2 版').waitFor();
  const rules = await gql<{
    county: {
      deadlinePolicy: { matrix: { grade: string; step: string; minutes: number; custom: boolean }[] };
    };
  }>(
    api.graphql,
    `{ county { deadlinePolicy { matrix { grade step minutes custom } } } }`,
    {},
    { token: centre.token },
  );
  expect(rules.data!.county.deadlinePolicy.matrix.filter((c) => c.custom)).toEqual([
    { grade: 'II', step: 'WRITTEN_FEEDBACK', minutes: 240, custom: true },
  ]);

  // Notification channels: 东湖镇's SMS gateway for its leaders; the signing secret is shown once.
  const channels = page.getByTestId('notification-channels');
  await pickIn(page, channels.getByTestId('channel-unit'), '东湖镇');
  await pick(page, channels, '方式', 'Webhook');
  await channels.locator('#target').fill('https://sms-gateway.example/qingshui/donghu');
  await tick(channels.getByRole('checkbox', { name: '本单位' }), false);
  await tick(channels.getByRole('checkbox', { name: '单位领导' }));
  await channels.getByRole('button', { name: /添加到东湖镇/ }).click();
  await page.locator('.ant-message-notice', { hasText: '渠道已添加' }).waitFor();
  await channels.getByText('Webhook 签名密钥只显示这一次').waitFor();
  await channels.getByRole('cell', { name: 'https://sms-gateway.example/qingshui/donghu' }).waitFor();
  await screenshot(page, 'admin-settings');
  const admin = await login(api.graphql, 'zhaoqiang');
  const configured = await gql<{
    notificationChannels: { kind: string; target: string; audiences: string[] }[];
  }>(
    api.graphql,
    `query C($u: ID) { notificationChannels(unitId: $u) { kind target audiences } }`,
    { u: demoUnitId('donghu') },
    { token: admin.token },
  );
  expect(configured.data!.notificationChannels).toEqual([
    { kind: 'WEBHOOK', target: 'https://sms-gateway.example/qingshui/donghu', audiences: ['LEADERS'] },
  ]);
  expect(errors).toEqual([]);
});

it('signs an auditor in with the second factor the county requires: enrol first, then a code at each sign-in', async () => {
  const admin = await login(api.graphql, 'zhaoqiang');
  const policy = await gql(
    api.graphql,
    `mutation P($i: SetSecurityPolicyInput!) { setSecurityPolicy(input: $i) { requireTotpRoles } }`,
    { i: { requireTotpRoles: ['AUDITOR'] } },
    { token: admin.token },
  );
  expect(policy.errors).toBeUndefined();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await page.goto(`${api.base}/`);
  await page.evaluate('localStorage.clear()');
  await page.reload();
  await page.getByTestId('login-username').fill('qianjun');
  await page.getByTestId('login-password').fill('Qingshui@2026');
  await page.getByTestId('login-submit').click();

  // Enrolment: the secret for the authenticator app, then its current code.
  const secret = (await page.getByTestId('totp-secret').locator('code').innerText()).trim();
  await page.getByTestId('totp-code').fill(await totpCode(secret, api.clock.now()));
  await page.getByTestId('totp-confirm').click();
  await page.getByTestId('audit-finder').waitFor();

  // Sign out; signing in again asks for the code (a new one: each code is accepted once).
  await menu(page, page.getByTestId('header-user'), '退出登录');
  await page.getByTestId('login-username').fill('qianjun');
  await page.getByTestId('login-password').fill('Qingshui@2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').filter({ hasText: '请输入动态口令' }).waitFor();
  api.clock.offsetMs = 31_000;
  await page.getByTestId('login-totp').fill(await totpCode(secret, api.clock.now()));
  await page.getByTestId('login-submit').click();
  await page.getByTestId('audit-finder').waitFor();
  expect(errors).toEqual([]);
});
