import sharp from 'sharp';
import { demoUnitId } from '@app/demo';
import { login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { modal, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * Photos from a phone (issue 22): 东湖镇's 李娜, on a phone-sized screen, takes two photos for a signed task (the
 * camera input), sees their thumbnails on the task and hands in. Screenshot evidence-phone.png (390×844). The
 * centre, at its desk, keeps the original post's screenshot as evidence on the incident, captures the post (URL,
 * author, the text as seen) before it is deleted, adds spread readings, and reads the township's photos on the task.
 */
let api: ConsoleApi;
let phone: Browser;
let desk: Browser;
let incidentId: string;

const photo = (color: string) =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: color } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  api = await startConsoleApi('uievidence');
  [phone, desk] = await Promise.all([launch({ phone: true }), launch()]);
  const officer = (await login(api.graphql, 'zhouming')).token;
  incidentId = await listedIncident(api.graphql, officer, {
    title: '东湖镇河道漂浮物网帖',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  const taskId = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '现场核查并拍照取证' },
      'id',
    ),
  ).dispatchTask.id;
  const township = (await login(api.graphql, 'lina')).token;
  ok(await mutate(api.graphql, township, 'signTask', { taskId }, 'id'));
});
afterAll(async () => {
  await Promise.all([phone?.close(), desk?.close()]);
  await api?.close();
});

it('a township takes photos on a phone, sees them on its task and hands in', async () => {
  const t = phone.context.pages()[0] ?? (await phone.context.newPage());
  const errors = watchErrors(t);
  await signIn(t, api.base, 'lina');
  const card = t.getByTestId('inbox-task').filter({ hasText: '现场核查并拍照取证' });
  // Signed by 李娜, who answers for it (责任人) until the township names someone else.
  await card.getByText('责任人：李娜').waitFor();
  await card.getByTestId('task-responsible').click();
  const who = await modal(t);
  await who.getByTestId('task-responsible-person').click();
  await t.locator('.ant-select-item-option', { hasText: '王博' }).click();
  await submit(t, who, '已变更责任人');
  await card.getByText('责任人：王博').waitFor();
  await card.getByTestId('task-camera').setInputFiles([
    { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await photo('#2f7d4a') },
    { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await photo('#3464a8') },
  ]);
  await t.locator('.ant-message-notice', { hasText: '已附加 2 个文件' }).waitFor();
  await card.getByTestId('task-photo').nth(1).waitFor();
  // The thumbnails arrive through their signed links: loaded, not broken.
  expect(
    await card
      .getByTestId('task-photo')
      .evaluateAll((imgs) =>
        imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0),
      ),
  ).toEqual([true, true]);
  await card.getByTestId('task-handin').click();
  const m = await modal(t);
  await m.locator('#factsFound').fill('河道漂浮物属实，系上游冲下的枯枝');
  await m.locator('#measures').fill('组织人员打捞，现场拍照');
  await m.locator('#result').fill('已清理完毕');
  await submit(t, m, '已交单');
  await screenshot(t, 'evidence-phone', false);
  expect(errors).toEqual([]);
});

it('the centre keeps the post as evidence on the incident, with its readings, and sees the township’s photos', async () => {
  const c = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(c);
  await signIn(c, api.base, 'zhouming');
  await c.goto(`${api.base}/incidents/${incidentId}`);
  const card = c.getByTestId('evidence-card');
  await card.getByText('暂无证据', { exact: false }).waitFor();
  // 原帖截图 is the purpose offered first.
  await card.getByTestId('evidence-file').setInputFiles([
    {
      name: '原帖截图.png',
      mimeType: 'image/png',
      buffer: await sharp({ create: { width: 800, height: 1400, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer(),
    },
  ]);
  await c.locator('.ant-message-notice', { hasText: '已留存 1 个证据文件' }).waitFor();
  await card.getByTestId('evidence-file-link').first().waitFor();
  await card.getByTestId('evidence-capture').click();
  let m = await modal(c);
  await m.locator('#url').fill('https://weibo.com/123456/PqRsTuV');
  await m.locator('#author').fill('河边散步的人');
  await m.locator('#textAsSeen').fill('东湖镇河道全是漂浮物，几个月了没人管！');
  await submit(c, m, '帖文已留存为证据');
  const post = card.getByTestId('captured-post');
  await post.getByText('河边散步的人').waitFor();
  await post.getByText('尚无传播数据', { exact: false }).waitFor();
  await post.getByTestId('evidence-reading').click();
  m = await modal(c);
  await m.locator('#reposts').fill('320');
  await m.locator('#comments').fill('85');
  await m.locator('#views').fill('21000');
  await submit(c, m, '已记录传播数据');
  await post.getByText('转发 320，评论 85，浏览 21000', { exact: false }).waitFor();
  expect(
    await post
      .getByTestId('captured-shot')
      .evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0),
  ).toBe(true);

  // The township's photos on its task, read at the centre.
  await c.getByTestId('task-card').getByTestId('task-photo').nth(1).waitFor();
  expect(errors).toEqual([]);
});
