import { gql, login } from '../support/api-fixture';
import { intakeSourceWithKey } from '../support/intake-sources';
import { listedIncident, ok } from '../support/loop-steps';
import { modal, submit, tick } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 舆情线索 in the console against the real API (issue 23): the county's monitoring service pushes four items over
 * HTTP; the duty officer 周明 opens 舆情线索, registers one as a new incident (pre-filled), attaches two to an incident
 * already open (selected together, by the keyboard), and archives the last with a reason. The queue is empty after.
 * Screenshot intake.png.
 */
let api: ConsoleApi;
let desk: Browser;
let openIncidentId = '';
const OPEN_TITLE = '西山镇垃圾填埋场异味投诉';

const find = (n: number, title: string, text: string) => ({
  id: `ui-${n}`,
  url: `https://bbs.qingshui.example/t/${700 + n}`,
  platform: 'FORUM',
  author: `清水网友${n}`,
  title,
  text,
  publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
  spread: { posts: 1, reposts: 20 * n, comments: 8 * n, views: 1500 * n },
});

beforeAll(async () => {
  api = await startConsoleApi('uiintake');
  desk = await launch();
  const admin = (await login(api.graphql, 'zhaoqiang')).token;
  const { key } = await intakeSourceWithKey(api.graphql, admin, {
    name: '县舆情监测服务',
    kind: 'MONITORING_SERVICE',
  });
  const police = await intakeSourceWithKey(api.graphql, admin, {
    name: '网警大队巡查',
    kind: 'CYBER_POLICE',
  });
  const officer = (await login(api.graphql, 'zhouming')).token;
  openIncidentId = await listedIncident(api.graphql, officer, {
    title: OPEN_TITLE,
    discoveredAt: new Date(),
  });
  const res = await fetch(`${api.base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify({
      items: [
        find(1, '东湖镇自来水发黄网帖', '有网友称东湖镇近日自来水发黄，疑似水管老化，未见相关部门回应。'),
        find(2, '西山镇填埋场臭味扰民', '西山镇垃圾填埋场附近居民反映夜间臭味明显。'),
        find(3, '填埋场异味再引关注', '网友再次发帖称西山镇填埋场异味持续多日。'),
        find(4, '外省某地交通事故视频', '转发外省交通事故视频，与本县无关。'),
      ],
    }),
  });
  expect(res.status).toBe(200);
  // The police's patrol saw the first post too, under its own link and in its own words: it joins that item.
  const copy = await fetch(`${api.base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': police.key },
    body: JSON.stringify({
      items: [
        {
          ...find(1, '东湖镇自来水发黄网帖', '网警巡查记录：东湖镇自来水发黄，网帖评论增多。'),
          id: 'wj-9',
          url: 'http://www.bbs.qingshui.example/t/701#reply-3',
          author: '清水网友1（巡查截图）',
        },
      ],
    }),
  });
  expect(((await copy.json()) as { received: { receipt: string }[] }).received[0].receipt).toBe('MERGED');
});
afterAll(async () => {
  await desk?.close();
  await api?.close();
});

it('the duty officer triages the queue: registers one, attaches two together, archives one with a reason', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.getByTestId('main-menu').getByText('舆情线索').click();
  const queue = page.getByTestId('intake-queue');
  await queue.getByText('东湖镇自来水发黄网帖').waitFor();
  await queue.getByText('4 条').waitFor();
  await screenshot(page, 'intake');

  const row = (title: string) => queue.locator('.ant-list-item', { hasText: title });
  // The item the police's copy joined: two sources, and what the police sent, as it sent it.
  const water = row('东湖镇自来水发黄网帖');
  await water.getByText('2 个来源').waitFor();
  const policePost = water.locator('[data-testid$="-wj-9"]');
  await policePost.getByText(/网警大队巡查报送：网警巡查记录：东湖镇自来水发黄/).waitFor();
  expect(await policePost.getByRole('link', { name: '该来源链接' }).getAttribute('href')).toBe(
    'http://www.bbs.qingshui.example/t/701#reply-3',
  );
  // Two items about the landfill join the incident already open, chosen together and sent by the A key.
  await tick(row('西山镇填埋场臭味扰民').getByRole('checkbox'));
  await tick(row('填埋场异味再引关注').getByRole('checkbox'));
  await page.keyboard.press('a');
  const attach = await modal(page);
  await attach.getByTestId('intake-attach-incident').click();
  await page.keyboard.type('填埋场');
  await page.locator('.ant-select-item-option', { hasText: OPEN_TITLE }).click();
  await submit(page, attach, '已并入事件');
  await queue.getByText('2 条').waitFor();

  // The unrelated video is archived, with its reason.
  await tick(row('外省某地交通事故视频').getByRole('checkbox'));
  await queue.getByTestId('intake-archive-btn').click();
  const archive = await modal(page);
  await archive.locator('textarea, input').first().fill('与本县无关');
  await submit(page, archive, '已归档');
  await queue.getByText('1 条').waitFor();

  // The last becomes a new incident, its title pre-filled, and the console opens it.
  await tick(row('东湖镇自来水发黄网帖').getByRole('checkbox'));
  await queue.getByTestId('intake-register-btn').click();
  const register = await modal(page);
  await expectValue(register.getByTestId('intake-register-title'), '东湖镇自来水发黄网帖');
  await submit(page, register, '已登记为新事件');
  await page.getByTestId('incident-title').filter({ hasText: '东湖镇自来水发黄网帖' }).waitFor();

  // What the API now says: the queue is empty; the open incident's timeline has the two items joining.
  const officer = (await login(api.graphql, 'zhouming')).token;
  const left = ok(
    await gql<{ intakeQueue: { totalCount: number } }>(
      api.graphql,
      `{ intakeQueue { totalCount } }`,
      {},
      { token: officer },
    ),
  ).intakeQueue.totalCount;
  expect(left).toBe(0);
  const timeline = ok(
    await gql<{ incident: { timeline: { description: string }[] } }>(
      api.graphql,
      `query I($id: ID!) { incident(id: $id) { timeline { description } } }`,
      { id: openIncidentId },
      { token: officer },
    ),
  ).incident.timeline.filter((t) => t.description.endsWith('并入舆情线索'));
  expect(timeline).toHaveLength(2);
  expect(errors).toEqual([]);
});

async function expectValue(input: import('playwright-core').Locator, value: string): Promise<void> {
  expect(await input.inputValue()).toBe(value);
}
