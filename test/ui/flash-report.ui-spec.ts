import { TimerService } from '@app/timers';
import { login } from '../support/api-fixture';
import { listedIncident } from '../support/loop-steps';
import { modal, popconfirm, submit } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 舆情快报 in the console (issue 19; 002 重大舆情: 第一时间形成舆情快报，直报领导): a grade-II incident makes the
 * platform pre-fill a 快报; the centre's leader finds it on the incident's page, completes 传播情况 and signs it off;
 * the 分管副县长 reads it on a phone from his 待阅, laid out in its five parts.
 */
let api: ConsoleApi;
let centre: Browser;
let leader: Browser;
const TITLE = '网传南湾村征地补偿款未到位';

beforeAll(async () => {
  api = await startConsoleApi('uiflash');
  [centre, leader] = await Promise.all([launch(), launch({ phone: true })]);
});
afterAll(async () => {
  await Promise.all([centre?.close(), leader?.close()]);
  await api?.close();
});

it('a pre-filled 快报 is completed and signed off at the centre, and read by the leader in charge on a phone', async () => {
  const handler = (await login(api.graphql, 'wujing')).token;
  const incidentId = await listedIncident(api.graphql, handler, {
    title: TITLE,
    grade: 'II',
    field: 'LAND_ACQUISITION',
    discoveredAt: new Date(Date.now() - 3_600_000),
  });
  await api.server.app.get(TimerService).fireDue();

  // ---- 郑华, the centre's leader: the platform's draft on the incident's page, completed and signed off.
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  const cErrors = watchErrors(c);
  await signIn(c, api.base, 'zhenghua');
  await c.goto(`${api.base}/incidents/${incidentId}`);
  const item = c.getByTestId('special-report-item').filter({ hasText: `关于“${TITLE}”的舆情快报` });
  await item.getByText('平台预填').waitFor();
  await item.getByTestId('report-kind-tag').getByText('快报').waitFor();
  await item.getByTestId('special-report-edit').click();
  const m = await modal(c);
  await m.getByText('二、传播情况').waitFor();
  await m.getByText('本稿由平台根据事件记录预填').waitFor();
  const spread = m.locator('#spread');
  await spread.fill('微博话题两小时阅读量超过 30 万，本地公众号两篇转载。');
  await m.locator('#measuresTaken').fill('已列入处置清单（列单）\n已约谈南湾村村委会');
  await submit(c, m, '舆情快报稿件已修改保存');
  await item.getByTestId('special-report-issue').click();
  const confirm = await popconfirm(c);
  await confirm.getByText(/即送分管县领导、县主要领导.*市委网信办/).waitFor();
  await confirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await c.locator('.ant-message-notice', { hasText: '快报已签发并报送' }).waitFor();
  await item
    .locator('.special-report-serial-tag')
    .getByText(/年第1期/)
    .waitFor();
  await item
    .getByText(/发\s*文/)
    .first()
    .waitFor();

  // ---- 宋健, 分管副县长 (征地拆迁), on a phone: it waits to be read, and opens as the paper.
  const l = leader.context.pages()[0] ?? (await leader.context.newPage());
  const lErrors = watchErrors(l);
  await signIn(l, api.base, 'songjian');
  await l.goto(`${api.base}/inbox`);
  const arrival = l.getByTestId('inbox-arrival').filter({ hasText: '舆情快报' });
  await arrival.getByText(/《舆情快报》\d{4}年第1期/).waitFor();
  await arrival.locator('a.inbox-title').click();
  const doc = l.getByTestId('special-report-doc');
  await doc.locator('.special-report-masthead').getByText('舆情快报').waitFor();
  for (const part of ['一、事件概况', '二、传播情况', '三、研判分析', '四、已采取措施', '五、下步建议'])
    await doc.getByText(part).waitFor();
  await doc.getByText('已约谈南湾村村委会').waitFor();
  await doc.getByText(/阅读量超过 30 万/).waitFor();
  await screenshot(l, 'flash-report-phone');
  expect(cErrors).toEqual([]);
  expect(lErrors).toEqual([]);
});
