import { login } from '../support/api-fixture';
import { modal, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';
import { intakeSourceWithKey } from '../support/intake-sources';

/**
 * A 领导留言板 message with its own reply deadline (issue 23): the queue shows the deadline counted down like a
 * task's; the duty officer marks it answered, saying how, and the tag says so (its reminders stop).
 */
let api: ConsoleApi;
let desk: Browser;
let itemId = '';

beforeAll(async () => {
  api = await startConsoleApi('uireplies');
  desk = await launch();
  const admin = (await login(api.graphql, 'zhaoqiang')).token;
  const { key } = await intakeSourceWithKey(api.graphql, admin, {
    name: '督查局留言板巡查',
    kind: 'MESSAGE_BOARD',
  });
  const res = await fetch(`${api.base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify({
      items: [
        {
          id: 'board-1',
          platform: 'LEADER_MESSAGE_BOARD',
          author: '东湖镇村民',
          text: '东湖镇征地补偿款迟迟未发放，请县领导过问。',
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
          replyDueAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        },
      ],
    }),
  });
  itemId = ((await res.json()) as { received: { itemId: string }[] }).received[0].itemId;
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('shows the message’s reply deadline, lists it under 留言待回复 and marks it answered, with how', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/intake`);
  const due = page.getByTestId(`reply-due-${itemId}`);
  await due.waitFor();
  expect(await due.textContent()).toMatch(/回复时限 .*（剩 \d+ 小时 \d+ 分）/);
  await screenshot(page, 'message-reply-deadline', false);
  await page.getByTestId(`mark-replied-${itemId}`).click();
  const m = await modal(page);
  await m.getByLabel('回复情况').fill('已由东湖镇在领导留言板答复');
  await submit(page, m, '已标记回复，回复提醒已停止');
  await page
    .getByTestId(`intake-item-${itemId}`)
    .getByText(/^已回复 /)
    .waitFor();
  expect(await page.getByTestId(`mark-replied-${itemId}`).count()).toBe(0);
  expect(errors).toEqual([]);
});
