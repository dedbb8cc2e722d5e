import { shippedCalendar } from '@app/calendar';
import { DEFAULT_TIMER_SETTINGS } from '@app/organization';
import { reminderTimes } from './reminders';

/** Beijing time, as people read it. */
const bj = (local: string) => new Date(`${local}+08:00`);

describe('nearly-due reminders (临期提醒)', () => {
  // Friday 16:00, eight working hours: 1.5 h on Friday, then Monday 08:30–12:00 and 14:00–17:00.
  const from = bj('2025-10-17T16:00:00');
  const dueAt = bj('2025-10-20T17:00:00');

  it('on the wall clock: at 75 % of the time and an hour before — the first on Sunday night', () => {
    expect(reminderTimes(from, dueAt, DEFAULT_TIMER_SETTINGS)).toEqual([
      bj('2025-10-19T22:45:00'),
      bj('2025-10-20T16:00:00'),
    ]);
  });

  it('a deadline in working time is reminded in working time: 75 % of the office hours, an office hour before', () => {
    expect(reminderTimes(from, dueAt, DEFAULT_TIMER_SETTINGS, shippedCalendar())).toEqual([
      bj('2025-10-20T15:00:00'),
      bj('2025-10-20T16:00:00'),
    ]);
  });

  it('never at night or on a holiday: the eve of National Day to the day after it', () => {
    const eve = bj('2025-09-30T16:00:00');
    const after = bj('2025-10-09T17:00:00'); // 8 working hours later
    const cal = shippedCalendar();
    const times = reminderTimes(eve, after, DEFAULT_TIMER_SETTINGS, cal);
    expect(times).toEqual([bj('2025-10-09T15:00:00'), bj('2025-10-09T16:00:00')]);
    for (const t of times) expect(cal.workingMinutesBetween(eve, t)).toBeGreaterThan(0);
    // On the wall clock the first would fall on 7 October, in the middle of the holiday.
    expect(reminderTimes(eve, after, DEFAULT_TIMER_SETTINGS)[0]).toEqual(bj('2025-10-07T10:45:00'));
  });

  it('two reminders closer than a quarter of an hour are one; none outside the time itself', () => {
    const settings = { ...DEFAULT_TIMER_SETTINGS, remindAtPercent: 95, remindBeforeMinutes: 5 };
    const short = reminderTimes(bj('2025-10-20T09:00:00'), bj('2025-10-20T10:00:00'), settings);
    expect(short).toEqual([bj('2025-10-20T09:55:00')]);
    // Due within the hour: only the share of the time is reminded (an hour before would be before it began).
    expect(
      reminderTimes(
        bj('2025-10-20T09:00:00'),
        bj('2025-10-20T09:30:00'),
        DEFAULT_TIMER_SETTINGS,
        shippedCalendar(),
      ),
    ).toEqual([bj('2025-10-20T09:23:00')]);
  });
});
