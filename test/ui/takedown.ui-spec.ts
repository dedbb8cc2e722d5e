import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { modal, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 函告网站 in the console against the real API (000 §三4): the township holding the task writes to the forum that
 * carries the false post, from the incident's page, and records the forum's answer; the centre sees both and is not
 * offered the answer, which is the sender's. Screenshot takedown.png.
 */
let api: ConsoleApi;
let desk: Browser;
let incidentId: string;
const TITLE = '东湖镇水库泄洪不实传言';

beforeAll(async () => {
  api = await startConsoleApi('uitakedown');
  desk = await launch();
  const officer = (await login(api.graphql, 'zhouming')).token;
  incidentId = await listedIncident(api.graphql, officer, { title: TITLE, discoveredAt: new Date() });
  ok(
    await mutate(
      api.graphql,
      officer,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实并澄清' },
      'id',
    ),
  );
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('the township sends a takedown request from the incident page and records the platform’s answer', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'lina');
  await page.goto(`${api.base}/incidents/${incidentId}`);
  await page.getByTestId('incident-title').filter({ hasText: TITLE }).waitFor();
  const card = page.getByTestId('takedown-card');
  await card.getByText('暂无函告').waitFor();
  await card.getByTestId('takedown-send').click();
  const m = await modal(page);
  await m.locator('#platform').fill('清水生活论坛');
  await m
    .locator('#itemUrls')
    .fill('https://bbs.qingshui.example/t/301\n\nhttps://bbs.qingshui.example/t/302 ');
  await m.locator('#request').fill('上述贴文称东湖水库即将泄洪，与事实不符，请依法依规删除。');
  await submit(page, m, '函告已登记');
  const request = card.getByTestId('takedown-request');
  await request.getByText('待答复').waitFor();
  await request.getByText('https://bbs.qingshui.example/t/302').waitFor();

  await request.getByTestId('takedown-answer').click();
  const a = await modal(page);
  await a.locator('#note').fill('论坛管理员已删除两条贴文');
  await submit(page, a, '答复已登记');
  await request.getByText('已删除', { exact: true }).waitFor();
  await screenshot(page, 'takedown');

  const centre = (await login(api.graphql, 'zhouming')).token;
  const [seen] = ok(
    await gql<{
      incident: {
        takedownRequests: {
          platform: string;
          itemUrls: string[];
          answer: string;
          allowedActions: string[];
        }[];
      };
    }>(
      api.graphql,
      `query I($id: ID!) { incident(id: $id) { takedownRequests { platform itemUrls answer allowedActions } } }`,
      { id: incidentId },
      { token: centre },
    ),
  ).incident.takedownRequests;
  expect(seen).toEqual({
    platform: '清水生活论坛',
    itemUrls: ['https://bbs.qingshui.example/t/301', 'https://bbs.qingshui.example/t/302'],
    answer: 'REMOVED',
    allowedActions: [],
  });
  expect(errors).toEqual([]);
});
