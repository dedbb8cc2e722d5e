import { demoUnitId } from '@app/demo';
import { gql, login, Session } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { choose, modal, pick, submit, until } from './support/antd';
import { Browser, launch, screenshot, signIn, watchErrors } from './support/browser';
import { ConsoleApi, startConsoleApi } from './support/console-api';

/**
 * 值班 in the console against the real API: the centre's leader rosters duty officers and himself as leader on duty
 * (from now, and on a usual shift next week, which he then cancels); a shift ending before it starts is refused in
 * Chinese and changes nothing; the duty officer writes a log line naming an incident; those who may not roster see
 * no 排班 button and the API refuses them. Screenshots duty.png (1366×768) and duty-phone.png (390×844).
 */
let api: ConsoleApi;
let desk: Browser;
let phone: Browser;

beforeAll(async () => {
  api = await startConsoleApi('uiduty');
  [desk, phone] = await Promise.all([launch(), launch({ phone: true })]);
});
afterAll(async () => {
  await Promise.all([desk, phone].map((b) => b?.close()));
  await api?.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CENTRE = demoUnitId('center');
/** The Beijing calendar day of an instant, "YYYY-MM-DD". */
const bjDay = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 10);
/** `hm` Beijing time on Beijing day `day` + `plus` days. */
const at = (day: string, hm: string, plus = 0) =>
  new Date(Date.parse(`${day}T${hm}:00+08:00`) + plus * DAY).getTime();

const ROSTER = `query R($u: ID, $f: DateTime!, $t: DateTime!) {
  dutyRoster(unitId: $u, from: $f, to: $t) { id userName startsAt endsAt post note cancelled } }`;
const NOW = `query N($u: ID) { onDutyNow(unitId: $u) { id userName } }`;
const LOG = `query L($u: ID, $f: DateTime!, $t: DateTime!) {
  dutyLog(unitId: $u, from: $f, to: $t) { kind text incidentId onDuty userName } }`;
type Shift = {
  id: string;
  userName: string;
  startsAt: string;
  endsAt: string;
  post: string;
  note: string;
  cancelled: boolean;
};

/** As `username` at `t` (the API's clock moved there for the call, then back to now). */
async function asOf<T>(t: number, username: string, fn: (s: Session) => Promise<T>): Promise<T> {
  api.clock.offsetMs = t - Date.now();
  try {
    return await fn(await login(api.graphql, username));
  } finally {
    api.clock.offsetMs = 0;
  }
}

/**
 * A centre that has kept duty for a while: three duty officers taking 24-hour turns at 08:30 from this Monday to
 * the end of next week, the leader on weekday day shifts this week, and a few lines of log in the last day. Today's
 * turn, and any turn that would cover this moment, is left open: the test's leader fills it through the console.
 * Past shifts are entered with the API's clock moved back to their start (the API refuses to roster more than an
 * hour into the past).
 */
async function keptDuty(officers: string[], today: string): Promise<void> {
  const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  const now = Date.now();
  for (let k = -dow; k < 14 - dow; k++) {
    const start = at(today, '08:30', k);
    if (k !== 0 && !(start <= now && now < start + DAY)) {
      const who = officers[((k % 3) + 3) % 3];
      ok(
        await asOf(Math.min(now, start - 5 * 60_000), 'zhenghua', (s) =>
          mutate(
            api.graphql,
            s.token,
            'assignDutyShift',
            { unitId: CENTRE, userId: who, startsAt: new Date(start), endsAt: new Date(start + DAY) },
            'id',
          ),
        ),
      );
    }
    const weekday = (dow + k) % 7 < 5;
    if (k !== 0 && k < 7 - dow && weekday)
      ok(
        await asOf(Math.min(now, start - 5 * 60_000), 'zhenghua', (s) =>
          mutate(
            api.graphql,
            s.token,
            'assignDutyShift',
            {
              unitId: CENTRE,
              userId: s.userId,
              startsAt: new Date(start),
              endsAt: new Date(start + 9 * HOUR),
              post: 'LEADING',
              note: '带班电话 0571-6000 1234',
            },
            'id',
          ),
        ),
      );
  }
  const lines: [number, string, string][] = [
    [20, 'OBSERVATION', '微博话题"清水县城区停水"阅读量约 3 万，评论集中在停水通知发布晚，已截图留存。'],
    [14, 'ACTION', '已电话告知县水务公司，对方称系管网抢修，18 时前恢复供水，将在官方微博发布说明。'],
    [5, 'HANDOVER', '停水话题热度回落；请下一班继续关注东湖镇征地补偿相关帖文，9 时后向郑华主任报告。'],
  ];
  for (const [hoursAgo, kind, text] of lines)
    ok(
      await asOf(now - hoursAgo * HOUR, 'liuyang', (s) =>
        mutate(api.graphql, s.token, 'recordDutyLog', { kind, text }, 'id'),
      ),
    );
}

it('rosters, cancels and logs duty through the 值班 page; refuses those who may not', async () => {
  const admin = await login(api.graphql, 'zhaoqiang');
  const officers: string[] = [];
  for (const [username, displayName] of [
    ['chenxiao', '陈晓'],
    ['liuyang', '刘洋'],
  ])
    officers.push(
      ok(
        await mutate<{ id: string }>(
          api.graphql,
          admin.token,
          'registerUser',
          {
            unitId: CENTRE,
            username,
            displayName,
            roles: ['DUTY_OFFICER'],
            initialPassword: 'Qingshui@2026',
            passwordTemporary: false, // they record duty-log lines as themselves at once
          },
          'id',
        ),
      ).registerUser.id,
    );
  const zhouming = await login(api.graphql, 'zhouming');
  officers.unshift(zhouming.userId); // today's turn (k = 0) would be 周明's: the leader puts him on from now
  const today = bjDay(Date.now());
  await keptDuty(officers, today);
  const incidentId = await listedIncident(api.graphql, zhouming.token, {
    title: '网传清水县城区某小区二次供水水质浑浊',
    discoveredAt: new Date(),
    grade: 'III',
    field: 'OTHER',
  });
  const leader = await login(api.graphql, 'zhenghua');
  const roster = async (from: number, to: number) =>
    ok(
      await gql<{ dutyRoster: Shift[] }>(
        api.graphql,
        ROSTER,
        { u: CENTRE, f: new Date(from), t: new Date(to) },
        { token: leader.token },
      ),
    ).dutyRoster;
  const fortnight = () => roster(Date.now() - 8 * DAY, Date.now() + 16 * DAY);
  const before = await fortnight();

  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  const errors = watchErrors(page);

  // ---- 郑华 (centre LEADER): today is open; he puts 周明 on from now, and himself as leader on duty.
  await signIn(page, api.base, 'zhenghua');
  await page.getByTestId('main-menu').getByText('值班').click();
  await page.getByTestId('duty-page').waitFor();
  await page
    .getByTestId('duty-gaps')
    .getByText(/县中心未来 7 天有 \d+ 段无人值班/)
    .waitFor();
  await page.getByTestId('duty-now').getByText('此刻无值班员在班').waitFor();
  for (const [person, note] of [
    ['周明', ''],
    ['郑华', '带班电话 0571-6000 1234'],
  ]) {
    await page.getByTestId('duty-assign').click();
    const m = await modal(page);
    await pick(page, m, '值班人员', person);
    await choose(m, '自定时间');
    await m.locator('#startsAt').waitFor();
    if (note) await m.locator('#note').fill(note);
    await submit(page, m, '已排班');
  }
  const now = Date.now();
  const added = (await fortnight()).filter((s) => !before.some((b) => b.id === s.id));
  expect(added.map((s) => s.userName).sort()).toEqual(['周明', '郑华']);
  // Picking the leader made his shift the leader on duty's (带班领导); the officer's stays a duty officer's.
  expect(Object.fromEntries(added.map((s) => [s.userName, s.post]))).toEqual({
    周明: 'OFFICER',
    郑华: 'LEADING',
  });
  for (const s of added) {
    expect(s.cancelled).toBe(false);
    expect(Date.parse(s.startsAt)).toBeLessThanOrEqual(now);
    expect(Date.parse(s.endsAt)).toBeGreaterThan(now + HOUR - 60_000);
  }
  const onDuty = ok(
    await gql<{ onDutyNow: { userName: string }[] }>(
      api.graphql,
      NOW,
      { u: CENTRE },
      { token: leader.token },
    ),
  ).onDutyNow;
  expect(onDuty.map((s) => s.userName)).toEqual(expect.arrayContaining(['周明', '郑华']));
  const duty = page.getByTestId('duty-now');
  await duty.getByTestId('on-duty-person').filter({ hasText: '周明' }).waitFor();
  await duty.getByTestId('on-duty-person').filter({ hasText: '郑华' }).getByText('带班电话').waitFor();

  // A shift ending before it starts: the API's Chinese answer, the form stays open, nothing changes.
  const rosterBefore = await fortnight();
  await page.getByTestId('duty-assign').click();
  let m = await modal(page);
  await pick(page, m, '值班人员', '刘洋');
  await choose(m, '自定时间');
  const day = bjDay(Date.now() + 3 * DAY);
  for (const [field, value] of [
    ['#startsAt', `${day} 20:00`],
    ['#endsAt', `${day} 08:00`],
  ]) {
    await m.locator(field).click();
    await m.locator(field).fill(value);
    await m.locator(field).press('Enter');
  }
  await m.getByTestId('assign-summary').getByText('下班时间早于上班时间').waitFor();
  await m.locator('.ant-modal-footer .ant-btn-primary').click();
  const refusal = page
    .locator('.ant-message-notice-error', { hasText: '填写内容有误' })
    .filter({ hasText: '下班时间须晚于上班时间' });
  await refusal.waitFor();
  // Said once, in words a clerk reads (no field path, no repetition).
  expect((await refusal.innerText()).trim()).toBe('填写内容有误：下班时间须晚于上班时间');
  expect(await m.isVisible()).toBe(true);
  await m
    .locator('.ant-modal-footer .ant-btn')
    .filter({ hasText: /^取\s*消$/ })
    .click();
  await m.waitFor({ state: 'hidden' });
  expect(await fortnight()).toEqual(rosterBefore);

  // Next week: a usual day shift from the day's own 排班 button, then cancelled with a reason.
  await page.getByTestId('duty-next-week').click();
  const monday = bjDay(at(today, '12:00', 7 - ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7)));
  const mondayColumn = page.getByTestId(`duty-day-${monday}`);
  await mondayColumn.getByTestId('shift-chip').first().waitFor(); // the officers' turns already there
  await mondayColumn.getByTestId('duty-assign-day').click();
  m = await modal(page);
  await pick(page, m, '值班人员', '郑华');
  await choose(m, '白班');
  await m.getByTestId('assign-summary').getByText('共 9 小时').waitFor();
  await submit(page, m, '已排班');
  const dayShift = (await roster(at(monday, '00:00'), at(monday, '00:00', 1))).find(
    (s) => s.userName === '郑华',
  )!;
  expect(dayShift).toMatchObject({
    startsAt: new Date(at(monday, '08:30')).toISOString(),
    endsAt: new Date(at(monday, '17:30')).toISOString(),
    cancelled: false,
  });
  await page.locator(`[data-shift-id="${dayShift.id}"]`).click();
  await page.getByTestId('shift-cancel').click();
  m = await modal(page);
  await m.locator('#reason').fill('郑华主任当日赴市里参加会议，另行安排带班');
  await submit(page, m, '班次已取消');
  await page.locator(`[data-shift-id="${dayShift.id}"]`).waitFor({ state: 'detached' });
  expect(
    (await roster(at(monday, '00:00'), at(monday, '00:00', 1))).find((s) => s.id === dayShift.id),
  ).toMatchObject({ cancelled: true });

  // ---- 周明 (centre DUTY_OFFICER): no 排班; a log line naming the incident; the API refuses him the roster.
  await signIn(page, api.base, 'zhouming');
  await page.goto(`${api.base}/duty`);
  await page.getByTestId('duty-log-form').waitFor();
  expect(await page.getByTestId('duty-assign').count()).toBe(0);
  const form = page.getByTestId('duty-log-form');
  await choose(form, '处置情况');
  const text = '已将小区二次供水水质问题转县水务公司核查，要求 2 小时内反馈检测结果。';
  await form.locator('#text').fill(text);
  await pick(page, form, '关联事件', '二次供水水质浑浊');
  await page.getByTestId('duty-log-submit').click();
  await page.locator('.ant-message-notice', { hasText: '已记入值班日志' }).waitFor();
  const line = page.getByTestId('duty-log-line').filter({ hasText: text });
  await line.getByTestId('duty-log-incident').filter({ hasText: '二次供水水质浑浊' }).waitFor();
  const log = ok(
    await gql<{
      dutyLog: { kind: string; text: string; incidentId: string; onDuty: boolean; userName: string }[];
    }>(
      api.graphql,
      LOG,
      { u: CENTRE, f: new Date(Date.now() - DAY), t: new Date(Date.now() + 60_000) },
      { token: zhouming.token },
    ),
  ).dutyLog;
  expect(log.filter((l) => l.userName === '周明')).toEqual([
    { kind: 'ACTION', text, incidentId, onDuty: true, userName: '周明' },
  ]);
  const refused = await mutate(
    api.graphql,
    zhouming.token,
    'assignDutyShift',
    {
      unitId: CENTRE,
      userId: zhouming.userId,
      startsAt: new Date(Date.now() + 5 * DAY),
      endsAt: new Date(Date.now() + 5 * DAY + 8 * HOUR),
    },
    'id',
  );
  expect(refused.errors?.[0].extensions).toMatchObject({
    code: 'FORBIDDEN',
    reason: 'DUTY.MANAGE_NOT_PERMITTED',
  });

  // ---- 李娜 (东湖镇 HANDLER): her unit's page, read only; the API refuses her the roster too.
  await signIn(page, api.base, 'lina');
  await page.getByTestId('main-menu').getByText('值班').click();
  await page.getByTestId('duty-roster').waitFor();
  await page.getByTestId('duty-now').getByText('此刻无值班员在班').waitFor();
  expect(await page.getByTestId('duty-assign').count()).toBe(0);
  expect(await page.getByTestId('duty-log-form').count()).toBe(0);
  expect(await page.getByTestId('duty-unit').count()).toBe(0);
  const lina = await login(api.graphql, 'lina');
  const linaRefused = await mutate(
    api.graphql,
    lina.token,
    'assignDutyShift',
    {
      unitId: demoUnitId('donghu'),
      userId: lina.userId,
      startsAt: new Date(Date.now() + DAY),
      endsAt: new Date(Date.now() + DAY + 8 * HOUR),
    },
    'id',
  );
  expect(linaRefused.errors?.[0].extensions.code).toBe('FORBIDDEN');

  // ---- The duty room's screen, as the leader sees it, at 1366×768.
  await signIn(page, api.base, 'zhenghua');
  await page.goto(`${api.base}/duty`);
  await page.getByTestId('duty-log-line').filter({ hasText: text }).waitFor();
  await page.getByTestId('duty-log-incident').first().filter({ hasText: '二次供水' }).waitFor();
  await until(async () => (await page.getByTestId('shift-chip').count()) >= 7);
  await screenshot(page, 'duty');

  // ---- And on the duty officer's phone.
  const p = phone.context.pages()[0] ?? (await phone.context.newPage());
  const phoneErrors = watchErrors(p);
  await signIn(p, api.base, 'zhouming');
  await p.goto(`${api.base}/duty`);
  await p.getByTestId('duty-now').getByTestId('on-duty-person').filter({ hasText: '周明' }).waitFor();
  await p.getByTestId('duty-log-line').filter({ hasText: text }).waitFor();
  await screenshot(p, 'duty-phone');
  expect([...errors, ...phoneErrors]).toEqual([]);
});
