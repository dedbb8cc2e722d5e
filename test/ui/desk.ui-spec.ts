import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { WebSocketRoute } from 'playwright-core';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { until } from './support/antd';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * One 待办 (issue 20 §3): the propaganda leader once saw 暂无待办 while a statement waited for them, the bell's count
 * and the list disagreed, and with the API down the list said 暂无待办. Now the statement is on the leader's 待办 with
 * its step, the badge is the list's own count and follows the leader's step, and a failed load says so with 重试.
 */
let api: ConsoleApi;
let browser: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uidesk');
  browser = await launch({ phone: true });
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

it('holds the statement for the propaganda leader, counts the list in the badge, and says when it cannot load', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: '网传西山镇自来水发黄',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const TITLE = '关于西山镇自来水水质的情况说明';
  ok(
    await mutate(
      api.graphql,
      handler,
      'draftStatement',
      {
        incidentId,
        kind: 'WORDING',
        tier: 'POSITIVE_RESPONSE',
        title: TITLE,
        content: '县水务局已于当日取样送检，检测结果将第一时间公布。',
      },
      'id',
    ),
  );

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'hegang');
  const badge = page.getByTestId('inbox-badge').locator('.ant-scroll-number');
  const badgeCount = async () => Number((await badge.getAttribute('title').catch(() => null)) ?? '0');
  await page.goto(`${api.base}/inbox`);
  const inbox = page.getByTestId('inbox-page');
  const card = inbox.getByTestId('inbox-statement').filter({ hasText: TITLE });
  await card.getByText('需：').waitFor();
  await card.getByText('审核口径/通稿').first().waitFor();
  const cards = inbox.locator(
    ['task', 'letter', 'statement', 'plan', 'instruction', 'arrival']
      .map((k) => `[data-testid="inbox-${k}"]`)
      .join(', '),
  );
  const total = await cards.count();
  expect(total).toBeGreaterThan(0);
  await inbox.getByText(`共 ${total} 项`).waitFor();
  await until(async () => (await badgeCount()) === total);

  // Sent back from the 待办 itself, with the reason: off the leader's list, and the badge follows.
  await card.getByTestId('desk-reject-statement').click();
  const dialog = page.locator('.ant-modal:visible');
  await dialog.locator('textarea').fill('请补充取样时间和检测机构');
  await dialog.getByRole('button', { name: /退\s*回/ }).click();
  await page.locator('.ant-message-notice', { hasText: '已退回修改' }).waitFor();
  await card.waitFor({ state: 'detached' });
  await until(async () => (await badgeCount()) === total - 1);
  await inbox.getByText(`共 ${total - 1} 项`).waitFor();

  // The API out of reach: the list says it could not load (not 暂无待办), and 重试 brings it back.
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('query ConsoleInbox ') ? route.abort() : route.continue(),
  );
  await inbox.getByTestId('inbox-reload').click();
  await inbox.getByTestId('load-error').getByText('加载失败').waitFor();
  expect(await inbox.getByText('暂无待办').count()).toBe(0);
  await page.unroute('**/graphql');
  await inbox.getByTestId('load-retry').click();
  await inbox.getByTestId('load-error').waitFor({ state: 'detached' });

  // The statement is the centre's to revise now, with the leader's reason.
  const centre = ok(
    await gql<{ inbox: { edges: { node: { action: string; statement: { title: string } | null } }[] } }>(
      api.graphql,
      `{ inbox(first: 100) { edges { node { action statement { title } } } } }`,
      {},
      { token: handler },
    ),
  ).inbox.edges.map((e) => e.node);
  expect(centre.filter((i) => i.statement?.title === TITLE).map((i) => i.action)).toEqual([
    '按审核意见修改口径/通稿',
  ]);
  expect(errors.filter((e) => !/Failed to fetch|ERR_FAILED|net::/.test(e))).toEqual([]);
});

