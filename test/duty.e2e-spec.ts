import { Client } from 'pg';
import { demoUnitId } from '@app/demo';
import { RosterGapWatch } from '@app/duty';
import { ManualClock } from '@app/kernel';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { mutate, ok } from './support/loop-steps';

/**
 * Duty (值班, 000 and 004): the county centre keeps 24-hour duty. Its ADMIN puts people on the roster; the duty
 * officer writes the duty log; anyone at the centre sees who is on duty now and where the next days have holes.
 */
const clock = new ManualClock('2026-10-12T00:30:00.000Z'); // 08:30 Beijing time
let api: ApiFixture;
let admin: Session; // 赵强, county ADMIN
let officer: Session; // 周明, centre duty officer
let leader: Session; // 郑华, centre leader
let handler: Session; // 吴静, centre handler
let townLeader: Session; // 王博, 东湖镇 leader
let township: Session; // 李娜, 东湖镇 handler
let city: Session; // 许明, city office

const centre = demoUnitId('center');
const donghu = demoUnitId('donghu');
const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000).toISOString();

async function signIn(): Promise<void> {
  [admin, officer, leader, handler, townLeader, township, city] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'zhenghua', 'wujing', 'wangbo', 'lina', 'xuming'].map((u) => login(api.url, u)),
  );
}

const SHIFT = 'id userId userName startsAt endsAt post cancelled';
const assign = (s: Session, input: Record<string, unknown>, headers?: Record<string, string>) =>
  mutate<{ id: string; userName: string; post: string }>(
    api.url,
    s.token,
    'assignDutyShift',
    input,
    SHIFT,
    headers,
  );
const onDuty = async (s: Session, unitId = centre) =>
  ok(
    await gql<{ onDutyNow: { userName: string }[] }>(
      api.url,
      `query O($u: ID) { onDutyNow(unitId: $u) { userName } }`,
      { u: unitId },
      { token: s.token },
    ),
  ).onDutyNow.map((x) => x.userName);

beforeAll(async () => {
  api = await startApi({ label: 'duty', clock });
  await signIn();
});
afterAll(() => api.close());

let leaderShift = '';

it('the ADMIN rosters the centre round the clock; who is on duty now follows the clock', async () => {
  const one = ok(
    await assign(
      admin,
      { unitId: centre, userId: officer.userId, startsAt: at(0), endsAt: at(24), note: '白班+夜班' },
      {
        'Idempotency-Key': 'roster-1',
      },
    ),
  ).assignDutyShift;
  // A retried request makes no second shift.
  const again = ok(
    await assign(
      admin,
      { unitId: centre, userId: officer.userId, startsAt: at(0), endsAt: at(24), note: '白班+夜班' },
      {
        'Idempotency-Key': 'roster-1',
      },
    ),
  ).assignDutyShift;
  expect(again.id).toBe(one.id);
  expect(one.post).toBe('OFFICER'); // no post given: a duty officer's shift
  // A leader may stand a duty officer's shift (it covers the 24 hours) or lead one (带班领导, which covers none).
  leaderShift = ok(
    await assign(admin, { unitId: centre, userId: leader.userId, startsAt: at(24), endsAt: at(36) }),
  ).assignDutyShift.id;
  const leading = ok(
    await assign(admin, {
      unitId: centre,
      userId: leader.userId,
      startsAt: at(40),
      endsAt: at(44),
      post: 'LEADING',
    }),
  ).assignDutyShift;
  expect(leading).toMatchObject({ userName: '郑华', post: 'LEADING' });
  expect(await onDuty(handler)).toEqual(['周明']);
  clock.advance(25 * 3_600_000);
  await signIn();
  expect(await onDuty(handler)).toEqual(['郑华']);
});

it('refuses overlapping shifts, people outside the unit and those who do not stand duty, naming why', async () => {
  const overlap = await assign(admin, {
    unitId: centre,
    userId: leader.userId,
    startsAt: at(2),
    endsAt: at(6),
  });
  expect(overlap.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect(overlap.errors?.[0].message).toContain('班次重叠');
  const outsider = await assign(admin, {
    unitId: centre,
    userId: township.userId,
    startsAt: at(20),
    endsAt: at(30),
  });
  expect(outsider.errors?.[0].message).toContain('该人员不属于本单位');
  const notDuty = await assign(admin, {
    unitId: centre,
    userId: handler.userId,
    startsAt: at(20),
    endsAt: at(30),
  });
  expect(notDuty.errors?.[0].message).toContain('只有值班员或带班领导可以值班');
  // The leader on duty (带班领导) is one of the unit's leaders, not a duty officer.
  const notLeader = await assign(admin, {
    unitId: centre,
    userId: officer.userId,
    startsAt: at(40),
    endsAt: at(48),
    post: 'LEADING',
  });
  expect(notLeader.errors?.[0].extensions).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: [expect.objectContaining({ field: 'input.post', message: '带班领导须由单位领导担任' })],
  });
  const tooLong = await assign(admin, {
    unitId: centre,
    userId: officer.userId,
    startsAt: at(20),
    endsAt: at(45),
  });
  expect(tooLong.errors?.[0].message).toContain('一个班次最长 24 小时');
});

