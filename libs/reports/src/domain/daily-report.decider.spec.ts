import { AppError } from '@app/kernel';
import {
  DailyReportEvent,
  dailyReportDecider,
  IssueDailyReport,
  isCalendarDay,
} from './daily-report.decider';

const issue = (
  over: Partial<IssueDailyReport['report']> = {},
  correctionReason?: string,
): IssueDailyReport => ({
  type: 'IssueDailyReport',
  today: '2026-12-03',
  correctionReason,
  report: {
    reportId: 'r1',
    unitId: 'centre',
    countyId: 'county',
    date: '2026-12-02',
    figures: {
      newIncidents: 1,
      newByGrade: { I: 0, II: 0, III: 1, IV: 0, UNGRADED: 0 },
      openIncidents: 3,
      closedThatDay: 0,
      tasksDispatchedThatDay: 2,
      overdueTasks: 1,
    },
    sensitive: [],
    positive: ['  清水发布推送冬季供暖保障措施，阅读 1.2 万  ', '', '   '],
    remarks: ' 无 ',
    recipientUnitIds: ['prop'],
    recipientNames: ['清水县委宣传部'],
    issuedBy: 'u1',
    issuedByName: '周明',
    at: '2026-12-02T23:00:00.000Z',
    ...over,
  },
});

const run = (commands: IssueDailyReport[]): DailyReportEvent[] => {
  let state = dailyReportDecider.initialState();
  const all: DailyReportEvent[] = [];
  for (const c of commands) {
    const events = dailyReportDecider.decide(c, state);
    for (const e of events) state = dailyReportDecider.evolve(state, e);
    all.push(...events);
  }
  return all;
};

const errorOf = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

it('the first issue is revision 1, with the positive lines trimmed and blank ones dropped', () => {
  const [e] = run([issue()]);
  expect(e.data).toMatchObject({
    revision: 1,
    positive: ['清水发布推送冬季供暖保障措施，阅读 1.2 万'],
    remarks: '无',
    correctionReason: null,
  });
});

it('a second issue of the same day is refused unless it says why (it is a correction), then is revision 2', () => {
  const first = run([issue()]);
  const state = dailyReportDecider.evolve(dailyReportDecider.initialState(), first[0]);
  const again = errorOf(() => dailyReportDecider.decide(issue(), state));
  expect(again).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'DAILY_REPORT.ALREADY_ISSUED' });
  expect(again.localized.zh).toContain('2026-12-02 的舆情日报已编发（第 1 版）');
  const short = errorOf(() => dailyReportDecider.decide(issue({}, '改'), state));
  expect(short).toMatchObject({ code: 'VALIDATION_FAILED' });
  const [corrected] = dailyReportDecider.decide(
    issue({ remarks: '东湖镇数字更正' }, ' 东湖镇工单数有误 '),
    state,
  );
  expect(corrected.data).toMatchObject({ revision: 2, correctionReason: '东湖镇工单数有误' });
});

it('a correction reason on a first issue is refused: there is nothing to correct', () => {
  expect(errorOf(() => run([issue({}, '更正一下')]))).toMatchObject({
    code: 'VALIDATION_FAILED',
    details: { fields: [expect.objectContaining({ field: 'input.correctionReason' })] },
  });
});

it.each([
  ['2026-12-04', '不能为以后的日期'],
  ['2026-10-31', '只能编发 31 天内的日报'],
  ['2026-02-30', '日期须为 YYYY-MM-DD'],
  ['12/02', '日期须为 YYYY-MM-DD'],
])('the day %s is refused (%s)', (date, zh) => {
  const err = errorOf(() => run([issue({ date })]));
  expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(err.localized.zh).toContain(zh);
});

it('today and 31 days back may be reported on', () => {
  expect(run([issue({ date: '2026-12-03' })])).toHaveLength(1);
  expect(run([issue({ date: '2026-11-02' })])).toHaveLength(1);
});

it('refuses more than 20 positive lines, a line over 500 characters and remarks over 2,000', () => {
  const many = errorOf(() => run([issue({ positive: Array.from({ length: 21 }, (_, i) => `第${i}条`) })]));
  expect(many.localized.zh).toContain('不能超过 20 项');
  const long = errorOf(() => run([issue({ positive: ['长'.repeat(501)] })]));
  expect(long.localized.zh).toContain('input.positive[0]：不能超过 500 个字');
  const remarks = errorOf(() => run([issue({ remarks: '说'.repeat(2001) })]));
  expect(remarks.localized.zh).toContain('input.remarks：不能超过 2000 个字');
});

it('knows a calendar day', () => {
  expect(isCalendarDay('2028-02-29')).toBe(true);
  expect(isCalendarDay('2026-02-29')).toBe(false);
  expect(isCalendarDay('2026-1-01')).toBe(false);
});
