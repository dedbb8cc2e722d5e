import { Client } from 'pg';
import { DEMO_PASSWORD } from '@app/demo';
import { gql, login, LOGIN } from '../support/api-fixture';
import { modal, noModal, submit } from './support/antd';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * Accounts a person can run (issue 20 §6), in the browser against the real API: a new person's first sign-in asks
 * for a new password before anything else; a wrong password says what is wrong and how many tries are left (not
 * "未登录或登录已过期"); the administrator sees a paused sign-in and lifts it (解锁) with a reason; 个人中心 changes
 * one's own password.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiaccounts');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const signInOverApi = (username: string, password: string) =>
  gql<{ login: { accessToken: string } }>(api.graphql, LOGIN, { input: { username, password } });

it('a new account changes its password at the first sign-in; 解锁 lifts a pause; 个人中心 changes a password', async () => {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  const people = page.getByTestId('unit-people');
  const notice = (text: string) => page.locator('.ant-message-notice', { hasText: text }).first().waitFor();

  // The administrator adds 韩雪 to the centre, leaving "首次登录须修改初始密码" as it is (ticked).
  await signIn(page, api.base, 'zhaoqiang');
  await page.getByTestId('main-menu').getByText('组织与人员').click();
  await people.getByText('赵强').waitFor();
  await page.getByTestId('user-add').click();
  const m = await modal(page);
  await m.locator('#username').fill('hanxue');
  await m.locator('#displayName').fill('韩雪');
  await m.locator('#initialPassword').fill('Peak7snowQw4');
  expect(await m.getByTestId('password-temporary').isChecked()).toBe(true);
  await m.locator('.ant-modal-footer .ant-btn-primary').click();
  await notice('已新增人员：韩雪');
  await page.getByRole('button', { name: /我已记下/ }).click();
  await noModal(page);
  await people.locator('tr', { hasText: 'hanxue' }).getByText('待改密').waitFor();

  // 韩雪 signs in: a wrong password first — the message names the problem and the tries left.
  await page.evaluate('localStorage.clear()');
  await page.reload();
  await page.getByTestId('login-username').fill('hanxue');
  await page.getByTestId('login-password').fill('Peak7snowQw5');
  await page.getByTestId('login-submit').click();
  const error = page.getByTestId('login-error');
  await error.getByText('用户名或密码错误；再错 4 次将暂停登录').waitFor();
  expect(await error.textContent()).not.toContain('未登录或登录已过期');

  // Then the right one: a new password before anything else, the old one not asked again.
  await page.getByTestId('login-password').fill('Peak7snowQw4');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('must-change-password').waitFor();
  expect(await page.getByTestId('current-password').count()).toBe(0);
  await page.getByTestId('new-password').fill('Xuehan2027w');
  await page.getByTestId('confirm-password').fill('Xuehan2027v');
  await page.getByTestId('change-password-submit').click();
  await page.getByText('两次输入的新密码不一致').waitFor();
  await page.getByTestId('confirm-password').fill('Xuehan2027w');
  await page.getByTestId('change-password-submit').click();
  await page.getByTestId('header-user').waitFor();
  expect((await signInOverApi('hanxue', 'Peak7snowQw4')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  expect((await signInOverApi('hanxue', 'Xuehan2027w')).errors).toBeUndefined();

  // 个人中心 from the user menu: her own password changed again; the old one no longer signs in.
  await page.getByTestId('header-user').click();
  await page.getByTestId('menu-profile').click();
  const card = page.getByTestId('profile-password');
  await card.getByTestId('current-password').fill('Xuehan2027w');
  await card.getByTestId('new-password').fill('Snowfall2028k');
  await card.getByTestId('confirm-password').fill('Snowfall2028k');
  await card.getByTestId('change-password-submit').click();
  await notice('密码已修改');
  expect((await signInOverApi('hanxue', 'Xuehan2027w')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  // The console goes on with the new session the API opened (the old one ended).
  await page.reload();
  await page.getByTestId('profile-password').waitFor();
  await page.getByTestId('header-user').waitFor();

  // Wrong passwords pause 吴静's sign-in; the administrator sees it and lifts it with a reason.
  // Waits double with each failure past the free ones: the clock steps over each, as a patient guesser would,
  // until the next wait is a minute.
  for (let failures = 0; failures < 11;) {
    const r = await signInOverApi('wujing', `wrong-guess-${failures}`);
    const e = r.errors![0].extensions;
    if (e.code === 'RATE_LIMITED') api.clock.offsetMs += Number(e.retryAfterSeconds) * 1000;
    else failures++;
  }
  expect((await signInOverApi('wujing', DEMO_PASSWORD)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
  await signIn(page, api.base, 'zhaoqiang');
  await page.getByTestId('main-menu').getByText('组织与人员').click();
  await people.getByTestId('paused-wujing').waitFor();
  await people.getByTestId('unlock-wujing').click();
  const unlock = await modal(page);
  // The reason is required: an empty one keeps the dialog open and the pause in place.
  await unlock.locator('.ant-modal-footer .ant-btn-primary').click();
  await unlock.getByText('请填写解锁原因').waitFor();
  expect((await signInOverApi('wujing', DEMO_PASSWORD)).errors?.[0].extensions.code).toBe('RATE_LIMITED');
  await unlock.locator('#reason').fill('已电话核实为本人');
  await submit(page, unlock, '已解锁 吴静 的登录');
  await people.getByTestId('paused-wujing').waitFor({ state: 'detached' });
  expect((await signInOverApi('wujing', DEMO_PASSWORD)).errors).toBeUndefined();
  // On the record: who lifted it, and why.
  const pg = new Client({ connectionString: api.db.ownerUrl });
  await pg.connect();
  try {
    const { rows } = await pg.query<{ reason: string; by: string }>(
      `SELECT data->>'reason' AS reason, data->>'unlockedBy' AS by FROM es_events WHERE event_type = 'SignInUnlocked'`,
    );
    expect(rows).toEqual([
      { reason: '已电话核实为本人', by: (await login(api.graphql, 'zhaoqiang')).userId },
    ]);
  } finally {
    await pg.end();
  }
  expect(errors).toEqual([]);
});