it('reports the hours in the next days that nobody covers', async () => {
  // Now: 25 h after the start; 郑华 until +11 h from now; nothing after.
  const gaps = ok(
    await gql<{ dutyRosterGaps: { from: string; to: string; hours: number }[] }>(
      api.url,
      `{ dutyRosterGaps(days: 2) { from to hours } }`,
      {},
      { token: admin.token },
    ),
  ).dutyRosterGaps;
  // 郑华's four hours as 带班领导 (at 15–19 h from now) lie in the gap and do not close it: no duty officer then.
  expect(gaps).toEqual([{ from: at(11), to: at(48), hours: 37 }]);
  ok(await assign(admin, { unitId: centre, userId: officer.userId, startsAt: at(11), endsAt: at(35) }));
  const after = ok(
    await gql<{ dutyRosterGaps: { hours: number }[] }>(
      api.url,
      `{ dutyRosterGaps(days: 2) { hours } }`,
      {},
      {
        token: admin.token,
      },
    ),
  ).dutyRosterGaps;
  expect(after).toEqual([{ hours: 13 }]);
});

it("a gap in the centre's next seven days is reported to its ADMIN, once a day, until the roster is whole", async () => {
  const watch = api.server.app.get(RosterGapWatch);
  const arrivals = async () => {
    const pg = new Client({ connectionString: api.db.ownerUrl });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ data: { kind: string; audience: string; note: { zh: string } } }>(
        `SELECT data FROM es_events WHERE stream_type = 'UnitInbox' AND owning_unit = $1 AND data->>'kind' = 'DUTY_ROSTER_GAP'
          ORDER BY transaction_id, global_position`,
        [centre],
      );
      return rows.map((r) => r.data);
    } finally {
      await pg.end();
    }
  };
  // Not at night: at 01:00 Beijing time the administrators are left to sleep.
  const morning = clock.now();
  clock.set(new Date('2026-10-12T17:00:00.000Z'));
  expect(await watch.checkAll()).toEqual([]);
  clock.set(morning);
  const reports = await watch.checkAll();
  // Days without a 带班领导 too (the page shows them): only 郑华's night of the 14th is a leader's shift.
  const leaderless = ['2026-10-13', '2026-10-15', '2026-10-16', '2026-10-17', '2026-10-18', '2026-10-19'];
  expect(reports).toEqual([
    expect.objectContaining({
      unitId: centre,
      day: '2026-10-13',
      gaps: [{ from: at(35), to: at(7 * 24) }],
      daysWithoutLeader: leaderless,
    }),
  ]);
  expect(await arrivals()).toEqual([
    expect.objectContaining({
      audience: 'ADMINS',
      note: expect.objectContaining({
        zh: '未来 7 天县中心值班表有 1 处空档（共约 133 小时），最早自 10月14日 20:30 起；10月13日、10月15日、10月16日、10月17日、10月18日、10月19日未安排带班领导，请安排值班',
      }),
    }),
  ]);
  // The same day again (another process, another tick): nothing new.
  expect(await watch.checkAll()).toEqual([]);
  expect(await arrivals()).toHaveLength(1);

  // The ADMIN fills the next nine days with duty officers: tomorrow's check finds the hours covered, but no
  // leader on duty from the 15th.
  const start = clock.now().getTime();
  for (let h = 35; h < 9 * 24 + 11; h += 24)
    ok(await assign(admin, { unitId: centre, userId: officer.userId, startsAt: at(h), endsAt: at(h + 24) }));
  const nextDay = async () => {
    clock.set(new Date(clock.now().getTime() + 24 * 3_600_000));
    await signIn();
  };
  await nextDay();
  expect(await watch.checkAll()).toEqual([
    expect.objectContaining({
      day: '2026-10-14',
      gaps: [],
      daysWithoutLeader: ['2026-10-15', '2026-10-16', '2026-10-17', '2026-10-18', '2026-10-19', '2026-10-20'],
    }),
  ]);
  expect((await arrivals()).at(-1)!.note.zh).toBe(
    '10月15日、10月16日、10月17日、10月18日、10月19日、10月20日未安排带班领导，请安排值班',
  );
  // A leader on duty each day from 09:00 (the 15th to the 21st): the day after, nothing to report.
  for (let d = 1; d <= 7; d++)
    ok(
      await assign(admin, {
        unitId: centre,
        userId: leader.userId,
        startsAt: at(d * 24 - 0.5),
        endsAt: at(d * 24 + 7.5),
        post: 'LEADING',
      }),
    );
  await nextDay();
  expect(await watch.checkAll()).toEqual([]);
  expect(await arrivals()).toHaveLength(2);
  clock.set(new Date(start));
  await signIn();
});

