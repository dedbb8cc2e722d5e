import { login } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';
import { menu, modal, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 乡镇自行处置 in the console (issue 19; 000 §三, 001 §三): a village reports up; the township, on a phone, takes it up
 * and grades it itself from the incident's page; the county centre sees who handles it and takes it over.
 */
let api: ConsoleApi;
let township: Browser;
let centre: Browser;
const TITLE = '柳营村村道塌陷视频在微信群传播';

beforeAll(async () => {
  api = await startConsoleApi('uilocal');
  [township, centre] = await Promise.all([launch({ phone: true }), launch()]);
});
afterAll(async () => {
  await Promise.all([township?.close(), centre?.close()]);
  await api?.close();
});

it('lets the township take up its village’s report and the centre take it over', async () => {
  const village = (await login(api.graphql, 'liuyun')).token;
  const { id } = ok(
    await mutate<{ id: string }>(
      api.graphql,
      village,
      'reportIncident',
      {
        channel: 'UNIT_REPORT',
        platform: 'WECHAT',
        title: TITLE,
        urls: ['https://wechat.example/g/1'],
        discoveredAt: new Date(Date.now() - 1_800_000).toISOString(),
        confidential: false,
      },
      'id',
    ),
  ).reportIncident;

  // ---- 李娜, 东湖镇, on a phone.
  const t = township.context.pages()[0] ?? (await township.context.newPage());
  const tErrors = watchErrors(t);
  await signIn(t, api.base, 'lina');
  await t.goto(`${api.base}/incidents/${id}`);
  await t.getByTestId('incident-title').getByText(TITLE).waitFor();
  await t.getByRole('button', { name: '乡镇自行处置' }).click();
  const m = await modal(t);
  await m.getByText('限一般 IV 级', { exact: false }).waitFor();
  await submit(t, m, '已转为本乡镇自行处置');
  await t.getByTestId('local-handling').getByText('东湖镇自行处置').waitFor();
  await t.getByRole('button', { name: '研 判' }).waitFor();
  await menu(t, t.getByTestId('action-more'), '补充情况');
  const sup = await modal(t);
  await sup.locator('textarea').fill('经镇村干部现场核实，塌陷长约3米，已设置警示');
  await submit(t, sup, '已补充情况');
  await t.getByTestId('timeline').getByText('补充情况：经镇村干部现场核实', { exact: false }).waitFor();
  await screenshot(t, 'township-local-phone');

  // ---- 吴静, the county centre: sees who handles it, and takes it over.
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  const cErrors = watchErrors(c);
  await signIn(c, api.base, 'wujing');
  await c.goto(`${api.base}/incidents/${id}`);
  await c.getByTestId('local-handling').getByText('东湖镇自行处置').waitFor();
  await menu(c, c.getByTestId('action-more'), '县中心接管');
  const r = await modal(c);
  await r.locator('textarea').fill('视频转发量上升，县中心接管');
  await submit(c, r, '县中心已接管');
  await c.getByTestId('local-handling').waitFor({ state: 'detached' });
  await c.getByTestId('timeline').getByText('县中心接管（原由东湖镇自行处置）', { exact: false }).waitFor();

  // The township's page no longer offers it 研判.
  await t.reload();
  await t.getByTestId('incident-title').getByText(TITLE).waitFor();
  await t.getByTestId('timeline').getByText('县中心接管', { exact: false }).waitFor();
  expect(await t.getByRole('button', { name: '研 判' }).count()).toBe(0);
  expect([...tErrors, ...cErrors]).toEqual([]);
});
