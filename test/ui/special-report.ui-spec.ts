import { demoUnitId } from '@app/demo';
import { gql, login } from '../support/api-fixture';
import { mutate, ok } from '../support/loop-steps';
import { modal, pickUnits, popconfirm, submit, until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 舆情专报 in the console against the real API (seed 004 §三(三)): the centre's handler writes a special report on
 * the land-acquisition incident from its page — the form starts from what the incident knows and is copied to the
 * township holding the task — adds the land bureau, saves and revises the draft; the centre's leader finds it under
 * 舆情专报, reads the draft and signs it off, and it takes the year's first number; the propaganda department's leader
 * opens it on his phone from the link a notification carries, signing in on the way. Every step is checked in the
 * API. Screenshots special-report-draft.png (the form), special-report.png (1366×768) and special-report-phone.png.
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;
let incidentId: string;

const TITLE = '东湖镇柳营村征地补偿款未发放';
const EXCERPT = '网帖称柳营村征地补偿款至今未发放到户，引发村民不满，有村民称将到县里集体上访。';

beforeAll(async () => {
  api = await startConsoleApi('uispecial');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
  // The incident as the centre's duty officer left it: registered, graded III (land acquisition), listed, and
  // its task with the township.
  const officer = (await login(api.graphql, 'zhouming')).token;
  incidentId = ok(
    await mutate<{ id: string }>(
      api.graphql,
      officer,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: TITLE,
        excerpt: EXCERPT,
        urls: ['https://weibo.example/p/90001'],
        spread: { posts: 6, reposts: 412, comments: 130, views: 30000 },
        discoveredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      },
      'id',
    ),
  ).reportIncident.id;
  ok(
    await mutate(
      api.graphql,
      officer,
      'assessIncident',
      {
        incidentId,
        nature: 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: 'LAND_ACQUISITION',
        grade: 'III',
        reasoning: '涉及群众切身利益，转发量快速上升，存在线下聚集风险',
      },
      'id',
    ),
  );
  ok(await mutate(api.graphql, officer, 'listIncident', { incidentId, requirements: '核实并反馈' }, 'id'));
  ok(
    await mutate(
      api.graphql,
      officer,
      'dispatchTask',
      { incidentId, unitId: demoUnitId('donghu'), role: 'LEAD', requirements: '核实补偿款发放并回应群众' },
      'id',
    ),
  );
});
afterAll(async () => {
  await Promise.all([desk, phone].map((b) => b?.close()));
  await api?.close();
});

interface Report {
  id: string;
  status: string;
  year: number | null;
  number: number | null;
  serial: string | null;
  title: string;
  summary: string;
  analysis: string;
  suggestions: string[];
  addressees: string;
  copyUnitIds: string[];
  copyNames: string[];
  draftRevision: number;
  draftedByName: string;
  issuedByName: string | null;
  version: number;
}
const FIELDS = `id status year number serial title summary analysis suggestions addressees copyUnitIds copyNames
  draftRevision draftedByName issuedByName version`;

/** The incident's reports as the centre reads them, or (`county`) all the caller may read. */
async function reports(token: string, county = false): Promise<Report[]> {
  return ok(
    await gql<{ specialReports: Report[] }>(
      api.graphql,
      `query R($i: ID) { specialReports(incidentId: $i) { ${FIELDS} } }`,
      { i: county ? null : incidentId },
      { token },
    ),
  ).specialReports;
}

const ANALYSIS_MORE = '如不及时回应，可能引发村民线下聚集和网上二次炒作，需防范借机煽动。';
const SUGGESTIONS = [
  '由东湖镇牵头，三日内完成剩余 5 户补偿款核查发放，并在村务公开栏公示',
  '清水县自然资源局提供征地补偿政策依据，配合做好解释说明',
  '县融媒体中心适时发布权威信息，回应群众关切',
];