it('the duty log keeps what was seen and done, and whether the writer was on duty', async () => {
  const write = (s: Session, kind: string, text: string) =>
    mutate<{ onDuty: boolean; kind: string }>(
      api.url,
      s.token,
      'recordDutyLog',
      { kind, text },
      'onDuty kind userName',
    );
  expect(
    ok(await write(leader, 'OBSERVATION', '微博出现东湖镇征地补偿相关帖文，转发 40 余次')).recordDutyLog,
  ).toMatchObject({
    onDuty: true,
  });
  expect(ok(await write(officer, 'HANDOVER', '交班：征地帖文持续关注')).recordDutyLog.onDuty).toBe(false);
  expect((await write(handler, 'ACTION', '已处理')).errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect((await write(leader, 'ACTION', '   ')).errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  // A line naming something that is not an incident is refused before anything is written, and the platform goes on.
  const strange = await mutate(
    api.url,
    leader.token,
    'recordDutyLog',
    { kind: 'ACTION', text: '关联', incidentId: 'not-an-incident' },
    'onDuty',
  );
  expect(strange.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  const unknown = await mutate(
    api.url,
    leader.token,
    'recordDutyLog',
    { kind: 'ACTION', text: '关联', incidentId: '00000000-0000-4000-8000-000000000000' },
    'onDuty',
  );
  expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  const log = ok(
    await gql<{ dutyLog: { userName: string; kind: string; onDuty: boolean }[] }>(
      api.url,
      `query L($from: DateTime!, $to: DateTime!) { dutyLog(from: $from, to: $to) { userName kind onDuty } }`,
      { from: at(-1), to: at(1) },
      { token: handler.token },
    ),
  ).dutyLog;
  expect(log).toEqual([
    { userName: '郑华', kind: 'OBSERVATION', onDuty: true },
    { userName: '周明', kind: 'HANDOVER', onDuty: false },
  ]);
});

it('a township rosters itself; it neither rosters nor reads the centre; other counties learn nothing', async () => {
  ok(await assign(townLeader, { unitId: donghu, userId: townLeader.userId, startsAt: at(0), endsAt: at(8) }));
  expect(await onDuty(township, donghu)).toEqual(['王博']);
  expect(
    (await assign(townLeader, { unitId: centre, userId: townLeader.userId, startsAt: at(0), endsAt: at(8) }))
      .errors?.[0].extensions.code,
  ).toBe('FORBIDDEN');
  expect(
    (await assign(township, { unitId: donghu, userId: townLeader.userId, startsAt: at(9), endsAt: at(10) }))
      .errors?.[0].extensions.code,
  ).toBe('FORBIDDEN');
  const read = async (s: Session) =>
    (
      await gql(
        api.url,
        `query O($u: ID) { onDutyNow(unitId: $u) { userName } }`,
        { u: centre },
        { token: s.token },
      )
    ).errors?.[0].extensions.code;
  expect(await read(township)).toBe('FORBIDDEN');
  expect(await read(city)).toBe('NOT_FOUND');
});

it('a cancelled shift takes its holder off duty and reopens the gap; it cannot be cancelled twice', async () => {
  const cancel = () =>
    mutate<{ cancelled: boolean }>(
      api.url,
      admin.token,
      'cancelDutyShift',
      { shiftId: leaderShift, reason: '郑华请假' },
      'cancelled',
    );
  expect(ok(await cancel()).cancelDutyShift.cancelled).toBe(true);
  expect(await onDuty(handler)).toEqual([]);
  const gaps = ok(
    await gql<{ dutyRosterGaps: { from: string; to: string }[] }>(
      api.url,
      `{ dutyRosterGaps(days: 1) { from to } }`,
      {},
      {
        token: admin.token,
      },
    ),
  ).dutyRosterGaps;
  expect(gaps[0]).toEqual({ from: at(0), to: at(11) });
  expect((await cancel()).errors?.[0].message).toContain('没有这个有效的班次');
  const nonsense = await mutate(
    api.url,
    admin.token,
    'cancelDutyShift',
    { shiftId: 'x', reason: '排错' },
    'cancelled',
  );
  expect(nonsense.errors?.[0].extensions.code).toBe('NOT_FOUND');
  // And the roster still takes changes: nothing above left a projection stuck.
  ok(await assign(admin, { unitId: centre, userId: leader.userId, startsAt: at(36), endsAt: at(40) }));
});
