import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 舆情日报 in the console against the real API: the centre's duty officer sees the day compiled (figures, the
 * incidents reported today), adds the positive publicity and his remarks, and issues it; a second issue asks for the
 * reason of the correction before it goes; the propaganda department's leader opens it on his phone from the link a
 * notification carries, signing in on the way; a township has no such page; a task's link opens in the township's
 * inbox and on the incident's page at the centre. Screenshots daily-report.png (1366×768) and daily-report-phone.png (390×844).
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uidaily');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
});
afterAll(async () => {
  await Promise.all([desk, phone].map((b) => b?.close()));
  await api?.close();
});

const REPORTS = `query L($f: String!, $t: String!) { dailyReports(from: $f, to: $t) {
  id date revision positive remarks correctionReason recipientNames issuedByName figures { newIncidents } } }`;
const bjDay = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);

it('the duty officer issues the day to the propaganda department, corrects it with a reason; its leader reads it', async () => {
  const officer = await login(api.graphql, 'zhouming');
  await listedIncident(api.graphql, officer.token, {
    title: '东湖镇集贸市场占道经营视频',
    grade: 'III',
    discoveredAt: new Date(),
  });
  ok(
    await mutate(
      api.graphql,
      officer.token,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: '网传西山镇自来水发黄',
        discoveredAt: new Date().toISOString(),
      },
      'id',
    ),
  );
  const today = bjDay(Date.now());

  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);
  await signIn(page, api.base, 'zhouming');
  await page.getByTestId('main-menu').getByText('舆情日报').click();
  const card = page.getByTestId('daily-report-issue');
  await card.getByTestId('daily-report-figures').getByText('当日新增').waitFor();
  await card.getByTestId('daily-report-items').getByText('东湖镇集贸市场占道经营视频').waitFor();
  await card.getByTestId('daily-report-items').getByText('网传西山镇自来水发黄').waitFor();
  await card
    .getByLabel('正面宣传（每行一条）')
    .fill('清水发布推送《冬季用水安全提示》，阅读 8,600\n县融媒体中心报道东湖镇市场整治');
  await card.getByLabel('值班员说明').fill('西山镇自来水发黄网帖已请水务公司核实。');
  await screenshot(page, 'daily-report-issue');
  await card.getByTestId('daily-report-submit').click();
  await page.locator('.ant-message-notice', { hasText: '日报已编发并报送' }).waitFor();
  const doc = page.getByTestId('daily-report-doc');
  await doc.getByText('清水县舆情日报').waitFor();
  await doc.getByText('县融媒体中心报道东湖镇市场整治').waitFor();
  await doc.getByText(/报送：清水县委宣传部/).waitFor();
  await page.getByTestId('daily-report-row').first().waitFor();

  const propaganda = await login(api.graphql, 'hegang');
  const read = async () =>
    ok(
      await gql<{ dailyReports: Record<string, unknown>[] }>(
        api.graphql,
        REPORTS,
        { f: today, t: today },
        {
          token: propaganda.token,
        },
      ),
    ).dailyReports;
  expect(await read()).toEqual([
    {
      id: expect.any(String),
      date: today,
      revision: 1,
      positive: ['清水发布推送《冬季用水安全提示》，阅读 8,600', '县融媒体中心报道东湖镇市场整治'],
      remarks: '西山镇自来水发黄网帖已请水务公司核实。',
      correctionReason: null,
      recipientNames: ['清水县委宣传部'],
      issuedByName: '周明',
      figures: { newIncidents: 2 },
    },
  ]);

  // A second issue is a correction: the form says so, starts from what went out, and will not go without a reason.
  await page.getByRole('button', { name: /编发日报/ }).click();
  await card.getByText(/日报已编发（第 1 版）/).waitFor();
  const started = '清水发布推送《冬季用水安全提示》，阅读 8,600\n县融媒体中心报道东湖镇市场整治';
  await until(async () => (await card.getByLabel('正面宣传（每行一条）').inputValue()) === started);
  await card.getByTestId('daily-report-submit').click();
  await card.getByText('请写明更正原因（至少 2 个字）').waitFor();
  expect((await read())[0]).toMatchObject({ revision: 1 });
  await card.getByLabel('值班员说明').fill('西山镇自来水发黄系管网检修所致，已辟谣。');
  // Meanwhile a township reports one more; gathering the figures again shows it and keeps what he has written.
  const township = await login(api.graphql, 'lina');
  ok(
    await mutate(
      api.graphql,
      township.token,
      'reportIncident',
      {
        channel: 'PUBLIC_REPORT',
        platform: 'WECHAT',
        title: '东湖镇家长群反映校车超员',
        discoveredAt: new Date().toISOString(),
      },
      'id',
    ),
  );
  await card.getByRole('button', { name: /重新汇总/ }).click();
  await card.getByTestId('daily-report-items').getByText('东湖镇家长群反映校车超员').waitFor();
  expect(await card.getByLabel('值班员说明').inputValue()).toBe('西山镇自来水发黄系管网检修所致，已辟谣。');
  await card.getByLabel('更正说明').fill('补充西山镇核实结果');
  await card.getByTestId('daily-report-submit').click();
  await page.locator('.ant-message-notice', { hasText: '更正版已编发并报送' }).waitFor();
  await doc.getByText(/第 2 版·更正/).waitFor();
  await doc.getByText('更正说明：补充西山镇核实结果').waitFor();
  await page
    .getByTestId('daily-report-revisions')
    .getByText(/第 1 版 · 周明/)
    .waitFor();
  expect((await read())[0]).toMatchObject({
    revision: 2,
    correctionReason: '补充西山镇核实结果',
    remarks: '西山镇自来水发黄系管网检修所致，已辟谣。',
    figures: { newIncidents: 3 },
  });
  await screenshot(page, 'daily-report');

  // The propaganda department's leader taps the link of the SMS he got (`<base>/#/daily_report/<id>`) on his
  // phone, signs in, and is on the report.
  const p = phone.context.pages()[0] ?? (await phone.context.newPage());
  const phoneErrors = watchErrors(p);
  await p.goto(`${api.base}/`);
  await p.evaluate('localStorage.clear()');
  await p.goto(`${api.base}/#/daily_report/${String((await read())[0].id)}`);
  await p.getByTestId('login-username').fill('hegang');
  await p.getByTestId('login-password').fill('Qingshui@2026');
  await p.getByTestId('login-submit').click();
  await p.getByTestId('daily-report-doc').getByText('西山镇自来水发黄系管网检修所致，已辟谣。').waitFor();
  await p.getByTestId('daily-report-doc').getByText('网传西山镇自来水发黄').waitFor();
  await screenshot(p, 'daily-report-phone');

  // A township has no such page, and the API tells it nothing.
  await signIn(page, api.base, 'lina');
  await page.getByTestId('main-menu').getByText('待办').waitFor();
  expect(await page.getByTestId('main-menu').getByText('舆情日报').count()).toBe(0);
  expect(
    ok(
      await gql<{ dailyReports: unknown[] }>(
        api.graphql,
        REPORTS,
        { f: today, t: today },
        { token: township.token },
      ),
    ).dailyReports,
  ).toEqual([]);

  // A task's link opens in the inbox of the unit it was given to, and on its incident's page for the centre.
  const school = await listedIncident(api.graphql, officer.token, {
    title: '东湖镇校车超员核查',
    grade: 'IV',
    discoveredAt: new Date(),
  });
  const task = ok(
    await mutate<{ id: string }>(
      api.graphql,
      (await login(api.graphql, 'zhouming')).token,
      'dispatchTask',
      { incidentId: school, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实校车载客情况' },
      'id',
    ),
  ).dispatchTask.id;
  await page.goto(`${api.base}/#/task/${task}`);
  await page.getByTestId('inbox-page').getByText('东湖镇校车超员核查').waitFor();
  expect(new URL(page.url()).pathname).toBe('/inbox');
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/#/task/${task}`);
  await page.waitForURL(`${api.base}/incidents/${school}`);
  await page.getByText('东湖镇校车超员核查').first().waitFor();

  // The reminder that yesterday's report was not issued links to that day: the centre's leader lands on its draft.
  const yesterday = bjDay(Date.now() - 86_400_000);
  await signIn(page, api.base, 'zhenghua');
  await page.goto(`${api.base}/#/daily_report/${yesterday}`);
  await page.getByTestId('daily-report-issue').getByText(`北京时间 ${yesterday} 全天汇总`).waitFor();
  expect(await page.getByTestId('daily-report-date').inputValue()).toBe(yesterday);
  expect([...errors, ...phoneErrors]).toEqual([]);
});