it('the handler writes a special report on the incident, the centre leader signs it off, the propaganda leader reads it on his phone', async () => {
  const wujing = (await login(api.graphql, 'wujing')).token;
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);

  // ---- 县中心 吴静 opens the incident from the list and writes the report.
  await signIn(page, api.base, 'wujing');
  await page.getByTestId('main-menu').getByText('舆情事件').click();
  await page.getByTestId('incident-table').getByText(TITLE).click();
  await page.getByTestId('incident-title').filter({ hasText: TITLE }).waitFor();
  const card = page.getByTestId('special-reports');
  await card.getByText('尚未编写专报', { exact: false }).waitFor();
  await card.getByTestId('special-report-new').click();
  let m = await modal(page);
  // It starts from what the incident's page knows: the title, what happened, the assessment, the township.
  await until(async () => (await m.locator('#title').inputValue()) === `关于${TITLE}的舆情专报`);
  expect(await m.locator('#summary').inputValue()).toContain(EXCERPT);
  expect(await m.locator('#summary').inputValue()).toContain('转发 412 次');
  expect(await m.locator('#summary').inputValue()).toContain('派单东湖镇核查处置');
  expect(await m.locator('#analysis').inputValue()).toContain('该舆情为III级（较大）舆情');
  expect(await m.locator('#addressees').inputValue()).toBe('县委书记，县长，县委常委、宣传部部长');
  const copies = m.locator('.ant-form-item').filter({ hasText: '抄送单位' });
  await copies.locator('.ant-select-selection-item', { hasText: '东湖镇' }).waitFor();
  // Saving without a suggestion is refused in the form, in Chinese.
  await m.locator('.ant-modal-footer .ant-btn-primary').click();
  await m.getByText('请至少填写一条处置建议').waitFor();
  const analysis = m.locator('#analysis');
  await analysis.fill(`${await analysis.inputValue()}${ANALYSIS_MORE}`);
  // Numbered as people type them: the document numbers them itself.
  await m.locator('#suggestions').fill(
    SUGGESTIONS.slice(0, 2)
      .map((s, i) => `${i + 1}. ${s}`)
      .join('\n'),
  );
  await pickUnits(page, m, '抄送单位', ['清水县自然资源局']);
  await copies.locator('.ant-select-selection-item', { hasText: '清水县自然资源局' }).waitFor();
  // The whole form in one picture: a window tall enough for the modal, as on a portrait office screen.
  await page.setViewportSize({ width: 1366, height: 1280 });
  await page.locator('.ant-modal-wrap:visible').evaluate((w) => w.scrollTo(0, 0));
  await screenshot(page, 'special-report-draft', false);
  await page.setViewportSize({ width: 1366, height: 768 });
  await submit(page, m, '专报稿件已保存，待领导签发');
  const item = card.getByTestId('special-report-item');
  await item.getByText('待签发').waitFor();
  await item.getByText(`关于${TITLE}的舆情专报`).waitFor();

  const [saved] = await reports(wujing);
  expect(saved).toMatchObject({
    status: 'DRAFT',
    serial: null,
    number: null,
    title: `关于${TITLE}的舆情专报`,
    suggestions: SUGGESTIONS.slice(0, 2),
    addressees: '县委书记，县长，县委常委、宣传部部长',
    draftRevision: 1,
    draftedByName: '吴静',
    issuedByName: null,
  });
  expect(saved.summary).toContain(EXCERPT);
  expect(saved.analysis).toContain(ANALYSIS_MORE);
  expect([...saved.copyUnitIds].sort()).toEqual([demoUnitId('donghu'), demoUnitId('land-bureau')].sort());
  expect([...saved.copyNames].sort()).toEqual(['东湖镇', '清水县自然资源局'].sort());
  // A draft is the centre's: the propaganda department does not see it yet.
  const hegang = (await login(api.graphql, 'hegang')).token;
  expect(await reports(hegang, true)).toEqual([]);

  // She revises it on top of the version she saw: one more suggestion; the API keeps it as the second draft.
  await item.getByTestId('special-report-edit').click();
  m = await modal(page);
  await until(
    async () => (await m.locator('#suggestions').inputValue()) === SUGGESTIONS.slice(0, 2).join('\n'),
  );
  await m
    .locator('.ant-form-item')
    .filter({ hasText: '抄送单位' })
    .locator('.ant-select-selection-item', { hasText: '清水县自然资源局' })
    .waitFor();
  await m.locator('#suggestions').fill(SUGGESTIONS.join('\n'));
  await submit(page, m, '专报稿件已修改保存');
  await item.getByText('第 2 稿', { exact: false }).waitFor();
  const [revised] = await reports(wujing);
  expect(revised).toMatchObject({
    id: saved.id,
    status: 'DRAFT',
    draftRevision: 2,
    suggestions: SUGGESTIONS,
  });
  expect(revised.version).toBeGreaterThan(saved.version);
  // The handler cannot sign it off: no such button for her.
  expect(await item.getByTestId('special-report-issue').count()).toBe(0);

  // ---- 县中心领导 郑华 finds it under 舆情专报, reads the draft and signs it off.
  await signIn(page, api.base, 'zhenghua');
  await page.getByTestId('main-menu').getByText('专报与快报').click();
  await page.getByTestId('special-report-row').filter({ hasText: '待签发' }).first().click();
  const doc = page.getByTestId('special-report-doc');
  await doc.getByText(SUGGESTIONS[2]).waitFor();
  await doc.getByTestId('special-report-serial').getByText('（待签发）').waitFor();
  await doc.getByText('（二）').waitFor();
  await page.getByTestId('special-report-issue').click();
  const confirm = await popconfirm(page);
  await confirm.getByText(/即送清水县委宣传部、.*东湖镇/).waitFor();
  await screenshot(page, 'special-report-sign-off');
  await confirm.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await page.locator('.ant-message-notice', { hasText: '专报已签发并报送' }).waitFor();

  // The number is the year's first (the year is the API's, in Beijing).
  const [issued] = await reports(wujing);
  expect(issued).toMatchObject({
    id: saved.id,
    status: 'ISSUED',
    number: 1,
    issuedByName: '郑华',
    draftRevision: 2,
  });
  expect(issued.serial).toBe(`${issued.year}年第1期`);
  const serial = issued.serial!;
  await doc.getByTestId('special-report-serial').getByText(serial).waitFor();
  await doc.locator('.special-report-signers').getByText('郑华').waitFor();
  expect(await page.getByTestId('special-report-issue').count()).toBe(0);
  expect(await page.getByTestId('special-report-edit').count()).toBe(0);
  await screenshot(page, 'special-report');

  // Signed off, nothing changes any more.
  const again = await mutate(
    api.graphql,
    wujing,
    'saveSpecialReportDraft',
    {
      id: saved.id,
      incidentId,
      title: issued.title,
      summary: issued.summary,
      analysis: issued.analysis,
      suggestions: ['再改一次'],
      expectedVersion: issued.version,
    },
    'id',
  );
  expect(again.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');

  // It went to the leaders of the propaganda department and of the two units copied; a township not copied reads
  // nothing.
  expect((await reports(hegang, true)).map((r) => r.serial)).toEqual([serial]);
  expect((await reports((await login(api.graphql, 'wangbo')).token, true)).map((r) => r.id)).toEqual([
    saved.id,
  ]);
  const xishan = (await login(api.graphql, 'gaoyang')).token;
  const hidden = await gql(
    api.graphql,
    `query R($id: ID!) { specialReport(id: $id) { id } }`,
    { id: saved.id },
    { token: xishan },
  );
  expect(hidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

  // ---- 宣传部 何刚 taps the link of the SMS he got (`<base>/#/special_report/<id>`) on his phone, signs in,
  // and is on the report; his inbox keeps it on top for the week.
  const p = phone.context.pages()[0] ?? (await phone.context.newPage());
  const phoneErrors = watchErrors(p);
  await p.goto(`${api.base}/`);
  await p.evaluate('localStorage.clear()');
  await p.goto(`${api.base}/#/special_report/${saved.id}`);
  await p.getByTestId('login-username').fill('hegang');
  await p.getByTestId('login-password').fill('Qingshui@2026');
  await p.getByTestId('login-submit').click();
  const phoneDoc = p.getByTestId('special-report-doc');
  await phoneDoc.getByTestId('special-report-serial').getByText(serial).waitFor();
  await phoneDoc.getByText(SUGGESTIONS[0]).waitFor();
  await phoneDoc.getByText('抄送：', { exact: false }).waitFor();
  expect(new URL(p.url()).pathname).toBe(`/special-reports/${saved.id}`);
  expect(await p.getByTestId('special-report-issue').count()).toBe(0);
  await screenshot(p, 'special-report-phone');
  await p.goto(`${api.base}/inbox`);
  await p.getByTestId('inbox-special-reports').getByText(serial).click();
  await p.getByTestId('special-report-doc').getByText(issued.title).waitFor();

  expect([...errors, ...phoneErrors]).toEqual([]);
});
