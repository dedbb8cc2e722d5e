import { Client } from 'pg';
import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';
import { ok } from './support/loop-steps';

/**
 * The county's holiday calendar (法定节假日与调休): shipped for 2025 (verified) and 2026 (to be checked), and loaded by
 * the county ADMIN for the years it names — an event on the county's stream; a wrong file is refused whole.
 */
let api: ApiFixture;
let owner: Client;
let admin: Session; // 赵强, county ADMIN
let township: Session; // 李娜, 东湖镇

const CALENDAR = `{ holidayCalendar { workingHours years { year source verified loadedByCounty holidays { name from to } makeUpWorkdays } } }`;
const LOAD = `mutation L($i: LoadHolidayCalendarInput!) { loadHolidayCalendar(input: $i) { years { year verified loadedByCounty makeUpWorkdays } } }`;

type Year = {
  year: number;
  source: string;
  verified: boolean;
  loadedByCounty: boolean;
  holidays: { name: string; from: string; to: string }[];
  makeUpWorkdays: string[];
};

const file = (years: Record<string, unknown>) =>
  JSON.stringify({
    format: 'yuqing-holiday-calendar/1',
    timeZone: 'Asia/Shanghai',
    workingHours: [
      ['08:30', '12:00'],
      ['14:00', '17:30'],
    ],
    years,
  });

const year2027 = {
  source: '国务院办公厅关于2027年部分节假日安排的通知',
  verified: true,
  holidays: [{ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }],
  makeUpWorkdays: ['2027-09-26', '2027-10-09'],
};

beforeAll(async () => {
  api = await startApi({ label: 'calendar' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  [admin, township] = await Promise.all(['zhaoqiang', 'lina'].map((u) => login(api.url, u)));
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const years = async (s: Session) =>
  ok(
    await gql<{ holidayCalendar: { workingHours: string[]; years: Year[] } }>(
      api.url,
      CALENDAR,
      {},
      { token: s.token },
    ),
  ).holidayCalendar;

it('everyone in the county sees the shipped calendar and office hours until the county loads its own', async () => {
  const cal = await years(township);
  expect(cal.workingHours).toEqual(['08:30–12:00', '14:00–17:30']);
  const y2025 = cal.years.find((y) => y.year === 2025)!;
  expect(y2025).toMatchObject({ verified: true, loadedByCounty: false });
  expect(y2025.holidays).toContainEqual({ name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' });
  expect(y2025.makeUpWorkdays).toEqual(expect.arrayContaining(['2025-09-28', '2025-10-11']));
  expect(cal.years.find((y) => y.year === 2026)).toMatchObject({ verified: false, loadedByCounty: false });
});

it('the county ADMIN loads next year, and corrects a year, as events on the county stream', async () => {
  ok(await gql(api.url, LOAD, { i: { calendar: file({ '2027': year2027 }) } }, { token: admin.token }));
  const shipped2026 = (await years(admin)).years.find((y) => y.year === 2026)!;
  const body = {
    source: shipped2026.source,
    verified: true,
    holidays: shipped2026.holidays,
    makeUpWorkdays: shipped2026.makeUpWorkdays,
  };
  const loaded = ok(
    await gql<{ loadHolidayCalendar: { years: Year[] } }>(
      api.url,
      LOAD,
      { i: { calendar: file({ '2026': body }) } },
      { token: admin.token },
    ),
  ).loadHolidayCalendar.years;
  expect(loaded.map((y) => [y.year, y.verified, y.loadedByCounty])).toEqual([
    [2025, true, false],
    [2026, true, true],
    [2027, true, true],
  ]);
  // The township reads the same calendar.
  expect((await years(township)).years.find((y) => y.year === 2027)!.makeUpWorkdays).toEqual([
    '2027-09-26',
    '2027-10-09',
  ]);
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM es_events WHERE event_type = 'HolidayCalendarLoaded'`,
  );
  expect(rows[0].n).toBe(2);
});

it('a wrong calendar is refused whole, every problem named, and changes nothing', async () => {
  const before = await years(admin);
  const clash = await gql(
    api.url,
    LOAD,
    {
      i: {
        calendar: file({
          '2028': {
            source: 'x',
            holidays: [{ name: '国庆节', from: '2028-10-01', to: '2028-10-07' }],
            makeUpWorkdays: ['2028-10-03', '2028-02-30'],
          },
        }),
      },
    },
    { token: admin.token },
  );
  expect(clash.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect(clash.errors?.[0].message).toContain('2028-10-03 既是假日又是调休上班日');
  expect(clash.errors?.[0].message).toContain('调休上班日 2028-02-30 不是 2028 年安排内的日期');
  expect(clash.errors?.[0].extensions.fields).toContainEqual({
    field: 'years.2028.makeUpWorkdays.0',
    message: '2028-10-03 既是假日又是调休上班日',
    messageEn: '2028-10-03 is both a holiday and a make-up working day',
  });
  const notJson = await gql(api.url, LOAD, { i: { calendar: '{ 国庆' } }, { token: admin.token });
  expect(notJson.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
  expect(await years(admin)).toEqual(before);
});

it('only the county ADMIN may load one', async () => {
  const r = await gql(
    api.url,
    LOAD,
    { i: { calendar: file({ '2027': year2027 }) } },
    { token: township.token },
  );
  expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
});
