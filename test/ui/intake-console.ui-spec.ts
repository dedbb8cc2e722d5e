import ExcelJS from 'exceljs';
import { gql, login } from '../support/api-fixture';
import { ok } from '../support/loop-steps';
import { modal, pickIn, popconfirm, submit, until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 舆情线索's console beyond the queue (issue 23): the county administrator 赵强 adds a source, sees its new API key
 * once (the key then works for a push and is not shown again) and saves the column mapping; the duty officer 周明
 * imports a monitoring service's .xlsx export with one bad row — the preview shows that row and why, and the good rows
 * that will import — and the two good rows reach the 待研判 queue; the village 网格员 刘云 on a phone enters an item
 * by hand from the 待办 page and the centre sees it in the queue. Screenshots intake-sources.png, intake-import.png,
 * intake-entry-phone.png.
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;
const SOURCE = '清水商业监测（演示）';

/** A Beijing wall time some hours ago, as a monitoring service's export writes it. */
const bjAgo = (hours: number) =>
  new Date(Date.now() + 8 * 3_600_000 - hours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

async function exportFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('监测结果');
  sheet.addRow(['序号', '链接', '来源平台', '作者', '标题', '正文', '发布时间', '阅读数']);
  sheet.addRow([
    'm-1',
    'https://news.qingshui.example/a/801',
    'NEWS_SITE',
    '清水观察',
    '南坪乡通村公路塌方',
    '南坪乡通村公路一处塌方，车辆绕行，有网友质疑修复进度。',
    bjAgo(3),
    1800,
  ]);
  sheet.addRow([
    'm-2',
    'not-a-link',
    'WEIBO',
    '网友甲',
    '链接写错的一行',
    '这一行的链接无效。',
    bjAgo(2),
    20,
  ]);
  sheet.addRow([
    'm-3',
    'https://news.qingshui.example/a/803',
    'WECHAT',
    '北城发布',
    '北城街道临时停水通知引发抱怨',
    '北城街道临时停水八小时，有居民在群内抱怨未提前通知。',
    bjAgo(1),
    2400,
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  api = await startConsoleApi('uiintakeconsole');
  desk = await launch();
  phone = await launch({ phone: true });
});
afterAll(async () => {
  await desk?.close();
  await phone?.close();
  await api?.close();
});

const queueTitles = async (username: string) =>
  ok(
    await gql<{ intakeQueue: { edges: { node: { title: string; text: string; sourceKind: string } }[] } }>(
      api.graphql,
      `{ intakeQueue(first: 50) { edges { node { title text sourceKind } } } }`,
      {},
      { token: (await login(api.graphql, username)).token },
    ),
  ).intakeQueue.edges.map((e) => e.node);

it('the administrator adds a source, sees its key once, and saves its column mapping', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhaoqiang');
  await page.getByTestId('main-menu').getByText('舆情线索').click();
  await page.getByRole('tab', { name: '线索来源' }).click();
  const card = page.getByTestId('intake-sources');
  await card.getByTestId('intake-source-add').click();
  const add = await modal(page);
  await add.getByTestId('intake-source-name').fill(SOURCE);
  await submit(page, add, '已新增来源');
  const row = card.locator('tr', { hasText: SOURCE });
  await row.getByText('未生成').waitFor();

  // The key: generated on a confirmation, shown once with a warning and a copy button.
  await row.getByTestId('intake-source-rotate').click();
  await (await popconfirm(page)).locator('.ant-btn-primary').click();
  const shown = await modal(page);
  await shown.getByText('密钥只显示这一次').waitFor();
  await shown.locator('.ant-typography-copy').waitFor();
  const key = (await shown.getByTestId('intake-issued-key').innerText()).trim();
  expect(key.length).toBeGreaterThan(20);
  await screenshot(page, 'intake-sources');
  await shown.getByTestId('intake-key-done').click();
  await shown.waitFor({ state: 'hidden' });
  // Once closed it is gone: the list shows its first characters only.
  await row.getByText('已启用').waitFor();
  expect(await page.locator('body').innerText()).not.toContain(key);
  // It is the source's key: a monitoring system pushes with it.
  const pushed = await fetch(`${api.base}/intake/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-intake-key': key },
    body: JSON.stringify({
      items: [
        {
          id: 'push-1',
          url: 'https://bbs.qingshui.example/t/901',
          platform: 'FORUM',
          author: '清水网友',
          title: '东湖镇菜市场占道经营',
          text: '网友反映东湖镇菜市场周边占道经营严重。',
          publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      ],
    }),
  });
  expect(pushed.status).toBe(200);

  // The column mapping its exports are read with.
  await row.getByTestId('intake-source-mapping').click();
  const mapping = await modal(page);
  const columns: [string, string][] = [
    ['id', '序号'],
    ['url', '链接'],
    ['platform', '来源平台'],
    ['author', '作者'],
    ['title', '标题'],
    ['text', '正文'],
    ['publishedAt', '发布时间'],
    ['views', '阅读数'],
  ];
  for (const [field, column] of columns) await mapping.getByTestId(`intake-mapping-${field}`).fill(column);
  await mapping.getByTestId('intake-mapping-save').click();
  await page.locator('.ant-message-notice', { hasText: '已保存列对应关系' }).first().waitFor();
  await row.getByText('已配置 8 列').waitFor();
  expect(errors).toEqual([]);
});

it('the duty officer imports an export: the bad row and why in the preview, the good rows into the queue', async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.getByTestId('main-menu').getByText('舆情线索').click();
  await page.getByRole('tab', { name: '导入' }).click();
  const card = page.getByTestId('intake-import');
  await pickIn(page, card.getByTestId('intake-import-source'), SOURCE);
  // The saved mapping, read-only for the duty officer (the administrator keeps it).
  await card.getByTestId('intake-mapping-view').getByText('来源平台').waitFor();
  await card.locator('input[type=file]').setInputFiles({
    name: '监测导出.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await exportFile(),
  });
  await card.getByTestId('intake-import-file-name').getByText('监测导出.xlsx').waitFor();
  await card.getByTestId('intake-import-preview').click();
  const preview = card.getByTestId('intake-import-preview-result');
  await preview.getByText('共 3 行：可导入 2 行，不能导入 1 行').waitFor();
  const refused = preview.getByTestId('intake-import-refused').locator('tbody tr.ant-table-row');
  expect(await refused.count()).toBe(1);
  expect(await refused.first().innerText()).toMatch(/^3\s+链接：/);
  const accepted = preview.getByTestId('intake-import-accepted');
  await accepted.getByText('南坪乡通村公路塌方').waitFor();
  await accepted.getByText('北城街道临时停水通知引发抱怨').waitFor();
  expect(await accepted.getByText('链接写错的一行').count()).toBe(0);
  await screenshot(page, 'intake-import');

  await card.getByTestId('intake-import-run').click();
  await card.getByTestId('intake-import-result').getByText('新线索 2 条').waitFor();

  // The two good rows wait in the centre's 舆情线索 queue; the bad one does not.
  await page.getByRole('tab', { name: '待研判' }).click();
  const queue = page.getByTestId('intake-queue');
  await queue.getByText('南坪乡通村公路塌方').waitFor();
  await queue.getByText('北城街道临时停水通知引发抱怨').waitFor();
  const titles = (await queueTitles('zhouming')).map((n) => n.title);
  expect(titles).not.toContain('链接写错的一行');
  expect(errors).toEqual([]);
});

it('a village 网格员 on a phone enters an item by hand; the centre sees it in the queue', async () => {
  const page = phone.context.pages()[0] ?? (await phone.context.newPage());
  const errors = watchErrors(page);
  const TEXT = '柳营村村民微信群里有人称村口自来水发浑，多人转发询问。';
  await signIn(page, api.base, 'liuyun');
  await page.goto(`${api.base}/inbox`);
  await page.getByTestId('inbox-enter-intake').click();
  const form = page.getByTestId('intake-entry-form');
  await form.getByTestId('intake-entry-text').fill(TEXT);
  await form.getByTestId('intake-entry-author').fill('柳营村村民群');
  await form.getByTestId('intake-entry-views').fill('300');
  // Nothing wider than the phone's screen.
  const overflow = await page.evaluate(
    '(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)()',
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'intake-entry-phone', false);
  await form.getByTestId('intake-entry-submit').click();
  await page.getByTestId('intake-entry-done').getByText('线索已提交').waitFor();

  // The centre's duty officer finds it in 舆情线索, as 人工录入.
  await until(async () => (await queueTitles('zhouming')).some((n) => n.text === TEXT));
  expect((await queueTitles('zhouming')).find((n) => n.text === TEXT)?.sourceKind).toBe('MANUAL');
  const centre = desk.context.pages()[0];
  await signIn(centre, api.base, 'zhouming');
  await centre.getByTestId('main-menu').getByText('舆情线索').click();
  const row = centre.getByTestId('intake-queue').locator('.ant-list-item', { hasText: TEXT });
  await row.getByText('人工录入（刘云）').waitFor();
  expect(errors).toEqual([]);
});
