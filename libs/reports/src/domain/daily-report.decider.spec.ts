import { actingAs, deciderSpec } from '@test/given-when-then';
import { dailyReportIssue } from './reports.fixtures';
import {
  DailyReportEvent,
  dailyReportDecider,
  IssueDailyReport,
  isCalendarDay,
} from './daily-report.decider';

/** 周明 of the centre, at 07:00 on 2026-12-03 in Beijing: "today" comes from the context's time. */
const context = { ...actingAs('u1', 'centre', new Date('2026-12-02T23:00:00Z')), actorName: '周明' };

const issue = (over: Partial<IssueDailyReport['report']> = {}, correctionReason?: string) =>
  dailyReportIssue(context, over, correctionReason);

const { given } = deciderSpec(dailyReportDecider);
/** The first issue of the day, as decided (the stream a correction is given). */
const first = (): DailyReportEvent[] => {
  let events: DailyReportEvent[] = [];
  given()
    .when(issue())
    .then((decided) => (events = decided));
  return events;
};

it('the first issue is revision 1, with the positive lines trimmed and blank ones dropped, signed by the actor', () => {
  given()
    .when(issue())
    .then(([e]) =>
      expect(e.data).toMatchObject({
        revision: 1,
        positive: ['清水发布推送冬季供暖保障措施，阅读 1.2 万'],
        remarks: '无',
        correctionReason: null,
        issuedBy: 'u1',
        issuedByName: '周明',
        at: '2026-12-02T23:00:00.000Z',
      }),
    );
});

it('a second issue of the same day is refused unless it says why (it is a correction), then is revision 2', () => {
  const again = given(first()).when(issue()).thenThrows('DAILY_REPORT.ALREADY_ISSUED');
  expect(again.code).toBe('INVALID_TRANSITION');
  expect(again.localized.zh).toContain('2026-12-02 的舆情日报已编发（第 1 版）');
  given(first()).when(issue({}, '改')).thenThrows('INPUT.INVALID', ['input.correctionReason']);
  given(first())
    .when(issue({ remarks: '东湖镇数字更正' }, ' 东湖镇工单数有误 '))
    .then(([corrected]) =>
      expect(corrected.data).toMatchObject({ revision: 2, correctionReason: '东湖镇工单数有误' }),
    );
});

it('a correction reason on a first issue is refused: there is nothing to correct', () => {
  given().when(issue({}, '更正一下')).thenThrows('INPUT.INVALID', ['input.correctionReason']);
});

it.each([
  ['2026-12-04', '不能为以后的日期'],
  ['2026-10-31', '只能编发 31 天内的日报'],
  ['2026-02-30', '日期须为 YYYY-MM-DD'],
  ['12/02', '日期须为 YYYY-MM-DD'],
])('the day %s is refused (%s)', (date, zh) => {
  const err = given().when(issue({ date })).thenThrows('INPUT.INVALID', ['input.date']);
  expect(err.localized.zh).toContain(zh);
});

it('today and 31 days back may be reported on', () => {
  given()
    .when(issue({ date: '2026-12-03' }))
    .then((e) => expect(e).toHaveLength(1));
  given()
    .when(issue({ date: '2026-11-02' }))
    .then((e) => expect(e).toHaveLength(1));
});

it('refuses more than 20 positive lines, a line over 500 characters and remarks over 2,000', () => {
  const positive = Array.from({ length: 21 }, (_, i) => `第${i}条`);
  const many = given().when(issue({ positive })).thenThrows('INPUT.INVALID');
  expect(many.localized.zh).toContain('不能超过 20 项');
  const long = given()
    .when(issue({ positive: ['长'.repeat(501)] }))
    .thenThrows('INPUT.INVALID');
  expect(long.localized.zh).toContain('input.positive[0]：不能超过 500 个字');
  const remarks = given()
    .when(issue({ remarks: '说'.repeat(2001) }))
    .thenThrows('INPUT.INVALID');
  expect(remarks.localized.zh).toContain('input.remarks：不能超过 2000 个字');
});

it('knows a calendar day', () => {
  expect(isCalendarDay('2028-02-29')).toBe(true);
  expect(isCalendarDay('2026-02-29')).toBe(false);
  expect(isCalendarDay('2026-1-01')).toBe(false);
});
