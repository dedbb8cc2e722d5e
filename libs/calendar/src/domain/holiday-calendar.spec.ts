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

  it('says which years it had to assume plain weekdays for', () => {
    const r = cal.addWorkingMinutes(bj('2027-12-31T17:00:00'), hours(2));
    expect(r.dueAt).toEqual(bj('2028-01-03T10:00:00'));
    expect(r.yearsAssumed).toEqual([2027, 2028]);
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

  it('is refused with every problem named', () => {
    const bad = {
      ...base,
      workingHours: [['12:00', '08:30']],
      years: {
        '2027': {
          source: 'x',
          holidays: [
            { name: '国庆节', from: '2027-10-07', to: '2027-10-01' },
            { name: '春节', from: '2028-02-01', to: '2028-02-02' },
          ],
          makeUpWorkdays: ['2027-02-30'],
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
    expect(error!.localized.zh).toContain('节假日安排有误');
    expect(error!.details.problems).toEqual([
      'workingHours: 12:00–08:30 must be later than the previous span and end after it starts',
      '2027 国庆节: ends (2027-10-01) before it starts (2027-10-07)',
      '2027 春节: 2028-02-01 is not in 2027',
      '2027 春节: 2028-02-02 is not in 2027',
      '2027: make-up day 2027-02-30 is not a date in 2027',
    ]);
  });

  it('refuses a day that is both a holiday and a make-up working day, and a file of another format', () => {
    const clash = {
      ...base,
      years: { '2027': { ...base.years['2027'], makeUpWorkdays: ['2027-10-03'] } },
    };
    expect(() => parseCalendar(clash)).toThrow('both a holiday and a make-up working day');
    expect(() => parseCalendar({ ...base, format: 'other' })).toThrow(InvalidCalendar);
  });
});
