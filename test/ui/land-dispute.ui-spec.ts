import { readFileSync } from 'node:fs';
import { AuditService, verifyBundle } from '@app/audit';
import { gql, login } from '../support/api-fixture';
import { choose, modal, pick, pickUnits, strikeOff, submit, until } from './support/antd';
import { backfill } from './support/backfill';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * The county land-acquisition scenario (seed 004, as in test/scenario-land-dispute.e2e-spec.ts), played through the
 * web console against the real API: the centre registers, grades, warns, sends the risk letter, lists and
 * dispatches; the township signs and hands in from a phone; the centre strikes the task off; the auditor replays
 * the history. Screenshots go to test/ui/screenshots/.
 */
let api: ConsoleApi;
let centre: Browser;
let township: Browser;
let auditor: Browser;
const errors: string[] = [];

beforeAll(async () => {
  api = await startConsoleApi('ui');
  await backfill(api, 45);
  [centre, township, auditor] = await Promise.all([launch(), launch({ phone: true }), launch()]);
});
afterAll(async () => {
  await Promise.all([centre, township, auditor].map((b) => b?.close()));
  await api?.close();
});

const TITLE = '东湖镇柳营村征地补偿款未发放';

it('plays the land-acquisition scenario across the centre, a township on a phone and the auditor', async () => {
  // ---- 县中心 周明: a wrong password is told in Chinese; then the dashboard.
  const c = centre.context.pages()[0] ?? (await centre.context.newPage());
  errors.push(...watchErrors(c));
  await c.goto(`${api.base}/`);
  await c.getByTestId('login-username').fill('zhouming');
  await c.getByTestId('login-password').fill('wrong-password-1');
  await c.getByTestId('login-submit').click();
  await c.getByTestId('login-error').filter({ hasText: '用户名或密码错误' }).waitFor();
  await signIn(c, api.base, 'zhouming');
  await c.getByTestId('dashboard').waitFor();
  await c.getByTestId('trend-chart').locator('canvas').waitFor();

  // 1. 登记
  await c.getByTestId('main-menu').getByText('舆情事件').click();
  await c.getByTestId('report-open').click();
  let m = await modal(c);
  await m.locator('#title').fill(TITLE);
  await m.locator('#excerpt').fill('网帖称柳营村征地补偿款至今未发放到户，引发村民不满。');
  await m.locator('#url').fill('https://weibo.example/p/90001');
  await m.locator('#reposts').fill('412');
  await m.locator('#comments').fill('130');
  await m.locator('#views').fill('30000');
  await submit(c, m, '已登记舆情');
  await c.getByTestId('incident-detail').waitFor();
  await c.getByTestId('incident-title').filter({ hasText: TITLE }).waitFor();
  const incidentId = c.url().split('/').pop()!;

  // 2. 研判 III
  await c.getByTestId('action-assess').click();
  m = await modal(c);
  await choose(m, 'III级 较大');
  await pick(c, m, '领域', '征地拆迁');
  await m.locator('#indicators').fill('转发 412');
  await m.locator('#reasoning').fill('涉及群众切身利益，敏感度较高');
  await submit(c, m, '研判已保存');

  // 3. 预警
  await c.getByTestId('action-warn').click();
  m = await modal(c);
  await m.locator('#object').fill('东湖镇征地补偿');
  await m.locator('#scope').fill('东湖镇及周边村');
  await m.locator('#matters').fill('补偿款发放');
  await m.locator('#measures').fill('核实情况，依法依规回应');
  await submit(c, m, '预警已发布');

  // 4. 一函 — the township and the land bureau
  await c.getByTestId('action-letter').click();
  m = await modal(c);
  await pickUnits(c, m, '收函单位', ['东湖镇', '清水县自然资源局']);
  await m.locator('#risk').fill('补偿款发放滞后可能引发集中炒作');
  await m.locator('#scope').fill('东湖镇柳营村');
  await m.locator('#watchPoints').fill('村民聚集、网上二次传播');
  await m.locator('#requestedMeasures').fill('立即核实发放情况，做好解释疏导');
  await submit(c, m, '提示函已发送');
  await c.getByTestId('letters').getByText('东湖镇 未签收').waitFor();

  // 5. 列单, 6. 派单 — LEAD to the township (submitted with a double click: one task), SUPPORT to the bureau
  await c.getByTestId('action-list').click();
  await submit(c, await modal(c), '已列单');
  await c.getByTestId('action-dispatch').click();
  m = await modal(c);
  await m.getByText('按本县时限规定：III级 12 小时内书面反馈').waitFor();
  await pickUnits(c, m, '承办单位', ['东湖镇']);
  await m.locator('#requirements').fill('核实补偿款发放并回应群众');
  await submit(c, m, '已派单给东湖镇', true);
  await c.getByTestId('action-dispatch').click();
  m = await modal(c);
  await pickUnits(c, m, '承办单位', ['清水县自然资源局']);
  await choose(m, '协办');
  await m.locator('#requirements').fill('提供征地补偿政策依据');
  await submit(c, m, '已派单给清水县自然资源局');
  await c.getByTestId('task-board').getByTestId('task-card').nth(1).waitFor();

  const centreSession = await login(api.graphql, 'zhouming');
  const tasks = await gql<{ incident: { tasks: { role: string; status: string }[] } }>(
    api.graphql,
    `query I($id: ID!) { incident(id: $id) { tasks { role status } } }`,
    { id: incidentId },
    { token: centreSession.token },
  );
  // The double click dispatched one task, not two.
  expect(tasks.data!.incident.tasks.map((t) => [t.role, t.status])).toEqual([
    ['LEAD', 'DISPATCHED'],
    ['SUPPORT', 'DISPATCHED'],
  ]);

  // ---- 东湖镇 李娜, on a phone: the inbox lists the letter and the task.
  const t = township.context.pages()[0] ?? (await township.context.newPage());
  errors.push(...watchErrors(t));
  await signIn(t, api.base, 'lina');
  await t.getByTestId('inbox-page').waitFor();
  await t.getByTestId('inbox-task').filter({ hasText: TITLE }).waitFor();
  await t.getByTestId('inbox-letter').first().waitFor();
  await screenshot(t, 'township-inbox-phone');

  await t.getByTestId('letter-sign').first().click();
  await t.locator('.ant-message-notice', { hasText: '已签收提示函' }).waitFor();
  const task = t.getByTestId('inbox-task').filter({ hasText: TITLE });
  await task.getByTestId('task-sign').click();
  await t.locator('.ant-message-notice', { hasText: '已签收工单' }).waitFor();
  await task.getByTestId('task-progress').click();
  m = await modal(t);
  await m.locator('#online').fill('在网帖下发布情况说明');
  await m.locator('#offline').fill('入户核实发放名单');
  await m.locator('#note').fill('已发放 32 户，余 5 户待核');
  await submit(t, m, '已报送进展');

  // The centre hears the hand-in live (inbox subscription): a notification and a higher badge.
  const badge = c.getByTestId('inbox-badge').locator('.ant-scroll-number');
  const before = Number((await badge.getAttribute('title')) ?? '0');
  await task.getByTestId('task-handin').click();
  m = await modal(t);
  await m.locator('#factsFound').fill('补偿款已拨付镇财政，5 户因手续不全未发放');
  await m.locator('#measures').fill('补办手续并当场发放');
  await m.locator('#result').fill('已全部发放到户');
  await m.locator('#evidence').fill('发放签收表\n村民座谈记录');
  await submit(t, m, '已交单');
  await c.locator('.ant-notification-notice', { hasText: '已交单' }).first().waitFor();
  await until(async () => Number((await badge.getAttribute('title')) ?? '0') > before);

  // ---- 县中心: the detail page is live; send the hand-in back once for rework (as in the seeds' scenario).
  const lead = c.getByTestId('task-card').filter({ hasText: '东湖镇' });
  await lead.getByTestId('task-review').click();
  m = await modal(c);
  // The reviewer reads what was handed in — the written feedback in full and the progress before it — and no
  // verdict is chosen for them.
  await m.getByTestId('review-handin').getByText('补办手续并当场发放').waitFor();
  await m.getByTestId('review-handin').getByText('已发放 32 户，余 5 户待核', { exact: false }).waitFor();
  expect(await m.locator('.ant-radio-button-wrapper-checked').count()).toBe(0);
  await choose(m, '退回重办');
  await m.locator('#reason').fill('请补充发放凭证和群众反馈');
  await submit(c, m, '已退回重办');
  await lead.getByText('返工 1').waitFor();

  // 东湖镇 sees it back in its inbox (live) with the reviewer's reason, and hands in again from its first answers
  // (pre-filled, not retyped) with more evidence.
  await task.getByText('退回重办').first().waitFor();
  await task.getByTestId('rework-reason').getByText('退回理由：请补充发放凭证和群众反馈').waitFor();
  await lead.getByTestId('rework-reason').getByText('请补充发放凭证和群众反馈').waitFor();
  await task.getByTestId('task-handin').click();
  m = await modal(t);
  expect(await m.locator('#factsFound').inputValue()).toBe('补偿款已拨付镇财政，5 户因手续不全未发放');
  expect(await m.locator('#evidence').inputValue()).toBe('发放签收表\n村民座谈记录');
  await m.locator('#measures').fill('补办手续并当场发放，召开村民座谈会');
  await m.locator('#result').fill('已全部发放到户，村民表示满意');
  await m.locator('#evidence').fill('发放签收表\n村民座谈记录\n银行转账凭证');
  await submit(t, m, '已交单');

  // 县中心 strikes it off.
  await lead.getByTestId('task-review').click();
  await strikeOff(c);
  await c.getByTestId('task-board').getByText('已销号').first().waitFor();
  await c
    .getByTestId('letters')
    .getByText(/东湖镇 已签收/)
    .waitFor();
  await screenshot(c, 'incident-detail');
  await c.getByTestId('main-menu').getByText('工作台').click();
  await c.getByTestId('dashboard').getByText(TITLE).first().waitFor();
  await c.getByTestId('rate-chart').locator('canvas').waitFor();
  await c.waitForTimeout(800); // charts animate in
  await screenshot(c, 'dashboard');

  // ---- 审计 钱军: find the incident, replay it, check compliance and the record's integrity.
  const a = auditor.context.pages()[0] ?? (await auditor.context.newPage());
  errors.push(...watchErrors(a));
  await signIn(a, api.base, 'qianjun');
  await a.getByTestId('audit-finder').waitFor();
  const search = a.getByPlaceholder('按标题、摘要查找事件');
  await search.fill('征地补偿');
  await search.press('Enter');
  await a.locator('.ant-table-row', { hasText: TITLE }).click();
  await a.getByTestId('audit-replay').waitFor();
  await a
    .getByTestId('audit-verify')
    .getByText(/未发现问题|核验无误/)
    .waitFor();
  await a.getByTestId('audit-compliance').getByText('按时').first().waitFor();
  // Back to the moment the township signed for its task: the state then, from the log.
  await a.getByTestId('audit-history').locator('.hist', { hasText: '东湖镇 李娜 签收工单' }).click();
  await a.getByTestId('as-of').getByText('处置中').waitFor();
  await a
    .getByTestId('audit-slider')
    .locator('.ant-table-row', { hasText: '东湖镇' })
    .getByText('已签收')
    .waitFor();
  await screenshot(a, 'auditor-timeline');

  // 导出签名包: the browser saves the signed bundle, which the offline verifier accepts against the published key.
  const [download] = await Promise.all([
    a.waitForEvent('download'),
    a.getByTestId('bundle-download').click(),
  ]);
  // Named by the incident's title and the Beijing date and minute (issue 20 §8).
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${TITLE}-审计包-\\d{8}-\\d{4}\\.bundle\\.json$`));
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as { incidentId: string };
  const report = verifyBundle(bundle, {
    trustedKeyPem: api.server.app.get(AuditService).publicKey().publicKeyPem,
  });
  expect(report).toMatchObject({ ok: true, incidentId, unsealedEvents: 0 });
  await a.getByTestId('bundle-result').getByText(`${report.eventsChecked} 条事件`).waitFor();

  expect(errors).toEqual([]);
});
