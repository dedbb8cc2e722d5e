import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';
import { popconfirm } from './support/antd';
import { Browser, launch, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 关注清单/风险库 in the console (issue 23): the duty officer 周明 adds a keyword on the 舆情线索 page; an item the
 * monitor pushes afterwards mentioning it is tagged 关注命中 with what matched; the keyword is retired from the card.
 */
let api: ConsoleApi;
let desk: Browser;
let key = '';

beforeAll(async () => {
  api = await startConsoleApi('uiwatch');
  desk = await launch();
  const admin = (await login(api.graphql, 'zhaoqiang')).token;
  const source = ok(
    await mutate<{ id: string }>(
      api.graphql,
      admin,
      'configureIntakeSource',
      { name: '县舆情监测服务', kind: 'MONITORING_SERVICE', ownerUnitId: demoUnitId('center') },
      'id',
    ),
  ).configureIntakeSource;
  key = ok(
    await gql<{ rotateIntakeSourceKey: { key: string } }>(
      api.graphql,
      `mutation R($id: ID!) { rotateIntakeSourceKey(sourceId: $id) { key } }`,
      { id: source.id },
      { token: admin },
    ),
  ).rotateIntakeSourceKey.key;
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('the duty officer adds a keyword; a later item mentioning it is tagged with what matched', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.getByTestId('main-menu').getByText('舆情线索').click();
  const tabs = page.getByTestId('intake-tabs');
  await tabs.getByRole('tab', { name: '关注清单' }).click();
  const card = page.getByTestId('intake-watch-list');
  await card.getByText('尚无关注条目').waitFor();
  await card.getByLabel('名称').fill('征地补偿');
  await card.getByLabel('说明').fill('近期信访热点');
  await card.getByRole('button', { name: '加入清单' }).click();
  await page.getByText('已加入关注清单').waitFor();
  await card.locator('.ant-table-row', { hasText: '征地补偿' }).waitFor();

  const res = await fetch(`${api.base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify({
      items: [
        {
          id: 'ui-watch-1',
          url: 'https://bbs.qingshui.example/t/901',
          platform: 'FORUM',
          author: '清水网友',
          title: '东湖镇村民反映问题',
          text: '网帖称东湖镇征地补偿款迟迟未发放。',
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
          spread: { posts: 1, reposts: 3, comments: 2, views: 300 },
        },
      ],
    }),
  });
  expect(res.status).toBe(200);
  await page.reload();
  await tabs.getByRole('tab', { name: '待研判' }).click();
  const row = page.getByTestId('intake-queue').locator('.ant-list-item', { hasText: '东湖镇村民反映问题' });
  await row.getByText('关注命中').waitFor();
  await row.getByText('关键词「征地补偿」').waitFor();
  await tabs.getByRole('tab', { name: '关注清单' }).click();

  await card
    .locator('.ant-table-row', { hasText: '征地补偿' })
    .getByRole('button', { name: /停\s*用/ })
    .click();
  await (await popconfirm(page)).getByRole('button', { name: /确\s*定|OK/ }).click();
  await card.getByText('尚无关注条目').waitFor();
  expect(errors).toEqual([]);
});