it('keeps a warning for the township to read until it marks it 已阅', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const title = '网传东湖镇桥头村河堤渗水';
  const incidentId = await listedIncident(api.graphql, handler, {
    title,
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  ok(
    await mutate(
      api.graphql,
      handler,
      'issueWarning',
      {
        incidentId,
        level: 'III',
        object: '桥头村河堤',
        startAt: new Date().toISOString(),
        scope: '东湖镇',
        scopeUnitIds: [demoUnitId('donghu')],
        matters: '河堤渗水视频传播',
        measures: '加强巡查，及时回应',
      },
      'id',
    ),
  );
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'lina');
  await page.goto(`${api.base}/inbox`);
  const inbox = page.getByTestId('inbox-page');
  await inbox.getByText('待阅').click();
  const card = inbox.getByTestId('inbox-arrival').filter({ hasText: title });
  await card.getByText('收到预警').waitFor();
  await card.getByText('来自 清水县委网信办', { exact: false }).waitFor();
  await card.getByTestId('arrival-read').click();
  await page.locator('.ant-message-notice', { hasText: '已阅' }).first().waitFor();
  await card.waitFor({ state: 'detached' });
  // Still gone after a reload: the read is recorded, not only hidden.
  await page.reload();
  await inbox.getByText(/共 \d+ 项/).waitFor();
  await inbox.getByText('待阅').click();
  expect(await inbox.getByTestId('inbox-arrival').filter({ hasText: title }).count()).toBe(0);
  expect(errors).toEqual([]);
});

it('tells the township of a new task only once its 待办 holds it, and the list follows the notice', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const TITLE = '北城街道夜市噪音扰民';
  const incidentId = await listedIncident(api.graphql, handler, { title: TITLE, discoveredAt: new Date() });
  const township = await login(api.graphql, 'lina');
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'lina');
  await page.goto(`${api.base}/inbox`);
  await page.getByTestId('inbox-page').waitFor();
  // The page notes when the notice and the card first show (one observer, in the page's own clock).
  await page.evaluate((title) => {
    const seen: Record<string, number> = {};
    (window as unknown as { seen: Record<string, number> }).seen = seen;
    new MutationObserver(() => {
      for (const [what, sel] of [
        ['notice', '.ant-notification-notice'],
        ['card', '[data-testid="inbox-task"]'],
      ])
        if (
          !seen[what] &&
          Array.from(document.querySelectorAll(sel)).some((n) => n.textContent?.includes(title))
        )
          seen[what] = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, TITLE);
  ok(
    await mutate(
      api.graphql,
      handler,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并督促商户整改' },
      'id',
    ),
  );
  await page.locator('.ant-notification-notice', { hasText: TITLE }).waitFor();
  // When the notice shows, the 待办 the API answers already holds the task: a tap on it, or the list's refresh,
  // never finds the old state.
  const items = ok(
    await gql<{ inbox: { edges: { node: { task: { incidentId: string } | null } }[] } }>(
      api.graphql,
      `query { inbox(first: 100) { edges { node { task { incidentId } } } } }`,
      {},
      { token: township.token },
    ),
  ).inbox.edges;
  expect(items.map((e) => e.node.task?.incidentId)).toContain(incidentId);
  await page.getByTestId('inbox-task').filter({ hasText: TITLE }).waitFor();
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
  expect(seen.notice).toBeLessThanOrEqual(seen.card);
  expect(errors).toEqual([]);
});

it('shows on 待办 what arrived while the live socket was down, as soon as the socket is back', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const TITLE = '西山镇农贸市场缺斤少两';
  const incidentId = await listedIncident(api.graphql, handler, { title: TITLE, discoveredAt: new Date() });
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  // Every socket the console opens passes through here: while `down`, one that opens is dropped at once, as when
  // its API process is gone and the balancer has nowhere yet to send it.
  let down = false;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (down) return void ws.close({ code: 1012, reason: 'service restart' });
    ws.connectToServer();
    sockets.push(ws);
  });
  await signIn(page, api.base, 'gaoyang');
  await page.goto(`${api.base}/inbox`);
  const inbox = page.getByTestId('inbox-page');
  await inbox.getByText(/共 \d+ 项/).waitFor();
  await until(async () => sockets.length > 0);
  const card = inbox.getByTestId('inbox-task').filter({ hasText: TITLE });

  down = true;
  for (const ws of sockets) await ws.close({ code: 1012, reason: 'service restart' });
  const before = sockets.length;
  ok(
    await mutate(
      api.graphql,
      handler,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('xishan'), role: 'LEAD', requirements: '核实商户计量器具' },
      'id',
    ),
  );
  // Nothing tells the page of it while the socket is down (the page's own minute refresh is far off).
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await card.count()).toBe(0);

  down = false;
  await until(async () => sockets.length > before, 20_000);
  await card.waitFor({ timeout: 20_000 });
  expect(errors).toEqual([]);
  await page.close();
});
