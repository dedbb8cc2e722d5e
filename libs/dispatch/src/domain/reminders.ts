import { HolidayCalendar } from '@app/calendar/domain';
import { TimerSettings } from '@app/organization/domain';

const MINUTE = 60_000;
/** Two reminders closer than this are one reminder. */
const DISTINCT_MS = 15 * MINUTE;

/**
 * When a task's nearly-due reminders (临期提醒) fall between `from` (dispatch, or the extension granted) and its due
 * time: once a share of the time has passed, and again shortly before the deadline. On the deadline's own clock: a
 * deadline counted in working time (`calendar` given) is reminded in working time too — a share of the office hours
 * it runs over, and so many office minutes before it — so a reminder never falls at night or on a holiday while the
 * time it speaks of is not running. Otherwise on the wall clock. Earliest first, each strictly between the two.
 */
export function reminderTimes(
  from: Date,
  dueAt: Date,
  settings: TimerSettings,
  calendar?: HolidayCalendar,
): Date[] {
  const between = (at: Date) => at.getTime() > from.getTime() && at.getTime() < dueAt.getTime();
  let reminders: Date[];
  if (calendar) {
    const working = calendar.workingMinutesBetween(from, dueAt);
    const at = (minutes: number) => calendar.addWorkingMinutes(from, minutes).dueAt;
    reminders = [
      Math.round((working * settings.remindAtPercent) / 100),
      working - settings.remindBeforeMinutes,
    ]
      .filter((m) => m > 0 && m < working)
      .map(at);
  } else {
    const span = dueAt.getTime() - from.getTime();
    reminders = [
      new Date(from.getTime() + Math.round((span * settings.remindAtPercent) / 100)),
      new Date(dueAt.getTime() - settings.remindBeforeMinutes * MINUTE),
    ];
  }
  const sorted = reminders.filter(between).sort((a, b) => a.getTime() - b.getTime());
  return sorted.filter((at, i) => i === 0 || at.getTime() - sorted[i - 1].getTime() >= DISTINCT_MS);
}
