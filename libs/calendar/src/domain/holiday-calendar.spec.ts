import { shippedCalendar } from '../data/shipped-calendar';
import { HolidayCalendar, InvalidCalendar, parseCalendar } from './holiday-calendar';

/** Beijing time, written as people read it. */
const bj = (local: string) => new Date(`${local}+08:00`);
const hours = (h: number) => h * 60;

describe('the shipped calendar (2025: 国办发明电〔2024〕12号)', () => {
  const cal = shippedCalendar();

  it('knows the National Day holiday and its make-up days', () => {
    expect(cal.holidayOn('2025-10-03')).toBe('国庆节、中秋节');
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // Wednesday, but a holiday
    expect(cal.isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up working day
    expect(cal.isWorkingDay('2025-10-11')).toBe(true); // Saturday, make-up working day
    expect(cal.isWorkingDay('2025-10-12')).toBe(false); // an ordinary Sunday
    expect(cal.covers(2025) && cal.covers(2026)).toBe(true);
  });

  it('a deadline of 8 working hours set on the eve of National Day falls after the holiday', () => {
    // Tue 30 Sep 16:00: 1.5 h that day, 1–8 Oct off, Thu 9 Oct 08:30–12:00 (3.5 h) and 14:00–17:00 (3 h).
    expect(cal.addWorkingMinutes(bj('2025-09-30T16:00:00'), hours(8))).toEqual({
      dueAt: bj('2025-10-09T17:00:00'),
      yearsAssumed: [],
      yearsUnverified: [],
    });
  });

  it('counts the make-up Saturday after the holiday as a working day', () => {
    // Fri 10 Oct 17:00: 0.5 h that day, then Saturday 11 Oct is a working day (调休): 08:30 + 3.5 h = 12:00.
    expect(cal.addWorkingMinutes(bj('2025-10-10T17:00:00'), hours(4)).dueAt).toEqual(
      bj('2025-10-11T12:00:00'),
    );
    // The same four hours a week later run over an ordinary weekend to Monday.
    expect(cal.addWorkingMinutes(bj('2025-10-17T17:00:00'), hours(4)).dueAt).toEqual(
      bj('2025-10-20T12:00:00'),
    );
  });

  it('and the make-up Sunday before it', () => {
    expect(cal.addWorkingMinutes(bj('2025-09-27T10:00:00'), hours(1)).dueAt).toEqual(
      bj('2025-09-28T09:30:00'),
    );
  });

  it('skips the lunch break and the night; a start out of hours counts from the next opening', () => {
    expect(cal.addWorkingMinutes(bj('2025-09-29T12:30:00'), hours(1)).dueAt).toEqual(
      bj('2025-09-29T15:00:00'),
    );
    expect(cal.addWorkingMinutes(bj('2025-09-29T11:30:00'), hours(1)).dueAt).toEqual(
      bj('2025-09-29T14:30:00'),
    );
    expect(cal.addWorkingMinutes(bj('2025-09-29T20:00:00'), 30).dueAt).toEqual(bj('2025-09-30T09:00:00'));
    expect(cal.addWorkingMinutes(bj('2025-09-29T20:00:00'), 0).dueAt).toEqual(bj('2025-09-29T20:00:00'));
  });

  it('says which years it had to assume plain weekdays for, and which are not yet verified', () => {
    const r = cal.addWorkingMinutes(bj('2027-12-31T17:00:00'), hours(2));
    expect(r.dueAt).toEqual(bj('2028-01-03T10:00:00'));
    expect(r.yearsAssumed).toEqual([2027, 2028]);
    // 2025-12-31 17:00: half an hour, then 1–3 Jan 2026 off and Sunday 4 Jan a make-up day (2026 unverified).
    expect(cal.addWorkingMinutes(bj('2025-12-31T17:00:00'), 60)).toEqual({
      dueAt: bj('2026-01-04T09:00:00'),
      yearsAssumed: [],
      yearsUnverified: [2026],
    });
  });

  it('counts the working time between two moments, the inverse of adding it', () => {
    // The eve of National Day to the deadline after it: 8 working hours.
    expect(cal.workingMinutesBetween(bj('2025-09-30T16:00:00'), bj('2025-10-09T17:00:00'))).toBe(hours(8));
    // Night and lunch count nothing; the same moment or an earlier end, nothing at all.
    expect(cal.workingMinutesBetween(bj('2025-10-09T17:30:00'), bj('2025-10-10T08:30:00'))).toBe(0);
    expect(cal.workingMinutesBetween(bj('2025-10-09T11:00:00'), bj('2025-10-09T15:00:00'))).toBe(hours(2));
    expect(cal.workingMinutesBetween(bj('2025-10-09T15:00:00'), bj('2025-10-09T11:00:00'))).toBe(0);
    for (const m of [1, 59, hours(7), hours(20)]) {
      const from = bj('2025-10-10T16:47:00');
      expect(cal.workingMinutesBetween(from, cal.addWorkingMinutes(from, m).dueAt)).toBe(m);
    }
  });

  it('refuses a duration that is not one', () => {
    expect(() => cal.addWorkingMinutes(bj('2025-09-29T09:00:00'), Number.NaN)).toThrow(
      'working time must be',
    );
    expect(() => cal.addWorkingMinutes(bj('2025-09-29T09:00:00'), -5)).toThrow('working time must be');
    expect(() => cal.addWorkingMinutes(new Date('x'), 5)).toThrow('working time must be');
  });

  it('uses Beijing dates whatever the instant', () => {
    expect(HolidayCalendar.localDay(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
  });
});

describe('a calendar the county ADMIN loads', () => {
  const base = {
    format: 'yuqing-holiday-calendar/1',
    timeZone: 'Asia/Shanghai',
    workingHours: [['08:30', '12:00']],
    years: {
      '2027': {
        source: '国务院办公厅通知',
        holidays: [{ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }],
        makeUpWorkdays: ['2027-09-26'],
      },
    },
  };

  it('is accepted when it is consistent', () => {
    expect(parseCalendar(base).years['2027'].verified).toBe(false);
  });

  it('is refused with every problem named, in Chinese and English', () => {
    const bad = {
      ...base,
      workingHours: [['12:00', '08:30']],
      years: {
        '2027': {
          source: 'x',
          holidays: [
            { name: '国庆节', from: '2027-10-07', to: '2027-10-01' },
            { name: '春节', from: '2027-13-01', to: '2028-03-02' },
          ],
          makeUpWorkdays: ['2027-02-30', '2027-09-29'],
        },
      },
    };
    let error: InvalidCalendar | undefined;
    try {
      parseCalendar(bad);
    } catch (e) {
      error = e as InvalidCalendar;
    }
    expect(error).toBeInstanceOf(InvalidCalendar);
    expect(error!.code).toBe('VALIDATION_FAILED');
    expect(error!.problems.map((p) => `${p.field}: ${p.message.zh}`)).toEqual([
      'workingHours.0: 办公时段 12:00–08:30 须晚于前一时段且结束晚于开始',
      'years.2027.holidays.0: 国庆节：结束（2027-10-01）早于开始（2027-10-07）',
      'years.2027.holidays.1: 春节：2027-13-01 不是 2027 年安排内的日期',
      'years.2027.holidays.1: 春节：2028-03-02 不是 2027 年安排内的日期',
      'years.2027.makeUpWorkdays.0: 调休上班日 2027-02-30 不是 2027 年安排内的日期',
      'years.2027.makeUpWorkdays.1: 2027-09-29 本是工作日，不是调休上班日',
    ]);
    expect(error!.problems[5].message.en).toBe('2027-09-29 is a weekday anyway, not a make-up day');
  });

  it('accepts a notice that reaches into the neighbouring year (the 2023 New Year began on 2022-12-31)', () => {
    const y2023 = {
      ...base,
      years: {
        '2023': {
          source: '国办发明电〔2022〕16号',
          holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }],
          makeUpWorkdays: [],
        },
      },
    };
    const cal = new HolidayCalendar(parseCalendar(y2023));
    expect(cal.isWorkingDay('2023-01-02')).toBe(false);
  });

  it('refuses overlapping holidays and a make-up day listed twice', () => {
    const overlap = {
      ...base,
      years: {
        '2027': {
          source: 'x',
          holidays: [
            { name: '中秋节', from: '2027-09-15', to: '2027-10-02' },
            { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
          ],
          makeUpWorkdays: ['2027-09-26', '2027-09-26'],
        },
      },
    };
    expect(() => parseCalendar(overlap)).toThrow('Invalid input');
    try {
      parseCalendar(overlap);
    } catch (e) {
      const zh = (e as InvalidCalendar).problems.map((p) => p.message.zh);
      expect(zh).toContain('国庆节 与 中秋节 在 2027-10-01 重叠');
      expect(zh).toContain('调休上班日 2027-09-26 重复');
    }
  });

  it('refuses a day that is both a holiday and a make-up working day, and a file of another format', () => {
    const clash = {
      ...base,
      years: { '2027': { ...base.years['2027'], makeUpWorkdays: ['2027-10-03'] } },
    };
    try {
      parseCalendar(clash);
      throw new Error('accepted');
    } catch (e) {
      expect((e as InvalidCalendar).problems.map((p) => p.message.en)).toContain(
        '2027-10-03 is both a holiday and a make-up working day',
      );
    }
    expect(() => parseCalendar({ ...base, format: 'other' })).toThrow(InvalidCalendar);
  });
});
